import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startMockMini } from '../mock-mini/server.mjs';
import { TINY_LABEL, ask, tinyModel, ui, useConfig, waitReady } from './support';

// Message actions, versions, instructions and generation settings, on the real build with the tiny
// model (and the mock Mini endpoint for the cloud side).

const MOCK_PORT = 4175;
let mock: Awaited<ReturnType<typeof startMockMini>>;

test.beforeAll(async () => {
  mock = await startMockMini({ port: MOCK_PORT, apiKey: 'test-key' });
});
test.afterAll(async () => {
  await mock.close();
});
test.beforeEach(() => mock.reset());

const localConfig = { version: 1, models: [tinyModel()] };
const cloudConfig = {
  ...localConfig,
  cloud: { endpoints: [{ id: 'mock', label: 'Mock Mini', baseUrl: `http://127.0.0.1:${MOCK_PORT}/v1`, model: 'gpt-5.4-mini' }] },
};
const posts = () => mock.received.filter((r) => r.method === 'POST' && !r.preflight);

async function start(page: Page, config: unknown = localConfig): Promise<void> {
  await useConfig(page, config);
  await page.goto('/');
  await waitReady(page);
}

const turns = (page: Page) => ui(page).log.getByRole('article');
/** The texts of the turns shown, waited for (a new version replaces the shown one a moment after the click). */
const expectTexts = (page: Page, expected: string[]) => expect(turns(page).locator('.text')).toHaveText(expected);

async function openSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings' }).click();
  return page.getByRole('dialog', { name: 'Settings' });
}

test('Copy puts the reply on the clipboard as Markdown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await start(page);
  await ask(page, 'hi');
  const reply = ui(page).replies.last();
  await reply.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(reply).toContainText('Copied the reply');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('jklmnopqrstuvwxyz');
});

test('Regenerate adds a version of the reply; both versions stay reachable', async ({ page }) => {
  await start(page);
  await ask(page, 'hi');
  const reply = ui(page).replies.last();
  await reply.getByRole('button', { name: 'Regenerate' }).click();
  await expect(ui(page).replies).toHaveCount(1);
  await expect(ui(page).replies.last()).toHaveAttribute('aria-busy', 'false');
  await expect(ui(page).replies.last()).toContainText('2 / 2');
  await ui(page).replies.last().getByRole('button', { name: 'Previous version' }).click();
  await expect(ui(page).replies.last()).toContainText('1 / 2');
  await expect(ui(page).replies.last().locator('.text')).toHaveText('jklmnopqrstuvwxyz');
});

test('Edit sends a new version and keeps the earlier one, across a reload and an export and import', async ({ page }) => {
  await start(page);
  await ask(page, 'hi');
  const question = turns(page).first();
  await question.getByRole('button', { name: 'Edit' }).click();
  const box = question.getByRole('textbox', { name: /Edit your message/ });
  await expect(box).toBeFocused();
  await box.fill('abc');
  await question.getByRole('button', { name: 'Save' }).click();
  // The earlier reply stays on screen until the new version is saved: wait for the new one.
  await expect(turns(page).first()).toContainText('2 / 2');
  await expect(ui(page).replies.last()).toHaveAttribute('aria-busy', 'false');
  await expectTexts(page, ['abc', 'defghijklmnopqrstuvwxyz']);

  await turns(page).first().getByRole('button', { name: 'Previous version' }).click();
  await expectTexts(page, ['hi', 'jklmnopqrstuvwxyz']);

  await page.reload();
  await waitReady(page);
  await page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^hi/ }).click();
  await expect(turns(page)).toHaveCount(2);
  await expectTexts(page, ['hi', 'jklmnopqrstuvwxyz']);
  await turns(page).first().getByRole('button', { name: 'Next version' }).click();
  await expectTexts(page, ['abc', 'defghijklmnopqrstuvwxyz']);

  // Export, erase, import: the versions come back.
  const settings = await openSettings(page);
  const download = page.waitForEvent('download');
  await settings.getByRole('button', { name: 'Export all (JSON)' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { conversations: { messages: { text: string; parentId?: string | null }[] }[] };
  expect(exported.conversations[0]?.messages.map((m) => m.text)).toEqual(['hi', 'jklmnopqrstuvwxyz', 'abc', 'defghijklmnopqrstuvwxyz']);
  await settings.getByRole('button', { name: 'Erase everything…' }).click();
  await settings.getByRole('button', { name: 'Erase everything', exact: true }).click();
  await waitReady(page);
  const again = await openSettings(page);
  await again.getByLabel('Import conversations (JSON)').setInputFiles(file);
  await expect(again).toContainText('Imported 1 conversation and 4 messages');
  await again.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^hi/ }).click();
  await expect(turns(page)).toHaveCount(2);
  await expectTexts(page, ['abc', 'defghijklmnopqrstuvwxyz']);
  await turns(page).first().getByRole('button', { name: 'Previous version' }).click();
  await expectTexts(page, ['hi', 'jklmnopqrstuvwxyz']);

  // Search finds the earlier version too.
  await page.getByRole('searchbox', { name: 'Search conversations' }).fill('abc');
  await expect(page.getByRole('navigation', { name: 'Conversations' })).toContainText('abc');
});

test('Remove deletes a message with its reply; Undo brings them back', async ({ page }) => {
  await start(page);
  await ask(page, 'hi');
  await ask(page, 'abc');
  await turns(page).nth(2).getByRole('button', { name: 'Remove message' }).click();
  await expect(turns(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(turns(page)).toHaveCount(4);
  await expectTexts(page, ['hi', 'jklmnopqrstuvwxyz', 'abc', 'defghijklmnopqrstuvwxyz']);
});

test('when earlier messages do not fit, the reply says how many the model can read', async ({ page }) => {
  await start(page);
  const settings = await openSettings(page);
  const longest = settings.getByLabel('Longest reply (tokens)');
  await longest.fill('4096');
  await longest.press('Tab');
  await settings.getByRole('button', { name: 'Close' }).click();
  await ask(page, 'hi');
  await ask(page, 'abc');
  await expect(ui(page).replies.last()).toContainText(`${TINY_LABEL} can read only this message of this conversation; 2 earlier ones were left out.`);
  // The setting is kept per model.
  await page.reload();
  await waitReady(page);
  await expect((await openSettings(page)).getByLabel('Longest reply (tokens)')).toHaveValue('4096');
});

test('after the first reply, prompts are sized by the tokens the model itself counted, not by an estimate', async ({ page }) => {
  // Sotto Tiny's tokenizer takes one character a token, where the first estimate assumes three.
  await start(page);
  const settings = await openSettings(page);
  const longest = settings.getByLabel('Longest reply (tokens)');
  // 4096 tokens of context, 2992 kept for the reply: about 1,100 for the prompt.
  await longest.fill('2992');
  await longest.press('Tab');
  await settings.getByRole('button', { name: 'Close' }).click();
  await ask(page, 'hi');
  // 1,500 characters: about 500 tokens by the estimate (it would fit), 1,500 as the model counts them (it does not).
  await ask(page, 'lorem ipsum '.repeat(125).trim());
  await ask(page, 'abc');
  await expect(ui(page).replies.last()).toContainText(`${TINY_LABEL} can read only this message of this conversation; 4 earlier ones were left out.`);
});

test('instructions (default and for the conversation) are shown in the review and sent in the body', async ({ page }) => {
  await start(page, cloudConfig);
  const settings = await openSettings(page);
  await settings.getByLabel('API key').fill('test-key');
  await settings.getByLabel('API key').press('Tab');
  await settings.getByLabel('Instructions for every conversation').fill('Answer in plain words.');
  await settings.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Instructions' }).click();
  await page.getByLabel('Instructions for this conversation').fill('Keep it short.');
  await page.getByRole('button', { name: 'Save instructions' }).click();

  await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
  await ui(page).message.fill('What is a tort?');
  await ui(page).send.click();
  const review = page.getByRole('dialog', { name: 'Review what will be sent' });
  await expect(review.getByLabel(/Your instructions as written/)).toHaveValue('Answer in plain words.\n\nKeep it short.');
  await review.getByRole('button', { name: 'Send once' }).click();
  await expect(ui(page).replies.last()).toHaveAttribute('aria-busy', 'false');
  const body = posts()[0]?.body as { messages: { role: string; content: string }[] };
  expect(body.messages[0]?.role).toBe('system');
  expect(body.messages[0]?.content).toContain('Answer in plain words.\n\nKeep it short.');

  // Regenerating a cloud reply opens a new review; nothing is resent silently.
  await ui(page).replies.last().getByRole('button', { name: 'Regenerate' }).click();
  await expect(review).toBeVisible();
  expect(posts()).toHaveLength(1);
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toBeHidden();
  expect(posts()).toHaveLength(1);
  await expect(ui(page).replies).toHaveCount(1);
});
