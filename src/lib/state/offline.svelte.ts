/**
 * Working offline: the network state, the service worker that keeps the app on this device, and
 * its updates. A new version waits until the user chooses to reload, and the reload never
 * happens under a streaming reply; the draft survives it (ChatSession keeps it per tab).
 */
import type { Workbox } from 'workbox-window';
import type { Connectivity } from '../cloud/mini';
import { serverReachable } from '../config/config';
import { notices } from './alerts.svelte';

/** The service worker's script (vite-plugin-pwa writes it); main.ts's Trusted Types policy admits it. */
export const SERVICE_WORKER_URL = `${import.meta.env.BASE_URL}sw.js`;

/** How often, while the app's own server cannot be reached, it checks again. */
const RECHECK_MS = 15_000;

/** Asks the app's own server for its config (HEAD, no user data): answered at all means the network reaches it. */
const askServer = () => serverReachable(`${import.meta.env.BASE_URL}config.json`);

class OfflineSupport implements Connectivity {
  #online = $state(globalThis.navigator?.onLine ?? true);
  /** False after a request to the app's own server failed for want of a network, until one succeeds. */
  #reachable = $state(true);
  #recheck: ReturnType<typeof setInterval> | null = null;
  /** How to ask the server again while it cannot be reached. */
  #check: (() => Promise<boolean>) | null = null;
  /** How the server was last asked (kept for the next request that reaches nothing). */
  #lastCheck: () => Promise<boolean> = askServer;
  #updateReady = $state(false);
  #workbox: Workbox | null = null;

  constructor() {
    globalThis.addEventListener?.('online', () => {
      this.#online = true;
      // The browser thinks the network is back; only an answer from the server says it reaches anything.
      this.#askAgain();
    });
    globalThis.addEventListener?.('offline', () => (this.#online = false));
  }

  /**
   * False while the device has no network; the app keeps working, the cloud does not. Browsers
   * do not always say so (`navigator.onLine` stays true on some networks and some versions), so a
   * request that could not reach the app's own server counts too.
   */
  get online(): boolean {
    return this.#online && this.#reachable;
  }

  /**
   * A request to the app's own server failed with no answer at all. `check` asks again (without
   * any user data) every 15 s, and at once when the browser says it is back online, until it is
   * answered; then the app is online again.
   */
  unreachable(check: () => Promise<boolean>): void {
    this.#reachable = false;
    this.#check = check;
    this.#lastCheck = check;
    this.#recheck ??= setInterval(() => this.#askAgain(), RECHECK_MS);
  }

  /**
   * A request the app made (a cloud send, a model download) reached nothing: the network went away
   * mid-session. The app is offline until its server answers again, as after a failed start.
   */
  lost(): void {
    this.unreachable(this.#lastCheck);
  }

  /** A request the app made was answered (any HTTP status): the network reaches something again. */
  answered(): void {
    if (!this.#reachable) this.#reached();
  }

  #askAgain(): void {
    const check = this.#check;
    if (!check) return;
    check().then(
      (ok) => ok && this.#check === check && this.#reached(),
      () => undefined,
    );
  }

  #reached(): void {
    this.#reachable = true;
    this.#check = null;
    if (this.#recheck) clearInterval(this.#recheck);
    this.#recheck = null;
  }

  /** A new version of Sotto is installed and waits for a reload. */
  get updateReady(): boolean {
    return this.#updateReady;
  }

  /** Registers the service worker (production builds only; the dev server has none). */
  async start(): Promise<void> {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    // Loaded after the first paint: the service worker is not needed to show the app.
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox(SERVICE_WORKER_URL, { scope: import.meta.env.BASE_URL });
    this.#workbox = wb;
    wb.addEventListener('installed', (event) => {
      // Only the first install: an update has its own prompt.
      if (!event.isUpdate) notices.show('Ready to work offline. Sotto now opens and chats without a network.');
    });
    wb.addEventListener('waiting', () => (this.#updateReady = true));
    // Another tab applied the update: this tab runs the old version until the user reloads it.
    wb.addEventListener('controlling', (event) => {
      if (event.isUpdate && event.isExternal) this.#updateReady = true;
    });
    await wb.register();
  }

  /** Switches to the new version and reloads this tab once it is in charge. */
  async reload(): Promise<void> {
    const wb = this.#workbox;
    if (!wb) return location.reload();
    wb.addEventListener('controlling', () => location.reload());
    // Already active (updated from another tab): there is nothing to wait for.
    const waiting = await navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null);
    if (waiting) wb.messageSkipWaiting();
    else location.reload();
  }
}

export const offline = new OfflineSupport();
