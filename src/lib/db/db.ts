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

/** Deletes a conversation and its messages; returns them so the deletion can be undone. */
export async function deleteConversation(id: string): Promise<ConversationExport | undefined> {
  const tx = (await db()).transaction(['conversations', 'messages'], 'readwrite');
  const conversation = await tx.objectStore('conversations').get(id);
  const messages: MessageRecord[] = [];
  const byConversation = tx.objectStore('messages').index('by-conversation');
  for (let c = await byConversation.openCursor(conversationRange(id)); c; c = await c.continue()) {
    messages.push(withoutTerms(c.value));
    await c.delete();
  }
  await tx.objectStore('conversations').delete(id);
  await tx.done;
  return conversation ? { conversation, messages } : undefined;
}

/**
 * Writes whole conversations (an undo or an import). A conversation or message that is already
 * here under the same id is left as it is, so importing the same file twice adds nothing.
 * Returns how many conversations and messages were added.
 */
export async function putConversations(items: ConversationExport[]): Promise<{ conversations: number; messages: number }> {
  const tx = (await db()).transaction(['conversations', 'messages'], 'readwrite');
  const conversations = tx.objectStore('conversations');
  const messages = tx.objectStore('messages');
  let added = { conversations: 0, messages: 0 };
  for (const item of items) {
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

/** Deletes every conversation, message, setting and privacy-log entry. */
export async function eraseEverything(): Promise<void> {
  const tx = (await db()).transaction(['conversations', 'messages', 'settings', 'audit'], 'readwrite');
  await Promise.all([tx.objectStore('conversations').clear(), tx.objectStore('messages').clear(), tx.objectStore('settings').clear(), tx.objectStore('audit').clear()]);
  await tx.done;
}

/** Deletes conversations whose last activity is before `cutoff`; returns how many went. */
export async function deleteConversationsBefore(cutoff: number): Promise<number> {
  const tx = (await db()).transaction(['conversations', 'messages'], 'readwrite');
  const byConversation = tx.objectStore('messages').index('by-conversation');
  let count = 0;
  const old = tx.objectStore('conversations').index('by-updated');
  for (let c = await old.openCursor(IDBKeyRange.upperBound(cutoff, true)); c; c = await c.continue()) {
    for (let m = await byConversation.openCursor(conversationRange(c.value.id)); m; m = await m.continue()) await m.delete();
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

/** Adds one entry to the privacy log. */
export async function appendAudit(entry: AuditRecord): Promise<void> {
  await (await db()).add('audit', entry);
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
