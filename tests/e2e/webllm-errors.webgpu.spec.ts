import { expect, test } from '@playwright/test';
import { MODEL_HOST, TINY_LABEL, ask, tinyModel, ui, useConfig, waitReady } from './support';

/** A self-hosted web-llm model served by the test mirror. */
function webllmModel(dir: string) {
  return {
    id: 'gpu',
    label: 'Mirror Llama',
    engine: 'webllm',
    webllmId: 'Mirror-Llama-q4f32_1-MLC',
    url: `${MODEL_HOST}/webllm/${dir}/resolve/main/`,
    modelLib: `${MODEL_HOST}/webllm/bad-lib.wasm`,
  };
}

test.describe('the real web-llm library on a software WebGPU adapter', () => {
  test('probe: this browser has WebGPU without shader-f16, so a q4f32 model is chosen first', async ({ page }) => {
    await useConfig(page, {
      version: 1,
      models: [{ id: 'f16', label: 'Llama 3.2 1B', engine: 'webllm', webllmId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' }, webllmModel('bad-lib'), tinyModel()],
    });
    await page.goto('/');
    await expect(ui(page).status).toContainText('no 16-bit float shaders (shader-f16) — using Mirror Llama.');
  });

  test('a model library that does not compile ends in a clear alert, then the CPU model chats', async ({ page }) => {
    await useConfig(page, { version: 1, models: [webllmModel('bad-lib'), tinyModel()] });
    await page.goto('/');
    const u = ui(page);
    await expect(u.alert).toContainText('The WebGPU program for Mirror Llama could not be started (its WebAssembly file did not compile). You can use the CPU model instead.');
    await u.alert.getByRole('button', { name: 'Use the CPU model' }).click();
    await waitReady(page, TINY_LABEL);
    expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
  });

  test('a missing mlc-chat-config.json ends in a clear alert, then the CPU model chats', async ({ page }) => {
    await useConfig(page, { version: 1, models: [webllmModel('no-config'), tinyModel()] });
    await page.goto('/');
    const u = ui(page);
    await expect(u.alert).toContainText('The configuration file of Mirror Llama (mlc-chat-config.json) could not be downloaded from 127.0.0.1:4174.');
    await u.alert.getByRole('button', { name: 'Use the CPU model' }).click();
    await waitReady(page, TINY_LABEL);
    expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
  });

  test('a mirror file that does not match its integrity hash is refused, then the CPU model chats', async ({ page }) => {
    const wrong = `sha256-${Buffer.alloc(32).toString('base64')}`;
    await useConfig(page, { version: 1, models: [{ ...webllmModel('bad-lib'), integrity: { config: wrong } }, tinyModel()] });
    await page.goto('/');
    const u = ui(page);
    await expect(u.alert).toContainText('The file downloaded for Mirror Llama does not match its expected checksum, so it was refused and deleted.');
    // The refused file is not kept for next time.
    const cached = await page.evaluate(async () => (await (await caches.open('webllm/config')).keys()).length);
    expect(cached).toBe(0);
    await u.alert.getByRole('button', { name: 'Use the CPU model' }).click();
    await waitReady(page, TINY_LABEL);
    expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
  });
});
