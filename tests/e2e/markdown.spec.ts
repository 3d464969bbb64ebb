import { expect, test, type Locator, type Page } from '@playwright/test';
import { EXFIL_HOST, INJECTION_CORPUS, PWNED_HOOK, type InjectionPayload } from '../fixtures/injection-corpus';
import { LONG_REPLY, startMockMini } from '../mock-mini/server.mjs';
import { MODEL_HOST, TINY_LABEL, ask, tinyModel, ui, useConfig, waitReady } from './support';

// Replies rendered as Markdown on the real build: every kind renders, code can be copied, and the
// injection corpus (as cloud replies, and in an imported conversation) runs nothing and loads nothing.

const MOCK_PORT = 4175;
const MOCK_ORIGIN = `http://127.0.0.1:${MOCK_PORT}`;
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
  cloud: { endpoints: [{ id: 'mock', label: 'Mock Mini', baseUrl: `${MOCK_ORIGIN}/v1`, model: 'gpt-5.4-mini' }] },
};
const posts = () => mock.received.filter((r) => r.method === 'POST' && !r.preflight);

/** What the page did that it must not: calls of the payloads' hook, dialogs, errors, requests elsewhere, CSP violations. */
interface Watch {
  requests: string[];
  dialogs: string[];
  errors: string[];
  /** Page errors seen before any payload arrived (the app's own, e.g. the blocked service worker): not counted. */
  baseline: number;
  /** Read from the page: hook calls and CSP violations (a blocked load is still an injected element). */
  inPage(): Promise<{ pwned: string[]; violations: string[] }>;
}

async function watch(page: Page): Promise<Watch> {
  const w: Omit<Watch, 'inPage'> = { requests: [], dialogs: [], errors: [], baseline: 0 };
  await page.addInitScript((hook) => {
    const record = { pwned: [] as string[], violations: [] as string[] };
    Object.defineProperty(window, '__sottoWatch', { value: record });
    Object.defineProperty(window, hook, { value: (id: unknown) => record.pwned.push(String(id)) });
    document.addEventListener('securitypolicyviolation', (e) => record.violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  }, PWNED_HOOK);
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  return {
    ...w,
    inPage: () => page.evaluate(() => (window as unknown as { __sottoWatch: { pwned: string[]; violations: string[] } }).__sottoWatch),
  };
}

/** Requests to anywhere but the app, the model mirror, and the mock endpoint (which only gets consented sends). */
function foreignRequests(requests: readonly string[]): string[] {
  const allowed = new Set(['http://localhost:4173', MODEL_HOST, MOCK_ORIGIN]);
  return requests.filter((url) => {
    if (url.includes(EXFIL_HOST)) return true;
    if (url.startsWith('blob:') || url.startsWith('data:')) return false;
    return !allowed.has(new URL(url).origin);
  });
}

async function start(page: Page, w?: Watch): Promise<void> {
  await useConfig(page, config);
  await page.goto('/');
  await waitReady(page, TINY_LABEL);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('API key').fill('test-key');
  await settings.getByLabel('API key').press('Tab');
  await settings.getByRole('button', { name: 'Close' }).click();
  if (w) w.baseline = w.errors.length;
}

/** Sends `text` to the mock Mini (switch, review, Send once); returns the finished reply. */
async function askCloud(page: Page, text: string): Promise<Locator> {
  const u = ui(page);
  const before = await u.replies.count();
  await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
  await u.message.fill(text);
  await u.send.click();
  await page.getByRole('dialog', { name: 'Review what will be sent' }).getByRole('button', { name: 'Send once' }).click();
  const reply = u.replies.nth(before);
  await expect(reply).toContainText('Mini (cloud)');
  await expect(reply).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  return reply;
}

/** What the rendered page holds that a reply must never put there; [] when all is well. */
function domProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ hook }) => {
      const found: string[] = [];
      const forbidden = 'script, iframe, object, embed, img, image, svg, math, style, link, meta, base, form, video, audio, picture, source, portal, frame, frameset, template, noscript, textarea, select, details, marquee, xmp, h1, h2';
      for (const text of document.querySelectorAll('[role="log"] .text')) {
        for (const el of text.querySelectorAll(forbidden)) found.push(`<${el.tagName.toLowerCase()}> in a message`);
        for (const el of text.querySelectorAll('[style], [id], [name], [src], [srcset], [srcdoc], [action], [formaction], [background], [poster], [ping]')) {
          found.push(`attribute on <${el.tagName.toLowerCase()}> in a message: ${el.outerHTML.slice(0, 80)}`);
        }
        for (const a of text.querySelectorAll('a')) {
          const protocol = new URL(a.href).protocol;
          if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(`link to ${a.href}`);
          if (a.target !== '_blank' || a.rel !== 'noopener noreferrer') found.push(`link without target/rel: ${a.href}`);
        }
        for (const input of text.querySelectorAll('input')) if (input.type !== 'checkbox' || !input.disabled) found.push(`input ${input.type}`);
      }
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) if (/^on/i.test(attr.name)) found.push(`${attr.name} on <${el.tagName.toLowerCase()}>`);
      }
      for (const el of document.querySelectorAll('iframe, object, embed, base, frame, portal, math, meta[http-equiv]:not([http-equiv="Content-Security-Policy"]):not([http-equiv="x-dns-prefetch-control"])')) {
        found.push(`<${el.tagName.toLowerCase()}> in the document`);
      }
      if (document.getElementById('app')?.tagName !== 'DIV') found.push('#app was clobbered');
      if (typeof (window as unknown as Record<string, unknown>)[hook] !== 'function') found.push('the hook was clobbered');
      return found;
    },
    { hook: PWNED_HOOK },
  );
}

/** Everything a payload run must leave true: nothing ran, nothing loaded from elsewhere, nothing injected. */
async function expectNothingHappened(page: Page, w: Watch): Promise<void> {
  const { pwned, violations } = await w.inPage();
  expect(pwned, 'payloads that ran').toEqual([]);
  expect(w.dialogs, 'dialogs opened').toEqual([]);
  expect(w.errors.slice(w.baseline), 'page errors').toEqual([]);
  expect(violations, 'CSP violations (a blocked load or script is still an injected element)').toEqual([]);
  expect(foreignRequests(w.requests), 'requests that left the app').toEqual([]);
  expect(await domProblems(page), 'injected markup').toEqual([]);
}

/** The corpus in batches for one reply each; a payload that runs to the end of its reply comes last in its batch. */
function batches(corpus: readonly InjectionPayload[], size: number): string[][] {
  const open = corpus.filter((p) => p.openEnded);
  const closed = corpus.filter((p) => !p.openEnded);
  const count = Math.max(open.length, Math.ceil(closed.length / size));
  const out: string[][] = Array.from({ length: count }, () => []);
  closed.forEach((p, i) => out[i % count]?.push(p.markdown));
  open.forEach((p, i) => out[i]?.push(p.markdown));
  return out;
}

const KINDS = [
  'Formatting check',
  '# Heading one',
  '## Heading two',
  'Plain words with **strong text**, *leaning text*, ~~struck text~~ and `inline code`.  \nA second line after a hard break.',
  '- first bullet\n- second bullet\n  - nested bullet',
  '1. step one\n2. step two',
  '- [ ] open task\n- [x] done task',
  '> quoted words',
  '| Left | Middle | Right |\n|:--|:-:|--:|\n| a1 | b2 | c3 |',
  'Read [the guide](https://docs.example.org/guide) or https://example.com/page',
  '```python\nprint("hello")\nvalue = 42\n```',
  '---',
  '![chart](https://img.example.net/c.png)',
].join('\n\n');
const CODE = 'print("hello")\nvalue = 42';

test('Markdown of every kind renders in a reply; the parser and highlighter load only when a reply needs them', async ({ page }) => {
  const w = await watch(page);
  await start(page, w);
  const chunk = (name: string) => w.requests.filter((url) => new RegExp(`/assets/${name}-[^/]*\\.js$`).test(url));

  // A plain reply is its exact text, and loads no parser.
  expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
  expect(chunk('MarkdownView')).toEqual([]);
  expect(chunk('highlight')).toEqual([]);

  const reply = (await askCloud(page, KINDS)).locator('.text');
  await expect(reply.getByRole('heading', { level: 3, name: 'Heading one' })).toBeVisible();
  await expect(reply.getByRole('heading', { level: 4, name: 'Heading two' })).toBeVisible();
  await expect(reply.locator('strong')).toHaveText('strong text');
  await expect(reply.locator('em')).toHaveText('leaning text');
  await expect(reply.locator('del')).toHaveText('struck text');
  await expect(reply.locator('p code')).toHaveText('inline code');
  await expect(reply.locator('p br')).toHaveCount(1);
  await expect(reply.locator('ul > li')).toHaveCount(5);
  await expect(reply.locator('ul ul > li')).toHaveText(['nested bullet']);
  await expect(reply.locator('ol > li')).toHaveText(['step one', 'step two']);
  const tasks = reply.getByRole('checkbox');
  await expect(tasks).toHaveCount(2);
  await expect(tasks.first()).not.toBeChecked();
  await expect(tasks.last()).toBeChecked();
  for (const task of await tasks.all()) await expect(task).toBeDisabled();
  await expect(reply.locator('blockquote')).toHaveText('quoted words');
  await expect(reply.getByRole('columnheader', { name: 'Middle' })).toHaveCSS('text-align', 'center');
  await expect(reply.getByRole('cell', { name: 'c3' })).toHaveCSS('text-align', 'right');
  await expect(reply.getByRole('cell', { name: 'a1' })).toHaveCSS('text-align', 'left');

  const guide = reply.getByRole('link', { name: 'the guide (docs.example.org)' });
  await expect(guide).toHaveAttribute('href', 'https://docs.example.org/guide');
  await expect(guide).toHaveAttribute('target', '_blank');
  await expect(guide).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(reply.getByRole('link', { name: 'https://example.com/page', exact: true })).toHaveAttribute('href', 'https://example.com/page');
  // The image is a link to open, never an image to load.
  await expect(reply.getByRole('link', { name: 'Image: chart (https://img.example.net/c.png)' })).toHaveAttribute('href', 'https://img.example.net/c.png');
  await expect(reply.locator('img')).toHaveCount(0);
  await expect(reply.locator('hr')).toHaveCount(1);

  const block = reply.locator('.code-block');
  await expect(block).toContainText('Python');
  await expect(block.locator('pre')).toHaveText(CODE);
  await expect(block.locator('pre')).toHaveCSS('white-space', 'pre');
  await expect(block.locator('pre')).toHaveCSS('overflow-x', 'auto');
  // Highlighted once the highlighter has loaded: coloured spans, the same text.
  await expect(block.locator('pre code span').first()).toBeVisible();
  await expect(block.getByRole('button', { name: 'Copy code', exact: true })).toBeVisible();

  expect(chunk('MarkdownView')).toHaveLength(1);
  expect(chunk('highlight')).toHaveLength(1);
  expect(posts()).toHaveLength(1);
  await expectNothingHappened(page, w);
});

test('a long reply that arrives all at once is rendered whole (a few blocks a frame), down to its last block', async ({ page }) => {
  await start(page);
  const reply = await askCloud(page, 'Write the long guide #mode=long');
  const headings = LONG_REPLY.split('\n').filter((line) => /^#{1,6} /.test(line)).length;
  const fences = LONG_REPLY.split('\n').filter((line) => line.startsWith('```')).length / 2;
  const text = reply.locator('.text');
  await expect(text.locator('h3, h4, h5, h6')).toHaveCount(headings);
  await expect(text.locator('pre')).toHaveCount(fences);
  const last = LONG_REPLY.trimEnd().split('\n').at(-1) ?? '';
  await expect(text).toContainText(last.replace(/[*_`#>-]/g, '').trim().slice(0, 40));
});

test('"Copy code" puts the code on the clipboard, and says so; a refused clipboard says that instead', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await start(page);
  const block = (await askCloud(page, `Copy check\n\n\`\`\`python\n${CODE}\n\`\`\``)).locator('.code-block');
  const copy = block.getByRole('button', { name: 'Copy code', exact: true });
  await copy.click();
  await expect(block.locator('[aria-live="polite"]')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CODE);
  await expect(block.locator('[aria-live="polite"]')).toHaveText('', { timeout: 5000 });

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await copy.click();
  await expect(block.locator('[aria-live="polite"]')).toHaveText(/^Could not copy/);
  await expect(copy).toHaveAccessibleName('Copy code');
});

test('the injection corpus as cloud replies: nothing runs, nothing leaves the app, and the app stays usable', async ({ page }) => {
  test.setTimeout(150_000);
  const w = await watch(page);
  await start(page, w);
  const groups = batches(INJECTION_CORPUS, 16);
  for (const [i, group] of groups.entries()) {
    const reply = await askCloud(page, [`Batch ${i + 1}`, ...group].join('\n\n'));
    // The reply is the payloads, shown: the mock echoes them after "Mini says: ".
    await expect(reply.locator('.text')).toContainText(`Mini says: Batch ${i + 1}`);
  }
  // The renderer did load for these replies (a plain-text fallback would prove nothing).
  await expect(ui(page).log.locator('.text .markdown')).toHaveCount(groups.length);
  await expect(ui(page).log.locator('.text').filter({ hasText: `<script>${PWNED_HOOK}('script-tag')</script>` })).toHaveCount(2);
  expect(posts()).toHaveLength(groups.length);
  await expectNothingHappened(page, w);

  // Still usable: a local message and a cloud message both get their replies.
  expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
  await expect((await askCloud(page, 'still **working**')).locator('.text strong')).toHaveText('working');
  await expectNothingHappened(page, w);
});

test('the injection corpus in an imported conversation (user text, replies and titles): nothing runs, nothing leaves the app', async ({ page }) => {
  test.setTimeout(90_000);
  const w = await watch(page);
  await start(page, w);
  const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 9, 0, n)).toISOString();
  const reply = (id: string, text: string, n: number) => ({
    id,
    role: 'assistant',
    text,
    status: 'complete',
    createdAt: at(n),
    updatedAt: at(n),
    provenance: { tier: 'mini', where: 'cloud', model: 'gpt-5.4-mini', host: `127.0.0.1:${MOCK_PORT}` },
  });
  const question = (id: string, text: string, n: number) => ({ id, role: 'user', text, status: 'complete', createdAt: at(n), updatedAt: at(n) });
  const file = {
    format: 'sotto-conversations',
    version: 1,
    exportedAt: at(0),
    conversations: [
      {
        id: 'corpus-all',
        title: 'Injection corpus',
        titleEdited: true,
        createdAt: at(0),
        updatedAt: at(5000),
        messages: INJECTION_CORPUS.flatMap((p, i) => [question(`q-${p.id}`, p.markdown, 2 * i + 1), reply(`r-${p.id}`, p.markdown, 2 * i + 2)]),
      },
      ...INJECTION_CORPUS.map((p, i) => ({
        id: `title-${p.id}`,
        title: p.markdown,
        titleEdited: true,
        createdAt: at(i + 1),
        updatedAt: at(i + 1),
        messages: [question(`tq-${p.id}`, 'title check', 1), reply(`tr-${p.id}`, 'title check reply', 2)],
      })),
    ],
  };
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Import conversations (JSON)').setInputFiles({ name: 'corpus.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(settings).toContainText(`Imported ${INJECTION_CORPUS.length + 1} conversations`);
  await settings.getByRole('button', { name: 'Close' }).click();

  const nav = page.getByRole('navigation', { name: 'Conversations' });
  // Titles are text: each shows as written. The list only renders the rows in view, so scroll through it.
  const titles = new Set<string>();
  await nav.getByRole('list').hover();
  for (let seen = -1; titles.size > seen; ) {
    seen = titles.size;
    for (const title of await nav.locator('.title').allTextContents()) titles.add(title);
    expect(await domProblems(page), 'injected markup').toEqual([]);
    await page.mouse.wheel(0, 400);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  expect(INJECTION_CORPUS.filter((p) => !titles.has(p.markdown)).map((p) => p.id)).toEqual([]);
  await page.mouse.wheel(0, -100_000);
  await nav.getByRole('button', { name: /^Injection corpus/ }).click();
  const articles = ui(page).log.getByRole('article');
  await expect(articles).toHaveCount(2 * INJECTION_CORPUS.length);
  await expect(ui(page).log.locator('.text .markdown')).toHaveCount(INJECTION_CORPUS.length);
  // User text is shown exactly as written, never parsed.
  await expect(articles.first().locator('.text')).toHaveText(INJECTION_CORPUS[0]?.markdown ?? '');
  await expectNothingHappened(page, w);

  // Still usable.
  await nav.getByRole('button', { name: 'New conversation' }).click();
  expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
  await expectNothingHappened(page, w);
});

test('the injection corpus as instructions: shown as text in Settings, above the conversation and in the review; nothing runs or leaves', async ({ page }) => {
  const w = await watch(page);
  await start(page, w);
  // Instructions are at most 4,000 characters: the corpus goes in over several rounds.
  const rounds: string[] = [];
  let current = '';
  for (const p of INJECTION_CORPUS) {
    if (current.length + p.markdown.length + 1 > 1900) {
      rounds.push(current);
      current = '';
    }
    current += `${p.markdown}\n`;
  }
  if (current) rounds.push(current);
  for (let i = 0; i < rounds.length; i += 2) {
    const defaults = rounds[i] ?? '';
    const own = rounds[i + 1] ?? '';
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Instructions for every conversation').fill(defaults);
    await settings.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: 'New conversation' }).click();
    await page.getByRole('button', { name: 'Instructions' }).click();
    await page.getByLabel('Instructions for this conversation').fill(own);
    await page.getByRole('button', { name: 'Save instructions' }).click();
    // To the local model, then through the review to the mock endpoint.
    expect(await ask(page, 'hi')).toBe('jklmnopqrstuvwxyz');
    await page.getByRole('switch', { name: 'Send to cloud (Mini)' }).click();
    await ui(page).message.fill('Summarise the instructions.');
    await ui(page).send.click();
    const review = page.getByRole('dialog', { name: 'Review what will be sent' });
    await expect(review.getByLabel(/Your instructions as written/)).toHaveValue([defaults.trim(), own.trim()].filter(Boolean).join('\n\n'));
    await expectNothingHappened(page, w);
    await review.getByRole('button', { name: 'Send once' }).click();
    await expect(ui(page).replies.last()).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
    await expectNothingHappened(page, w);
  }
});
