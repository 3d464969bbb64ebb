// @ts-check
/**
 * `npm run bench`: builds the app, then measures
 *  - the gzip size of the main-thread JS + CSS (what index.html loads; the engines live in the worker),
 *  - local decode speed through the app (tokens painted per second in the Conversation log)
 *    versus wllama driven directly in the same browser, on the same tiny model.
 * Prints a summary and writes bench/results.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { writeFixtures } from '../tests/fixtures/tiny-gguf.mjs';
import { chromiumPath } from '../tests/support/chromium.mjs';
import { startModelHost } from '../tests/support/model-host.mjs';

const APP = 'http://localhost:4173';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MAX_TOKENS = 1024;
const PROMPT = 'count from 0';
// The app's sampling (DEFAULT_SAMPLING in src/lib/engine/types.ts), so both sides do the same work per token.
const APP_SAMPLING = { temperature: 0.6, top_p: 0.9 };
// The app's system prompt, so that both sides decode after the same prompt.
const SYSTEM_PROMPT = readFileSync('src/lib/state/chat.svelte.ts', 'utf8').match(/SYSTEM_PROMPT = '([^']+)'/)?.[1] ?? '';

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const size = mainThreadSize();
const fixtures = writeFixtures(join(tmpdir(), `sotto-bench-${process.pid}`));
const host = await startModelHost({ port: 4174, dir: fixtures.dir });
const preview = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', '4173', '--strictPort'], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

try {
  await waitForServer(APP);
  const modelUrl = `${host.url}/tiny.gguf`;
  const app = await openApp(modelUrl);
  const direct = await openDirect(modelUrl);
  /** @type {number[]} */ const appRuns = [];
  /** @type {number[]} */ const workerRuns = [];
  /** @type {number[]} */ const directRuns = [];
  for (let i = 0; i < RUNS; i++) {
    const a = await app.run();
    appRuns.push(a.painted);
    workerRuns.push(a.worker);
    directRuns.push(await direct.run());
  }
  const result = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, node: process.version, chromium: browser.version() },
    mainThread: size,
    decode: {
      model: 'tests/fixtures tiny GGUF (1 block, 64-dim, 328 tokens), CPU engine (wllama), greedy-like sampling',
      tokens: MAX_TOKENS,
      runs: RUNS,
      appPaintedTokensPerSecond: median(appRuns),
      appWorkerTokensPerSecond: median(workerRuns),
      directTokensPerSecond: median(directRuns),
      ratio: round(median(appRuns) / median(directRuns), 3),
      goal: '>= 0.95',
      // What the app adds to each token; compare with a real model's time per token (tens of ms on a CPU).
      overheadMsPerToken: round(1000 / median(appRuns) - 1000 / median(directRuns), 3),
      samples: { appPainted: appRuns, appWorker: workerRuns, direct: directRuns },
    },
  };
  writeFileSync('bench/results.json', JSON.stringify(result, null, 2) + '\n');
  console.log(`main-thread JS+CSS (gzip): ${(size.totalGzipBytes / 1024).toFixed(1)} KiB (${size.files.map((f) => f.file).join(', ')})`);
  console.log(`decode through the app: ${result.decode.appPaintedTokensPerSecond} tokens/s painted (worker measured ${result.decode.appWorkerTokensPerSecond})`);
  console.log(`decode with wllama directly: ${result.decode.directTokensPerSecond} tokens/s`);
  console.log(`ratio app/direct: ${result.decode.ratio} (goal >= 0.95); the app adds ${result.decode.overheadMsPerToken} ms per token`);
  console.log('wrote bench/results.json');
} finally {
  await browser.close();
  preview.kill();
  await host.close();
}

/** Gzip size of each script and stylesheet index.html loads on the main thread. */
function mainThreadSize() {
  const html = readFileSync('dist/index.html', 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const files = [...new Set(refs)].map((file) => {
    const bytes = readFileSync(join('dist', file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, totalGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
}

/** @param {string} modelUrl */
async function openApp(modelUrl) {
  const page = await browser.newPage();
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { version: 1, models: [{ id: 'tiny', label: 'Sotto Tiny', engine: 'wllama', url: modelUrl }] } }),
  );
  await page.goto(APP);
  await page.getByRole('status').getByText('is ready on this device').waitFor({ timeout: 60_000 });
  return {
    /** Sends the prompt and measures tokens painted per second (one digit is one token). */
    async run() {
      await page.bringToFront();
      // A fresh conversation each run, so the prompt is the same as the direct run's.
      await page.reload();
      await page.getByRole('status').getByText('is ready on this device').waitFor({ timeout: 60_000 });
      const before = await page.locator('article.assistant').count();
      await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.benchPaints = [];
        w.benchObserver?.disconnect();
        w.benchObserver = new MutationObserver(() => {
          const texts = document.querySelectorAll('article.assistant .text');
          const text = texts[texts.length - 1]?.textContent ?? '';
          if (text.length) w.benchPaints.push({ t: performance.now(), n: text.length });
        });
        w.benchObserver.observe(document.querySelector('[role=log]'), { subtree: true, childList: true, characterData: true });
      });
      await page.getByRole('textbox', { name: 'Message' }).fill(PROMPT);
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      const reply = page.locator('article.assistant').nth(before);
      await reply.and(page.locator('[aria-busy=false]')).waitFor({ timeout: 120_000 });
      const paints = await page.evaluate(() => /** @type {any} */ (window).benchPaints);
      if (paints.length < 2) throw new Error(`no streaming observed: ${JSON.stringify(paints)} reply=${await reply.textContent()} alert=${await page.getByRole("alert").allTextContents()}`);
      const first = paints[0];
      const last = paints[paints.length - 1];
      const painted = round(((last.n - first.n) * 1000) / (last.t - first.t), 1);
      const statsText = (await reply.locator('.stats').textContent()) ?? '0';
      return { painted, worker: round(parseFloat(statsText), 1) };
    },
  };
}

/** @param {string} modelUrl */
async function openDirect(modelUrl) {
  const page = await browser.newPage();
  await page.goto(`${host.url}/direct.html?model=${encodeURIComponent(modelUrl)}`);
  const load = await page.evaluate(() => /** @type {any} */ (window).directLoad);
  if (!load.ok) throw new Error(`direct wllama did not load: ${load.error}`);
  return {
    async run() {
      await page.bringToFront();
      // Fresh, like the app's run: WebAssembly runs slower until the browser has optimised it.
      await page.reload();
      const reload = await page.evaluate(() => /** @type {any} */ (window).directLoad);
      if (!reload.ok) throw new Error(`direct wllama did not load: ${reload.error}`);
      const r = await page.evaluate(
        ({ maxTokens, messages, sampling }) => /** @type {any} */ (window).runDirect({ maxTokens, messages, sampling }),
        { maxTokens: MAX_TOKENS, sampling: APP_SAMPLING, messages: [{ role: 'system', content: SYSTEM_PROMPT }, { role: 'user', content: PROMPT }] },
      );
      return round(r.tokensPerSecond, 1);
    },
  };
}

/** @param {string} url */
async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** @param {number} x @param {number} digits */
function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
