import { findIdentifiers, identifierKinds, type IdentifierKind } from './redact';

/** Counts and rates for one identifier kind, or for all of them. */
export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** One disagreement between the recognizers and the labels, for reading why a figure is what it is. */
export interface Disagreement {
  sentence: string;
  kind: IdentifierKind;
  text: string;
}

/** Micro-averaged precision and recall over a labelled set, overall and per kind, with every miss and false alarm. */
export interface Evaluation extends Score {
  perKind: Partial<Record<IdentifierKind, Score>>;
  misses: Disagreement[];
  falseAlarms: Disagreement[];
}

interface Labelled {
  text: string;
  expected: ReadonlyArray<{ kind: IdentifierKind; text: string }>;
}

/**
 * Runs `findIdentifiers` over a labelled set and scores it.
 *
 * Matching rule: a finding is correct when an expected item of the same sentence has the same
 * kind and exactly the same text; each expected item can be matched once (a name written twice
 * is expected twice). A finding with the right text but the wrong kind counts as one false
 * positive and one miss; a finding that cuts a span differently ("Dr. Rowe" for "Rowe") as well.
 */
export function evaluate(set: readonly Labelled[]): Evaluation {
  const counts = new Map<IdentifierKind, { tp: number; fp: number; fn: number }>();
  const count = (kind: IdentifierKind) => {
    let c = counts.get(kind);
    if (!c) counts.set(kind, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const misses: Disagreement[] = [];
  const falseAlarms: Disagreement[] = [];
  for (const { text, expected } of set) {
    const open = expected.map((e) => `${e.kind}\u0000${e.text}`);
    for (const f of findIdentifiers(text)) {
      const i = open.indexOf(`${f.kind}\u0000${f.text}`);
      if (i >= 0) {
        open.splice(i, 1);
        count(f.kind).tp++;
      } else {
        count(f.kind).fp++;
        falseAlarms.push({ sentence: text, kind: f.kind, text: f.text });
      }
    }
    for (const key of open) {
      const [kind, missed = ''] = key.split('\u0000') as [IdentifierKind, string?];
      count(kind).fn++;
      misses.push({ sentence: text, kind, text: missed });
    }
  }
  const perKind: Partial<Record<IdentifierKind, Score>> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const kind of identifierKinds) {
    const c = counts.get(kind);
    if (!c) continue;
    perKind[kind] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { ...score(tp, fp, fn), perKind, misses, falseAlarms };
}

function score(tp: number, fp: number, fn: number): Score {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    // With nothing found there is nothing wrong, and with nothing expected nothing was missed.
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}
