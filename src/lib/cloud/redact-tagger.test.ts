import { describe, expect, it } from 'vitest';
import { findIdentifiers, findIdentifiersWith } from './redact';
import { shippedModel, tagSpans, tokenize } from './redact-tagger';
import { trainShipped } from './redact-tagger-train';
import { trainedTagger } from './redact-tagger-weights';
import { devSet } from './redaction-dev';

const texts = (found: ReadonlyArray<{ kind: string; text: string }>): string[] => found.map((f) => `${f.kind}:${f.text}`);

describe('the name-and-place tagger', () => {
  it('splits a text into words that keep their inner apostrophes, hyphens and dots, and single marks', () => {
    expect(tokenize("Dr. O'Neil-Smith, flat B-402 (3rd)").map((t) => t.text)).toEqual(['Dr', '.', "O'Neil-Smith", ',', 'flat', 'B-402', '(', '3rd', ')']);
  });

  it('finds names the rules alone miss: a word-like given name with an unknown family name, a lower-case name in chat', () => {
    const greeting = 'txt from client: hi its Hope Banda, cant come in tmrw (the 3rd) the bus was cancelled';
    expect(texts(findIdentifiersWith(null, greeting))).not.toContain('NAME:Hope Banda');
    expect(texts(findIdentifiers(greeting))).toContain('NAME:Hope Banda');
    const chat = 'my mum is in room 4 she only speaks tagalog. my name is marisol my number 07700 900 412';
    expect(texts(findIdentifiersWith(null, chat))).toEqual(['PHONE:07700 900 412']);
    expect(texts(findIdentifiers(chat))).toEqual(['NAME:marisol', 'PHONE:07700 900 412']);
  });

  it('only adds: whatever the rules find is still found, in the same place', () => {
    for (const { text } of devSet.slice(0, 200)) {
      const all = findIdentifiers(text).map((f) => `${f.start}-${f.end}`);
      for (const f of findIdentifiersWith(null, text)) expect(all).toContain(`${f.start}-${f.end}`);
    }
  });

  it('leaves scripts other than Latin to the rules', () => {
    expect(tagSpans('患者王小明，住在北京市朝阳区。 المريضة فاطمة الزهراء', shippedModel(), () => '')).toEqual([]);
  });

  it('adds nothing to ordinary prose', () => {
    const prose = 'Take the tablets twice a day with food, and call the clinic if the rash spreads or you feel worse.';
    expect(findIdentifiers(prose)).toEqual([]);
  });

  it('ships 3 signed bytes for every one of its hashed buckets', () => {
    expect(shippedModel().weights.length).toBe((1 << trainedTagger.bits) * 3);
    expect(shippedModel().weights.some((w) => w !== 0)).toBe(true);
  });

  // Training sees every read set and what the rules find in it, so a change to a set, a rule or a
  // feature changes the weights: `npm run train:masker` writes them again. About half a minute.
  it('ships exactly the weights that training gives today', { timeout: 240_000 }, () => {
    const trained = trainShipped();
    expect({ bits: trained.bits, margin: trained.margin }).toEqual({ bits: trainedTagger.bits, margin: trainedTagger.margin });
    expect(trained.weights === trainedTagger.weights, 'the shipped tagger weights are stale: run `npm run train:masker`').toBe(true);
  });
});
