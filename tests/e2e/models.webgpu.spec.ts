import { expect, test, type Page } from '@playwright/test';
import { MODEL_HOST, TINY_LABEL, tinyModel, ui, useConfig, waitReady } from './support';

/** The self-hosted web-llm model whose library does not compile: web-llm caches its config and wasm, then fails. */
const mirror = {
  id: 'gpu',
  label: 'Mirror Llama',
  engine: 'webllm',
  webllmId: 'Mirror-Llama-q4f32_1-MLC',
  url: `${MODEL_HOST}/webllm/bad-lib/resolve/main/`,
  modelLib: `${MODEL_HOST}/webllm/bad-lib.wasm`,
};

const cachedCount = (page: Page) =>
  page.evaluate(async () => {
    let n = 0;
    for (const name of await caches.keys()) n += (await (await caches.open(name)).keys()).length;
    return n;
  });

test('Models shows what web-llm cached, as an incomplete download or a leftover, and deletes it from Cache Storage', async ({ page }) => {
  await useConfig(page, { version: 1, models: [mirror, tinyModel()] });
  await page.goto('/');
  await expect(ui(page).alert).toContainText('could not be started');
  expect(await cachedCount(page)).toBeGreaterThan(0);

  const dialog = page.getByRole('dialog', { name: 'Models' });
  const row = (label: string) => dialog.getByRole('listitem').filter({ hasText: label });
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await expect(row('Mirror Llama')).toContainText('WebGPU');
  await expect(row('Mirror Llama')).toContainText('Incomplete download — repaired when it next loads');
  await expect(row(TINY_LABEL)).toContainText('Not downloaded');
  await row('Mirror Llama').getByRole('button', { name: 'Delete Mirror Llama' }).click();
  await expect(row('Mirror Llama')).toContainText('Not downloaded');
  expect(await cachedCount(page)).toBe(0);

  // The same files left behind by an older config are listed by name, and can be deleted too.
  await page.reload();
  await expect(ui(page).alert).toContainText('could not be started');
  await useConfig(page, { version: 1, models: [tinyModel()] });
  await page.reload();
  await waitReady(page);
  await page.getByRole('button', { name: 'Models', exact: true }).click();
  await expect(row('bad-lib.wasm')).toContainText('not in the current configuration');
  await expect(row('bad-lib')).toHaveCount(2);
  await row('bad-lib.wasm').getByRole('button', { name: 'Delete bad-lib.wasm' }).click();
  await expect(row('bad-lib.wasm')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Delete bad-lib', exact: true }).click();
  await expect(row('bad-lib')).toHaveCount(0);
  expect(await cachedCount(page)).toBe(0);
});
