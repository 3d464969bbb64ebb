import { describe, expect, it } from 'vitest';
import { FEATURE_MODULES, cpuEngineGaps, probeDevice, type WasmApi } from './probe';

const real = globalThis.WebAssembly;

/** Whether this Node's WebAssembly has memory64 (Node 20 has not; later versions may). */
function nodeHasMemory64(): boolean {
  try {
    new real.Memory({ initial: 1n, address: 'i64' } as unknown as WebAssembly.MemoryDescriptor);
    return true;
  } catch {
    return false;
  }
}

/**
 * A browser that has every feature wllama's build needs, minus `lacking`. Validation refuses the
 * feature's module; memory creation refuses what the browser would refuse.
 */
function browser(lacking: { modules?: (keyof typeof FEATURE_MODULES)[]; memory64?: boolean; shared?: boolean } = {}): WasmApi {
  const refused = new Set<Uint8Array>((lacking.modules ?? []).map((k) => FEATURE_MODULES[k]));
  return {
    validate: (bytes) => !refused.has(bytes as Uint8Array),
    Memory: class {
      constructor(d: WebAssembly.MemoryDescriptor & { address?: string }) {
        if (d.address === 'i64' && lacking.memory64) throw new TypeError('Cannot convert a BigInt value to a number');
        if (d.shared && lacking.shared) throw new TypeError('WebAssembly.Memory(): shared memory is not available here');
      }
    },
  };
}

describe('cpuEngineGaps', () => {
  it('finds nothing missing in a browser that has all wllama’s build needs', () => {
    expect(cpuEngineGaps(browser(), true)).toEqual([]);
  });

  it('finds memory64 missing when 64-bit memory cannot be created, or a 64-bit table does not validate', () => {
    expect(cpuEngineGaps(browser({ memory64: true }), true)).toEqual(['memory64']);
    expect(cpuEngineGaps(browser({ modules: ['memory64'] }), true)).toEqual(['memory64']);
  });

  it('names each other missing feature', () => {
    expect(cpuEngineGaps(browser({ modules: ['simd', 'exceptions'] }), true)).toEqual(['simd', 'exceptions']);
    expect(cpuEngineGaps(browser({ modules: ['threads'] }), true)).toEqual(['shared-memory']);
  });

  it('tells a page that is not cross-origin isolated from a browser without shared memory', () => {
    expect(cpuEngineGaps(browser({ shared: true }), false)).toEqual(['isolation']);
    expect(cpuEngineGaps(browser({ shared: true }), true)).toEqual(['shared-memory']);
  });

  it('finds everything missing without WebAssembly', () => {
    expect(cpuEngineGaps(undefined, true)).toEqual(['memory64', 'simd', 'exceptions', 'shared-memory']);
  });

  it('uses modules a real engine reads as intended: SIMD, exceptions and threads validate; a 64-bit table exactly when memory64 exists', () => {
    expect(real.validate(FEATURE_MODULES.simd)).toBe(true);
    expect(real.validate(FEATURE_MODULES.exceptions)).toBe(true);
    expect(real.validate(FEATURE_MODULES.threads)).toBe(true);
    expect(real.validate(FEATURE_MODULES.memory64)).toBe(nodeHasMemory64());
    expect(cpuEngineGaps(real, true).includes('memory64')).toBe(!nodeHasMemory64());
  });
});

describe('probeDevice', () => {
  it('reports the CPU engine runnable only when nothing is missing, and says what is', async () => {
    expect(await probeDevice({ wasm: browser(), crossOriginIsolated: true })).toMatchObject({ wasmCpuEngine: true, cpuEngineGaps: [], webgpu: 'unsupported' });
    expect(await probeDevice({ wasm: browser({ memory64: true }), crossOriginIsolated: true })).toMatchObject({ wasmCpuEngine: false, cpuEngineGaps: ['memory64'] });
  });

  it('does not need JSPI (wllama runs its bundled build without it)', async () => {
    const withoutJspi = browser();
    expect('Suspending' in withoutJspi).toBe(false);
    expect((await probeDevice({ wasm: withoutJspi, crossOriginIsolated: true })).wasmCpuEngine).toBe(true);
  });
});
