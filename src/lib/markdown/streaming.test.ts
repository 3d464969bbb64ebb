import { describe, expect, it } from 'vitest';
import { INJECTION_CORPUS } from '../../../tests/fixtures/injection-corpus';
import { LONG_REPLY } from '../../../tests/mock-mini/server.mjs';
import { parseMarkdown } from './parse';
import { StreamingMarkdown } from './streaming';

/** A small seeded generator, so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

/** Lines and fragments that exercise every block boundary: lists that continue after a blank line, fences, HTML blocks, definitions, setext headings. */
const PIECES = [
  '# Title\n', '## Sub heading\n', 'para text **bold** and *em*\n', 'more text\n', '\n', '\n\n',
  '- item\n', '- [ ] task\n', '  continued\n', '    indented\n', '1. one\n', '2. two\n', '10. ten\n', '1) y\n',
  '> quote\n', '   > q\n', 'lazy\n', '```js\n', 'code();\n', '```\n', '~~~\n', '---\n', '===\n', '***\n',
  '| a | b |\n', '|---|:-:|\n', '| 1 | 2 |\n', '<div>\n', '</div>\n', '<!-- c\n', '-->\n', '<script>\n', '</script>\n', '<pre>\n\n</pre>\n',
  '[ref]: https://r.example\n', '[ref]: <https://x.example> "t"\n', '[Ref]:\n  https://y.example\n', 'see [ref] and [x][ref]\n',
  '![img](https://i.example/a.png)\n', '* star\n', '+ plus\n', '  - nested\n', ' - x\n', '- a\n\n- b\n', 'text  \nhard\n', '\t tab\n',
  '    code\n\n    more code\n', '  \n', 'Setext\n---\n', '<https://a.example>\n', 'www.b.example\n', 'x\n',
  '>', '-', '#', '`', '```', '|', ' ', '1.', '[', ']', '(', ')', '"', 'http://z.example', '&amp;', '\n', '\n',
];

function randomDocument(next: () => number): string {
  let doc = '';
  const pieces = 3 + Math.floor(next() * 30);
  for (let i = 0; i < pieces; i++) doc += PIECES[Math.floor(next() * PIECES.length)];
  return next() < 0.5 ? doc.replace(/\n$/, '') : doc;
}

/** Feeds `text` in chunks of 1..maxChunk characters, as a stream paints it; returns the last result. */
function streamed(text: string, next: () => number, maxChunk = 12): { blocks: unknown; maxLexed: number } {
  const parser = new StreamingMarkdown();
  let blocks: unknown = parser.update('');
  let maxLexed = 0;
  for (let end = 0; end < text.length; ) {
    end = Math.min(text.length, end + 1 + Math.floor(next() * maxChunk));
    blocks = parser.update(text.slice(0, end));
    maxLexed = Math.max(maxLexed, parser.lastLexedLength);
  }
  return { blocks, maxLexed };
}

describe('StreamingMarkdown', () => {
  it('gives the same blocks as a whole parse, for random documents fed in random chunks', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const next = random(seed);
      const doc = randomDocument(next);
      expect(streamed(doc, next, 1 + Math.floor(next() * 16)).blocks, `seed ${seed}: ${JSON.stringify(doc)}`).toEqual(parseMarkdown(doc));
    }
  });

  it('gives the same blocks as a whole parse for the injection corpus, joined into one reply', () => {
    const joined = INJECTION_CORPUS.filter((p) => !p.openEnded).map((p) => p.markdown).join('\n\n');
    for (let seed = 1; seed <= 5; seed++) expect(streamed(joined, random(seed)).blocks).toEqual(parseMarkdown(joined));
  });

  it('lexes only the last block of a long reply on each update', () => {
    const { blocks, maxLexed } = streamed(LONG_REPLY, random(7), 24);
    expect(blocks).toEqual(parseMarkdown(LONG_REPLY));
    expect(LONG_REPLY.length).toBeGreaterThan(10_000);
    // The longest block in the reply is a code block of a few hundred characters.
    expect(maxLexed).toBeLessThan(600);
  });

  it('does not finish a block while the first line after it is incomplete (it may still continue the block)', () => {
    // After "1. a\n\n1" the "1" is a paragraph; after "1." it is the list's second item.
    const text = '1. a\n\n1. b\n\n- c\n\n-x\n';
    const parser = new StreamingMarkdown();
    for (let end = 1; end <= text.length; end++) parser.update(text.slice(0, end));
    expect(parser.update(text)).toEqual(parseMarkdown(text));
    expect(parseMarkdown(text)[0]).toMatchObject({ type: 'list', items: [{}, {}] });
  });

  it('keeps the same objects for finished blocks, so they are not rendered again', () => {
    const parser = new StreamingMarkdown();
    const first = parser.update('# Title\n\nA paragraph.\n\n- one\n');
    const second = parser.update('# Title\n\nA paragraph.\n\n- one\n- two\n');
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(parser.lastLexedLength).toBe('- one\n- two\n'.length);
    expect(parser.update('# Title\n\nA paragraph.\n\n- one\n- two\n')).toBe(second);
  });

  it('starts over when earlier text changes (a masked name restored mid-stream)', () => {
    const parser = new StreamingMarkdown();
    parser.update('Dear [NAME_1],\n\nThe **plan**:\n\n- step');
    const restored = 'Dear Ada Lovelace,\n\nThe **plan**:\n\n- step one';
    expect(parser.update(restored)).toEqual(parseMarkdown(restored));
  });

  it('links a reference in a finished block when its definition arrives later', () => {
    const text = 'See [the guide] for details.\n\nMore text here.\n\nAnd more.\n\n[the guide]: https://guide.example/';
    expect(streamed(text, random(3), 4).blocks).toEqual(parseMarkdown(text));
    expect(JSON.stringify(parseMarkdown(text))).toContain('https://guide.example/');
  });

  it('treats CRLF line ends as LF', () => {
    const parser = new StreamingMarkdown();
    parser.update('# A\r\n\r\n- x\r');
    expect(parser.update('# A\r\n\r\n- x\r\n- y\r\n')).toEqual(parseMarkdown('# A\n\n- x\n- y\n'));
  });
});
