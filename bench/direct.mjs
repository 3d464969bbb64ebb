// @ts-check
/**
 * Baseline for the benchmark: wllama driven directly in the page, no app, no worker of ours.
 * Served by tests/support/model-host.mjs as /direct.mjs (wllama itself under /wllama/).
 *
 * Query: ?model=<gguf url> (required), &threads=<n> (n_threads, default: wllama's choice),
 *        &cache=0 (skip wllama's OPFS cache), &jinja=0|1 (LoadModelParams.jinja, default: unset), &nctx=<n> (default 4096)
 *
 * Globals:
 *   window.directLoad: Promise<DirectLoadResult>   settles once, never rejects; ok = wllama resolved AND llama.cpp loaded the file
 *   window.runDirect({ prompt, maxTokens, messages?, abortAfterTokens? }): Promise<DirectRunResult>   greedy chat completion, streamed
 *   window.runDirectUnchecked(opts)                 same as runDirect, but also runs when ok is false (to see what a broken load does)
 *   window.directLogs: string[]                     wllama log lines
 *   window.wllama: the Wllama instance
 */
// @ts-expect-error -- served by the model host at run time, not resolvable here
import { Wllama } from '/wllama/index.js';

/**
 * @typedef {{ ok: boolean, wllamaResolved?: boolean, engineSuccess?: boolean, ms: number, error?: string, errorType?: string, errorName?: string,
 *   multithread?: boolean, threads?: number, crossOriginIsolated: boolean, nVocab?: number,
 *   chatTemplate?: string | null, modelName?: string }} DirectLoadResult
 * @typedef {{ text: string, tokens: number, ms: number, tokensPerSecond: number, ttftMs: number,
 *   streamedChunks: number, completionTokens: number | null, finishReason: string | null,
 *   engineTokensPerSecond: number | null, promptTokens: number | null, aborted: boolean,
 *   chunksAfterAbort: number }} DirectRunResult
 *   tokens: generated tokens that make up `text` (usage.completion_tokens less the end token when finish_reason is "stop");
 *   ms: whole call; tokensPerSecond: (tokens - 1) / (time of last streamed token - time of first streamed token);
 *   engineTokensPerSecond: llama.cpp's own timings.predicted_per_second; aborted: stopped by abortAfterTokens (wllama abortSignal);
 *   chunksAfterAbort: chunks wllama still delivered after abort() (left out of text)
 * @typedef {{ prompt?: string, maxTokens?: number, messages?: Array<{ role: 'system' | 'user' | 'assistant', content: string }>,
 *   abortAfterTokens?: number, sampling?: Record<string, number> }} RunOptions  sampling replaces the default greedy { temperature: 0, top_k: 1 }  messages overrides prompt; abortAfterTokens: abort (like a Stop button) after that many streamed chunks
 */

const params = new URLSearchParams(location.search);
const modelUrl = params.get('model');
const statusEl = /** @type {HTMLElement} */ (document.getElementById('status'));
const outEl = /** @type {HTMLElement} */ (document.getElementById('out'));

/** @type {string[]} */
const logs = [];
/** @param {string} level */
const logTo =
  (level) =>
  (/** @type {unknown[]} */ ...args) => {
    const line = `[${level}] ${args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ')}`;
    logs.push(line);
    if (level === 'error' || level === 'warn') console[level](line);
  };
/** @param {unknown} v */
function safeJson(v) {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

const wllama = new Wllama(
  { default: '/wllama/wasm/wllama.wasm' },
  { logger: { debug: logTo('debug'), log: logTo('log'), warn: logTo('warn'), error: logTo('error') } }
);
// never fetch the compat build from a CDN (no internet here); Chromium has JSPI + memory64 anyway
wllama.setCompat(null);

/** @param {string} s */
function setStatus(s) {
  statusEl.textContent = s;
}

/** @returns {Promise<DirectLoadResult>} */
async function load() {
  const t0 = performance.now();
  if (!modelUrl) {
    setStatus('no ?model= given');
    return { ok: false, ms: 0, error: 'no ?model= given', crossOriginIsolated };
  }
  setStatus(`loading ${modelUrl}`);
  /** @type {Record<string, unknown>} */
  const loadParams = {
    n_gpu_layers: 0,
    n_ctx: Number(params.get('nctx') ?? 4096),
    useCache: params.get('cache') !== '0',
    progressCallback: (/** @type {{ loaded: number, total: number }} */ p) => setStatus(`downloading ${p.loaded}/${p.total}`),
  };
  if (params.has('threads')) loadParams.n_threads = Number(params.get('threads'));
  if (params.has('jinja')) loadParams.jinja = params.get('jinja') === '1';
  try {
    await wllama.loadModelFromUrl(modelUrl, loadParams);
    const ms = performance.now() - t0;
    const meta = wllama.getModelMetadata();
    // wllama 3.13 resolves even when llama.cpp failed to load the file: check the engine's own flag
    const engineSuccess = /** @type {any} */ (wllama.getLoadedContextInfo()).success !== false;
    /** @type {DirectLoadResult} */
    const result = {
      ok: engineSuccess,
      wllamaResolved: true,
      engineSuccess,
      ms,
      multithread: wllama.isMultithread(),
      threads: wllama.getNumThreads(),
      crossOriginIsolated,
      nVocab: meta.hparams.nVocab,
      chatTemplate: wllama.getChatTemplate(),
      modelName: meta.meta['general.name'],
    };
    if (!engineSuccess) {
      result.error = 'wllama.loadModelFromUrl resolved, but getLoadedContextInfo().success is false (llama.cpp could not load the file)';
      setStatus(`load failed: ${result.error}`);
      return result;
    }
    setStatus(`ready (${Math.round(ms)} ms, ${result.threads} thread(s))`);
    return result;
  } catch (err) {
    const e = /** @type {Error & { type?: string }} */ (err);
    setStatus(`load failed: ${e?.message ?? e}`);
    return {
      ok: false,
      wllamaResolved: false,
      ms: performance.now() - t0,
      error: String(e?.message ?? e),
      errorType: e?.type,
      errorName: e?.name,
      crossOriginIsolated,
    };
  }
}

const directLoad = load();

/**
 * Greedy, streamed chat completion. Decode speed is measured from the first streamed token to the last.
 * @param {RunOptions} opts
 * @returns {Promise<DirectRunResult>}
 */
async function runDirect(opts = {}) {
  const loaded = await directLoad;
  if (!loaded.ok) throw new Error(`model not loaded: ${loaded.error}`);
  return runUnchecked(opts);
}

/**
 * @param {RunOptions} opts
 * @returns {Promise<DirectRunResult>}
 */
async function runUnchecked({ prompt = '', maxTokens = 64, messages, abortAfterTokens, sampling } = {}) {
  await directLoad;
  const controller = new AbortController();
  let aborted = false;
  let chunksAfterAbort = 0;
  setStatus('generating');
  const t0 = performance.now();
  /** @type {number | null} */
  let tFirst = null;
  let tLast = 0;
  let text = '';
  let streamedChunks = 0;
  /** @type {string | null} */
  let finishReason = null;
  /** @type {any} */
  let usage = null;
  /** @type {any} */
  let timings = null;

  const stream = await wllama.createChatCompletion({
    messages: messages ?? [{ role: 'user', content: prompt }],
    stream: true,
    max_tokens: maxTokens,
    ...(sampling ?? { temperature: 0, top_k: 1 }),
    abortSignal: controller.signal,
  });
  try {
    for await (const chunk of stream) {
    const choice = chunk.choices?.[0];
    const delta = choice?.delta?.content;
      if (delta && controller.signal.aborted) {
        // wllama can still hand over a chunk that was already on its way when abort() was called
        chunksAfterAbort++;
      } else if (delta) {
        const now = performance.now();
        if (tFirst === null) tFirst = now;
        tLast = now;
        text += delta;
        streamedChunks++;
        outEl.textContent = text;
        if (abortAfterTokens !== undefined && streamedChunks >= abortAfterTokens) controller.abort();
      }
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      if (chunk.usage) usage = chunk.usage;
      if (chunk.timings) timings = chunk.timings;
    }
  } catch (err) {
    if (!controller.signal.aborted || /** @type {Error} */ (err)?.name !== 'AbortError') throw err;
    aborted = true;
  }
  const ms = performance.now() - t0;
  // llama-server counts the end-of-generation token in completion_tokens when the model stops by itself
  /** @type {number | null} */
  const completionTokens = usage?.completion_tokens ?? timings?.predicted_n ?? null;
  const tokens =
    completionTokens === null ? streamedChunks : Math.max(streamedChunks, completionTokens - (finishReason === 'stop' ? 1 : 0));
  const decodeMs = tFirst === null ? 0 : tLast - tFirst;
  const tokensPerSecond = tokens > 1 && decodeMs > 0 ? ((tokens - 1) * 1000) / decodeMs : 0;
  setStatus(`done: ${tokens} tokens, ${tokensPerSecond.toFixed(1)} tok/s`);
  return {
    text,
    tokens,
    ms,
    tokensPerSecond,
    ttftMs: tFirst === null ? ms : tFirst - t0,
    streamedChunks,
    completionTokens,
    finishReason,
    engineTokensPerSecond: timings?.predicted_per_second ?? null,
    promptTokens: usage?.prompt_tokens ?? timings?.prompt_n ?? null,
    aborted,
    chunksAfterAbort,
  };
}

const w = /** @type {any} */ (window);
w.directLoad = directLoad;
w.runDirect = runDirect;
w.runDirectUnchecked = runUnchecked;
w.directLogs = logs;
w.wllama = wllama;
