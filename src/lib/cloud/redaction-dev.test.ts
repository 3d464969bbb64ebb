import { describe, expect, it } from 'vitest';
import { devSet } from './redaction-dev';

const kinds = ['NAME', 'LOCATION', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'NPI', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'ID'];

/** Non-overlapping occurrences of `needle` in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

describe('hand-written redaction DEV set', () => {
  it('has at least 400 sentences', () => {
    expect(devSet.length).toBeGreaterThanOrEqual(400);
  });

  it('has at least 15% sentences with nothing to find', () => {
    const empty = devSet.filter((s) => s.expected.length === 0).length;
    expect(empty / devSet.length).toBeGreaterThanOrEqual(0.15);
  });

  it('has no duplicate sentences', () => {
    expect(new Set(devSet.map((s) => s.text)).size).toBe(devSet.length);
  });

  it('uses every identifier kind and only known kinds', () => {
    const used = new Set(devSet.flatMap((s) => s.expected.map((e) => e.kind)));
    for (const kind of used) expect(kinds).toContain(kind);
    for (const kind of kinds) expect(used.has(kind as never), kind).toBe(true);
  });

  it('lists each expected text as many times as it occurs, at most', () => {
    for (const sentence of devSet) {
      const listed = new Map<string, number>();
      for (const e of sentence.expected) listed.set(e.text, (listed.get(e.text) ?? 0) + 1);
      for (const [text, times] of listed) {
        expect(text.length, sentence.text).toBeGreaterThan(0);
        expect(occurrences(sentence.text, text), `${JSON.stringify(text)} in ${JSON.stringify(sentence.text)}`).toBeGreaterThanOrEqual(times);
      }
    }
  });

  it('keeps expected texts trimmed and URLs and emails free of trailing punctuation', () => {
    for (const sentence of devSet) {
      for (const e of sentence.expected) {
        expect(e.text, sentence.text).toBe(e.text.trim());
        if (e.kind === 'URL' || e.kind === 'EMAIL') expect(e.text, sentence.text).not.toMatch(/[.,;:!?)]$/);
      }
    }
  });
});
