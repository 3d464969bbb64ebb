import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ask, tinyModel, ui, useConfig, waitReady } from './support';

// Issue 12, Backups: "Export all" offers an encrypted backup, with a password of its own, that imports on another device.

const config = { version: 1, models: [tinyModel()] };
const PASSWORD = 'harbour lantern 42';

async function start(page: Page): Promise<void> {
  await useConfig(page, config);
  await page.goto('/');
  await waitReady(page);
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  return page.getByRole('dialog', { name: 'Settings' });
}

/** Clicks Export all (JSON) and returns the downloaded file's name and text. */
async function exportAll(page: Page): Promise<{ name: string; text: string }> {
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const download = page.waitForEvent('download');
  await settings.getByRole('button', { name: 'Export all (JSON)' }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** The new controls pass axe as the rest of the app does (see a11y.spec.ts). */
async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${screen}`).toEqual([]);
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Conversations' });

test('Encrypted backup round trip: the file hides every word, and only its password opens it on another device', async ({ page, browser }) => {
  const canary = `okapi${Date.now().toString(36)}`;
  await start(page);
  await ask(page, `notes about ${canary}`);

  const settings = await openSettings(page);
  await settings.getByRole('checkbox', { name: 'Encrypt the backup with a password' }).check();
  await expect(settings.getByRole('button', { name: 'Export all (Markdown)' })).toBeDisabled();
  const password = settings.getByLabel('Backup password', { exact: true });
  const confirm = settings.getByLabel('Confirm backup password', { exact: true });

  // Passwords that would not do are refused where they are typed, and nothing is downloaded.
  let downloads = 0;
  page.on('download', () => downloads++);
  await password.fill('short');
  await confirm.fill('short');
  await settings.getByRole('button', { name: 'Export all (JSON)' }).click();
  await expect(settings.getByRole('alert')).toHaveText('Use at least 8 characters for the backup password.');
  await password.fill(PASSWORD);
  await confirm.fill(`${PASSWORD}!`);
  await settings.getByRole('button', { name: 'Export all (JSON)' }).click();
  await expect(settings.getByRole('alert')).toHaveText('The two passwords differ. Type the same password in both fields.');
  expect(downloads).toBe(0);
  await expectNoViolations(page, 'the backup password fields');

  await confirm.fill(PASSWORD);
  const backup = await exportAll(page);
  expect(backup.name).toMatch(/^sotto-\d{4}-\d{2}-\d{2}\.sotto-backup\.json$/);
  expect(backup.text).not.toContain(canary);
  expect(backup.text).not.toContain('sotto-conversations');
  const envelope = JSON.parse(backup.text) as Record<string, Record<string, unknown>>;
  expect(envelope).toMatchObject({ format: 'sotto-encrypted-backup', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 }, cipher: { name: 'AES-GCM' } });
  await expect(settings).toContainText(`Saved ${backup.name}. Only its password opens it`);
  await expect(password).toHaveValue('');

  // Unticked, Export all (JSON) writes the plain export as before.
  await settings.getByRole('checkbox', { name: 'Encrypt the backup with a password' }).uncheck();
  await expect(settings.getByRole('button', { name: 'Export all (Markdown)' })).toBeEnabled();
  const plain = await exportAll(page);
  expect(plain.name).toMatch(/^sotto-\d{4}-\d{2}-\d{2}\.json$/);
  expect(plain.text).toContain(canary);
  expect(JSON.parse(plain.text)).toMatchObject({ format: 'sotto-conversations', version: 1 });

  // Another device: a fresh browser profile.
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, serviceWorkers: 'block' });
  try {
    const device = await other.newPage();
    await start(device);
    const there = await openSettings(device);
    const importFile = there.getByLabel('Import conversations (JSON)');
    const prompt = there.getByRole('group', { name: 'Open encrypted backup' });
    const chosen = { name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) };

    // Cancel: nothing is imported, and the file can be chosen again.
    await importFile.setInputFiles(chosen);
    await expect(prompt).toContainText('is encrypted. Enter the password it was exported with');
    await expect(prompt.getByLabel('Backup password', { exact: true })).toBeFocused();
    await prompt.getByRole('button', { name: 'Cancel' }).click();
    await expect(prompt).toHaveCount(0);

    // A wrong password says what to do, imports nothing, and the user can try again.
    await importFile.setInputFiles(chosen);
    await prompt.getByLabel('Backup password', { exact: true }).fill('harbour lantern 24');
    await prompt.getByRole('button', { name: 'Open backup' }).click();
    await expect(prompt.getByRole('alert')).toHaveText('That password does not open this backup. Check it and try again; nothing was imported.');
    await expect(nav(device).getByRole('listitem')).toHaveCount(0);
    await expectNoViolations(device, 'the backup password prompt');

    await prompt.getByLabel('Backup password', { exact: true }).fill(PASSWORD);
    await prompt.getByRole('button', { name: 'Open backup' }).click();
    await expect(there).toContainText(`Imported 1 conversation and 2 messages from ${backup.name}.`);
    await expect(prompt).toHaveCount(0);
    await there.getByRole('button', { name: 'Close' }).click();
    await nav(device).getByRole('button', { name: new RegExp(`^notes about ${canary}`) }).click();
    await expect(ui(device).log).toContainText(`notes about ${canary}`);
  } finally {
    await other.close();
  }
});
