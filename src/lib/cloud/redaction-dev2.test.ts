import { describe, expect, it } from 'vitest';
import { dev2Set } from './redaction-dev2';

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

describe('dev2Set (second hand-written labelled DEV set)', () => {
  it('has at least 450 sentences', () => {
    expect(dev2Set.length).toBeGreaterThanOrEqual(450);
  });

  it('has at least 15% of sentences with nothing to find', () => {
    const empty = dev2Set.filter((s) => s.expected.length === 0).length;
    expect(empty / dev2Set.length).toBeGreaterThanOrEqual(0.15);
  });

  it('every expected text occurs in its sentence as many times as it is listed', () => {
    const problems: string[] = [];
    dev2Set.forEach((sentence, index) => {
      const wanted = new Map<string, number>();
      for (const item of sentence.expected) {
        if (item.text.length === 0) problems.push(`#${index}: empty ${item.kind}`);
        wanted.set(item.text, (wanted.get(item.text) ?? 0) + 1);
      }
      for (const [text, count] of wanted) {
        const found = occurrences(sentence.text, text);
        if (found < count) problems.push(`#${index}: "${text}" listed ${count}x, found ${found}x`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('has no duplicate sentences and no surrounding whitespace in expected texts', () => {
    const texts = dev2Set.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    const padded = dev2Set.flatMap((s) => s.expected.filter((e) => e.text !== e.text.trim()).map((e) => e.text));
    expect(padded).toEqual([]);
  });

  it('uses every identifier kind except MASKED', () => {
    const kinds = new Set(dev2Set.flatMap((s) => s.expected.map((e) => e.kind)));
    for (const kind of ['NAME', 'LOCATION', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'NPI', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'ID'] as const) {
      expect(kinds.has(kind)).toBe(true);
    }
    expect(kinds.has('MASKED')).toBe(false);
  });
});
