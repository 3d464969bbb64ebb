// @ts-check
/** Builds the production app and runs the browser tests in Chromium (never a downloaded browser). */
import { spawnSync } from 'node:child_process';
import { chromiumPath } from '../tests/support/chromium.mjs';

if (!chromiumPath() && !playwrightHasOwnChromium()) {
  console.error('No Chromium found: install Debian\'s (`sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary.');
  process.exit(1);
}

// The tests' deployment config: the test model mirror and mock cloud hosts (for the CSP).
const env = { ...process.env, SOTTO_CONFIG: 'tests/support/config.json' };
const run = (/** @type {string} */ cmd, /** @type {string[]} */ args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);

function playwrightHasOwnChromium() {
  const r = spawnSync('node', ['-e', "import('@playwright/test').then(m=>{require('fs').accessSync(m.chromium.executablePath())}).catch(()=>process.exit(1))"]);
  return r.status === 0;
}
