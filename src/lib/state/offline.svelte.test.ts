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

describe('a network lost mid-session', () => {
  afterEach(() => {
    offline.answered();
    vi.useRealTimers();
  });

  it('a request that reaches nothing makes the app offline; it asks the server again every 15 s, the way it last did, until answered', async () => {
    vi.useFakeTimers();
    let answers = true;
    const check = vi.fn(() => Promise.resolve(answers));
    offline.unreachable(check);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(offline.online).toBe(true);

    answers = false;
    offline.lost();
    expect(offline.online).toBe(false);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(check).toHaveBeenCalledTimes(2);
    expect(offline.online).toBe(false);
    answers = true;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(offline.online).toBe(true);
  });

  it('a later request that is answered brings the app back online at once, and the checks stop', async () => {
    vi.useFakeTimers();
    const check = vi.fn(() => Promise.resolve(false));
    offline.unreachable(check);
    offline.lost();
    expect(offline.online).toBe(false);
    offline.answered();
    expect(offline.online).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(check).not.toHaveBeenCalled();
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

  it('with no failed start before, a lost request asks the app’s own config, with HEAD and no user data', async () => {
    const { offline, events } = await fresh(true);
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init?: RequestInit) => {
        asked.push(`${init?.method ?? 'GET'} ${url}`);
        return Promise.resolve(new Response(null, { status: 200 }));
      }),
    );
    offline.lost();
    expect(offline.online).toBe(false);
    expect(asked).toEqual([]);
    // The browser's "online" event asks at once (as the 15 s check would); the server answers, so the app is online again.
    events.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(offline.online).toBe(true));
    expect(asked).toEqual(['HEAD /config.json']);
  });
});
