/**
 * Wrong passphrases: after a few, each next try waits longer (2 s, 4 s, 8 s... up to 5 minutes).
 * The count is kept in IndexedDB, so a reload does not reset it.
 */
import * as db from '../db/db';

/** Failed unlocks before each next one waits, doubling. */
const FREE_FAILURES = 3;
const MAX_WAIT_MS = 5 * 60_000;
const FAILURES_KEY = 'vaultFailures';

interface Failures {
  count: number;
  at: number;
}

/** How long (ms) the next unlock must wait. */
export async function waitBeforeTrying(now = Date.now()): Promise<number> {
  const failures = await db.getSetting<Failures | null>(FAILURES_KEY);
  if (!failures || failures.count < FREE_FAILURES) return 0;
  const delay = Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures.count - FREE_FAILURES + 1));
  return Math.max(0, failures.at + delay - now);
}

/** One more wrong passphrase. */
export async function countFailure(now = Date.now()): Promise<void> {
  const failures = (await db.getSetting<Failures | null>(FAILURES_KEY)) ?? { count: 0, at: 0 };
  await db.setSetting(FAILURES_KEY, { count: failures.count + 1, at: now });
}

/** The vault opened: the count starts again. */
export function forgetFailures(): Promise<void> {
  return db.setSetting(FAILURES_KEY, null);
}
