/**
 * What the local model reads: the system prompt with the user's instructions, then as many
 * earlier turns of the shown conversation as fit in the model's context, then the question.
 */
import type { MessageRecord } from '../db/types';
import type { ChatMessage } from '../engine/types';
import { PER_MESSAGE_TOKENS } from './token-rate';

export const SYSTEM_PROMPT = 'You are Sotto, a helpful assistant that runs privately on the user’s own device. Answer clearly and concisely.';

/** The instructions that apply to a conversation: the default ones from Settings, then its own. */
export function instructionsText(defaults: string, own: string | undefined): string {
  return [defaults.trim(), (own ?? '').trim()].filter(Boolean).join('\n\n');
}

/** The system prompt with the instructions (if any) after it. */
export function systemPrompt(base: string, instructions: string): string {
  return instructions ? `${base}\n\nThe user’s instructions:\n${instructions}` : base;
}

/** How much of the context a prompt may use, and how its tokens are counted. */
export interface Budget {
  /** The model's context window, in tokens. */
  contextTokens: number;
  /** Tokens kept free for the reply. */
  replyTokens: number;
  /** The tokens of a text, as this model counts them (or an estimate). */
  count: (text: string) => number;
}

export interface Prompt {
  messages: ChatMessage[];
  /** Earlier turns of the shown conversation that did not fit and were left out. */
  omitted: number;
  /** Earlier turns that were included. */
  included: number;
}

/**
 * Builds the prompt for `question`, which must be on `path` (the shown conversation): the newest
 * earlier turns first, until the budget is spent. Replies that were cut off or failed are skipped,
 * since they would mislead the model.
 */
export function buildPrompt(path: readonly MessageRecord[], question: MessageRecord, system: string, budget: Budget): Prompt {
  const at = path.findIndex((m) => m.id === question.id);
  const before = (at >= 0 ? path.slice(0, at) : path).filter(
    (m) => m.text && !(m.role === 'assistant' && (m.status === 'failed' || m.status === 'interrupted' || m.status === 'streaming')),
  );
  let left = budget.contextTokens - budget.replyTokens - budget.count(system) - budget.count(question.text) - 2 * PER_MESSAGE_TOKENS;
  const earlier: ChatMessage[] = [];
  let i = before.length - 1;
  for (; i >= 0; i--) {
    const m = before[i]!;
    const cost = budget.count(m.text) + PER_MESSAGE_TOKENS;
    if (cost > left) break;
    left -= cost;
    earlier.unshift({ role: m.role, content: m.text });
  }
  // A conversation starts with the user; drop a leading reply whose question no longer fits.
  while (earlier[0]?.role === 'assistant') earlier.shift();
  return {
    messages: [{ role: 'system', content: system }, ...earlier, { role: 'user', content: question.text }],
    omitted: before.length - earlier.length,
    included: earlier.length,
  };
}
