/**
 * What the rest of Sotto uses to keep things on this device: conversations, messages, search,
 * export and settings here; the privacy log (privacy-log.ts) and bulk deletion (erase.ts) beside
 * it, re-exported. Everything lives in one IndexedDB database (connection.ts); nothing is ever sent
 * anywhere from these modules. Verbs, not the handle, are exported.
 */
import { conversationRange, db, DbError, eraseUnderWay, withoutTerms, type AuditRecord, type StoredMessage } from './connection';
import type { ConversationExport, ConversationRecord, MessageRecord } from './types';
import { termsOf } from './terms';
import { opened, openedAll, openedSetting, sealed, sealedPatch, sealedSetting, termsFor } from './seal';
import { currentKeys, isBlindTerm, sealing } from '../vault/cipher';

export { closeDb, DB_NAME, DB_VERSION, DbError, migrate, setDbEvents, useDatabase, type AuditRecord, type DbEvents } from './connection';
export * from './erase';
export * from './privacy-log';
export * from './vault-store';

// ---------------------------------------------------------------- conversations

/** Conversations, most recent first; `limit` for the first screenful. */
export async function listConversations(limit?: number): Promise<ConversationRecord[]> {
  const d = await db();
  if (limit === undefined) return openedAll('conversations', (await d.getAllFromIndex('conversations', 'by-updated')).reverse());
  // Find the limit-th newest time in two steps, then read from there in one request (a cursor
  // stepping through rows costs a round trip per row).
  const index = d.transaction('conversations').store.index('by-updated');
  let cursor = await index.openKeyCursor(null, 'prev');
  if (cursor && limit > 1) cursor = await cursor.advance(limit - 1);
  const rows = cursor ? await index.getAll(IDBKeyRange.lowerBound(cursor.key)) : await index.getAll();
  return openedAll('conversations', rows.reverse().slice(0, limit));
}

export async function countConversations(): Promise<number> {
  return (await db()).count('conversations');
}

export async function getConversation(id: string): Promise<ConversationRecord | undefined> {
  const conversation = await (await db()).get('conversations', id);
  return conversation && opened('conversations', conversation);
}

/** Saves a new conversation. */
export async function createConversation(conversation: ConversationRecord): Promise<void> {
  const record = await sealed('conversations', conversation);
  const tx = (await db()).transaction(['conversations', 'settings'], 'readwrite');
  await refuseWhileErasing(tx.objectStore('settings'), tx.done, 'nothing was saved');
  await tx.objectStore('conversations').add(record);
  await tx.done;
}

/** Renames a conversation; its title is then never replaced automatically. */
export async function renameConversation(id: string, title: string, now = Date.now()): Promise<ConversationRecord | undefined> {
  const patch = await sealedPatch('conversations', id, { title });
  const tx = (await db()).transaction('conversations', 'readwrite');
  const conversation = await tx.store.get(id);
  if (conversation) {
    const renamed = { ...conversation, ...patch, titleEdited: true, updatedAt: now };
    await tx.store.put(renamed);
    await tx.done;
    return opened('conversations', renamed);
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
  if (!conversation) return undefined;
  return { conversation: await opened('conversations', conversation), messages: await openedAll('messages', messages), audit: await openedAll('audit', audit) };
}

/**
 * Writes whole conversations (an undo or an import). A conversation or message that is already
 * here under the same id is left as it is, so importing the same file twice adds nothing.
 * Returns how many conversations and messages were added.
 */
export async function putConversations(plain: Array<ConversationExport & { audit?: AuditRecord[] }>): Promise<{ conversations: number; messages: number }> {
  const items = await Promise.all(plain.map(sealedItem));
  const tx = (await db()).transaction(['conversations', 'messages', 'audit', 'settings'], 'readwrite');
  const conversations = tx.objectStore('conversations');
  const messages = tx.objectStore('messages');
  let added = { conversations: 0, messages: 0 };
  // An Undo clicked while Erase everything runs (here or in another tab) brings nothing back.
  await refuseWhileErasing(tx.objectStore('settings'), tx.done, 'nothing was brought back');
  for (const item of items) {
    // An undo puts the privacy-log entries back with their conversation (an import has none).
    for (const entry of item.audit ?? []) if (!(await tx.objectStore('audit').getKey(entry.id))) await tx.objectStore('audit').add(entry);
    const existing = await conversations.get(item.conversation.id);
    let newMessages = 0;
    for (const message of item.messages) {
      if (await messages.getKey(message.id)) continue;
      await messages.add({ ...message, conversationId: item.conversation.id });
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

/** What is here under the ids one conversation of an import file uses. */
export interface AlreadyHere {
  conversation: ConversationRecord | undefined;
  /** The message here under each of the file's message ids, in the file's order. */
  messages: Array<MessageRecord | undefined>;
}

/**
 * Adds the conversations of an import in one transaction, all or nothing: for each one, `decide`
 * sees what is here under its ids and returns the records to add, under ids that are free (a taken
 * id fails the whole import), or null to add nothing. Nothing here is changed. Returns what was added.
 */
export async function addImported(
  items: readonly ConversationExport[],
  decide: (item: ConversationExport, here: AlreadyHere) => ConversationExport | null,
): Promise<ConversationExport[]> {
  // What is here is read (and, with the vault on, opened) first; the write then checks that none
  // of those ids changed in between, so the decisions still hold.
  const read = (await db()).transaction(['conversations', 'messages']);
  const seen = await Promise.all(
    items.map(async (item) => ({
      conversation: await read.objectStore('conversations').get(item.conversation.id),
      messages: await Promise.all(item.messages.map((m) => read.objectStore('messages').get(m.id))),
    })),
  );
  await read.done;
  const adds: Array<{ plain: ConversationExport; stored: SealedItem }> = [];
  for (const [i, item] of items.entries()) {
    const here = seen[i]!;
    const add = decide(item, {
      conversation: here.conversation && (await opened('conversations', here.conversation)),
      messages: await Promise.all(here.messages.map(async (m) => m && opened('messages', withoutTerms(m)))),
    });
    if (add) adds.push({ plain: add, stored: await sealedItem(add) });
  }
  const tx = (await db()).transaction(['conversations', 'messages', 'settings'], 'readwrite');
  await refuseWhileErasing(tx.objectStore('settings'), tx.done, 'nothing was imported');
  const conversations = tx.objectStore('conversations');
  const messages = tx.objectStore('messages');
  for (const [i, item] of items.entries()) {
    const here = seen[i]!;
    const now = [await conversations.getKey(item.conversation.id), ...(await Promise.all(item.messages.map((m) => messages.getKey(m.id))))];
    const then = [here.conversation?.id, ...here.messages.map((m) => m?.id)];
    if (now.some((key, k) => key !== then[k])) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new DbError('ImportRaced', 'Your conversations changed while the file was being imported (in another tab?). Nothing was imported; import the file again.');
    }
  }
  for (const { stored } of adds) {
    await conversations.add(stored.conversation);
    for (const m of stored.messages) await messages.add(m);
  }
  await tx.done;
  return adds.map((a) => a.plain);
}

interface SealedItem {
  conversation: ConversationRecord;
  messages: StoredMessage[];
  audit?: AuditRecord[];
}

/** A whole conversation as it is written: sealed with the vault on, its messages indexed for search. */
async function sealedItem(item: ConversationExport & { audit?: AuditRecord[] }): Promise<SealedItem> {
  const [conversation, messages, audit] = await Promise.all([
    sealed('conversations', item.conversation),
    Promise.all(item.messages.map(storedMessage)),
    item.audit && Promise.all(item.audit.map((entry) => sealed('audit', entry))),
  ]);
  return { conversation, messages, ...(audit ? { audit } : {}) };
}

/** A message as it is written: its text sealed with the vault on, with its search terms. */
async function storedMessage(message: MessageRecord): Promise<StoredMessage> {
  const [record, terms] = await Promise.all([sealed('messages', message), termsFor(message.text)]);
  return { ...record, terms };
}

// ---------------------------------------------------------------- messages

/** A conversation's messages, oldest first. */
export async function getMessages(conversationId: string): Promise<MessageRecord[]> {
  const stored = await (await db()).getAllFromIndex('messages', 'by-conversation', conversationRange(conversationId));
  return openedAll('messages', stored.map(withoutTerms));
}

/**
 * Adds a message and records the activity on its conversation. The first message the user sends
 * gives an untitled conversation its title.
 */
export async function appendMessage(message: MessageRecord, title?: string): Promise<ConversationRecord> {
  const [stored, titled] = await Promise.all([storedMessage(message), title ? sealedPatch('conversations', message.conversationId, { title }) : undefined]);
  const tx = (await db()).transaction(['conversations', 'messages'], 'readwrite');
  const conversations = tx.objectStore('conversations');
  const conversation = await conversations.get(message.conversationId);
  if (!conversation) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new DbError('NotFoundError', 'This conversation was deleted (perhaps in another tab).');
  }
  await tx.objectStore('messages').add(stored);
  const updated: ConversationRecord = {
    ...conversation,
    updatedAt: Math.max(conversation.updatedAt, message.updatedAt),
    messageCount: conversation.messageCount + 1,
    ...(titled && !conversation.titleEdited && conversation.messageCount === 0 ? titled : {}),
  };
  await conversations.put(updated);
  await tx.done;
  return opened('conversations', updated);
}

/** Changes a message (a reply as it streams, or how it ended). */
export async function updateMessage(
  id: string,
  patch: Partial<Pick<MessageRecord, 'text' | 'status' | 'stats' | 'note' | 'updatedAt'>>,
): Promise<MessageRecord | undefined> {
  const [sealedText, terms] = await Promise.all([sealedPatch('messages', id, patch), patch.text === undefined ? undefined : termsFor(patch.text)]);
  const tx = (await db()).transaction(['conversations', 'messages'], 'readwrite');
  const messages = tx.objectStore('messages');
  const current = await messages.get(id);
  if (!current) {
    await tx.done;
    return undefined;
  }
  const next: StoredMessage = { ...current, ...sealedText, ...(terms ? { terms } : {}) };
  await messages.put(next);
  const conversations = tx.objectStore('conversations');
  const conversation = await conversations.get(current.conversationId);
  if (conversation && next.updatedAt > conversation.updatedAt) await conversations.put({ ...conversation, updatedAt: next.updatedAt });
  await tx.done;
  return opened('messages', withoutTerms(next));
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
  return opened('conversations', next);
}

/** Sets (or, with an empty text, clears) a conversation's own instructions. */
export async function setInstructions(conversationId: string, instructions: string, now = Date.now()): Promise<ConversationRecord | undefined> {
  const patch = instructions ? await sealedPatch('conversations', conversationId, { instructions }) : {};
  const tx = (await db()).transaction('conversations', 'readwrite');
  const conversation = await tx.store.get(conversationId);
  if (!conversation) {
    await tx.done;
    return undefined;
  }
  const { instructions: _old, ...rest } = conversation;
  const next: ConversationRecord = { ...rest, ...patch, updatedAt: Math.max(now, conversation.updatedAt) };
  await tx.store.put(next);
  await tx.done;
  return opened('conversations', next);
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
  return { removed: await openedAll('messages', removed), parents, ...(updated ? { conversation: await opened('conversations', updated) } : {}) };
}

/** Puts deleted messages back and restores the parents they had (the undo of `removeMessages`). */
export async function restoreMessages(conversationId: string, plain: readonly MessageRecord[], parents: ReadonlyMap<string, string | null | undefined>): Promise<ConversationRecord | undefined> {
  const removed = await Promise.all(plain.map(storedMessage));
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
    await messages.add(message);
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
  return opened('conversations', updated);
}

/** Messages marked as streaming, in every conversation (for crash recovery at start-up). */
export async function streamingMessages(): Promise<MessageRecord[]> {
  return openedAll('messages', (await (await db()).getAllFromIndex('messages', 'by-status', 'streaming')).map(withoutTerms));
}

// ---------------------------------------------------------------- search

export interface SearchHit {
  message: MessageRecord;
  conversation: ConversationRecord;
}

/**
 * Finds messages that contain every word of the query (a word matches the start of a word in the
 * message), newest first. Uses the word index: it never reads every message. With the vault on, the
 * index is blind (keyed hashes of word prefixes): its candidates are opened and checked against
 * the words themselves.
 */
export async function searchMessages(query: string, limit = 50): Promise<SearchHit[]> {
  const words = termsOf(query);
  if (words.length === 0) return [];
  // The longest word is the most selective; the others are checked on the candidates.
  const [lead, ...rest] = [...words].sort((a, b) => b.length - a.length) as [string, ...string[]];
  const blind = currentKeys() ? await (await sealing()).blindQueryTerms([lead, ...rest]) : null;
  const tx = (await db()).transaction('messages');
  const index = tx.store.index('by-term');
  const CANDIDATES = 2000;
  const [plainRows, blindRows] = await Promise.all([index.getAll(IDBKeyRange.bound(lead, `${lead}\uffff`), CANDIDATES), blind ? index.getAll(blind[0], CANDIDATES) : []]);
  await tx.done;
  const seen = new Set<string>();
  const matches: StoredMessage[] = [];
  for (const message of [...plainRows, ...blindRows]) {
    if (seen.has(message.id)) continue;
    seen.add(message.id);
    const isBlind = message.terms.some(isBlindTerm);
    if (isBlind ? blind!.slice(1).every((b) => message.terms.includes(b)) : rest.every((w) => message.terms.some((t) => t.startsWith(w)))) matches.push(message);
  }
  matches.sort((a, b) => b.createdAt - a.createdAt);
  const hits: SearchHit[] = [];
  for (let from = 0; from < matches.length && hits.length < limit; from += limit) {
    const batch = await Promise.all(
      matches.slice(from, from + limit).map(async (stored) => {
        const message = await opened('messages', withoutTerms(stored));
        // A blind term stands for a prefix of at most six letters: the words themselves decide.
        if (stored.terms.some(isBlindTerm) && !containsAll(message.text, words)) return null;
        const conversation = await getConversation(message.conversationId);
        return conversation ? { message, conversation } : null;
      }),
    );
    for (const hit of batch) if (hit && hits.length < limit) hits.push(hit);
  }
  return hits;
}

function containsAll(text: string, words: readonly string[]): boolean {
  const terms = termsOf(text);
  return words.every((w) => terms.some((t) => t.startsWith(w)));
}

// ---------------------------------------------------------------- export

/** Every conversation with its messages, for an export. */
export async function exportConversations(ids?: string[]): Promise<ConversationExport[]> {
  const conversations = ids
    ? (await Promise.all(ids.map((id) => getConversation(id)))).filter((c): c is ConversationRecord => !!c)
    : await listConversations();
  const out: ConversationExport[] = [];
  for (const conversation of conversations) out.push({ conversation, messages: await getMessages(conversation.id) });
  return out;
}

// ---------------------------------------------------------------- settings

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return openedSetting<T | undefined>(key, (await (await db()).get('settings', key))?.value);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  const stored = await sealedSetting(key, value);
  await (await db()).put('settings', { key, value: stored });
}

/**
 * Throws (writing nothing) when Erase everything is under way, here or in another tab: a write that
 * would outlive the erase. Checked inside the writing transaction, which IndexedDB orders after the
 * erase's own.
 */
async function refuseWhileErasing(settings: Parameters<typeof eraseUnderWay>[0], done: Promise<void>, what: string): Promise<void> {
  if (!(await eraseUnderWay(settings))) return;
  await done;
  throw new DbError('EraseInProgress', `Everything is being erased, so ${what}.`);
}
