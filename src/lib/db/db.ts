/**
 * The only module that touches IndexedDB. Everything Sotto keeps lives here, in one database on
 * this device; nothing is ever sent anywhere from this module. Verbs, not the handle, are exported.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ConversationExport, ConversationRecord, MessageRecord } from './types';
import { termsOf } from './terms';

export const DB_NAME = 'sotto';
/** v1: conversations, messages, settings. v2: indexes for search and for replies still streaming; the privacy log. */
export const DB_VERSION = 2;

/** A stored message carries the words it contains, for the search index. */
type StoredMessage = MessageRecord & { terms: string[] };

/** One transmission to a cloud endpoint, kept on the device (filled by the cloud tier). */
export interface AuditRecord {
  id: string;
  at: number;
  /** How many identifiers were replaced by placeholders. */
  identifiersMasked?: number;
  /** How many of those the user masked by hand ("Mask this"); absent in entries written before it existed. */
  maskedByHand?: number;
  [field: string]: unknown;
}

interface SottoDB extends DBSchema {
  conversations: { key: string; value: ConversationRecord; indexes: { 'by-updated': number } };
  messages: { key: string; value: StoredMessage; indexes: { 'by-conversation': [string, number]; 'by-term': string; 'by-status': string } };
  settings: { key: string; value: { key: string; value: unknown } };
  audit: { key: string; value: AuditRecord; indexes: { 'by-time': number } };
}

type Db = IDBPDatabase<SottoDB>;

/** Set once Erase everything has begun (in this tab or another): nothing more goes into the privacy log. */
let erasing = false;
type UpgradeTx = IDBPTransaction<SottoDB, StoreNames<SottoDB>[], 'versionchange'>;

/**
 * The migration ladder: each step takes the database from one version to the next and never
 * loses data. Exported so a test can build a database as an older version left it.
 */
export async function migrate(db: Db, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1 && newVersion >= 1) {
    const conversations = db.createObjectStore('conversations', { keyPath: 'id' });
    conversations.createIndex('by-updated', 'updatedAt');
    const messages = db.createObjectStore('messages', { keyPath: 'id' });
    messages.createIndex('by-conversation', ['conversationId', 'createdAt']);
    db.createObjectStore('settings', { keyPath: 'key' });
  }
  if (oldVersion < 2 && newVersion >= 2) {
    const messages = tx.objectStore('messages');
    messages.createIndex('by-term', 'terms', { multiEntry: true });
    messages.createIndex('by-status', 'status');
    db.createObjectStore('audit', { keyPath: 'id' }).createIndex('by-time', 'at');
    // Index the words of every message written before search existed.
    for (let cursor = await messages.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update({ ...cursor.value, terms: termsOf(cursor.value.text) });
    }
  }
}

export interface DbEvents {
  /** Another tab needs a newer database version: this tab's connection was closed. */
  onStale?: () => void;
  /** An older tab keeps the database open, so this tab's upgrade waits. */
  onBlocked?: () => void;
}

let events: DbEvents = {};
let connection: Promise<Db> | null = null;
let dbName = DB_NAME;

/** Sets what happens when another tab upgrades the database or blocks our upgrade. */
export function setDbEvents(handlers: DbEvents): void {
  events = handlers;
}

/** For tests: use another database name (and forget the open connection). */
export function useDatabase(name: string): void {
  closeDb();
  dbName = name;
  erasing = false;
}

/** Closes the connection; the next verb opens it again. */
export function closeDb(): void {
  const open = connection;
  connection = null;
  void open?.then((db) => db.close()).catch(() => undefined);
}

function db(): Promise<Db> {
  connection ??= openDB<SottoDB>(dbName, DB_VERSION, {
    upgrade: (database, oldVersion, newVersion, tx) => {
      // The version change commits only when every step's requests are done; a failed step aborts it.
      migrate(database, oldVersion, newVersion ?? DB_VERSION, tx).catch((err: unknown) => {
        console.error('Sotto: database upgrade failed', err);
        tx.abort();
      });
    },
    blocked: () => events.onBlocked?.(),
    blocking: () => {
      // Let the other tab upgrade; this tab must reload to use the new version.
      closeDb();
      events.onStale?.();
    },
    terminated: () => {
      connection = null;
    },
  }).catch((err: unknown) => {
    connection = null;
    throw err;
  });
  return connection;
}

// ---------------------------------------------------------------- conversations

/** Conversations, most recent first; `limit` for the first screenful. */
export async function listConversations(limit?: number): Promise<ConversationRecord[]> {
  const d = await db();
  if (limit === undefined) return (await d.getAllFromIndex('conversations', 'by-updated')).reverse();
  // Find the limit-th newest time in two steps, then read from there in one request (a cursor
  // stepping through rows costs a round trip per row).
  const index = d.transaction('conversations').store.index('by-updated');
  let cursor = await index.openKeyCursor(null, 'prev');
  if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
  const rows = cursor ? await index.getAll(IDBKeyRange.lowerBound(cursor.key)) : await index.getAll();
  return rows.reverse().slice(0, limit);
}

export async function countConversations(): Promise<number> {
  return (await db()).count('conversations');
}

export async function getConversation(id: string): Promise<ConversationRecord | undefined> {
  return (await db()).get('conversations', id);
}

/** Saves a new conversation. */
export async function createConversation(conversation: ConversationRecord): Promise<void> {
  await (await db()).add('conversations', conversation);
}

/** Renames a conversation; its title is then never replaced automatically. */
export async function renameConversation(id: string, title: string, now = Date.now()): Promise<ConversationRecord | undefined> {
  const tx = (await db()).transaction('conversations', 'readwrite');
  const conversation = await tx.store.get(id);
  if (conversation) {
    const renamed = { ...conversation, title, titleEdited: true, updatedAt: now };
    await tx.store.put(renamed);
    await tx.done;
    return renamed;
  }
  await tx.done;
  return undefined;
}

/**
 * Deletes a conversation, its messages and its privacy-log entries (which hold the exact text
 * sent); returns them all so the deletion can be undone.
 */
export async function deleteConversation(id: string): Promise<(ConversationExport & { audit: AuditRecord[] }) | undefined> {
  const tx = (await db()).transaction(['conversations', 'messages', 'audit'], 'readwrite');
  const conversation = await tx.objectStore('conversations').get(id);
  const messages: MessageRecord[] = [];
  const byConversation = tx.objectStore('messages').index('by-conversation');
  for (let c = await byConversation.openCursor(conversationRange(id)); c; c = await c.continue()) {
    messages.push(withoutTerms(c.value));
    await c.delete();
  }
  const audit: AuditRecord[] = [];
  for (let c = await tx.objectStore('audit').openCursor(); c; c = await c.continue()) {
    if (c.value.conversationId !== id) continue;
    audit.push(c.value);
    await c.delete();
  }
  await tx.objectStore('conversations').delete(id);
  await tx.done;
  return conversation ? { conversation, messages, audit } : undefined;
}

/**
 * Writes whole conversations (an undo or an import). A conversation or message that is already
 * here under the same id is left as it is, so importing the same file twice adds nothing.
 * Returns how many conversations and messages were added.
 */
export async function putConversations(items: Array<ConversationExport & { audit?: AuditRecord[] }>): Promise<{ conversations: number; messages: number }> {
  const tx = (await db()).transaction(['conversations', 'messages', 'audit'], 'readwrite');
  const conversations = tx.objectStore('conversations');
  const messages = tx.objectStore('messages');
  let added = { conversations: 0, messages: 0 };
  for (const item of items) {
    // An undo puts the privacy-log entries back with their conversation (an import has none).
    for (const entry of item.audit ?? []) if (!(await tx.objectStore('audit').getKey(entry.id))) await tx.objectStore('audit').add(entry);
    const existing = await conversations.get(item.conversation.id);
    let newMessages = 0;
    for (const message of item.messages) {
      if (await messages.getKey(message.id)) continue;
      await messages.add({ ...message, conversationId: item.conversation.id, terms: termsOf(message.text) });
      newMessages++;
    }
    if (!existing) {
      await conversations.add({ ...item.conversation, messageCount: item.messages.length });
      added = { conversations: added.conversations + 1, messages: added.messages + newMessages };
    } else if (newMessages > 0) {
      const updatedAt = Math.max(existing.updatedAt, item.conversation.updatedAt);
      await conversations.put({ ...existing, updatedAt, messageCount: existing.messageCount + newMessages });
      added = { ...added, messages: added.messages + newMessages };
    }
  }
  await tx.done;
  return added;
}

/**
 * Writes the conversations of an import file. A conversation already here with every message the
 * same is left as it is; one whose id is here with other content, or whose message ids are taken,
 * is added as a separate conversation with new ids, so nothing here is changed or appended to.
 * Every message is marked as imported. Returns what was added.
 */
export async function importConversations(items: ConversationExport[]): Promise<{ conversations: number; messages: number; copies: number }> {
  const tx = (await db()).transaction(['conversations', 'messages'], 'readwrite');
  const conversations = tx.objectStore('conversations');
  const messages = tx.objectStore('messages');
  const added = { conversations: 0, messages: 0, copies: 0 };
  for (const item of items) {
    const existing = await conversations.get(item.conversation.id);
    const stored = await Promise.all(item.messages.map((m) => messages.get(m.id)));
    const same = stored.every((s, i) => s !== undefined && sameMessage(withoutTerms(s), item.messages[i]!, item.conversation.id));
    if (existing && same) continue;
    const clash = existing !== undefined || stored.some((s) => s !== undefined);
    const ids = new Map<string, string>();
    const id = (old: string) => (clash ? (ids.get(old) ?? ids.set(old, crypto.randomUUID()).get(old)!) : old);
    const conversationId = id(item.conversation.id);
    const { leafId, ...conversation } = item.conversation;
    await conversations.add({
      ...conversation,
      id: conversationId,
      ...(clash ? { title: `${conversation.title} (imported copy)` } : {}),
      ...(leafId !== undefined ? { leafId: id(leafId) } : {}),
      messageCount: item.messages.length,
    });
    for (const m of item.messages) {
      const copy: MessageRecord = { ...m, id: id(m.id), conversationId, imported: true, ...(m.parentId ? { parentId: id(m.parentId) } : {}) };
      await messages.add({ ...copy, terms: termsOf(copy.text) });
    }
    added.conversations++;
    added.messages += item.messages.length;
    if (clash) added.copies++;
  }
  await tx.done;
  return added;
}

/** Whether a stored message is the imported one, byte for byte (what an export of it would write). */
function sameMessage(stored: MessageRecord, imported: MessageRecord, conversationId: string): boolean {
  const { imported: _a, ...a } = stored;
  const { imported: _b, ...b } = { ...imported, conversationId };
  return JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());
}

// ---------------------------------------------------------------- messages

/** A conversation's messages, oldest first. */
export async function getMessages(conversationId: string): Promise<MessageRecord[]> {
  const stored = await (await db()).getAllFromIndex('messages', 'by-conversation', conversationRange(conversationId));
  return stored.map(withoutTerms);
}

/**
 * Adds a message and records the activity on its conversation. The first message the user sends
 * gives an untitled conversation its title.
 */
export async function appendMessage(message: MessageRecord, title?: string): Promise<ConversationRecord> {
  const tx = (await db()).transaction(['conversations', 'messages'], 'readwrite');
  const conversations = tx.objectStore('conversations');
  const conversation = await conversations.get(message.conversationId);
  if (!conversation) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new DbError('NotFoundError', 'This conversation was deleted (perhaps in another tab).');
  }
  await tx.objectStore('messages').add({ ...message, terms: termsOf(message.text) });
  const updated: ConversationRecord = {
    ...conversation,
    updatedAt: Math.max(conversation.updatedAt, message.updatedAt),
    messageCount: conversation.messageCount + 1,
    ...(title && !conversation.titleEdited && conversation.messageCount === 0 ? { title } : {}),
  };
  await conversations.put(updated);
  await tx.done;
  return updated;
}

/** Changes a message (a reply as it streams, or how it ended). */
export async function updateMessage(
  id: string,
  patch: Partial<Pick<MessageRecord, 'text' | 'status' | 'stats' | 'note' | 'updatedAt'>>,
): Promise<MessageRecord | undefined> {
  const tx = (await db()).transaction(['conversations', 'messages'], 'readwrite');
  const messages = tx.objectStore('messages');
  const current = await messages.get(id);
  if (!current) {
    await tx.done;
    return undefined;
  }
  const next: StoredMessage = { ...current, ...patch };
  if (patch.text !== undefined && patch.text !== current.text) next.terms = termsOf(patch.text);
  await messages.put(next);
  const conversations = tx.objectStore('conversations');
  const conversation = await conversations.get(current.conversationId);
  if (conversation && next.updatedAt > conversation.updatedAt) await conversations.put({ ...conversation, updatedAt: next.updatedAt });
  await tx.done;
  return withoutTerms(next);
}

/** Writes the tree links of a conversation's messages (ids absent from `parents` keep theirs). */
export async function setParents(parents: ReadonlyMap<string, string | null>): Promise<void> {
  if (parents.size === 0) return;
  const tx = (await db()).transaction('messages', 'readwrite');
  for (const [id, parentId] of parents) {
    const current = await tx.store.get(id);
    if (current && current.parentId !== parentId) await tx.store.put({ ...current, parentId });
  }
  await tx.done;
}

/** Remembers which line of versions a conversation shows. */
export async function setLeaf(conversationId: string, leafId: string | undefined): Promise<ConversationRecord | undefined> {
  const tx = (await db()).transaction('conversations', 'readwrite');
  const conversation = await tx.store.get(conversationId);
  if (!conversation) {
    await tx.done;
    return undefined;
  }
  const { leafId: _old, ...rest } = conversation;
  const next: ConversationRecord = leafId ? { ...rest, leafId } : rest;
  await tx.store.put(next);
  await tx.done;
  return next;
}

/** Sets (or, with an empty text, clears) a conversation's own instructions. */
export async function setInstructions(conversationId: string, instructions: string, now = Date.now()): Promise<ConversationRecord | undefined> {
  const tx = (await db()).transaction('conversations', 'readwrite');
  const conversation = await tx.store.get(conversationId);
  if (!conversation) {
    await tx.done;
    return undefined;
  }
  const { instructions: _old, ...rest } = conversation;
  const next: ConversationRecord = { ...rest, ...(instructions ? { instructions } : {}), updatedAt: Math.max(now, conversation.updatedAt) };
  await tx.store.put(next);
  await tx.done;
  return next;
}

/**
 * Deletes messages of one conversation, and gives the messages that followed them a new parent,
 * in one transaction. Returns what was deleted and the old parents, so the deletion can be undone.
 */
export async function removeMessages(
  conversationId: string,
  ids: readonly string[],
  reparent: ReadonlyMap<string, string | null>,
): Promise<{ removed: MessageRecord[]; parents: Map<string, string | null | undefined>; conversation?: ConversationRecord }> {
  const tx = (await db()).transaction(['conversations', 'messages'], 'readwrite');
  const messages = tx.objectStore('messages');
  const removed: MessageRecord[] = [];
  for (const id of ids) {
    const current = await messages.get(id);
    if (!current || current.conversationId !== conversationId) continue;
    removed.push(withoutTerms(current));
    await messages.delete(id);
  }
  const parents = new Map<string, string | null | undefined>();
  for (const [id, parentId] of reparent) {
    const current = await messages.get(id);
    if (!current) continue;
    parents.set(id, current.parentId);
    await messages.put({ ...current, parentId });
  }
  const conversations = tx.objectStore('conversations');
  const conversation = await conversations.get(conversationId);
  let updated: ConversationRecord | undefined;
  if (conversation) {
    const { leafId, ...rest } = conversation;
    updated = { ...rest, ...(leafId && !ids.includes(leafId) ? { leafId } : {}), messageCount: Math.max(0, conversation.messageCount - removed.length) };
    await conversations.put(updated);
  }
  await tx.done;
  return { removed, parents, ...(updated ? { conversation: updated } : {}) };
}

/** Puts deleted messages back and restores the parents they had (the undo of `removeMessages`). */
export async function restoreMessages(conversationId: string, removed: readonly MessageRecord[], parents: ReadonlyMap<string, string | null | undefined>): Promise<ConversationRecord | undefined> {
  const tx = (await db()).transaction(['conversations', 'messages'], 'readwrite');
  const conversations = tx.objectStore('conversations');
  const conversation = await conversations.get(conversationId);
  // The conversation itself was deleted since: there is nothing to put the messages back into.
  if (!conversation) {
    await tx.done;
    return undefined;
  }
  const messages = tx.objectStore('messages');
  let added = 0;
  for (const message of removed) {
    if (await messages.getKey(message.id)) continue;
    await messages.add({ ...message, terms: termsOf(message.text) });
    added++;
  }
  for (const [id, parentId] of parents) {
    const current = await messages.get(id);
    if (!current) continue;
    const { parentId: _now, ...rest } = current;
    await messages.put(parentId === undefined ? rest : { ...rest, parentId });
  }
  const updated = { ...conversation, messageCount: conversation.messageCount + added };
  await conversations.put(updated);
  await tx.done;
  return updated;
}

/** Messages marked as streaming, in every conversation (for crash recovery at start-up). */
export async function streamingMessages(): Promise<MessageRecord[]> {
  return (await (await db()).getAllFromIndex('messages', 'by-status', 'streaming')).map(withoutTerms);
}

// ---------------------------------------------------------------- search

export interface SearchHit {
  message: MessageRecord;
  conversation: ConversationRecord;
}

/**
 * Finds messages that contain every word of the query (a word matches the start of a word in the
 * message), newest first. Uses the word index: it never reads every message.
 */
export async function searchMessages(query: string, limit = 50): Promise<SearchHit[]> {
  const words = termsOf(query);
  if (words.length === 0) return [];
  // The longest word is the most selective; the others are checked on the candidates.
  const [lead, ...rest] = [...words].sort((a, b) => b.length - a.length) as [string, ...string[]];
  const tx = (await db()).transaction(['messages', 'conversations']);
  const index = tx.objectStore('messages').index('by-term');
  const seen = new Set<string>();
  const matches: StoredMessage[] = [];
  const CANDIDATES = 2000;
  for (const message of await index.getAll(IDBKeyRange.bound(lead, `${lead}\uffff`), CANDIDATES)) {
    if (seen.has(message.id)) continue;
    seen.add(message.id);
    if (rest.every((w) => message.terms.some((t) => t.startsWith(w)))) matches.push(message);
  }
  matches.sort((a, b) => b.createdAt - a.createdAt);
  const conversations = tx.objectStore('conversations');
  const hits: SearchHit[] = [];
  for (const message of matches.slice(0, limit)) {
    const conversation = await conversations.get(message.conversationId);
    if (conversation) hits.push({ message: withoutTerms(message), conversation });
  }
  await tx.done;
  return hits;
}

// ---------------------------------------------------------------- export, erase, retention

/** Every conversation with its messages, for an export. */
export async function exportConversations(ids?: string[]): Promise<ConversationExport[]> {
  const d = await db();
  const conversations = ids
    ? (await Promise.all(ids.map((id) => d.get('conversations', id)))).filter((c): c is ConversationRecord => !!c)
    : await listConversations();
  const out: ConversationExport[] = [];
  for (const conversation of conversations) out.push({ conversation, messages: await getMessages(conversation.id) });
  return out;
}

/** Erase everything has begun (in this tab or another): from now on nothing is written to the privacy log. */
export function beginErase(): void {
  erasing = true;
}

/** Deletes every conversation, message, setting and privacy-log entry. */
export async function eraseEverything(): Promise<void> {
  erasing = true;
  const tx = (await db()).transaction(['conversations', 'messages', 'settings', 'audit'], 'readwrite');
  await Promise.all([tx.objectStore('conversations').clear(), tx.objectStore('messages').clear(), tx.objectStore('settings').clear(), tx.objectStore('audit').clear()]);
  await tx.done;
}

/** Conversations whose last activity is before `cutoff` (what a retention period would delete). */
export async function countConversationsBefore(cutoff: number): Promise<number> {
  return (await db()).countFromIndex('conversations', 'by-updated', IDBKeyRange.upperBound(cutoff, true));
}

/**
 * Deletes conversations whose last activity is before `cutoff`, with their messages; and the
 * privacy-log entries that are older than `cutoff` or whose conversation is gone. Returns what
 * went, so that it can be undone.
 */
export async function deleteConversationsBefore(cutoff: number): Promise<Array<ConversationExport & { audit: AuditRecord[] }>> {
  const tx = (await db()).transaction(['conversations', 'messages', 'audit'], 'readwrite');
  const byConversation = tx.objectStore('messages').index('by-conversation');
  const removed = new Map<string, ConversationExport & { audit: AuditRecord[] }>();
  const old = tx.objectStore('conversations').index('by-updated');
  for (let c = await old.openCursor(IDBKeyRange.upperBound(cutoff, true)); c; c = await c.continue()) {
    const messages: MessageRecord[] = [];
    for (let m = await byConversation.openCursor(conversationRange(c.value.id)); m; m = await m.continue()) {
      messages.push(withoutTerms(m.value));
      await m.delete();
    }
    removed.set(c.value.id, { conversation: c.value, messages, audit: [] });
    await c.delete();
  }
  const conversations = tx.objectStore('conversations');
  for (let c = await tx.objectStore('audit').openCursor(); c; c = await c.continue()) {
    const owner = typeof c.value.conversationId === 'string' ? c.value.conversationId : '';
    const orphan = !owner || !(await conversations.getKey(owner));
    if (c.value.at >= cutoff && !orphan) continue;
    removed.get(owner)?.audit.push(c.value);
    await c.delete();
  }
  await tx.done;
  return [...removed.values()];
}

/** Deletes privacy-log entries whose conversation is gone; returns how many. */
export async function pruneAudit(): Promise<number> {
  const tx = (await db()).transaction(['conversations', 'audit'], 'readwrite');
  let count = 0;
  for (let c = await tx.objectStore('audit').openCursor(); c; c = await c.continue()) {
    const owner = c.value.conversationId;
    if (typeof owner === 'string' && (await tx.objectStore('conversations').getKey(owner))) continue;
    await c.delete();
    count++;
  }
  await tx.done;
  return count;
}

// ---------------------------------------------------------------- settings and the privacy log

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await (await db()).get('settings', key))?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await (await db()).put('settings', { key, value });
}

/** Adds one entry to the privacy log (not once Erase everything has begun). Returns whether it was written. */
export async function appendAudit(entry: AuditRecord): Promise<boolean> {
  if (erasing) return false;
  await (await db()).add('audit', entry);
  return true;
}

/** Changes an entry of the privacy log (its outcome); an entry that is gone stays gone. */
export async function updateAudit(id: string, patch: Partial<AuditRecord>): Promise<void> {
  if (erasing) return;
  const tx = (await db()).transaction('audit', 'readwrite');
  const current = await tx.store.get(id);
  if (current) await tx.store.put({ ...current, ...patch, id });
  await tx.done;
}

/** Deletes one entry of the privacy log (a request that, after all, was never sent). */
export async function deleteAudit(id: string): Promise<void> {
  await (await db()).delete('audit', id);
}

/** The privacy log, newest first. */
export async function listAudit(): Promise<AuditRecord[]> {
  return (await (await db()).getAllFromIndex('audit', 'by-time')).reverse();
}

// ---------------------------------------------------------------- helpers

/** A failure of this module that the user can act on. */
export class DbError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

function conversationRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
}

function withoutTerms(stored: StoredMessage): MessageRecord {
  const { terms: _terms, ...message } = stored;
  return message;
}
