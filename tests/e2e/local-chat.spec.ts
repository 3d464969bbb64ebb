import { expect, test } from '@playwright/test';
import { MODEL_HOST, TINY_LABEL, ask, tinyModel, ui, useConfig, waitReady } from './support';

test.describe('local chat on the CPU engine, with a real model', () => {
  test('shows the download, then streams the exact reply of the tiny model', async ({ page }) => {
    await useConfig(page, { version: 1, models: [tinyModel('slow/3000/tiny.gguf')] });
    await page.goto('/');
    const u = ui(page);
    await expect(u.progress).toBeVisible();
    await expect(u.status).toContainText(`Downloading ${TINY_LABEL}`);
    await waitReady(page);
    await expect(u.progress).toBeHidden();

    // Record every state of the reply's text, to prove it streamed in order.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const texts = document.querySelectorAll('[role=log] article.assistant .text');
        const last = texts[texts.length - 1]?.textContent ?? '';
        if (seen.at(-1) !== last) seen.push(last);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    await u.message.fill('hi');
    await u.send.click();
    const reply = u.replies.last();
    await expect(reply.locator('.text')).toHaveText('jklmnopqrstuvwxyz');
    await expect(reply).toHaveAttribute('aria-busy', 'false');
    await expect(reply).toContainText('Nano (on this device)');
    await expect(reply).toContainText(TINY_LABEL);
    await expect(reply.getByText(/\d+(\.\d)? tokens\/s/)).toBeVisible();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.at(-1)).toBe('jklmnopqrstuvwxyz');
    for (const state of seen) expect('jklmnopqrstuvwxyz'.startsWith(state)).toBe(true);
  });

  test('Stop halts a long reply midway, keeps the text, and the next message still works', async ({ page }) => {
    await useConfig(page, { version: 1, models: [tinyModel()] });
    await page.goto('/');
    await waitReady(page);
    const u = ui(page);
    await u.message.fill('count from 0');
    await u.send.click();
    const reply = u.replies.last();
    await expect(reply.locator('.text')).toHaveText(/^123456789/);
    await u.stop.click();
    await expect(u.send).toBeVisible();
    await expect(reply).toContainText('Stopped');
    const stopped = (await reply.locator('.text').textContent()) ?? '';
    // The digits never end on their own (1,024 tokens at most); a stop leaves far fewer.
    expect(stopped.length).toBeLessThan(1024);
    expect('1234567890'.repeat(103).startsWith(stopped)).toBe(true);
    await page.waitForTimeout(500);
    await expect(reply.locator('.text')).toHaveText(stopped);

    expect(await ask(page, 'and now hi')).toBe('jklmnopqrstuvwxyz');
    expect(await ask(page, 'abc')).toBe('defghijklmnopqrstuvwxyz');
  });

  test('without WebGPU the app picks the CPU model by itself and says why', async ({ page }) => {
    await useConfig(page, {
      version: 1,
      models: [
        { id: 'gpu', label: 'Llama 3.2 1B', engine: 'webllm', webllmId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' },
        tinyModel(),
      ],
    });
    await page.goto('/');
    const u = ui(page);
    await expect(u.status).toContainText(/(has no WebGPU|no usable graphics adapter on this device) — using the CPU model \(Sotto Tiny\), which is slower\./);
    await waitReady(page);
    expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
  });
});

test.describe('model errors reach the user in plain language', () => {
  test('a file that is not a GGUF is refused with a clear alert', async ({ page }) => {
    await useConfig(page, { version: 1, models: [tinyModel('corrupt.gguf')] });
    await page.goto('/');
    await expect(ui(page).alert).toContainText('is not a valid model (it is not a GGUF file)');
    await expect(ui(page).status).toContainText(`${TINY_LABEL} could not be loaded.`);
    await expect(ui(page).send).toBeDisabled();
  });

  test('a failed download names the HTTP status and what to do', async ({ page }) => {
    await useConfig(page, { version: 1, models: [tinyModel('status/404/tiny.gguf')] });
    await page.goto('/');
    await expect(ui(page).alert).toContainText(`Could not download ${TINY_LABEL}: 127.0.0.1:4174 answered HTTP 404 (the file is missing)`);
  });

  test('a wrong checksum is refused', async ({ page }) => {
    await useConfig(page, { version: 1, models: [tinyModel('tiny.gguf', { sha256: '0'.repeat(64) })] });
    await page.goto('/');
    await expect(ui(page).alert).toContainText('does not match its expected checksum');
  });

  test('a broken config is reported at start-up with the fix', async ({ page }) => {
    await useConfig(page, { version: 1, models: [{ ...tinyModel(), sha265: 'abc' }] });
    await page.goto('/');
    await expect(ui(page).alert).toContainText('models[0].sha265: unknown key — did you mean "sha256"?');
    await expect(ui(page).message).toBeEnabled();
  });

  test('a config changed after the build, naming a host the built CSP does not allow, says to rebuild', async ({ page }) => {
    await useConfig(page, { version: 1, models: [{ ...tinyModel(), url: 'http://127.0.0.1:4999/tiny.gguf' }] });
    await page.goto('/');
    await expect(ui(page).alert).toContainText(
      "models[0].url: http://127.0.0.1:4999 is not allowed by this build's Content-Security-Policy. Rebuild the app after changing config.json (`npm run build`)",
    );
  });
});

test('nothing leaves the app origin except the configured model host', async ({ page }) => {
  const origins = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http')) origins.add(url.origin);
  });
  await useConfig(page, { version: 1, models: [tinyModel()] });
  await page.goto('/');
  await waitReady(page);
  expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
  expect([...origins].sort()).toEqual(['http://localhost:4173', MODEL_HOST].sort());
});

test.describe('storage and network failures', () => {
  test('a full disk gets a clear message', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: 'http://localhost:4173', quotaSize: 64 * 1024 });
    await useConfig(page, { version: 1, models: [tinyModel()] });
    await page.goto('/');
    await expect(ui(page).alert).toContainText(`There is not enough storage space on this device for ${TINY_LABEL}. Free up disk space, then try again.`);
    await expect(ui(page).status).toContainText('could not be loaded');
  });

  test('choosing a model that is not downloaded yet, while offline, says so', async ({ page, context }) => {
    // The network goes away as the app sees it on any Chromium, without network emulation: the
    // browser says so (navigator.onLine and the "offline" event), and requests reach nothing.
    await context.addInitScript(() => {
      let online = true;
      Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => online });
      Object.assign(window, {
        goOffline: () => {
          online = false;
          dispatchEvent(new Event('offline'));
        },
      });
    });
    const other = tinyModel('tiny.gguf?copy=2', { id: 'other', label: 'Other Tiny' });
    await useConfig(page, { version: 1, models: [tinyModel(), other] });
    await page.goto('/');
    await waitReady(page);
    const tried: string[] = [];
    // The context's routes also see the engine worker's requests, which download the models.
    await context.route(`${MODEL_HOST}/**`, (route) => {
      tried.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.evaluate(() => (window as unknown as { goOffline: () => void }).goOffline());
    await expect(page.getByText('Sotto keeps working on this device; the cloud is unavailable until you reconnect.')).toBeVisible();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: /Other Tiny/ }).check();
    await expect(ui(page).alert).toContainText('You are offline, and Other Tiny has not been downloaded to this device yet. Connect to the internet once to download it.');
    // It really tried, and reached nothing.
    expect(tried.some((url) => url.startsWith(`${MODEL_HOST}/tiny.gguf?copy=2`))).toBe(true);
  });
});
