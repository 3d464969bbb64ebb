/**
 * Validating the deployment config: every problem is reported with its path and what to do;
 * nothing is silently ignored. Used by loadConfig (config.ts) and by the build (vite/deploy.ts),
 * whose config loader wants file extensions on relative imports.
 */
import { ConfigError, DEFAULT_AUTO_LOCK_MINUTES, type CloudEndpoint, type ConfigResult, type DownloadPolicy, type ModelEntry, type SottoConfig, type VaultPolicy, type WebllmIntegrity } from './config.ts';

type Json = Record<string, unknown>;
/** Records one problem; `count()` tells how many so far. */
type Fail = ((path: string, message: string) => void) & { count: () => number };

const TOP_KEYS = ['version', 'models', 'download', 'cloud', 'vault', 'autoLockMinutes', '$schema'];
const VAULT_POLICIES: readonly VaultPolicy[] = ['optional', 'required'];
const DOWNLOAD_POLICIES: readonly DownloadPolicy[] = ['ask', 'auto'];
const COMMON_MODEL_KEYS = ['id', 'label', 'engine', 'size'];
const WEBLLM_KEYS = [...COMMON_MODEL_KEYS, 'webllmId', 'url', 'modelLib', 'integrity'];
const INTEGRITY_KEYS = ['config', 'model_lib', 'tokenizer'];
const SRI = /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/;
const WLLAMA_KEYS = [...COMMON_MODEL_KEYS, 'url', 'sha256'];
const CLOUD_KEYS = ['endpoints'];
const ENDPOINT_KEYS = ['id', 'label', 'baseUrl', 'model', 'auth'];

/**
 * Validates a parsed config. URLs may be relative: they are resolved against `base`
 * (the config's own URL), so the result only holds absolute URLs.
 * `knownWebllmIds` lets an unknown prebuilt id be caught at start-up.
 */
export function validateConfig(raw: unknown, base: string, knownWebllmIds?: ReadonlySet<string>): ConfigResult {
  const errors: string[] = [];
  const fail: Fail = Object.assign((path: string, message: string) => void errors.push(`${path}: ${message}`), {
    count: () => errors.length,
  });

  if (!isObject(raw)) return { ok: false, errors: ['config.json must be a JSON object like {"version": 1, "models": [...]}.'] };

  checkKeys(raw, TOP_KEYS, 'config', fail);
  if (raw.version !== 1) fail('version', `must be 1 (this app reads version 1 configs), got ${show(raw.version)}.`);

  const models: ModelEntry[] = [];
  if (!Array.isArray(raw.models) || raw.models.length === 0) {
    fail('models', 'must be a non-empty list of models, in order of preference.');
  } else {
    const seen = new Set<string>();
    raw.models.forEach((m, i) => {
      const entry = validateModel(m, `models[${i}]`, base, fail, knownWebllmIds);
      if (!entry) return;
      if (seen.has(entry.id)) fail(`models[${i}].id`, `"${entry.id}" is used twice; model ids must be unique.`);
      seen.add(entry.id);
      models.push(entry);
    });
  }

  const download = validateDownload(raw.download, fail);
  const cloud = validateCloud(raw.cloud, base, fail);
  const vault = validateVault(raw.vault, fail);
  const autoLockMinutes = validateAutoLock(raw.autoLockMinutes, fail);

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config: { version: 1, models, download, cloud, vault, autoLockMinutes } };
}

function validateModel(
  m: unknown,
  path: string,
  base: string,
  fail: Fail,
  knownWebllmIds?: ReadonlySet<string>,
): ModelEntry | null {
  if (!isObject(m)) {
    fail(path, 'must be an object with "id", "label" and "engine".');
    return null;
  }
  const before = fail.count();
  const id = requireString(m, 'id', path, fail);
  const label = requireString(m, 'label', path, fail);
  const size = m.size === undefined ? undefined : validateSize(m.size, `${path}.size`, fail);
  const sized = size === undefined ? {} : { size };
  if (m.engine === 'webllm') {
    checkKeys(m, WEBLLM_KEYS, path, fail);
    const webllmId = requireString(m, 'webllmId', path, fail);
    const hasUrl = m.url !== undefined;
    const hasLib = m.modelLib !== undefined;
    const url = hasUrl ? requireUrl(m, 'url', path, base, fail) : undefined;
    const modelLib = hasLib ? requireUrl(m, 'modelLib', path, base, fail) : undefined;
    if (hasUrl !== hasLib) fail(path, 'a self-hosted web-llm model needs both "url" (model files) and "modelLib" (wasm), or neither.');
    if (!hasUrl && webllmId && knownWebllmIds && !knownWebllmIds.has(webllmId)) {
      fail(`${path}.webllmId`, `"${webllmId}" is not a model this version of web-llm ships; use one of its prebuilt model ids or give "url" and "modelLib".`);
    }
    const integrity = m.integrity === undefined ? undefined : validateIntegrity(m.integrity, `${path}.integrity`, fail);
    if (fail.count() !== before || !id || !label || !webllmId) return null;
    return { id, label, engine: 'webllm', webllmId, ...(url ? { url } : {}), ...(modelLib ? { modelLib } : {}), ...(integrity ? { integrity } : {}), ...sized };
  }
  if (m.engine === 'wllama') {
    checkKeys(m, WLLAMA_KEYS, path, fail);
    const url = requireUrl(m, 'url', path, base, fail);
    if (url && !new URL(url).pathname.toLowerCase().endsWith('.gguf')) fail(`${path}.url`, 'must point at a .gguf file (the first shard when the model is split).');
    let sha256: string | undefined;
    if (m.sha256 !== undefined) {
      if (typeof m.sha256 === 'string' && /^[0-9a-f]{64}$/i.test(m.sha256)) sha256 = m.sha256.toLowerCase();
      else fail(`${path}.sha256`, 'must be the 64-character hex SHA-256 of the GGUF file (for example from `sha256sum model.gguf`).');
    }
    if (fail.count() !== before || !id || !label || !url) return null;
    return { id, label, engine: 'wllama', url, ...(sha256 ? { sha256 } : {}), ...sized };
  }
  fail(`${path}.engine`, `must be "webllm" (WebGPU) or "wllama" (CPU), got ${show(m.engine)}.`);
  return null;
}

function validateSize(raw: unknown, path: string, fail: Fail): number | undefined {
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0) return raw;
  fail(path, `must be the model's download size in bytes, a whole number such as 1234567890 (for example from \`du -cb\` over its files), got ${show(raw)}.`);
  return undefined;
}

function validateVault(raw: unknown, fail: Fail): VaultPolicy {
  if (raw === undefined) return 'optional';
  const policy = VAULT_POLICIES.find((p) => p === raw);
  if (policy) return policy;
  fail('vault', `must be "optional" (the default: each user may lock Sotto with a passphrase) or "required" (the first start asks for a passphrase before anything is saved), got ${show(raw)}.`);
  return 'optional';
}

function validateAutoLock(raw: unknown, fail: Fail): number {
  if (raw === undefined) return DEFAULT_AUTO_LOCK_MINUTES;
  if (typeof raw === 'number' && raw > 0 && raw <= 24 * 60) return raw;
  fail('autoLockMinutes', `must be the minutes without use after which a Sotto locked with a passphrase locks itself, more than 0 and at most 1440 (default ${DEFAULT_AUTO_LOCK_MINUTES}), got ${show(raw)}.`);
  return DEFAULT_AUTO_LOCK_MINUTES;
}

function validateDownload(raw: unknown, fail: Fail): DownloadPolicy {
  if (raw === undefined) return 'ask';
  const policy = DOWNLOAD_POLICIES.find((p) => p === raw);
  if (policy) return policy;
  fail('download', `must be "ask" (the default: the user starts the first model download) or "auto" (it starts by itself, for managed desktops), got ${show(raw)}.`);
  return 'ask';
}

function validateIntegrity(raw: unknown, path: string, fail: Fail): WebllmIntegrity | undefined {
  const hint = 'an SRI hash such as "sha256-" followed by the base64 digest (`openssl dgst -sha256 -binary FILE | openssl base64 -A`)';
  if (!isObject(raw)) {
    fail(path, `must be an object with "config", "model_lib" and/or "tokenizer", each ${hint}.`);
    return undefined;
  }
  checkKeys(raw, INTEGRITY_KEYS, path, fail);
  const sri = (v: unknown, at: string): string | undefined => {
    if (typeof v === 'string' && SRI.test(v)) return v;
    fail(at, `must be ${hint}, got ${show(v)}.`);
    return undefined;
  };
  const out: WebllmIntegrity = {};
  if (raw.config !== undefined) out.config = sri(raw.config, `${path}.config`);
  if (raw.model_lib !== undefined) out.model_lib = sri(raw.model_lib, `${path}.model_lib`);
  if (raw.tokenizer !== undefined) {
    if (!isObject(raw.tokenizer)) fail(`${path}.tokenizer`, `must map file names (for example "tokenizer.json") to ${hint}.`);
    else out.tokenizer = Object.fromEntries(Object.entries(raw.tokenizer).map(([name, v]) => [name, sri(v, `${path}.tokenizer.${name}`) ?? '']));
  }
  return out;
}

function validateCloud(raw: unknown, base: string, fail: Fail): SottoConfig['cloud'] {
  if (raw === undefined || raw === null) return null;
  if (!isObject(raw)) {
    fail('cloud', 'must be an object with "endpoints", or null to turn the cloud off.');
    return null;
  }
  checkKeys(raw, CLOUD_KEYS, 'cloud', fail);
  if (!Array.isArray(raw.endpoints) || raw.endpoints.length === 0) {
    fail('cloud.endpoints', 'must be a non-empty list; set "cloud": null to turn the cloud off.');
    return null;
  }
  const endpoints: CloudEndpoint[] = [];
  const seen = new Set<string>();
  raw.endpoints.forEach((e, i) => {
    const path = `cloud.endpoints[${i}]`;
    if (!isObject(e)) {
      fail(path, 'must be an object with "id", "label", "baseUrl" and "model".');
      return;
    }
    checkKeys(e, ENDPOINT_KEYS, path, fail);
    const id = requireString(e, 'id', path, fail);
    const label = requireString(e, 'label', path, fail);
    const baseUrl = requireUrl(e, 'baseUrl', path, base, fail);
    const model = requireString(e, 'model', path, fail);
    if (id && seen.has(id)) fail(`${path}.id`, `"${id}" is used twice; endpoint ids must be unique.`);
    if (id) seen.add(id);
    // What leaves the device must be encrypted on the way; plain http is only for a test server on this machine.
    if (baseUrl && new URL(baseUrl).protocol === 'http:' && !isLoopback(new URL(baseUrl).hostname)) {
      fail(`${path}.baseUrl`, `"${baseUrl}" uses plain http, so the text sent (and the API key) could be read or changed on the way. Use an https:// address; http is accepted only for a test server on this machine (localhost or a name ending in .localhost, 127.x.x.x, [::1]).`);
      return;
    }
    const auth = e.auth === undefined ? 'key' : e.auth;
    if (auth !== 'key' && auth !== 'none') {
      fail(`${path}.auth`, `must be "key" (the user's API key goes with each request, the default) or "none" (no key: a gateway that authenticates by network), got ${show(e.auth)}.`);
      return;
    }
    if (id && label && baseUrl && model) endpoints.push({ id, label, baseUrl: baseUrl.replace(/\/+$/, ''), model, auth });
  });
  return { endpoints };
}

/** The config, or `ConfigError` with every problem found. */
export function validated(raw: unknown, base: string, knownWebllmIds?: ReadonlySet<string>): SottoConfig {
  const result = validateConfig(raw, base, knownWebllmIds);
  if (!result.ok) throw new ConfigError(result.errors);
  return result.config;
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return v === undefined ? 'nothing' : JSON.stringify(v);
}

function requireString(o: Json, key: string, path: string, fail: Fail): string | null {
  const v = o[key];
  if (typeof v === 'string' && v.trim() !== '') return v;
  fail(`${path}.${key}`, `must be a non-empty string, got ${show(v)}.`);
  return null;
}

/** localhost and *.localhost (browsers resolve them to loopback themselves), 127.0.0.0/8 and [::1]: addresses that never leave this machine. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';
}

function requireUrl(o: Json, key: string, path: string, base: string, fail: Fail): string | null {
  const v = o[key];
  if (typeof v !== 'string' || v.trim() === '') {
    fail(`${path}.${key}`, `must be a URL, got ${show(v)}.`);
    return null;
  }
  try {
    const url = new URL(v, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    return url.href;
  } catch {
    fail(`${path}.${key}`, `"${v}" is not an http(s) URL.`);
    return null;
  }
}

function checkKeys(o: Json, allowed: string[], path: string, fail: Fail) {
  for (const key of Object.keys(o)) {
    if (allowed.includes(key)) continue;
    const near = allowed.find((a) => editDistance(a.toLowerCase(), key.toLowerCase()) <= 2);
    fail(`${path}.${key}`, `unknown key${near ? ` — did you mean "${near}"?` : `; allowed here: ${allowed.filter((a) => a !== '$schema').join(', ')}.`}`);
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
