/** The privacy log: one entry per transmission to a cloud endpoint, kept on this device only. */
import { db, DbError, eraseUnderWay, type AuditRecord } from './connection';
import { openedAll, sealed, sealedPatch } from './seal';

/** Adds one entry to the privacy log (not once Erase everything has begun). Returns whether it was written. */
export async function appendAudit(plain: AuditRecord): Promise<boolean> {
  const entry = await sealed('audit', plain);
  const tx = (await db()).transaction(['audit', 'settings'], 'readwrite');
  const erased = await eraseUnderWay(tx.objectStore('settings'));
  if (!erased) await tx.objectStore('audit').add(entry);
  await tx.done;
  return !erased;
}

/** Changes an entry of the privacy log (its outcome); an entry that is gone stays gone. */
export async function updateAudit(id: string, plain: Partial<AuditRecord>): Promise<void> {
  const patch = await sealedPatch('audit', id, plain);
  const tx = (await db()).transaction(['audit', 'settings'], 'readwrite');
  const current = await tx.objectStore('audit').get(id);
  if (current && !(await eraseUnderWay(tx.objectStore('settings')))) await tx.objectStore('audit').put({ ...current, ...patch, id });
  await tx.done;
}

/** Deletes one entry of the privacy log (a request that, after all, was never sent). */
export async function deleteAudit(id: string): Promise<void> {
  await (await db()).delete('audit', id);
}

/** The privacy log, newest first. */
export async function listAudit(): Promise<AuditRecord[]> {
  return openedAll('audit', (await (await db()).getAllFromIndex('audit', 'by-time')).reverse());
}

/** Privacy-log entries written before `cutoff` (what a retention period would delete from the log). */
export async function countAuditBefore(cutoff: number): Promise<number> {
  return (await db()).countFromIndex('audit', 'by-time', IDBKeyRange.upperBound(cutoff, true));
}

/** Puts privacy-log entries back (an Undo of retention), unless Erase everything has begun. */
export async function restoreAudit(plain: readonly AuditRecord[]): Promise<void> {
  const entries = await Promise.all(plain.map((entry) => sealed('audit', entry)));
  const tx = (await db()).transaction(['audit', 'settings'], 'readwrite');
  if (await eraseUnderWay(tx.objectStore('settings'))) {
    await tx.done;
    throw new DbError('EraseInProgress', 'Everything is being erased, so nothing was brought back.');
  }
  for (const entry of entries) if (!(await tx.objectStore('audit').getKey(entry.id))) await tx.objectStore('audit').add(entry);
  await tx.done;
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
