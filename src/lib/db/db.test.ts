import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  appendAudit,
  appendMessage,
  closeDb,
  countAuditBefore,
  endErase,
  listAudit,
  pruneAudit,
  countConversations,
  createConversation,
  deleteConversation,
  deleteConversationsBefore,
  eraseEverything,
  exportConversations,
  getConversation,
  getMessages,
  getSetting,
  listConversations,
  migrate,
  pendingErase,
  putConversations,
  renameConversation,
  restoreAudit,
  searchMessages,
  setDbEvents,
  setSetting,
  streamingMessages,
  updateMessage,
  useDatabase,
} from './db';
import { importConversations } from './import';
import type { ConversationRecord, MessageRecord } from './types';

let n = 0;
const entry = (id: string, conversationId: string, at = Date.now()) => ({ id, at, host: 'h', body: '{"messages":[]}', outcome: 'complete', conversationId });
function conversation(over: Partial<ConversationRecord> = {}): ConversationRecord {
  const t = 1_700_000_000_000 + n++;
  return { id: `c${n}`, title: 'New conversation', titleEdited: false, createdAt: t, updatedAt: t, messageCount: 0, ...over };
}
function message(conversationId: string, text: string, over: Partial<MessageRecord> = {}): MessageRecord {
  const t = 1_700_000_000_000 + n++;
  return { id: `m${n}`, conversationId, role: 'user', text, status: 'complete', createdAt: t, updatedAt: t, ...over };
}
const reply = (conversationId: string, text: string, over: Partial<MessageRecord> = {}) =>
  message(conversationId, text, { role: 'assistant', provenance: { tier: 'nano', where: 'local', model: 'Tiny' }, ...over });

beforeEach(() => {
  useDatabase(`test-${Math.random()}`);
});
afterEach(() => closeDb());

describe('conversations and messages', () => {
  it('lists conversations by last activity and titles one from its first message', async () => {
    const a = conversation();
    const b = conversation();
    await createConversation(a);
    await createConversation(b);
    await appendMessage(message(a.id, 'Draft the NDA'), 'Draft the NDA');
    expect((await listConversations()).map((c) => c.id)).toEqual([a.id, b.id]);
    expect((await listConversations(1)).map((c) => c.id)).toEqual([a.id]);
    expect(await getConversation(a.id)).toMatchObject({ title: 'Draft the NDA', messageCount: 1 });
    // Only the first message names it.
    await appendMessage(message(a.id, 'second'), 'second');
    expect((await getConversation(a.id))?.title).toBe('Draft the NDA');
    expect(await countConversations()).toBe(2);
  });

  it('keeps messages in order and saves a reply as it streams', async () => {
    const c = conversation();
    await createConversation(c);
    const q = message(c.id, 'hi');
    const r = reply(c.id, '', { status: 'streaming' });
    await appendMessage(q);
    await appendMessage(r);
    await updateMessage(r.id, { text: 'jkl', updatedAt: r.updatedAt + 1000 });
    expect(await streamingMessages()).toEqual([expect.objectContaining({ id: r.id, text: 'jkl' })]);
    await updateMessage(r.id, { text: 'jklmnop', status: 'complete', updatedAt: r.updatedAt + 2000 });
    expect((await getMessages(c.id)).map((m) => [m.text, m.status])).toEqual([
      ['hi', 'complete'],
      ['jklmnop', 'complete'],
    ]);
    expect((await getConversation(c.id))?.updatedAt).toBe(r.updatedAt + 2000);
    expect(await streamingMessages()).toEqual([]);
  });

  it('refuses a message for a conversation that was deleted', async () => {
    await expect(appendMessage(message('gone', 'x'))).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('renames, and a renamed title is not replaced by the first message', async () => {
    const c = conversation();
    await createConversation(c);
    await renameConversation(c.id, 'Patient intake');
    await appendMessage(message(c.id, 'hello'), 'hello');
    expect(await getConversation(c.id)).toMatchObject({ title: 'Patient intake', titleEdited: true });
  });

  it('deletes a conversation with its messages, and the returned copy undoes it', async () => {
    const c = conversation();
    await createConversation(c);
    await appendMessage(message(c.id, 'one'));
    await appendMessage(reply(c.id, 'two'));
    const other = conversation();
    await createConversation(other);
    await appendMessage(message(other.id, 'keep me'));
    const removed = await deleteConversation(c.id);
    expect(await getMessages(c.id)).toEqual([]);
    expect(await getMessages(other.id)).toHaveLength(1);
    await putConversations([removed!]);
    expect((await getMessages(c.id)).map((m) => m.text)).toEqual(['one', 'two']);
    expect((await searchMessages('two')).map((h) => h.message.text)).toEqual(['two']);
  });

  it('importing the same conversations twice adds nothing the second time', async () => {
    const c = conversation({ messageCount: 2 });
    const items = [{ conversation: c, messages: [message(c.id, 'a'), reply(c.id, 'b')] }];
    expect(await putConversations(items)).toEqual({ conversations: 1, messages: 2 });
    expect(await putConversations(items)).toEqual({ conversations: 0, messages: 0 });
    expect(await getMessages(c.id)).toHaveLength(2);
    expect(await getConversation(c.id)).toMatchObject({ messageCount: 2 });
  });
});

describe('imports and the privacy log', () => {

  it('an import never appends into a conversation here: other content under the same id becomes a separate copy', async () => {
    const c = conversation();
    await createConversation(c);
    await appendMessage(message(c.id, 'mine', { id: 'x1' }));
    const theirs = { conversation: { ...c, title: 'Theirs', messageCount: 2 }, messages: [message(c.id, 'theirs', { id: 'x1' }), reply(c.id, 'reply', { id: 'x2', parentId: 'x1' })] };
    expect(await importConversations([theirs])).toEqual({ conversations: 1, messages: 2, copies: 1 });
    expect((await getMessages(c.id)).map((m) => m.text)).toEqual(['mine']);
    const copy = (await listConversations()).find((k) => k.title === 'Theirs (imported copy)')!;
    expect(copy.messageCount).toBe(2);
    const copied = await getMessages(copy.id);
    expect(copied.map((m) => [m.text, m.imported])).toEqual([
      ['theirs', true],
      ['reply', true],
    ]);
    expect(copied[1]?.parentId).toBe(copied[0]?.id);
    expect(copied.every((m) => m.id !== 'x1' && m.id !== 'x2')).toBe(true);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const c = conversation({ messageCount: 2 });
    const items = [{ conversation: c, messages: [message(c.id, 'a'), reply(c.id, 'b')] }];
    expect(await importConversations(items)).toEqual({ conversations: 1, messages: 2, copies: 0 });
    expect(await importConversations(items)).toEqual({ conversations: 0, messages: 0, copies: 0 });
    expect(await getConversation(c.id)).toMatchObject({ messageCount: 2 });
  });

  it('a log entry goes with its conversation, and comes back with its undo', async () => {
    const c = conversation();
    await createConversation(c);
    await appendAudit(entry('e1', c.id));
    await appendAudit(entry('e2', 'other'));
    const removed = await deleteConversation(c.id);
    expect((await listAudit()).map((e) => e.id)).toEqual(['e2']);
    await putConversations([removed!]);
    expect((await listAudit()).map((e) => e.id).sort()).toEqual(['e1', 'e2']);
    expect(await pruneAudit()).toBe(1);
    expect((await listAudit()).map((e) => e.id)).toEqual(['e1']);
  });

  it('retention takes the log entries older than its period and those whose conversation is gone', async () => {
    const old = conversation({ updatedAt: 1000 });
    const recent = conversation({ updatedAt: 5000 });
    await createConversation(old);
    await createConversation(recent);
    await appendAudit(entry('of-old', old.id, 1500));
    await appendAudit(entry('old-of-recent', recent.id, 1500));
    await appendAudit(entry('new-of-recent', recent.id, 4000));
    await appendAudit(entry('orphan', 'gone', 4000));
    expect(await countAuditBefore(2000)).toBe(2);
    const removed = await deleteConversationsBefore(2000);
    expect((await listAudit()).map((e) => e.id)).toEqual(['new-of-recent']);
    expect(removed.conversations.find((r) => r.conversation.id === old.id)?.audit.map((e) => e.id)).toEqual(['of-old']);
    // The entries of conversations that stay are returned too, so that an Undo brings them back.
    expect(removed.audit.map((e) => e.id).sort()).toEqual(['old-of-recent', 'orphan']);
    await putConversations(removed.conversations);
    await restoreAudit(removed.audit);
    expect((await listAudit()).map((e) => e.id).sort()).toEqual(['new-of-recent', 'of-old', 'old-of-recent', 'orphan']);
  });

  it('writes nothing to the log once Erase everything has begun', async () => {
    await eraseEverything(false);
    expect(await appendAudit(entry('late', 'c'))).toBe(false);
    expect(await listAudit()).toEqual([]);
  });

  it('writes nothing to the log from another tab while an erase has not finished (its marker is in the database)', async () => {
    const name = `shared-${Math.random()}`;
    useDatabase(name);
    await eraseEverything(true, 1234);
    // Another tab: the same database, without this tab's memory of the erase.
    useDatabase(name);
    expect(await pendingErase()).toEqual({ at: 1234, alsoModels: true });
    expect(await appendAudit(entry('late', 'c'))).toBe(false);
    await expect(putConversations([{ conversation: conversation(), messages: [], audit: [entry('undone', 'c')] }])).rejects.toThrow('being erased');
    await expect(createConversation(conversation())).rejects.toThrow('Everything is being erased, so nothing was saved.');
    expect(await listAudit()).toEqual([]);
    expect(await listConversations()).toEqual([]);
    // Once the erase has finished, a new send is logged as usual.
    await endErase();
    expect(await pendingErase()).toBeUndefined();
    expect(await appendAudit(entry('new', 'c'))).toBe(true);
  });
});

describe('search', () => {
  it('finds messages containing every word, by word prefix, accents and case ignored, newest first', async () => {
    const c = conversation({ title: 'Clinic' });
    await createConversation(c);
    await appendMessage(message(c.id, 'Patient reports café visits and headaches'));
    await appendMessage(reply(c.id, 'Headaches after coffee are common'));
    await appendMessage(message(c.id, 'Unrelated text'));
    expect((await searchMessages('HEAD')).map((h) => h.message.text)).toEqual(['Headaches after coffee are common', 'Patient reports café visits and headaches']);
    expect((await searchMessages('cafe head')).map((h) => h.message.text)).toEqual(['Patient reports café visits and headaches']);
    expect((await searchMessages('head zebra')).length).toBe(0);
    expect(await searchMessages('   ')).toEqual([]);
    expect((await searchMessages('coffee'))[0]?.conversation.title).toBe('Clinic');
  });

  it('follows edits of a streaming reply', async () => {
    const c = conversation();
    await createConversation(c);
    const r = reply(c.id, 'draft', { status: 'streaming' });
    await appendMessage(r);
    await updateMessage(r.id, { text: 'final answer', status: 'complete' });
    expect(await searchMessages('draft')).toEqual([]);
    expect((await searchMessages('final'))[0]?.message.id).toBe(r.id);
  });
});

describe('erase, retention, settings', () => {
  it('erases everything', async () => {
    const c = conversation();
    await createConversation(c);
    await appendMessage(message(c.id, 'x'));
    await setSetting('retentionDays', 30);
    await appendAudit(entry('sent', c.id));
    await eraseEverything(false);
    expect(await listConversations()).toEqual([]);
    expect(await listAudit()).toEqual([]);
    expect(await getSetting('retentionDays')).toBeUndefined();
    expect(await searchMessages('x')).toEqual([]);
  });

  it('deletes only conversations whose last activity is older than the cutoff', async () => {
    const old = conversation({ updatedAt: 1000 });
    const recent = conversation({ updatedAt: 5000 });
    await createConversation(old);
    await createConversation(recent);
    await putConversations([{ conversation: { ...old, id: 'old2' }, messages: [message('old2', 'bye', { updatedAt: 1000 })] }]);
    expect((await deleteConversationsBefore(2000)).conversations.map((r) => r.conversation.id).sort()).toEqual([old.id, 'old2'].sort());
    expect((await listConversations()).map((c) => c.id)).toEqual([recent.id]);
    expect(await getMessages('old2')).toEqual([]);
  });

  it('exports conversations with their messages', async () => {
    const c = conversation();
    await createConversation(c);
    await appendMessage(message(c.id, 'q'));
    await appendMessage(reply(c.id, 'a'));
    const [item] = await exportConversations([c.id]);
    expect(item?.messages.map((m) => m.provenance?.where ?? 'user')).toEqual(['user', 'local']);
  });
});

describe('migrations', () => {
  it('opens data written by schema version 1 and loses nothing; the old messages become searchable', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = await openDB(name, 1, {
      upgrade: (db, oldVersion, newVersion, tx) => void migrate(db as never, oldVersion, newVersion ?? 1, tx as never),
    });
    const c = conversation({ title: 'Old one', messageCount: 1 });
    await v1.put('conversations', c);
    // Version 1 stored messages without a word list.
    await v1.put('messages', message(c.id, 'Written before search existed'));
    v1.close();

    useDatabase(name);
    expect(await listConversations()).toEqual([c]);
    expect((await getMessages(c.id)).map((m) => m.text)).toEqual(['Written before search existed']);
    expect((await searchMessages('search'))[0]?.conversation.id).toBe(c.id);
  });
});

describe('another tab upgrading the database', () => {
  it('closes this tab’s connection and tells it to reload instead of blocking the upgrade', async () => {
    const name = `stale-${Math.random()}`;
    useDatabase(name);
    let stale = 0;
    setDbEvents({ onStale: () => stale++ });
    await createConversation(conversation());
    // A newer version of Sotto opens the same database in another tab.
    const newer = await openDB(name, DB_VERSION + 1, { blocked: () => expect.unreachable('the old connection must give way') });
    expect(stale).toBe(1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    setDbEvents({});
  });
});
