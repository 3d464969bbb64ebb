import { describe, expect, it } from 'vitest';
import { INJECTION_CORPUS } from '../../../tests/fixtures/injection-corpus';
import { looksLikeMarkdown } from './detect';
import { parseMarkdown } from './parse';

describe('looksLikeMarkdown', () => {
  it.each([
    'jklmnopqrstuvwxyz',
    'Mini says: Summarise the chart for John Smith, MRN 4471923, email john.smith@example.com',
    'Two paragraphs.\n\nThe second one, with a question? Yes!',
    'Prices rose 5% in 2024 (see page 3); costs fell.',
    'A line\nand the next line',
  ])('is false for plain text %j', (text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });

  it.each([
    '**bold**', '_em_', '`code`', '~~gone~~', '# Heading', '   ## Indented heading', '- item', '+ item', '* item', '12. item', '3) item',
    '> quote', 'Title\n===', 'Title\n---', '| a | b |', '[link](https://x.example)', '![img](https://x.example/i.png)',
    '<b>html</b>', 'a &amp; b', 'escaped \\*', 'line  \nbreak', '    indented code', '\tindented code', 'see https://x.example', 'www.x.example', 'mailto:a@x.example',
  ])('is true for Markdown %j', (text) => {
    expect(looksLikeMarkdown(text)).toBe(true);
  });

  it('is true for every injection payload, so none is shown unparsed by mistake', () => {
    expect(INJECTION_CORPUS.filter((p) => !looksLikeMarkdown(p.markdown)).map((p) => p.id)).toEqual([]);
  });

  it('when false, parsing would only have made paragraphs of the same text', () => {
    const words = ['1.', '2)', 'alpha', 'Beta', '42', 'x.', 'y,', 'z;', 'yes!', 'why?', '(a)', "it's", '"q"', '5%', '@', '1.5', '$3', '=', '-', '+', '#1', '\n', '\n\n'];
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
    let checked = 0;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let i = 0; i < 12; i++) text += (i && !text.endsWith('\n') ? ' ' : '') + words[Math.floor(next() * words.length)];
      text = text.trim();
      if (!text || looksLikeMarkdown(text)) continue;
      checked++;
      const blocks = parseMarkdown(text);
      expect(blocks.every((b) => b.type === 'paragraph' && b.children.every((c) => c.type === 'text')), JSON.stringify(text)).toBe(true);
      const shown = blocks.map((b) => (b.type === 'paragraph' ? b.children.map((c) => (c.type === 'text' ? c.text : '')).join('') : '')).join('\n\n');
      expect(shown.replace(/\s+/g, ' '), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' '));
    }
    expect(checked).toBeGreaterThan(200);
  });
});
