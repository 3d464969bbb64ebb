import { describe, expect, it } from 'vitest';
import { DeltaBatcher, EngineHost, type LocalEngine } from './engine-host';
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

function setup(engine: LocalEngine = fakeEngine()) {
  const sent: FromWorker[] = [];
  const host = new EngineHost((m) => sent.push(m), async () => engine);
  return { host, sent, of: (id: string) => sent.filter((m) => m.id === id) };
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
