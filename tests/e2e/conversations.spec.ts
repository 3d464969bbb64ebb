import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectedReply } from '../fixtures/tiny-gguf.mjs';
import { chromiumPath, quietArgs } from '../support/chromium.mjs';
import { MODEL_HOST, TINY_LABEL, ask, tinyModel, ui, useConfig, waitReady } from './support';

const tinyConfig = { version: 1, models: [tinyModel()] };
const slowConfig = { version: 1, models: [{ id: 'slow', label: 'Slow Tiny', engine: 'wllama', url: `${MODEL_HOST}/slow.gguf` }] };

function nav(page: Page) {
  const n = page.getByRole('navigation', { name: 'Conversations' });
  return {
    nav: n,
    newConversation: n.getByRole('button', { name: 'New conversation' }),
    search: n.getByRole('searchbox', { name: 'Search conversations' }),
    item: (title: string | RegExp) => n.getByRole('button', { name: title }),
  };
}

async function start(page: Page, config: unknown = tinyConfig, label = TINY_LABEL): Promise<void> {
  await useConfig(page, config);
  await page.goto('/');
  await waitReady(page, label);
}

test('a conversation is titled from its first message, listed most recent first, and survives a reload', async ({ page }) => {
  await start(page);
  expect(await ask(page, 'hi there')).toBe('fghijklmnopqrstuvwxyz');
  await nav(page).newConversation.click();
  await expect(ui(page).replies).toHaveCount(0);
  expect(await ask(page, 'second chat abc')).toBe('defghijklmnopqrstuvwxyz');
  const rows = nav(page).nav.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('second chat abc');
  await expect(rows.nth(1)).toContainText('hi there');

  await page.reload();
  await waitReady(page);
  await expect(rows).toHaveCount(2);
  await nav(page).item(/^hi there/).click();
  await expect(ui(page).log.getByRole('article')).toHaveCount(2);
  await expect(ui(page).replies.first().locator('.text')).toHaveText('fghijklmnopqrstuvwxyz');
  await expect(ui(page).replies.first()).toContainText('Nano (on this device)');
});

test('a conversation survives closing and reopening the browser', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'sotto-profile-'));
  const open = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const executablePath = chromiumPath();
    const context = await chromium.launchPersistentContext(profile, {
      ...(executablePath ? { executablePath } : {}),
      args: [...quietArgs, '--disable-gpu'],
      baseURL: 'http://localhost:4173',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await start(page);
    return { context, page };
  };
  try {
    const first = await open();
    expect(await ask(first.page, 'keep this')).toBe('tuvwxyz');
    expect(await ask(first.page, 'and abc')).toBe('defghijklmnopqrstuvwxyz');
    await first.context.close();

    const second = await open();
    await nav(second.page).item(/^keep this/).click();
    const articles = ui(second.page).log.getByRole('article');
    await expect(articles).toHaveCount(4);
    await expect(articles.nth(2)).toContainText('and abc');
    await expect(ui(second.page).replies.last().locator('.text')).toHaveText('defghijklmnopqrstuvwxyz');
    await second.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('closing the page mid-reply keeps the partial text, marked interrupted, with Retry', async ({ context }) => {
  const page = await context.newPage();
  await start(page, slowConfig, 'Slow Tiny');
  await ui(page).message.fill('count from 0');
  await ui(page).send.click();
  await expect(ui(page).replies.last().locator('.text')).toHaveText(/^123/);
  // The reply is saved at least once a second while it streams.
  await page.waitForTimeout(1600);
  await page.close();

  const again = await context.newPage();
  await start(again, slowConfig, 'Slow Tiny');
  await nav(again).item(/^count from 0/).click();
  const reply = ui(again).replies.last();
  await expect(reply).toContainText('Interrupted: the tab was closed before this reply finished.');
  const saved = (await reply.locator('.text').textContent()) ?? '';
  expect(saved).toMatch(/^1234567890/);
  expect(saved.length).toBeLessThan(1024);

  await reply.getByRole('button', { name: 'Retry' }).click();
  // The new attempt is a second version of the reply.
  await expect(ui(again).replies).toHaveCount(1);
  await expect(ui(again).replies.last()).toContainText('2 / 2');
  await expect(ui(again).replies.last().locator('.text')).toHaveText(/^123/);
  await ui(again).stop.click();
  await expect(ui(again).replies.last()).toContainText('Stopped');
  // The interrupted reply is still there, unchanged.
  await ui(again).replies.last().getByRole('button', { name: 'Previous version' }).click();
  await expect(ui(again).replies.last()).toContainText('1 / 2');
  await expect(ui(again).replies.last().locator('.text')).toHaveText(saved);
});

test('two tabs see each other’s new conversations', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await start(a);
  await start(b);
  expect(await ask(a, 'from tab a')).toBe('bcdefghijklmnopqrstuvwxyz');
  await expect(nav(b).item(/^from tab a/)).toBeVisible();
  expect(await ask(b, 'from tab b')).toBe('cdefghijklmnopqrstuvwxyz');
  await expect(nav(a).item(/^from tab b/)).toBeVisible();
  await expect(nav(a).nav.getByRole('listitem')).toHaveCount(2);
});

test('two tabs sending into one conversation at the same time lose nothing', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await start(a);
  expect(await ask(a, 'shared')).toBe('efghijklmnopqrstuvwxyz');
  await start(b);
  await nav(b).item(/^shared/).click();
  await ui(a).message.fill('from a abc');
  await ui(b).message.fill('from b xyz');
  await Promise.all([ui(a).send.click(), ui(b).send.click()]);
  for (const page of [a, b]) {
    await expect(ui(page).send).toBeVisible();
    await expect(ui(page).log.locator('[aria-busy=true]')).toHaveCount(0);
  }
  await a.reload();
  await waitReady(a);
  await nav(a).item(/^shared/).click();
  // The clicks race: when both tabs asked after the same reply, the two questions are two versions of the next
  // message; when one tab saw the other's question first, it asked after it. Either way nothing is lost, and every
  // message is reachable from the conversation by its version buttons.
  const reply = (text: string) => expectedReply([text]).text;
  const expected = ['shared', reply('shared'), 'from a abc', reply('from a abc'), 'from b xyz', reply('from b xyz')].sort();
  const articles = ui(a).log.getByRole('article');
  await expect(articles.first()).toContainText('shared');
  const seen = new Set(await articles.locator('.text').allTextContents());
  const branch = articles.filter({ hasText: / \/ 2/ });
  if ((await branch.count()) > 0) {
    const next = branch.first().getByRole('button', { name: 'Next version' });
    await ((await next.isEnabled()) ? next : branch.first().getByRole('button', { name: 'Previous version' })).click();
    await expect(articles.locator('[aria-busy=true]')).toHaveCount(0);
    for (const text of await articles.locator('.text').allTextContents()) seen.add(text);
  }
  expect([...seen].sort()).toEqual(expected);
  // The conversation as exported holds each message once.
  await a.getByRole('button', { name: 'Settings' }).click();
  const settings = a.getByRole('dialog', { name: 'Settings' });
  const download = a.waitForEvent('download');
  await settings.getByRole('button', { name: 'Export all (JSON)' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { conversations: { messages: { text: string }[] }[] };
  expect(exported.conversations[0]?.messages.map((m) => m.text).sort()).toEqual(expected);
});

test('search finds a message and opens its conversation at that message', async ({ page }) => {
  await start(page);
  await ask(page, 'the invoice for march');
  await nav(page).newConversation.click();
  await ask(page, 'patient follow up visit');
  await nav(page).newConversation.click();
  await nav(page).search.fill('INVOI mar');
  const results = nav(page).nav.getByRole('list', { name: 'Search results' }).getByRole('button');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('the invoice for march');
  await results.first().click();
  const focused = ui(page).log.getByRole('article').filter({ hasText: 'the invoice for march' });
  await expect(focused).toBeFocused();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('the invoice for march');
  await nav(page).search.fill('nothing like this');
  await expect(nav(page).nav).toContainText('No message contains “nothing like this”.');
});

test('rename, delete with undo', async ({ page }) => {
  await start(page);
  await ask(page, 'draft the lease');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'Conversation title' }).fill('Lease for Unit 4');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(nav(page).item(/^Lease for Unit 4/)).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(nav(page).nav.getByRole('listitem')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nav(page).item(/^Lease for Unit 4/)).toBeVisible();
  await page.reload();
  await waitReady(page);
  await nav(page).item(/^Lease for Unit 4/).click();
  await expect(ui(page).log.getByRole('article')).toHaveCount(2);
});

test('export, erase everything, then import restores the same conversations; a second import adds nothing', async ({ page }) => {
  await start(page);
  await ask(page, 'first abc');
  await nav(page).newConversation.click();
  await ask(page, 'second xyz');

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const download = page.waitForEvent('download');
  await settings.getByRole('button', { name: 'Export all (JSON)' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.format).toBe('sotto-conversations');
  expect(exported.conversations).toHaveLength(2);
  expect(exported.conversations[0].messages[1].provenance).toEqual({ tier: 'nano', where: 'local', model: TINY_LABEL });

  await settings.getByRole('button', { name: 'Erase everything…' }).click();
  await expect(settings).toContainText('This deletes 2 conversations with 4 messages, your settings, and the privacy log');
  await settings.getByRole('button', { name: 'Erase everything', exact: true }).click();
  await waitReady(page);
  await expect(nav(page).nav.getByRole('listitem')).toHaveCount(0);

  await page.getByRole('button', { name: 'Settings' }).click();
  await settings.getByLabel('Import conversations (JSON)').setInputFiles(file);
  await expect(settings).toContainText('Imported 2 conversations and 4 messages');
  await settings.getByLabel('Import conversations (JSON)').setInputFiles(file);
  await expect(settings).toContainText('was already here; nothing was added');
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(nav(page).nav.getByRole('listitem')).toHaveCount(2);
  await nav(page).item(/^first abc/).click();
  await expect(ui(page).replies.first().locator('.text')).toHaveText('defghijklmnopqrstuvwxyz');
});

test('an invalid import file says what is wrong and writes nothing', async ({ page }) => {
  await start(page);
  await ask(page, 'keep me');
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const bad = { format: 'sotto-conversations', version: 1, exportedAt: new Date().toISOString(), conversations: [{ id: 'x', title: 'Bad', titleEdited: false, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), messages: [{ id: 'm', role: 'bot', text: 'hi', status: 'complete', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() }] }] };
  await settings.getByLabel('Import conversations (JSON)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(ui(page).alert).toContainText('Nothing was imported from bad.json: conversations[0].messages[0].role must be "user" or "assistant", got "bot".');
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(nav(page).nav.getByRole('listitem')).toHaveCount(1);
});

