/**
 * The logic of the engine worker, free of `self`, so it runs under Node in unit tests.
 * Requests run one at a time in arrival order: a new reply waits until a stopped one has
 * really stopped, so the engine is never asked for two things at once. Storage and size
 * requests (inventory, delete, size) skip that queue: they touch files or ask a host, not the engine.
 */
import type { StoredModel, StoreRef } from '../src/lib/engine/model-storage';
import type { ChatMessage, GenerateOptions, GenStats, LoadedInfo, LoadProgress } from '../src/lib/engine/types';
import { assertNever, type FromWorker, type ModelSpec, type ToWorker } from './protocol';
import { EngineFailure, toFailure } from './errors';
import { insufficientStorage, storageShortfall, type DownloadPlan, type StorageAccess } from './model-store';
import { ggufSize, type SizeSource } from '../src/lib/engine/model-size';

/** One local inference engine (web-llm or wllama) behind the same four verbs. */
export interface LocalEngine {
  load(spec: ModelSpec, onProgress: (p: LoadProgress) => void, signal: AbortSignal): Promise<LoadedInfo>;
  generate(messages: ChatMessage[], options: GenerateOptions, onText: (text: string) => void, signal: AbortSignal): Promise<GenStats>;
  unload(): Promise<void>;
}

export type EngineFactory = (engine: ModelSpec['engine']) => Promise<LocalEngine>;

const ENGINES: readonly ModelSpec['engine'][] = ['wllama', 'webllm'];

/** No stores: nothing is listed, nothing is checked before a download. */
const NO_STORAGE: StorageAccess = {
  store: async () => ({ inventory: async () => [], plan: async () => ({ state: 'absent', replacedBytes: 0 }), remove: async () => undefined }),
  estimate: async () => ({ usage: 0, quota: 0 }),
};

export class EngineHost {
  #engine: LocalEngine | null = null;
  /** The model being downloaded or loaded right now, whose files must not be deleted under it. */
  #loading: ModelSpec | null = null;
  #controllers = new Map<string, AbortController>();
  #queue: Promise<void> = Promise.resolve();
  #side = new Set<Promise<void>>();
  readonly #post: (msg: FromWorker) => void;
  readonly #createEngine: EngineFactory;
  readonly #storage: StorageAccess;
  readonly #measure: SizeSource;

  constructor(post: (msg: FromWorker) => void, createEngine: EngineFactory, storage: StorageAccess = NO_STORAGE, measure: SizeSource = ggufSize) {
    this.#post = post;
    this.#createEngine = createEngine;
    this.#storage = storage;
    this.#measure = measure;
  }

  /** Handles one message from the main thread. */
  handle(msg: ToWorker): void {
    switch (msg.type) {
      case 'load':
        this.#enqueue(msg.id, (signal) => this.#load(msg.id, msg.model, signal));
        break;
      case 'generate':
        this.#enqueue(msg.id, (signal) => this.#generate(msg.id, msg.messages, msg.options, signal));
        break;
      case 'abort':
        this.#controllers.get(msg.id)?.abort();
        break;
      case 'inventory':
        this.#now(msg.id, () => this.#inventory(msg.id, msg.models));
        break;
      case 'deleteModel':
        this.#now(msg.id, () => this.#delete(msg.id, msg.ref));
        break;
      case 'size':
        this.#now(msg.id, (signal) => this.#size(msg.id, msg.url, signal));
        break;
      default:
        assertNever(msg);
    }
  }

  /** Resolves once every request received so far has finished (for tests and shutdown). */
  async idle(): Promise<void> {
    await Promise.all([this.#queue, ...this.#side]);
  }

  /** Runs a storage or size request at once, beside whatever the queue is doing; "abort" cancels it. */
  #now(id: string, job: (signal: AbortSignal) => Promise<void>): void {
    const controller = new AbortController();
    this.#controllers.set(id, controller);
    const run = job(controller.signal)
      .catch((err: unknown) => this.#post({ id, type: 'error', ...toFailure(err) }))
      .finally(() => {
        this.#controllers.delete(id);
        this.#side.delete(run);
      });
    this.#side.add(run);
  }

  async #size(id: string, url: string, signal: AbortSignal): Promise<void> {
    const bytes = await this.#measure(url, signal);
    if (signal.aborted) throw new EngineFailure('AbortError', 'Stopped.');
    this.#post({ id, type: 'size', bytes });
  }

  async #inventory(id: string, specs: ModelSpec[]): Promise<void> {
    const [lists, estimate] = await Promise.all([
      Promise.all(ENGINES.map(async (engine) => (await this.#storage.store(engine)).inventory(specs.filter((s) => s.engine === engine)))),
      this.#storage.estimate(),
    ]);
    const found = lists.flat();
    const configured = specs.map((spec) => found.find((m) => m.modelId === spec.id)).filter((m): m is StoredModel => !!m);
    const leftovers = found.filter((m) => m.modelId === null);
    this.#post({ id, type: 'inventory', inventory: { models: [...configured, ...leftovers], ...estimate } });
  }

  async #delete(id: string, ref: StoreRef): Promise<void> {
    // The files of a download in progress are open for writing; deleting them would break it.
    if (this.#loading?.engine === ref.engine) {
      throw new EngineFailure('ModelBusyError', 'A model is downloading or loading right now.');
    }
    await (await this.#storage.store(ref.engine)).remove(ref);
    this.#post({ id, type: 'deleted' });
  }

  #enqueue(id: string, job: (signal: AbortSignal) => Promise<void>): void {
    const controller = new AbortController();
    this.#controllers.set(id, controller);
    this.#queue = this.#queue.then(async () => {
      try {
        if (controller.signal.aborted) throw new EngineFailure('AbortError', 'Aborted before it started.');
        await job(controller.signal);
      } catch (err) {
        this.#post({ id, type: 'error', ...toFailure(err) });
      } finally {
        this.#controllers.delete(id);
      }
    });
  }

  async #load(id: string, spec: ModelSpec, signal: AbortSignal): Promise<void> {
    this.#loading = spec;
    try {
      // Before a single byte of weights: will it fit, and is a broken copy there to repair?
      const plan = await this.#plan(spec, signal);
      if (signal.aborted) throw new EngineFailure('AbortError', 'Loading was cancelled.');
      if (plan) {
        const shortfall = storageShortfall(plan, await this.#storage.estimate().catch(() => ({ usage: 0, quota: 0 })));
        if (shortfall) throw insufficientStorage(shortfall);
      }
      if (this.#engine) {
        const old = this.#engine;
        this.#engine = null;
        await old.unload();
      }
      const repair = plan?.state === 'partial';
      const onProgress = (progress: LoadProgress) => this.#post({ id, type: 'progress', progress: repair ? { ...progress, repair } : progress });
      if (repair) onProgress({ phase: 'download', unit: 'bytes' });
      const engine = await this.#createEngine(spec.engine);
      try {
        const info = await engine.load(spec, onProgress, signal);
        this.#engine = engine;
        this.#post({ id, type: 'loaded', info });
      } catch (err) {
        await engine.unload().catch(() => undefined);
        throw err;
      }
    } finally {
      this.#loading = null;
    }
  }

  /** The download plan, or null when the store cannot tell (the engine then downloads as usual). */
  async #plan(spec: ModelSpec, signal: AbortSignal): Promise<DownloadPlan | null> {
    try {
      return await (await this.#storage.store(spec.engine)).plan(spec, signal);
    } catch (err) {
      console.warn('Sotto: could not tell what the download needs', err);
      return null;
    }
  }

  async #generate(id: string, messages: ChatMessage[], options: GenerateOptions, signal: AbortSignal): Promise<void> {
    if (!this.#engine) throw new EngineFailure('ModelNotLoadedError', 'No model is loaded yet.');
    // Tokens can come faster than a screen refreshes; one message per token would slow decoding.
    const deltas = new DeltaBatcher((text) => this.#post({ id, type: 'delta', text }));
    try {
      const stats = await this.#engine.generate(messages, options, (text) => deltas.add(text), signal);
      if (signal.aborted) throw new EngineFailure('AbortError', 'Stopped.');
      deltas.flush();
      this.#post({ id, type: 'done', stats });
    } finally {
      deltas.cancel();
    }
  }
}

/** Joins text that arrives within `intervalMs` of the last post into one post. */
export class DeltaBatcher {
  #pending = '';
  #lastPost = -Infinity;
  #timer: ReturnType<typeof setTimeout> | null = null;
  readonly #post: (text: string) => void;
  readonly #intervalMs: number;

  constructor(post: (text: string) => void, intervalMs = 16) {
    this.#post = post;
    this.#intervalMs = intervalMs;
  }

  add(text: string, now = performance.now()): void {
    this.#pending += text;
    if (now - this.#lastPost >= this.#intervalMs) this.flush(now);
    else this.#timer ??= setTimeout(() => this.flush(), this.#intervalMs);
  }

  flush(now = performance.now()): void {
    this.cancel();
    if (!this.#pending) return;
    const text = this.#pending;
    this.#pending = '';
    this.#lastPost = now;
    this.#post(text);
  }

  /** Drops the timer (text still pending stays unsent). */
  cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

/** Counts streamed pieces and times decoding from the first piece to the last. */
export class DecodeTimer {
  #first = 0;
  #last = 0;
  tokens = 0;

  /** Call once per generated token. */
  tick(now = performance.now()): void {
    if (this.tokens === 0) this.#first = now;
    this.#last = now;
    this.tokens++;
  }

  stats(finish: GenStats['finish'], promptTokens?: number): GenStats {
    const decodeMs = this.#last - this.#first;
    const tokensPerSecond = this.tokens > 1 && decodeMs > 0 ? ((this.tokens - 1) * 1000) / decodeMs : 0;
    return { tokens: this.tokens, decodeMs, tokensPerSecond, finish, ...(promptTokens && promptTokens > 0 ? { promptTokens } : {}) };
  }
}
