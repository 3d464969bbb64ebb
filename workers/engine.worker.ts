/// <reference lib="webworker" />
/** The engine worker: wiring only. The logic lives in EngineHost; each engine loads on first use. */
import { EngineHost, type EngineFactory } from './engine-host';
import type { FromWorker, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const createEngine: EngineFactory = async (engine) => {
  if (engine === 'webllm') return new (await import('./webllm-engine')).WebllmEngine();
  return new (await import('./wllama-engine')).WllamaEngine();
};

const host = new EngineHost((msg: FromWorker) => self.postMessage(msg), createEngine);
self.onmessage = (event: MessageEvent<ToWorker>) => host.handle(event.data);
