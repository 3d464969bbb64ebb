import { describe, expect, it, vi } from 'vitest';
import type { StoredModel } from '../src/lib/engine/model-storage';
import { DeltaBatcher, EngineHost, type LocalEngine } from './engine-host';
import type { DownloadPlan, ModelStore, StorageAccess } from './model-store';
import type { FromWorker, ModelSpec } from './protocol';

const spec: ModelSpec = { engine: 'wllama', id: 'tiny', url: 'https://models.example/tiny.gguf' };

/** An engine that streams the letters of `reply`, one per macrotask, and honours the signal. */
function fakeEngine(reply = 'abcdef', overrides: Partial<LocalEngine> = {}): LocalEngine & { unloaded: number } {
  const engine = {
    unloaded: 0,
    async load(s: ModelSpec, onProgress: Parameters<LocalEngine['load']>[1]) {
      onProgress({ phase: 'download', loaded: 5, total: 10, unit: 'bytes' });
      onProgress({ phase: 'load', unit: 'bytes' });
      return { modelId: s.id, engine: s.engine, detail: '1 CPU thread' };
    },
    async generate(_m: unknown, _o: unknown, onText: (t: string) => void, signal: AbortSignal) {
      let n = 0;
      for (const ch of reply) {
        if (signal.aborted) break;
        await new Promise((r) => setTimeout(r, 1));
        onText(ch);
        n++;
      }
      return { tokens: n, decodeMs: n, tokensPerSecond: 1000, finish: 'stop' as const };
    },
    async unload() {
      engine.unloaded++;
    },
    ...overrides,
  };
  return engine;
}

function setup(engine: LocalEngine = fakeEngine(), storage?: StorageAccess) {
  const sent: FromWorker[] = [];
  const host = new EngineHost((m) => sent.push(m), async () => engine, storage);
  return { host, sent, of: (id: string) => sent.filter((m) => m.id === id) };
}

const stored = (over: Partial<StoredModel>): StoredModel => ({
  modelId: 'tiny',
  engine: 'wllama',
  name: 'tiny.gguf',
  state: 'complete',
  bytes: 100,
  ref: { engine: 'wllama', files: ['abc_tiny.gguf'] },
  ...over,
});

/** Stores that hold `models` (per engine) and plan `plan`; records what was removed. */
function fakeStorage(opts: { models?: StoredModel[]; plan?: DownloadPlan | Error; usage?: number; quota?: number } = {}) {
  const removed: unknown[] = [];
  const store = (engine: ModelSpec['engine']): ModelStore => ({
    async inventory(specs) {
      const mine = (opts.models ?? []).filter((m) => m.engine === engine);
      return [...mine.filter((m) => m.modelId === null), ...specs.map((s) => mine.find((m) => m.modelId === s.id) ?? stored({ modelId: s.id, engine, state: 'absent', bytes: 0 }))];
    },
    async plan() {
      if (opts.plan instanceof Error) throw opts.plan;
      return opts.plan ?? { state: 'complete', neededBytes: 0, replacedBytes: 0 };
    },
    async remove(ref) {
      removed.push(ref);
    },
  });
  const access: StorageAccess = { store: async (engine) => store(engine), estimate: async () => ({ usage: opts.usage ?? 0, quota: opts.quota ?? 1e9 }) };
  return { access, removed };
}

describe('EngineHost', () => {
  it('reports progress, then loaded', async () => {
    const { host, of } = setup();
    host.handle({ id: 'a', type: 'load', model: spec });
    await host.idle();
    expect(of('a').map((m) => m.type)).toEqual(['progress', 'progress', 'loaded']);
  });

  it('streams deltas and ends with stats', async () => {
    const { host, of } = setup(fakeEngine('xyz'));
    host.handle({ id: 'l', type: 'load', model: spec });
    host.handle({ id: 'g', type: 'generate', messages: [{ role: 'user', content: 'hi' }], options: {} });
    await host.idle();
    const msgs = of('g');
    expect(msgs.filter((m) => m.type === 'delta').map((m) => (m.type === 'delta' ? m.text : '')).join('')).toBe('xyz');
    expect(msgs.at(-1)).toMatchObject({ type: 'done', stats: { tokens: 3 } });
  });

  it('stops a reply on abort, and the next reply still works', async () => {
    const { host, of } = setup(fakeEngine('abcdefghijklmnopqrstuvwxyz'));
    host.handle({ id: 'l', type: 'load', model: spec });
    host.handle({ id: 'g1', type: 'generate', messages: [], options: {} });
    host.handle({ id: 'g2', type: 'generate', messages: [], options: {} });
    await new Promise((r) => setTimeout(r, 8));
    host.handle({ id: 'g1', type: 'abort' });
    await host.idle();
    const first = of('g1');
    expect(first.at(-1)).toMatchObject({ type: 'error', name: 'AbortError' });
    expect(first.filter((m) => m.type === 'delta').length).toBeLessThan(26);
    expect(of('g2').at(-1)).toMatchObject({ type: 'done', stats: { tokens: 26 } });
  });

  it('refuses to generate before a model is loaded', async () => {
    const { host, of } = setup();
    host.handle({ id: 'g', type: 'generate', messages: [], options: {} });
    await host.idle();
    expect(of('g')).toEqual([{ id: 'g', type: 'error', name: 'ModelNotLoadedError', message: 'No model is loaded yet.' }]);
  });

  it('names a library failure and frees the half-loaded engine', async () => {
    const engine = fakeEngine('', {
      load: () => Promise.reject('CompileError: WebAssembly.Module(): expected magic word 00 61 73 6d'),
    });
    const { host, of } = setup(engine);
    host.handle({ id: 'l', type: 'load', model: spec });
    await host.idle();
    expect(of('l').at(-1)).toMatchObject({ type: 'error', name: 'CompileError' });
    expect(engine.unloaded).toBe(1);
  });

  it('unloads the previous engine before loading another model', async () => {
    const engine = fakeEngine();
    const { host } = setup(engine);
    host.handle({ id: 'a', type: 'load', model: spec });
    host.handle({ id: 'b', type: 'load', model: { ...spec, id: 'other' } });
    await host.idle();
    expect(engine.unloaded).toBe(1);
  });
});

describe('EngineHost storage requests', () => {
  const gguf = (id: string): ModelSpec => ({ engine: 'wllama', id, url: `https://models.example/${id}.gguf` });

  it('answers an inventory while a reply is still streaming', async () => {
    const { access } = fakeStorage({ models: [stored({})] });
    const { host, sent } = setup(fakeEngine('abcdefghijklmnopqrstuvwxyz'), access);
    host.handle({ id: 'l', type: 'load', model: spec });
    host.handle({ id: 'g', type: 'generate', messages: [], options: {} });
    await new Promise((r) => setTimeout(r, 5));
    host.handle({ id: 'i', type: 'inventory', models: [spec] });
    await host.idle();
    const order = sent.filter((m) => m.type === 'inventory' || m.type === 'done').map((m) => m.type);
    expect(order).toEqual(['inventory', 'done']);
  });

  it('lists the configured models in config order, then the leftovers, with usage and quota', async () => {
    const leftover = stored({ modelId: null, name: 'old.gguf', ref: { engine: 'wllama', files: ['x_old.gguf'] } });
    const { access } = fakeStorage({ models: [stored({ modelId: 'b' }), leftover], usage: 5, quota: 50 });
    const { host, of } = setup(fakeEngine(), access);
    host.handle({ id: 'i', type: 'inventory', models: [gguf('a'), gguf('b')] });
    await host.idle();
    const [msg] = of('i');
    expect(msg?.type).toBe('inventory');
    if (msg?.type !== 'inventory') return;
    expect(msg.inventory.models.map((m) => [m.modelId ?? m.name, m.state])).toEqual([
      ['a', 'absent'],
      ['b', 'complete'],
      ['old.gguf', 'complete'],
    ]);
    expect([msg.inventory.usage, msg.inventory.quota]).toEqual([5, 50]);
  });

  it('deletes while a reply streams, and the loaded model keeps answering', async () => {
    const { access, removed } = fakeStorage();
    const { host, of } = setup(fakeEngine('xyz'), access);
    host.handle({ id: 'l', type: 'load', model: spec });
    await host.idle();
    host.handle({ id: 'g', type: 'generate', messages: [], options: {} });
    host.handle({ id: 'd', type: 'deleteModel', ref: { engine: 'wllama', files: ['abc_tiny.gguf'] } });
    await host.idle();
    expect(of('d')).toEqual([{ id: 'd', type: 'deleted' }]);
    expect(removed).toEqual([{ engine: 'wllama', files: ['abc_tiny.gguf'] }]);
    expect(of('g').at(-1)).toMatchObject({ type: 'done', stats: { tokens: 3 } });
  });

  it('refuses to delete files of the engine that is downloading right now', async () => {
    let finish = () => {};
    const engine = fakeEngine('', { load: (s) => new Promise((resolve) => (finish = () => resolve({ modelId: s.id, engine: s.engine, detail: '' }))) });
    const { access, removed } = fakeStorage();
    const { host, of } = setup(engine, access);
    host.handle({ id: 'l', type: 'load', model: spec });
    await new Promise((r) => setTimeout(r, 1));
    host.handle({ id: 'd', type: 'deleteModel', ref: { engine: 'wllama', files: ['abc_tiny.gguf'] } });
    host.handle({ id: 'w', type: 'deleteModel', ref: { engine: 'webllm', urls: ['https://x/'] } });
    await new Promise((r) => setTimeout(r, 1));
    finish();
    await host.idle();
    expect(of('d')).toEqual([{ id: 'd', type: 'error', name: 'ModelBusyError', message: 'A model is downloading or loading right now.' }]);
    expect(of('w')).toEqual([{ id: 'w', type: 'deleted' }]);
    expect(removed).toEqual([{ engine: 'webllm', urls: ['https://x/'] }]);
  });
});

describe('EngineHost free-space check and repair', () => {
  it('refuses a download that will not fit before the engine downloads anything, keeping the loaded model', async () => {
    let loads = 0;
    const engine = fakeEngine('ok', { load: async (s) => (loads++, { modelId: s.id, engine: s.engine, detail: '' }) });
    const opts: Parameters<typeof fakeStorage>[0] = { usage: 900, quota: 1000 };
    const { host, of } = setup(engine, fakeStorage(opts).access);
    host.handle({ id: 'first', type: 'load', model: spec });
    await host.idle();
    opts.plan = { state: 'absent', neededBytes: 500, replacedBytes: 0 };
    host.handle({ id: 'l', type: 'load', model: { ...spec, id: 'big' } });
    host.handle({ id: 'g', type: 'generate', messages: [], options: {} });
    await host.idle();
    expect(of('l')).toEqual([{ id: 'l', type: 'error', name: 'InsufficientStorageError', message: '500 bytes needed, 100 bytes free.' }]);
    expect(loads).toBe(1);
    expect(engine.unloaded).toBe(0);
    expect(of('g').at(-1)).toMatchObject({ type: 'done' });
  });

  it('counts the broken copy a repair replaces as free space', async () => {
    const { access } = fakeStorage({ plan: { state: 'partial', neededBytes: 500, replacedBytes: 450 }, usage: 900, quota: 1000 });
    const { host, of } = setup(fakeEngine(), access);
    host.handle({ id: 'l', type: 'load', model: spec });
    await host.idle();
    expect(of('l').at(-1)?.type).toBe('loaded');
  });

  it('tells the main thread that a partial copy is being repaired', async () => {
    const { access } = fakeStorage({ plan: { state: 'partial', neededBytes: 10, replacedBytes: 4 } });
    const { host, of } = setup(fakeEngine(), access);
    host.handle({ id: 'l', type: 'load', model: spec });
    await host.idle();
    const progress = of('l').filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((m) => m.type === 'progress' && m.progress.repair === true)).toBe(true);
    expect(of('l').at(-1)?.type).toBe('loaded');
  });

  it('loads as usual when the store cannot tell what is needed', async () => {
    const { access } = fakeStorage({ plan: new Error('OPFS is broken') });
    const { host, of } = setup(fakeEngine(), access);
    host.handle({ id: 'l', type: 'load', model: spec });
    await host.idle();
    expect(of('l').map((m) => m.type)).toEqual(['progress', 'progress', 'loaded']);
  });
});

describe('DeltaBatcher', () => {
  it('posts the first piece at once and joins the rest of a burst', async () => {
    const posts: string[] = [];
    const batcher = new DeltaBatcher((t) => posts.push(t), 16);
    batcher.add('a', 0);
    batcher.add('b', 1);
    batcher.add('c', 2);
    expect(posts).toEqual(['a']);
    await new Promise((r) => setTimeout(r, 30));
    expect(posts).toEqual(['a', 'bc']);
  });

  it('flushes what is pending on demand, and never posts empty text', () => {
    const posts: string[] = [];
    const batcher = new DeltaBatcher((t) => posts.push(t), 16);
    batcher.add('x', 0);
    batcher.add('y', 5);
    batcher.flush(6);
    batcher.flush(7);
    expect(posts).toEqual(['x', 'y']);
  });
});

describe('EngineHost size requests', () => {
  it('asks the model host with HEAD for every shard, from the worker, and answers while a reply streams', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        asked.push(`${init?.method ?? 'GET'} ${url}`);
        return new Response(null, { headers: { 'content-length': url.includes('00001') ? '1000' : '234' } });
      }),
    );
    const { host, sent } = setup(fakeEngine('abcdefghijklmnopqrstuvwxyz'));
    host.handle({ id: 'l', type: 'load', model: spec });
    host.handle({ id: 'g', type: 'generate', messages: [], options: {} });
    await new Promise((r) => setTimeout(r, 5));
    host.handle({ id: 's', type: 'size', url: 'https://models.example/q-00001-of-00002.gguf' });
    await host.idle();
    expect(sent.filter((m) => m.type === 'size' || m.type === 'done')).toEqual([
      { id: 's', type: 'size', bytes: 1234 },
      expect.objectContaining({ id: 'g', type: 'done' }),
    ]);
    expect(asked).toEqual(['HEAD https://models.example/q-00001-of-00002.gguf', 'HEAD https://models.example/q-00002-of-00002.gguf']);
  });

  it('answers null when the host does not say, and stops asking on abort', async () => {
    const seen: AbortSignal[] = [];
    const measure = (url: string, signal: AbortSignal) => {
      seen.push(signal);
      if (url.endsWith('unsized.gguf')) return Promise.resolve(null);
      return new Promise<number | null>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('Stopped.', 'AbortError'))));
    };
    const sent: FromWorker[] = [];
    const host = new EngineHost((m) => sent.push(m), async () => fakeEngine(), undefined, measure);
    host.handle({ id: 'a', type: 'size', url: 'https://models.example/unsized.gguf' });
    host.handle({ id: 'b', type: 'size', url: 'https://models.example/slow.gguf' });
    host.handle({ id: 'b', type: 'abort' });
    await host.idle();
    expect(sent).toEqual([
      { id: 'a', type: 'size', bytes: null },
      { id: 'b', type: 'error', name: 'AbortError', message: 'Stopped.' },
    ]);
    expect(seen[1]!.aborted).toBe(true);
  });
});
