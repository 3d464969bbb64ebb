import { describe, expect, it } from 'vitest';
import type { Inline } from './ast';
import { parseMarkdown, plainText } from './parse';

const text = (t: string): Inline => ({ type: 'text', text: t });
/** The inline content of a reply that is one paragraph. */
function inlineOf(markdown: string): Inline[] {
  const blocks = parseMarkdown(markdown);
  expect(blocks).toHaveLength(1);
  const [block] = blocks;
  if (block?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${JSON.stringify(block)}`);
  return block.children;
}
/** Every link node in a tree, in document order. */
function linksIn(value: unknown): Inline[] {
  if (Array.isArray(value)) return value.flatMap(linksIn);
  if (!value || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  return [...(node['type'] === 'link' ? [node as Inline] : []), ...Object.values(node).flatMap(linksIn)];
}

describe('parseMarkdown: what each kind of Markdown becomes', () => {
  it('paragraphs, emphasis, strong, strikethrough, inline code and hard line breaks', () => {
    expect(parseMarkdown('One **two** *three* ~~four~~ `five`  \nsix\\\nseven\n\nNext paragraph')).toEqual([
      {
        type: 'paragraph',
        children: [
          text('One '),
          { type: 'strong', children: [text('two')] },
          text(' '),
          { type: 'em', children: [text('three')] },
          text(' '),
          { type: 'del', children: [text('four')] },
          text(' '),
          { type: 'code', text: 'five' },
          { type: 'br' },
          text('six'),
          { type: 'br' },
          text('seven'),
        ],
      },
      { type: 'paragraph', children: [text('Next paragraph')] },
    ]);
  });

  it('headings start at h3 (the page has h1 and h2) and never skip a level', () => {
    const levels = (md: string) => parseMarkdown(md).map((b) => (b.type === 'heading' ? b.level : null));
    expect(levels('# A\n\n## B\n\n### C\n\n# D')).toEqual([3, 4, 5, 3]);
    expect(levels('## A\n\n#### B\n\n###### C')).toEqual([3, 4, 5]);
    expect(levels('### A\n\n# B\n\n###### C')).toEqual([3, 3, 4]);
    expect(levels('Setext\n===\n\nTwo\n---')).toEqual([3, 4]);
  });

  it('ordered, unordered, nested and task lists', () => {
    expect(parseMarkdown('3. three\n4. four\n\n- a\n  - nested\n- [ ] open\n- [x] done')).toEqual([
      {
        type: 'list',
        ordered: true,
        start: 3,
        loose: false,
        items: [
          { task: false, checked: false, children: [{ type: 'text', children: [text('three')] }] },
          { task: false, checked: false, children: [{ type: 'text', children: [text('four')] }] },
        ],
      },
      {
        type: 'list',
        ordered: false,
        start: 1,
        loose: false,
        items: [
          {
            task: false,
            checked: false,
            children: [
              { type: 'text', children: [text('a')] },
              { type: 'list', ordered: false, start: 1, loose: false, items: [{ task: false, checked: false, children: [{ type: 'text', children: [text('nested')] }] }] },
            ],
          },
          { task: true, checked: false, children: [{ type: 'text', children: [text('open')] }] },
          { task: true, checked: true, children: [{ type: 'text', children: [text('done')] }] },
        ],
      },
    ]);
  });

  it('a loose list keeps paragraphs in its items', () => {
    const [list] = parseMarkdown('- a\n\n- b');
    expect(list).toMatchObject({ type: 'list', loose: true, items: [{ children: [{ type: 'paragraph' }] }, { children: [{ type: 'paragraph' }] }] });
  });

  it('block quotes, rules, and fenced and indented code (the language is the first word of the fence)', () => {
    expect(parseMarkdown('> quoted **text**\n\n---\n\n```python title="x"\nprint(1)\n```\n\n    indented()')).toEqual([
      { type: 'quote', children: [{ type: 'paragraph', children: [text('quoted '), { type: 'strong', children: [text('text')] }] }] },
      { type: 'rule' },
      { type: 'code', lang: 'python', text: 'print(1)' },
      { type: 'code', lang: '', text: 'indented()' },
    ]);
  });

  it('GFM tables with their alignment', () => {
    expect(parseMarkdown('| L | C | R | N |\n|:--|:-:|--:|---|\n| 1 | **2** | 3 | 4 |')).toEqual([
      {
        type: 'table',
        align: ['left', 'center', 'right', null],
        head: [[text('L')], [text('C')], [text('R')], [text('N')]],
        rows: [[[text('1')], [{ type: 'strong', children: [text('2')] }], [text('3')], [text('4')]]],
      },
    ]);
  });

  it('character references are decoded in text, but not in code', () => {
    expect(inlineOf('a &amp; b &lt;i&gt; &copy; &#x41; &#38;amp; &nosuch; `&amp;`')).toEqual([text('a & b <i> © A &amp; &nosuch; '), { type: 'code', text: '&amp;' }]);
  });
});

describe('parseMarkdown: raw HTML is text', () => {
  it('a block of HTML is shown as it was written', () => {
    expect(parseMarkdown('<div onclick="x()">\n<script>alert(1)</script>\n</div>')).toEqual([
      { type: 'literal', text: '<div onclick="x()">\n<script>alert(1)</script>\n</div>' },
    ]);
  });

  it('inline HTML is shown as it was written, entities and all', () => {
    expect(plainText(inlineOf('a <img src=x onerror="alert(1)"> b <b>c</b> &lt;'))).toBe('a <img src=x onerror="alert(1)"> b <b>c</b> <');
  });
});

describe('parseMarkdown: links', () => {
  it('an http(s) link says where it goes when its text does not', () => {
    expect(inlineOf('[Guide](https://docs.example.org/guide)')).toEqual([
      { type: 'link', href: 'https://docs.example.org/guide', children: [text('Guide')], destination: 'docs.example.org', image: false },
    ]);
  });

  it('a link whose text is its URL, an autolink and a bare URL add nothing', () => {
    const links = linksIn(parseMarkdown('[https://a.example/x](https://a.example/x) <https://b.example> https://c.example/y www.d.example x@e.example'));
    expect(links.map((l) => (l.type === 'link' ? [l.href, l.destination] : null))).toEqual([
      ['https://a.example/x', null],
      ['https://b.example/', null],
      ['https://c.example/y', null],
      ['http://www.d.example/', null],
      ['mailto:x@e.example', null],
    ]);
  });

  it('text that names another site shows the real host', () => {
    const [link] = linksIn(parseMarkdown('[https://bank.example/](https://evil.example/bank)'));
    expect(link).toMatchObject({ href: 'https://evil.example/bank', destination: 'evil.example' });
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](javascript&colon;alert(1))',
    '[x](jav&#x09;ascript:alert(1))',
    '[x](data:text/html,hi)',
    '[x](vbscript:msgbox)',
    '[x](/relative)',
    '[x](#frag)',
    '<javascript:alert(1)>',
    '[x][r]\n\n[r]: javascript:alert(1)',
  ])('%j is text, not a link', (markdown) => {
    const blocks = parseMarkdown(markdown);
    expect(linksIn(blocks)).toEqual([]);
  });

  it('keeps the formatting of a link it refuses', () => {
    expect(inlineOf('[**bold**](javascript:alert(1))')).toEqual([{ type: 'strong', children: [text('bold')] }]);
  });

  it('resolves reference links, and decodes entities in destinations', () => {
    const links = linksIn(parseMarkdown('[one][r] and [r]\n\n[r]: https://ref.example/?a=1&amp;b=2'));
    expect(links).toHaveLength(2);
    expect(links[0]).toMatchObject({ href: 'https://ref.example/?a=1&b=2' });
  });

  it('a definition title cannot run across a blank line (CommonMark), so later text cannot rewrite earlier blocks', () => {
    const blocks = parseMarkdown('[r]: https://ref.example/\n(title\n\nparagraph)\n\n[r]');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(linksIn(blocks)).toMatchObject([{ href: 'https://ref.example/' }]);
  });
});

describe('parseMarkdown: images never load', () => {
  it('an http(s) image is a link that shows the alt text and the full URL', () => {
    expect(inlineOf('![A chart](https://img.example/c.png?id=7 "t")')).toEqual([
      { type: 'link', href: 'https://img.example/c.png?id=7', children: [text('Image: A chart')], destination: 'https://img.example/c.png?id=7', image: true },
    ]);
  });

  it('any other image is plain text', () => {
    expect(plainText(inlineOf('![x](data:image/png;base64,AAAA)'))).toBe('Image: x (data:image/png;base64,AAAA)');
    expect(plainText(inlineOf('![](javascript:alert(1))'))).toBe('Image (javascript:alert(1))');
    expect(linksIn(parseMarkdown('![x](/local.png)'))).toEqual([]);
  });

  it('an image inside a link is text inside that link (links do not nest)', () => {
    expect(inlineOf('[![badge](https://img.example/b.svg)](https://site.example/)')).toEqual([
      { type: 'link', href: 'https://site.example/', children: [text('Image: badge (https://img.example/b.svg)')], destination: 'site.example', image: false },
    ]);
  });

  it('a long URL that cannot be a link is shortened', () => {
    const shown = plainText(inlineOf(`![x](data:image/png;base64,${'A'.repeat(500)})`));
    expect(shown.length).toBeLessThan(150);
    expect(shown.endsWith('…)')).toBe(true);
  });
});
