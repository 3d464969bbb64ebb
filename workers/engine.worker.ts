/// <reference lib="webworker" />
/** The engine worker: wiring only. The logic lives in EngineHost; each engine and store loads on first use. */
import { EngineHost, type EngineFactory } from './engine-host';
import { estimateStorage, type ModelStore, type StoreFactory } from './model-store';
import type { FromWorker, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const createEngine: EngineFactory = async (engine) => {
  if (engine === 'webllm') return new (await import('./webllm-engine')).WebllmEngine();
  return new (await import('./wllama-engine')).WllamaEngine();
};

const stores = new Map<string, Promise<ModelStore>>();
const store: StoreFactory = (engine) => {
  let made = stores.get(engine);
  if (!made) {
    made = engine === 'webllm' ? import('./webllm-store').then((m) => new m.WebllmStore()) : import('./wllama-store').then((m) => new m.WllamaStore());
    stores.set(engine, made);
  }
  return made;
};

const host = new EngineHost((msg: FromWorker) => self.postMessage(msg), createEngine, { store, estimate: estimateStorage });
self.onmessage = (event: MessageEvent<ToWorker>) => host.handle(event.data);
