/** Deleting in bulk: Erase everything (crash-safe, with its marker) and the retention period. */
import { conversationRange, db, ERASE_MARKER, setErasingHere, withoutTerms, type AuditRecord } from './connection';
import type { ConversationExport, MessageRecord } from './types';
import { opened, openedAll } from './seal';

/** What an Erase everything that has not finished asked for (it left its marker), or undefined. */
export interface PendingErase {
  at: number;
  alsoModels: boolean;
}

/**
 * Deletes every conversation, message, setting and privacy-log entry, in one transaction that also
 * leaves the erase marker: until `endErase`, nothing is written to the privacy log by any tab, and a
 * start-up that finds the marker finishes the erase (the tab may close before the caches are cleared).
 */
export async function eraseEverything(alsoModels: boolean, now = Date.now()): Promise<void> {
  setErasingHere(true);
  try {
    const tx = (await db()).transaction(['conversations', 'messages', 'settings', 'audit'], 'readwrite');
    await Promise.all([tx.objectStore('conversations').clear(), tx.objectStore('messages').clear(), tx.objectStore('settings').clear(), tx.objectStore('audit').clear()]);
    const marker: PendingErase = { at: now, alsoModels };
    await tx.objectStore('settings').put({ key: ERASE_MARKER, value: marker });
    await tx.done;
  } catch (err) {
    // Nothing was deleted (the transaction is all or nothing): the log may be written again.
    setErasingHere(false);
    throw err;
  }
}

/** The erase that began and has not finished (its marker is still there), if any. */
export async function pendingErase(): Promise<PendingErase | undefined> {
  return (await (await db()).get('settings', ERASE_MARKER))?.value as PendingErase | undefined;
}

/** The erase has finished (everything outside IndexedDB is cleared too): removes its marker. */
export async function endErase(): Promise<void> {
  await (await db()).delete('settings', ERASE_MARKER);
}

/** Conversations whose last activity is before `cutoff` (what a retention period would delete). */
export async function countConversationsBefore(cutoff: number): Promise<number> {
  return (await db()).countFromIndex('conversations', 'by-updated', IDBKeyRange.upperBound(cutoff, true));
}

/** What a retention run deleted: whole conversations (with their log entries), and other log entries. */
export interface RetentionRemoved {
  conversations: Array<ConversationExport & { audit: AuditRecord[] }>;
  /** Entries older than the cutoff whose conversation was kept, or whose conversation was already gone. */
  audit: AuditRecord[];
}

/**
 * Deletes conversations whose last activity is before `cutoff`, with their messages; and the
 * privacy-log entries that are older than `cutoff` or whose conversation is gone. Returns what
 * went, so that it can be undone.
 */
export async function deleteConversationsBefore(cutoff: number): Promise<RetentionRemoved> {
  const tx = (await db()).transaction(['conversations', 'messages', 'audit'], 'readwrite');
  const byConversation = tx.objectStore('messages').index('by-conversation');
  const removed = new Map<string, ConversationExport & { audit: AuditRecord[] }>();
  const others: AuditRecord[] = [];
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
    (removed.get(owner)?.audit ?? others).push(c.value);
    await c.delete();
  }
  await tx.done;
  return {
    conversations: await Promise.all(
      [...removed.values()].map(async (r) => ({ conversation: await opened('conversations', r.conversation), messages: await openedAll('messages', r.messages), audit: await openedAll('audit', r.audit) })),
    ),
    audit: await openedAll('audit', others),
  };
}
