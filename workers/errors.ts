/**
 * Turns whatever an engine library throws (Error subclasses, DOMExceptions, or plain strings such
 * as "CompileError: …") into one of Sotto's named failures, so the main thread can explain it.
 */

/** A named failure raised by Sotto's own engine code. */
export class EngineFailure extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export interface Failure {
  name: string;
  message: string;
}

/** Classifies an error from web-llm, wllama, fetch or storage by its name, then its message. */
export function toFailure(err: unknown): Failure {
  const { name, message } = split(err);
  const text = `${name}: ${message}`;
  if (name === 'AbortError' || name === 'WllamaAbortError') return { name: 'AbortError', message: message || 'Aborted.' };
  if (err instanceof EngineFailure) return { name, message };
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return { name: 'QuotaExceededError', message };
  if (name === 'CompileError' || name === 'LinkError' || /CompileError|WebAssembly\.(instantiate|compile)|expected magic word/i.test(text)) {
    return { name: 'CompileError', message };
  }
  if (name === 'DeviceLostError' || /device (was )?lost|GPUDevice.*lost/i.test(text)) return { name: 'DeviceLostError', message };
  if (/out of memory|OutOfMemory|\bOOM\b|Allocation failed/i.test(text)) return { name: 'OutOfMemoryError', message };
  if (name === 'FeatureSupportError' || /shader-f16/i.test(message)) return { name: 'ShaderF16Error', message };
  if (name === 'WebGPUNotAvailableError' || name === 'WebGPUNotFoundError' || /no (suitable )?(GPU )?adapter|WebGPU is not/i.test(text)) {
    return { name: 'WebGPUUnavailableError', message };
  }
  if (name === 'IntegrityError') return { name, message };
  if (name === 'ContextWindowSizeExceededError' || /exceeds the available context size|context window size|kv_cache_full/i.test(text)) {
    return { name: 'ContextOverflowError', message };
  }
  if (name === 'WllamaRuntimeError' || /has crashed|\(ABORT\)/.test(message)) return { name: 'EngineCrashError', message };
  if (/mlc-chat-config\.json/.test(message)) return { name: 'ModelConfigMissingError', message };
  const status = /\bHTTP (\d{3})\b|\bstatus(?: code)?:? (\d{3})\b/i.exec(message);
  if (status) return { name: 'DownloadError', message: `HTTP ${status[1] ?? status[2]}` };
  if (name === 'TypeError' && /fetch|network|load failed/i.test(message)) return { name: 'DownloadError', message: 'network' };
  if (name === 'NetworkError') return { name: 'DownloadError', message: 'network' };
  return { name: name || 'Error', message };
}

function split(err: unknown): Failure {
  if (typeof err === 'string') {
    const m = /^([A-Za-z]*Error):\s*([\s\S]*)$/.exec(err);
    return m ? { name: m[1]!, message: m[2]! } : { name: 'Error', message: err };
  }
  if (err instanceof Error || (typeof err === 'object' && err !== null && 'message' in err)) {
    const e = err as { name?: unknown; message?: unknown };
    const name = typeof e.name === 'string' ? e.name : 'Error';
    const message = typeof e.message === 'string' ? e.message : String(e.message);
    // Some libraries wrap the real error in a generic one: "Error: CompileError: …".
    const inner = /^([A-Za-z]+Error):\s*([\s\S]*)$/.exec(message);
    if (name === 'Error' && inner) return { name: inner[1]!, message: inner[2]! };
    return { name, message };
  }
  return { name: 'Error', message: String(err) };
}
