/**
 * The model files the engines keep on this device: wllama's in OPFS, web-llm's in the Cache API.
 * The engine worker owns them (see workers/*-store.ts); these types cross the worker boundary.
 */

/** Whether a model's files are all on this device, some of them (an interrupted download), or none. */
export type StoredState = 'complete' | 'partial' | 'absent';

/** What to delete, in the engine's own keys: wllama cache file names, or web-llm cached URLs. */
export type StoreRef = { engine: 'wllama'; files: string[] } | { engine: 'webllm'; urls: string[] };

/** One model as found on this device. */
export interface StoredModel {
  /** The config's id; null for a model left over from an older config. */
  modelId: string | null;
  engine: 'webllm' | 'wllama';
  /** The file or model name (what a leftover is called, since it has no label). */
  name: string;
  state: StoredState;
  /** Bytes kept on this device. */
  bytes: number;
  /** The full size, when the engine recorded it. */
  expectedBytes?: number;
  ref: StoreRef;
}

/** The configured models (in config order), then the leftovers, with the origin's usage and quota. */
export interface StorageInventory {
  models: StoredModel[];
  usage: number;
  quota: number;
}

/** "27.4 MB" */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

/** Deletes every downloaded model; they download again when next needed. */
export async function deleteDownloadedModels(): Promise<void> {
  const root = await globalThis.navigator?.storage?.getDirectory?.().catch(() => null);
  if (root) {
    const names: string[] = [];
    for await (const name of (root as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> }).keys()) names.push(name);
    const results = await Promise.allSettled(names.map((name) => root.removeEntry(name, { recursive: true })));
    const stuck = names.filter((_, i) => results[i]?.status === 'rejected');
    // A file the engine still holds open cannot go now: say so (the erase finishes at the next start).
    if (stuck.length > 0) throw new Error(`${stuck.length === 1 ? 'a downloaded model file' : `${stuck.length} downloaded model files`} could not be deleted (${stuck.join(', ')})`);
  }
  if (typeof caches !== 'undefined') {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('webllm')).map((n) => caches.delete(n)));
  }
}
