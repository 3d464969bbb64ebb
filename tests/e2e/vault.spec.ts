import { expect, test, type Page } from '@playwright/test';
import { startMockMini } from '../mock-mini/server.mjs';
import { ask, tinyModel, ui, waitReady } from './support';
import { PASS, rawStorage, settings, start as startWith, turnOn, unlock } from './vault-support';

// Issue 12: the vault. Everything runs on the real build, with real WebCrypto.

const config = { version: 1, models: [tinyModel()] };
const MOCK_PORT = 4175;
const cloud = { cloud: { endpoints: [{ id: 'mock', label: 'Mock Mini', baseUrl: `http://127.0.0.1:${MOCK_PORT}/v1`, model: 'gpt-5.4-mini' }] } };
const start = (page: Page, over: Record<string, unknown> = {}) => startWith(page, { ...config, ...over });
let mock: Awaited<ReturnType<typeof startMockMini>>;

test.beforeAll(async () => {
  mock = await startMockMini({ port: MOCK_PORT, apiKey: 'test-key' });
});
test.afterAll(async () => {
  await mock.close();
});

test('the lock encrypts what is stored; Lock now shows nothing of the user’s; a wrong passphrase says so; the right one brings everything back', async ({ page }) => {
  await start(page);
  await waitReady(page);
  expect(await ask(page, 'Quarterly figures for Mrs Okafor')).toBe('stuvwxyz');
  await expect(page.getByRole('navigation', { name: 'Conversations' })).toContainText('Quarterly figures');
  expect(await rawStorage(page)).toContain('Okafor');

  await turnOn(page);
  const raw = await rawStorage(page);
  expect(raw).not.toContain('Okafor');
  expect(raw).not.toContain('quarterly');
  expect(raw).toContain('sotto/messages');

  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Quarterly');
  await expect(page.getByRole('navigation', { name: 'Conversations' })).toHaveCount(0);

  await unlock(page, 'not the passphrase');
  await expect(page.getByRole('alert')).toContainText('not the right one');
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();

  await unlock(page);
  await expect(page.getByRole('navigation', { name: 'Conversations' })).toContainText('Quarterly figures');
  await page.getByRole('navigation', { name: 'Conversations' }).getByText('Quarterly figures').click();
  await expect(ui(page).log).toContainText('Quarterly figures for Mrs Okafor');
  await expect(ui(page).log).toContainText('stuvwxyz');
});

/** An export file of `count` conversations of `size` messages, each naming a client. */
function exportFile(count: number, size: number): string {
  const at = new Date(Date.now() - 60_000).toISOString();
  return JSON.stringify({
    format: 'sotto-conversations',
    version: 1,
    exportedAt: at,
    conversations: Array.from({ length: count }, (_, i) => ({
      id: `conv-${i}`,
      title: `Okafor matter ${i}`,
      titleEdited: true,
      createdAt: at,
      updatedAt: at,
      messages: Array.from({ length: size }, (_, j) => ({
        id: `conv-${i}-m${j}`,
        role: j % 2 ? 'assistant' : 'user',
        text: `Okafor note ${i}.${j}: the tenancy deposit and the quarterly service charge`,
        status: 'complete',
        createdAt: at,
        updatedAt: at,
        ...(j % 2 ? { provenance: { tier: 'nano', where: 'local', model: 'Sotto Tiny' } } : {}),
      })),
    })),
  });
}

async function importText(page: Page, text: string): Promise<void> {
  const s = await settings(page);
  await s.getByLabel('Import conversations (JSON)').setInputFiles({ name: 'import.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(s).toContainText(/Imported/, { timeout: 60_000 });
  await s.getByRole('button', { name: 'Close' }).click();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Conversations' });

/** What Settings says Erase everything would delete: every conversation and message there is. */
async function expectAll(page: Page, conversations: number, messages: number): Promise<void> {
  const s = await settings(page);
  await s.getByRole('button', { name: 'Erase everything…' }).click();
  await expect(s.getByRole('group', { name: 'Erase everything?' })).toContainText(`This deletes ${conversations.toLocaleString('en')} conversations with ${messages.toLocaleString('en')} messages`);
  await s.getByRole('button', { name: 'Cancel' }).click();
  await s.getByRole('button', { name: 'Close' }).click();
}

test('turning the lock on, and off, with a tab closed midway: nothing is lost, nothing stays half done', async ({ context }) => {
  test.setTimeout(180_000);
  let page = await context.newPage();
  await start(page);
  await importText(page, exportFile(200, 10));

  const s = await settings(page);
  await s.getByLabel('Lock Sotto with a passphrase').check();
  await s.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await s.getByLabel('Confirm passphrase', { exact: true }).fill(PASS);
  await s.getByRole('button', { name: 'Turn on the lock' }).click();
  const encrypting = s.getByRole('progressbar', { name: 'Encrypting your data' });
  await expect.poll(async () => Number((await encrypting.getAttribute('value')) ?? 0), { timeout: 30_000, intervals: [50] }).toBeGreaterThan(0);
  await page.close();

  page = await context.newPage();
  await start(page);
  // Half-encrypted: locked, and whole after the unlock.
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  const half = await rawStorage(page);
  expect(half).toContain('Okafor note');
  expect(half).toContain('"sealed":1');
  await unlock(page);
  await expect(nav(page)).toContainText('Okafor matter');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('progressbar', { name: 'Encrypting your data' })).toHaveCount(0, { timeout: 120_000 });
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  await expectAll(page, 200, 2000);
  const sealed = await rawStorage(page);
  expect(sealed).not.toContain('Okafor');
  expect(sealed).not.toContain('tenancy');
  await page.getByRole('searchbox').fill('okafor note 123.7');
  await expect(nav(page)).toContainText('Okafor matter 123');

  // Off, cut short the same way.
  await page.getByRole('searchbox').fill('');
  const t = await settings(page);
  await t.getByLabel('Lock Sotto with a passphrase').uncheck();
  await t.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await t.getByRole('button', { name: 'Turn off the lock' }).click();
  const decrypting = t.getByRole('progressbar', { name: 'Decrypting your data' });
  await expect.poll(async () => Number((await decrypting.getAttribute('value')) ?? 0), { timeout: 30_000, intervals: [50] }).toBeGreaterThan(0);
  await page.close();

  page = await context.newPage();
  await start(page);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await unlock(page);
  await expect(nav(page)).toContainText('Okafor matter');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('progressbar', { name: 'Decrypting your data' })).toHaveCount(0, { timeout: 120_000 });
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  await expectAll(page, 200, 2000);
  const plain = await rawStorage(page);
  expect(plain).not.toContain('"sealed":1');
  expect(plain).toContain('Okafor note 199.9');
  await page.reload();
  await expect(nav(page)).toContainText('Okafor matter');
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toHaveCount(0);
});

test('a deployment that requires the lock asks for a passphrase before anything is saved', async ({ page }) => {
  await start(page, { vault: 'required' });
  await expect(page.getByRole('heading', { name: 'Choose a passphrase' })).toBeVisible();
  await expect(ui(page).message).toHaveCount(0);
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Confirm passphrase', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Lock Sotto with a passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('at least 8 characters');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Lock Sotto with a passphrase' }).click();
  await waitReady(page);
  await ask(page, 'Okafor tenancy');
  expect(await rawStorage(page)).not.toContain('Okafor');
  // The user cannot turn a required lock off.
  const s = await settings(page);
  await expect(s.getByLabel('Lock Sotto with a passphrase')).toBeDisabled();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
});

test('a deployment that comes to require the lock asks at the next start, shows nothing meanwhile, then encrypts what was there', async ({ page }) => {
  await start(page);
  await waitReady(page);
  await ask(page, 'Okafor deposit');
  // The IT admin now requires the lock; the list could be read before the new config arrives.
  await start(page, { vault: 'required' });
  await expect(page.getByRole('heading', { name: 'Choose a passphrase' })).toBeVisible();
  await expect(nav(page)).toHaveCount(0);
  await expect(ui(page).message).toHaveCount(0);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Lock Sotto with a passphrase' }).click();
  await waitReady(page);
  await expect(nav(page)).toContainText('Okafor deposit');
  await expect.poll(() => rawStorage(page), { timeout: 30_000 }).not.toContain('Okafor');
});

test('after a short time without use every tab locks; unlocking one unlocks the other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await start(a, { autoLockMinutes: 0.1 });
  await start(b, { autoLockMinutes: 0.1 });
  await waitReady(a);
  await ask(a, 'Okafor lease');
  await turnOn(a);
  await a.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  // The other tab goes on with the same keys, and shows the conversation.
  await expect(nav(b)).toContainText('Okafor lease');
  // Six seconds without use: both lock, and show nothing.
  for (const tab of [a, b]) {
    await expect(tab.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(tab.locator('body')).not.toContainText('Okafor');
  }
  await unlock(b);
  for (const tab of [a, b]) await expect(nav(tab)).toContainText('Okafor lease');
});

test('a reply streaming when the lock comes is saved, encrypted, before the lock completes', async ({ page }) => {
  await start(page, cloud);
  await waitReady(page);
  await turnOn(page);
  const s = page.getByRole('dialog', { name: 'Settings' });
  await s.getByLabel('API key').fill('test-key');
  await s.getByLabel('API key').press('Tab');
  await s.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
  await ui(page).message.fill('Okafor tenancy #mode=slow');
  await ui(page).send.click();
  await page.getByRole('dialog', { name: 'Review what will be sent' }).getByRole('button', { name: 'Send once' }).click();
  await expect(ui(page).replies.last().locator('.text')).not.toHaveText('', { timeout: 10_000 });
  // The lock reloads the page once the reply is saved: nothing decrypted stays in memory.
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Control+Shift+L')]);
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  expect(await rawStorage(page)).not.toContain('Okafor');
  await unlock(page);
  await nav(page).getByText('Okafor tenancy').click();
  const reply = ui(page).replies.first();
  await expect(reply).toHaveAttribute('aria-busy', 'false');
  await expect(reply.locator('.text')).not.toHaveText('');
  // Its privacy-log entry says how it ended, not "sending".
  await page.getByRole('button', { name: 'Privacy log' }).click();
  await expect(page.getByRole('list', { name: 'Privacy log entries' }).getByRole('listitem')).toContainText(/stopped/i);
});

test('changing the passphrase; a forgotten one can only be erased, with everything', async ({ page }) => {
  await start(page);
  await waitReady(page);
  await ask(page, 'Okafor lease');
  await turnOn(page);
  const s = page.getByRole('dialog', { name: 'Settings' });
  await s.getByRole('button', { name: 'Change passphrase…' }).click();
  await s.getByLabel('Current passphrase').fill('not it at all');
  await s.getByLabel('New passphrase', { exact: true }).fill('a brand new passphrase');
  await s.getByLabel('Confirm new passphrase').fill('a brand new passphrase');
  await s.getByRole('button', { name: 'Change passphrase', exact: true }).click();
  await expect(s.getByRole('alert')).toContainText('current passphrase is not the right one');
  await s.getByLabel('Current passphrase').fill(PASS);
  await s.getByRole('button', { name: 'Change passphrase', exact: true }).click();
  await expect(s.getByRole('status').filter({ hasText: 'The passphrase is changed' })).toBeVisible();
  await s.getByRole('button', { name: 'Lock now' }).click();

  await unlock(page, PASS);
  await expect(page.getByRole('alert')).toContainText('not the right one');
  await unlock(page, 'a brand new passphrase');
  await expect(nav(page)).toContainText('Okafor lease');

  await page.keyboard.press('Control+Shift+L');
  await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
  await expect(page.getByText('cannot be recovered')).toBeVisible();
  await page.getByRole('button', { name: 'Erase everything and start again' }).click();
  await waitReady(page);
  await expect(nav(page)).not.toContainText('Okafor');
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toHaveCount(0);
  expect(await rawStorage(page)).not.toContain('sealed');
});

test('with the lock on, a plain export asks first: the file would not be encrypted', async ({ page }) => {
  await start(page);
  await waitReady(page);
  await ask(page, 'Okafor lease');
  await turnOn(page);
  const s = page.getByRole('dialog', { name: 'Settings' });
  await s.getByRole('button', { name: 'Export all (JSON)' }).click();
  const question = s.getByRole('group', { name: 'Export without encryption?' });
  await expect(question).toContainText('anyone who gets it can read every conversation');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toHaveCount(0);
  await s.getByRole('button', { name: 'Export all (JSON)' }).click();
  const download = page.waitForEvent('download');
  await s.getByRole('button', { name: 'Export without encryption' }).click();
  expect((await download).suggestedFilename()).toMatch(/^sotto-.*\.json$/);

  // The same for one conversation, from its header.
  await page.keyboard.press('Escape');
  await expect(s).toBeHidden();
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const one = page.getByRole('group', { name: 'Export without encryption?' });
  await expect(one).toContainText('anyone who gets it can read this conversation');
  const mdDownload = page.waitForEvent('download');
  await one.getByRole('button', { name: 'Export without encryption' }).click();
  expect((await mdDownload).suggestedFilename()).toMatch(/\.md$/);
  await expect(one).toHaveCount(0);
});
