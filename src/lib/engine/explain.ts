import type { ModelEntry } from '../config/config';
import { parseShortfall } from '../../../workers/model-store';
import { formatBytes } from './model-storage';

export interface Explained {
  /** What happened and what to do next, in plain language. */
  message: string;
  /** Whether switching to the CPU model would help. */
  offerCpu: boolean;
  /** Whether trying the same model again can work once the user has done what the message says. */
  offerRetry?: boolean;
}

export interface ExplainContext {
  model: ModelEntry | null;
  online: boolean;
  /** A CPU model other than the current one exists in the config. */
  cpuAvailable: boolean;
}

/** Maps a named engine error to a message that says what happened and what to do next. */
export function explainEngineError(err: { name: string; message: string }, ctx: ExplainContext): Explained {
  const label = ctx.model?.label ?? 'the model';
  const host = ctx.model ? hostOf(ctx.model) : 'the model host';
  const gpu = ctx.model?.engine === 'webllm' && ctx.cpuAvailable;
  const cpuHint = gpu ? ' You can use the CPU model instead.' : '';
  switch (err.name) {
    case 'DownloadError': {
      if (err.message === 'network') {
        return ctx.online
          ? { message: `Could not download ${label}: ${host} did not answer. Check your connection and try again.`, offerCpu: false }
          : { message: `You are offline, and ${label} has not been downloaded to this device yet. Connect to the internet once to download it.`, offerCpu: false };
      }
      const status = /HTTP (\d{3})/.exec(err.message)?.[1] ?? '';
      const why = status === '404' ? ' (the file is missing)' : status === '403' || status === '401' ? ' (access denied)' : status.startsWith('5') ? ' (a server error)' : '';
      return {
        message: `Could not download ${label}: ${host} answered HTTP ${status}${why}. Try again later, or ask your IT admin to check the model mirror.${cpuHint}`,
        offerCpu: gpu,
      };
    }
    case 'InsufficientStorageError': {
      const shortfall = parseShortfall(err.message);
      const what = shortfall
        ? `${label} needs ${formatBytes(shortfall.needed)}, but only ${formatBytes(shortfall.free)} of storage is free for Sotto on this device.`
        : `There is not enough free storage on this device for ${label}.`;
      return { message: `${what} Delete a model you no longer use in Models, or free disk space, then try again.`, offerCpu: false, offerRetry: true };
    }
    case 'QuotaExceededError':
      return { message: `There is not enough storage space on this device for ${label}. Free up disk space, then try again.`, offerCpu: false, offerRetry: true };
    case 'CorruptModelError':
      return {
        message: `The file downloaded for ${label} is not a valid model (it is not a GGUF file), so it was deleted. Ask your IT admin to check the model file, then try again.`,
        offerCpu: false,
      };
    case 'IntegrityError':
      return {
        message: `The file downloaded for ${label} does not match its expected checksum, so it was refused and deleted. Ask your IT admin to check the model mirror.`,
        offerCpu: gpu,
      };
    case 'CompileError':
      return {
        message: `The WebGPU program for ${label} could not be started (its WebAssembly file did not compile).${cpuHint || ' Ask your IT admin to check the model library file.'}`,
        offerCpu: gpu,
      };
    case 'ModelConfigMissingError':
      return {
        message: `The configuration file of ${label} (mlc-chat-config.json) could not be downloaded from ${host}.${cpuHint} Ask your IT admin to check the model mirror.`,
        offerCpu: gpu,
      };
    case 'DeviceLostError':
      return { message: `The graphics device was lost (the GPU driver reset or ran out of resources). Reload the page to try again.${cpuHint}`, offerCpu: gpu };
    case 'OutOfMemoryError':
      return { message: `The graphics card ran out of memory for ${label}. Close other tabs or apps that use the GPU, or choose a smaller model.${cpuHint}`, offerCpu: gpu };
    case 'ShaderF16Error':
      return { message: `This graphics adapter lacks 16-bit float shaders (shader-f16), which ${label} needs. Choose an f32 model in Settings.${cpuHint}`, offerCpu: gpu };
    case 'WebGPUUnavailableError':
      return { message: `WebGPU is not available on this device, so ${label} cannot run.${cpuHint}`, offerCpu: gpu };
    case 'WorkerCrashError':
      return {
        message: `The on-device engine stopped unexpectedly (often: not enough memory). Try again; if it keeps happening, choose a smaller model in Settings.${cpuHint}`,
        offerCpu: gpu,
      };
    case 'EngineCrashError':
      return { message: `The on-device engine crashed while running ${label} (often: not enough memory). Reload the page to start it again.${cpuHint}`, offerCpu: gpu };
    case 'ContextOverflowError':
      return { message: `This message is longer than ${label} can read at once. Shorten it, or split it into parts.`, offerCpu: false };
    case 'ModelNotLoadedError':
      return { message: 'The model is not loaded yet. Wait until it is ready, then send again.', offerCpu: false };
    case 'ConfigError':
      return { message: `${err.message} Ask your IT admin to fix config.json.`, offerCpu: false };
    case 'CpuEngineUnsupportedError':
      // The worker found what the main thread's probe should have found: the message is cpuEngineReason's.
      return { message: `${err.message}.`, offerCpu: false };
    default:
      return {
        message: `Something went wrong in the on-device engine (${err.name}: ${err.message}). Try again; reloading the page usually helps.${cpuHint}`,
        offerCpu: gpu,
      };
  }
}

function hostOf(model: ModelEntry): string {
  const url = model.engine === 'wllama' ? model.url : (model.url ?? 'https://huggingface.co/');
  try {
    return new URL(url).host;
  } catch {
    return 'the model host';
  }
}
