/**
 * The deployment config (`public/config.json`, version 1): types and loading. The validation
 * (validate.ts) loads alongside the config itself, not with the app.
 */

export interface WebllmModelEntry {
  id: string;
  label: string;
  engine: 'webllm';
  /** A `model_id` of web-llm's `prebuiltAppConfig`, or the id of a self-hosted build. */
  webllmId: string;
  /** Absolute URL of the model files (self-hosted mirror); with `modelLib`. */
  url?: string;
  /** Absolute URL of the model library (wasm); with `url`. */
  modelLib?: string;
  /** SRI hashes web-llm checks before use (its own `ModelIntegrity`; a mismatch is refused). */
  integrity?: WebllmIntegrity;
  /** Download size in bytes, shown before the first download (web-llm's records do not carry one). */
  size?: number;
}

/** web-llm's `ModelIntegrity`: SRI strings ("sha256-…", "sha384-…", "sha512-…") per file. */
export interface WebllmIntegrity {
  config?: string;
  model_lib?: string;
  tokenizer?: Record<string, string>;
}

export interface WllamaModelEntry {
  id: string;
  label: string;
  engine: 'wllama';
  /** Absolute URL of the GGUF file (the first shard when split). */
  url: string;
  /** Hex SHA-256 of the GGUF file, checked before use. */
  sha256?: string;
  /** Download size in bytes, shown before the first download (otherwise the model host is asked with HEAD). */
  size?: number;
}

export type ModelEntry = WebllmModelEntry | WllamaModelEntry;

export interface CloudEndpoint {
  id: string;
  label: string;
  baseUrl: string;
  model: string;
  /** "key" (the default): the user's API key goes with each request; "none": a gateway that authenticates by network, no key asked for or sent. */
  auth: 'key' | 'none';
}

/** "ask": the user starts the first model download (the default); "auto": it starts by itself (managed desktops). */
export type DownloadPolicy = 'ask' | 'auto';

/** "optional": the user may lock Sotto with a passphrase (the default); "required": the first start asks for one. */
export type VaultPolicy = 'optional' | 'required';

export interface SottoConfig {
  version: 1;
  models: ModelEntry[];
  download: DownloadPolicy;
  cloud: { endpoints: CloudEndpoint[] } | null;
  vault: VaultPolicy;
  /** Minutes without use before a locked-with-a-passphrase Sotto locks itself (default 15); the user may choose less. */
  autoLockMinutes: number;
}

export type ConfigResult = { ok: true; config: SottoConfig } | { ok: false; errors: string[] };

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`The deployment config has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: ${problems.join(' ')}`);
  }
}

/** How long Sotto may sit unused before it locks, unless the deployment says otherwise. */
export const DEFAULT_AUTO_LOCK_MINUTES = 15;

/** Where the last config that loaded is kept, so the app starts offline too. */
export interface ConfigCopy {
  /** Called when the network request failed: the app is offline. */
  read(): Promise<unknown>;
  write(raw: unknown): Promise<void>;
}

/** Whether the app's own server answers at all (any HTTP status): a HEAD request for the config, with no user data. */
export async function serverReachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { method: 'HEAD', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Fetches and validates the deployment config; throws `ConfigError` with every problem found.
 * With no network, the last copy that loaded (from `copy`) is used instead.
 */
export async function loadConfig(url: string, knownWebllmIds?: ReadonlySet<string>, copy?: ConfigCopy): Promise<SottoConfig> {
  const configUrl = new URL(url, globalThis.location?.href).href;
  // Fetched while the config is.
  const checks = import('./validate.ts');
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    const saved = await copy?.read().catch(() => undefined);
    if (saved !== undefined) return (await checks).validated(saved, configUrl, knownWebllmIds);
    throw new ConfigError([`could not load ${url} (the network request failed). Reload the page; if it persists, ask your IT admin.`]);
  }
  if (!response.ok) throw new ConfigError([`could not load ${url} (HTTP ${response.status}). Ask your IT admin to deploy config.json next to index.html.`]);
  let raw: unknown;
  try {
    raw = await response.json();
  } catch (err) {
    throw new ConfigError([`config.json is not valid JSON (${(err as Error).message}). Ask your IT admin to fix it.`]);
  }
  const config = (await checks).validated(raw, response.url || configUrl, knownWebllmIds);
  await copy?.write(raw).catch(() => undefined);
  return config;
}
