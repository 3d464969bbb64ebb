/**
 * The installable, offline-first app, as an IT admin deploys it: built for its own config with
 * the model on the app's own server (a same-origin mirror) and a cloud endpoint, served by
 * `vite preview`. "Offline" here is what the app can observe on any Chromium: its server stops
 * answering, while the browser still says it is online (no network emulation).
 */
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixtures } from '../fixtures/tiny-gguf.mjs';
import { chromiumPath, quietArgs } from '../support/chromium.mjs';
import { buildApp, serveApp } from './app-build';
import { MODEL_HOST, TINY_LABEL, ask, startDownload, ui, waitReady } from './support';

const PORT = 4177;
const APP = `http://localhost:${PORT}`;
/** The cloud endpoint of this deployment; no test sends to it, so nothing needs to listen there. */
const CLOUD = 'http://127.0.0.1:4175';

let work = '';
let server: Awaited<ReturnType<typeof serveApp>> | null = null;

/** Serves build `name` ('first' or 'second') in place of whatever was served before. */
async function serve(name: 'first' | 'second') {
  await stopServing();
  server = await serveApp(join(work, name), PORT);
}

/** The app's server goes away: the network is up, but the app's requests reach nothing. */
async function stopServing() {
  await server?.close();
  server = null;
}

test.use({ serviceWorkers: 'allow', baseURL: APP });
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  work = mkdtempSync(join(tmpdir(), 'sotto-pwa-'));
  const fixtures = writeFixtures(join(work, 'fixtures'));
  // The model lives on the app's own server: the app then needs no other origin unless the user
  // sends to the cloud. The config leaves "download" to its default: each test's first visit asks
  // before the model downloads.
  const config = {
    version: 1,
    models: [{ id: 'tiny', label: TINY_LABEL, engine: 'wllama', url: 'models/tiny.gguf', sha256: fixtures.slow.sha256 }],
    cloud: { endpoints: [{ id: 'mock', label: 'Mock Mini', baseUrl: `${CLOUD}/v1`, model: 'mock-mini' }] },
  };
  for (const name of ['first', 'second'] as const) {
    buildApp({ outDir: join(work, name), config, buildId: name, models: { 'models/tiny.gguf': fixtures.slow.path } });
  }
  await serve('first');
});

test.afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Waits until the service worker controls the page (it claims the first visit at once). */
async function controlled(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null), { timeout: 60_000 }).toBe('activated');
}

/** Every URL a context requests, from pages, workers and the service worker. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

test('the service worker takes control; when the network reaches nothing, a reload shows the app and its conversations, the model answers, and the cloud waits for the server to answer again', async ({
  page,
  context,
}) => {
  const urls = recordRequests(context);
  // As on a captive portal or a LAN with no route, the browser says it is online throughout:
  // only the app's own failed requests can tell.
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => true }));
  const cloudSwitch = page.getByRole('switch', { name: 'Send to cloud (Mini)' });
  const offlineBar = page.getByText('Sotto keeps working on this device; the cloud is unavailable until you reconnect.');
  await page.goto('/');
  await expect(page.getByText('Ready to work offline.')).toBeVisible({ timeout: 60_000 });
  await controlled(page);
  await startDownload(page);
  await waitReady(page);
  expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');

  // The precache holds the app shell, the engine worker and the engines' wasm, never model weights.
  const precached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.includes('precache'));
    const urls = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)));
    return urls.flat();
  });
  expect(precached).toContain('/index.html');
  expect(precached.some((p) => /\/assets\/engine\.worker-.*\.js$/.test(p))).toBe(true);
  expect(precached.some((p) => /\/assets\/wllama-.*\.wasm$/.test(p))).toBe(true);
  expect(precached.filter((p) => /\.(gguf|bin)$|config\.json$/.test(p))).toEqual([]);

  await expect(cloudSwitch).toBeEnabled();
  await expect(offlineBar).toHaveCount(0);

  // Offline, the model on the device: it loads without asking.
  await stopServing();
  await page.reload();
  const u = ui(page);
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  await expect(offlineBar).toBeVisible();
  await expect(cloudSwitch).toBeDisabled();
  await expect(page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /hi/ })).toBeVisible();
  await waitReady(page);
  await expect(u.message).toBeEnabled();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await ask(page, 'vw')).toBe('xyz');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Any address of the app opens the app offline (navigation falls back to it).
  await page.goto('/some/bookmarked/address');
  await expect(u.message).toBeEnabled();
  await expect(page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /vw/ })).toBeVisible();
  await expect(offlineBar).toBeVisible();

  // The server answers again: the app asks every 15 s, and is online once it gets an answer.
  await serve('first');
  await expect(offlineBar).toHaveCount(0, { timeout: 30_000 });
  await expect(cloudSwitch).toBeEnabled();

  // A whole session with a same-origin mirror: nothing but the app's own origin was asked for (the
  // cloud endpoint only ever hears from Sotto after "Send once").
  const elsewhere = urls.filter((u) => /^https?:/.test(u) && new URL(u).origin !== APP);
  expect(elsewhere).toEqual([]);
  expect(urls.some((u) => u.endsWith('/models/tiny.gguf'))).toBe(true);
});

test('the CSP blocks a fetch to another origin, from the page and from the engine worker; Trusted Types block injected HTML', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes(`violates the following Content Security Policy directive: "connect-src 'self' ${CLOUD}"`)) violations.push(m.text());
  });
  await page.goto('/');
  await startDownload(page);
  await waitReady(page);
  // The test model host is up (the other tests use it), so only the policy can stop this.
  const target = `${MODEL_HOST}/tiny.gguf`;
  expect(await fetch(target).then((r) => r.status)).toBe(200);
  expect(await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'blocked'), target)).toBe('blocked');
  const worker = page.workers().find((w) => w.url().includes('engine.worker'));
  expect(worker, 'the engine worker runs').toBeTruthy();
  expect(await worker!.evaluate((url) => fetch(url).then(() => 'fetched', () => 'blocked'), target)).toBe('blocked');
  expect(violations.length).toBeGreaterThanOrEqual(2);

  const injected = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<img src="x" id="injected">');
      return 'inserted';
    } catch (err) {
      return (err as Error).name;
    }
  });
  expect(injected).toBe('TypeError');
  await expect(page.locator('#injected')).toHaveCount(0);
});

test('an update to a rebuilt app waits for the streaming reply, keeps the draft, and loads the new version on Reload', async ({ page }) => {
  await page.goto('/');
  await startDownload(page);
  await waitReady(page);
  await controlled(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog')).toContainText('Sotto 0.1.0 (first)');
  await page.keyboard.press('Escape');

  await serve('second');
  // The browser checks for a new version on navigation; a reload under the old one finds it.
  await page.reload();
  await waitReady(page);
  const reload = page.getByRole('button', { name: 'Reload' });
  await expect(page.getByText('Update available')).toBeVisible({ timeout: 60_000 });

  // Not while a reply streams: "0" makes the model count for a long time.
  const u = ui(page);
  await u.message.fill('0');
  await u.send.click();
  await expect(u.stop).toBeVisible();
  await expect(reload).toBeDisabled();
  await u.stop.click();
  await expect(u.send).toBeVisible();

  await u.message.fill('a draft I have not sent');
  await reload.click();
  await expect(page.getByText('Update available')).toHaveCount(0, { timeout: 30_000 });
  await waitReady(page);
  await expect(u.message).toHaveValue('a draft I have not sent');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog')).toContainText('Sotto 0.1.0 (second)');
});

test('installable: the manifest and service worker pass Chromium\'s installability checks', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'sotto-profile-'));
  const executablePath = chromiumPath();
  const context = await chromium.launchPersistentContext(profile, {
    ...(executablePath ? { executablePath } : {}),
    args: [...quietArgs, '--disable-gpu'],
    baseURL: APP,
    serviceWorkers: 'allow',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${APP}/manifest.webmanifest`);
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? '{}') as Record<string, unknown>;
    expect(manifest).toMatchObject({ id: '/', short_name: 'Sotto', display: 'standalone', launch_handler: { client_mode: 'focus-existing' } });
    const icons = manifest.icons as { sizes: string; purpose: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
