import { describe, expect, it } from 'vitest';
import { identifierKinds, type IdentifierKind } from './redact';
import { dev3Set } from './redaction-dev3';
import { dev4aSet } from './redaction-dev4a';
import { dev4bSet } from './redaction-dev4b';
import { dev5aSet } from './redaction-dev5a';
import { dev5bSet } from './redaction-dev5b';
import { dev6aSet } from './redaction-dev6a';
import { dev6bSet } from './redaction-dev6b';
import { dev7aSet } from './redaction-dev7a';
import { dev7bSet } from './redaction-dev7b';

// What a writer labels: every kind except the one only the review's "Mask this" makes.
const KINDS: readonly IdentifierKind[] = identifierKinds.filter((kind) => kind !== 'MASKED');

// Hand-written sets: each written by someone who never saw the rules (see each file's header).
describe.each([
  { name: 'third development set', set: dev3Set, sentences: 400, empty: 70, kinds: 5 },
  { name: 'fourth development set', set: dev4aSet, sentences: 260, empty: 45, kinds: 5 },
  { name: 'fourth blind set', set: dev4bSet, sentences: 260, empty: 45, kinds: 5 },
  { name: 'fifth development set', set: dev5aSet, sentences: 260, empty: 39, kinds: 5 },
  { name: 'fifth blind set', set: dev5bSet, sentences: 260, empty: 39, kinds: 5 },
  { name: 'sixth development set', set: dev6aSet, sentences: 260, empty: 40, kinds: 5 },
  { name: 'sixth blind set', set: dev6bSet, sentences: 260, empty: 40, kinds: 5 },
  { name: 'seventh development set', set: dev7aSet, sentences: 200, empty: 30, kinds: 3 },
  { name: 'seventh blind set', set: dev7bSet, sentences: 200, empty: 30, kinds: 3 },
])('$name (integrity)', ({ set, sentences, empty: emptyAtLeast, kinds }) => {
  it('has enough sentences', () => {
    expect(set.length).toBeGreaterThanOrEqual(sentences);
  });

  it('every expected text occurs verbatim in its sentence', () => {
    const missing: string[] = [];
    set.forEach((sentence, i) => {
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
    set.forEach((sentence, i) => {
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
    const unknown = set.flatMap((sentence) =>
      sentence.expected.filter((item) => !KINDS.includes(item.kind)).map((item) => item.kind),
    );
    expect(unknown).toEqual([]);
  });

  it('has enough sentences with no identifier', () => {
    const empty = set.filter((sentence) => sentence.expected.length === 0);
    expect(empty.length).toBeGreaterThanOrEqual(emptyAtLeast);
  });

  it(`covers every kind except IP and URL at least ${kinds} times`, () => {
    const counts = new Map<IdentifierKind, number>();
    for (const sentence of set) {
      for (const item of sentence.expected) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
    }
    const short = KINDS.filter((kind) => kind !== 'IP' && kind !== 'URL').filter(
      (kind) => (counts.get(kind) ?? 0) < kinds,
    );
    expect(short).toEqual([]);
  });

  it('has no duplicate sentences', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const sentence of set) {
      if (seen.has(sentence.text)) dupes.push(sentence.text.slice(0, 60));
      seen.add(sentence.text);
    }
    expect(dupes).toEqual([]);
  });
});
