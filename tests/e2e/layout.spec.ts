/**
 * Any screen size and the keyboard: the whole journey on phone-sized windows and at 200% zoom with
 * nothing scrolling sideways, notices that never cover the composer or a dialog, and every shortcut.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MODEL_HOST, TINY_LABEL, ask, tinyModel, ui, useConfig, waitReady } from './support';

const MOCK_PORT = 4175;
const config = {
  version: 1,
  models: [tinyModel()],
  cloud: { endpoints: [{ id: 'mock', label: 'Mock Mini', baseUrl: `http://127.0.0.1:${MOCK_PORT}/v1`, model: 'gpt-5.4-mini' }] },
};
const SLOW_LABEL = 'Slow Tiny';
const slowConfig = { version: 1, models: [{ id: 'slow', label: SLOW_LABEL, engine: 'wllama', url: `${MODEL_HOST}/slow.gguf` }] };

async function start(page: Page, cfg: unknown = config, label = TINY_LABEL): Promise<void> {
  await useConfig(page, cfg);
  await page.goto('/');
  await waitReady(page, label);
}

function shell(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Conversations' });
  return {
    nav,
    drawerButton: page.getByRole('button', { name: 'Conversations', exact: true }),
    closeDrawer: nav.getByRole('button', { name: 'Close conversations' }),
    newConversation: nav.getByRole('button', { name: 'New conversation' }),
    search: nav.getByRole('searchbox', { name: 'Search conversations' }),
    more: page.getByRole('button', { name: 'More', exact: true }),
    button: (name: string) => page.getByRole('button', { name, exact: true }),
  };
}

/** Nothing scrolls sideways, and no visible element is wider than the window. */
async function expectNoSideScroll(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().width > window.innerWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
  expect(found.scrollWidth, `page width ${where}`).toBeLessThanOrEqual(found.clientWidth);
  expect(found.wide, `elements wider than the window ${where}`).toEqual([]);
}

/** The element's box lies inside the window. */
async function expectInsideWindow(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  expect(box, what).not.toBeNull();
  if (!box || !size) return;
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(size.width + 0.5);
}

/** The message box and its button are on screen and usable. */
async function expectComposerVisible(page: Page): Promise<void> {
  await expect(ui(page).message).toBeInViewport({ ratio: 1 });
  await expect(page.locator('form.composer button[type="submit"]')).toBeInViewport({ ratio: 1 });
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A notice is shown without covering the composer; an open dialog covers the notice, never the reverse. */
async function expectNoticeBehaves(page: Page, notice: Locator): Promise<void> {
  await expect(notice).toBeVisible();
  await expectComposerVisible(page);
  const noticeBox = await notice.boundingBox();
  const composerBox = await page.locator('form.composer').boundingBox();
  expect(noticeBox && composerBox && !overlaps(noticeBox, composerBox), 'the notice and the composer do not overlap').toBe(true);

  await openFromHeader(page, 'Keyboard shortcuts');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  // Whatever is on top at the notice's centre is the dialog or its backdrop, not the notice.
  const onTop = await notice.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return { inNotice: top ? el.contains(top) : false, inDialog: top?.closest('dialog') !== null };
  });
  expect(onTop.inNotice, 'the notice is under the dialog').toBe(false);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

async function openFromHeader(page: Page, name: string): Promise<void> {
  const s = shell(page);
  if (await s.more.isVisible()) {
    await s.more.click();
    await expect(s.more).toHaveAttribute('aria-expanded', 'true');
  }
  // Exactly one "Settings" (or other) button: the folded menu shows the same buttons, never copies.
  await expect(s.button(name)).toHaveCount(1);
  await s.button(name).click();
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the whole journey works with nothing scrolling sideways', async ({ page }) => {
      const s = shell(page);
      await start(page);
      await expectNoSideScroll(page, 'at start');
      await expectComposerVisible(page);
      // The list is a drawer, the header actions a menu.
      await expect(s.nav).toBeHidden();
      await expect(s.button('Settings')).toBeHidden();
      await expect(s.drawerButton).toHaveAttribute('aria-expanded', 'false');

      // Send: the reply arrives, and the caret is back in the message box.
      expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
      await expect(ui(page).message).toBeFocused();
      await expectNoSideScroll(page, 'with a reply');

      // The drawer: focus moves in; "New conversation" closes it and focus comes back.
      await s.drawerButton.click();
      await expect(s.nav).toBeVisible();
      await expect(s.drawerButton).toHaveAttribute('aria-expanded', 'true');
      await expect(s.closeDrawer).toBeFocused();
      await expectInsideWindow(page, s.nav, 'the drawer');
      await expectNoSideScroll(page, 'with the drawer open');
      await s.newConversation.click();
      await expect(s.nav).toBeHidden();
      await expect(s.drawerButton).toBeFocused();
      expect(await ask(page, 'abc')).toBe('defghijklmnopqrstuvwxyz');

      // Choosing a conversation closes the drawer and shows it.
      await s.drawerButton.click();
      await expect(s.nav.getByRole('listitem')).toHaveCount(2);
      await s.nav.getByRole('button', { name: /^hi/ }).click();
      await expect(s.nav).toBeHidden();
      await expect(s.drawerButton).toBeFocused();
      await expect(ui(page).log.getByRole('article')).toHaveCount(2);
      await expect(ui(page).replies.first().locator('.text')).toHaveText('jklmnopqrstuvwxyz');

      // Escape and the close button close it too; the page behind it is inert meanwhile.
      await s.drawerButton.click();
      await expect(s.closeDrawer).toBeFocused();
      await expect(page.locator('main')).toHaveAttribute('inert');
      await page.keyboard.press('Escape');
      await expect(s.nav).toBeHidden();
      await expect(s.drawerButton).toBeFocused();
      await s.drawerButton.click();
      await s.closeDrawer.click();
      await expect(s.nav).toBeHidden();
      await expect(s.drawerButton).toBeFocused();

      // The header menu: Escape closes it and returns to "More".
      await s.more.click();
      await expect(s.button('Models')).toBeVisible();
      await expectNoSideScroll(page, 'with the header menu open');
      await page.keyboard.press('Escape');
      await expect(s.button('Models')).toBeHidden();
      await expect(s.more).toBeFocused();

      // Settings from the menu: the dialog fits the window; closing it returns to the message box.
      await openFromHeader(page, 'Settings');
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await expect(settings).toBeVisible();
      await expectInsideWindow(page, settings, 'the Settings dialog');
      await expectNoSideScroll(page, 'with Settings open');
      await settings.getByRole('button', { name: 'Close' }).click();
      await expect(settings).toBeHidden();
      await expect(s.button('Settings')).toBeHidden();
      await expect(ui(page).message).toBeFocused();

      // The review dialog: it fits, its buttons are reachable, Cancel returns to the message box.
      await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
      await ui(page).message.fill('Summarise the chart for John Smith');
      await ui(page).send.click();
      const review = page.getByRole('dialog', { name: 'Review what will be sent' });
      await expect(review).toBeVisible();
      await expectInsideWindow(page, review, 'the review dialog');
      await expectNoSideScroll(page, 'with the review dialog open');
      await review.getByRole('button', { name: 'Send once' }).scrollIntoViewIfNeeded();
      await expectInsideWindow(page, review.getByRole('button', { name: 'Send once' }), '"Send once"');
      await review.getByRole('button', { name: 'Cancel' }).click();
      await expect(review).toBeHidden();
      await expect(ui(page).message).toBeFocused();
      await expectComposerVisible(page);
    });

    test('a notice sits above the composer, and under an open dialog', async ({ page }) => {
      await start(page);
      expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
      // The conversation's own Delete (in its header, before any message's buttons).
      await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
      const notice = page.locator('.notice').filter({ hasText: 'Deleted “hi”.' });
      await expectNoticeBehaves(page, notice);
      await expectNoSideScroll(page, 'with a notice');
      // Its own button still works, and focus goes on to the message box.
      await notice.getByRole('button', { name: 'Undo' }).click();
      await expect(notice).toBeHidden();
      await expect(ui(page).message).toBeFocused();
    });
  });
}

test.describe('the service worker’s first install', () => {
  test.use({ viewport: { width: 320, height: 640 }, serviceWorkers: 'allow' });

  test('"Ready to work offline" covers neither the composer nor a dialog', async ({ page }) => {
    await page.goto('/');
    const notice = page.locator('.notice').filter({ hasText: 'Ready to work offline.' });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await expectNoticeBehaves(page, notice);
    await expectNoSideScroll(page, 'with the offline notice');
  });
});

test.describe('200% zoom (a 1280×720 window)', () => {
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  test('the layout reflows to one column and stays usable', async ({ page }) => {
    const s = shell(page);
    await start(page);
    await expectNoSideScroll(page, 'at 200%');
    await expectComposerVisible(page);
    await expect(s.drawerButton).toBeVisible();
    expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
    await expectComposerVisible(page);
    await s.drawerButton.click();
    await expect(s.nav.getByRole('button', { name: /^hi/ })).toBeVisible();
    await expectNoSideScroll(page, 'at 200% with the drawer open');
    await page.keyboard.press('Escape');
    await openFromHeader(page, 'Models');
    await expect(page.getByRole('dialog', { name: 'Models' })).toBeVisible();
    await expectNoSideScroll(page, 'at 200% with Models open');
  });
});

test.describe('keyboard shortcuts', () => {
  test('Ctrl+Shift+O starts a new conversation; "/" and Shift+Escape go to the message box; Ctrl+K searches', async ({ page }) => {
    const s = shell(page);
    await start(page);
    expect(await ask(page, 'hi there')).toBe('fghijklmnopqrstuvwxyz');
    await expect(s.nav.getByRole('button', { name: /^hi there/ })).toHaveAttribute('aria-current', 'page');

    await s.search.focus();
    await page.keyboard.press('Control+Shift+O');
    await expect(ui(page).log.getByRole('article')).toHaveCount(0);
    await expect(s.nav.locator('[aria-current="page"]')).toHaveCount(0);
    await expect(ui(page).message).toBeFocused();

    // "/" outside a field goes to the message box, and is not typed there; inside a field it is text.
    await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    await expect(ui(page).message).toBeFocused();
    await expect(ui(page).message).toHaveValue('');
    await page.keyboard.press('/');
    await expect(ui(page).message).toHaveValue('/');
    await ui(page).message.fill('');

    await page.keyboard.press('Control+K');
    await expect(s.search).toBeFocused();
    await page.keyboard.type('there');
    await expect(s.nav.getByRole('list', { name: 'Search results' }).getByRole('button', { name: /hi there/ })).toBeVisible();
    // Shift+Escape works from inside a field.
    await page.keyboard.press('Shift+Escape');
    await expect(ui(page).message).toBeFocused();
  });

  test('Ctrl+/ and the header button open "Keyboard shortcuts", which lists them; Escape closes it and focus returns to the message box', async ({
    page,
  }) => {
    await start(page);
    await page.keyboard.press('Control+/');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    for (const row of ['New conversation', 'Go to the message box', 'Stop the reply', 'Search conversations', 'Show keyboard shortcuts']) {
      await expect(dialog.getByRole('rowheader', { name: new RegExp(`^${row}`) })).toBeVisible();
    }
    await expect(dialog.getByRole('row', { name: /New conversation/ })).toContainText('Ctrl+Shift+O');
    await expect(dialog.getByRole('row', { name: /Search conversations/ })).toContainText('Ctrl+K');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(ui(page).message).toBeFocused();

    await shell(page).button('Keyboard shortcuts').click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(ui(page).message).toBeFocused();
  });

  test('Escape stops a streaming reply, but first closes a dialog that is open', async ({ page }) => {
    await start(page, slowConfig, SLOW_LABEL);
    await ui(page).message.fill('count from 0');
    await ui(page).send.click();
    const reply = ui(page).replies.last();
    await expect(reply.locator('.text')).toHaveText(/^123/);
    await expect(ui(page).stop).toHaveAttribute('aria-keyshortcuts', 'Escape');

    await page.keyboard.press('Control+/');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(ui(page).stop).toBeVisible();
    await expect(reply).toHaveAttribute('aria-busy', 'true');

    await expect(ui(page).message).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(reply).toContainText('Stopped');
    await expect(reply).toHaveAttribute('aria-busy', 'false');
    await expect(ui(page).send).toBeVisible();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('Ctrl+K opens the drawer at the search field; Escape closes it; Ctrl+Shift+O from the drawer goes to a new conversation', async ({ page }) => {
      const s = shell(page);
      await start(page);
      expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
      await page.keyboard.press('Control+K');
      await expect(s.nav).toBeVisible();
      await expect(s.search).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(s.nav).toBeHidden();
      await expect(s.drawerButton).toBeFocused();

      await s.drawerButton.click();
      await page.keyboard.press('Control+Shift+O');
      await expect(s.nav).toBeHidden();
      await expect(ui(page).log.getByRole('article')).toHaveCount(0);
      await expect(ui(page).message).toBeFocused();
    });
  });
});
