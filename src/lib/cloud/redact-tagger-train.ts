// Trains the name-and-place tagger (`redact-tagger.ts`): an averaged perceptron over labelled
// sentences, each word given the label the tagger gave the word before it. Runs offline
// (`scripts/train-masker.mjs`), never in the app. Deterministic: the same sets and seed give the
// same weights.

import { findIdentifiersWith, type IdentifierKind } from './redact';
import { devSet } from './redaction-dev';
import { dev2Set } from './redaction-dev2';
import { dev3Set } from './redaction-dev3';
import { dev4aSet } from './redaction-dev4a';
import { dev5aSet } from './redaction-dev5a';
import { dev6aSet } from './redaction-dev6a';
import { dev7aSet } from './redaction-dev7a';
import { generateSet, mulberry32 } from './redaction-generator';
import { heldOutSet, redactionSet } from './redaction-set';
import { featuresOf, labels, MAX_FEATURES, plainlyNot, prepare, ruleMarksFrom, type Label, type Token, type Word } from './redact-tagger';

interface Labelled {
  text: string;
  expected: ReadonlyArray<{ kind: IdentifierKind; text: string }>;
}

/** What the rules found in a text, as [start, end, kind] spans. */
export type RuleFinder = (text: string) => ReadonlyArray<{ start: number; end: number; kind: IdentifierKind }>;

/** How each token of a sentence is labelled: by the expected name or place that covers its first character. */
export function goldLabels(sentence: Labelled, tokens: readonly Token[]): Label[] {
  const byChar = new Array<Label>(sentence.text.length).fill('O');
  for (const e of sentence.expected) {
    if (e.kind !== 'NAME' && e.kind !== 'LOCATION') continue;
    for (let at = sentence.text.indexOf(e.text); at >= 0 && e.text; at = sentence.text.indexOf(e.text, at + 1)) byChar.fill(e.kind, at, at + e.text.length);
  }
  return tokens.map((t) => byChar[t.start] ?? 'O');
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  rules: RuleFinder;
  /** The share of the rules' findings kept in each sentence's second copy. */
  keepRules?: number;
}

/** Trains on `sentences` and returns averaged weights, scaled into signed bytes. */
export function train(sentences: readonly Labelled[], options: TrainOptions): Int8Array {
  const size = (1 << options.bits) * 3;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  let c = 1;
  const next = mulberry32(options.seed);
  // Each sentence is learned twice: with everything the rules found, and with about half of it
  // dropped, so that the tagger learns to find what the rules miss rather than to copy them.
  const examples = sentences.flatMap((s) => {
    const found = options.rules(s.text);
    return [found, found.filter(() => next() < (options.keepRules ?? 0.5))].map((kept) => {
      const prepared = prepare(s.text, ruleMarksFrom(kept));
      return { ...prepared, gold: goldLabels(s, prepared.tokens) };
    });
  });
  const order = examples.map((_, i) => i);
  const features = new Int32Array(MAX_FEATURES);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const { words, starts, gold } = examples[index] as (typeof examples)[number];
      let previous: Label = 'O';
      for (let t = 0; t < words.length; t++) {
        if (plainlyNot(words[t] as Word, previous)) {
          previous = gold[t] ?? 'O';
          continue;
        }
        const buckets = features.subarray(0, featuresOf(words, t, previous, starts[t] ?? false, options.bits, features));
        const s = [0, 0, 0];
        for (const b of buckets) for (let k = 0; k < 3; k++) s[k] = (s[k] as number) + (w[b + k] as number);
        let guess = 0;
        for (let k = 1; k < 3; k++) if ((s[k] as number) > (s[guess] as number)) guess = k;
        const truth = labels.indexOf(gold[t] ?? 'O');
        if (guess !== truth) {
          for (const b of buckets) {
            w[b + truth] = (w[b + truth] as number) + 1;
            u[b + truth] = (u[b + truth] as number) + c;
            w[b + guess] = (w[b + guess] as number) - 1;
            u[b + guess] = (u[b + guess] as number) - c;
          }
        }
        c++;
        // Teacher forcing: the next word sees the true label, as it will see a right guess.
        previous = gold[t] ?? 'O';
      }
    }
  }
  let max = 0;
  const averaged = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    averaged[i] = (w[i] as number) - (u[i] as number) / c;
    max = Math.max(max, Math.abs(averaged[i] as number));
  }
  const out = new Int8Array(size);
  for (let i = 0; i < size; i++) out[i] = Math.round(((averaged[i] as number) / max) * 127);
  return out;
}


/**
 * What the shipped model learns from: the generator's sentences (both template families, four
 * seeds) and every hand-written set whose misses were read, twice, so that they weigh more than
 * the templates. Never the blind sets (`redaction-blind`, `-final`, `-dev4b`, `-dev5b`, `-dev6b`, `-dev7b`).
 */
export function trainingSentences(): Labelled[] {
  const generated = [
    ...generateSet({ seed: 1, count: 1000, families: 'tuning' }),
    ...generateSet({ seed: 7, count: 1000, families: 'heldout' }),
    ...generateSet({ seed: 21, count: 2000, families: 'tuning' }),
    ...generateSet({ seed: 22, count: 2000, families: 'heldout' }),
  ];
  const read = [...redactionSet, ...heldOutSet, ...devSet, ...dev2Set, ...dev3Set, ...dev4aSet, ...dev5aSet, ...dev6aSet, ...dev7aSet];
  return [...generated, ...read, ...read];
}

/** The shipped recipe: 2^16 buckets, four passes, the perceptron's own boundary. */
export const recipe = { bits: 16, epochs: 4, seed: 3, margin: 0 } as const;

const rulesOnly: RuleFinder = (text) => findIdentifiersWith(null, text);

/** Trains the model the app ships, as `redact-tagger-weights.ts` holds it. */
export function trainShipped(): { bits: number; margin: number; weights: string } {
  const weights = train(trainingSentences(), { bits: recipe.bits, epochs: recipe.epochs, seed: recipe.seed, rules: rulesOnly });
  const bytes = new Uint8Array(weights.buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { bits: recipe.bits, margin: recipe.margin, weights: btoa(binary) };
}
