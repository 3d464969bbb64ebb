import { expect, test, type Page } from '@playwright/test';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockMini } from '../mock-mini/server.mjs';
import { TINY_LABEL, ask, tinyModel, ui, useConfig, waitReady } from './support';

// Data-safety defects from review (issue 11), each proved on the real build.

const MOCK_PORT = 4175;
let mock: Awaited<ReturnType<typeof startMockMini>>;

test.beforeAll(async () => {
  mock = await startMockMini({ port: MOCK_PORT, apiKey: 'test-key' });
});
test.afterAll(async () => {
  await mock.close();
});
test.beforeEach(() => mock.reset());

const config = {
  version: 1,
  models: [tinyModel()],
  cloud: { endpoints: [{ id: 'mock', label: 'Mock Mini', baseUrl: `http://127.0.0.1:${MOCK_PORT}/v1`, model: 'gpt-5.4-mini' }] },
};
const DAY = 24 * 60 * 60 * 1000;

async function start(page: Page): Promise<void> {
  await useConfig(page, config);
  await page.goto('/');
  await waitReady(page);
}

async function settings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  return page.getByRole('dialog', { name: 'Settings' });
}

async function withKey(page: Page): Promise<void> {
  const s = await settings(page);
  await s.getByLabel('API key').fill('test-key');
  await s.getByLabel('API key').press('Tab');
  await s.getByRole('button', { name: 'Close' }).click();
}

/** An export file with conversations last active `ages` days ago. */
function exportFile(ages: number[], id = (i: number) => `conv-${i}`): string {
  const now = Date.now();
  return JSON.stringify({
    format: 'sotto-conversations',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    conversations: ages.map((age, i) => {
      const at = new Date(now - age * DAY).toISOString();
      return {
        id: id(i),
        title: `Old matter ${i}`,
        titleEdited: false,
        createdAt: at,
        updatedAt: at,
        messages: [
          { id: `${id(i)}-q`, role: 'user', text: `question ${i}`, status: 'complete', createdAt: at, updatedAt: at },
          { id: `${id(i)}-a`, role: 'assistant', text: `answer ${i}`, status: 'complete', createdAt: at, updatedAt: at, provenance: { tier: 'nano', where: 'local', model: TINY_LABEL } },
        ],
      };
    }),
  });
}

async function importText(page: Page, text: string, name = 'import.json'): Promise<void> {
  const s = await settings(page);
  await s.getByLabel('Import conversations (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(s).toContainText(/Imported|Nothing was imported|already here/);
  await s.getByRole('button', { name: 'Close' }).click();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Conversations' });

test('a shorter retention period asks before deleting, and can be undone', async ({ page }) => {
  await start(page);
  await importText(page, exportFile([40, 45, 1]));
  await expect(nav(page).getByRole('listitem')).toHaveCount(3);

  const s = await settings(page);
  const keep = s.getByLabel('Keep conversations');
  // One arrow key on a closed select fires change in Chromium: it must not delete anything by itself.
  await keep.focus();
  await keep.selectOption('30');
  await expect(s.getByRole('group', { name: 'Delete 2 conversations?' })).toBeVisible();
  await expect(nav(page).getByRole('listitem')).toHaveCount(3);
  await s.getByRole('button', { name: 'Keep everything as it is' }).click();
  await expect(keep).toHaveValue('null');
  await expect(nav(page).getByRole('listitem')).toHaveCount(3);

  await keep.selectOption('30');
  await s.getByRole('button', { name: 'Delete and keep 30 days' }).click();
  await expect(nav(page).getByRole('listitem')).toHaveCount(1);
  await s.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nav(page).getByRole('listitem')).toHaveCount(3);
  await expect((await settings(page)).getByLabel('Keep conversations')).toHaveValue('null');
});

test('an import never appends into a conversation here, and imported replies say so', async ({ page }) => {
  await start(page);
  await importText(page, exportFile([2]));
  // The same id with other content: added as a separate copy.
  await importText(page, exportFile([2]).replaceAll('answer 0', 'a different answer'));
  await expect(nav(page).getByRole('listitem')).toHaveCount(2);
  await nav(page).getByRole('button', { name: /Old matter 0 \(imported copy\)/ }).click();
  await expect(ui(page).replies.first()).toContainText('Imported · said to be Nano (on this device)');
  await expect(ui(page).replies.first().locator('.text')).toHaveText('a different answer');
  await nav(page).getByRole('button', { name: /^Old matter 0/ }).filter({ hasNotText: 'imported copy' }).click();
  await expect(ui(page).replies.first().locator('.text')).toHaveText('answer 0');
});

test('a file too large to read is refused before it is read', async ({ page }) => {
  await start(page);
  const dir = mkdtempSync(join(tmpdir(), 'sotto-big-'));
  const path = join(dir, 'huge.json');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 129 * 1024 * 1024); // sparse: nothing is written to disk
  closeSync(fd);
  try {
    const s = await settings(page);
    await s.getByLabel('Import conversations (JSON)').setInputFiles(path);
    await expect(page.getByRole('alert')).toContainText('Nothing was imported from huge.json: it is 129 MB, more than the 128 MB Sotto can read at once.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the privacy log has the entry before the request goes out; a tab closed mid-reply leaves it interrupted', async ({ context }) => {
  const page = await context.newPage();
  await start(page);
  await withKey(page);
  mock.setMode('hang');
  await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
  await ui(page).message.fill('What does estoppel mean?');
  await ui(page).send.click();
  await page.getByRole('dialog', { name: 'Review what will be sent' }).getByRole('button', { name: 'Send once' }).click();
  await expect.poll(() => mock.received.filter((r) => r.method === 'POST' && !r.preflight).length).toBe(1);
  await page.getByRole('button', { name: 'Privacy log' }).click();
  const entries = page.getByRole('list', { name: 'Privacy log entries' });
  await expect(entries).toContainText('sending');
  await page.close();

  const again = await context.newPage();
  await start(again);
  await again.getByRole('button', { name: 'Privacy log' }).click();
  await expect(again.getByRole('list', { name: 'Privacy log entries' })).toContainText('interrupted');
});

test('a redirect from the endpoint is not followed, and says why', async ({ page }) => {
  await start(page);
  await withKey(page);
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith('http://127.0.0.1:9/')) elsewhere.push(r.url());
  });
  mock.setMode('redirect');
  await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
  await ui(page).message.fill('Summarise this clause.');
  await ui(page).send.click();
  await page.getByRole('dialog', { name: 'Review what will be sent' }).getByRole('button', { name: 'Send once' }).click();
  await expect(page.getByRole('alert')).toContainText('answered with a redirect to another address. Sotto never follows one');
  expect(elsewhere).toEqual([]);
});

test('when the review cannot open, the draft comes back and the user hears why', async ({ page }) => {
  await page.route(/\/assets\/redact-[^/]*\.js$/, (route) => route.abort());
  await start(page);
  await withKey(page);
  await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
  await ui(page).message.fill('Please keep this text');
  await ui(page).send.click();
  await expect(page.getByRole('alert')).toContainText('The review could not open, so nothing was sent');
  await expect(ui(page).message).toHaveValue('Please keep this text');
  expect(mock.received).toHaveLength(0);
});

test('Erase everything leaves nothing of the user’s in any storage area, in this tab and the others', async ({ context }) => {
  const page = await context.newPage();
  const other = await context.newPage();
  await start(page);
  await start(other);
  await withKey(page);
  // A real cloud send, so the privacy log holds the exact body sent.
  await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
  await ui(page).message.fill('Summarise the lease for Mrs Okafor');
  await ui(page).send.click();
  await page.getByRole('dialog', { name: 'Review what will be sent' }).getByRole('button', { name: 'Send once' }).click();
  await expect(ui(page).replies.last()).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('button', { name: 'Privacy log' }).click();
  await expect(page.getByRole('list', { name: 'Privacy log entries' }).getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Escape');
  expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
  await ui(page).message.fill('a draft in this tab');
  await ui(other).message.fill('a draft in the other tab');
  await page.evaluate(async () => {
    localStorage.setItem('left-behind', 'x');
    await (await caches.open('some-runtime-cache')).put('/anything', new Response('x'));
  });
  const before = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const names: string[] = [];
    for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return names;
  });
  expect(before.length).toBeGreaterThan(0); // the downloaded model, in OPFS
  // After the erase the app starts afresh and asks before downloading again, so OPFS stays as the erase left it.
  for (const tab of [page, other]) await useConfig(tab, { ...config, download: 'ask' });

  const s = await settings(page);
  await s.getByRole('button', { name: 'Erase everything…' }).click();
  await s.getByRole('checkbox', { name: /Also delete the downloaded models/ }).check();
  await s.getByRole('button', { name: 'Erase everything', exact: true }).click();

  for (const tab of [page, other]) {
    await expect(tab.getByRole('button', { name: `Download ${TINY_LABEL}`, exact: true })).toBeVisible({ timeout: 30_000 });
    const left = await tab.evaluate(async () => {
      const rows: Record<string, number> = {};
      for (const { name } of await indexedDB.databases()) {
        if (!name) continue;
        const open = indexedDB.open(name);
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          // The start-up after the erase writes the deployment config it loaded and that it asked for
          // persistent storage: facts about the device, nothing of the user's. Nothing else may be there.
          rows[`${name}/${store}`] = await new Promise<number>((resolve) => {
            const request = db.transaction(store).objectStore(store).getAllKeys();
            request.onsuccess = () => resolve((request.result as IDBValidKey[]).filter((k) => k !== 'deploymentConfig' && k !== 'persistAsked').length);
          });
        }
        db.close();
      }
      // Every file in the origin's private file system (the engines may leave empty folders).
      type Folder = FileSystemDirectoryHandle & { entries(): AsyncIterable<[string, FileSystemHandle]> };
      const files: string[] = [];
      const walk = async (folder: Folder, path: string): Promise<void> => {
        for await (const [name, handle] of folder.entries()) {
          if (handle.kind === 'file') files.push(`${path}${name}`);
          else await walk(handle as Folder, `${path}${name}/`);
        }
      };
      await walk((await navigator.storage.getDirectory()) as Folder, '');
      return {
        rows,
        session: Object.keys(sessionStorage),
        // The time of the erase (so that a tab that missed it never reads its old draft): no user data.
        local: Object.keys(localStorage).filter((k) => k !== 'sotto-erased-at'),
        caches: (await caches.keys()).filter((n) => !n.startsWith('workbox-precache')),
        files,
      };
    });
    expect(left).toEqual({ rows: { 'sotto/audit': 0, 'sotto/conversations': 0, 'sotto/messages': 0, 'sotto/settings': 0 }, session: [], local: [], caches: [], files: [] });
    await expect(ui(tab).message).toHaveValue('');
  }
});

test('a tab that missed the erase (asleep, or reopened with its old session) never shows its old draft again', async ({ context }) => {
  const page = await context.newPage();
  await start(page);
  await ui(page).message.fill('a draft that must not survive');
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('sotto-draft'))).toBe('a draft that must not survive');
  // Another tab erased while this one was frozen: it never heard the message. All it can see is what
  // the erase left on the device (localStorage is shared; this tab's sessionStorage is its own).
  await page.evaluate(() => localStorage.setItem('sotto-erased-at', String(Date.now() + 1)));
  await page.reload();
  await waitReady(page);
  await expect(ui(page).message).toHaveValue('');
  expect(await page.evaluate(() => sessionStorage.getItem('sotto-draft'))).toBeNull();
});

test('an Erase everything cut short by a closed tab is finished at the next start, before anything is read', async ({ context }) => {
  const page = await context.newPage();
  await start(page);
  expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
  // The state a tab closed midway leaves: the database part done (its marker written), the rest not.
  await page.evaluate(async () => {
    localStorage.setItem('left-behind', 'x');
    await (await caches.open('some-runtime-cache')).put('/anything', new Response('x'));
    const open = indexedDB.open('sotto');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['conversations', 'messages', 'settings'], 'readwrite');
    tx.objectStore('conversations').clear();
    tx.objectStore('messages').clear();
    tx.objectStore('settings').put({ key: 'eraseInProgress', value: { at: Date.now(), alsoModels: false } });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
  await page.reload();
  await waitReady(page);
  const left = await page.evaluate(async () => ({
    local: Object.keys(localStorage).filter((k) => k !== 'sotto-erased-at'),
    caches: (await caches.keys()).filter((n) => !n.startsWith('workbox-precache') && !n.startsWith('webllm')),
    marker: await new Promise((resolve) => {
      const open = indexedDB.open('sotto');
      open.onsuccess = () => {
        const request = open.result.transaction('settings').objectStore('settings').get('eraseInProgress');
        request.onsuccess = () => resolve(request.result ?? null);
      };
    }),
  }));
  expect(left).toEqual({ local: [], caches: [], marker: null });
  await expect(nav(page).getByRole('listitem')).toHaveCount(0);
});
