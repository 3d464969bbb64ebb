/**
 * The CPU engine: llama.cpp compiled to WebAssembly (wllama), running GGUF models.
 * wllama keeps downloaded files in its own cache (OPFS) and runs inference in a worker of its own.
 */
import { Wllama, type ChatCompletionChunk, type WllamaLogger } from '@wllama/wllama';
import wasmUrl from '@wllama/wllama/esm/wasm/wllama.wasm?url';
import { DEFAULT_SAMPLING, type ChatMessage, type GenerateOptions, type GenStats, type LoadedInfo, type LoadProgress } from '../src/lib/engine/types';
import { cpuEngineGaps } from '../src/lib/engine/probe';
import { cpuEngineReason } from '../src/lib/engine/cpu-reason';
import type { ModelSpec } from './protocol';
import { DecodeTimer, type LocalEngine } from './engine-host';
import { EngineFailure } from './errors';

const CONTEXT_TOKENS = 4096;

const quietLogger: WllamaLogger = {
  debug: () => undefined,
  log: () => undefined,
  warn: (...args: unknown[]) => console.warn('[wllama]', ...args),
  error: (...args: unknown[]) => console.error('[wllama]', ...args),
};

/**
 * A Wllama that runs only the build bundled with Sotto. wllama's default is to fetch a
 * "compatibility" build (worker code and wasm) from cdn.jsdelivr.net when the browser lacks
 * JSPI or memory64, and to run that code inside Sotto's origin; `setCompat(null)` turns that off.
 * Without JSPI, the bundled build still runs (wllama then copies the model into memory); without
 * memory64 it cannot, and `cpuEngineGaps` says so before anything starts.
 */
export function createWllama(): Wllama {
  const wllama = new Wllama({ default: new URL(wasmUrl, self.location.href).href }, { logger: quietLogger, suppressNativeLog: true });
  wllama.setCompat(null);
  return wllama;
}

/** Runs `fn` while this origin holds the Web Lock `name` (every tab's engine worker shares it); a cancelled load stops waiting. */
async function oneTabAtATime<T>(name: string, signal: AbortSignal, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return fn();
  try {
    return (await locks.request(name, { signal }, fn)) as T;
  } catch (err) {
    if (signal.aborted) throw new EngineFailure('AbortError', 'Loading was cancelled.');
    throw err;
  }
}

export class WllamaEngine implements LocalEngine {
  #wllama: Wllama | null = null;

  async load(spec: ModelSpec, onProgress: (p: LoadProgress) => void, signal: AbortSignal): Promise<LoadedInfo> {
    if (spec.engine !== 'wllama') throw new EngineFailure('ConfigError', 'The CPU engine only runs GGUF models.');
    // The main thread's probe checks this too; a model chosen anyway must fail with the reason, not inside llama.cpp.
    const gaps = cpuEngineGaps(globalThis.WebAssembly, globalThis.crossOriginIsolated);
    if (gaps.length > 0) throw new EngineFailure('CpuEngineUnsupportedError', cpuEngineReason(gaps));
    const wllama = createWllama();
    this.#wllama = wllama; // so that unload() frees it even when loading fails half-way
    onProgress({ phase: 'download', unit: 'bytes' });
    // Two tabs that download the same file into wllama's cache at once can each lose it ("Model file
    // not found after download"): one tab downloads, the others wait and then find it cached.
    const model = await oneTabAtATime(`sotto-model-download:${spec.url}`, signal, () =>
      wllama.modelManager.getModelOrDownload(
        { url: spec.url },
        { signal, progressCallback: ({ loaded, total }) => onProgress({ phase: 'download', loaded, total, unit: 'bytes' }) },
      ),
    );
    const blobs = await model.open();
    const first = blobs[0];
    // wllama accepts any bytes and fails later (or never); refuse a file that is not a GGUF now.
    if (!first || !(await isGguf(first))) {
      await model.remove();
      throw new EngineFailure('CorruptModelError', 'The downloaded file is not a GGUF model.');
    }
    if (spec.sha256) {
      const actual = await sha256Hex(blobs);
      if (actual !== spec.sha256) {
        await model.remove();
        throw new EngineFailure('IntegrityError', `SHA-256 is ${actual}, the config expects ${spec.sha256}.`);
      }
    }
    if (signal.aborted) throw new EngineFailure('AbortError', 'Loading was cancelled.');
    onProgress({ phase: 'load', unit: 'bytes' });
    await wllama.loadModel(blobs, { n_ctx: CONTEXT_TOKENS, n_gpu_layers: 0, jinja: true });
    // A GGUF with a valid header but broken contents "loads" without a vocabulary.
    const loaded = wllama.getLoadedContextInfo() as { success?: boolean; n_vocab: number; n_ctx?: number };
    if (loaded.success === false || !loaded.n_vocab) {
      await model.remove();
      throw new EngineFailure('CorruptModelError', 'The GGUF file could not be read by llama.cpp.');
    }
    const threads = wllama.getNumThreads();
    return { modelId: spec.id, engine: 'wllama', detail: `${threads} CPU thread${threads === 1 ? '' : 's'}`, contextTokens: loaded.n_ctx || CONTEXT_TOKENS };
  }

  async generate(messages: ChatMessage[], options: GenerateOptions, onText: (text: string) => void, signal: AbortSignal): Promise<GenStats> {
    const wllama = this.#wllama;
    if (!wllama?.isModelLoaded()) throw new EngineFailure('ModelNotLoadedError', 'No model is loaded yet.');
    const timer = new DecodeTimer();
    let finish: GenStats['finish'] = 'stop';
    let promptTokens: number | undefined;
    await wllama.createChatCompletion({
      messages,
      stream: true,
      abortSignal: signal,
      max_tokens: options.maxTokens ?? DEFAULT_SAMPLING.maxTokens,
      temperature: options.temperature ?? DEFAULT_SAMPLING.temperature,
      top_p: options.topP ?? DEFAULT_SAMPLING.topP,
      onData: (chunk: ChatCompletionChunk) => {
        // One chunk already under way can still arrive after Stop.
        if (signal.aborted) return;
        const choice = chunk.choices[0];
        const text = choice?.delta.content;
        if (text) {
          timer.tick();
          onText(text);
        }
        if (choice?.finish_reason === 'length') finish = 'length';
        // llama.cpp counts the prompt with the model's tokenizer: the chat session sizes the next prompts by it.
        const counted = chunk.usage?.prompt_tokens ?? (chunk.timings ? chunk.timings.cache_n + chunk.timings.prompt_n : undefined);
        if (counted) promptTokens = counted;
      },
    });
    return timer.stats(finish, promptTokens);
  }

  async unload(): Promise<void> {
    const wllama = this.#wllama;
    this.#wllama = null;
    await wllama?.exit();
  }
}

/** True when the blob starts with the GGUF magic bytes "GGUF". */
export async function isGguf(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  return head.length === 4 && head[0] === 0x47 && head[1] === 0x47 && head[2] === 0x55 && head[3] === 0x46;
}

async function sha256Hex(blobs: Blob[]): Promise<string> {
  const whole = blobs.length === 1 ? blobs[0]! : new Blob(blobs);
  const digest = await crypto.subtle.digest('SHA-256', await whole.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
