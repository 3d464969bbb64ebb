// A small statistical tagger for the two kinds the rules miss most: names and places. Each word
// is scored by a linear model (an averaged perceptron, trained offline by
// `scripts/train-masker.mjs` on the labelled sets the rules were read against; never on the blind
// sets) over features a person would use: the word's shape and case, which word lists hold it, its
// ending, the words around it, and what the rules found there. The weights ship in the masking
// chunk (`redact-tagger-weights.ts`); nothing is downloaded at mask time.

import { lexiconKey } from './lexicon-key';
import { cityWords, commonWords, eponymWords, medicineWords, nameWords, placeWords, relationWords, safeProperWords } from './redact-lexicon';
import { drugStem, lowerSet, roleSet, titleSet } from './redact-words';
import { trainedTagger } from './redact-tagger-weights';

/** What the tagger says of one word: nothing, part of a name, or part of a place. */
export const labels = ['O', 'NAME', 'LOCATION'] as const;
export type Label = (typeof labels)[number];

/** One word, number or mark of a text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The kind of the rules' finding that covers a token, if any. */
export type RuleMark = 'NAME' | 'LOCATION' | 'OTHER' | '';

/** Weights in hashed buckets: for bucket b, `weights[b * 3 + label]`. */
export interface TaggerModel {
  bits: number;
  weights: Int8Array | Float32Array;
  /** A word is tagged only when its best label beats "O" by more than this. */
  margin: number;
}

let shipped: TaggerModel | null = null;

/** The model that ships with the app, decoded once. */
export function shippedModel(): TaggerModel {
  if (!shipped) {
    const bytes = Uint8Array.from(atob(trainedTagger.weights), (c) => c.charCodeAt(0));
    shipped = { bits: trainedTagger.bits, margin: trainedTagger.margin, weights: new Int8Array(bytes.buffer) };
  }
  return shipped;
}

/** Words, numbers (each a token) and single marks; a word keeps its inner apostrophes, hyphens and dots ("O'Neil", "Smith-Jones"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|['’‘.-](?=[\p{L}\p{M}\p{N}]))*|\S/gu)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

const relationSet = lowerSet(relationWords);

/** The case and kind of each character, runs collapsed: "O'Neil" → "X'Xx", "B-402" → "X-d", "ana" → "x". */
function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const c =
      code >= 97 && code <= 122 ? 'x'
      : code >= 65 && code <= 90 ? 'X'
      : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch
      : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'L' : ch;
    if (c !== last) {
      shape += c;
      last = c;
      if (shape.length === 6) break;
    }
  }
  return shape;
}

function scriptOf(word: string): string {
  const ch = word.charAt(0);
  if (/\p{Script=Latin}/u.test(ch)) return 'lat';
  if (/\p{N}/u.test(ch)) return 'num';
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) return 'cjk';
  if (/\p{Script=Hangul}/u.test(ch)) return 'kor';
  if (/[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(ch)) return 'sem';
  if (/[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(ch)) return 'cyr';
  if (/\p{L}/u.test(ch)) return 'oth';
  return 'pun';
}

/** Which word lists hold a word, as one short code ("n" name, "p" place, "c" city, "w" English word, "s" country or firm, "m" medicine). */
function listsOf(word: string): string {
  const k = lexiconKey(word);
  let lists = '';
  if (nameWords.has(k)) lists += 'n';
  if (placeWords.has(k)) lists += 'p';
  if (cityWords.has(k)) lists += 'c';
  if (commonWords.has(k)) lists += 'w';
  if (safeProperWords.has(k)) lists += 's';
  if (medicineWords.has(k) || eponymWords.has(k) || (k.length > 5 && drugStem.test(k))) lists += 'm';
  return lists || '-';
}

/** A word kept as itself in features only when it is an English word, a title, role or relation, or short: names themselves are never learned. */
function vocab(word: string, lists: string): string {
  const k = word.toLowerCase();
  if (!/\p{L}/u.test(k)) return /\p{N}/u.test(k) ? '#' : k;
  if (titleSet.has(k) || roleSet.has(k) || relationSet.has(k)) return k;
  if (lists.includes('n') || lists.includes('p') || lists === '-') return lists === '-' ? '?' : `?${lists}`;
  return lists.includes('w') || k.length <= 3 ? k : `?${lists}`;
}

export interface Word {
  /** Hashes of the word's parts, each computed once per distinct word. */
  shape: number;
  lists: number;
  vocab: number;
  script: number;
  suffix: number;
  suffix2: number;
  suffix4: number;
  prefix: number;
  /** How the whole text is cased: all lower, all upper, or mixed. */
  textCase: number;
  /** The kind of rule finding that covers the word. */
  rule: number;
  /** Whether the same word is written again elsewhere in the text, capitalised mid-sentence. */
  again: number;
  /** For the cheap checks: a letterless mark, a lower-case English word on no name or place list, a word in another script than Latin. */
  mark: boolean;
  plainWord: boolean;
  otherScript: boolean;
}

/** FNV-1a of a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes one more part into a feature's hash. */
function mix(h: number, part: number): number {
  h = Math.imul(h ^ part, 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}

const NONE = hash('');
const ruleHashes: Record<RuleMark, number> = { '': NONE, NAME: hash('NAME'), LOCATION: hash('LOCATION'), OTHER: hash('OTHER') };
const labelHashes: Record<Label, number> = { O: hash('O'), NAME: hash('NAME'), LOCATION: hash('LOCATION') };

function describe(token: Token, textCase: string): Word {
  const lists = /\p{L}/u.test(token.text) ? listsOf(token.text) : '';
  const lower = token.text.toLowerCase();
  const letters = lower.length > 3 && /^\p{L}+$/u.test(lower);
  const shape = shapeOf(token.text);
  const script = scriptOf(token.text);
  return {
    shape: hash(shape),
    lists: hash(lists),
    vocab: hash(vocab(token.text, lists)),
    script: hash(script),
    suffix: letters ? hash(lower.slice(-3)) : NONE,
    suffix2: letters ? hash(lower.slice(-2)) : NONE,
    suffix4: letters && lower.length > 4 ? hash(lower.slice(-4)) : NONE,
    prefix: letters ? hash(lower.slice(0, 3)) : NONE,
    textCase: hash(textCase),
    rule: NONE,
    again: 0,
    mark: script === 'pun',
    plainWord: lists === 'w' && shape === 'x',
    otherScript: script !== 'lat' && script !== 'num' && script !== 'pun',
  };
}

const OUTSIDE: Word = { shape: hash('<>'), lists: NONE, vocab: hash('<>'), script: NONE, suffix: NONE, suffix2: NONE, suffix4: NONE, prefix: NONE, textCase: NONE, rule: NONE, again: 0, mark: false, plainWord: false, otherScript: false };

/**
 * Words the tagger never scores and always reads as "O": a word in another script than Latin (the
 * rules know those scripts' titles and forms; these features do not), and, outside a span, a mark
 * or an English word in lower case that no name or place list holds and no rule found.
 */
export function plainlyNot(w: Word, previous: Label): boolean {
  return w.otherScript || (previous === 'O' && (w.mark || (w.plainWord && w.rule === NONE)));
}

/** Each feature template's starting hash, mixed once. */
const templateSeeds = Array.from({ length: 33 }, (_, template) => mix(0x2545f491, template));

/** Where one feature's weights start: its template's seed mixed with the four parts it looks at. */
function offset(template: number, a: number, b: number, c: number, d: number, mask: number): number {
  return (mix(mix(mix(mix(templateSeeds[template] ?? 0, a), b), c), d) & mask) * 3;
}

/**
 * The features of word `i`, given the label the tagger gave the word before it, written to `out`
 * as offsets into the weights; returns how many. A feature is a template (its number) mixed with
 * the parts it looks at: the word's shape and lists, the words before and after it, what the
 * rules found there. No strings and no allocation: this runs for every word of every message.
 */
export function featuresOf(words: readonly Word[], i: number, previous: Label, startsSentence: boolean, bits: number, out: Int32Array): number {
  const w = words[i] ?? OUTSIDE;
  const p1 = words[i - 1] ?? OUTSIDE;
  const p2 = words[i - 2] ?? OUTSIDE;
  const n1 = words[i + 1] ?? OUTSIDE;
  const n2 = words[i + 2] ?? OUTSIDE;
  const mask = (1 << bits) - 1;
  const pl = labelHashes[previous];
  const st = startsSentence ? 1 : 2;
  out[0] = offset(1, 0, 0, 0, 0, mask);
  out[1] = offset(2, w.shape, 0, 0, 0, mask);
  out[2] = offset(3, w.lists, 0, 0, 0, mask);
  out[3] = offset(4, w.vocab, 0, 0, 0, mask);
  out[4] = offset(5, w.script, 0, 0, 0, mask);
  out[5] = offset(6, w.rule, 0, 0, 0, mask);
  out[6] = offset(7, w.shape, w.lists, 0, 0, mask);
  out[7] = offset(8, st, w.shape, w.lists, 0, mask);
  out[8] = offset(9, pl, 0, 0, 0, mask);
  out[9] = offset(10, pl, w.shape, w.lists, 0, mask);
  out[10] = offset(11, p1.vocab, 0, 0, 0, mask);
  out[11] = offset(12, p1.shape, w.shape, 0, 0, mask);
  out[12] = offset(13, p1.rule, w.rule, 0, 0, mask);
  out[13] = offset(14, p1.vocab, w.shape, 0, 0, mask);
  out[14] = offset(15, p2.vocab, p1.vocab, 0, 0, mask);
  out[15] = offset(16, n1.vocab, 0, 0, 0, mask);
  out[16] = offset(17, w.shape, n1.shape, 0, 0, mask);
  out[17] = offset(18, w.rule, n1.rule, 0, 0, mask);
  out[18] = offset(19, w.shape, n1.vocab, 0, 0, mask);
  out[19] = offset(20, w.lists, n1.lists, 0, 0, mask);
  out[20] = offset(21, p1.lists, w.lists, 0, 0, mask);
  out[21] = offset(22, n1.vocab, n2.vocab, 0, 0, mask);
  out[22] = offset(23, w.rule, w.shape, w.lists, 0, mask);
  out[23] = offset(24, w.textCase, w.shape, w.lists, 0, mask);
  out[24] = offset(25, p1.shape, p1.lists, w.shape, w.lists, mask);
  out[25] = offset(26, w.shape, w.lists, n1.shape, n1.lists, mask);
  out[26] = offset(27, w.again, w.shape, 0, 0, mask);
  if (w.suffix === NONE) return 27;
  out[27] = offset(28, w.suffix, 0, 0, 0, mask);
  out[28] = offset(29, w.suffix, w.shape, 0, 0, mask);
  out[29] = offset(30, w.suffix2, w.shape, 0, 0, mask);
  out[30] = offset(31, w.suffix4, 0, 0, 0, mask);
  out[31] = offset(32, w.prefix, 0, 0, 0, mask);
  return 32;
}

/** The most features a word has. */
export const MAX_FEATURES = 32;

/** The words of a text described for the tagger, with where each sentence starts. */
export function prepare(text: string, ruleMarks: (token: Token) => RuleMark): { tokens: Token[]; words: Word[]; starts: boolean[] } {
  const tokens = tokenize(text);
  const starts = tokens.map((t, i) => {
    const before = tokens[i - 1];
    if (!before) return true;
    if (before.text.length === 1 && '.!?:;•'.includes(before.text)) return true;
    const newline = text.indexOf('\n', before.end);
    return newline >= 0 && newline < t.start;
  });
  const textCase = !/\p{Lu}/u.test(text) ? 'l' : !/\p{Ll}/u.test(text) ? 'u' : 'm';
  const titled = tokens.map((t) => /^\p{Lu}\p{Ll}/u.test(t.text));
  const capitalised = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (!starts[i] && titled[i]) capitalised.set(t.text.toLowerCase(), (capitalised.get(t.text.toLowerCase()) ?? 0) + 1);
  });
  // A long text repeats its words: describe each distinct word once.
  const described = new Map<string, Word>();
  const words = tokens.map((t, i) => {
    let word = described.get(t.text);
    if (!word) described.set(t.text, (word = describe(t, textCase)));
    const again = titled[i] === true && (capitalised.get(t.text.toLowerCase()) ?? 0) > (starts[i] ? 0 : 1);
    const rule = ruleMarks(t);
    return rule === '' && !again ? word : { ...word, rule: ruleHashes[rule], again: again ? 1 : 0 };
  });
  return { tokens, words, starts };
}

/** The kind of rule finding that covers each token. */
export function ruleMarksFrom(found: ReadonlyArray<{ start: number; end: number; kind: string }>): (token: Token) => RuleMark {
  // Findings are sorted and never overlap: walk them alongside the tokens, which come in order too.
  const sorted = [...found].sort((a, b) => a.start - b.start);
  let at = 0;
  return (token) => {
    while (at > 0 && (sorted[at - 1]?.end ?? 0) > token.start) at--;
    while (at < sorted.length && (sorted[at]?.end ?? 0) <= token.start) at++;
    const f = sorted[at];
    if (!f || f.start >= token.end) return '';
    return f.kind === 'NAME' || f.kind === 'LOCATION' ? f.kind : 'OTHER';
  };
}

/** Spans the tagger reads as names or places, left to right, each word given the label the one before it got. */
export function tagSpans(text: string, model: TaggerModel, ruleMarks: (token: Token) => RuleMark): Array<{ kind: 'NAME' | 'LOCATION'; start: number; end: number }> {
  const { tokens, words, starts } = prepare(text, ruleMarks);
  const weights = model.weights;
  const features = new Int32Array(MAX_FEATURES);
  const spans: Array<{ kind: 'NAME' | 'LOCATION'; start: number; end: number }> = [];
  let previous: Label = 'O';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    let label: Label = 'O';
    if (!plainlyNot(words[i] ?? OUTSIDE, previous)) {
      let o = 0;
      let name = 0;
      let place = 0;
      const count = featuresOf(words, i, previous, starts[i] ?? false, model.bits, features);
      for (let k = 0; k < count; k++) {
        const b = features[k] ?? 0;
        o += weights[b] ?? 0;
        name += weights[b + 1] ?? 0;
        place += weights[b + 2] ?? 0;
      }
      const best = name >= place ? 1 : 2;
      if (Math.max(name, place) - o > model.margin) label = labels[best] as Label;
    }
    if (label !== 'O') {
      const last = spans.at(-1);
      if (last && last.kind === label && previous === label && /^[\s,'’-]*$/.test(text.slice(last.end, token.start))) last.end = token.end;
      else spans.push({ kind: label, start: token.start, end: token.end });
    }
    previous = label;
  }
  // A span never starts or ends on a mark ("Ana ,").
  return spans.flatMap((s) => {
    const inner = /[\p{L}\p{M}\p{N}](?:.*[\p{L}\p{M}\p{N}])?/su.exec(text.slice(s.start, s.end));
    return inner && /\p{L}/u.test(inner[0]) ? [{ kind: s.kind, start: s.start + inner.index, end: s.start + inner.index + inner[0].length }] : [];
  });
}
