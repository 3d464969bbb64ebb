import { describe, expect, it } from 'vitest';
import type { IdentifierKind } from './redact';
import { finalBlindSet } from './redaction-final';

const allKinds: IdentifierKind[] = [
  'NAME',
  'LOCATION',
  'DATE',
  'AGE',
  'PHONE',
  'EMAIL',
  'SSN',
  'MRN',
  'ACCOUNT',
  'LICENSE',
  'NPI',
  'VEHICLE',
  'DEVICE',
  'URL',
  'IP',
  'ID',
];

/** Non-overlapping, case-sensitive occurrences of needle in haystack. */
function occurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let count = 0;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return count;
    count += 1;
    from = at + needle.length;
  }
}

describe('finalBlindSet', () => {
  it('has at least 300 sentences', () => {
    expect(finalBlindSet.length).toBeGreaterThanOrEqual(300);
  });

  it('has at least 15% sentences with nothing to find', () => {
    const empty = finalBlindSet.filter((s) => s.expected.length === 0).length;
    expect(empty / finalBlindSet.length).toBeGreaterThanOrEqual(0.15);
  });

  it('has no duplicate sentences', () => {
    const texts = finalBlindSet.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('covers every identifier kind and never expects MASKED', () => {
    const seen = new Set(finalBlindSet.flatMap((s) => s.expected.map((e) => e.kind)));
    for (const kind of allKinds) expect(seen.has(kind), kind).toBe(true);
    expect(seen.has('MASKED')).toBe(false);
  });

  it('finds every expected text in its sentence as many times as it is listed', () => {
    const problems: string[] = [];
    for (const [index, sentence] of finalBlindSet.entries()) {
      const listed = new Map<string, number>();
      for (const item of sentence.expected) {
        if (item.text.trim() !== item.text || item.text.length === 0) {
          problems.push(`#${index}: untrimmed or empty text ${JSON.stringify(item.text)}`);
        }
        listed.set(item.text, (listed.get(item.text) ?? 0) + 1);
      }
      for (const [text, times] of listed) {
        const found = occurrences(sentence.text, text);
        if (found < times) {
          problems.push(`#${index}: ${JSON.stringify(text)} listed ${times}x, found ${found}x`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
