// @ts-check
/**
 * Verifies for real that the tiny GGUF fixture behaves as documented in tests/fixtures/tiny-gguf.mjs,
 * by running it through wllama (bench/direct.html) in headless Chromium, served by the model host.
 *
 *   node scripts/verify-tiny-gguf.mjs [--threads N] [--jinja 0|1] [--keep]
 *   (--threads sets n_threads, default: wllama's hardwareConcurrency / 2; --jinja sets LoadModelParams.jinja, default unset)
 *
 * Checks: model host basics (HEAD, Range, 404, /status, /slow, CORS/COOP/COEP), "hi" -> "jklmnopqrstuvwxyz",
 * "count 0" (max_tokens 30) -> 30 digits "123456789012...", and what loading corrupt.gguf does.
 * Prints the decode tokens/s and ends with "N passed, N failed"; exit code 1 on any failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expectedReply, writeFixtures } from '../tests/fixtures/tiny-gguf.mjs';
import { startModelHost } from '../tests/support/model-host.mjs';

const args = process.argv.slice(2);
const threadsArg = args.includes('--threads') ? args[args.indexOf('--threads') + 1] : undefined;
const jinjaArg = args.includes('--jinja') ? args[args.indexOf('--jinja') + 1] : undefined;
const keep = args.includes('--keep');

let passed = 0;
let failed = 0;
/**
 * @param {string} name
 * @param {boolean} ok
 * @param {string} [detail]
 */
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` - ${detail}` : ''}`);
}

const dir = mkdtempSync(join(tmpdir(), 'sotto-tiny-'));
const fx = writeFixtures(dir);
console.log(`tiny.gguf ${fx.tiny.size} bytes sha256=${fx.tiny.sha256}`);
console.log(`corrupt.gguf ${fx.corrupt.size} bytes sha256=${fx.corrupt.sha256}`);

const host = await startModelHost({ port: 0, dir });
console.log(`model host at ${host.url}`);

/** @type {import('@playwright/test').Browser | null} */
let browser = null;
try {
  // --- model host -------------------------------------------------------------------------
  {
    const head = await fetch(`${host.url}/tiny.gguf`, { method: 'HEAD' });
    check(
      'host HEAD tiny.gguf',
      head.status === 200 && head.headers.get('content-length') === String(fx.tiny.size),
      `status ${head.status}, content-length ${head.headers.get('content-length')}`
    );
    check(
      'host CORS/CORP headers',
      head.headers.get('access-control-allow-origin') === '*' &&
        head.headers.get('cross-origin-resource-policy') === 'cross-origin' &&
        /Content-Range/.test(head.headers.get('access-control-expose-headers') ?? '')
    );
    const range = await fetch(`${host.url}/tiny.gguf`, { headers: { Range: 'bytes=0-3' } });
    const magic = Buffer.from(await range.arrayBuffer()).toString('latin1');
    check(
      'host Range -> 206',
      range.status === 206 && magic === 'GGUF' && range.headers.get('content-range') === `bytes 0-3/${fx.tiny.size}`,
      `status ${range.status}, body ${JSON.stringify(magic)}, content-range ${range.headers.get('content-range')}`
    );
    const missing = await fetch(`${host.url}/nope.gguf`);
    check('host 404 for missing file', missing.status === 404);
    const s503 = await fetch(`${host.url}/status/503/tiny.gguf`);
    check('host /status/503', s503.status === 503);
    const page = await fetch(`${host.url}/direct.html`, { method: 'HEAD' });
    check(
      'host COOP/COEP on direct.html',
      page.status === 200 &&
        page.headers.get('cross-origin-opener-policy') === 'same-origin' &&
        page.headers.get('cross-origin-embedder-policy') === 'require-corp'
    );
    const wasm = await fetch(`${host.url}/wllama/wasm/wllama.wasm`, { method: 'HEAD' });
    check('host wasm MIME', wasm.headers.get('content-type') === 'application/wasm');
    const t0 = Date.now();
    const slow = await fetch(`${host.url}/slow/600/tiny.gguf`);
    const slowBytes = (await slow.arrayBuffer()).byteLength;
    const slowMs = Date.now() - t0;
    check('host /slow/600 streams the whole file slowly', slowBytes === fx.tiny.size && slowMs >= 500, `${slowBytes} bytes in ${slowMs} ms`);
    check('host records requests', host.requests.some((r) => r.method === 'HEAD' && r.path === '/tiny.gguf'));
  }

  // --- wllama in Chromium -----------------------------------------------------------------
  const b = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  browser = b;

  /** @param {string} modelName */
  const openDirect = async (modelName) => {
    const context = await b.newContext();
    const page = await context.newPage();
    /** @type {string[]} */
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    const q = new URLSearchParams({ model: `${host.url}/${modelName}` });
    if (threadsArg) q.set('threads', threadsArg);
    if (jinjaArg) q.set('jinja', jinjaArg);
    await page.goto(`${host.url}/direct.html?${q}`);
    const load = await page.evaluate(() => /** @type {any} */ (window).directLoad);
    return { context, page, load, consoleLines };
  };

  const tiny = await openDirect('tiny.gguf');
  console.log('load tiny.gguf:', JSON.stringify({ ...tiny.load, chatTemplate: undefined }));
  check('tiny.gguf loads', tiny.load.ok === true, tiny.load.error ?? '');
  if (!tiny.load.ok) {
    console.log(tiny.consoleLines.slice(-40).join('\n'));
    const wl = await tiny.page.evaluate(() => /** @type {any} */ (window).directLogs);
    console.log(wl.slice(-60).join('\n'));
  } else {
    check('chat template read from GGUF', typeof tiny.load.chatTemplate === 'string' && tiny.load.chatTemplate.includes("message['content']"));

    const hi = await tiny.page.evaluate(() => /** @type {any} */ (window).runDirect({ prompt: 'hi', maxTokens: 64 }));
    console.log('"hi" ->', JSON.stringify(hi));
    check('"hi" -> jklmnopqrstuvwxyz', hi.text === 'jklmnopqrstuvwxyz' && hi.text === expectedReply('hi').text, JSON.stringify(hi.text));
    check('"hi" stops by itself', hi.finishReason === 'stop' && hi.tokens === 17 && hi.streamedChunks === 17, `finish ${hi.finishReason}, tokens ${hi.tokens}, chunks ${hi.streamedChunks}`);

    const count = await tiny.page.evaluate(() => /** @type {any} */ (window).runDirect({ prompt: 'count 0', maxTokens: 30 }));
    console.log('"count 0" ->', JSON.stringify(count));
    const want = expectedReply('count 0', 30).text;
    check('"count 0" -> 30 digits 123456789012...', count.text === want && want === '123456789012345678901234567890', JSON.stringify(count.text));
    check('"count 0" runs to max_tokens', count.finishReason === 'length' && count.tokens === 30, `finish ${count.finishReason}, tokens ${count.tokens}`);

    const long = await tiny.page.evaluate(() => /** @type {any} */ (window).runDirect({ prompt: 'count 0', maxTokens: 200 }));
    check('"count 0" max_tokens 200', long.text === expectedReply('count 0', 200).text && long.tokens === 200);
    console.log(
      `decode speed: ${long.tokensPerSecond.toFixed(1)} tok/s (first->last streamed token, 200 tokens), engine ${long.engineTokensPerSecond?.toFixed(1)} tok/s, ttft ${long.ttftMs.toFixed(0)} ms; threads=${tiny.load.threads} multithread=${tiny.load.multithread} crossOriginIsolated=${tiny.load.crossOriginIsolated}`
    );

    const stopped = await tiny.page.evaluate(() => /** @type {any} */ (window).runDirect({ prompt: 'count 0', maxTokens: 1000, abortAfterTokens: 5 }));
    check('abortSignal stops the endless reply (Stop)', stopped.aborted === true && stopped.text === '12345', JSON.stringify({ aborted: stopped.aborted, text: stopped.text, chunksAfterAbort: stopped.chunksAfterAbort }));
    const afterStop = await tiny.page.evaluate(() => /** @type {any} */ (window).runDirect({ prompt: 'hi', maxTokens: 64 }));
    check('a new reply works after Stop', afterStop.text === 'jklmnopqrstuvwxyz', JSON.stringify(afterStop.text));

    for (const [prompt, label] of /** @type {const} */ ([
      ['Hello!', 'punctuation ends'],
      ['abc z', 'z ends at once'],
      ['HI', 'upper case (byte tokens) ends'],
    ])) {
      const r = await tiny.page.evaluate((p) => /** @type {any} */ (window).runDirect({ prompt: p, maxTokens: 20 }), prompt);
      check(`${JSON.stringify(prompt)} -> ${JSON.stringify(expectedReply(prompt).text)} (${label})`, r.text === expectedReply(prompt, 20).text, JSON.stringify(r.text));
    }
    const multi = await tiny.page.evaluate(() =>
      /** @type {any} */ (window).runDirect({
        maxTokens: 20,
        messages: [
          { role: 'system', content: 'be brief.' },
          { role: 'user', content: 'say m' },
        ],
      })
    );
    check('system + user: reply follows the last character', multi.text === expectedReply(['be brief.', 'say m']).text, JSON.stringify(multi.text));
  }
  await tiny.context.close();

  // --- cross-origin: page on one origin, model from a second host (another port = another origin) ---
  {
    const mirror = await startModelHost({ port: 0, dir });
    try {
      const context = await b.newContext();
      const page = await context.newPage();
      await page.goto(`${host.url}/direct.html?${new URLSearchParams({ model: `${mirror.url}/slow/500/tiny.gguf` })}`);
      const load = await page.evaluate(() => /** @type {any} */ (window).directLoad);
      const r = load.ok ? await page.evaluate(() => /** @type {any} */ (window).runDirect({ prompt: 'hi' })) : null;
      const seen = mirror.requests.map((x) => `${x.method} ${x.path} ${x.status}`);
      check('cross-origin model (COEP page, slow mirror) loads and answers', load.ok && r?.text === 'jklmnopqrstuvwxyz', JSON.stringify({ load: load.error, text: r?.text, requests: seen }));
      await context.close();
    } finally {
      await mirror.close();
    }
  }

  // --- corrupt file -------------------------------------------------------------------------
  // What really happens in wllama 3.13: loadModelFromUrl RESOLVES (it ignores load_res.success); llama.cpp logs
  // "invalid magic characters"; getLoadedContextInfo().success is false and n_vocab 0; the next completion aborts
  // the wasm (WllamaRuntimeError "(ABORT)") and later calls reject with the string "wllama has crashed, please reload the module".
  const corrupt = await openDirect('corrupt.gguf');
  console.log('load corrupt.gguf:', JSON.stringify(corrupt.load));
  check(
    'corrupt.gguf: loadModelFromUrl resolves, but the engine reports success=false',
    corrupt.load.wllamaResolved === true && corrupt.load.engineSuccess === false && corrupt.load.ok === false && corrupt.load.nVocab === 0,
    JSON.stringify({ wllamaResolved: corrupt.load.wllamaResolved, engineSuccess: corrupt.load.engineSuccess, nVocab: corrupt.load.nVocab })
  );
  const logs = await corrupt.page.evaluate(() => /** @type {any} */ (window).directLogs.join('\n'));
  check('corrupt.gguf: llama.cpp logs invalid magic', /invalid magic/.test(logs));
  const after = await corrupt.page.evaluate(async () => {
    const w = /** @type {any} */ (window);
    /** @type {Record<string, unknown>} */
    const out = {};
    try {
      await w.runDirectUnchecked({ prompt: 'hi', maxTokens: 5 });
      out.first = 'resolved';
    } catch (e) {
      const err = /** @type {any} */ (e);
      out.first = `${err?.name}: ${err?.message ?? err}`;
    }
    try {
      await Promise.race([
        w.wllama.createChatCompletion({ messages: [{ role: 'user', content: 'hi' }], max_tokens: 3 }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 10000)),
      ]);
      out.second = 'resolved';
    } catch (e) {
      const err = /** @type {any} */ (e);
      out.second = typeof err === 'string' ? `string: ${err}` : `${err?.name}: ${err?.message}`;
    }
    await w.wllama.exit();
    out.loadedAfterExit = w.wllama.isModelLoaded();
    return out;
  });
  console.log('corrupt.gguf, completion afterwards:', JSON.stringify(after));
  check('corrupt.gguf: the first completion afterwards aborts the wasm', /^RuntimeError: \(ABORT\)/.test(String(after.first)), String(after.first));
  check('corrupt.gguf: later calls reject "wllama has crashed"', /wllama has crashed/.test(String(after.second)), String(after.second));
  await corrupt.context.close();
} catch (err) {
  check('no exception', false, String(/** @type {Error} */ (err)?.stack ?? err));
} finally {
  await browser?.close();
  await host.close();
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

console.log(`verify-tiny-gguf: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
