/**
 * The first visit asks before the model download: what it is, how big, that it stays on this
 * device; nothing is fetched from the model host but its size until the user presses Download.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildTinyGguf } from '../fixtures/tiny-gguf.mjs';
import { formatBytes } from '../../src/lib/engine/model-storage';
import { MODEL_HOST, TINY_LABEL, ask, startDownload, tinyModel, ui, useConfig, waitReady } from './support';

const TINY_SIZE = formatBytes(buildTinyGguf().length);
const REPLY = 'jklmnopqrstuvwxyz';

interface Seen {
  method: string;
  url: string;
}

/** Every request the page and its workers make, in order. */
function recordRequests(page: Page): Seen[] {
  const seen: Seen[] = [];
  page.on('request', (r) => seen.push({ method: r.method(), url: r.url() }));
  return seen;
}

const toModelHost = (seen: Seen[]) => seen.filter((r) => r.url.startsWith(`${MODEL_HOST}/`));

/**
 * Counts calls to `navigator.storage.persist()`, and notes whether a "Download …" button was ever
 * shown (the first-download offer), for every document this page loads.
 */
async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { persistCalls: number; offered: boolean };
    w.persistCalls = 0;
    w.offered = false;
    const persist = StorageManager.prototype.persist;
    StorageManager.prototype.persist = function (this: StorageManager) {
      w.persistCalls++;
      return persist.call(this);
    };
    new MutationObserver(() => {
      if ([...document.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Download '))) w.offered = true;
    }).observe(document, { subtree: true, childList: true });
  });
}

const persistCalls = (page: Page) => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);
const offered = (page: Page) => page.evaluate(() => (window as unknown as { offered: boolean }).offered);
const offer = (page: Page) => page.getByRole('region', { name: 'Download the on-device model' });

test('a first visit shows the model, its size and that it stays here, downloads nothing until asked, and later visits load it without asking', async ({ page }) => {
  const seen = recordRequests(page);
  await watchPage(page);
  // No "download" key: the default is to ask.
  await useConfig(page, { version: 1, models: [tinyModel('slow/2000/tiny.gguf')], download: undefined });
  await page.goto('/');
  const u = ui(page);

  await expect(offer(page)).toContainText(TINY_LABEL);
  await expect(offer(page)).toContainText(TINY_SIZE);
  await expect(offer(page)).toContainText('It is kept on this device');
  await expect(u.status).toHaveText(`${TINY_LABEL} needs a one-time download of ${TINY_SIZE} before you can chat.`);
  await expect(page.getByText(`You can send once ${TINY_LABEL} is downloaded to this device: press "Download ${TINY_LABEL}".`)).toBeVisible();
  await expect(u.message).toHaveAccessibleDescription(/You can send once Sotto Tiny is downloaded/);
  await u.message.fill('hi');
  await expect(u.send).toBeDisabled();
  await expect(u.progress).toHaveCount(0);
  // Only one model: there is nothing else to choose.
  await expect(page.getByRole('button', { name: 'Choose another model' })).toHaveCount(0);

  // The size came from the model host with HEAD; not one byte of the model was fetched.
  const beforeClick = toModelHost(seen);
  expect(beforeClick.map((r) => `${r.method} ${r.url}`)).toEqual([`HEAD ${MODEL_HOST}/slow/2000/tiny.gguf`]);
  expect(await persistCalls(page)).toBe(0);

  await startDownload(page);
  await expect(u.progress).toBeVisible();
  await expect(u.status).toContainText(`Downloading ${TINY_LABEL}`);
  await expect(offer(page)).toHaveCount(0);
  // Persistent storage is asked for as the download starts, not after the first message.
  await expect.poll(() => persistCalls(page)).toBe(1);
  await waitReady(page);
  expect(toModelHost(seen).some((r) => r.method === 'GET' && r.url.endsWith('/tiny.gguf'))).toBe(true);
  expect(await ask(page, 'hi')).toBe(REPLY);
  expect(await persistCalls(page)).toBe(1);
  // Nothing went anywhere but the app and the configured model host.
  expect([...new Set(seen.map((r) => new URL(r.url).origin).filter((o) => o.startsWith('http')))].sort()).toEqual(['http://localhost:4173', MODEL_HOST].sort());

  // The model is on this device now: the next visit loads it without asking, and without the network.
  const before = seen.length;
  await page.reload();
  await waitReady(page);
  expect(await offered(page)).toBe(false);
  expect(toModelHost(seen.slice(before)).filter((r) => r.method === 'GET')).toEqual([]);
  expect(await ask(page, 'abc')).toBe('defghijklmnopqrstuvwxyz');
});

test('another model can be chosen before the first download, with its size shown first', async ({ page }) => {
  const seen = recordRequests(page);
  await watchPage(page);
  const other = tinyModel('tiny.gguf?copy=2', { id: 'other', label: 'Other Tiny', size: 5 * 1024 * 1024 });
  await useConfig(page, { version: 1, models: [tinyModel(), other], download: 'ask' });
  await page.goto('/');
  await expect(offer(page)).toContainText(TINY_LABEL);
  await expect(offer(page)).toContainText(TINY_SIZE);

  await page.getByRole('button', { name: 'Choose another model' }).click();
  const dialog = page.getByRole('dialog', { name: 'Models' });
  const row = (label: string) => dialog.getByRole('listitem').filter({ hasText: label });
  await expect(row(TINY_LABEL)).toContainText('Chosen');
  await expect(row('Other Tiny')).toContainText('Not downloaded · 5.0 MB to download');
  await row('Other Tiny').getByRole('button', { name: 'Choose Other Tiny' }).click();
  await expect(dialog).toBeHidden();

  await expect(offer(page)).toContainText('Other Tiny');
  await expect(offer(page)).toContainText('5.0 MB');
  await expect(ui(page).status).toHaveText('Other Tiny needs a one-time download of 5.0 MB before you can chat.');
  // The config gave its size: the host was not asked, and no model was fetched.
  expect(toModelHost(seen).filter((r) => r.url.includes('copy=2') || r.method !== 'HEAD')).toEqual([]);

  await startDownload(page, 'Other Tiny');
  await waitReady(page, 'Other Tiny');
  const gets = toModelHost(seen).filter((r) => r.method === 'GET');
  expect(gets.map((r) => r.url)).toEqual([`${MODEL_HOST}/tiny.gguf?copy=2`]);

  // The choice is remembered, and the chosen model is on the device: no question on the next visit.
  await page.reload();
  await waitReady(page, 'Other Tiny');
  expect(await offered(page)).toBe(false);
});

test('"download": "auto" downloads at once and asks for persistent storage as it starts', async ({ page }) => {
  await watchPage(page);
  await useConfig(page, { version: 1, models: [tinyModel('slow/2000/tiny.gguf')], download: 'auto' });
  await page.goto('/');
  await expect(ui(page).progress).toBeVisible();
  await expect(ui(page).status).toContainText(`Downloading ${TINY_LABEL}`);
  await expect.poll(() => persistCalls(page)).toBe(1);
  await waitReady(page);
  expect(await offered(page)).toBe(false);
});

test('a size the model host does not tell is shown as unknown; the download still says what went wrong', async ({ page }) => {
  await useConfig(page, { version: 1, models: [tinyModel('status/404/tiny.gguf')], download: 'ask' });
  await page.goto('/');
  await expect(offer(page)).toContainText('not known in advance');
  await expect(ui(page).status).toHaveText(`${TINY_LABEL} needs a one-time download (size unknown) before you can chat.`);
  await startDownload(page);
  await expect(ui(page).alert).toContainText(`Could not download ${TINY_LABEL}: 127.0.0.1:4174 answered HTTP 404 (the file is missing)`);
});

test('an unknown "download" value is a clear start-up error', async ({ page }) => {
  await useConfig(page, { version: 1, models: [tinyModel()], download: 'always' });
  await page.goto('/');
  await expect(ui(page).alert).toContainText('download: must be "ask" (the default: the user starts the first model download) or "auto"');
  await expect(ui(page).alert).toContainText('Ask your IT admin to fix config.json.');
  await expect(offer(page)).toHaveCount(0);
});
