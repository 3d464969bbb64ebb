import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as db from '../db/db';
import { EngineError } from '../engine/local-engine';
import type { ChatBackend, ChatMessage, Delta, GenerateOptions } from '../engine/types';
import { alerts } from './alerts.svelte';
import { ChatSession, recoverInterrupted } from './chat.svelte';
import { conversations } from './conversations.svelte';
import type { LocalModel } from './model.svelte';
import { notices } from './alerts.svelte';
import { preferences } from './preferences.svelte';
import { cloud } from './cloud.svelte';

const readyModel = {
  ready: true,
  model: { id: 'tiny', label: 'Sotto Tiny', engine: 'wllama', url: 'https://m/t.gguf' },
  cpuFallback: undefined,
  useCpu: async () => {},
} as unknown as LocalModel;

/** A backend that streams `pieces`, one per macrotask, then stats; or fails with `error` after them. */
function backend(pieces: string[], error?: EngineError): ChatBackend & { calls: ChatMessage[][]; options: GenerateOptions[] } {
  const calls: ChatMessage[][] = [];
  const options: GenerateOptions[] = [];
  return {
    calls,
    options,
    async *generate(messages, opts, signal): AsyncGenerator<Delta> {
      calls.push(messages);
      options.push(opts);
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
  notices.dismiss();
  await conversations.load();
  await preferences.reload();
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
    const failed = chat.messages[1]!.id;
    await chat.retry(failed);
    // The new attempt is a second version of the reply; the first stays reachable.
    expect(chat.messages.map((m) => m.status)).toEqual(['complete', 'failed']);
    expect(chat.messages[1]?.id).not.toBe(failed);
    expect(chat.versions(chat.messages[1]!.id)).toMatchObject({ index: 2, count: 2, previous: failed });
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
    expect(chat.messages[1]?.note).toMatch(/can read only this message of the conversation; the earlier ones were left out/);
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

describe('versions, edits and deletion', () => {
  it('Edit sends a new version; the earlier one and its reply stay reachable, also after reopening', async () => {
    const b = backend(['ok']);
    const chat = new ChatSession(b, readyModel);
    await chat.send('first question');
    await chat.send('second question');
    const second = chat.messages[2]!;
    expect(await chat.edit(second.id, 'second question, better')).toBe(true);
    expect(chat.messages.map((m) => m.text)).toEqual(['first question', 'ok', 'second question, better', 'ok']);
    const edited = chat.messages[2]!;
    expect(chat.versions(edited.id)).toEqual({ index: 2, count: 2, previous: second.id, next: null });
    // The model read the conversation up to the edited message only.
    expect(b.calls.at(-1)?.slice(1).map((m) => m.content)).toEqual(['first question', 'ok', 'second question, better']);

    await chat.showVersion(second.id);
    expect(chat.messages.map((m) => m.text)).toEqual(['first question', 'ok', 'second question', 'ok']);
    const id = chat.conversationId!;
    await chat.open(null);
    await chat.open(id);
    expect(chat.messages.map((m) => m.text)).toEqual(['first question', 'ok', 'second question', 'ok']);
    expect(chat.versions(chat.messages[2]!.id)).toMatchObject({ index: 1, count: 2, next: edited.id });
    expect((await db.getMessages(id)).length).toBe(6);

    // Sending from the older version continues that line.
    await chat.send('third');
    expect(chat.messages.map((m) => m.text)).toEqual(['first question', 'ok', 'second question', 'ok', 'third', 'ok']);
    await chat.open(id);
    expect(chat.messages.map((m) => m.text)).toEqual(['first question', 'ok', 'second question', 'ok', 'third', 'ok']);
  });

  it('Regenerate adds a version of the reply from the same question', async () => {
    const b = backend(['again']);
    const chat = new ChatSession(b, readyModel);
    await chat.send('tell me');
    const first = chat.messages[1]!;
    await chat.regenerate(first.id);
    expect(chat.messages).toHaveLength(2);
    expect(chat.versions(chat.messages[1]!.id)).toMatchObject({ index: 2, count: 2, previous: first.id });
    expect(b.calls[1]?.slice(1).map((m) => m.content)).toEqual(['tell me']);
    await chat.showVersion(first.id);
    expect(chat.messages[1]?.id).toBe(first.id);
  });

  it('deleting your message takes its replies; what followed stays; Undo brings them back', async () => {
    const chat = new ChatSession(backend(['ok']), readyModel);
    await chat.send('one');
    await chat.send('two');
    await chat.send('three');
    const two = chat.messages[2]!;
    await chat.remove(two.id);
    expect(chat.messages.map((m) => m.text)).toEqual(['one', 'ok', 'three', 'ok']);
    expect(conversations.list[0]?.messageCount).toBe(4);
    expect(notices.current?.message).toBe('Your message and its reply were deleted.');
    notices.current?.action?.run();
    await vi.waitFor(() => expect(chat.messages.map((m) => m.text)).toEqual(['one', 'ok', 'two', 'ok', 'three', 'ok']));
    expect(conversations.list[0]?.messageCount).toBe(6);
  });

  it('shows, edits and deletes in conversations saved before versions existed', async () => {
    const now = Date.now();
    await db.createConversation({ id: 'old', title: 't', titleEdited: false, createdAt: now, updatedAt: now, messageCount: 0 });
    const legacy = (id: string, role: 'user' | 'assistant', text: string, at: number) =>
      db.appendMessage({ id, conversationId: 'old', role, text, status: 'complete', createdAt: now + at, updatedAt: now + at, ...(role === 'assistant' ? { provenance: { tier: 'nano' as const, where: 'local' as const, model: 'Tiny' } } : {}) });
    await legacy('q1', 'user', 'q one', 1);
    await legacy('a1', 'assistant', 'a one', 2);
    await legacy('q2', 'user', 'q two', 3);
    await legacy('a2', 'assistant', 'a two', 4);
    const chat = new ChatSession(backend(['new']), readyModel);
    await chat.open('old');
    expect(chat.messages.map((m) => m.id)).toEqual(['q1', 'a1', 'q2', 'a2']);
    await chat.edit('q1', 'q one, edited');
    expect(chat.messages.map((m) => m.text)).toEqual(['q one, edited', 'new']);
    await chat.showVersion('q1');
    expect(chat.messages.map((m) => m.id)).toEqual(['q1', 'a1', 'q2', 'a2']);
    await chat.remove('a1');
    expect(chat.messages.map((m) => m.id)).toEqual(['q1', 'q2', 'a2']);
  });
});

describe('instructions, generation settings and the context', () => {
  it('default and conversation instructions reach the local engine in the system prompt', async () => {
    const b = backend(['ok']);
    const chat = new ChatSession(b, readyModel);
    await preferences.setInstructions('Answer in British English.');
    await chat.setInstructions('You are helping a paralegal.');
    await chat.send('hello');
    expect(b.calls[0]?.[0]?.content).toContain('Answer in British English.\n\nYou are helping a paralegal.');
    expect(conversations.list[0]?.instructions).toBe('You are helping a paralegal.');
  });

  it('each model generates with its own temperature and reply length', async () => {
    const b = backend(['ok']);
    const chat = new ChatSession(b, readyModel);
    await preferences.setGeneration('tiny', { temperature: 0.2, maxTokens: 64 });
    await chat.send('hello');
    expect(b.options[0]).toEqual({ temperature: 0.2, maxTokens: 64 });
    expect(preferences.generation('other')).toEqual({ temperature: 0.6, maxTokens: 1024 });
  });

  it('says how many messages the model can read when earlier turns are left out', async () => {
    const b = backend(['ok']);
    const small = { ...readyModel, info: { modelId: 'tiny', engine: 'wllama', detail: '', contextTokens: 1000 } } as unknown as LocalModel;
    const chat = new ChatSession(b, small);
    await preferences.setGeneration('tiny', { maxTokens: 256 });
    await chat.send('a'.repeat(1100));
    expect(chat.messages[1]?.note).toBeUndefined();
    await chat.send('b'.repeat(1100));
    expect(chat.messages[3]?.note).toBe('Sotto Tiny can read only this message of this conversation; 2 earlier ones were left out.');
    expect(b.calls[1]?.map((m) => m.role)).toEqual(['system', 'user']);
    await chat.send('c');
    expect(chat.messages[5]?.note).toBe('Sotto Tiny can read the last 3 messages of this conversation; 2 earlier ones were left out.');
    expect(b.calls[2]?.map((m) => m.content.slice(0, 1))).toEqual(['Y', 'b', 'o', 'c']);
  });
});

describe('the cloud review', () => {
  it('when the review cannot open, nothing is saved or sent, and the caller gets the message back', async () => {
    vi.spyOn(cloud, 'armed', 'get').mockReturnValue(true);
    vi.spyOn(cloud, 'requestApproval').mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    const b = backend(['x']);
    const chat = new ChatSession(b, readyModel);
    expect(await chat.send('keep this draft')).toBe(false);
    expect(alerts.list[0]?.message).toMatch(/^The review could not open, so nothing was sent: Failed to fetch dynamically imported module\. Your message is back in the box/);
    expect(chat.conversationId).toBeNull();
    expect(b.calls).toEqual([]);
    vi.restoreAllMocks();
  });

  it('when the review for a new cloud reply cannot open, the earlier reply is shown again and the user hears why', async () => {
    const now = Date.now();
    await db.createConversation({ id: 'c', title: 't', titleEdited: false, createdAt: now, updatedAt: now, messageCount: 0 });
    await db.appendMessage({ id: 'q', conversationId: 'c', role: 'user', text: 'What is estoppel?', status: 'complete', createdAt: now, updatedAt: now, parentId: null });
    await db.appendMessage({ id: 'r', conversationId: 'c', role: 'assistant', text: 'A bar.', status: 'complete', createdAt: now + 1, updatedAt: now + 1, parentId: 'q', provenance: { tier: 'mini', where: 'cloud', model: 'm' } });
    vi.spyOn(cloud, 'available', 'get').mockReturnValue(true);
    vi.spyOn(cloud, 'requestApproval').mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    const b = backend(['x']);
    const chat = new ChatSession(b, readyModel);
    await chat.open('c');
    await chat.regenerate('r');
    expect(alerts.list[0]?.message).toMatch(/^The review could not open, so nothing was sent: Failed to fetch dynamically imported module\. Your earlier reply is shown again/);
    expect(chat.messages.map((m) => m.id)).toEqual(['q', 'r']);
    expect(b.calls).toEqual([]);
    vi.restoreAllMocks();
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

  it('marks a privacy-log entry still "sending" at start-up as interrupted, unless its reply is still being written', async () => {
    const old = Date.now() - 60 * 60_000;
    await db.appendAudit({ id: 'gone', at: old, host: 'h', body: '{}', outcome: 'sending', conversationId: 'c', replyId: 'r-gone' });
    await db.appendAudit({ id: 'live', at: Date.now(), host: 'h', body: '{}', outcome: 'sending', conversationId: 'c', replyId: 'r-live' });
    await db.appendAudit({ id: 'done', at: old, host: 'h', body: '{}', outcome: 'complete', conversationId: 'c' });
    await recoverInterrupted();
    const outcomes = Object.fromEntries((await db.listAudit()).map((e) => [e.id, e.outcome]));
    // No Web Locks in Node: "still being written" falls back to "written to recently".
    expect(outcomes).toEqual({ gone: 'interrupted', live: 'sending', done: 'complete' });
  });
});
