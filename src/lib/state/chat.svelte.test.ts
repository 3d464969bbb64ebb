import { beforeEach, describe, expect, it } from 'vitest';
import type { ChatBackend, ChatMessage, Delta } from '../engine/types';
import { EngineError } from '../engine/local-engine';
import { alerts } from './alerts.svelte';
import { ChatSession } from './chat.svelte';
import type { LocalModel } from './model.svelte';

const readyModel = {
  ready: true,
  model: { id: 'tiny', label: 'Sotto Tiny', engine: 'wllama', url: 'https://m/t.gguf' },
  cpuFallback: undefined,
  useCpu: async () => {},
} as unknown as LocalModel;

/** A backend that streams `pieces`, one per macrotask, then stats; or fails with `error` after them. */
function backend(pieces: string[], error?: EngineError): ChatBackend & { calls: ChatMessage[][] } {
  const calls: ChatMessage[][] = [];
  return {
    calls,
    async *generate(messages, _options, signal): AsyncGenerator<Delta> {
      calls.push(messages);
      for (const text of pieces) {
        await new Promise((r) => setTimeout(r, 1));
        if (signal.aborted) throw new EngineError('AbortError', 'Stopped.');
        yield { type: 'text', text };
      }
      if (error) throw error;
      yield { type: 'stats', stats: { tokens: pieces.length, decodeMs: 10, tokensPerSecond: 100, finish: 'stop' } };
    },
  };
}

describe('ChatSession', () => {
  beforeEach(() => alerts.clear());

  it('adds the message and a reply labelled as on-device, then completes it with stats', async () => {
    const chat = new ChatSession(backend(['jk', 'lm']), readyModel);
    await chat.send('  hi  ');
    expect(chat.turns.map((t) => [t.role, t.text, t.status])).toEqual([
      ['user', 'hi', 'complete'],
      ['assistant', 'jklm', 'complete'],
    ]);
    expect(chat.turns[1]?.author).toEqual({ tier: 'Nano (on this device)', model: 'Sotto Tiny' });
    expect(chat.turns[1]?.stats?.tokensPerSecond).toBe(100);
    expect(chat.streaming).toBe(false);
  });

  it('sends the system prompt and earlier turns, oldest first', async () => {
    const b = backend(['ok']);
    const chat = new ChatSession(b, readyModel);
    await chat.send('one');
    await chat.send('two');
    expect(b.calls[1]?.map((m) => `${m.role}:${m.content}`).slice(1)).toEqual(['user:one', 'assistant:ok', 'user:two']);
    expect(b.calls[1]?.[0]?.role).toBe('system');
  });

  it('Stop keeps the text so far, marked stopped, with no alert', async () => {
    const chat = new ChatSession(backend(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']), readyModel);
    const sending = chat.send('go');
    await new Promise((r) => setTimeout(r, 5));
    chat.stop();
    await sending;
    const reply = chat.turns[1]!;
    expect(reply.status).toBe('stopped');
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.text.length).toBeLessThan(8);
    expect(alerts.list).toEqual([]);
  });

  it('an engine failure keeps the partial reply and explains itself', async () => {
    const chat = new ChatSession(backend(['par', 'tial'], new EngineError('EngineCrashError', 'boom')), readyModel);
    await chat.send('go');
    expect(chat.turns[1]).toMatchObject({ text: 'partial', status: 'failed' });
    expect(alerts.list[0]?.message).toMatch(/The on-device engine crashed while running Sotto Tiny/);
  });

  it('retries without earlier turns when they do not fit the context', async () => {
    let first = true;
    const calls: number[] = [];
    const b: ChatBackend = {
      async *generate(messages) {
        calls.push(messages.length);
        if (first) {
          first = false;
          throw new EngineError('ContextOverflowError', 'too long');
        }
        yield { type: 'text', text: 'short' };
      },
    };
    const chat = new ChatSession(b, readyModel);
    await chat.send('question');
    expect(chat.turns[1]).toMatchObject({ text: 'short', status: 'complete' });
    expect(calls).toEqual([2, 2]);
    expect(chat.turns[1]?.note).toMatch(/Earlier messages were left out/);
  });

  it('does nothing for an empty message or while the model is not ready', async () => {
    const b = backend(['x']);
    await new ChatSession(b, readyModel).send('   ');
    await new ChatSession(b, { ...readyModel, ready: false } as unknown as LocalModel).send('hi');
    expect(b.calls).toEqual([]);
  });
});
