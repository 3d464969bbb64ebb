/**
 * The GPU engine: web-llm (MLC) on WebGPU. Model records come from web-llm's own
 * `prebuiltAppConfig` by id, or from the config for a self-hosted mirror.
 */
import { MLCEngine, prebuiltAppConfig, type ModelRecord } from '@mlc-ai/web-llm';
import { DEFAULT_SAMPLING, type ChatMessage, type GenerateOptions, type GenStats, type LoadedInfo, type LoadProgress } from '../src/lib/engine/types';
import type { ModelSpec } from './protocol';
import { DecodeTimer, type LocalEngine } from './engine-host';
import { EngineFailure } from './errors';
import { contextWindowOf, forgetModel } from './webllm-store';


export class WebllmEngine implements LocalEngine {
  #engine: MLCEngine | null = null;

  async load(spec: ModelSpec, onProgress: (p: LoadProgress) => void, signal: AbortSignal): Promise<LoadedInfo> {
    if (spec.engine !== 'webllm') throw new EngineFailure('ConfigError', 'The WebGPU engine only runs MLC models.');
    const record = modelRecord(spec);
    // Nothing is reported until web-llm has its wasm; the UI shows an indeterminate bar until then.
    onProgress({ phase: 'download', unit: 'fraction' });
    const engine = new MLCEngine({
      appConfig: { model_list: [record], cacheBackend: 'cache' },
      logLevel: 'WARN',
      initProgressCallback: (report) => {
        const loading = /loading|shader|compil/i.test(report.text) && report.progress >= 1;
        onProgress({ phase: loading ? 'load' : 'download', loaded: report.progress, total: 1, unit: 'fraction', text: report.text });
      },
    });
    this.#engine = engine;
    const onAbort = () => void engine.unload().catch(() => undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      await engine.reload(record.model_id);
    } catch (err) {
      // A file that fails its integrity hash must not stay in the cache to be used next time.
      if ((err as Error | null)?.name === 'IntegrityError') {
        await forgetModel(spec).catch(() => undefined);
      }
      // web-llm's cache reports a failed download as "Failed to execute 'add' on 'Cache'", without
      // saying which file: find out, so the user hears which file is missing.
      if (!signal.aborted && isFailedDownload(err)) await diagnoseDownload(record);
      throw err;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    if (signal.aborted) throw new EngineFailure('AbortError', 'Loading was cancelled.');
    const gpu = (self.navigator as Navigator & { gpu?: GPU }).gpu;
    const adapter = await gpu?.requestAdapter().catch(() => null);
    const detail = adapter ? [adapter.info.vendor, adapter.info.architecture].filter(Boolean).join(' ') || 'WebGPU' : 'WebGPU';
    const contextTokens = await contextWindowOf(record);
    return { modelId: spec.id, engine: 'webllm', detail, ...(contextTokens ? { contextTokens } : {}) };
  }

  async generate(messages: ChatMessage[], options: GenerateOptions, onText: (text: string) => void, signal: AbortSignal): Promise<GenStats> {
    const engine = this.#engine;
    if (!engine) throw new EngineFailure('ModelNotLoadedError', 'No model is loaded yet.');
    const timer = new DecodeTimer();
    let finish: GenStats['finish'] = 'stop';
    let promptTokens: number | undefined;
    const onAbort = () => void engine.interruptGenerate();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const chunks = await engine.chat.completions.create({
        messages,
        stream: true,
        max_tokens: options.maxTokens ?? DEFAULT_SAMPLING.maxTokens,
        temperature: options.temperature ?? DEFAULT_SAMPLING.temperature,
        top_p: options.topP ?? DEFAULT_SAMPLING.topP,
        // The last chunk then says how many tokens the prompt took, as the model's tokenizer counts them.
        stream_options: { include_usage: true },
      });
      for await (const chunk of chunks) {
        const choice = chunk.choices[0];
        const text = choice?.delta.content;
        if (text && !signal.aborted) {
          timer.tick();
          onText(text);
        }
        if (choice?.finish_reason === 'length') finish = 'length';
        if (chunk.usage?.prompt_tokens) promptTokens = chunk.usage.prompt_tokens;
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    return timer.stats(finish, promptTokens);
  }

  async unload(): Promise<void> {
    const engine = this.#engine;
    this.#engine = null;
    await engine?.unload();
  }
}

function isFailedDownload(err: unknown): boolean {
  return err instanceof TypeError && /fetch|Cache|network/i.test(err.message);
}

/** Throws a precise failure for the first model file that cannot be fetched; returns if all can. */
async function diagnoseDownload(record: ModelRecord): Promise<void> {
  // Where web-llm looks for the chat config: the model URL, with "resolve/main/" for a bare repository.
  let base = record.model.endsWith('/') ? record.model : `${record.model}/`;
  if (!/.+\/resolve\/.+\//.test(base)) base += 'resolve/main/';
  const files = [
    { url: new URL('mlc-chat-config.json', base).href, missing: 'ModelConfigMissingError' },
    { url: record.model_lib, missing: 'DownloadError' },
  ];
  for (const file of files) {
    const response = await fetch(file.url, { method: 'HEAD', cache: 'no-store' }).catch(() => null);
    if (!response) throw new EngineFailure('DownloadError', 'network');
    if (!response.ok) throw new EngineFailure(file.missing, `HTTP ${response.status} for ${file.url}`);
  }
}

/** web-llm's own record for a prebuilt id, or one built from a self-hosted mirror's URLs. */
export function modelRecord(spec: Extract<ModelSpec, { engine: 'webllm' }>): ModelRecord {
  const prebuilt = prebuiltAppConfig.model_list.find((m) => m.model_id === spec.webllmId);
  // web-llm checks these SRI hashes itself and throws its IntegrityError on a mismatch.
  const integrity = spec.integrity ? { integrity: { ...spec.integrity, onFailure: 'error' as const } } : {};
  if (spec.url && spec.modelLib) {
    return { ...(prebuilt ?? {}), model: spec.url, model_id: spec.webllmId, model_lib: spec.modelLib, ...integrity };
  }
  if (!prebuilt) throw new EngineFailure('ConfigError', `web-llm has no prebuilt model "${spec.webllmId}".`);
  return { ...prebuilt, ...integrity };
}
