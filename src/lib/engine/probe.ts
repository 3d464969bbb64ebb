/** What this device can run: WebGPU adapter and its features, memory, WebAssembly features. */
export interface DeviceCaps {
  webgpu: 'unsupported' | 'no-adapter' | 'ok';
  shaderF16: boolean;
  maxBufferSize: number;
  maxStorageBufferBindingSize: number;
  /** Vendor and architecture, for the status line; empty when unknown. */
  adapter: string;
  /** `navigator.deviceMemory` (capped at 8 by browsers), or null where browsers hide it. */
  deviceMemoryGB: number | null;
  /** wllama's build needs JSPI and memory64; without them the CPU engine cannot start. */
  wasmCpuEngine: boolean;
  cores: number;
}

export interface ProbeEnv {
  gpu?: GPU | undefined;
  deviceMemory?: number | undefined;
  hardwareConcurrency?: number | undefined;
  wasm?: typeof WebAssembly | undefined;
}

const ADAPTER_TIMEOUT_MS = 5000;

/** Probes the device once at start-up; never throws. */
export async function probeDevice(env: ProbeEnv = defaultEnv()): Promise<DeviceCaps> {
  const caps: DeviceCaps = {
    webgpu: 'unsupported',
    shaderF16: false,
    maxBufferSize: 0,
    maxStorageBufferBindingSize: 0,
    adapter: '',
    deviceMemoryGB: env.deviceMemory ?? null,
    wasmCpuEngine: hasCpuEngineWasm(env.wasm),
    cores: env.hardwareConcurrency ?? 1,
  };
  if (!env.gpu) return caps;
  caps.webgpu = 'no-adapter';
  const adapter = await withTimeout(env.gpu.requestAdapter({ powerPreference: 'high-performance' }), ADAPTER_TIMEOUT_MS).catch(() => null);
  if (!adapter) return caps;
  caps.webgpu = 'ok';
  caps.shaderF16 = adapter.features.has('shader-f16');
  caps.maxBufferSize = adapter.limits.maxBufferSize;
  caps.maxStorageBufferBindingSize = adapter.limits.maxStorageBufferBindingSize;
  const info = adapter.info;
  caps.adapter = [info?.vendor, info?.architecture, info?.description].filter(Boolean).join(' ');
  return caps;
}

function defaultEnv(): ProbeEnv {
  const nav = navigator as Navigator & { deviceMemory?: number };
  return { gpu: nav.gpu, deviceMemory: nav.deviceMemory, hardwareConcurrency: nav.hardwareConcurrency, wasm: globalThis.WebAssembly };
}

function hasCpuEngineWasm(wasm: typeof WebAssembly | undefined): boolean {
  if (!wasm) return false;
  const w = wasm as typeof WebAssembly & { Suspending?: unknown; promising?: unknown };
  return typeof w.Suspending === 'function' && typeof w.promising === 'function';
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([p, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}
