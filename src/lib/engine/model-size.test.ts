import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelEntry } from '../config/config';
import { askSizesThrough, downloadSize, ggufShards, ggufSize } from './model-size';

/** A model host that answers HEAD with a Content-Length per URL (404 otherwise); records each request. */
function modelHost(sizes: Record<string, number | null>) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      asked.push(`${init?.method ?? 'GET'} ${url}`);
      if (!(url in sizes)) return new Response(null, { status: 404 });
      const size = sizes[url];
      return new Response(null, { headers: size === null ? {} : { 'content-length': String(size) } });
    }),
  );
  return asked;
}

const signal = new AbortController().signal;
const gguf = (url: string, over: Partial<ModelEntry> = {}): ModelEntry => ({ id: 'm', label: 'M', engine: 'wllama', url, ...over }) as ModelEntry;

describe('downloadSize', () => {
  it('takes the size from the config first, asking no one', async () => {
    const asked = modelHost({});
    expect(await downloadSize(gguf('https://m.example/a.gguf', { size: 1234 }), signal)).toBe(1234);
    expect(await downloadSize({ id: 'g', label: 'G', engine: 'webllm', webllmId: 'X-MLC', size: 99 }, signal)).toBe(99);
    expect(asked).toEqual([]);
  });

  it('asks the model host for a GGUF with HEAD, adding up the shards of a split model', async () => {
    const asked = modelHost({ 'https://m.example/q-00001-of-00002.gguf?v=1': 1000, 'https://m.example/q-00002-of-00002.gguf?v=1': 234 });
    expect(await downloadSize(gguf('https://m.example/q-00001-of-00002.gguf?v=1'), signal)).toBe(1234);
    expect(asked).toEqual(['HEAD https://m.example/q-00001-of-00002.gguf?v=1', 'HEAD https://m.example/q-00002-of-00002.gguf?v=1']);
  });

  it('is unknown when the host does not answer, or a shard has no length', async () => {
    modelHost({ 'https://m.example/r-00001-of-00002.gguf': 10, 'https://m.example/r-00002-of-00002.gguf': null });
    expect(await downloadSize(gguf('https://m.example/missing.gguf'), signal)).toBeNull();
    expect(await downloadSize(gguf('https://m.example/r-00001-of-00002.gguf'), signal)).toBeNull();
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await downloadSize(gguf('https://m.example/offline.gguf'), signal)).toBeNull();
  });

  it('is unknown for a web-llm model without a size in the config, and contacts no host for it', async () => {
    const asked = modelHost({});
    expect(await downloadSize({ id: 'g', label: 'G', engine: 'webllm', webllmId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' }, signal)).toBeNull();
    expect(asked).toEqual([]);
  });

  it('asks the host once per model URL', async () => {
    const asked = modelHost({ 'https://m.example/once.gguf': 7 });
    await downloadSize(gguf('https://m.example/once.gguf'), signal);
    expect(await downloadSize(gguf('https://m.example/once.gguf'), signal)).toBe(7);
    expect(asked).toHaveLength(1);
  });
});

describe('askSizesThrough', () => {
  afterEach(() => askSizesThrough(ggufSize));

  it('sends every look-up through the given source (the engine worker, in the app); the page asks no host itself', async () => {
    const asked = modelHost({ 'https://m.example/routed.gguf': 5 });
    const source = vi.fn(async (url: string) => (url.endsWith('routed.gguf') ? 99 : null));
    askSizesThrough(source);
    expect(await downloadSize(gguf('https://m.example/routed.gguf'), signal)).toBe(99);
    expect(await downloadSize(gguf('https://m.example/other.gguf'), signal)).toBeNull();
    expect(source.mock.calls.map((c) => c[0])).toEqual(['https://m.example/routed.gguf', 'https://m.example/other.gguf']);
    expect(asked).toEqual([]);
  });

  it('is unknown, not an error, when the source fails (the worker crashed)', async () => {
    askSizesThrough(() => Promise.reject(new Error('The on-device engine stopped unexpectedly.')));
    expect(await downloadSize(gguf('https://m.example/crash.gguf'), signal)).toBeNull();
  });
});

describe('ggufShards', () => {
  it('expands a first shard into every shard, as wllama does', () => {
    expect(ggufShards('https://m/x.gguf')).toEqual(['https://m/x.gguf']);
    expect(ggufShards('https://m/x-00001-of-00003.gguf')).toEqual(['https://m/x-00001-of-00003.gguf', 'https://m/x-00002-of-00003.gguf', 'https://m/x-00003-of-00003.gguf']);
  });
});
