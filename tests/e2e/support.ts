import { expect, type Page } from '@playwright/test';

export const MODEL_HOST_PORT = 4174;
/** The test model mirror: a different origin from the app (localhost:4173). */
export const MODEL_HOST = `http://127.0.0.1:${MODEL_HOST_PORT}`;

export const TINY_LABEL = 'Sotto Tiny';

/** A CPU model entry for the tiny test GGUF, optionally through one of the host's fault paths. */
export function tinyModel(path = 'tiny.gguf', over: Record<string, unknown> = {}) {
  return { id: 'tiny', label: TINY_LABEL, engine: 'wllama', url: `${MODEL_HOST}/${path}`, ...over };
}

/**
 * Serves `config` as the app's config.json for this page (the app itself is the real build).
 * Most tests are not about the first visit, so the model downloads at once (`"download": "auto"`)
 * unless `config` has a `download` key of its own; `download: undefined` serves no key at all
 * (the default, "ask").
 */
export async function useConfig(page: Page, config: unknown): Promise<void> {
  const plain = typeof config === 'object' && config !== null && !Array.isArray(config);
  const served = plain && !('download' in config) ? { ...config, download: 'auto' } : config;
  await page.route('**/config.json', (route) => route.fulfill({ json: served }));
}

export function ui(page: Page) {
  const log = page.getByRole('log', { name: 'Conversation' });
  return {
    message: page.getByRole('textbox', { name: 'Message' }),
    send: page.getByRole('button', { name: 'Send', exact: true }),
    stop: page.getByRole('button', { name: 'Stop', exact: true }),
    log,
    replies: log.getByRole('article').filter({ hasText: /Nano \(on this device\)|Mini \(cloud\)/ }),
    status: page.getByRole('status'),
    progress: page.getByRole('progressbar', { name: 'Model download' }),
    alert: page.getByRole('alert'),
  };
}

/** Starts the first download where the deployment asks before it (the default). */
export async function startDownload(page: Page, label = TINY_LABEL): Promise<void> {
  await page.getByRole('button', { name: `Download ${label}`, exact: true }).click();
}

/** Waits until the local model says it is ready. */
export async function waitReady(page: Page, label = TINY_LABEL): Promise<void> {
  await expect(ui(page).status).toContainText(`${label} is ready on this device`, { timeout: 60_000 });
}

/** Sends a message and waits for its reply to finish; returns the reply's text. */
export async function ask(page: Page, text: string): Promise<string> {
  const u = ui(page);
  const before = await u.replies.count();
  await u.message.fill(text);
  await u.send.click();
  const reply = u.replies.nth(before);
  await expect(reply).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  return (await reply.locator('.text').textContent()) ?? '';
}
