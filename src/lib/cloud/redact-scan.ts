// The shared machinery of the recognizers: how a span is reported, how sure it is, how a regex is scanned.

import type { IdentifierKind } from './redact';

/** A span one recognizer believes is an identifier, before overlaps are resolved. */
export interface Candidate {
  kind: IdentifierKind;
  start: number;
  end: number;
  /** How sure the recognizer is; of two overlapping spans the longer wins, then the higher tier. */
  tier: number;
  /** Set when overlap resolution cut this span short, so its edges are tidied. */
  trimFrom?: 'start' | 'end';
}

/** Tiers, from a number no recognizer could name and a capitalised word that merely looks like a name, up to a number right after its label. */
export const tier = { fallback: 0, weak: 1, list: 2, context: 3, shape: 4, checksum: 5, genericLabel: 6, label: 7 } as const;

/** How a recognizer reports a span. */
export type Emit = (kind: IdentifierKind, start: number, end: number, tierValue: number) => void;

/** Start and end of capture group `g` of a match made with the `d` flag. */
export function groupSpan(m: RegExpExecArray, g: number): [number, number] | undefined {
  const span = m.indices?.[g];
  return span ? [span[0], span[1]] : undefined;
}

/**
 * Calls `onMatch` for each match of a global regex. When it returns false the match is rejected
 * and the search resumes one character later, so that "Mortgage loan number ML-55820913" still
 * finds "loan number" after "Mortgage loan" was turned down.
 */
export function scan(text: string, re: RegExp, onMatch: (m: RegExpExecArray) => boolean | void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (onMatch(m) === false) re.lastIndex = m.index + 1;
    else if (m[0] === '') re.lastIndex++;
  }
}

export const digitsOf = (s: string): string => s.replace(/\D/g, '');

