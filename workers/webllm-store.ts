/**
 * The files web-llm keeps in Cache Storage ("webllm/config", "webllm/model", "webllm/wasm"). The
 * Cache API stores a file only once it has arrived whole, so a download cut short leaves some
 * weight shards cached and others not; web-llm fetches the missing ones on the next load. The
 * shard list is the model's cached tensor-cache.json ("records", each with `dataPath` and `nbytes`).
 *
 * Deleting is done here rather than with web-llm's `deleteModelAllInfoInCache`: that one fetches
 * tensor-cache.json when it is not cached and leaves it behind when it is.
 */
import type { ModelRecord } from '@mlc-ai/web-llm';
import type { StoredModel, StoredState, StoreRef } from '../src/lib/engine/model-storage';
import type { ModelSpec } from './protocol';
import type { DownloadPlan, ModelStore } from './model-store';

const SCOPES = ['webllm/config', 'webllm/model', 'webllm/wasm'] as const;
const TENSOR_MANIFEST = 'tensor-cache.json';

/** One cached file. */
export interface CachedFile {
  scope: (typeof SCOPES)[number];
  url: string;
  bytes: number;
}

/** The weight shards a model needs, from its tensor-cache.json. */
export interface TensorManifest {
  records: { dataPath: string; nbytes: number }[];
}

/** Where a model's files live: everything under `base`, plus its wasm library. */
export interface Layout {
  base: string;
  modelLib: string;
  /** The tensor-cache.json URL, or null when it cannot be known without the network. */
  manifestUrl: string | null;
}

/** The model URL as web-llm resolves it (a bare Hugging Face repository gets "resolve/main/"). */
export function modelBase(model: string): string {
  let base = model.endsWith('/') ? model : `${model}/`;
  if (!/.+\/resolve\/.+\//.test(base)) base += 'resolve/main/';
  return new URL(base).href;
}

/** The shard URLs of a manifest, resolved against the manifest's own folder. */
export function shardUrls(manifestUrl: string, manifest: TensorManifest): string[] {
  return manifest.records.map((r) => new URL(r.dataPath, manifestUrl).href);
}

/** What a model's cached files add up to: complete only when every shard of its manifest is cached. */
export function summarize(files: CachedFile[], manifestUrl: string | null, manifest: TensorManifest | null): Pick<StoredModel, 'state' | 'bytes' | 'expectedBytes'> {
  if (files.length === 0) return { state: 'absent', bytes: 0 };
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  if (!manifestUrl || !manifest) return { state: 'partial', bytes };
  const cached = new Set(files.map((f) => f.url));
  const state: StoredState = shardUrls(manifestUrl, manifest).every((u) => cached.has(u)) ? 'complete' : 'partial';
  return { state, bytes, expectedBytes: manifest.records.reduce((n, r) => n + r.nbytes, 0) };
}

/** web-llm's Cache Storage as a ModelStore. */
export class WebllmStore implements ModelStore {
  async inventory(specs: ModelSpec[]): Promise<StoredModel[]> {
    const files = await listCached();
    const layouts = await Promise.all(specs.map((spec) => (spec.engine === 'webllm' ? layoutOf(spec).catch(() => null) : null)));
    const claimed = new Set<string>();
    const models: StoredModel[] = [];
    for (const [i, spec] of specs.entries()) {
      const layout = layouts[i];
      if (spec.engine !== 'webllm') continue;
      if (!layout) {
        models.push({ modelId: spec.id, engine: 'webllm', name: spec.webllmId, state: 'absent', bytes: 0, ref: { engine: 'webllm', urls: [] } });
        continue;
      }
      const mine = files.filter((f) => f.url.startsWith(layout.base) || f.url === layout.modelLib);
      for (const f of mine) claimed.add(f.url);
      // A wasm library shared with another configured model stays when this one is deleted.
      const shared = layouts.some((l, j) => j !== i && l?.modelLib === layout.modelLib);
      const manifest = layout.manifestUrl ? await cachedJson<TensorManifest>('webllm/model', layout.manifestUrl) : null;
      models.push({
        modelId: spec.id,
        engine: 'webllm',
        name: spec.webllmId,
        ...summarize(mine, layout.manifestUrl, manifest),
        ref: { engine: 'webllm', urls: mine.filter((f) => !(shared && f.url === layout.modelLib)).map((f) => f.url) },
      });
    }
    // Files of models no longer configured, grouped by model folder (or one wasm library each).
    const groups = new Map<string, CachedFile[]>();
    for (const f of files) {
      if (claimed.has(f.url)) continue;
      const key = f.scope === 'webllm/wasm' ? f.url : folderOf(f.url);
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const [key, group] of groups) {
      const manifestUrl = group.some((f) => f.url === new URL(TENSOR_MANIFEST, key).href) ? new URL(TENSOR_MANIFEST, key).href : null;
      const manifest = manifestUrl ? await cachedJson<TensorManifest>('webllm/model', manifestUrl) : null;
      const lib = group.every((f) => f.scope === 'webllm/wasm');
      models.push({
        modelId: null,
        engine: 'webllm',
        name: nameOf(key),
        ...(lib ? { state: 'complete' as const, bytes: group.reduce((n, f) => n + f.bytes, 0) } : summarize(group, manifestUrl, manifest)),
        ref: { engine: 'webllm', urls: group.map((f) => f.url) },
      });
    }
    return models;
  }

  async plan(spec: ModelSpec, signal: AbortSignal): Promise<DownloadPlan> {
    if (spec.engine !== 'webllm') throw new Error('Not an MLC model.');
    const layout = await layoutOf(spec);
    const files = (await listCached()).filter((f) => f.url.startsWith(layout.base) || f.url === layout.modelLib);
    if (!layout.manifestUrl) return { state: files.length ? 'partial' : 'absent', replacedBytes: 0 };
    // The manifest is small; when it is not cached yet, ask the model host for it (not for weights).
    const manifest = (await cachedJson<TensorManifest>('webllm/model', layout.manifestUrl)) ?? (await fetchJson<TensorManifest>(layout.manifestUrl, signal));
    const { state } = summarize(files, layout.manifestUrl, manifest);
    if (!manifest) return { state, replacedBytes: 0 };
    const cached = new Set(files.map((f) => f.url));
    const neededBytes = manifest.records.filter((r) => !cached.has(new URL(r.dataPath, layout.manifestUrl!).href)).reduce((n, r) => n + r.nbytes, 0);
    return { state, neededBytes, replacedBytes: 0 };
  }

  async remove(ref: StoreRef): Promise<void> {
    if (ref.engine !== 'webllm' || typeof caches === 'undefined') return;
    for (const scope of SCOPES) {
      if (!(await caches.has(scope))) continue;
      const cache = await caches.open(scope);
      await Promise.all(ref.urls.map((url) => cache.delete(url)));
    }
  }
}

/** Deletes every cached file of one model (after web-llm refused one of them, so none is used next time). */
export async function forgetModel(spec: Extract<ModelSpec, { engine: 'webllm' }>): Promise<void> {
  const store = new WebllmStore();
  const [stored] = await store.inventory([spec]);
  if (stored) await store.remove(stored.ref);
}

/** What a chat config says about the context window (mlc-chat-config.json, or a record's overrides). */
interface WindowConfig {
  context_window_size?: unknown;
  sliding_window_size?: unknown;
}

/** The context window a config gives, in tokens: its own size, or the sliding window's; undefined when it names neither. */
export function windowOf(config: WindowConfig | null | undefined): number | undefined {
  for (const size of [config?.context_window_size, config?.sliding_window_size]) {
    if (typeof size === 'number' && Number.isInteger(size) && size > 0) return size;
  }
  return undefined;
}

/**
 * The context window web-llm loaded a model with: the record's override when it sets one (as
 * web-llm's prebuilt records do), otherwise the model's own mlc-chat-config.json, which web-llm
 * cached while loading. Undefined when neither says.
 */
export async function contextWindowOf(record: ModelRecord): Promise<number | undefined> {
  const override = windowOf(record.overrides as WindowConfig | undefined);
  if (override !== undefined) return override;
  return windowOf(await cachedJson<WindowConfig>('webllm/config', new URL('mlc-chat-config.json', modelBase(record.model)).href).catch(() => null));
}

async function layoutOf(spec: Extract<ModelSpec, { engine: 'webllm' }>): Promise<Layout> {
  const { modelRecord } = await import('./webllm-engine');
  const record: ModelRecord = modelRecord(spec);
  const base = modelBase(record.model);
  return { base, modelLib: record.model_lib, manifestUrl: await manifestUrlOf(record, base) };
}

/** tensor-cache.json sits next to the model, unless the model's package manifest (when cached) says otherwise. */
async function manifestUrlOf(record: ModelRecord, base: string): Promise<string | null> {
  if (record.model_manifest === undefined) return new URL(TENSOR_MANIFEST, base).href;
  const pkg = await cachedJson<{ weights?: { manifest?: unknown } }>('webllm/config', new URL(record.model_manifest, base).href);
  const path = pkg?.weights?.manifest;
  return typeof path === 'string' ? new URL(path, base).href : null;
}

/** Every file in web-llm's caches, without creating a cache that does not exist. */
async function listCached(): Promise<CachedFile[]> {
  if (typeof caches === 'undefined') return [];
  const files: CachedFile[] = [];
  for (const scope of SCOPES) {
    if (!(await caches.has(scope))) continue;
    const cache = await caches.open(scope);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      if (response) files.push({ scope, url: request.url, bytes: await sizeOf(response) });
    }
  }
  return files;
}

async function sizeOf(response: Response): Promise<number> {
  const header = response.headers.get('content-length');
  if (header !== null && Number.isFinite(Number(header))) return Number(header);
  return (await response.blob()).size;
}

async function cachedJson<T>(scope: (typeof SCOPES)[number], url: string): Promise<T | null> {
  if (typeof caches === 'undefined' || !(await caches.has(scope))) return null;
  const response = await (await caches.open(scope)).match(url);
  return response ? ((await response.json().catch(() => null)) as T | null) : null;
}

async function fetchJson<T>(url: string, signal: AbortSignal): Promise<T | null> {
  const response = await fetch(url, { signal }).catch(() => null);
  if (!response?.ok) return null;
  return (await response.json().catch(() => null)) as T | null;
}

/** ".../Model-MLC/resolve/main/" for a file under it; otherwise the file's folder. */
function folderOf(url: string): string {
  const hf = /^(.*\/resolve\/[^/]+\/)/.exec(url);
  return hf ? hf[1]! : url.slice(0, url.lastIndexOf('/') + 1);
}

/** "Model-MLC" for a Hugging Face folder, or the last path segment. */
function nameOf(key: string): string {
  const parts = key.replace(/\/resolve\/[^/]+\/$/, '').split('/').filter(Boolean);
  return parts.pop() ?? key;
}
