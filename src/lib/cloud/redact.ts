// On-device de-identification: find the HIPAA Safe Harbor identifiers that can appear in free
// text, replace them with placeholders before anything leaves the device, and put the originals
// back into the reply. Pure functions: no DOM, no network.

import { findStrictWords } from './redact-name-forms';
import { findNamesAndPlaces } from './redact-names';
import { findPatterned, tier, type Candidate } from './redact-patterns';
import { nameBounds } from './redact-words';

/** The kinds of identifier the recognizers know, after the HIPAA Safe Harbor list. */
export type IdentifierKind =
  | 'NAME'
  | 'LOCATION'
  | 'DATE'
  | 'AGE'
  | 'PHONE'
  | 'EMAIL'
  | 'SSN'
  | 'MRN'
  | 'ACCOUNT'
  | 'LICENSE'
  | 'NPI'
  | 'VEHICLE'
  | 'DEVICE'
  | 'URL'
  | 'IP'
  | 'ID'
  | 'MASKED';

/** Every identifier kind, in the order a review dialog lists them. */
export const identifierKinds: readonly IdentifierKind[] = [
  'NAME', 'LOCATION', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'NPI', 'VEHICLE', 'DEVICE',
  'URL', 'IP', 'ID', 'MASKED',
];

/** How hard to look. `strict` (off by default) also masks every capitalised word that is not a known common word, and every number of four or more digits. */
export interface MaskOptions {
  strict?: boolean;
  /** Texts the user selected in the review and chose "Mask this" for: every occurrence is masked as `[MASKED_N]`. */
  manual?: readonly string[];
}

/** One identifier found in a text, with the placeholder that stands for it. */
export interface Finding {
  kind: IdentifierKind;
  start: number;
  end: number;
  text: string;
  /** `[KIND_N]`, numbered per kind in order of appearance; equal texts share one placeholder. */
  placeholder: string;
  /** True when the user masked it by hand ("Mask this"). */
  manual?: boolean;
}

/** Finds identifiers in `text`: non-overlapping, sorted by start, each with its placeholder. */
export function findIdentifiers(text: string, options: MaskOptions = {}): Finding[] {
  const candidates: Candidate[] = [];
  const emit = (kind: IdentifierKind, start: number, end: number, tierValue: number): void => {
    if (end > start) candidates.push({ kind, start, end, tier: tierValue });
  };
  findPatterned(text, emit);
  findNamesAndPlaces(text, emit);
  if (options.strict) {
    findStrictWords(text, emit);
    for (const m of text.matchAll(/(?<![\d])\d{4,}(?![\d])/g)) emit('ID', m.index, m.index + m[0].length, 0);
  }
  const manual = findManual(text, options.manual ?? []);
  // A hand-made mask wins over anything it overlaps: the user has said exactly what to hide.
  const found = sameTextSameKind(text, resolveOverlaps(text, candidates))
    .map((c) => tidy(text, c))
    .filter((c) => c.end > c.start).filter((c) => manual.every((m) => c.end <= m.start || c.start >= m.end));
  return numberFindings(text, [...found, ...manual].sort((a, b) => a.start - b.start));
}

/**
 * A number that a label or a checksum has named ("Hospital number K2291847") keeps that kind where
 * it is written again without its label ("the chart (K2291847)").
 */
function sameTextSameKind(text: string, spans: Candidate[]): Candidate[] {
  const sure = new Map<string, Candidate['kind']>();
  for (const c of spans) if (c.tier >= tier.checksum && c.kind !== 'NAME' && c.kind !== 'LOCATION') sure.set(text.slice(c.start, c.end), c.kind);
  return spans.map((c) => {
    const kind = c.tier < tier.checksum ? sure.get(text.slice(c.start, c.end)) : undefined;
    return kind ? { ...c, kind } : c;
  });
}

/** Drops the spaces, commas and dashes a trimmed span was left with, a state code a town took with it ("Sandy Bay TAS"), and a title or role a name took with it. */
function tidy(text: string, c: Candidate): Candidate {
  if (c.kind === 'NAME') {
    const [from, to] = nameBounds(text.slice(c.start, c.end));
    if (from > 0 || to < c.end - c.start) c = { ...c, start: c.start + from, end: c.start + to, trimFrom: 'start' };
  }
  if (c.kind === 'LOCATION') {
    const state = / (?:NSW|VIC|QLD|TAS|SA|WA|NT|ACT|[A-Z]{2})$/.exec(text.slice(c.start, c.end));
    if (state && /\p{Ll}/u.test(text.slice(c.start, c.end - state[0].length))) return { ...c, end: c.end - state[0].length };
  }
  if (!('trimFrom' in c)) return c;
  let { start, end } = c;
  while (end > start && /[\s,;:–—-]/.test(text.charAt(end - 1))) end--;
  while (start < end && /[\s,;:–—-]/.test(text.charAt(start))) start++;
  return { kind: c.kind, start, end, tier: c.tier };
}

/** Every occurrence of each hand-masked text, longest texts first, never overlapping. */
function findManual(text: string, manual: readonly string[]): Candidate[] {
  const spans: Candidate[] = [];
  const wanted = [...new Set(manual.map((m) => m.trim()).filter((m) => m.length > 0))].sort((a, b) => b.length - a.length);
  for (const m of wanted) {
    for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + m.length)) {
      const end = at + m.length;
      if (spans.every((s) => end <= s.start || at >= s.end)) spans.push({ kind: 'MASKED', start: at, end, tier: Number.POSITIVE_INFINITY });
    }
  }
  return spans;
}

/**
 * Keeps the longest span where recognizers disagree, then the surest one, then the earliest. A
 * name or place that only partly overlaps a kept span keeps its other words ("Dr Aderonke" before
 * "May 16th, 2025" that took the word "May").
 */
function resolveOverlaps(text: string, candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.tier - a.tier || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    let c: Candidate | null = candidate;
    for (const k of kept) {
      if (c === null || c.end <= k.start || c.start >= k.end) continue;
      c = (c.kind === 'NAME' || c.kind === 'LOCATION') && (c.start < k.start) !== (c.end > k.end) ? trimmed(text, c, k) : null;
    }
    if (c) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The part of `c` outside `k`, without the spaces and commas between them, if a word of it is left. */
function trimmed(text: string, c: Candidate, k: Candidate): Candidate | null {
  const start = c.start < k.start ? c.start : k.end;
  const end = c.start < k.start ? k.start : c.end;
  // Only a part that still holds a word survives ("Dr Aderonke" from "Aderonke May"), never a stray number.
  return end - start >= 2 && /\p{L}{2}/u.test(text.slice(start, end)) ? { ...c, start, end, trimFrom: c.start < k.start ? 'end' : 'start' } : null;
}

function numberFindings(text: string, spans: Candidate[]): Finding[] {
  const byText = new Map<string, string>();
  const next = new Map<IdentifierKind, number>();
  return spans.map(({ kind, start, end, tier }) => {
    const original = text.slice(start, end);
    const key = `${kind}\u0000${original}`;
    let placeholder = byText.get(key);
    if (placeholder === undefined) {
      let n = next.get(kind) ?? 1;
      // A placeholder that the user typed literally would be restored wrongly; skip its number.
      while (text.includes(`[${kind}_${n}]`)) n++;
      placeholder = `[${kind}_${n}]`;
      next.set(kind, n + 1);
      byText.set(key, placeholder);
    }
    return { kind, start, end, text: original, placeholder, ...(tier === Number.POSITIVE_INFINITY ? { manual: true } : {}) };
  });
}

/** Replaces each finding that `enabled` accepts (all by default) with its placeholder; `findings` lists them all. */
export function mask(
  text: string,
  enabled: (f: Finding) => boolean = () => true,
  options: MaskOptions = {},
): { text: string; findings: Finding[]; mapping: Record<string, string> } {
  const findings = findIdentifiers(text, options);
  const mapping: Record<string, string> = {};
  let out = '';
  let at = 0;
  for (const f of findings) {
    if (!enabled(f)) continue;
    out += text.slice(at, f.start) + f.placeholder;
    at = f.end;
    mapping[f.placeholder] = f.text;
  }
  return { text: out + text.slice(at), findings, mapping };
}

/** Puts the originals back for every exact `[KIND_N]` placeholder in `mapping`; anything else is left as written. */
export function unmask(text: string, mapping: Record<string, string>): string {
  // One pass, so an original that itself looks like a placeholder is never expanded again.
  return text.replace(/\[[A-Z]+_\d+\]/g, (placeholder) => (Object.hasOwn(mapping, placeholder) ? (mapping[placeholder] ?? placeholder) : placeholder));
}
