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
});
