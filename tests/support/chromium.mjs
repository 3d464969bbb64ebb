// @ts-check
import { existsSync } from 'node:fs';

/**
 * The Chromium to test with: $CHROMIUM_PATH, then Debian's /usr/bin/chromium; undefined means
 * "let Playwright use its own browser, if one was installed".
 * @returns {string | undefined}
 */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
export const quietArgs = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
