/**
 * The one protocol between the main thread and the engine worker. Each message type is tied to
 * its payload, so a `switch` on `type` narrows without casts.
 */
import type { WebllmIntegrity } from '../src/lib/config/config';
import type { ChatMessage, GenerateOptions, GenStats, LoadedInfo, LoadProgress } from '../src/lib/engine/types';
import type { StorageInventory, StoreRef } from '../src/lib/engine/model-storage';

/** What the worker needs to load a model; URLs are absolute. */
export type ModelSpec =
  | { engine: 'webllm'; id: string; webllmId: string; url?: string; modelLib?: string; integrity?: WebllmIntegrity }
  | { engine: 'wllama'; id: string; url: string; sha256?: string };

export type ToWorker = { id: string } & (
  | { type: 'load'; model: ModelSpec }
  | { type: 'generate'; messages: ChatMessage[]; options: GenerateOptions }
  /** Aborts the request whose id is `id`. */
  | { type: 'abort' }
  /** What is stored for these models, and any leftovers; answered at once, even while a reply streams. */
  | { type: 'inventory'; models: ModelSpec[] }
  /** Deletes stored files (a model loaded from them keeps working until the next load). */
  | { type: 'deleteModel'; ref: StoreRef }
  /**
   * The download size of a GGUF URL (all its shards), from the model host's answers to HEAD.
   * Asked here because only workers may contact model hosts (see csp.ts); answered at once.
   */
  | { type: 'size'; url: string }
);

export type FromWorker = { id: string } & (
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'loaded'; info: LoadedInfo }
  | { type: 'delta'; text: string }
  | { type: 'done'; stats: GenStats }
  | { type: 'inventory'; inventory: StorageInventory }
  | { type: 'deleted' }
  /** Bytes, or null when the host does not say. */
  | { type: 'size'; bytes: number | null }
  | { type: 'error'; name: string; message: string }
);

/** Compile-time exhaustiveness check for `switch` statements over message types. */
export function assertNever(x: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(x)}`);
}
