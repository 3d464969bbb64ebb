import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notices } from './alerts.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  notices.release();
  notices.dismiss();
  vi.useRealTimers();
});

describe('notices', () => {
  it('go after their time, but never while the user is on them', () => {
    notices.show('Deleted “Lease”.', { label: 'Undo', run: () => {} }, 10_000);
    vi.advanceTimersByTime(9_000);
    notices.hold();
    vi.advanceTimersByTime(60_000);
    expect(notices.current?.message).toBe('Deleted “Lease”.');
    notices.release();
    vi.advanceTimersByTime(9_999);
    expect(notices.current).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(notices.current).toBeNull();
  });
});
