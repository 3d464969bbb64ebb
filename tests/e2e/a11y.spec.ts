/**
 * Accessibility, checked by axe-core on every screen of the real build, in light and dark: any
 * violation of any impact fails (WCAG 2.2 AA rules and axe's best practices alike).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startMockMini } from '../mock-mini/server.mjs';
import { TINY_LABEL, ask, tinyModel, ui, useConfig, waitReady } from './support';

const MOCK_PORT = 4175;
let mock: Awaited<ReturnType<typeof startMockMini>>;

test.beforeAll(async () => {
  mock = await startMockMini({ port: MOCK_PORT, apiKey: 'test-key' });
});
test.afterAll(async () => {
  await mock.close();
});
test.beforeEach(() => mock.reset());

/** The mock cloud replies "Mini says: " and the message, so this comes back as a formatted reply. */
const FORMATTED = [
  'Summarise the chart for John Smith, MRN 4471923.',
  '',
  '## Findings',
  '',
  'Some **bold**, *emphasis*, `inline code` and [a link](https://example.com/page).',
  '',
  '- [x] done',
  '- [ ] to do',
  '',
  '1. first',
  '2. second',
  '',
  '> a quote',
  '',
  '| drug | dose |',
  '| --- | --- |',
  '| aspirin | 100 mg |',
  '',
  '```js',
  'const x = 1;',
  '```',
].join('\n');

const config = {
  version: 1,
  models: [tinyModel()],
  cloud: { endpoints: [{ id: 'mock', label: 'Mock Mini', baseUrl: `http://127.0.0.1:${MOCK_PORT}/v1`, model: 'gpt-5.4-mini' }] },
};

/** Fails with each violation's rule, impact and elements, so the report says what to fix. */
async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe on ${screen}`).toEqual([]);
}

async function start(page: Page): Promise<void> {
  await useConfig(page, config);
  await page.goto('/');
  await waitReady(page, TINY_LABEL);
}

async function openFromHeader(page: Page, name: string): Promise<void> {
  // On a narrow window the header's actions are under "More".
  const more = page.getByRole('button', { name: 'More', exact: true });
  if (await more.isVisible()) await more.click();
  await page.getByRole('button', { name, exact: true }).click();
}

async function setApiKey(page: Page): Promise<void> {
  await openFromHeader(page, 'Settings');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('API key').fill('test-key');
  await settings.getByLabel('API key').press('Tab');
  await settings.getByRole('button', { name: 'Close' }).click();
  await expect(settings).toBeHidden();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colours`, () => {
    test.use({ colorScheme });

    test('the empty app, a conversation with a reply, and search results', async ({ page }) => {
      await start(page);
      await expect(ui(page).message).toBeVisible();
      await expectNoViolations(page, 'the empty app');

      expect(await ask(page, 'hi there')).toBe('fghijklmnopqrstuvwxyz');
      await expectNoViolations(page, 'a conversation with a reply');

      const nav = page.getByRole('navigation', { name: 'Conversations' });
      await nav.getByRole('searchbox', { name: 'Search conversations' }).fill('there');
      await expect(nav.getByRole('list', { name: 'Search results' }).getByRole('button', { name: /hi there/ })).toBeVisible();
      await expectNoViolations(page, 'search results');

      await nav.getByRole('searchbox', { name: 'Search conversations' }).fill('nowhere');
      await expect(nav).toContainText('No message contains “nowhere”.');
      await expectNoViolations(page, 'a search with no results');
    });

    test('the Settings, Models and Keyboard shortcuts dialogs', async ({ page }) => {
      await start(page);
      for (const name of ['Settings', 'Models', 'Keyboard shortcuts']) {
        await openFromHeader(page, name);
        const dialog = page.getByRole('dialog', { name });
        await expect(dialog).toBeVisible();
        if (name === 'Models') await expect(dialog.getByRole('list', { name: 'Models on this device' })).toBeVisible();
        await expectNoViolations(page, `the ${name} dialog`);
        await dialog.getByRole('button', { name: 'Close' }).click();
        await expect(dialog).toBeHidden();
      }
    });

    test('the review dialog and the Privacy log', async ({ page }) => {
      await start(page);
      await setApiKey(page);
      await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
      await expectNoViolations(page, 'the app with the cloud switch on');
      await ui(page).message.fill(FORMATTED);
      await ui(page).send.click();
      const review = page.getByRole('dialog', { name: 'Review what will be sent' });
      await expect(review).toBeVisible();
      await expect(review.locator('pre')).toContainText('[NAME_1]');
      await expectNoViolations(page, 'the review dialog');

      await review.getByRole('button', { name: 'Send once' }).click();
      await expect(ui(page).replies.last()).toHaveAttribute('aria-busy', 'false');
      await expect(ui(page).replies.last()).toContainText('Mini (cloud)');
      await expect(ui(page).replies.last().getByRole('table')).toBeVisible();
      await expectNoViolations(page, 'a conversation with a formatted cloud reply');

      await openFromHeader(page, 'Privacy log');
      const log = page.getByRole('dialog', { name: 'Privacy log' });
      await expect(log.getByRole('list', { name: 'Privacy log entries' }).getByRole('listitem')).toHaveCount(1);
      await log.getByText('Exact body sent').click();
      await expectNoViolations(page, 'the Privacy log');
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 390, height: 844 } });

      test('the app, the header menu and the conversation drawer', async ({ page }) => {
        await start(page);
        expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
        await expectNoViolations(page, 'the app on a phone');

        await page.getByRole('button', { name: 'More', exact: true }).click();
        await expect(page.getByRole('button', { name: 'Settings', exact: true })).toBeVisible();
        await expectNoViolations(page, 'the open header menu');
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: 'Conversations', exact: true }).click();
        const nav = page.getByRole('navigation', { name: 'Conversations' });
        await expect(nav.getByRole('button', { name: /^hi/ })).toBeVisible();
        await expectNoViolations(page, 'the conversation drawer');
      });
    });
  });
}
