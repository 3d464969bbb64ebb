import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startMockMini } from '../mock-mini/server.mjs';
import { MODEL_HOST, TINY_LABEL, tinyModel, ui, useConfig, waitReady } from './support';

const MOCK_PORT = 4175;
/** A second endpoint's port: tests/support/config.json names it too, so the build's policy lets the page reach it. */
const SECOND_PORT = 4176;
type MockMini = Awaited<ReturnType<typeof startMockMini>>;
let mock: MockMini;

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
/** The Authorization header of each request (preflights left out) that `server` received. */
const authorizations = (server: MockMini) => server.received.filter((r) => !r.preflight).map((r) => `${r.method} ${r.headers.authorization ?? '(none)'}`);

/** Runs `body` with a second mock endpoint listening on SECOND_PORT. */
async function withSecondMock(options: Parameters<typeof startMockMini>[0], body: (second: MockMini) => Promise<void>): Promise<void> {
  const second = await startMockMini({ ...options, port: SECOND_PORT });
  try {
    await body(second);
  } finally {
    await second.close();
  }
}
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
  await expect(dialog).toContainText('The request goes with your key for Mock Mini.');
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

test('Mask this hides a word the masker missed: selected with the keyboard, masked in the body that leaves, restored in the reply, counted in the log', async ({ page }) => {
  const word = 'projectzebra7';
  await start(page);
  await cloudSwitch(page).click();
  await ui(page).message.fill(`${word} needs a status update`);
  await ui(page).send.click();
  const dialog = review(page);
  const body = dialog.locator('pre');
  await expect(body).toContainText(word);
  await expect(dialog).toContainText('No identifiers were found in what will be sent.');
  const maskThis = dialog.getByRole('button', { name: 'Mask this', exact: true });
  await expect(maskThis).toBeDisabled();

  // The keyboard way: Shift+arrows select in the read-only text, Tab reaches "Mask this", Enter presses it.
  const written = dialog.getByRole('textbox', { name: 'Your text as written', exact: true });
  await expect(written).toHaveValue(`${word} needs a status update`);
  await written.focus();
  // It shows what is sent: typing into it changes nothing.
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await expect(written).toHaveValue(`${word} needs a status update`);
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < word.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(maskThis).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(maskThis).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(body).toContainText('[MASKED_1] needs a status update');
  await expect(body).not.toContainText(word);
  await expect(dialog).toContainText(`“${word}” is masked as [MASKED_1].`);
  await expect(dialog.getByRole('checkbox', { name: `${word} → [MASKED_1] (masked by hand)` })).toBeChecked();
  const shown = (await body.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Send once' }).click();

  const reply = ui(page).replies.last();
  await expect(reply).toContainText('Mini (cloud)');
  await expect(reply).toHaveAttribute('aria-busy', 'false');
  // The mock echoes the placeholder; the device puts the word back.
  await expect(reply.locator('.text')).toHaveText(`Mini says: ${word} needs a status update`);
  expect(posts()).toHaveLength(1);
  const received = JSON.stringify(posts()[0]?.body);
  expect(received).toBe(shown);
  expect(received).toContain('[MASKED_1] needs a status update');
  expect(received).not.toContain(word);

  await page.getByRole('button', { name: 'Privacy log' }).click();
  const logDialog = page.getByRole('dialog', { name: 'Privacy log' });
  const log = logDialog.getByRole('list', { name: 'Privacy log entries' });
  await expect(log).toContainText('1 identifier masked (1 by hand) · complete');
  const download = page.waitForEvent('download');
  await logDialog.getByRole('button', { name: 'Export privacy log (JSON)' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(exported.entries[0]).toMatchObject({ identifiersMasked: 1, maskedByHand: 1 });
});

test('a hand mask can be unticked (the word goes back into the body) and ticked again; a mouse selection in the body can be masked too', async ({ page }) => {
  await start(page);
  await cloudSwitch(page).click();
  await ui(page).message.fill('Compare projectzebra7 with projectlion before the review');
  await ui(page).send.click();
  const dialog = review(page);
  const body = dialog.locator('pre');
  const maskThis = dialog.getByRole('button', { name: 'Mask this', exact: true });

  const written = dialog.getByRole('textbox', { name: 'Your text as written', exact: true });
  await written.evaluate((el: HTMLTextAreaElement) => {
    el.focus();
    el.setSelectionRange(el.value.indexOf('projectzebra7'), el.value.indexOf('projectzebra7') + 'projectzebra7'.length);
  });
  await expect(dialog).toContainText('Selected: “projectzebra7”');
  await maskThis.click();
  await expect(body).toContainText('Compare [MASKED_1] with projectlion');

  const handMask = dialog.getByRole('checkbox', { name: 'projectzebra7 → [MASKED_1] (masked by hand)' });
  await handMask.uncheck();
  await expect(body).toContainText('Compare projectzebra7 with projectlion');
  await expect(body).not.toContainText('[MASKED_1]');
  await handMask.check();
  await expect(body).toContainText('Compare [MASKED_1] with projectlion');

  // A mouse selection in the shown body: drag across the word.
  await body.scrollIntoViewIfNeeded();
  const box = await body.evaluate((pre) => {
    const node = pre.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, node.data.indexOf('projectlion'));
    range.setEnd(node, node.data.indexOf('projectlion') + 'projectlion'.length);
    const { left, right, top, height } = range.getBoundingClientRect();
    return { left, right, y: top + height / 2 };
  });
  await page.mouse.move(box.left + 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.right - 1, box.y, { steps: 5 });
  await page.mouse.up();
  await expect(dialog).toContainText('Selected: “projectlion”');
  await maskThis.click();
  await expect(body).toContainText('Compare [MASKED_1] with [MASKED_2] before the review');
  const shown = (await body.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Send once' }).click();
  await expect(ui(page).replies.last()).toHaveAttribute('aria-busy', 'false');
  await expect(ui(page).replies.last().locator('.text')).toHaveText('Mini says: Compare projectzebra7 with projectlion before the review');
  const received = JSON.stringify(posts()[0]?.body);
  expect(received).toBe(shown);
  expect(received).not.toMatch(/projectzebra7|projectlion/);
});

test('stricter masking is off by default, says what it costs, and is remembered', async ({ page }) => {
  await start(page, false);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const strict = settings.getByRole('checkbox', { name: 'Stricter masking for medical and legal work' });
  await expect(strict).not.toBeChecked();
  await expect(strict).toHaveAccessibleDescription(/every number of four or more digits, so answers may lose context \(drug names, product names, doses\)/);
  await strict.check();
  await settings.getByRole('button', { name: 'Close' }).click();
  await page.reload();
  await waitReady(page, TINY_LABEL);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(settings.getByRole('checkbox', { name: 'Stricter masking for medical and legal work' })).toBeChecked();
  await settings.getByRole('button', { name: 'Close' }).click();

  // It applies to the next review: a medicine's brand name and a long number, which the default leaves, are masked.
  await cloudSwitch(page).click();
  await ui(page).message.fill('Is Eliquis safe with batch 20931?');
  await ui(page).send.click();
  const body = review(page).locator('pre');
  await expect(body).toContainText('Is [NAME_1] safe with batch [ID_1]?');
  await review(page).getByRole('button', { name: 'Cancel' }).click();
});

test('Alt+M masks the selected text without leaving it', async ({ page }) => {
  await start(page);
  await cloudSwitch(page).click();
  await ui(page).message.fill('ask about projectzebra7 today');
  await ui(page).send.click();
  const dialog = review(page);
  const written = dialog.getByRole('textbox', { name: 'Your text as written', exact: true });
  await written.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'ask about '.length; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'projectzebra7'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Alt+M');
  await expect(dialog.locator('pre')).toContainText('ask about [MASKED_1] today');
  await expect(written).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(posts()).toHaveLength(0);
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

test('each endpoint has its own key: the review names whose key goes, and a key entered for one endpoint never reaches another', async ({ page }) => {
  await withSecondMock({ apiKey: 'second-key' }, async (second) => {
    const endpoints = [...config.cloud.endpoints, { id: 'second', label: 'Second Mini', baseUrl: `${second.url}/v1`, model: 'gpt-5.4-mini' }];
    await useConfig(page, { ...config, cloud: { endpoints } });
    await page.goto('/');
    await waitReady(page, TINY_LABEL);
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const testConnection = async (expected: string) => {
      await settings.getByRole('button', { name: 'Test connection' }).click();
      await expect(settings).toContainText(expected);
    };

    // The key for the first endpoint (chosen by default), then the second endpoint is chosen.
    await page.getByRole('button', { name: 'Settings' }).click();
    await settings.getByLabel('API key for Mock Mini').fill('test-key');
    await settings.getByLabel('API key for Mock Mini').press('Tab');
    await settings.getByRole('combobox', { name: /^Endpoint/ }).selectOption('second');
    await expect(settings.getByLabel('API key for Second Mini')).toHaveValue('');
    await testConnection('Enter an API key for Second Mini first.');
    await settings.getByRole('button', { name: 'Close' }).click();

    await cloudSwitch(page).click();
    await ui(page).message.fill('hello second');
    await ui(page).send.click();
    await expect(review(page)).toContainText('No API key is set for Second Mini: add one in Settings first.');
    await expect(review(page).getByRole('button', { name: 'Send once' })).toBeDisabled();
    await review(page).getByRole('button', { name: 'Cancel' }).click();
    expect(second.received).toEqual([]);

    await page.getByRole('button', { name: 'Settings' }).click();
    await settings.getByLabel('API key for Second Mini').fill('second-key');
    await settings.getByLabel('API key for Second Mini').press('Tab');
    await testConnection(`Connected: 127.0.0.1:${SECOND_PORT} accepted the key.`);
    await settings.getByRole('button', { name: 'Close' }).click();
    await cloudSwitch(page).click();
    await ui(page).message.fill('hello second');
    await ui(page).send.click();
    await expect(review(page)).toContainText('The request goes with your key for Second Mini.');
    await review(page).getByRole('button', { name: 'Send once' }).click();
    await expect(ui(page).replies.last().locator('.text')).toHaveText('Mini says: hello second');

    // Back to the first endpoint: its own key, unchanged.
    await page.getByRole('button', { name: 'Settings' }).click();
    await settings.getByRole('combobox', { name: /^Endpoint/ }).selectOption('mock');
    await expect(settings.getByLabel('API key for Mock Mini')).toHaveValue('test-key');
    await settings.getByRole('button', { name: 'Close' }).click();
    await cloudSwitch(page).click();
    await ui(page).message.fill('hello first');
    await ui(page).send.click();
    await expect(review(page)).toContainText('The request goes with your key for Mock Mini.');
    await review(page).getByRole('button', { name: 'Send once' }).click();
    await expect(ui(page).replies.last().locator('.text')).toHaveText('Mini says: hello first');

    expect(authorizations(second)).toEqual(['GET Bearer second-key', 'POST Bearer second-key']);
    expect(authorizations(mock)).toEqual(['POST Bearer test-key']);
    expect(JSON.stringify(second.received)).not.toContain('test-key');
    expect(JSON.stringify(mock.received)).not.toContain('second-key');
  });
});

test('an endpoint with "auth": "none" asks for no key in Settings, and no Authorization header is sent', async ({ page }) => {
  await withSecondMock({ apiKey: null }, async (gateway) => {
    const endpoint = { id: 'gateway', label: 'Intranet gateway', baseUrl: `${gateway.url}/v1`, model: 'gpt-5.4-mini', auth: 'none' };
    await useConfig(page, { ...config, cloud: { endpoints: [endpoint] } });
    await page.goto('/');
    await waitReady(page, TINY_LABEL);
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await expect(settings.getByRole('heading', { name: 'Cloud (Mini)' })).toBeVisible();
    await expect(settings.getByLabel(/API key/)).toHaveCount(0);
    await expect(settings).toContainText("Intranet gateway needs no API key: your organisation's network lets the request through. No key is sent.");
    await settings.getByRole('button', { name: 'Test connection' }).click();
    await expect(settings).toContainText(`Connected: 127.0.0.1:${SECOND_PORT} answered; it needs no key.`);
    await settings.getByRole('button', { name: 'Close' }).click();

    await cloudSwitch(page).click();
    await ui(page).message.fill('hello gateway');
    await ui(page).send.click();
    await expect(review(page)).toContainText('No API key goes with this request: Intranet gateway needs none.');
    await review(page).getByRole('button', { name: 'Send once' }).click();
    await expect(ui(page).replies.last().locator('.text')).toHaveText('Mini says: hello gateway');

    expect(authorizations(gateway)).toEqual(['GET (none)', 'POST (none)']);
    // Not even asked for: a preflight names the headers the request will carry.
    for (const r of gateway.received.filter((r) => r.preflight)) expect(r.headers['access-control-request-headers'] ?? '').not.toMatch(/authorization/i);
  });
});

test('a 308 to another endpoint the page may reach is not followed: it receives nothing, from a send or from Test connection', async ({ page }) => {
  // The target accepts the same key and is in the build's policy: only Sotto's refusal to follow keeps the body from it.
  await withSecondMock({ apiKey: 'test-key' }, async (target) => {
    await start(page);
    mock.setMode('308');
    mock.setRedirectTarget(`${target.url}/v1/chat/completions`);
    await cloudSwitch(page).click();
    await ui(page).message.fill('where does this go');
    await ui(page).send.click();
    await review(page).getByRole('button', { name: 'Send once' }).click();
    const refused = `127.0.0.1:${MOCK_PORT} answered with a redirect to another address. Sotto never follows one, so nothing was sent there; the request went only to 127.0.0.1:${MOCK_PORT}.`;
    await expect(ui(page).alert.filter({ hasText: refused })).toBeVisible();
    await expect(ui(page).replies.last()).toContainText('Reply failed');

    mock.setRedirectTarget(`${target.url}/v1/models`);
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('button', { name: 'Test connection' }).click();
    await expect(settings).toContainText(refused);

    expect(mock.received.filter((r) => !r.preflight).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 308', 'GET 308']);
    expect(target.received).toEqual([]);
  });
});

test('a cloud send that reaches nothing shows the offline bar and turns the switch off, until the app’s server answers again', async ({ page }) => {
  // Nothing listens on the second port: the request gets no answer at all, while the browser says it is online.
  const endpoint = { id: 'gateway', label: 'Intranet gateway', baseUrl: `http://127.0.0.1:${SECOND_PORT}/v1`, model: 'gpt-5.4-mini', auth: 'none' };
  await useConfig(page, { ...config, cloud: { endpoints: [endpoint] } });
  await page.goto('/');
  await waitReady(page, TINY_LABEL);
  const offlineBar = page.getByText('Sotto keeps working on this device; the cloud is unavailable until you reconnect.');
  await expect(offlineBar).toHaveCount(0);
  await cloudSwitch(page).click();
  await ui(page).message.fill('hello gateway');
  await ui(page).send.click();
  await review(page).getByRole('button', { name: 'Send once' }).click();
  await expect(ui(page).alert).toContainText(`Could not reach 127.0.0.1:${SECOND_PORT} (`);
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  await expect(offlineBar).toBeVisible();
  await expect(cloudSwitch(page)).toBeDisabled();
  // The app asks its own server every 15 s; it answers, so the app is online again.
  await expect(offlineBar).toHaveCount(0, { timeout: 30_000 });
  await expect(cloudSwitch(page)).toBeEnabled();
});
