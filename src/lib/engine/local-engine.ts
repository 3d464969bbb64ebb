/**
 * The main thread's one client of the engine worker: starts it lazily, takes an AbortSignal on
 * every call, drops results that arrive for requests it no longer waits for, and turns a worker
 * crash into an error for every request in flight (the next call starts a fresh worker).
 */
import engineWorkerUrl from '../../../workers/engine.worker.ts?worker&url';
import { assertNever, type FromWorker, type ModelSpec, type ToWorker } from '../../../workers/protocol';
import type { StorageInventory, StoreRef } from './model-storage';
import type { ChatBackend, ChatMessage, Delta, GenerateOptions, LoadedInfo, LoadProgress } from './types';

/** An engine error carried across the worker boundary by name. */
export class EngineError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** The minimal surface of a Worker the client needs (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(msg: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/** The engine worker's script: the one worker URL the page's Trusted Types policy admits besides the service worker (main.ts). */
export const ENGINE_WORKER_URL: string = engineWorkerUrl;

const spawnEngineWorker = (): WorkerLike => new Worker(ENGINE_WORKER_URL, { type: 'module', name: 'sotto-engine' }) as WorkerLike;

/** The requests that end in one answer (a reply streams instead). */
type OneShot = { type: 'load'; model: ModelSpec } | { type: 'inventory'; models: ModelSpec[] } | { type: 'deleteModel'; ref: StoreRef } | { type: 'size'; url: string };

const abortError = () => new EngineError('AbortError', 'Stopped.');

export class LocalEngineClient implements ChatBackend {
  #worker: WorkerLike | null = null;
  #handlers = new Map<string, (msg: FromWorker) => void>();
  #seq = 0;
  readonly #spawn: () => WorkerLike;

  constructor(spawn: () => WorkerLike = spawnEngineWorker) {
    this.#spawn = spawn;
  }

  /** Downloads (or reuses) and loads a model in the worker. */
  load(model: ModelSpec, onProgress: (p: LoadProgress) => void, signal: AbortSignal): Promise<LoadedInfo> {
    return this.#ask({ type: 'load', model }, (msg) => {
      if (msg.type === 'progress') onProgress(msg.progress);
      return msg.type === 'loaded' ? msg.info : undefined;
    }, signal);
  }

  /** What the device keeps for these models, and any leftovers; answered even while a reply streams. */
  inventory(models: ModelSpec[], signal: AbortSignal): Promise<StorageInventory> {
    return this.#ask({ type: 'inventory', models }, (msg) => (msg.type === 'inventory' ? msg.inventory : undefined), signal);
  }

  /** Deletes a model's stored files; a model loaded from them keeps working until the next load. */
  deleteModel(ref: StoreRef, signal: AbortSignal): Promise<void> {
    return this.#ask({ type: 'deleteModel', ref }, (msg) => (msg.type === 'deleted' ? null : undefined), signal).then(() => undefined);
  }

  /**
   * The download size of a GGUF URL, which the worker asks the model host for (the page's own
   * policy does not allow model hosts); null when the host does not say. Answered even while a reply streams.
   */
  modelSize(url: string, signal: AbortSignal): Promise<number | null> {
    return this.#ask({ type: 'size', url }, (msg) => (msg.type === 'size' ? msg.bytes : undefined), signal);
  }

  /** Streams a reply; aborting the signal stops the worker and ends the stream with an AbortError. */
  async *generate(messages: ChatMessage[], options: GenerateOptions, signal: AbortSignal): AsyncGenerator<Delta> {
    if (signal.aborted) throw abortError();
    const id = this.#nextId();
    const inbox: FromWorker[] = [];
    let wake: (() => void) | null = null;
    const deliver = (msg: FromWorker) => {
      inbox.push(msg);
      wake?.();
      wake = null;
    };
    let settled = false;
    const onAbort = () => deliver({ id, type: 'error', name: 'AbortError', message: 'Stopped.' });
    signal.addEventListener('abort', onAbort, { once: true });
    this.#handlers.set(id, deliver);
    try {
      this.#send({ id, type: 'generate', messages, options });
      for (;;) {
        const msg = inbox.shift();
        if (!msg) {
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        switch (msg.type) {
          case 'delta':
            yield { type: 'text', text: msg.text };
            break;
          case 'done':
            settled = true;
            yield { type: 'stats', stats: msg.stats };
            return;
          case 'error':
            settled = msg.name !== 'AbortError';
            throw new EngineError(msg.name, msg.message);
          case 'progress':
          case 'loaded':
          case 'inventory':
          case 'deleted':
          case 'size':
            break;
          default:
            assertNever(msg);
        }
      }
    } finally {
      this.#handlers.delete(id);
      signal.removeEventListener('abort', onAbort);
      // Stopped by the user, or the consumer walked away: tell the worker to stop too.
      if (!settled) this.#worker?.postMessage({ id, type: 'abort' });
    }
  }

  /** Ends the worker and everything in flight. */
  dispose(): void {
    this.#fail('AbortError', 'The engine was shut down.');
  }

  /** One request, one answer: `pick` returns the result from the answer, or undefined to keep waiting. */
  #ask<T>(request: OneShot, pick: (msg: FromWorker) => T | undefined, signal: AbortSignal): Promise<T> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(abortError());
      const id = this.#nextId();
      const finish = () => {
        this.#handlers.delete(id);
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        finish();
        this.#worker?.postMessage({ id, type: 'abort' });
        reject(abortError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.#handlers.set(id, (msg) => {
        if (msg.type === 'error') {
          finish();
          reject(new EngineError(msg.name, msg.message));
          return;
        }
        const result = pick(msg);
        if (result === undefined) return;
        finish();
        resolve(result);
      });
      this.#send({ id, ...request });
    });
  }

  #nextId(): string {
    return `r${++this.#seq}`;
  }

  #send(msg: ToWorker): void {
    this.#ensureWorker().postMessage(msg);
  }

  #ensureWorker(): WorkerLike {
    if (this.#worker) return this.#worker;
    const worker = this.#spawn();
    worker.onmessage = (event) => this.#handlers.get(event.data.id)?.(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#fail('WorkerCrashError', event.message || 'The on-device engine stopped unexpectedly.');
    };
    worker.onmessageerror = () => this.#fail('WorkerCrashError', 'The on-device engine sent a message that could not be read.');
    this.#worker = worker;
    return worker;
  }

  #fail(name: string, message: string): void {
    const handlers = [...this.#handlers.entries()];
    this.#handlers.clear();
    this.#worker?.terminate();
    this.#worker = null;
    for (const [id, handle] of handlers) handle({ id, type: 'error', name, message });
  }
}
