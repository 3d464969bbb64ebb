import type { CacheEntry } from '@wllama/wllama';
import { describe, expect, it } from 'vitest';
import { isWhole, summarize } from './wllama-store';

const url = 'https://models.example/tiny.gguf';
/** A cache entry as wllama lists it; without metadata it gets an empty URL and its own size. */
const entry = (size: number, recorded?: { url: string; size: number }): CacheEntry => ({
  name: `${'a'.repeat(40)}_tiny.gguf`,
  size,
  metadata: recorded ? { originalURL: recorded.url, originalSize: recorded.size, etag: '' } : { originalURL: '', originalSize: size, etag: '' },
});

describe('wllama store', () => {
  it('a file is whole only when wllama recorded its URL and size and the size matches', () => {
    expect(isWhole({ url, entry: entry(100, { url, size: 100 }) })).toBe(true);
    expect(isWhole({ url, entry: entry(60) })).toBe(false); // cut short: metadata is written at the end
    expect(isWhole({ url, entry: entry(60, { url, size: 100 }) })).toBe(false);
    expect(isWhole({ url })).toBe(false);
  });

  it('sums the shards of a model', () => {
    const second = 'https://models.example/tiny-00002-of-00002.gguf';
    expect(summarize([{ url, entry: entry(100, { url, size: 100 }) }])).toEqual({ state: 'complete', bytes: 100, expectedBytes: 100 });
    expect(summarize([{ url, entry: entry(60) }])).toEqual({ state: 'partial', bytes: 60 });
    expect(summarize([{ url, entry: entry(100, { url, size: 100 }) }, { url: second }])).toEqual({ state: 'partial', bytes: 100 });
    expect(summarize([{ url }])).toEqual({ state: 'absent', bytes: 0 });
  });
});
