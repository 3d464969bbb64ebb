import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startMockMini } from '../mock-mini/server.mjs';
import { MODEL_HOST, TINY_LABEL, tinyModel, ui, useConfig, waitReady } from './support';

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
const posts = () => mock.received.filter((r) => r.method === 'POST' && !r.preflight);
const cloudSwitch = (page: Page) => page.getByRole('switch', { name: 'Send to cloud (Mini)' });
const review = (page: Page) => page.getByRole('dialog', { name: 'Review what will be sent' });

async function start(page: Page, withKey = true): Promise<void> {
  await useConfig(page, config);
  await page.goto('/');
  await waitReady(page, TINY_LABEL);
  if (!withKey) return;
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('API key').fill('test-key');
  await settings.getByLabel('API key').press('Tab');
  await settings.getByRole('button', { name: 'Close' }).click();
}

test('the switch is off by default, and a message then stays on the device', async ({ page }) => {
  await start(page);
  await expect(cloudSwitch(page)).toHaveAttribute('aria-checked', 'false');
  await ui(page).message.fill('hi');
  await ui(page).send.click();
  await expect(ui(page).replies.last().locator('.text')).toHaveText('jklmnopqrstuvwxyz');
  await expect(ui(page).replies.last()).toContainText('Nano (on this device)');
  expect(mock.received).toHaveLength(0);
});

test('Send once sends exactly the reviewed, masked body; the reply is labelled and restored; the switch turns off; the send is logged', async ({ page }) => {
  await start(page);
  await cloudSwitch(page).click();
  await expect(cloudSwitch(page)).toHaveAttribute('aria-checked', 'true');
  await ui(page).message.fill('Summarise the chart for John Smith, MRN 4471923, email john.smith@example.com');
  await ui(page).send.click();
  const dialog = review(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`127.0.0.1:${MOCK_PORT}`);
  await expect(dialog).toContainText('gpt-5.4-mini');
  const shown = (await dialog.locator('pre').textContent()) ?? '';
  expect(shown).toContain('[NAME_1]');
  expect(shown).not.toContain('John Smith');
  expect(shown).not.toContain('4471923');
  expect(shown).not.toContain('john.smith@example.com');
  await dialog.getByRole('button', { name: 'Send once' }).click();

  const reply = ui(page).replies.last();
  await expect(reply).toContainText('Mini (cloud)');
  await expect(reply.locator('.text')).toHaveText(/^Mini says: Summarise the chart for John Smith, MRN 4471923/);
  await expect(reply).toHaveAttribute('aria-busy', 'false');
  expect(posts()).toHaveLength(1);
  expect(JSON.stringify(posts()[0]?.body)).toBe(shown);
  await expect(cloudSwitch(page)).toHaveAttribute('aria-checked', 'false');

  await page.getByRole('button', { name: 'Privacy log' }).click();
  const logDialog = page.getByRole('dialog', { name: 'Privacy log' });
  const log = logDialog.getByRole('list', { name: 'Privacy log entries' });
  await expect(log.getByRole('listitem')).toHaveCount(1);
  await expect(log).toContainText(`127.0.0.1:${MOCK_PORT} · gpt-5.4-mini`);
  await expect(log).toContainText('identifiers masked · complete');
  await log.getByText('Exact body sent').click();
  await expect(log.locator('pre')).toHaveText(shown);
  const download = page.waitForEvent('download');
  await logDialog.getByRole('button', { name: 'Export privacy log (JSON)' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(exported.entries[0].body).toBe(shown);
});

test('Cancel sends nothing and keeps the draft', async ({ page }) => {
  await start(page);
  await cloudSwitch(page).click();
  await ui(page).message.fill('do not send this');
  await ui(page).send.click();
  await review(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(review(page)).toBeHidden();
  await expect(ui(page).message).toHaveValue('do not send this');
  await expect(cloudSwitch(page)).toHaveAttribute('aria-checked', 'false');
  // Escape is a Cancel too.
  await cloudSwitch(page).click();
  await ui(page).send.click();
  await expect(review(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(review(page)).toBeHidden();
  await expect(cloudSwitch(page)).toHaveAttribute('aria-checked', 'false');
  expect(posts()).toHaveLength(0);
});

test('a rate limit ends in a clear alert with Retry; a dropped stream keeps the partial reply', async ({ page }) => {
  await start(page);
  await cloudSwitch(page).click();
  await ui(page).message.fill('busy? #mode=429');
  await ui(page).send.click();
  await review(page).getByRole('button', { name: 'Send once' }).click();
  await expect(ui(page).alert).toContainText('is limiting requests right now (HTTP 429). Retry in 2 seconds.');
  await expect(ui(page).alert.getByRole('button', { name: 'Retry' })).toBeVisible();

  await cloudSwitch(page).click();
  await ui(page).message.fill('tell me more #mode=drop');
  await ui(page).send.click();
  await review(page).getByRole('button', { name: 'Send once' }).click();
  await expect(ui(page).alert.filter({ hasText: 'dropped before the reply was complete. The partial reply is kept.' })).toBeVisible();
  const reply = ui(page).replies.last();
  await expect(reply).toContainText('Interrupted');
  expect(((await reply.locator('.text').textContent()) ?? '').length).toBeGreaterThan(0);
});

test('with the switch off, a whole session talks to the app and the model host only', async ({ page }) => {
  const origins = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http')) origins.add(url.origin);
  });
  await start(page);
  await ui(page).message.fill('hi');
  await ui(page).send.click();
  await expect(ui(page).replies.last()).toHaveAttribute('aria-busy', 'false');
  await page.reload();
  await waitReady(page, TINY_LABEL);
  await page.getByRole('searchbox', { name: 'Search conversations' }).fill('hi');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  expect([...origins].sort()).toEqual(['http://localhost:4173', MODEL_HOST].sort());
  expect(mock.received).toHaveLength(0);
});

test('without a cloud section in the config there is no switch', async ({ page }) => {
  await useConfig(page, { version: 1, models: [tinyModel()] });
  await page.goto('/');
  await waitReady(page, TINY_LABEL);
  await expect(cloudSwitch(page)).toHaveCount(0);
});

test('routing advice suggests Mini for code and arms the switch, but never sends by itself', async ({ page }) => {
  await start(page);
  await ui(page).message.fill('Write a Python function that parses HL7 messages');
  await expect(page.getByText('Mini may answer this better (it asks for code).')).toBeVisible();
  await page.getByRole('button', { name: 'Use Mini for this message' }).click();
  await expect(cloudSwitch(page)).toHaveAttribute('aria-checked', 'true');
  expect(mock.received).toHaveLength(0);
  await ui(page).send.click();
  await expect(review(page)).toBeVisible();
  await review(page).getByRole('button', { name: 'Cancel' }).click();
  expect(posts()).toHaveLength(0);
});

test('Test connection says whether the endpoint accepts the key', async ({ page }) => {
  await start(page, false);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('API key').fill('wrong-key');
  await settings.getByLabel('API key').press('Tab');
  await settings.getByRole('button', { name: 'Test connection' }).click();
  await expect(settings).toContainText('refused the request (HTTP 401)');
  await settings.getByLabel('API key').fill('test-key');
  await settings.getByLabel('API key').press('Tab');
  await settings.getByRole('button', { name: 'Test connection' }).click();
  await expect(settings).toContainText(`Connected: 127.0.0.1:${MOCK_PORT} accepted the key.`);
});

for (const [mode, message] of [
  ['401', 'refused the request (HTTP 401)'],
  ['403', 'refused the request (HTTP 403)'],
  ['404', 'has no such endpoint or model “gpt-5.4-mini” (HTTP 404)'],
  ['500', 'had a problem of its own (HTTP 500)'],
  ['503', 'had a problem of its own (HTTP 503)'],
  ['malformed', 'sent a part of the reply that is not valid JSON'],
] as const) {
  test(`the endpoint answering ${mode} ends in a clear alert with Retry, and the conversation keeps what came`, async ({ page }) => {
    await start(page);
    await cloudSwitch(page).click();
    await ui(page).message.fill(`question #mode=${mode}`);
    await ui(page).send.click();
    await review(page).getByRole('button', { name: 'Send once' }).click();
    const alert = ui(page).alert.filter({ hasText: message });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    const reply = ui(page).replies.last();
    await expect(reply).toContainText('Mini (cloud)');
    await expect(reply).toContainText(mode === 'malformed' ? 'Interrupted' : 'Reply failed');
    if (mode === 'malformed') await expect(reply.locator('.text')).not.toHaveText('');
    await expect(ui(page).log.getByRole('article').filter({ hasText: `question #mode=${mode}` })).toHaveCount(1);
  });
}
