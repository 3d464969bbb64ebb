// On-device de-identification: find the HIPAA Safe Harbor identifiers that can appear in free
// text, replace them with placeholders before anything leaves the device, and put the originals
// back into the reply. Pure functions: no DOM, no network.

import { joinAddressParts } from './redact-addresses';
import { findInChatLanguages } from './redact-chat-languages';
import { findStrictWords, joinNameParts } from './redact-name-forms';
import { findNamesAndPlaces } from './redact-names';
import { isEnglishWord, lexiconKey, nameWords, safeProperWords, stateCodes } from './redact-lexicon';
import { findPatterned, tier, type Candidate } from './redact-patterns';
import { excluded, nameBounds, particleWord } from './redact-words';
import { ruleMarksFrom, shippedModel, tagSpans, type TaggerModel } from './redact-tagger';

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

/** Set once a real message has been masked: the code is warm, and the warm-up stops. */
let maskedForReal = false;

/** Finds identifiers in `text`: non-overlapping, sorted by start, each with its placeholder. */
export function findIdentifiers(text: string, options: MaskOptions = {}): Finding[] {
  maskedForReal = true;
  return find(text, options, shippedModel());
}

/** What the rules alone find, without the tagger: what the tagger is trained beside (see `redact-tagger-train.ts`), and `model` when one is being tried. */
export function findIdentifiersWith(model: TaggerModel | null, text: string, options: MaskOptions = {}): Finding[] {
  return find(text, options, model);
}

function find(text: string, options: MaskOptions, taggerModel: TaggerModel | null): Finding[] {
  const candidates: Candidate[] = [];
  const emit = (kind: IdentifierKind, start: number, end: number, tierValue: number): void => {
    if (end > start) candidates.push({ kind, start, end, tier: tierValue });
  };
  findPatterned(text, emit);
  findNamesAndPlaces(text, emit);
  findInChatLanguages(text, emit);
  if (options.strict) {
    findStrictWords(text, emit);
    for (const m of text.matchAll(/(?<![\d])\d{4,}(?![\d])/g)) emit('ID', m.index, m.index + m[0].length, 0);
  }
  for (const c of candidates) if (c.kind === 'PHONE') c.end = withExtension(text, c.end);
  findNicknames(text, candidates, emit);
  const kept = candidates.map((c) => (c.kind === 'NAME' ? withoutChatWords(text, c) : c)).filter((c): c is Candidate => c !== null && (c.kind !== 'NAME' || !notAName(text, c)));
  candidates.length = 0;
  candidates.push(...kept);
  const manual = findManual(text, options.manual ?? []);
  // A hand-made mask wins over anything it overlaps: the user has said exactly what to hide.
  const found = joinNameParts(text, joinAddressParts(text, sameTextSameKind(text, resolveOverlaps(text, candidates))))
    .map((c) => tidy(text, c))
    .filter((c) => c.end > c.start).filter((c) => manual.every((m) => c.end <= m.start || c.start >= m.end));
  // What the tagger reads as a name or place, where no rule found anything.
  const tagged = taggerModel ? outside(text, tagSpans(text, taggerModel, ruleMarksFrom(found)), [...found, ...manual]) : [];
  return numberFindings(text, [...found, ...tagged, ...manual].sort((a, b) => a.start - b.start));
}

/** Words of chat, belief and age ("didnt", "shes", "muslim", Polish "lat") that name lists hold but are never a person's name here. */
const neverNames =
  /^(?:i['’]?m|i['’]?ve|i['’]?d|she['’]?s|he['’]?s|it['’]?s|we['’]?re|they['’]?re|you['’]?re|that['’]?s|what['’]?s|let['’]?s|didnt|dont|doesnt|cant|wont|isnt|wasnt|arent|werent|hasnt|havent|hadnt|couldnt|wouldnt|shouldnt|aint|shes|hes|ive|youre|theyre|thats|whats|muslim|christian|hindu|jewish|sikh|buddhist|catholic|protestant|orthodox|atheist|she|he|her|him|they|them|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|rx|ph|hp|tel|mob|cel|fax|lat|edad|años|anos|jahre|miaka|tuổi)$/i;

/** A name typed in lower case without the words of chat it took in at either end ("hiroshi takahashi he" → "hiroshi takahashi"). */
function withoutChatWords(text: string, c: Candidate): Candidate | null {
  const found = text.slice(c.start, c.end);
  if (found !== found.toLowerCase()) return c;
  const words = found.split(' ');
  let from = 0;
  let to = words.length;
  while (from < to && neverNames.test(words[from] ?? '')) from++;
  while (to > from && neverNames.test(words[to - 1] ?? '')) to--;
  if (from === to) return null;
  if (from === 0 && to === words.length) return c;
  const start = c.start + words.slice(0, from).reduce((n, w) => n + w.length + 1, 0);
  return { ...c, start, end: start + words.slice(from, to).join(' ').length };
}

/** A "name" that is a word of chat, or the first word of a label ("Hosp no. K0931446", "Claim # 4471"). */
function notAName(text: string, c: Candidate): boolean {
  // "XWR, VIN …": a record label after a code is not the given name of a "FAMILY, Given".
  if (/, (?:VIN|DOB|MRN|SSN|NHS|NPI|DEA|IMEI|PNR)$/.test(text.slice(c.start, c.end))) return true;
  return neverNames.test(text.slice(c.start, c.end)) || /^\p{L}+n['’]t$/iu.test(text.slice(c.start, c.end)) || /^\.? ?(?:no\b\.?|#|number\b|num\b\.?)/i.test(text.slice(c.end, c.end + 8));
}

/**
 * A nickname: in brackets or quotes right after a name ("Chiamaka (Chi-Chi)"), or in quotes after
 * "prefers", "known as", "goes by" ("prefers \"Mele\""); a family name right after a quoted one
 * ("\"Lily Rose\" Hunter") is a name too, even when it is also a word.
 */
function findNicknames(text: string, candidates: Candidate[], emit: (kind: IdentifierKind, start: number, end: number, tierValue: number) => void): void {
  const nick = `\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?`;
  const names = candidates.filter((c) => c.kind === 'NAME');
  for (const c of names) {
    const after = new RegExp(`^ \\((["“]?)(${nick})["”]?\\)`, 'du').exec(text.slice(c.end, c.end + 40));
    const span = after?.indices?.[2];
    // "(Claimant)", "(Retired)": a role or a word in brackets is not a nickname.
    const word = (after?.[2] ?? '').toLowerCase();
    if (span && (word.includes('-') || !isEnglishWord(word))) emit('NAME', c.end + span[0], c.end + span[1], tier.context);
    // "Farhad Rezaei (فرهاد رضایی)", "Abebe Bekele (አበበ በቀለ)": the same name in its own script.
    const script = /^ \(([\p{L}\p{M}][\p{L}\p{M} '’.-]{0,38}[\p{L}\p{M}])\)/u.exec(text.slice(c.end, c.end + 44));
    if (script?.[1] && !/\p{Script=Latin}/u.test(script[1])) emit('NAME', c.end + 2, c.end + 2 + script[1].length, tier.context);
  }
  const quoted = new RegExp(`(?:\\b(?:[Pp]refers|[Kk]nown as|[Gg]oes by|[Cc]alled(?: (?:him|her|them))?|[Cc]alls (?:her|him)self|[Nn]ame given as|[Nn]icknamed?|[Aa]ka|[Aa]\\.k\\.a\\.)\\s*|(?<=\\p{Lu}\\p{Ll}+ ))["“'‘](${nick})["”'’](?: (\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}]))?`, 'dgu');
  for (const m of text.matchAll(quoted)) {
    const inner = m.indices?.[1];
    if (inner) emit('NAME', inner[0], inner[1], tier.context);
    const family = m.indices?.[2];
    if (family && !/^(?:The|And|But|Is|Was|Has|Had|Who|He|She|They|It|In|On|At|To|From|With)$/.test(m[2] ?? '')) emit('NAME', family[0], family[1], tier.context);
  }
}

/** Where a phone number ends once the extension written after it is counted ("… 0815 ext 214", "x4410"). */
function withExtension(text: string, end: number): number {
  const ext = /^,? ?(?:ext\.?|extn\.?|extension|x) ?\d{1,6}(?!\d)/i.exec(text.slice(end, end + 20));
  return ext ? end + ext[0].length : end;
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
    // "4200 Peachtree Rd NE": after a street with its number, NE is a quarter of town, not Nebraska.
    const quarter = state !== null && /^ (?:NE|NW|SE|SW)$/.test(state[0]) && /^\d/.test(text.slice(c.start, c.end));
    if (state && !quarter && /\p{Ll}/u.test(text.slice(c.start, c.end - state[0].length))) return { ...c, end: c.end - state[0].length };
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
 * A piece of the tagger's that names nothing: titles, roles, particles, credentials, states and
 * countries, acronyms ("Sr", "dela", "MD, NPI", "Washington"), words of the language in lower case ("last
 * spring"), or one ordinary word on its own.
 */
function namesNothing(piece: string): boolean {
  const words = piece.split(/[\s,]+/).map((w) => w.replace(/\.$/, '')).filter((w) => /\p{L}/u.test(w));
  return words.every((w) => {
    const lower = w.toLowerCase();
    return excluded(w) || particleWord.test(lower) || neverNames.test(lower) || safeProperWords.has(lexiconKey(w)) || stateCodeSet.has(w) || (/^[A-Z]{2,4}$/.test(w) && !nameWords.has(lower)) || (isEnglishWord(lower) && (w === lower || words.length === 1));
  });
}

const stateCodeSet: ReadonlySet<string> = new Set(stateCodes);

/** The parts of `spans` that no finding covers, each still holding a word ("Taufa" of "Mele Taufa" when a rule found "Mele"). */
function outside(text: string, spans: ReadonlyArray<{ kind: 'NAME' | 'LOCATION'; start: number; end: number }>, findings: readonly Candidate[]): Candidate[] {
  const parts: Candidate[] = [];
  for (const span of spans) {
    let from = span.start;
    const cuts = [...findings.filter((c) => c.end > span.start && c.start < span.end), { start: span.end, end: span.end }].sort((a, b) => a.start - b.start);
    for (const cut of cuts) {
      const piece = /[\p{L}\p{M}\p{N}](?:.*[\p{L}\p{M}\p{N}])?/su.exec(text.slice(from, Math.max(from, cut.start)));
      if (piece && /\p{L}{2}/u.test(piece[0]) && !namesNothing(piece[0])) parts.push({ kind: span.kind, start: from + piece.index, end: from + piece.index + piece[0].length, tier: tier.fallback });
      from = Math.max(from, cut.end);
    }
  }
  return parts;
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

/**
 * Made-up notes in the styles the recognizers know (a clinical note, a letter, a chat message, a
 * form): masking them compiles every rule the way a real message would.
 */
const WARM_UP_TEXTS = [
  'Seen today: Mrs Halvard Quennell, 93, of 14 Ashgrove Terrace, Dunmore DN4 7QX, DOB 03/11/1931, MRN K4471902. Daughter Imke (07700 900123) asked Dr. Obuya to call on 12 March 2025.',
  'Dear Mr Taviti, re: claim CL-2291-884, policy AB129938771. Your employer, Norvik Ltd (45 Baker Street, Leeds LS1 2AB), says you started on the 3rd of June, 2024. Kind regards, Ilse Varga-Moreau',
  'hi its ana, my nan rosalind turned 96 last week at her place in fairview heights, can u ring me on 555 0147 or email ana.k@example.org? her nhs no is 943 476 5919',
  'Name: OKONJO, Adaeze | SSN 078-05-1120 | DL D1234567 | Plate 7ABC123 | VIN 1M8GDM9AXKP042788 | Device SN: PM-88231-X | IP 192.0.2.44 | https://portal.example.net/u/adaeze',
  'Patient Nguyễn Văn Phúc, 91 tuổi, địa chỉ 12 Lý Thường Kiệt; 患者 王小明 様 于2024年3月5日 入院。 Tel +44 20 7946 0958, IBAN GB82 WEST 1234 5698 7654 32.',
];

/**
 * Masks the made-up notes a few dozen times, one per idle moment, so that the first real message
 * is masked by compiled code: cold, the first 10,000 characters take three to five times longer.
 * It stops as soon as a real message has been masked (the code is warm then), so it never runs
 * while a reply streams.
 */
export async function warmUp(rounds = 40): Promise<void> {
  const idle = (): Promise<void> =>
    new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 500 }) : setTimeout(resolve, 0)));
  for (let i = 0; i < rounds && !maskedForReal; i++) {
    await idle();
    if (!maskedForReal) find(WARM_UP_TEXTS[i % WARM_UP_TEXTS.length] ?? '', {}, shippedModel());
  }
}
