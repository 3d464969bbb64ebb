import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as db from '../db/db';
import { EngineError } from '../engine/local-engine';
import type { ChatBackend, ChatMessage, Delta } from '../engine/types';
import { alerts } from './alerts.svelte';
import { ChatSession, recoverInterrupted } from './chat.svelte';
import { conversations } from './conversations.svelte';
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

beforeEach(async () => {
  db.useDatabase(`chat-${Math.random()}`);
  alerts.clear();
  await conversations.load();
});
afterEach(() => db.closeDb());

describe('ChatSession', () => {
  it('saves the message and the on-device reply, titles the conversation, and lists it', async () => {
    const chat = new ChatSession(backend(['jk', 'lm']), readyModel);
    expect(await chat.send('  Draft a letter to Dr. Smith  ')).toBe(true);
    expect(chat.messages.map((m) => [m.role, m.text, m.status])).toEqual([
      ['user', 'Draft a letter to Dr. Smith', 'complete'],
      ['assistant', 'jklm', 'complete'],
    ]);
    expect(chat.messages[1]?.provenance).toEqual({ tier: 'nano', where: 'local', model: 'Sotto Tiny' });
    expect(chat.messages[1]?.stats?.tokensPerSecond).toBe(100);
    const saved = await db.getMessages(chat.conversationId!);
    expect(saved.map((m) => [m.text, m.status])).toEqual([
      ['Draft a letter to Dr. Smith', 'complete'],
      ['jklm', 'complete'],
    ]);
    expect(conversations.list.map((c) => [c.title, c.messageCount])).toEqual([['Draft a letter to Dr. Smith', 2]]);
  });

  it('sends the system prompt and earlier turns, oldest first', async () => {
    const b = backend(['ok']);
    const chat = new ChatSession(b, readyModel);
    await chat.send('one');
    await chat.send('two');
    expect(b.calls[1]?.map((m) => `${m.role}:${m.content}`).slice(1)).toEqual(['user:one', 'assistant:ok', 'user:two']);
    expect(b.calls[1]?.[0]?.role).toBe('system');
  });

  it('reopens a conversation from the database', async () => {
    const chat = new ChatSession(backend(['x']), readyModel);
    await chat.send('remember me');
    const id = chat.conversationId!;
    await chat.open(null);
    expect(chat.messages).toEqual([]);
    await chat.open(id);
    expect(chat.messages.map((m) => m.text)).toEqual(['remember me', 'x']);
  });

  it('Stop keeps the text so far, saved and marked stopped, with no alert', async () => {
    const chat = new ChatSession(backend(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']), readyModel);
    const sending = chat.send('go');
    await new Promise((r) => setTimeout(r, 8));
    chat.stop();
    await sending;
    const [, reply] = await db.getMessages(chat.conversationId!);
    expect(reply?.status).toBe('stopped');
    expect(reply?.text.length).toBeGreaterThan(0);
    expect(reply?.text.length).toBeLessThan(8);
    expect(alerts.list).toEqual([]);
  });

  it('an engine failure keeps the partial reply, explains itself, and Retry asks again', async () => {
    const chat = new ChatSession(backend(['par', 'tial'], new EngineError('EngineCrashError', 'boom')), readyModel);
    await chat.send('go');
    expect(chat.messages[1]).toMatchObject({ text: 'partial', status: 'failed' });
    expect(alerts.list[0]?.message).toMatch(/The on-device engine crashed while running Sotto Tiny/);
    await chat.retry(chat.messages[1]!.id);
    expect(chat.messages.map((m) => m.status)).toEqual(['complete', 'failed', 'failed']);
    expect(chat.messages).toHaveLength(3);
  });

  it('retries without earlier turns when they do not fit the context', async () => {
    let first = true;
    const sizes: number[] = [];
    const b: ChatBackend = {
      async *generate(messages) {
        sizes.push(messages.length);
        if (first) {
          first = false;
          throw new EngineError('ContextOverflowError', 'too long');
        }
        yield { type: 'text', text: 'short' };
      },
    };
    const chat = new ChatSession(b, readyModel);
    await chat.send('question');
    expect(chat.messages[1]).toMatchObject({ text: 'short', status: 'complete' });
    expect(sizes).toEqual([2, 2]);
    expect(chat.messages[1]?.note).toMatch(/Earlier messages were left out/);
  });

  it('a full disk refuses the message with a clear alert and keeps what was saved', async () => {
    const chat = new ChatSession(backend(['ok']), readyModel);
    await chat.send('saved first');
    vi.spyOn(db, 'appendMessage').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await chat.send('will not fit')).toBe(false);
    expect(alerts.list[0]?.message).toBe(
      'This device is out of storage space, so your message could not be saved. Free up space (Settings shows what Sotto uses), then try again. Nothing saved before was lost.',
    );
    expect((await db.getMessages(chat.conversationId!)).map((m) => m.text)).toEqual(['saved first', 'ok']);
  });

  it('does nothing for an empty message or while the model is not ready', async () => {
    const b = backend(['x']);
    expect(await new ChatSession(b, readyModel).send('   ')).toBe(false);
    expect(await new ChatSession(b, { ...readyModel, ready: false } as unknown as LocalModel).send('hi')).toBe(false);
    expect(b.calls).toEqual([]);
  });
});

describe('recoverInterrupted', () => {
  it('marks a reply that no tab is writing as interrupted, keeping its text', async () => {
    const now = Date.now() - 60_000;
    await db.createConversation({ id: 'c', title: 't', titleEdited: false, createdAt: now, updatedAt: now, messageCount: 0 });
    await db.appendMessage({ id: 'r', conversationId: 'c', role: 'assistant', text: 'half a rep', status: 'streaming', createdAt: now, updatedAt: now, provenance: { tier: 'nano', where: 'local', model: 'Tiny' } });
    expect(await recoverInterrupted()).toBe(1);
    expect(await db.getMessages('c')).toEqual([expect.objectContaining({ text: 'half a rep', status: 'interrupted' })]);
  });
});
