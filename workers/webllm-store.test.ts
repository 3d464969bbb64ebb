import { afterEach, describe, expect, it, vi } from 'vitest';
import { contextWindowOf, modelBase, shardUrls, summarize, windowOf, type CachedFile } from './webllm-store';

const base = 'https://huggingface.co/mlc-ai/Tiny-MLC/resolve/main/';
const manifestUrl = `${base}tensor-cache.json`;
const manifest = { records: [{ dataPath: 'params_shard_0.bin', nbytes: 300 }, { dataPath: 'params_shard_1.bin', nbytes: 200 }] };
const file = (name: string, bytes: number, scope: CachedFile['scope'] = 'webllm/model'): CachedFile => ({ scope, url: new URL(name, base).href, bytes });

describe('web-llm store', () => {
  it('resolves a model URL the way web-llm does', () => {
    expect(modelBase('https://huggingface.co/mlc-ai/Tiny-MLC')).toBe(base);
    expect(modelBase('https://mirror.example/models/tiny/resolve/v1/')).toBe('https://mirror.example/models/tiny/resolve/v1/');
    expect(shardUrls(manifestUrl, manifest)).toEqual([`${base}params_shard_0.bin`, `${base}params_shard_1.bin`]);
  });

  it('is complete only when every shard of tensor-cache.json is cached', () => {
    const all = [file('mlc-chat-config.json', 1, 'webllm/config'), file('tensor-cache.json', 2), file('params_shard_0.bin', 300), file('params_shard_1.bin', 200)];
    expect(summarize(all, manifestUrl, manifest)).toEqual({ state: 'complete', bytes: 503, expectedBytes: 500 });
    expect(summarize(all.slice(0, 3), manifestUrl, manifest)).toEqual({ state: 'partial', bytes: 303, expectedBytes: 500 });
  });

  it('calls files without a cached manifest an interrupted download, and no files absent', () => {
    expect(summarize([file('mlc-chat-config.json', 1, 'webllm/config')], manifestUrl, null)).toEqual({ state: 'partial', bytes: 1 });
    expect(summarize([], manifestUrl, manifest)).toEqual({ state: 'absent', bytes: 0 });
  });

  it('reads the context window from a chat config or a record\'s overrides, the sliding window when there is no fixed one', () => {
    expect(windowOf({ context_window_size: 8192, sliding_window_size: -1 })).toBe(8192);
    expect(windowOf({ context_window_size: -1, sliding_window_size: 4096 })).toBe(4096);
    expect(windowOf({ context_window_size: 0 })).toBeUndefined();
    expect(windowOf({ context_window_size: '2048' })).toBeUndefined();
    expect(windowOf(null)).toBeUndefined();
  });

  describe('the window web-llm loaded a model with', () => {
    afterEach(() => vi.unstubAllGlobals());
    const record = { model: 'https://mirror.example/models/tiny', model_id: 'Tiny-MLC', model_lib: 'https://mirror.example/tiny.wasm' };
    const cacheHolding = (url: string, body: unknown) => ({
      has: async (scope: string) => scope === 'webllm/config',
      open: async () => ({ match: async (u: string) => (u === url ? new Response(JSON.stringify(body)) : undefined) }),
    });

    it("is the record's override when it sets one", async () => {
      vi.stubGlobal('caches', cacheHolding('', {}));
      expect(await contextWindowOf({ ...record, overrides: { context_window_size: 2048 } })).toBe(2048);
    });

    it('is otherwise the cached mlc-chat-config.json, and unknown when nothing is cached', async () => {
      vi.stubGlobal('caches', cacheHolding('https://mirror.example/models/tiny/resolve/main/mlc-chat-config.json', { context_window_size: 32768 }));
      expect(await contextWindowOf(record)).toBe(32768);
      vi.stubGlobal('caches', cacheHolding('https://elsewhere.example/', {}));
      expect(await contextWindowOf(record)).toBeUndefined();
    });
  });
});
