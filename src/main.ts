import { mount } from 'svelte';
import App from './App.svelte';
import { ENGINE_WORKER_URL } from './lib/engine/local-engine';
import { askSizesThrough } from './lib/engine/model-size';
import { app, engine } from './lib/state/app.svelte';
import { offline, SERVICE_WORKER_URL } from './lib/state/offline.svelte';
import './app.css';

trustOnlySottosWorkers();
// Only the engine worker may contact model hosts (the page's policy does not list them).
askSizesThrough((url, signal) => engine.modelSize(url, signal));

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
void app.boot();
void offline.start();

/**
 * The page enforces Trusted Types (see csp.ts). HTML goes only through Svelte's own policy, and
 * this `default` policy admits exactly two script URLs: the engine worker and the service worker
 * (registered by workbox-window). Nothing else on the page starts a script from a URL: web-llm,
 * wllama and wllama's blob: workers all run inside the engine worker, where Trusted Types do not apply.
 */
function trustOnlySottosWorkers(): void {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown } }).trustedTypes;
  const ours = new Set([ENGINE_WORKER_URL, SERVICE_WORKER_URL].map((url) => new URL(url, location.href).href));
  tt?.createPolicy('default', {
    createScriptURL(url) {
      if (ours.has(new URL(url, location.href).href)) return url;
      throw new TypeError(`Sotto refused to run ${url} as a script: only its engine worker and its service worker may start.`);
    },
  });
}
