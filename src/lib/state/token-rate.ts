/**
 * How many characters make a token, per local model, learnt from what the engines report.
 *
 * Neither engine lets the page run the model's tokenizer before a prompt is sent, but both say
 * afterwards how many tokens the prompt took. Each reply teaches the rate of its model; the next
 * prompt is sized by it. Until a model has answered once, a cautious 3 characters a token is used
 * (and an engine that refuses a prompt as too long gets it again with the question alone).
 */
import type { ChatMessage } from '../engine/types';

/** Tokens a chat template adds around each message (role markers, separators). */
export const PER_MESSAGE_TOKENS = 8;
/** What a model that has not answered yet is assumed to read: about 3 characters a token. */
export const DEFAULT_CHARS_PER_TOKEN = 3;
/** The counts leave this much room for a tokenizer that is a little less kind than the last prompt showed. */
const MARGIN = 1.1;
/** No tokenizer packs more than this into a token on average, nor less than one character. */
const RANGE = { min: 1, max: 6 } as const;
const STORAGE_KEY = 'sotto.charsPerToken';

type Rates = Record<string, number>;

function readStored(): Rates {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'number' && v >= RANGE.min && v <= RANGE.max)) as Rates;
  } catch {
    return {};
  }
}

let rates: Rates | null = null;

/**
 * The rate the engine's count implies for `messages`: their characters over the tokens left once
 * the template's share is taken out. Undefined when the count cannot be read that way.
 */
export function measuredRate(messages: readonly ChatMessage[], promptTokens: number): number | undefined {
  const chars = messages.reduce((sum, m) => sum + m.content.length, 0);
  const textTokens = promptTokens - messages.length * PER_MESSAGE_TOKENS;
  // A prompt that is mostly template says little about the text.
  if (!Number.isFinite(promptTokens) || textTokens < 16 || chars < 64) return undefined;
  return Math.min(RANGE.max, Math.max(RANGE.min, chars / textTokens));
}

/** Learns `modelId`'s rate from a prompt and the tokens the engine counted in it. */
export function learnRate(modelId: string, messages: readonly ChatMessage[], promptTokens: number): void {
  const measured = measuredRate(messages, promptTokens);
  if (measured === undefined) return;
  rates ??= readStored();
  const before = rates[modelId];
  // The newest prompt counts most, but one odd prompt (all code, all digits) does not swing it alone.
  rates[modelId] = before === undefined ? measured : 0.5 * before + 0.5 * measured;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(rates));
  } catch {
    // Storage full or refused: the rate still holds for this session.
  }
}

/** Counts a text's tokens as `modelId` would, rounded up (with a margin once the rate is learnt). */
export function tokenCounter(modelId: string | undefined): (text: string) => number {
  rates ??= readStored();
  const learnt = modelId ? rates[modelId] : undefined;
  if (learnt === undefined) return (text) => Math.ceil(text.length / DEFAULT_CHARS_PER_TOKEN);
  // Rounded to a thousandth first, so that float noise (110.00000000000001) does not add a token.
  return (text) => Math.ceil(Math.round(((text.length * MARGIN) / learnt) * 1000) / 1000);
}

/** Forgets what was learnt (Erase everything clears the storage; this clears the memory). */
export function forgetRates(): void {
  rates = null;
}
