import { describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig, type ConfigCopy } from './config';
import { validateConfig } from './validate';

const base = 'https://sotto.example/app/config.json';
const known = new Set(['Llama-3.2-1B-Instruct-q4f16_1-MLC']);
const cpu = { id: 'cpu', label: 'Tiny (CPU)', engine: 'wllama', url: 'models/tiny.gguf' };
const gpu = { id: 'gpu', label: 'Llama', engine: 'webllm', webllmId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' };

function errorsOf(raw: unknown): string[] {
  const r = validateConfig(raw, base, known);
  return r.ok ? [] : r.errors;
}

describe('validateConfig', () => {
  it('accepts the documented format and resolves relative URLs against the config', () => {
    const r = validateConfig({ version: 1, models: [gpu, cpu], cloud: null }, base, known);
    expect(r).toEqual({
      ok: true,
      config: {
        version: 1,
        models: [gpu, { ...cpu, url: 'https://sotto.example/app/models/tiny.gguf' }],
        download: 'ask',
        cloud: null,
        vault: 'optional',
        autoLockMinutes: 15,
      },
    });
  });

  it('reads the vault policy and the auto-lock time, and says what is wrong with them', () => {
    const config = (over: Record<string, unknown>) => validateConfig({ version: 1, models: [cpu], ...over }, base, known);
    const ok = config({ vault: 'required', autoLockMinutes: 0.5 });
    expect(ok.ok && ok.config.vault).toBe('required');
    expect(ok.ok && ok.config.autoLockMinutes).toBe(0.5);
    const bad = config({ vault: 'always', autoLockMinutes: 0 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.join(' ')).toMatch(/vault: must be "optional".*"required"/);
    expect(!bad.ok && bad.errors.join(' ')).toMatch(/autoLockMinutes: must be the minutes/);
    expect(config({ autoLockMinutes: 2000 }).ok).toBe(false);
  });

  it('refuses a plain-http endpoint unless it is on this machine, and reads "auth"', () => {
    const endpoint = (baseUrl: string, over: Record<string, unknown> = {}) => ({ version: 1, models: [cpu], cloud: { endpoints: [{ id: 'e', label: 'E', baseUrl, model: 'm', ...over }] } });
    const plain = validateConfig(endpoint('http://llm.intranet.example/v1'), base, known);
    expect(!plain.ok && plain.errors.join('\n')).toMatch(/cloud\.endpoints\[0\]\.baseUrl: "http:\/\/llm\.intranet\.example\/v1" uses plain http, so the text sent \(and the API key\) could be read or changed on the way\. Use an https:\/\/ address/);
    for (const local of ['http://127.0.0.1:4175/v1', 'http://localhost:8080/v1', 'http://[::1]:9000/v1']) {
      const r = validateConfig(endpoint(local), base, known);
      expect(r.ok && r.config.cloud?.endpoints[0]?.auth).toBe('key');
    }
    const gateway = validateConfig(endpoint('https://gw.example/v1', { auth: 'none' }), base, known);
    expect(gateway.ok && gateway.config.cloud?.endpoints[0]?.auth).toBe('none');
    const bad = validateConfig(endpoint('https://gw.example/v1', { auth: 'basic' }), base, known);
    expect(!bad.ok && bad.errors.join('\n')).toMatch(/cloud\.endpoints\[0\]\.auth: must be "key" .* or "none"/);
  });

  it('takes plain http only from this machine: 127.0.0.0/8, localhost and its subdomains, [::1]', () => {
    const endpoint = (baseUrl: string) => ({ version: 1, models: [cpu], cloud: { endpoints: [{ id: 'e', label: 'E', baseUrl, model: 'm' }] } });
    for (const local of ['http://127.5.6.7:8080/v1', 'http://127.0.0.1/v1', 'http://foo.localhost:3000/v1', 'http://LOCALHOST/v1', 'http://[::1]/v1', 'http://[0:0:0:0:0:0:0:1]:9000/v1']) {
      expect(errorsOf(endpoint(local)), local).toEqual([]);
    }
    for (const remote of [
      'http://127.0.0.1.example.com/v1',
      'http://localhost.evil.com/v1',
      'http://evil.com/localhost/v1',
      'http://0.0.0.0/v1',
      'http://0.0.0.0:4175/v1',
      'http://128.0.0.1/v1',
      'http://[::]/v1',
      'http://[::ffff:127.0.0.1]/v1',
      'http://10.0.0.1/v1',
      'http://user@evil.com/v1',
    ]) {
      expect(errorsOf(endpoint(remote)).join('\n'), remote).toMatch(/uses plain http.*http is accepted only for a test server on this machine \(localhost or a name ending in \.localhost, 127\.x\.x\.x, \[::1\]\)\./);
    }
  });

  it('accepts a cloud section and trims a trailing slash from baseUrl', () => {
    const cloud = { endpoints: [{ id: 'o', label: 'OpenAI', baseUrl: 'https://api.openai.com/v1/', model: 'gpt-5.4-mini' }] };
    const r = validateConfig({ version: 1, models: [cpu], cloud }, base, known);
    expect(r.ok && r.config.cloud?.endpoints[0]?.baseUrl).toBe('https://api.openai.com/v1');
  });

  it('accepts a self-hosted web-llm build with url and modelLib', () => {
    const mirror = { ...gpu, webllmId: 'Custom-q4f32_1-MLC', url: 'https://mirror.example/m/', modelLib: 'https://mirror.example/m.wasm' };
    expect(errorsOf({ version: 1, models: [mirror] })).toEqual([]);
  });

  it('keeps web-llm integrity hashes for the engine to check', () => {
    const integrity = { config: 'sha256-AAAA', model_lib: 'sha384-BBBB/+=', tokenizer: { 'tokenizer.json': 'sha512-CCCC' } };
    const r = validateConfig({ version: 1, models: [{ ...gpu, integrity }] }, base, known);
    expect(r.ok && r.config.models[0]).toEqual({ ...gpu, integrity });
  });

  it('asks before the first model download unless the deployment says "auto"', () => {
    const policy = (raw: object) => {
      const r = validateConfig({ version: 1, models: [cpu], ...raw }, base, known);
      return r.ok ? r.config.download : r.errors;
    };
    expect(policy({})).toBe('ask');
    expect(policy({ download: 'ask' })).toBe('ask');
    expect(policy({ download: 'auto' })).toBe('auto');
  });

  it('keeps a model\'s download size from the config', () => {
    const r = validateConfig({ version: 1, models: [{ ...gpu, size: 879_000_000 }, { ...cpu, size: 1024 }] }, base, known);
    expect(r.ok && r.config.models.map((m) => m.size)).toEqual([879_000_000, 1024]);
  });

  it.each([
    ['not an object', [], /must be a JSON object/],
    ['wrong version', { version: 2, models: [cpu] }, /version: must be 1/],
    ['no models', { version: 1, models: [] }, /models: must be a non-empty list/],
    ['unknown top-level key', { version: 1, models: [cpu], modles: [] }, /config\.modles: unknown key — did you mean "models"\?/],
    ['unknown model key', { version: 1, models: [{ ...cpu, sha265: 'x' }] }, /models\[0\]\.sha265: unknown key — did you mean "sha256"\?/],
    ['bad engine', { version: 1, models: [{ ...cpu, engine: 'onnx' }] }, /models\[0\]\.engine: must be "webllm" \(WebGPU\) or "wllama" \(CPU\), got "onnx"/],
    ['missing label', { version: 1, models: [{ ...cpu, label: '' }] }, /models\[0\]\.label: must be a non-empty string/],
    ['duplicate ids', { version: 1, models: [cpu, cpu] }, /"cpu" is used twice/],
    ['bad sha256', { version: 1, models: [{ ...cpu, sha256: 'abc' }] }, /sha256: must be the 64-character hex SHA-256/],
    ['not a gguf', { version: 1, models: [{ ...cpu, url: 'https://x/model.bin' }] }, /must point at a \.gguf file/],
    ['bad scheme', { version: 1, models: [{ ...cpu, url: 'ftp://x/model.gguf' }] }, /is not an http\(s\) URL/],
    ['unknown prebuilt id', { version: 1, models: [{ ...gpu, webllmId: 'Nope-MLC' }] }, /"Nope-MLC" is not a model this version of web-llm ships/],
    ['url without modelLib', { version: 1, models: [{ ...gpu, url: 'https://m/x/' }] }, /needs both "url" \(model files\) and "modelLib"/],
    ['integrity that is not SRI', { version: 1, models: [{ ...gpu, integrity: { config: 'abc123' } }] }, /integrity\.config: must be an SRI hash such as "sha256-"/],
    ['integrity with an unknown file', { version: 1, models: [{ ...gpu, integrity: { modelLib: 'sha256-AAAA' } }] }, /integrity\.modelLib: unknown key — did you mean "model_lib"\?/],
    ['integrity tokenizer not a map', { version: 1, models: [{ ...gpu, integrity: { tokenizer: 'sha256-AAAA' } }] }, /integrity\.tokenizer: must map file names/],
    ['unknown download policy', { version: 1, models: [cpu], download: 'always' }, /^download: must be "ask" \(the default: the user starts the first model download\) or "auto" \(it starts by itself, for managed desktops\), got "always"\.$/],
    ['download policy that is not a string', { version: 1, models: [cpu], download: true }, /^download: must be "ask" .* got true\.$/],
    ['misspelt download key', { version: 1, models: [cpu], donwload: 'auto' }, /config\.donwload: unknown key — did you mean "download"\?/],
    ['size that is not a number', { version: 1, models: [{ ...cpu, size: '1.2 GB' }] }, /models\[0\]\.size: must be the model's download size in bytes, a whole number .* got "1\.2 GB"\./],
    ['size that is not a whole number of bytes', { version: 1, models: [{ ...gpu, size: -5 }] }, /models\[0\]\.size: must be the model's download size in bytes/],
    ['bad cloud', { version: 1, models: [cpu], cloud: { endpoints: [] } }, /cloud\.endpoints: must be a non-empty list/],
    ['cloud endpoint missing model', { version: 1, models: [cpu], cloud: { endpoints: [{ id: 'a', label: 'A', baseUrl: 'https://a/v1' }] } }, /cloud\.endpoints\[0\]\.model: must be a non-empty string/],
  ])('reports %s', (_name, raw, pattern) => {
    const errors = errorsOf(raw);
    expect(errors.join('\n')).toMatch(pattern);
  });

  it('reports every problem at once, not just the first', () => {
    expect(errorsOf({ version: 3, models: [{ ...cpu, engine: 'x' }, { ...gpu, extra: 1 }] })).toHaveLength(3);
  });
});

describe('loadConfig', () => {
  const url = 'https://sotto.example/app/config.json';
  const good = { version: 1, models: [cpu], cloud: null };
  function memoryCopy(initial?: unknown): ConfigCopy & { saved: unknown } {
    const copy = {
      saved: initial,
      read: () => Promise.resolve(copy.saved),
      write: (raw: unknown) => {
        copy.saved = raw;
        return Promise.resolve();
      },
    };
    return copy;
  }

  it('keeps a copy of the config that loaded', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(Response.json(good))));
    const copy = memoryCopy();
    const config = await loadConfig(url, known, copy);
    expect(config.models[0]).toMatchObject({ id: 'cpu', url: 'https://sotto.example/app/models/tiny.gguf' });
    expect(copy.saved).toEqual(good);
  });

  it('starts from the kept copy when there is no network', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const config = await loadConfig(url, known, memoryCopy(good));
    expect(config.models[0]?.id).toBe('cpu');
  });

  it('without network or copy, says so and what to do', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(loadConfig(url, known, memoryCopy())).rejects.toThrow(/the network request failed\). Reload the page/);
  });

  it('never falls back to the copy when the server answers with an error or a broken file', async () => {
    const copy = memoryCopy(good);
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('nope', { status: 404 }))));
    await expect(loadConfig(url, known, copy)).rejects.toThrow(ConfigError);
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(Response.json({ version: 1, models: [] }))));
    await expect(loadConfig(url, known, copy)).rejects.toThrow(/models: must be a non-empty list/);
    expect(copy.saved).toEqual(good);
  });
});
