import { describe, expect, it, vi } from 'vitest';
import { EngineHost, type LocalEngine } from '../../../workers/engine-host';
import type { FromWorker, ToWorker } from '../../../workers/protocol';
import { LocalEngineClient, type WorkerLike } from './local-engine';
import type { Delta } from './types';

/** A Worker double that runs a real EngineHost in-process, with messages delivered asynchronously. */
class InProcessWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  terminated = false;
  received: ToWorker[] = [];
  readonly host: EngineHost;

  constructor(engine: LocalEngine) {
    this.host = new EngineHost((msg) => this.emit(msg), async () => engine);
  }
  postMessage(msg: ToWorker): void {
    this.received.push(msg);
    setTimeout(() => !this.terminated && this.host.handle(msg), 0);
  }
  emit(msg: FromWorker): void {
    setTimeout(() => !this.terminated && this.onmessage?.({ data: msg } as MessageEvent<FromWorker>), 0);
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function slowEngine(reply: string): LocalEngine {
  return {
    async load(s) {
      return { modelId: s.id, engine: s.engine, detail: 'test' };
    },
    async generate(_m, _o, onText, signal) {
      let n = 0;
      for (const ch of reply) {
        if (signal.aborted) break;
        await new Promise((r) => setTimeout(r, 2));
        onText(ch);
        n++;
      }
      return { tokens: n, decodeMs: n * 2, tokensPerSecond: 500, finish: 'stop' };
    },
    async unload() {},
  };
}

const spec = { engine: 'wllama', id: 'tiny', url: 'https://m.example/t.gguf' } as const;

async function collect(stream: AsyncIterable<Delta>, stopAfter?: { chars: number; controller: AbortController }) {
  let text = '';
  try {
    for await (const d of stream) {
      if (d.type === 'text') text += d.text;
      if (stopAfter && text.length >= stopAfter.chars) stopAfter.controller.abort();
    }
  } catch (err) {
    return { text, error: err as Error };
  }
  return { text, error: null };
}

describe('LocalEngineClient', () => {
  it('starts the worker only when first needed', async () => {
    let spawned = 0;
    const client = new LocalEngineClient(() => {
      spawned++;
      return new InProcessWorker(slowEngine('ok'));
    });
    expect(spawned).toBe(0);
    await client.load(spec, () => {}, new AbortController().signal);
    expect(spawned).toBe(1);
  });

  it('streams a reply and its stats', async () => {
    const client = new LocalEngineClient(() => new InProcessWorker(slowEngine('hello')));
    await client.load(spec, () => {}, new AbortController().signal);
    const deltas: Delta[] = [];
    for await (const d of client.generate([{ role: 'user', content: 'hi' }], {}, new AbortController().signal)) deltas.push(d);
    expect(deltas.filter((d) => d.type === 'text').map((d) => (d.type === 'text' ? d.text : '')).join('')).toBe('hello');
    expect(deltas.at(-1)).toMatchObject({ type: 'stats', stats: { tokens: 5 } });
  });

  it('stops on abort, tells the worker, and drops late deltas; the next reply works', async () => {
    let worker!: InProcessWorker;
    const client = new LocalEngineClient(() => (worker = new InProcessWorker(slowEngine('abcdefghijklmnopqrstuvwxyz'))));
    await client.load(spec, () => {}, new AbortController().signal);
    const controller = new AbortController();
    const first = await collect(client.generate([], {}, controller.signal), { chars: 3, controller });
    expect(first.error?.name).toBe('AbortError');
    expect(first.text.length).toBeLessThan(26);
    expect(worker.received.some((m) => m.type === 'abort')).toBe(true);
    const second = await collect(client.generate([], {}, new AbortController().signal));
    expect(second).toEqual({ text: 'abcdefghijklmnopqrstuvwxyz', error: null });
  });

  it('ignores results for a request it no longer waits for', async () => {
    let worker!: InProcessWorker;
    const client = new LocalEngineClient(() => (worker = new InProcessWorker(slowEngine('abc'))));
    await client.load(spec, () => {}, new AbortController().signal);
    const stream = client.generate([], {}, new AbortController().signal);
    const result = collect(stream);
    // A stale delta for an old request id must not leak into this reply.
    worker.emit({ id: 'r999', type: 'delta', text: 'LATE' });
    expect((await result).text).toBe('abc');
  });

  it('turns a worker crash into an error, then starts a fresh worker', async () => {
    const workers: InProcessWorker[] = [];
    const client = new LocalEngineClient(() => {
      const w = new InProcessWorker(slowEngine('abcdefghij'));
      workers.push(w);
      return w;
    });
    await client.load(spec, () => {}, new AbortController().signal);
    const pending = collect(client.generate([], {}, new AbortController().signal));
    setTimeout(() => workers[0]!.crash('out of memory'), 5);
    const { error } = await pending;
    expect(error?.name).toBe('WorkerCrashError');
    expect(workers[0]!.terminated).toBe(true);
    await client.load(spec, () => {}, new AbortController().signal);
    expect(workers).toHaveLength(2);
  });

  it('answers an inventory while a reply streams, and deletes', async () => {
    const client = new LocalEngineClient(() => new InProcessWorker(slowEngine('abcdefghijklmnopqrstuvwxyz')));
    await client.load(spec, () => {}, new AbortController().signal);
    let streamed = '';
    const reply = (async () => {
      for await (const d of client.generate([], {}, new AbortController().signal)) if (d.type === 'text') streamed += d.text;
    })();
    await new Promise((r) => setTimeout(r, 10));
    const inventory = await client.inventory([spec], new AbortController().signal);
    expect(inventory).toEqual({ models: [], usage: 0, quota: 0 });
    expect(streamed.length).toBeLessThan(26);
    await reply;
    expect(streamed).toBe('abcdefghijklmnopqrstuvwxyz');
    await expect(client.deleteModel({ engine: 'webllm', urls: [] }, new AbortController().signal)).resolves.toBeUndefined();
  });

  it('asks the worker for a model’s download size (the worker asks the host)', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url.endsWith('t.gguf') ? new Response(null, { headers: { 'content-length': '4321' } }) : new Response(null, { status: 404 }))));
    const workers: InProcessWorker[] = [];
    const client = new LocalEngineClient(() => {
      const w = new InProcessWorker(slowEngine(''));
      workers.push(w);
      return w;
    });
    expect(await client.modelSize('https://m.example/t.gguf', new AbortController().signal)).toBe(4321);
    expect(await client.modelSize('https://m.example/missing.gguf', new AbortController().signal)).toBeNull();
    expect(workers[0]!.received.map((m) => m.type)).toEqual(['size', 'size']);
  });

  it('rejects a load aborted by the caller', async () => {
    const client = new LocalEngineClient(() => new InProcessWorker(slowEngine('')));
    const controller = new AbortController();
    const loading = client.load(spec, () => {}, controller.signal);
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
