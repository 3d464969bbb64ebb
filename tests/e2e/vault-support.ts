import { expect, type Page } from '@playwright/test';
import { useConfig } from './support';

/** The passphrase the vault tests lock Sotto with. */
export const PASS = 'correct horse battery staple';

export async function start(page: Page, config: unknown): Promise<void> {
  await useConfig(page, config);
  await page.goto('/');
}

export async function settings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  return page.getByRole('dialog', { name: 'Settings' });
}

/** Turns the lock on from Settings (which stays open), and waits until everything stored is encrypted. */
export async function turnOn(page: Page, passphrase = PASS): Promise<void> {
  const s = await settings(page);
  await s.getByLabel('Lock Sotto with a passphrase').check();
  await s.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await s.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
  // Enter in the last field turns it on, as the button does.
  await s.getByLabel('Confirm passphrase', { exact: true }).press('Enter');
  await expect(s.getByText('Sotto is locked with a passphrase')).toBeVisible({ timeout: 30_000 });
  await expect(s.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
}

export async function unlock(page: Page, passphrase = PASS): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/** Every value of every IndexedDB store and Web Storage area, read raw through the page (no key). */
export async function rawStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [];
    const show = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array || x instanceof ArrayBuffer ? `[${new Uint8Array(x as ArrayBuffer).length} bytes]` : x));
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
        });
        out.push(`${name}/${store}: ${show(rows)}`);
      }
      db.close();
    }
    for (const area of [localStorage, sessionStorage]) for (const key of Object.keys(area)) out.push(`${key}=${area.getItem(key)}`);
    return out.join('\n');
  });
}
