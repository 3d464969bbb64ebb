import { describe, expect, it } from 'vitest';
import { modelBase, shardUrls, summarize, type CachedFile } from './webllm-store';

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
});
