import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startMockMini } from '../mock-mini/server.mjs';
import { chromiumPath, quietArgs } from '../support/chromium.mjs';
import { tinyModel, ui, waitReady } from './support';
import { rawStorage, settings, start, turnOn } from './vault-support';

// Issue 12's proof: a canary typed everywhere a user's words can go is nowhere on disk once the
// vault is on: not in any file of a real, persistent browser profile (UTF-8 or UTF-16), and not
// in IndexedDB or Web Storage read raw through the page without unlocking. The same run with the
// vault off finds it, so the scan is able to.

const MOCK_PORT = 4175;
const config = {
  version: 1,
  models: [tinyModel()],
  cloud: { endpoints: [{ id: 'mock', label: 'Mock Mini', baseUrl: `http://127.0.0.1:${MOCK_PORT}/v1`, model: 'gpt-5.4-mini' }] },
};

/** A browser with its profile in `dir`, as the user's own would be. */
function launch(dir: string): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  return chromium.launchPersistentContext(dir, {
    ...(executablePath ? { executablePath } : {}),
    args: [...quietArgs, '--disable-gpu'],
    baseURL: 'http://localhost:4173',
    serviceWorkers: 'block',
  });
}

/** Files of the profile holding the canary, as UTF-8 or UTF-16 (little and big endian). */
function filesHolding(dir: string, canary: string): string[] {
  const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le'), Buffer.from(canary, 'utf16le').swap16()];
  const hits: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && needles.some((n) => readFileSync(path).includes(n))) hits.push(relative(dir, path));
    }
  };
  walk(dir);
  return hits;
}

/** Puts the canary everywhere a user's words can go, then closes the browser. */
async function useSotto(page: Page, canary: string, vault: boolean): Promise<void> {
  await start(page, config);
  await waitReady(page);
  if (vault) await turnOn(page);
  else await settings(page);
  const s = page.getByRole('dialog', { name: 'Settings' });
  // The remembered API key, and instructions for every conversation.
  await s.getByLabel('API key').fill(`sk-${canary}`);
  await s.getByLabel('API key').press('Tab');
  await s.getByRole('checkbox', { name: /Remember this key/ }).check();
  await s.getByLabel('Instructions for every conversation').fill(`Mention ${canary} politely`);
  await s.getByRole('button', { name: 'Close' }).click();
  // A message (which titles the conversation), sent to the cloud: the privacy log keeps the body.
  await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
  await ui(page).message.fill(`Lease for ${canary} please`);
  await ui(page).send.click();
  await page.getByRole('dialog', { name: 'Review what will be sent' }).getByRole('button', { name: 'Send once' }).click();
  await expect(ui(page).replies.last()).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('button', { name: 'Privacy log' }).click();
  await expect(page.getByRole('list', { name: 'Privacy log entries' })).toContainText(canary);
  await page.keyboard.press('Escape');
  // The conversation's own instructions.
  await page.getByRole('button', { name: 'Instructions', exact: true }).click();
  await page.getByLabel('Instructions for this conversation').fill(`Address ${canary} formally`);
  await page.getByRole('button', { name: 'Save instructions' }).click();
  // A search.
  const search = page.getByRole('searchbox', { name: 'Search conversations' });
  await search.fill(canary);
  await expect(page.getByRole('navigation', { name: 'Conversations' })).toContainText(canary);
  await search.fill('');
  // A draft, kept for the tab.
  await ui(page).message.fill(`Draft about ${canary}`);
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('sotto-draft'))).toBeTruthy();
  await page.waitForTimeout(500);
}

let mock: Awaited<ReturnType<typeof startMockMini>>;
test.afterEach(async () => {
  await mock?.close();
});

for (const vault of [false, true]) {
  test(vault ? 'with the lock on, the canary is in no file of the profile and in no store read raw' : 'with the lock off, the same scan finds the canary (so it can)', async () => {
    test.setTimeout(180_000);
    // Letters only, in lower case: an ordinary-looking word that masking leaves alone, so the exact body sent holds it too.
    const canary = `zqcanary${Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
    mock = await startMockMini({ port: MOCK_PORT, apiKey: `sk-${canary}` });
    const dir = mkdtempSync(join(tmpdir(), 'sotto-profile-'));
    try {
      let context = await launch(dir);
      await useSotto(context.pages()[0] ?? (await context.newPage()), canary, vault);
      await context.close();

      const files = filesHolding(dir, canary);
      context = await launch(dir);
      const page = context.pages()[0] ?? (await context.newPage());
      await start(page, config);
      if (vault) await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
      else await expect(page.getByRole('navigation', { name: 'Conversations' })).toContainText(canary);
      const raw = await rawStorage(page);
      await context.close();

      if (vault) {
        expect(files).toEqual([]);
        expect(raw).not.toContain(canary);
        expect(raw).toContain('sotto/messages');
      } else {
        // IndexedDB and the tab's sessionStorage (the draft) both hold it in the clear.
        expect(files.some((f) => f.includes('IndexedDB'))).toBe(true);
        expect(files.some((f) => f.includes('Session Storage'))).toBe(true);
        expect(raw).toContain(canary);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
