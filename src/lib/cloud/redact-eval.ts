import { findIdentifiers, identifierKinds, type Finding, type IdentifierKind, type MaskOptions } from './redact';

/** Counts and rates for one identifier kind, or for all of them. */
export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Expected identifiers of this kind with a character left unmasked, whatever was found: what would reach the cloud. */
  leaked?: number;
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
  /** Sentences with at least one identifier to find. */
  sentencesWithIdentifiers: number;
  /** Of those, the ones where every identifier was found with its kind and exact text. */
  sentencesAllFound: number;
  /** Of those, the ones where every character of every identifier was masked, whatever kind or span the finding had: nothing leaked. */
  sentencesNothingLeaked: number;
  /** Identifiers whose every character was masked, whatever the kind or span (the leak rate is 1 minus this share). */
  identifiersCovered: number;
  identifiers: number;
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
export function evaluate(set: readonly Labelled[], options: MaskOptions = {}, finder: (text: string, options: MaskOptions) => Finding[] = findIdentifiers): Evaluation {
  const counts = new Map<IdentifierKind, { tp: number; fp: number; fn: number; leaked: number }>();
  const count = (kind: IdentifierKind) => {
    let c = counts.get(kind);
    if (!c) counts.set(kind, (c = { tp: 0, fp: 0, fn: 0, leaked: 0 }));
    return c;
  };
  const misses: Disagreement[] = [];
  const falseAlarms: Disagreement[] = [];
  let sentencesWithIdentifiers = 0;
  let sentencesAllFound = 0;
  let sentencesNothingLeaked = 0;
  let identifiersCovered = 0;
  let identifiers = 0;
  for (const { text, expected } of set) {
    const open = expected.map((e) => `${e.kind}\u0000${e.text}`);
    const findings = finder(text, options);
    const masked = new Uint8Array(text.length);
    for (const f of findings) masked.fill(1, f.start, f.end);
    let leaked = false;
    for (const e of expected) {
      // Each occurrence of the expected text must be masked (a name written twice is expected twice).
      let covered = true;
      for (let at = text.indexOf(e.text); at >= 0; at = text.indexOf(e.text, at + 1)) {
        if (masked.subarray(at, at + e.text.length).includes(0)) covered = false;
      }
      identifiers++;
      if (covered) identifiersCovered++;
      else {
        leaked = true;
        count(e.kind).leaked++;
      }
    }
    const missesBefore = misses.length;
    for (const f of findings) {
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
    if (expected.length > 0) {
      sentencesWithIdentifiers++;
      if (misses.length === missesBefore) sentencesAllFound++;
      if (!leaked) sentencesNothingLeaked++;
    }
  }
  const perKind: Partial<Record<IdentifierKind, Score>> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const kind of identifierKinds) {
    const c = counts.get(kind);
    if (!c) continue;
    perKind[kind] = { ...score(c.tp, c.fp, c.fn), leaked: c.leaked };
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return {
    ...score(tp, fp, fn),
    perKind,
    misses,
    falseAlarms,
    sentencesWithIdentifiers,
    sentencesAllFound,
    sentencesNothingLeaked,
    identifiersCovered,
    identifiers,
  };
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
