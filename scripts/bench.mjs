// @ts-check
/**
 * `npm run bench`: builds the app, then measures
 *  - the gzip size of the main-thread JS + CSS (what index.html loads; the engines live in the worker),
 *  - local decode speed through the app (tokens painted per second in the Conversation log)
 *    versus wllama driven directly in the same browser, on the same tiny model.
 * Prints a summary and writes bench/results.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { writeFixtures } from '../tests/fixtures/tiny-gguf.mjs';
import { chromiumPath } from '../tests/support/chromium.mjs';
import { startModelHost } from '../tests/support/model-host.mjs';
import { startMockMini } from '../tests/mock-mini/server.mjs';

const APP = 'http://localhost:4173';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MAX_TOKENS = 1024;
const PROMPT = 'count from 0';
// The app's sampling (DEFAULT_SAMPLING in src/lib/engine/types.ts), so both sides do the same work per token.
const APP_SAMPLING = { temperature: 0.6, top_p: 0.9 };
// The app's system prompt, so that both sides decode after the same prompt.
const SYSTEM_PROMPT = readFileSync('src/lib/state/chat.svelte.ts', 'utf8').match(/SYSTEM_PROMPT = '([^']+)'/)?.[1] ?? '';

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, SOTTO_CONFIG: 'tests/support/config.json' } });
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
  // BENCH_ONLY=cloud, =history, =masking, =startup or =vault measures one part alone (a quick check while working on it) and updates only its figures.
  if (process.env.BENCH_ONLY === 'masking') {
    const masking = await maskingBench();
    const previous = JSON.parse(readFileSync('bench/results.json', 'utf8'));
    writeFileSync('bench/results.json', JSON.stringify({ ...previous, masking }, null, 2) + '\n');
    console.log(JSON.stringify(masking));
  } else if (process.env.BENCH_ONLY === 'vault') {
    const vault = await vaultBench(modelUrl);
    const previous = JSON.parse(readFileSync('bench/results.json', 'utf8'));
    writeFileSync('bench/results.json', JSON.stringify({ ...previous, vault }, null, 2) + '\n');
    console.log(JSON.stringify(vault));
  } else if (process.env.BENCH_ONLY === 'history') {
    const history = await historyBench(modelUrl);
    const previous = JSON.parse(readFileSync('bench/results.json', 'utf8'));
    writeFileSync('bench/results.json', JSON.stringify({ ...previous, history }, null, 2) + '\n');
    console.log(JSON.stringify(history));
  } else if (process.env.BENCH_ONLY === 'startup') {
    const startup = await startupBench();
    const previous = JSON.parse(readFileSync('bench/results.json', 'utf8'));
    writeFileSync('bench/results.json', JSON.stringify({ ...previous, mainThread: size, startup }, null, 2) + '\n');
    console.log(`main-thread JS+CSS (gzip): ${(size.totalGzipBytes / 1024).toFixed(1)} KiB`);
    console.log(JSON.stringify(startup));
  } else if (process.env.BENCH_ONLY === 'cloud') {
    // Updates only the streamed-reply figures (and the first-load size) in bench/results.json.
    const cloud = { burst: await cloudBench(modelUrl, 'long'), paced: await cloudBench(modelUrl, 'paced') };
    const previous = JSON.parse(readFileSync('bench/results.json', 'utf8'));
    writeFileSync('bench/results.json', JSON.stringify({ ...previous, mainThread: size, cloud, cloudDate: new Date().toISOString() }, null, 2) + '\n');
    console.log(`main-thread JS+CSS (gzip): ${(size.totalGzipBytes / 1024).toFixed(1)} KiB`);
    for (const [name, c] of Object.entries(cloud)) console.log(`cloud ${name}: UI/raw ${c.ratio} (ui ${c.uiMs} ms, raw ${c.rawMs} ms), longest task ${c.longestTaskMs} ms`);
  } else {
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
  const cloudResult = { burst: await cloudBench(modelUrl, 'long'), paced: await cloudBench(modelUrl, 'paced') };
  const history = await historyBench(modelUrl);
  const startup = await startupBench();
  const masking = await maskingBench();
  const vault = await vaultBench(modelUrl);
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
  Object.assign(result, { history, cloud: cloudResult, startup, masking, vault });
  writeFileSync('bench/results.json', JSON.stringify(result, null, 2) + '\n');
  console.log(`main-thread JS+CSS (gzip): ${(size.totalGzipBytes / 1024).toFixed(1)} KiB (${size.files.map((f) => f.file).join(', ')})`);
  console.log(`decode through the app: ${result.decode.appPaintedTokensPerSecond} tokens/s painted (worker measured ${result.decode.appWorkerTokensPerSecond})`);
  console.log(`decode with wllama directly: ${result.decode.directTokensPerSecond} tokens/s`);
  console.log(`ratio app/direct: ${result.decode.ratio} (goal >= 0.95); the app adds ${result.decode.overheadMsPerToken} ms per token`);
  console.log(
    `history (${history.conversations.toLocaleString()} conversations, ${history.messages.toLocaleString()} messages): list painted ${history.listPaintedMs} ms after navigation (goal 100), search ${history.searchMs} ms (goal 150), JS heap ${history.heapMB} MB`,
  );
  for (const [name, c] of Object.entries(cloudResult)) {
    console.log(
      `cloud reply, ${name} (${c.deltas} streamed pieces of markdown): ${c.renderedPiecesPerSecond} pieces/s rendered; UI time / raw stream time ${c.ratio} (goal <= 1.2); longest main-thread task ${c.longestTaskMs === 0 ? 'under 50' : c.longestTaskMs} ms (goal < 50)`,
    );
  }
  console.log(
    `start-up (Message textbox enabled and conversation list painted): cold first visit ${startup.cold.interactiveMs} ms; offline warm start ${startup.warmOffline.interactiveMs} ms (goal <= 300); model ready: cold ${startup.cold.modelReadyMs} ms (download included), offline warm ${startup.warmOffline.modelReadyMs} ms`,
  );
  console.log(
    `masking: chunk ${(masking.chunkGzipBytes / 1024).toFixed(0)} KiB gzip (${(masking.chunkBytes / 1024 / 1024).toFixed(2)} MB), loaded and lists parsed in ${masking.loadMs} ms; a ${masking.chars.toLocaleString()}-character message masked in ${masking.maskMs} ms after the warm-up (${masking.rulesOnlyMaskMs} ms by the rules alone, without the tagger; ${masking.warmUpMs} ms of idle work; goal <= 50), ${masking.coldMaskMs} ms as the very first message after loading`,
  );
  console.log(
    `vault (${vault.conversations.toLocaleString()} conversations, ${vault.messages.toLocaleString()} messages): turning it on took ${vault.turnOnMs} ms (stored ${vault.storedMB.plain} MB before, ${vault.storedMB.sealed} MB after); unlock (key derivation included) to list painted ${vault.unlockToListMs} ms (goal 1,500), of which the key ${vault.unlockKeyMs} ms; search ${vault.searchMs} ms (goal 150); sealing one save of a 4,000-character reply ${vault.saveSealMs} ms`,
  );
  console.log('wrote bench/results.json');
  }
} finally {
  await browser.close();
  preview.kill();
  await host.close();
}

/**
 * The masking chunk (loaded when the cloud switch is armed, never at start-up): its size, the time
 * to load it and parse its word lists, and the time to mask a 10,000-character message made of the
 * labelled sentences, in the browser: the first message right after loading (cold: rules not yet
 * compiled), and after the app's warm-up has run in idle moments (what a user who armed the switch
 * and then wrote a message gets; median of 7).
 */
async function maskingBench() {
  const chunk = readdirSync('dist/assets').find((f) => /^redact-.*\.js$/.test(f));
  if (!chunk) throw new Error('No masking chunk (dist/assets/redact-*.js) in the build.');
  const bytes = readFileSync(join('dist/assets', chunk));
  const sentences = [...readFileSync('src/lib/cloud/redaction-set.ts', 'utf8').matchAll(/text: '((?:[^'\\]|\\.)*)'/g)].map((m) => m[1] ?? '');
  let text = '';
  for (let i = 0; text.length < 10_000; i++) text += `${sentences[i % sentences.length]} `;
  text = text.slice(0, 10_000);
  /** @param {boolean} warm */
  const measure = async (warm) => {
    const page = await browser.newPage();
    try {
      await page.goto(APP);
      return await page.evaluate(
        async ({ url, text, warm }) => {
          const t0 = performance.now();
          // Importing the chunk parses its word lists; as in the app, the warm-up starts right after.
          const redact = await import(url);
          const loadMs = performance.now() - t0;
          const w0 = performance.now();
          if (warm) await redact.warmUp();
          const warmUpMs = performance.now() - w0;
          const runs = [];
          const rulesOnly = [];
          for (let i = 0; i < (warm ? 7 : 1); i++) {
            const t = performance.now();
            redact.findIdentifiers(text);
            runs.push(performance.now() - t);
            // The same message with the rules alone, right after: what the tagger costs, under the same load.
            if (!warm) continue;
            const r = performance.now();
            redact.findIdentifiersWith(null, text);
            rulesOnly.push(performance.now() - r);
          }
          const first = runs[0] ?? 0;
          runs.sort((a, b) => a - b);
          rulesOnly.sort((a, b) => a - b);
          return { loadMs, warmUpMs, first, maskMs: runs[Math.floor(runs.length / 2)] ?? 0, samples: runs, rulesOnlyMs: rulesOnly[Math.floor(rulesOnly.length / 2)] ?? 0 };
        },
        { url: `/assets/${chunk}`, text, warm },
      );
    } finally {
      await page.close();
    }
  };
  const cold = await measure(false);
  const warm = await measure(true);
  return {
    chunk,
    chunkBytes: bytes.length,
    chunkGzipBytes: gzipSync(bytes, { level: 9 }).length,
    chars: text.length,
    loadMs: round(cold.loadMs, 1),
    coldMaskMs: round(cold.first, 1),
    warmUpMs: round(warm.warmUpMs, 0),
    maskMs: round(warm.maskMs, 1),
    samplesMs: warm.samples.map((x) => round(x, 1)),
    rulesOnlyMaskMs: round(warm.rulesOnlyMs, 1),
    goal: 'mask 10,000 characters in <= 50 ms',
  };
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
    route.fulfill({ json: { version: 1, download: 'auto', models: [{ id: 'tiny', label: 'Sotto Tiny', engine: 'wllama', url: modelUrl }] } }),
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

/**
 * Streams a ~4,000-piece markdown reply from the mock Mini endpoint through the whole consent
 * flow, and compares the time the UI takes with reading the raw stream without any UI.
 * @param {string} modelUrl
 */
async function cloudBench(modelUrl, mode = 'long') {
  const mock = await startMockMini({ port: 4176, apiKey: 'bench-key' });
  const context = await browser.newContext();
  const baseUrl = `${mock.url}/v1`;
  await context.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        version: 1,
        download: 'auto',
        models: [{ id: 'tiny', label: 'Sotto Tiny', engine: 'wllama', url: modelUrl }],
        cloud: { endpoints: [{ id: 'mock', label: 'Mock', baseUrl, model: 'gpt-5.4-mini' }] },
      },
    }),
  );
  /** @type {{ uiMs: number[], rawMs: number[], longestTaskMs: number[], deltas: number }} */
  const runs = { uiMs: [], rawMs: [], longestTaskMs: [], deltas: 0 };
  try {
    // The whole reply takes tens of milliseconds, so single runs are noisy: take the median of 7.
    for (let i = 0; i < 7; i++) {
      const page = await context.newPage();
      await page.goto(APP);
      await page.getByRole('status').getByText('is ready on this device').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('API key').fill('bench-key');
      await page.getByLabel('API key').press('Tab');
      await page.getByRole('button', { name: 'Close' }).click();
      await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
        }).observe({ type: 'longtask', buffered: false });
        w.paints = [];
        new MutationObserver(() => {
          const texts = document.querySelectorAll('article.assistant .text');
          const n = texts[texts.length - 1]?.textContent?.length ?? 0;
          if (n) w.paints.push(performance.now());
        }).observe(document.querySelector('[role=log]'), { subtree: true, childList: true, characterData: true });
      });
      await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
      await page.getByRole('textbox', { name: 'Message' }).fill(`Write the long guide #mode=${mode}`);
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      const body = (await page.getByRole('dialog', { name: 'Review what will be sent' }).locator('pre').textContent()) ?? '';
      // Only the reply's streaming counts: loading the masking code and opening the review come before it.
      await page.evaluate(() => {
        /** @type {any} */ (window).longest = 0;
      });
      await page.getByRole('button', { name: 'Send once' }).click();
      await page.locator('article.assistant[aria-busy=false]').last().waitFor({ timeout: 60_000 });
      const ui = await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        return { ms: w.paints[w.paints.length - 1] - w.paints[0], longest: w.longest };
      });
      // The same request, read without any UI: the floor the app is measured against.
      const raw = await page.evaluate(
        async ({ url, body }) => {
          const response = await fetch(url, { method: 'POST', headers: { Authorization: 'Bearer bench-key', 'Content-Type': 'application/json' }, body });
          const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader();
          let first = 0;
          let pieces = 0;
          const decoder = new TextDecoder();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            if (!first) first = performance.now();
            pieces += (decoder.decode(value, { stream: true }).match(/"content":/g) ?? []).length;
          }
          return { ms: performance.now() - first, pieces };
        },
        { url: `${baseUrl}/chat/completions`, body },
      );
      runs.uiMs.push(round(ui.ms, 1));
      runs.rawMs.push(round(raw.ms, 1));
      runs.longestTaskMs.push(round(ui.longest, 1));
      runs.deltas = raw.pieces;
      await page.close();
    }
  } finally {
    await context.close();
    await mock.close();
  }
  const uiMs = median(runs.uiMs);
  return {
    deltas: runs.deltas,
    uiMs,
    rawMs: median(runs.rawMs),
    renderedPiecesPerSecond: round((runs.deltas * 1000) / uiMs, 0),
    ratio: round(uiMs / Math.max(1, median(runs.rawMs)), 2),
    longestTaskMs: Math.max(...runs.longestTaskMs),
    goals: { ratio: '<= 1.2', longestTaskMs: '< 50' },
    samples: runs,
  };
}

/**
 * Seeds a large history into the app's own database, then measures a cold start (navigation to
 * the first conversation row painted), a search through the UI, and the JS heap.
 * @param {string} modelUrl
 */
async function historyBench(modelUrl) {
  const CONVERSATIONS = 10_000;
  const PER_CONVERSATION = 20;
  const context = await browser.newContext();
  await context.route('**/config.json', (route) =>
    route.fulfill({ json: { version: 1, download: 'auto', models: [{ id: 'tiny', label: 'Sotto Tiny', engine: 'wllama', url: modelUrl }] } }),
  );
  const page = await context.newPage();
  await page.goto(APP);
  await page.getByRole('status').getByText('is ready on this device').waitFor({ timeout: 60_000 });
  const seedMs = await page.evaluate(seedHistory, { conversations: CONVERSATIONS, perConversation: PER_CONVERSATION });
  await page.close();

  /** @type {{ listPaintedMs: number[], searchMs: number[], heapMB: number[] }} */
  const runs = { listPaintedMs: [], searchMs: [], heapMB: [] };
  for (let i = 0; i < 3; i++) {
    const p = await context.newPage();
    p.on('crash', () => console.error('bench: the page crashed'));
    await p.addInitScript(() => {
      const w = /** @type {any} */ (window);
      new MutationObserver((_, observer) => {
        if (document.querySelector('nav[aria-label="Conversations"] li')) {
          w.listPaintedAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true });
    });
    await p.goto(APP);
    await p.waitForFunction(() => /** @type {any} */ (window).listPaintedAt !== undefined, null, { timeout: 60_000 });
    runs.listPaintedMs.push(round(await p.evaluate(() => /** @type {any} */ (window).listPaintedAt), 1));

    runs.searchMs.push(await timeSearch(p));

    const cdp = await context.newCDPSession(p);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    runs.heapMB.push(round(heap.usedSize / 1024 / 1024, 1));
    await p.close();
  }
  await context.close();
  return {
    conversations: CONVERSATIONS,
    messages: CONVERSATIONS * PER_CONVERSATION,
    seedMs: round(seedMs, 0),
    listPaintedMs: median(runs.listPaintedMs),
    searchMs: median(runs.searchMs),
    heapMB: median(runs.heapMB),
    goals: { listPaintedMs: 100, searchMs: 150 },
    samples: runs,
  };
}

/**
 * Milliseconds from pressing Enter in "Search conversations" (a search for the seeded pair of rare
 * words) to the first result shown.
 * @param {import('@playwright/test').Page} p
 */
async function timeSearch(p) {
  const box = p.getByRole('searchbox', { name: 'Search conversations' });
  await box.fill('');
  await p.evaluate(() => {
    const w = /** @type {any} */ (window);
    const input = /** @type {HTMLInputElement} */ (document.querySelector('input[type=search]'));
    input.addEventListener('keydown', (e) => e.key === 'Enter' && (w.searchStart = performance.now()), { capture: true });
    w.searchDone = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        const results = document.querySelector('[aria-label="Search results"]');
        if (results && results.children.length > 0) {
          observer.disconnect();
          resolve(performance.now() - w.searchStart);
        }
      }).observe(document.body, { subtree: true, childList: true });
    });
  });
  await box.fill('zorvatel quimbrosk');
  await box.press('Enter');
  return round(await p.evaluate(() => /** @type {any} */ (window).searchDone), 1);
}

/**
 * The vault on the same 10,000-conversation history: the time to turn it on (every record sealed
 * in place), then, on a fresh page, from Unlock to the list painted (key derivation included) and
 * a search; and the sealing work of one save of a streaming 4,000-character reply.
 * @param {string} modelUrl
 */
async function vaultBench(modelUrl) {
  // BENCH_VAULT_CONVERSATIONS measures a smaller history (turning the lock on seals every record).
  const CONVERSATIONS = Number(process.env.BENCH_VAULT_CONVERSATIONS ?? 10_000);
  const PER_CONVERSATION = 20;
  const PASS = 'bench passphrase, long enough';
  // A profile on disk, as a user's is (a private window keeps IndexedDB in memory, with a lower limit).
  const profile = mkdtempSync(join(tmpdir(), 'sotto-bench-vault-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  await context.route('**/config.json', (route) =>
    route.fulfill({ json: { version: 1, download: 'auto', models: [{ id: 'tiny', label: 'Sotto Tiny', engine: 'wllama', url: modelUrl }] } }),
  );
  const page = await context.newPage();
  await page.goto(APP);
  await page.getByRole('status').getByText('is ready on this device').waitFor({ timeout: 60_000 });
  await page.evaluate(seedHistory, { conversations: CONVERSATIONS, perConversation: PER_CONVERSATION });
  const plainMB = await storedMB(page);
  await page.reload();
  await page.getByRole('status').getByText('is ready on this device').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Lock Sotto with a passphrase').check();
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await dialog.getByLabel('Confirm passphrase', { exact: true }).fill(PASS);
  const turnOnStart = Date.now();
  await dialog.getByRole('button', { name: 'Turn on the lock' }).click();
  // Done when the migration is: the message comes after the last record is sealed.
  await dialog.getByText('Sotto is locked with a passphrase').waitFor({ timeout: 60 * 60_000 });
  const turnOnMs = Date.now() - turnOnStart;
  const sealedMB = await storedMB(page);

  // The crypto work of one save of a streaming reply: its text sealed, its words blind-indexed.
  const saveSealMs = await page.evaluate(async () => {
    const subtle = crypto.subtle;
    const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    const mac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const words = 'the tenancy deposit schedule quarterly service charge hearing counsel statement'.split(' ');
    let text = '';
    for (let i = 0; text.length < 4000; i++) text += `${words[i % words.length]}${i % 97} `;
    const enc = new TextEncoder();
    const times = [];
    for (let run = 0; run < 7; run++) {
      const t = performance.now();
      await subtle.encrypt({ name: 'AES-GCM', iv: crypto.getRandomValues(new Uint8Array(12)), additionalData: enc.encode('sotto\0messages\0id\0text') }, key, enc.encode(JSON.stringify(text)));
      const keys = new Set();
      // As vault/cipher.ts indexes a word: its first 4 and first 6 letters (a word under 4 letters whole).
      for (const w of new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu))) {
        if (w.length < 4) keys.add(`w:${w}`);
        else for (const n of new Set([4, Math.min(6, w.length)])) keys.add(`p:${w.slice(0, n)}`);
      }
      await Promise.all([...keys].map((k) => subtle.sign('HMAC', mac, enc.encode(k))));
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[3];
  });
  await page.close();

  /** @type {{ unlockToListMs: number[], unlockKeyMs: number[], searchMs: number[] }} */
  const runs = { unlockToListMs: [], unlockKeyMs: [], searchMs: [] };
  for (let i = 0; i < 3; i++) {
    const p = await context.newPage();
    await p.goto(APP);
    await p.getByRole('button', { name: 'Unlock', exact: true }).waitFor({ timeout: 60_000 });
    await p.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await p.evaluate(() => {
      const w = /** @type {any} */ (window);
      document.querySelector('form')?.addEventListener('submit', () => (w.unlockAt = performance.now()), { capture: true });
      new MutationObserver((_, observer) => {
        if (document.querySelector('nav[aria-label="Conversations"] li')) {
          w.listPaintedAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true });
    });
    await p.getByRole('button', { name: 'Unlock', exact: true }).click();
    await p.waitForFunction(() => /** @type {any} */ (window).listPaintedAt !== undefined, null, { timeout: 60_000 });
    runs.unlockToListMs.push(round(await p.evaluate(() => /** @type {any} */ (window).listPaintedAt - /** @type {any} */ (window).unlockAt), 1));
    runs.unlockKeyMs.push(
      round(
        await p.evaluate(async (pass) => {
          // The same derivation the unlock does (PBKDF2-SHA-256, 600,000 iterations).
          const t = performance.now();
          const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(pass), 'PBKDF2', false, ['deriveKey']);
          await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: new Uint8Array(16) }, base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
          return performance.now() - t;
        }, PASS),
        1,
      ),
    );

    runs.searchMs.push(await timeSearch(p));
    await p.close();
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  return {
    conversations: CONVERSATIONS,
    messages: CONVERSATIONS * PER_CONVERSATION,
    turnOnMs,
    storedMB: { plain: plainMB, sealed: sealedMB },
    unlockToListMs: median(runs.unlockToListMs),
    unlockKeyMs: median(runs.unlockKeyMs),
    searchMs: median(runs.searchMs),
    saveSealMs: round(saveSealMs, 1),
    goals: { unlockToListMs: 1500, searchMs: 150 },
    samples: runs,
  };
}

/**
 * What the origin stores, in MB, as the browser counts it (IndexedDB mostly).
 * @param {import('@playwright/test').Page} page
 */
async function storedMB(page) {
  return round(((await page.evaluate(() => navigator.storage.estimate())).usage ?? 0) / 1e6, 0);
}

/**
 * Time from navigation until the textbox "Message" is enabled and the conversation list is
 * painted (and until the model is ready), on a cold first visit and on offline warm starts served
 * by the service worker. Uses the build's own config.json (the tiny model on the test mirror).
 */
async function startupBench() {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  await context.addInitScript(() => {
    const w = /** @type {any} */ (window);
    const interactive = () => {
      const box = /** @type {HTMLTextAreaElement | null} */ (document.querySelector('textarea#message'));
      const nav = document.querySelector('nav[aria-label="Conversations"]');
      const listed = w.expectList ? !!nav?.querySelector('li') : !!nav;
      return !!box && !box.disabled && listed;
    };
    w.expectList = sessionStorage.getItem('bench-expect-list') === '1';
    new MutationObserver((_, observer) => {
      if (w.interactiveAt === undefined && interactive()) {
        w.interactiveAt = 0;
        // The next frame: the time it is on screen, not just in the DOM.
        requestAnimationFrame(() => (w.interactiveAt = performance.now()));
      }
      if (/is ready on this device/.test(document.querySelector('[role=status]')?.textContent ?? '')) {
        w.readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  /** @param {import('@playwright/test').Page} page */
  const measure = async (page) => {
    await page.waitForFunction(() => /** @type {any} */ (window).interactiveAt > 0 && /** @type {any} */ (window).readyAt > 0, null, { timeout: 120_000 });
    return page.evaluate(() => ({ interactiveMs: /** @type {any} */ (window).interactiveAt, modelReadyMs: /** @type {any} */ (window).readyAt }));
  };

  const first = await context.newPage();
  await first.goto(APP);
  const cold = await measure(first);
  // A conversation to list, and the service worker in charge, before going offline.
  await first.getByRole('textbox', { name: 'Message' }).fill('hi');
  await first.getByRole('button', { name: 'Send', exact: true }).click();
  await first.locator('article.assistant[aria-busy=false]').waitFor({ timeout: 60_000 });
  await first.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 60_000 });
  await first.evaluate(() => sessionStorage.setItem('bench-expect-list', '1'));
  await context.setOffline(true);
  /** @type {{ interactiveMs: number[], modelReadyMs: number[] }} */
  const warm = { interactiveMs: [], modelReadyMs: [] };
  for (let i = 0; i < RUNS; i++) {
    await first.reload();
    const r = await measure(first);
    warm.interactiveMs.push(round(r.interactiveMs, 1));
    warm.modelReadyMs.push(round(r.modelReadyMs, 1));
  }
  await context.close();
  return {
    cold: { interactiveMs: round(cold.interactiveMs, 1), modelReadyMs: round(cold.modelReadyMs, 1) },
    warmOffline: { interactiveMs: median(warm.interactiveMs), modelReadyMs: median(warm.modelReadyMs), samples: warm },
    goal: { warmOfflineInteractiveMs: 300 },
  };
}

/**
 * Runs in the page: writes synthetic conversations straight into the app's database (schema v2),
 * with a large made-up vocabulary so words are as rare as in real text. Returns the time taken.
 * @param {{ conversations: number, perConversation: number }} size
 */
async function seedHistory({ conversations, perConversation }) {
  const started = performance.now();
  // mulberry32: a small, well-mixed deterministic generator.
  let seed = 42;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vel', 'qu', 'im', 'bro', 'sk', 'zor', 'va', 'tel', 'da', 'ni', 'pe', 'ro', 'su', 'an', 'et'];
  const vocabulary = Array.from({ length: 5000 }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join(''));
  vocabulary.push('zorvatel', 'quimbrosk');
  // Zipf-like: low indexes are common words, high ones rare.
  const word = () => vocabulary[Math.floor(vocabulary.length * rand() ** 3)];
  const sentence = (/** @type {number} */ n) => Array.from({ length: n }, word).join(' ');
  const termsOf = (/** @type {string} */ t) => [...new Set(t.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].map((w) => w.slice(0, 40));
  /** @type {IDBDatabase} */
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open('sotto');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const now = Date.now();
  for (let start = 0; start < conversations; start += 250) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['conversations', 'messages'], 'readwrite');
      const messages = tx.objectStore('messages');
      for (let c = start; c < Math.min(conversations, start + 250); c++) {
        const id = `seed-c${c}`;
        const t0 = now - (conversations - c) * 600_000;
        for (let m = 0; m < perConversation; m++) {
          let text = sentence(8 + Math.floor(rand() * 40));
          // One message in about 2,000 mentions the pair the search looks for.
          if (rand() < 0.0005) text += ' zorvatel quimbrosk';
          const role = m % 2 ? 'assistant' : 'user';
          const at = t0 + m * 1000;
          messages.put({
            id: `seed-m${c}-${m}`,
            conversationId: id,
            role,
            text,
            status: 'complete',
            createdAt: at,
            updatedAt: at,
            terms: termsOf(text),
            ...(role === 'assistant' ? { provenance: { tier: 'nano', where: 'local', model: 'Seed' } } : {}),
          });
        }
        tx.objectStore('conversations').put({ id, title: sentence(4), titleEdited: false, createdAt: t0, updatedAt: t0 + perConversation * 1000, messageCount: perConversation });
      }
      tx.oncomplete = () => resolve(undefined);
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
  return performance.now() - started;
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
