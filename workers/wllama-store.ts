/**
 * The GGUF files wllama keeps in OPFS. wllama writes a file as it downloads and writes its
 * metadata (URL, size) only once the file is complete, so a download cut short (a closed tab)
 * leaves a file with no metadata, or a size that differs from the recorded one. wllama treats
 * such a file as invalid and downloads it again on the next load; this store finds it first, so
 * the user hears that a repair is under way, and lists it in Models.
 */
import { CacheManager, ModelManager, type CacheEntry } from '@wllama/wllama';
import type { StoredModel, StoreRef } from '../src/lib/engine/model-storage';
import type { ModelSpec } from './protocol';
import type { DownloadPlan, ModelStore } from './model-store';

/** One file of a model (a GGUF may be split into shards), with its cache entry when one exists. */
export interface Shard {
  url: string;
  entry?: CacheEntry | undefined;
}

/** True when wllama recorded this file's URL and size, and the file on disk has that size. */
export function isWhole(shard: Shard): boolean {
  const e = shard.entry;
  return !!e && e.metadata.originalURL === shard.url && e.metadata.originalSize === e.size;
}

/** What the shards of one model add up to. */
export function summarize(shards: Shard[]): Pick<StoredModel, 'state' | 'bytes' | 'expectedBytes'> {
  const present = shards.filter((s) => s.entry);
  if (present.length === 0) return { state: 'absent', bytes: 0 };
  const bytes = sum(present.map((s) => s.entry!.size));
  const recorded = shards.every((s) => s.entry?.metadata.originalURL === s.url);
  const expectedBytes = recorded ? sum(shards.map((s) => s.entry!.metadata.originalSize)) : undefined;
  return { state: shards.every(isWhole) ? 'complete' : 'partial', bytes, ...(expectedBytes !== undefined ? { expectedBytes } : {}) };
}

/** wllama's OPFS cache as a ModelStore. */
export class WllamaStore implements ModelStore {
  #cache: CacheManager | null = null;

  async inventory(specs: ModelSpec[]): Promise<StoredModel[]> {
    const entries = await this.#list();
    const claimed = new Set<string>();
    const models: StoredModel[] = [];
    for (const spec of specs) {
      if (spec.engine !== 'wllama') continue;
      const shards = await this.#shards(spec.url, entries);
      for (const s of shards) if (s.entry) claimed.add(s.entry.name);
      models.push(stored(spec.id, fileName(spec.url), shards));
    }
    // Anything else in wllama's cache: a model from an older config, or a download cut short.
    const groups = new Map<string, CacheEntry[]>();
    for (const entry of entries) {
      if (claimed.has(entry.name)) continue;
      const key = entry.metadata.originalURL ? ModelManager.parseModelUrl(entry.metadata.originalURL)[0]! : entry.name;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    for (const [key, group] of groups) {
      if (group[0]!.metadata.originalURL) {
        const shards = ModelManager.parseModelUrl(key).map((url) => ({ url, entry: group.find((e) => e.metadata.originalURL === url) }));
        models.push(stored(null, fileName(key), shards));
      } else {
        // No metadata: wllama never finished this file.
        const entry = group[0]!;
        models.push({ modelId: null, engine: 'wllama', name: entry.name.replace(/^[0-9a-f]{40}_/, ''), state: 'partial', bytes: entry.size, ref: { engine: 'wllama', files: [entry.name] } });
      }
    }
    return models;
  }

  async plan(spec: ModelSpec, signal: AbortSignal): Promise<DownloadPlan> {
    if (spec.engine !== 'wllama') throw new Error('Not a GGUF model.');
    const shards = await this.#shards(spec.url, await this.#list());
    const missing = shards.filter((s) => !isWhole(s));
    if (missing.length === 0) return { state: 'complete', neededBytes: 0, replacedBytes: 0 };
    const sizes = await Promise.all(missing.map((s) => remoteSize(s.url, signal)));
    // wllama keeps a file without metadata whose size is the remote size (written by an older version).
    const toFetch = missing.filter((s, i) => !(s.entry && s.entry.size === sizes[i]));
    if (toFetch.length === 0) return { state: 'complete', neededBytes: 0, replacedBytes: 0 };
    const known = sizes.every((n) => n !== undefined);
    return {
      state: shards.some((s) => s.entry) ? 'partial' : 'absent',
      replacedBytes: sum(toFetch.map((s) => s.entry?.size ?? 0)),
      ...(known ? { neededBytes: sum(toFetch.map((s) => sizes[missing.indexOf(s)]!)) } : {}),
    };
  }

  async remove(ref: StoreRef): Promise<void> {
    if (ref.engine !== 'wllama') return;
    const names = new Set(ref.files);
    await this.#open()?.deleteMany((entry) => names.has(entry.name));
  }

  /** wllama's cache, or null where this browser has no OPFS. */
  #open(): CacheManager | null {
    try {
      this.#cache ??= new CacheManager();
    } catch {
      return null;
    }
    return this.#cache;
  }

  /** Every file in wllama's cache. */
  async #list(): Promise<CacheEntry[]> {
    const cache = this.#open();
    if (!cache) return [];
    try {
      return await cache.list();
    } catch (err) {
      // Listing creates wllama's folder when it does not exist yet, which fails on a full disk: then nothing is stored.
      if ((err as Error | null)?.name === 'QuotaExceededError') return [];
      throw err;
    }
  }

  async #shards(url: string, entries: CacheEntry[]): Promise<Shard[]> {
    const cache = this.#open();
    return Promise.all(
      ModelManager.parseModelUrl(url).map(async (shardUrl) => {
        const name = cache ? await cache.getNameFromURL(shardUrl) : '';
        return { url: shardUrl, entry: entries.find((e) => e.name === name) };
      }),
    );
  }
}

function stored(modelId: string | null, name: string, shards: Shard[]): StoredModel {
  const files = shards.flatMap((s) => (s.entry ? [s.entry.name] : []));
  return { modelId, engine: 'wllama', name, ...summarize(shards), ref: { engine: 'wllama', files } };
}

/** The size the model host reports, without downloading (HEAD); undefined when it does not say. */
async function remoteSize(url: string, signal: AbortSignal): Promise<number | undefined> {
  const response = await fetch(url, { method: 'HEAD', signal }).catch(() => null);
  if (!response?.ok) return undefined;
  const n = Number(response.headers.get('content-length'));
  return n > 0 ? n : undefined;
}

function fileName(url: string): string {
  return url.replace(/[?#].*$/, '').split('/').pop() || url;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
