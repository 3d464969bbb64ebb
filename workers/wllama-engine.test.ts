import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createWllama, WllamaEngine } from './wllama-engine';

/**
 * The browser wllama's CDN fallback was made for: JSPI, but no memory64. The real WebAssembly
 * namespace underneath, with `address: 'i64'` memories refused and JSPI's two names present.
 */
function jspiWithoutMemory64(): typeof WebAssembly {
  const real = globalThis.WebAssembly;
  class Memory32 extends real.Memory {
    constructor(descriptor: WebAssembly.MemoryDescriptor & { address?: string }) {
      if (descriptor.address === 'i64') throw new TypeError('WebAssembly.Memory(): memory64 is not supported');
      super(descriptor);
    }
  }
  const fake = Object.create(real) as typeof WebAssembly & Record<string, unknown>;
  return Object.assign(fake, { Memory: Memory32, Suspending: function Suspending() {}, promising: (fn: unknown) => fn });
}

describe('createWllama', () => {
  beforeEach(() => {
    vi.stubGlobal('self', { location: { href: 'https://app.example/assets/engine.worker-abc.js' } });
    // A Chrome in a worker: wllama looks for OPFS (its model cache) and for Firefox by name.
    vi.stubGlobal('navigator', {
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36',
      storage: { getDirectory: () => Promise.reject(new Error('no OPFS under Node')) },
    });
  });

  it('never takes wllama’s compatibility build from a CDN, even where wllama would (JSPI without memory64)', () => {
    vi.stubGlobal('WebAssembly', jspiWithoutMemory64());
    const resources = createWllama().getWorkerResources();
    expect(resources.compat).toBe(false);
    expect(resources.jsPath).toBeUndefined();
    expect(new URL(resources.wasmPath).origin).toBe('https://app.example');
    expect(resources.wasmPath).toMatch(/wllama\.wasm$/);
  });
});

describe('WllamaEngine.load', () => {
  it('refuses with the plain reason, before any download, where the bundled build cannot run', async () => {
    vi.stubGlobal('WebAssembly', jspiWithoutMemory64());
    const onProgress = vi.fn();
    const load = new WllamaEngine().load({ engine: 'wllama', id: 'tiny', url: 'https://m.example/t.gguf' }, onProgress, new AbortController().signal);
    await expect(load).rejects.toMatchObject({
      name: 'CpuEngineUnsupportedError',
      message: expect.stringMatching(/^This browser cannot run the on-device CPU model: it lacks WebAssembly memory64/),
    });
    expect(onProgress).not.toHaveBeenCalled();
  });
});
