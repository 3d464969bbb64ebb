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
  /** Whether wllama's bundled WebAssembly build can start here (`cpuEngineGaps` is empty). */
  wasmCpuEngine: boolean;
  /** What wllama's build needs and this browser lacks; absent when not probed (treated as unknown). */
  cpuEngineGaps?: CpuEngineGap[];
  cores: number;
}

/**
 * A WebAssembly feature wllama's bundled build (`@wllama/wllama/esm/wasm/wllama.wasm`) uses and
 * this browser lacks. That build is compiled with emscripten's MEMORY64, -pthread, -msimd128 and
 * -fwasm-exceptions (legacy exception instructions), so it needs:
 *  - `memory64`: 64-bit memory and tables, and the `address: 'i64'` option of WebAssembly.Memory;
 *  - `simd`: 128-bit SIMD;
 *  - `exceptions`: exception handling (try/catch);
 *  - `shared-memory`: shared memory and atomics (threads), which the browser does not offer;
 *  - `isolation`: shared memory exists, but this browser only allows it on a page served
 *    cross-origin isolated (COOP and COEP headers), and this one is not.
 * JSPI is not needed: without it wllama copies the model into WebAssembly memory instead of
 * reading it on demand (slower to load, same answers). Sotto never uses wllama's compatibility
 * build, which would come from a public CDN.
 */
export type CpuEngineGap = 'memory64' | 'simd' | 'exceptions' | 'shared-memory' | 'isolation';

export interface ProbeEnv {
  gpu?: GPU | undefined;
  deviceMemory?: number | undefined;
  hardwareConcurrency?: number | undefined;
  wasm?: WasmApi | undefined;
  crossOriginIsolated?: boolean | undefined;
}

/** The parts of the WebAssembly namespace the probe uses (a fake one in unit tests). */
export interface WasmApi {
  validate(bytes: BufferSource): boolean;
  Memory: new (descriptor: WebAssembly.MemoryDescriptor) => unknown;
}

const ADAPTER_TIMEOUT_MS = 5000;

/** Probes the device once at start-up; never throws. */
export async function probeDevice(env: ProbeEnv = defaultEnv()): Promise<DeviceCaps> {
  const gaps = cpuEngineGaps(env.wasm, env.crossOriginIsolated ?? false);
  const caps: DeviceCaps = {
    webgpu: 'unsupported',
    shaderF16: false,
    maxBufferSize: 0,
    maxStorageBufferBindingSize: 0,
    adapter: '',
    deviceMemoryGB: env.deviceMemory ?? null,
    wasmCpuEngine: gaps.length === 0,
    cpuEngineGaps: gaps,
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
  return {
    gpu: nav.gpu,
    deviceMemory: nav.deviceMemory,
    hardwareConcurrency: nav.hardwareConcurrency,
    wasm: globalThis.WebAssembly,
    crossOriginIsolated: globalThis.crossOriginIsolated,
  };
}

const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/**
 * The smallest modules that use one feature each of wllama's build; a browser lacking the feature
 * refuses to validate them. Validating costs microseconds, unlike compiling the 10 MB build.
 */
export const FEATURE_MODULES = {
  /** (table i64 1 funcref): the build's function table is 64-bit, part of the memory64 proposal. */
  memory64: new Uint8Array([...HEADER, 0x04, 0x04, 0x01, 0x70, 0x04, 0x01]),
  /** (func (result v128) v128.const i32x4 0 0 0 0) */
  simd: new Uint8Array([...HEADER, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, 0x03, 0x02, 0x01, 0x00, 0x0a, 0x16, 0x01, 0x14, 0x00, 0xfd, 0x0c, ...new Array<number>(16).fill(0), 0x0b]),
  /** (tag) (func try catch_all end): the legacy exception instructions emscripten emits. */
  exceptions: new Uint8Array([...HEADER, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00, 0x0d, 0x03, 0x01, 0x00, 0x00, 0x0a, 0x08, 0x01, 0x06, 0x00, 0x06, 0x40, 0x19, 0x0b, 0x0b]),
  /** (memory 1 1 shared) (func (result i32) i32.const 0 i32.atomic.load) */
  threads: new Uint8Array([...HEADER, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x02, 0x01, 0x00, 0x05, 0x04, 0x01, 0x03, 0x01, 0x01, 0x0a, 0x0a, 0x01, 0x08, 0x00, 0x41, 0x00, 0xfe, 0x10, 0x02, 0x00, 0x0b]),
} as const;

/**
 * What wllama's bundled build needs and this browser lacks (empty: the CPU engine can start).
 * Memory is created the way that build's own start-up code creates it, so a browser that refuses
 * it there refuses it here; `isolated` is `crossOriginIsolated` of the page (or worker) asking.
 */
export function cpuEngineGaps(wasm: WasmApi | undefined, isolated: boolean): CpuEngineGap[] {
  if (!wasm) return ['memory64', 'simd', 'exceptions', 'shared-memory'];
  const valid = (bytes: Uint8Array<ArrayBuffer>) => attempt(() => wasm.validate(bytes));
  const memory = (descriptor: Record<string, unknown>) => attempt(() => !!new wasm.Memory(descriptor as unknown as WebAssembly.MemoryDescriptor));
  const gaps: CpuEngineGap[] = [];
  // BigInt sizes with `address: 'i64'`: a browser without memory64 ignores `address` and then
  // refuses the BigInt, so this cannot pass by accident.
  if (!memory({ initial: 1n, maximum: 1n, address: 'i64' }) || !valid(FEATURE_MODULES.memory64)) gaps.push('memory64');
  if (!valid(FEATURE_MODULES.simd)) gaps.push('simd');
  if (!valid(FEATURE_MODULES.exceptions)) gaps.push('exceptions');
  if (!valid(FEATURE_MODULES.threads)) gaps.push('shared-memory');
  else if (!memory({ initial: 1, maximum: 1, shared: true })) gaps.push(isolated ? 'shared-memory' : 'isolation');
  return gaps;
}

function attempt(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([p, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}
