import { describe, expect, it } from 'vitest';
import type { IdentifierKind } from './redact';
import { dev3Set } from './redaction-dev3';

const KINDS: IdentifierKind[] = [
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

describe('third development set (integrity)', () => {
  it('has at least 400 sentences', () => {
    expect(dev3Set.length).toBeGreaterThanOrEqual(400);
  });

  it('every expected text occurs verbatim in its sentence', () => {
    const missing: string[] = [];
    dev3Set.forEach((sentence, i) => {
      for (const item of sentence.expected) {
        if (item.text.length === 0 || !sentence.text.includes(item.text)) {
          missing.push(`#${i} ${item.kind} "${item.text}"`);
        }
      }
    });
    expect(missing).toEqual([]);
  });

  it('lists items in order of first appearance', () => {
    const disordered: string[] = [];
    dev3Set.forEach((sentence, i) => {
      const claimed: Array<[number, number]> = [];
      let last = -1;
      for (const item of sentence.expected) {
        let at = sentence.text.indexOf(item.text);
        while (at >= 0 && claimed.some(([a, b]) => at < b && at + item.text.length > a)) {
          at = sentence.text.indexOf(item.text, at + 1);
        }
        if (at < 0 || at < last) {
          disordered.push(`#${i} ${item.kind} "${item.text}"`);
          continue;
        }
        claimed.push([at, at + item.text.length]);
        last = at;
      }
    });
    expect(disordered).toEqual([]);
  });

  it('uses only known kinds', () => {
    const unknown = dev3Set.flatMap((sentence) =>
      sentence.expected.filter((item) => !KINDS.includes(item.kind)).map((item) => item.kind),
    );
    expect(unknown).toEqual([]);
  });

  it('has at least 70 sentences with no identifier', () => {
    const empty = dev3Set.filter((sentence) => sentence.expected.length === 0);
    expect(empty.length).toBeGreaterThanOrEqual(70);
  });

  it('covers every kind except IP and URL at least 5 times', () => {
    const counts = new Map<IdentifierKind, number>();
    for (const sentence of dev3Set) {
      for (const item of sentence.expected) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
    }
    const short = KINDS.filter((kind) => kind !== 'IP' && kind !== 'URL').filter(
      (kind) => (counts.get(kind) ?? 0) < 5,
    );
    expect(short).toEqual([]);
  });

  it('has no duplicate sentences', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const sentence of dev3Set) {
      if (seen.has(sentence.text)) dupes.push(sentence.text.slice(0, 60));
      seen.add(sentence.text);
    }
    expect(dupes).toEqual([]);
  });
});
