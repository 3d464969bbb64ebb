import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage } from '../engine/types';
import { forgetRates, learnRate, measuredRate, PER_MESSAGE_TOKENS, tokenCounter } from './token-rate';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const prompt = (text: string): ChatMessage[] => [
  { role: 'system', content: 'You are a helpful assistant.' },
  { role: 'user', content: text },
];

describe('token rate', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage());
    forgetRates();
  });

  it('counts 3 characters a token for a model that has not answered yet', () => {
    expect(tokenCounter('m')('x'.repeat(300))).toBe(100);
    expect(tokenCounter(undefined)('x'.repeat(301))).toBe(101);
  });

  it('learns the rate from the tokens the engine counted, template tokens taken out', () => {
    const messages = prompt('a'.repeat(372));
    const chars = messages.reduce((n, m) => n + m.content.length, 0);
    // 100 tokens of text at 4 characters each, plus the template's share.
    expect(measuredRate(messages, chars / 4 + 2 * PER_MESSAGE_TOKENS)).toBeCloseTo(4);
    learnRate('m', messages, chars / 4 + 2 * PER_MESSAGE_TOKENS);
    // 4 characters a token, with a 10 % margin.
    expect(tokenCounter('m')('x'.repeat(400))).toBe(110);
    // Another model keeps the default.
    expect(tokenCounter('other')('x'.repeat(300))).toBe(100);
  });

  it('a script with fewer characters a token (Chinese, say) makes later prompts count more tokens', () => {
    const messages = prompt('字'.repeat(372));
    const chars = messages.reduce((n, m) => n + m.content.length, 0);
    learnRate('m', messages, chars + 2 * PER_MESSAGE_TOKENS);
    expect(tokenCounter('m')('字'.repeat(100))).toBe(110);
  });

  it('one odd prompt moves the rate halfway, not all the way', () => {
    const messages = prompt('a'.repeat(372));
    const chars = 400;
    learnRate('m', messages, chars / 4 + 2 * PER_MESSAGE_TOKENS);
    learnRate('m', messages, chars / 2 + 2 * PER_MESSAGE_TOKENS);
    expect(tokenCounter('m')('x'.repeat(300))).toBe(110);
  });

  it('ignores counts that say nothing about the text, and keeps rates within what tokenizers do', () => {
    expect(measuredRate(prompt('hi'), 30)).toBeUndefined();
    expect(measuredRate(prompt('a'.repeat(372)), Number.NaN)).toBeUndefined();
    expect(measuredRate(prompt('a'.repeat(372)), 2 * PER_MESSAGE_TOKENS + 20)).toBe(6);
  });

  it('is kept across a reload, and forgotten when storage is erased', () => {
    learnRate('m', prompt('a'.repeat(372)), 100 + 2 * PER_MESSAGE_TOKENS);
    forgetRates();
    expect(tokenCounter('m')('x'.repeat(400))).toBe(110);
    localStorage.clear();
    forgetRates();
    expect(tokenCounter('m')('x'.repeat(300))).toBe(100);
  });

  it('a stored value that is not a rate is ignored', () => {
    localStorage.setItem('sotto.charsPerToken', JSON.stringify({ m: 1e9, n: 'four', o: 4 }));
    expect(tokenCounter('m')('x'.repeat(300))).toBe(100);
    expect(tokenCounter('n')('x'.repeat(300))).toBe(100);
    expect(tokenCounter('o')('x'.repeat(400))).toBe(110);
    localStorage.setItem('sotto.charsPerToken', '{broken');
    forgetRates();
    expect(tokenCounter('o')('x'.repeat(300))).toBe(100);
  });
});
