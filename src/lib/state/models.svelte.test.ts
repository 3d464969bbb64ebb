import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineError, type LocalEngineClient } from '../engine/local-engine';
import type { StorageInventory, StoredModel, StoreRef } from '../engine/model-storage';
import { alerts } from './alerts.svelte';
import type { LocalModel } from './model.svelte';
import { describeStored, Models } from './models.svelte';

const tiny = { id: 'tiny', label: 'Sotto Tiny', engine: 'wllama', url: 'https://m/tiny.gguf' } as const;
const llama = { id: 'gpu', label: 'Llama 3.2 1B', engine: 'webllm', webllmId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' } as const;

const stored = (over: Partial<StoredModel>): StoredModel => ({
  modelId: 'tiny',
  engine: 'wllama',
  name: 'tiny.gguf',
  state: 'complete',
  bytes: 267488,
  ref: { engine: 'wllama', files: ['a_tiny.gguf'] },
  ...over,
});

/** A LocalModel double; `used` records the ids passed to `use`. `runs` says which models this device can run. */
function model(over: Partial<{ phase: string; ready: boolean; model: unknown }> = {}, runs = (_id: string) => true): LocalModel & { used: string[] } {
  const used: string[] = [];
  return {
    models: [tiny, llama],
    model: tiny,
    phase: 'ready',
    ready: true,
    used,
    verdict: (m: { id: string }) => (runs(m.id) ? { ok: true } : { ok: false, reason: 'no' }),
    use: async (id: string) => void used.push(id),
    ...over,
  } as unknown as LocalModel & { used: string[] };
}

/** The model host's answers to HEAD requests, recorded. */
function modelHost(sizes: Record<string, number>) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      asked.push(`${init?.method ?? 'GET'} ${url}`);
      const size = sizes[url];
      return size === undefined ? new Response(null, { status: 404 }) : new Response(null, { headers: { 'content-length': String(size) } });
    }),
  );
  return asked;
}

/** An engine client whose inventory is `inventories` in turn; records deletes, or fails them with `fail`. */
function engine(inventories: StorageInventory[], fail?: EngineError) {
  const deleted: StoreRef[] = [];
  let i = 0;
  const client = {
    async inventory() {
      return inventories[Math.min(i++, inventories.length - 1)]!;
    },
    async deleteModel(ref: StoreRef) {
      if (fail) throw fail;
      deleted.push(ref);
    },
  } as unknown as LocalEngineClient;
  return { client, deleted };
}

const before: StorageInventory = {
  models: [
    stored({}),
    stored({ modelId: 'gpu', engine: 'webllm', name: llama.webllmId, state: 'absent', bytes: 0, ref: { engine: 'webllm', urls: [] } }),
    stored({ modelId: null, name: 'old.gguf', bytes: 1024, ref: { engine: 'wllama', files: ['b_old.gguf'] } }),
  ],
  usage: 2 * 1024 * 1024,
  quota: 10 * 1024 * 1024,
};

beforeEach(() => {
  alerts.clear();
  modelHost({});
});

describe('Models', () => {
  it('lists each model with its label, engine, state and whether it is in use', async () => {
    const models = new Models(engine([before]).client, model());
    await models.refresh();
    expect(models.rows.map((r) => [r.label, r.engine, r.state, r.inUse, r.deletable])).toEqual([
      ['Sotto Tiny', 'CPU', 'Downloaded · 261 KB', true, true],
      ['Llama 3.2 1B', 'WebGPU', 'Not downloaded', false, false],
      ['old.gguf', 'CPU', 'Downloaded · 1.0 KB · not in the current configuration', false, true],
    ]);
  });

  it('deletes a model, says what happened, and lists again', async () => {
    const after = { ...before, models: [stored({ state: 'absent', bytes: 0, ref: { engine: 'wllama', files: [] } }), ...before.models.slice(1)], usage: 1024 };
    const { client, deleted } = engine([before, after]);
    const models = new Models(client, model({ ready: false, phase: 'failed' }));
    await models.refresh();
    await models.remove('tiny');
    expect(deleted).toEqual([{ engine: 'wllama', files: ['a_tiny.gguf'] }]);
    expect(models.result).toBe('Deleted Sotto Tiny (261 KB). It downloads again the next time it is used. Your conversations are kept.');
    expect(models.rows[0]?.state).toBe('Not downloaded');
    expect(models.inventory?.usage).toBe(1024);
  });

  it('shows what a model that is not here yet would download, asking the model host with HEAD only', async () => {
    const asked = modelHost({ 'https://m/sized.gguf': 5 * 1024 * 1024 });
    const sized = { ...tiny, url: 'https://m/sized.gguf' };
    const absent = { ...before, models: [stored({ state: 'absent', bytes: 0, ref: { engine: 'wllama', files: [] } }), before.models[1]!] };
    const models = new Models(engine([absent]).client, model({ models: [sized, { ...llama, size: 900 * 1024 * 1024 }], model: null, phase: 'failed', ready: false } as never));
    await models.refresh();
    expect(models.rows.map((r) => r.state)).toEqual(['Not downloaded · 5.0 MB to download', 'Not downloaded · 900 MB to download']);
    expect(asked).toEqual(['HEAD https://m/sized.gguf']);
  });

  it('offers "Choose" before the first download and "Use" afterwards, never for the current model, a leftover or one this device cannot run', async () => {
    const offering = model({ phase: 'awaiting', ready: false });
    const models = new Models(engine([before]).client, offering);
    await models.refresh();
    expect(models.rows.map((r) => [r.label, r.pick, r.chosen])).toEqual([
      ['Sotto Tiny', null, true],
      ['Llama 3.2 1B', 'Choose', false],
      ['old.gguf', null, false],
    ]);
    await models.choose('gpu');
    expect(offering.used).toEqual(['gpu']);

    const ready = new Models(engine([before]).client, model());
    await ready.refresh();
    expect(ready.rows.map((r) => [r.pick, r.chosen])).toEqual([[null, false], ['Use', false], [null, false]]);

    const noGpu = new Models(engine([before]).client, model({}, (id) => id !== 'gpu'));
    await noGpu.refresh();
    expect(noGpu.rows.map((r) => r.pick)).toEqual([null, null, null]);
  });

  it('says the model in use stays loaded after its files are deleted', async () => {
    const models = new Models(engine([before]).client, model());
    await models.refresh();
    await models.remove('tiny');
    expect(models.result).toMatch(/stays loaded until the page is reloaded or another model is chosen/);
  });

  it('explains a refused delete while a download runs, without an alert', async () => {
    const models = new Models(engine([before], new EngineError('ModelBusyError', 'busy')).client, model({ phase: 'downloading', ready: false, model: tiny }));
    await models.refresh();
    expect(models.rows.map((r) => [r.state, r.busy])).toEqual([
      ['Downloading now…', true],
      ['Not downloaded', false],
      ['Downloaded · 1.0 KB · not in the current configuration', true],
    ]);
    await models.remove('wllama:b_old.gguf');
    expect(models.result).toBe('old.gguf cannot be deleted while a model is downloading or loading. Try again when it is ready.');
    expect(alerts.list).toEqual([]);
  });
});

describe('describeStored', () => {
  it('describes an interrupted download and how it is repaired', () => {
    expect(describeStored(stored({ state: 'partial', bytes: 1024 * 100, expectedBytes: 267488 }))).toBe(
      'Incomplete download — repaired when it next loads · 100 KB of 261 KB',
    );
    expect(describeStored(stored({ modelId: null, state: 'partial', bytes: 2048 }))).toBe('Incomplete download · not in the current configuration · 2.0 KB');
  });
});
