import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ask, tinyModel, ui, waitReady } from './support';
import { PASS, settings, start as startWith, turnOn, unlock } from './vault-support';

// Issue 12, Passkey unlock: a passkey (WebAuthn PRF) wraps the same key as the passphrase, which stays
// the fallback. Chromium's virtual authenticator stands in for Windows Hello, Touch ID or a security key.

const config = { version: 1, models: [tinyModel()] };
const start = (page: Page) => startWith(page, config);

/** A platform authenticator (user verification on, presence automatic), with or without PRF support; counts the credentials it holds. */
async function virtualAuthenticator(page: Page, hasPrf: boolean) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, hasPrf, automaticPresenceSimulation: true },
  });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials.length,
    forget: () => cdp.send('WebAuthn.clearCredentials', { authenticatorId }),
  };
}

/** Adds a passkey from the open Settings dialog, giving `passphrase`. */
async function addPasskey(page: Page, passphrase = PASS): Promise<void> {
  const s = page.getByRole('dialog', { name: 'Settings' });
  const field = s.getByLabel('Your passphrase');
  if (!(await field.isVisible())) await s.getByRole('button', { name: 'Add a passkey' }).click();
  await field.fill(passphrase);
  await s.getByRole('button', { name: 'Create the passkey' }).click();
}

/** How many passkeys the vault's header on disk holds, read raw through the page. */
async function storedPasskeys(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('sotto');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const row = await new Promise<{ value?: { passkeys?: unknown[] } } | undefined>((resolve) => {
      const request = db.transaction('settings').objectStore('settings').get('vault');
      request.onsuccess = () => resolve(request.result as { value?: { passkeys?: unknown[] } } | undefined);
    });
    db.close();
    return row?.value?.passkeys?.length ?? -1;
  });
}

/** The new controls pass axe as the rest of the app does (see a11y.spec.ts). */
async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${screen}`).toEqual([]);
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Conversations' });
const passkeyButton = (page: Page) => page.getByRole('button', { name: 'Unlock with a passkey' });

test('a passkey unlocks Sotto; the passphrase still does; once the passkey is removed only the passphrase is offered', async ({ page }) => {
  const authenticator = await virtualAuthenticator(page, true);
  await start(page);
  await waitReady(page);
  await ask(page, 'Okafor lease renewal');
  await turnOn(page);
  const s = page.getByRole('dialog', { name: 'Settings' });

  // Adding a way in asks the passphrase first: a wrong one makes no passkey at all.
  await addPasskey(page, 'not the passphrase');
  await expect(s.getByRole('alert')).toHaveText('That passphrase is not the right one; no passkey was added.');
  expect(await authenticator.credentials()).toBe(0);

  await addPasskey(page);
  await expect(s.getByRole('list', { name: 'Passkeys that unlock Sotto' })).toContainText('Passkey 1');
  await expect(s.getByText('Passkey 1 now unlocks Sotto')).toBeVisible();
  expect(await authenticator.credentials()).toBe(1);
  expect(await storedPasskeys(page)).toBe(1);
  await expectNoViolations(page, 'Settings with a passkey');

  await s.getByRole('button', { name: 'Lock now' }).click();
  await expect(passkeyButton(page)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Okafor');
  await expectNoViolations(page, 'the locked screen with a passkey');
  await passkeyButton(page).click();
  await expect(nav(page)).toContainText('Okafor lease');
  await nav(page).getByText('Okafor lease').click();
  await expect(ui(page).log).toContainText('Okafor lease renewal');

  // The passphrase is the fallback: it unlocks as before.
  await page.keyboard.press('Control+Shift+L');
  await expect(passkeyButton(page)).toBeVisible();
  await unlock(page);
  await expect(nav(page)).toContainText('Okafor lease');

  const t = await settings(page);
  await t.getByRole('button', { name: 'Remove passkey Passkey 1' }).click();
  await expect(t.getByText('Passkey 1 no longer unlocks Sotto')).toBeVisible();
  await expect(t.getByRole('list', { name: 'Passkeys that unlock Sotto' })).toHaveCount(0);
  expect(await storedPasskeys(page)).toBe(0);
  await t.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await expect(passkeyButton(page)).toHaveCount(0);
  await unlock(page);
  await expect(nav(page)).toContainText('Okafor lease');
});

test('an authenticator without PRF: adding a passkey says plainly that it cannot unlock Sotto, and stores nothing', async ({ page }) => {
  await virtualAuthenticator(page, false);
  await start(page);
  await turnOn(page);
  const s = page.getByRole('dialog', { name: 'Settings' });
  await addPasskey(page);
  await expect(s.getByRole('alert')).toContainText('This passkey or this browser cannot unlock Sotto');
  await expect(s.getByRole('alert')).toContainText('Nothing was saved, and your passphrase still works.');
  await expect(s.getByRole('list', { name: 'Passkeys that unlock Sotto' })).toHaveCount(0);
  expect(await storedPasskeys(page)).toBe(0);

  await s.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await expect(passkeyButton(page)).toHaveCount(0);
  await unlock(page);
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
});

test('a passkey gone from the device: the locked screen says to use the passphrase, which unlocks', async ({ page }) => {
  const authenticator = await virtualAuthenticator(page, true);
  await start(page);
  await turnOn(page);
  await addPasskey(page);
  const s = page.getByRole('dialog', { name: 'Settings' });
  await expect(s.getByRole('list', { name: 'Passkeys that unlock Sotto' })).toContainText('Passkey 1');
  await s.getByRole('button', { name: 'Lock now' }).click();

  await authenticator.forget();
  await passkeyButton(page).click();
  await expect(page.getByRole('alert')).toContainText('use your passphrase');
  await unlock(page);
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
});
