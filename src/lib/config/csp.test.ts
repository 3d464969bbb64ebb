import { describe, expect, it } from 'vitest';
import type { SottoConfig } from './config';
import { allowedBy, buildPolicies, outsidePolicy } from './csp';

const prebuilt = [{ model_id: 'Llama-MLC', model: 'https://huggingface.co/mlc-ai/Llama-MLC', model_lib: 'https://raw.githubusercontent.com/mlc-ai/libs/llama.wasm' }];
const config: SottoConfig = {
  version: 1,
  models: [
    { id: 'gpu', label: 'Llama', engine: 'webllm', webllmId: 'Llama-MLC' },
    { id: 'mirror', label: 'Mirror', engine: 'webllm', webllmId: 'Own-MLC', url: 'https://models.corp.example/own/', modelLib: 'https://models.corp.example/own.wasm' },
    { id: 'cpu', label: 'Qwen', engine: 'wllama', url: 'https://app.example/models/qwen.gguf' },
  ],
  download: 'ask',
  vault: 'optional',
  autoLockMinutes: 15,
  cloud: { endpoints: [{ id: 'o', label: 'OpenAI', baseUrl: 'https://api.openai.com/v1', model: 'gpt-5.4-mini', auth: 'key' }] },
};

describe('buildPolicies', () => {
  const p = buildPolicies(config, prebuilt, 'https://app.example');

  it('connects only to the app, the model hosts and the cloud endpoints (with Hugging Face redirect hosts)', () => {
    expect(p.connect).toEqual([
      'https://*.hf.co',
      'https://*.huggingface.co',
      'https://api.openai.com',
      'https://huggingface.co',
      'https://models.corp.example',
      'https://raw.githubusercontent.com',
    ]);
    expect(p.header).toContain("connect-src 'self' https://*.hf.co https://*.huggingface.co https://api.openai.com https://huggingface.co https://models.corp.example https://raw.githubusercontent.com;");
  });

  it('lets only the workers reach the model hosts: the page connects to itself and the cloud endpoints', () => {
    expect(p.pageConnect).toEqual(['https://api.openai.com']);
    expect(p.document).toContain("connect-src 'self' https://api.openai.com;");
    for (const host of ['huggingface.co', 'models.corp.example', 'raw.githubusercontent.com', 'hf.co']) expect(p.document).not.toContain(host);
    // blob: workers are wllama's, made inside the engine worker; the page starts none.
    expect(p.header).toContain("worker-src 'self' blob:;");
    expect(p.document).toContain("worker-src 'self';");
  });

  it('forbids framing in the header, the only place browsers honour it', () => {
    expect(p.header).toMatch(/; frame-ancestors 'none'$/);
    expect(p.document).not.toContain('frame-ancestors');
  });

  it('has the directives the issue asks for, with Trusted Types on the document', () => {
    for (const d of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "img-src 'self' data: blob:", "object-src 'none'", "base-uri 'none'"]) {
      expect(p.header).toContain(d);
      expect(p.document).toContain(d);
    }
    expect(p.document).toContain("require-trusted-types-for 'script'");
    expect(p.document).toContain('trusted-types svelte-trusted-html default');
    expect(p.header).not.toContain('trusted-types');
  });

  it('has no cloud host when the cloud is off', () => {
    expect(buildPolicies({ ...config, cloud: null }, prebuilt, 'https://app.example').connect).not.toContain('https://api.openai.com');
  });

  it('has only itself with a same-origin mirror and no cloud', () => {
    const own: SottoConfig = { version: 1, models: [config.models[2]!], download: 'ask', cloud: null, vault: 'optional', autoLockMinutes: 15 };
    const policies = buildPolicies(own, prebuilt, 'https://app.example');
    expect(policies.header).toContain("connect-src 'self';");
    expect(policies.document).toContain("connect-src 'self';");
  });
});

describe('allowedBy', () => {
  const connect = ['https://*.hf.co', 'https://huggingface.co'];
  it.each([
    ['https://app.example/config.json', true],
    ['https://huggingface.co/x', true],
    ['https://cas-bridge.xethub.hf.co/x', true],
    ['https://hf.co/x', false],
    ['http://cdn.hf.co/x', false],
    ['https://evil.example/x', false],
  ])('%s → %s', (url, ok) => {
    expect(allowedBy(connect, url, 'https://app.example')).toBe(ok);
  });
});

describe('outsidePolicy', () => {
  const { connect } = buildPolicies(config, prebuilt, 'https://app.example');
  const origins = (id: string) => (id === 'Llama-MLC' ? ['https://huggingface.co', 'https://raw.githubusercontent.com'] : undefined);

  it('finds nothing for the config the app was built with', () => {
    expect(outsidePolicy(config, connect, 'https://app.example', origins)).toEqual([]);
  });

  it('names each URL a changed config adds, and says to rebuild', () => {
    const changed: SottoConfig = { ...config, models: [{ id: 'x', label: 'X', engine: 'wllama', url: 'https://other.example/x.gguf' }] };
    expect(outsidePolicy(changed, connect, 'https://app.example', origins)).toEqual([
      "models[0].url: https://other.example is not allowed by this build's Content-Security-Policy. Rebuild the app after changing config.json (`npm run build`), so that the policy allows it.",
    ]);
  });
});
