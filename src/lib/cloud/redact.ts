// On-device de-identification: find the HIPAA Safe Harbor identifiers that can appear in free
// text, replace them with placeholders before anything leaves the device, and put the originals
// back into the reply. Pure functions: no DOM, no network.

import { findNamesAndPlaces } from './redact-names';
import { findPatterned, type Candidate } from './redact-patterns';

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
  | 'ID';

/** Every identifier kind, in the order a review dialog lists them. */
export const identifierKinds: readonly IdentifierKind[] = [
  'NAME', 'LOCATION', 'DATE', 'AGE', 'PHONE', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'LICENSE', 'NPI', 'VEHICLE', 'DEVICE',
  'URL', 'IP', 'ID',
];

/** One identifier found in a text, with the placeholder that stands for it. */
export interface Finding {
  kind: IdentifierKind;
  start: number;
  end: number;
  text: string;
  /** `[KIND_N]`, numbered per kind in order of appearance; equal texts share one placeholder. */
  placeholder: string;
}

/** Finds identifiers in `text`: non-overlapping, sorted by start, each with its placeholder. */
export function findIdentifiers(text: string): Finding[] {
  const candidates: Candidate[] = [];
  const emit = (kind: IdentifierKind, start: number, end: number, tierValue: number): void => {
    if (end > start) candidates.push({ kind, start, end, tier: tierValue });
  };
  findPatterned(text, emit);
  findNamesAndPlaces(text, emit);
  return numberFindings(text, resolveOverlaps(candidates));
}

/** Keeps the longest span where recognizers disagree, then the surest one, then the earliest. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.tier - a.tier || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function numberFindings(text: string, spans: Candidate[]): Finding[] {
  const byText = new Map<string, string>();
  const next = new Map<IdentifierKind, number>();
  return spans.map(({ kind, start, end }) => {
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
    return { kind, start, end, text: original, placeholder };
  });
}

/** Replaces each finding that `enabled` accepts (all by default) with its placeholder; `findings` lists them all. */
export function mask(
  text: string,
  enabled: (f: Finding) => boolean = () => true,
): { text: string; findings: Finding[]; mapping: Record<string, string> } {
  const findings = findIdentifiers(text);
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
