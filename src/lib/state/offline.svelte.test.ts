import { afterEach, describe, expect, it, vi } from 'vitest';
import { offline } from './offline.svelte';

describe('offline', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a request that could not reach the app’s server makes the app offline until the server answers again', async () => {
    vi.useFakeTimers();
    expect(offline.online).toBe(true);
    let answers = false;
    const check = vi.fn(() => Promise.resolve(answers));
    offline.unreachable(check);
    expect(offline.online).toBe(false);

    await vi.advanceTimersByTimeAsync(15_000);
    expect(check).toHaveBeenCalledTimes(1);
    expect(offline.online).toBe(false);

    answers = true;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(offline.online).toBe(true);
    // Once answered it stops asking.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('a check that fails (no network at all) keeps the app offline', async () => {
    vi.useFakeTimers();
    const check = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    offline.unreachable(check);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(check).toHaveBeenCalledTimes(3);
    expect(offline.online).toBe(false);
    offline.unreachable(() => Promise.resolve(true));
    await vi.advanceTimersByTimeAsync(15_000);
    expect(offline.online).toBe(true);
  });
});

describe('offline, with the browser’s own network events', () => {
  /** A fresh OfflineSupport listening to `events`, as on a page where navigator.onLine is `onLine`. */
  async function fresh(onLine: boolean) {
    const events = new EventTarget();
    vi.stubGlobal('addEventListener', events.addEventListener.bind(events));
    vi.stubGlobal('navigator', { onLine });
    vi.resetModules();
    const { offline } = await import('./offline.svelte');
    return { offline, events };
  }

  it('follows navigator.onLine and its events', async () => {
    const { offline, events } = await fresh(false);
    expect(offline.online).toBe(false);
    events.dispatchEvent(new Event('online'));
    expect(offline.online).toBe(true);
    events.dispatchEvent(new Event('offline'));
    expect(offline.online).toBe(false);
  });

  it('stays offline after an "online" event until the app’s server answers, and asks it at once', async () => {
    const { offline, events } = await fresh(true);
    let answers = false;
    const check = vi.fn(() => Promise.resolve(answers));
    offline.unreachable(check);
    // navigator.onLine says true throughout: only the failed request tells.
    expect(offline.online).toBe(false);

    events.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    expect(offline.online).toBe(false);

    answers = true;
    events.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(offline.online).toBe(true));
    expect(check).toHaveBeenCalledTimes(2);
  });
});
