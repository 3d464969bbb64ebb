import { mount } from 'svelte';
import App from './App.svelte';
import { app } from './lib/state/app.svelte';
import { offline } from './lib/state/offline.svelte';
import './app.css';

trustScriptsFromThisOriginOnly();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
void app.boot();
void offline.start();

/**
 * The page enforces Trusted Types (see the CSP): HTML goes only through Svelte's own policy,
 * and a script URL (a worker, the service worker) is accepted only from this origin.
 */
function trustScriptsFromThisOriginOnly(): void {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown } }).trustedTypes;
  tt?.createPolicy('default', {
    createScriptURL(url) {
      if (new URL(url, location.href).origin === location.origin) return url;
      throw new TypeError(`Sotto only runs scripts from its own origin, not ${url}.`);
    },
  });
}
