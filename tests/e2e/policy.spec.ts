/**
 * What the page itself may do, against the real build and its real headers: it cannot be framed,
 * it cannot reach the model hosts (only the engine worker can), it starts only Sotto's own
 * workers, and it explains — and fetches nothing — where wllama's bundled build cannot run.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildTinyGguf } from '../fixtures/tiny-gguf.mjs';
import { formatBytes } from '../../src/lib/engine/model-storage';
import { MODEL_HOST, TINY_LABEL, ask, startDownload, tinyModel, ui, useConfig, waitReady } from './support';

const APP = 'http://localhost:4173';
const REPLY = 'jklmnopqrstuvwxyz';

/** Every URL requested by the page and its workers. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Console messages of Content-Security-Policy violations. */
function recordViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/violates the following Content Security Policy directive/.test(m.text())) seen.push(m.text());
  });
  return seen;
}

const engineWorker = (page: Page) => page.workers().find((w) => w.url().includes('/assets/engine.worker-'));

/**
 * A real HTTP server on loopback (a random port) for the duration of one test. Real, rather than
 * `page.route`: Chromium counts a page or worker that Playwright fulfils as public, and its Local
 * Network Access checks then block it from framing or fetching loopback servers.
 */
async function loopbackServer(handle: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>) {
  const server = createServer((req, res) => void Promise.resolve(handle(req, res)).catch(() => res.writeHead(502).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * The app as served (headers included), through a proxy that lets `patch` rewrite a file, at
 * http://localhost:<port> — another origin, so its storage starts empty.
 */
async function patchedApp(patch: (path: string, body: string) => string) {
  return loopbackServer(async (req, res) => {
    const upstream = await fetch(`${APP}${req.url ?? '/'}`);
    const headers = Object.fromEntries([...upstream.headers].filter(([k]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(k)));
    const type = upstream.headers.get('content-type') ?? '';
    const body = /javascript/.test(type) ? patch(new URL(req.url ?? '/', APP).pathname, await upstream.text()) : Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, headers).end(body);
  });
}

test('the app cannot be framed by another site', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  // Another site (another origin, on this machine) that puts Sotto in a frame.
  const framer = await loopbackServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(`<iframe src="${APP}/" title="Sotto"></iframe>`));
  try {
    await page.goto(`http://127.0.0.1:${framer.port}/`);
    // Chromium's wording has changed over versions ("Refused to frame …", "Framing … violates …").
    const blocked = (m: string) => (m.includes(`Refused to frame '${APP}/'`) || m.includes(`Framing '${APP}/' violates`)) && m.includes(`"frame-ancestors 'none'"`);
    await expect.poll(() => messages.some(blocked)).toBe(true);
    expect(page.frames().find((f) => f !== page.mainFrame())?.url()).toBe('chrome-error://chromewebdata/');
  } finally {
    await framer.close();
  }
});

test('only the engine worker reaches the model host: it learns the size and downloads the model; the page cannot fetch it', async ({ page }) => {
  const urls = recordRequests(page);
  const violations = recordViolations(page);
  // The default "download": "ask": the size is shown first, from a HEAD to the model host.
  await useConfig(page, { version: 1, models: [tinyModel()], download: undefined });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Download the on-device model' })).toContainText(formatBytes(buildTinyGguf().length));
  await startDownload(page);
  await waitReady(page);
  expect(await ask(page, 'hi')).toBe(REPLY);
  const target = `${MODEL_HOST}/tiny.gguf`;
  expect(urls.filter((u) => u === target).length).toBeGreaterThanOrEqual(2); // HEAD, then GET

  // The model host is up and answers the worker; the page's own policy does not let it ask.
  const worker = engineWorker(page);
  expect(worker, 'the engine worker runs').toBeTruthy();
  expect(await worker!.evaluate((url) => fetch(url, { method: 'HEAD' }).then((r) => `HTTP ${r.status}`, (e: Error) => e.name), target)).toBe('HTTP 200');
  expect(await page.evaluate((url) => fetch(url, { method: 'HEAD' }).then(() => 'fetched', (e: Error) => e.name), target)).toBe('TypeError');
  expect(violations.some((v) => v.includes(target) && /directive: "connect-src 'self' http:\/\/127\.0\.0\.1:4175 http:\/\/127\.0\.0\.1:4176"/.test(v))).toBe(true);
});

test('the page starts only Sotto’s engine worker and service worker: any other script URL is refused', async ({ page }) => {
  await useConfig(page, { version: 1, models: [tinyModel()] });
  await page.goto('/');
  await waitReady(page);
  expect(engineWorker(page), 'the engine worker passed the Trusted Types policy').toBeTruthy();
  const attempts = await page.evaluate(() => {
    const tryIt = (label: string, start: () => unknown) => {
      try {
        start();
        return `${label}: started`;
      } catch (err) {
        return `${label}: ${(err as Error).name}: ${(err as Error).message}`;
      }
    };
    const blob = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }));
    return [
      // Same origin, but not Sotto's worker: the old policy let any same-origin URL through.
      tryIt('same-origin worker', () => new Worker('/assets/not-sotto.js', { type: 'module' })),
      tryIt('blob worker', () => new Worker(blob)),
      tryIt('script', () => {
        const s = document.createElement('script');
        s.src = '/assets/not-sotto.js';
        document.head.append(s);
      }),
    ];
  });
  expect(attempts).toEqual([
    'same-origin worker: TypeError: Sotto refused to run /assets/not-sotto.js as a script: only its engine worker and its service worker may start.',
    expect.stringMatching(/^blob worker: TypeError: Sotto refused to run blob:http:\/\/localhost:4173\/[-0-9a-f]+ as a script/),
    'script: TypeError: Sotto refused to run /assets/not-sotto.js as a script: only its engine worker and its service worker may start.',
  ]);
});

test('a browser without WebAssembly memory64 is told so in plain words, and nothing is fetched from the model host or any CDN', async ({ page }) => {
  const urls = recordRequests(page);
  // As a browser without memory64 would: 64-bit memories cannot be created on the page.
  await page.addInitScript(() => {
    const Memory = WebAssembly.Memory;
    WebAssembly.Memory = new Proxy(Memory, {
      construct(target, args: [WebAssembly.MemoryDescriptor & { address?: string }]) {
        if (args[0]?.address === 'i64') throw new TypeError('WebAssembly.Memory(): memory64 is not supported');
        return Reflect.construct(target, args) as object;
      },
    });
  });
  await useConfig(page, { version: 1, models: [tinyModel()] });
  await page.goto('/');
  await expect(ui(page).alert).toContainText(
    'This browser cannot run the on-device CPU model: it lacks WebAssembly memory64 (use a current Chrome, Edge or Firefox), and no other configured model can run here.',
  );
  await expect(ui(page).status).toContainText('No configured model can run on this device.');
  expect(urls.filter((u) => /^https?:/.test(u) && new URL(u).origin !== APP)).toEqual([]);
});

test('a browser without JSPI (as Firefox) runs the CPU model on wllama’s bundled build, with nothing from a CDN', async ({ page }) => {
  const urls = recordRequests(page);
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // The engine worker, and every worker wllama makes from a script blob, start without JSPI.
  const withoutJspi = 'delete WebAssembly.Suspending; delete WebAssembly.promising;\n';
  const prelude = `${withoutJspi}{ const B = Blob; globalThis.Blob = class extends B { constructor(parts, o) { super(/javascript/.test(o?.type ?? '') ? [${JSON.stringify(withoutJspi)}, ...parts] : parts, o); } }; }\n`;
  const app = await patchedApp((path, body) => (/^\/assets\/engine\.worker-.*\.js$/.test(path) ? prelude + body : body));
  try {
    const origin = `http://localhost:${app.port}`;
    await useConfig(page, { version: 1, models: [tinyModel()] });
    await page.goto(`${origin}/`);
    await waitReady(page);
    expect(await engineWorker(page)!.evaluate(() => typeof (WebAssembly as { Suspending?: unknown }).Suspending)).toBe('undefined');
    expect(await ask(page, 'hi')).toBe(REPLY);
    // wllama saw a browser it would have sent to the CDN, and stayed on the bundled build.
    expect(warnings).toContain('[wllama] Not using compat mode');
    expect(urls.filter((u) => /^https?:/.test(u) && ![origin, MODEL_HOST].includes(new URL(u).origin))).toEqual([]);
    await expect(ui(page).status).toContainText(`${TINY_LABEL} is ready on this device`);
  } finally {
    await app.close();
  }
});
