import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelEntry } from '../config/config';
import * as db from '../db/db';
import type { LocalEngineClient } from '../engine/local-engine';
import type { StoredState } from '../engine/model-storage';
import type { DeviceCaps } from '../engine/probe';
import type { LoadProgress } from '../engine/types';
import type { ModelSpec } from '../../../workers/protocol';
import { alerts } from './alerts.svelte';
import { LocalModel } from './model.svelte';
import { offline } from './offline.svelte';

const tiny: ModelEntry = { id: 'tiny', label: 'Sotto Tiny', engine: 'wllama', url: 'https://models.example/tiny.gguf' };
const other: ModelEntry = { id: 'other', label: 'Other Tiny', engine: 'wllama', url: 'https://models.example/other.gguf', size: 300 * 1024 * 1024 };
const gpu: ModelEntry = { id: 'gpu', label: 'Llama 3.2 1B', engine: 'webllm', webllmId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' };

const cpuOnly: DeviceCaps = {
  webgpu: 'no-adapter',
  shaderF16: false,
  maxBufferSize: 0,
  maxStorageBufferBindingSize: 0,
  adapter: '',
  deviceMemoryGB: 8,
  wasmCpuEngine: true,
  cores: 4,
};

/** An engine client whose device holds `stored`; records what was loaded, and loads at once. */
function engine(stored: Record<string, StoredState>, inventoryFails = false) {
  const loaded: string[] = [];
  const client = {
    async inventory(specs: ModelSpec[]) {
      if (inventoryFails) throw new Error('no OPFS');
      return {
        models: specs.map((s) => ({ modelId: s.id, engine: s.engine, name: s.id, state: stored[s.id] ?? 'absent', bytes: 0, ref: { engine: 'wllama', files: [] } })),
        usage: 0,
        quota: 0,
      };
    },
    async load(spec: ModelSpec, onProgress: (p: LoadProgress) => void) {
      loaded.push(spec.id);
      onProgress({ phase: 'download', loaded: 1, total: 2, unit: 'bytes' });
      return { modelId: spec.id, engine: spec.engine, detail: '4 CPU threads' };
    },
  } as unknown as LocalEngineClient;
  return { client, loaded };
}

/** The model host's answers to HEAD requests (Content-Length per URL), recorded. */
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

/** `navigator.storage` with a recorded `persist()`. */
function browserStorage() {
  const persist = vi.fn(async () => true);
  vi.stubGlobal('navigator', { onLine: true, storage: { persist, persisted: async () => false, estimate: async () => ({ usage: 0, quota: 0 }) } });
  return persist;
}

beforeEach(() => {
  db.useDatabase(`model-${Math.random()}`);
  alerts.clear();
});

describe('LocalModel, first visit', () => {
  it('asks before downloading: shows the model and its size, and nothing loads or asks to persist until the user says so', async () => {
    const asked = modelHost({ [tiny.url]: 267_488 });
    const persist = browserStorage();
    const { client, loaded } = engine({});
    const model = new LocalModel(client);
    await model.start([tiny, other], cpuOnly);
    expect(model.phase).toBe('awaiting');
    expect(model.model).toBe(tiny);
    expect(model.downloadSize).toBe(267_488);
    expect(model.statusText).toBe('Sotto Tiny needs a one-time download of 261 KB before you can chat.');
    expect(model.waitingReason).toBe('You can send once Sotto Tiny is downloaded to this device: press "Download Sotto Tiny".');
    expect(model.alternatives).toEqual([other]);
    expect(asked).toEqual([`HEAD ${tiny.url}`]);
    expect(loaded).toEqual([]);
    expect(persist).not.toHaveBeenCalled();

    await model.download();
    expect(loaded).toEqual(['tiny']);
    expect(model.phase).toBe('ready');
    await vi.waitFor(() => expect(persist).toHaveBeenCalledOnce());
    expect(model.waitingReason).toBe('');
  });

  it('says the size is unknown when neither the config nor the model host tells it', async () => {
    modelHost({});
    const model = new LocalModel(engine({}).client);
    await model.start([{ ...tiny, url: 'https://models.example/unsized.gguf' }], cpuOnly);
    expect(model.downloadSize).toBeNull();
    expect(model.statusText).toBe('Sotto Tiny needs a one-time download (size unknown) before you can chat.');
  });

  it('choosing another model first changes the offer (with the size from the config, no request), and downloads nothing', async () => {
    const asked = modelHost({ [tiny.url]: 1000 });
    const { client, loaded } = engine({});
    const model = new LocalModel(client);
    await model.start([tiny, other], cpuOnly);
    asked.length = 0;
    await model.use('other');
    expect(model.phase).toBe('awaiting');
    expect(model.model).toBe(other);
    expect(model.downloadSize).toBe(300 * 1024 * 1024);
    expect(asked).toEqual([]);
    expect(loaded).toEqual([]);
    expect(await db.getSetting('preferredModel')).toBe('other');
    await model.download();
    expect(loaded).toEqual(['other']);
  });

  it('choosing a model that is already on this device loads it', async () => {
    modelHost({});
    const stored: Record<string, StoredState> = {};
    const { client, loaded } = engine(stored);
    const model = new LocalModel(client);
    await model.start([tiny, other], cpuOnly);
    expect(model.phase).toBe('awaiting');
    stored.other = 'complete'; // downloaded in another tab meanwhile
    await model.use('other');
    expect(loaded).toEqual(['other']);
    expect(model.ready).toBe(true);
  });

  it('asks when the engine cannot tell what is stored', async () => {
    modelHost({});
    const { client, loaded } = engine({}, true);
    const model = new LocalModel(client);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await model.start([tiny], cpuOnly);
    expect(model.phase).toBe('awaiting');
    expect(loaded).toEqual([]);
  });
});

describe('LocalModel, later visits and managed desktops', () => {
  it.each<[StoredState]>([['complete'], ['partial']])('loads without asking when the model is on this device (%s)', async (state) => {
    const asked = modelHost({});
    const { client, loaded } = engine({ tiny: state });
    const model = new LocalModel(client);
    await model.start([tiny], cpuOnly);
    expect(loaded).toEqual(['tiny']);
    expect(model.ready).toBe(true);
    expect(asked).toEqual([]);
  });

  it('loads a model downloaded before rather than asking for the first choice, and says so', async () => {
    modelHost({});
    const { client, loaded } = engine({ other: 'complete' });
    const model = new LocalModel(client);
    await model.start([tiny, other], cpuOnly);
    expect(loaded).toEqual(['other']);
    expect(model.note).toBe('Using Other Tiny, which is already on this device. Sotto Tiny can be downloaded in Models.');
  });

  it('never checks what a model this device cannot run has stored', async () => {
    modelHost({});
    const specs: string[][] = [];
    const { client } = engine({});
    const inventory = client.inventory.bind(client);
    client.inventory = (s, signal) => (specs.push(s.map((m) => m.id)), inventory(s, signal));
    await new LocalModel(client).start([gpu, tiny], cpuOnly);
    expect(specs).toEqual([['tiny']]);
  });

  it('"auto" downloads at once, and asks to persist storage as it starts', async () => {
    const asked = modelHost({});
    const persist = browserStorage();
    const { client, loaded } = engine({});
    const model = new LocalModel(client);
    await model.start([tiny], cpuOnly, null, 'auto');
    expect(loaded).toEqual(['tiny']);
    expect(model.ready).toBe(true);
    await vi.waitFor(() => expect(persist).toHaveBeenCalledOnce());
    expect(asked).toEqual([]);
  });
});

describe('LocalModel, when the network goes away', () => {
  afterEach(() => offline.answered());

  it('a download that reaches nothing makes the app offline (navigator.onLine says online throughout), and the next failure says "offline"', async () => {
    browserStorage();
    modelHost({});
    const { client } = engine({});
    // The engine worker names a fetch that got no answer a DownloadError "network".
    client.load = async () => {
      throw Object.assign(new Error('network'), { name: 'DownloadError' });
    };
    const model = new LocalModel(client);
    expect(offline.online).toBe(true);
    await model.start([tiny, other], cpuOnly, null, 'auto');
    expect(alerts.list.map((a) => a.message)).toEqual(['Could not download Sotto Tiny: models.example did not answer. Check your connection and try again.']);
    expect(offline.online).toBe(false);

    await model.use('other');
    expect(alerts.list.at(-1)?.message).toBe('You are offline, and Other Tiny has not been downloaded to this device yet. Connect to the internet once to download it.');
  });

  it('a model host that answers with an error status leaves the app online', async () => {
    browserStorage();
    const { client } = engine({});
    client.load = async () => {
      throw Object.assign(new Error('HTTP 404'), { name: 'DownloadError' });
    };
    await new LocalModel(client).start([tiny], cpuOnly, null, 'auto');
    expect(alerts.list.at(-1)?.message).toMatch(/answered HTTP 404/);
    expect(offline.online).toBe(true);
  });
});
