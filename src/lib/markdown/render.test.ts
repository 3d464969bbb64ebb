/**
 * The rendered HTML of replies (Svelte's server renderer, no DOM needed): what elements and
 * attributes the Markdown components can put in the page, for every injection payload.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { EXFIL_HOST, INJECTION_CORPUS, PWNED_HOOK } from '../../../tests/fixtures/injection-corpus';
import Markdown from '../components/Markdown.svelte';
import MarkdownView from '../components/MarkdownView.svelte';
import { parseMarkdown } from './parse';

interface Element {
  tag: string;
  attrs: Record<string, string>;
}

/** Attributes each element may have; anything else (on*, style, id, src, name, …) fails. */
const ALLOWED: Record<string, readonly string[]> = {
  div: ['class', 'tabindex'],
  span: ['class', 'aria-live'],
  p: ['class'],
  h3: ['class'],
  h4: ['class'],
  h5: ['class'],
  h6: ['class'],
  strong: [],
  em: [],
  del: [],
  code: ['class'],
  pre: ['class', 'tabindex'],
  br: [],
  hr: ['class'],
  ul: ['class'],
  ol: ['class', 'start'],
  li: ['class'],
  input: ['class', 'type', 'checked', 'disabled', 'aria-label'],
  blockquote: ['class'],
  table: ['class'],
  thead: [],
  tbody: [],
  tr: [],
  th: ['class', 'scope'],
  td: ['class'],
  a: ['class', 'href', 'target', 'rel', 'referrerpolicy'],
  bdi: [],
  button: ['class', 'type'],
};
const CLASSES = new Set(['markdown', 'tight', 'literal', 'loose', 'tasks', 'task', 'table-scroll', 'align-left', 'align-center', 'align-right', 'destination', 'code-block', 'bar', 'lang', 'status', 'failed', 'quiet', 'copy', 'plain']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:="([^"]*)")?/g;

function decodeAttr(value: string): string {
  return value.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** The elements in server-rendered HTML, and its text; throws if anything but tags, comments and escaped text is there. */
function parseHtml(html: string): { elements: Element[]; text: string } {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const elements: Element[] = [];
  const rest = withoutComments.replace(TAG, (_m, close: string, tag: string, attrs: string) => {
    if (!close) {
      const parsed: Record<string, string> = {};
      for (const [, name, value] of attrs.matchAll(ATTR)) if (name) parsed[name.toLowerCase()] = decodeAttr(value ?? '');
      elements.push({ tag: tag.toLowerCase(), attrs: parsed });
    }
    return '';
  });
  if (rest.includes('<')) throw new Error(`markup outside a tag the renderer writes: ${rest}`);
  return { elements, text: decodeAttr(rest) };
}

function rendered(markdown: string) {
  return parseHtml(render(MarkdownView, { props: { text: markdown } }).body);
}

/** Every rule from the brief, checked on one rendering; returns the problems found. */
function problems({ elements }: { elements: Element[] }): string[] {
  const found: string[] = [];
  for (const { tag, attrs } of elements) {
    const allowed = ALLOWED[tag];
    if (!allowed) {
      found.push(`element <${tag}>`);
      continue;
    }
    for (const [name, value] of Object.entries(attrs)) {
      if (!allowed.includes(name)) found.push(`<${tag} ${name}="${value}">`);
      if (name !== 'href' && (value.includes(PWNED_HOOK) || value.includes(EXFIL_HOST))) found.push(`<${tag} ${name}="${value}">`);
    }
    for (const cls of (attrs['class'] ?? '').split(/\s+/).filter(Boolean)) {
      if (!CLASSES.has(cls) && !/^svelte-[a-z0-9]+$/.test(cls)) found.push(`class ${cls}`);
    }
    if (tag === 'a') {
      const href = attrs['href'] ?? '';
      let protocol = '';
      try {
        protocol = new URL(href).protocol;
      } catch {
        found.push(`unparsable href ${href}`);
      }
      if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(`href ${href}`);
      if (attrs['target'] !== '_blank' || attrs['rel'] !== 'noopener noreferrer') found.push(`link without target/rel: ${href}`);
    }
    if (tag === 'input' && (attrs['type'] !== 'checkbox' || !('disabled' in attrs))) found.push(`input ${JSON.stringify(attrs)}`);
    if (tag === 'button' && attrs['type'] !== 'button') found.push('button that is not type=button');
  }
  return found;
}

describe('the injection corpus', () => {
  it('has at least 100 payloads with unique ids', () => {
    expect(INJECTION_CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(INJECTION_CORPUS.map((p) => p.id)).size).toBe(INJECTION_CORPUS.length);
  });

  it('marks exactly the payloads that run to the end of a reply as open-ended', () => {
    for (const payload of INJECTION_CORPUS) {
      const blocks = parseMarkdown(`${payload.markdown}\n\nSENTINEL`);
      const last = blocks.at(-1);
      const sentinelIsOwnParagraph = last?.type === 'paragraph' && JSON.stringify(last.children) === JSON.stringify([{ type: 'text', text: 'SENTINEL' }]);
      expect(sentinelIsOwnParagraph, payload.id).toBe(!payload.openEnded);
    }
  });
});

describe('rendering a reply is safe by construction', () => {
  it.each(INJECTION_CORPUS.map((p) => [p.id, p] as const))('%s: only the elements and attributes the renderer writes', (_id, payload) => {
    expect(problems(rendered(payload.markdown))).toEqual([]);
  });

  it('all payloads in one reply, as a stream would deliver them', () => {
    const joined = INJECTION_CORPUS.map((p) => p.markdown).join('\n\n');
    expect(problems(rendered(joined))).toEqual([]);
  });

  it('renders every block of a long reply (the page reveals them over a few frames; the server renderer has none)', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}.`);
    expect(rendered(paragraphs.join('\n\n')).elements.filter((e) => e.tag === 'p')).toHaveLength(60);
  });

  it('raw HTML shows as its text', () => {
    const { elements, text } = rendered('<img src=x onerror=alert(1)>\n\nSee <b onclick="x()">this</b>.');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('See <b onclick="x()">this</b>.');
    expect(elements.map((e) => e.tag)).not.toContain('img');
    expect(elements.map((e) => e.tag)).not.toContain('b');
  });

  it('an image is a link that shows its alt text and full URL; nothing has a src', () => {
    const { elements, text } = rendered('![Q3 chart](https://img.example/q3.png?s=1)');
    expect(elements.filter((e) => e.tag === 'a').map((e) => e.attrs['href'])).toEqual(['https://img.example/q3.png?s=1']);
    expect(text).toBe('Image: Q3 chart (https://img.example/q3.png?s=1)');
    expect(elements.some((e) => 'src' in e.attrs)).toBe(false);
  });

  it('the checker itself catches what it must (so a pass means something)', () => {
    const bad = parseHtml('<div><img src="x"><a href="javascript:alert(1)">x</a><p style="color:red" onclick="y">z</p><span class="evil">w</span></div>');
    expect(problems(bad)).toEqual(['element <img>', 'href javascript:alert(1)', 'link without target/rel: javascript:alert(1)', '<p style="color:red">', '<p onclick="y">', 'class evil']);
    expect(() => parseHtml('<div>a <b</div>')).toThrow();
  });
});

describe('what each kind of Markdown renders as', () => {
  const sample = [
    '# Heading',
    'Text with **strong**, *emphasis*, ~~struck~~, `code` and a [link](https://docs.example.org/guide).  \nAfter a hard break.',
    '- one\n- [ ] open task\n- [x] done task',
    '1. first\n2. second',
    '> quoted',
    '| Left | Centre | Right |\n|:--|:-:|--:|\n| a | b | c |',
    '```js\nconst x = 1;\n```',
    '---',
  ].join('\n\n');

  it('uses the element for each kind', () => {
    const { elements } = rendered(sample);
    const tags = new Set(elements.map((e) => e.tag));
    for (const tag of ['h3', 'p', 'strong', 'em', 'del', 'code', 'a', 'br', 'ul', 'ol', 'li', 'input', 'blockquote', 'table', 'th', 'td', 'pre', 'button', 'hr']) expect(tags, tag).toContain(tag);
    expect(elements.filter((e) => e.tag === 'input').map((e) => 'checked' in e.attrs)).toEqual([false, true]);
    expect(elements.filter((e) => e.tag === 'th').map((e) => e.attrs['class']?.split(' ')[0])).toEqual(['align-left', 'align-center', 'align-right']);
    expect(elements.find((e) => e.tag === 'button')?.attrs).toMatchObject({ type: 'button' });
    expect(problems({ elements })).toEqual([]);
  });

  it('adds no whitespace between inline elements, and says where a link goes', () => {
    expect(rendered('**a**b*c*`d`').text).toBe('abcd');
    expect(rendered('[Docs](https://docs.example.org/guide) and <https://x.example/>').text).toBe('Docs (docs.example.org) and https://x.example/');
  });

  it('labels a code block and offers "Copy code"', () => {
    const { text } = rendered('```python\nprint(1)\n```');
    expect(text).toContain('Python');
    expect(text).toContain('Copy code');
    expect(text).toContain('print(1)');
  });
});

describe('Markdown (the first-load component)', () => {
  it('shows a plain reply as exactly its text', () => {
    const reply = 'jklmnopqrstuvwxyz\n\nwith a second paragraph';
    const { elements, text } = parseHtml(render(Markdown, { props: { text: reply } }).body);
    expect(text).toBe(reply);
    expect(elements.map((e) => e.tag)).toEqual(['span']);
  });
});
