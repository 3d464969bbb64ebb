/**
 * What each engine keeps on the device, behind one interface, and the free-space decision made
 * before a download. Each engine's store lives in its own file and is imported on first use.
 */
import type { StoredModel, StoredState, StoreRef } from '../src/lib/engine/model-storage';
import type { ModelSpec } from './protocol';
import { EngineFailure } from './errors';

/** What loading a model will have to download. */
export interface DownloadPlan {
  state: StoredState;
  /** Bytes still to download; undefined when that cannot be known (then nothing is checked). */
  neededBytes?: number;
  /** Bytes of a broken copy that the download deletes before it writes. */
  replacedBytes: number;
}

/** One engine's stored files. */
export interface ModelStore {
  /** The given models (in order, `absent` when nothing is stored), then anything else this engine keeps. */
  inventory(specs: ModelSpec[]): Promise<StoredModel[]>;
  /** What loading `spec` will download; may ask the model host for sizes (HEAD, or a small manifest). */
  plan(spec: ModelSpec, signal: AbortSignal): Promise<DownloadPlan>;
  /** Deletes the files named by `ref`. */
  remove(ref: StoreRef): Promise<void>;
}

/** Gives the store of one engine (imported on first use). */
export type StoreFactory = (engine: ModelSpec['engine']) => Promise<ModelStore>;

/** What `navigator.storage.estimate()` says about this origin. */
export interface StorageEstimate {
  usage: number;
  quota: number;
}

/** The stores and the browser's storage estimate, as the engine host needs them. */
export interface StorageAccess {
  store: StoreFactory;
  estimate(): Promise<StorageEstimate>;
}

/** Reads usage and quota for this origin (zeros when the browser does not say). */
export async function estimateStorage(): Promise<StorageEstimate> {
  const estimate = await globalThis.navigator?.storage?.estimate?.();
  return { usage: estimate?.usage ?? 0, quota: estimate?.quota ?? 0 };
}

/** The shortfall when the download in `plan` will not fit in the free space; null when it fits or cannot be known. */
export function storageShortfall(plan: DownloadPlan, estimate: StorageEstimate): { needed: number; free: number } | null {
  if (plan.state === 'complete' || plan.neededBytes === undefined || !estimate.quota) return null;
  const free = Math.max(0, estimate.quota - estimate.usage + plan.replacedBytes);
  return plan.neededBytes > free ? { needed: plan.neededBytes, free } : null;
}

/** The failure raised before a download that will not fit; explain.ts reads the two numbers back. */
export function insufficientStorage(shortfall: { needed: number; free: number }): EngineFailure {
  return new EngineFailure('InsufficientStorageError', `${shortfall.needed} bytes needed, ${shortfall.free} bytes free.`);
}

/** Reads the numbers back from an InsufficientStorageError's message. */
export function parseShortfall(message: string): { needed: number; free: number } | null {
  const m = /^(\d+) bytes needed, (\d+) bytes free\.$/.exec(message);
  return m ? { needed: Number(m[1]), free: Number(m[2]) } : null;
}
