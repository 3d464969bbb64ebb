/**
 * Turning the vault on seals everything in place; turning it off opens everything. Both go in
 * batches, each batch in a transaction of its own, so a tab closed midway leaves every record
 * whole, sealed or not, and the next unlock carries on. Loaded only when the vault is turned on or
 * off (or a migration resumes).
 */
import { db, type StoredMessage } from './connection';
import { SEALED_FIELDS, SEALED_SETTINGS, sealed, opened, sealedSetting, openedSetting, type Store } from './seal';
import { termsOf } from './terms';
import { isBlindTerm, isOldBlindTerm, isSealed } from '../vault/cipher';
import { blindTermsOf } from '../vault/sealing';

export interface Progress {
  done: number;
  total: number;
}

const STORES: readonly Store[] = ['conversations', 'messages', 'audit'];
/** Records per transaction: fewer commits, and a save waits at most one batch (well under a second). */
const BATCH = 500;

type Row = { id: string } & Record<string, unknown>;

/** Whether a record still holds words in the clear (or, for a message, a plain search index, or a blind one made the old way). */
function needsSealing(store: Store, row: Row): boolean {
  if (SEALED_FIELDS[store].some((f) => row[f] !== undefined && !isSealed(row[f]))) return true;
  return store === 'messages' && (row as unknown as StoredMessage).terms.some((t) => !isBlindTerm(t) || isOldBlindTerm(t));
}

function needsOpening(store: Store, row: Row): boolean {
  if (SEALED_FIELDS[store].some((f) => isSealed(row[f]))) return true;
  return store === 'messages' && (row as unknown as StoredMessage).terms.some(isBlindTerm);
}

/** Seals every record still in the clear (and makes old blind indexes again); the keys must be in use, sealing writes. */
export function sealEverything(onProgress: (p: Progress) => void): Promise<void> {
  return migrate(needsSealing, async (store, row) => {
    const next = await sealed(store, row);
    if (store === 'messages') next.terms = await blindTermsOf(typeof row.text === 'string' ? row.text : ((await opened('messages', row)).text as string));
    return next;
  }, onProgress);
}

/** Opens every sealed record; the keys must be in use, not sealing writes. */
export function openEverything(onProgress: (p: Progress) => void): Promise<void> {
  return migrate(needsOpening, async (store, row) => {
    const next = await opened(store, row);
    if (store === 'messages') next.terms = termsOf(next.text as string);
    return next;
  }, onProgress);
}

async function migrate(needs: (store: Store, row: Row) => boolean, convert: (store: Store, row: Row) => Promise<Row>, onProgress: (p: Progress) => void): Promise<void> {
  const d = await db();
  const counts = await Promise.all(STORES.map((s) => d.count(s)));
  const progress = { done: 0, total: counts.reduce((a, b) => a + b, 0) };
  onProgress({ ...progress });
  for (const store of STORES) {
    let after: string | undefined;
    for (;;) {
      const rows = (await d.getAll(store, after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), BATCH)) as unknown as Row[];
      if (rows.length === 0) break;
      after = rows.at(-1)!.id;
      const work = rows.filter((row) => needs(store, row));
      const converted = await Promise.all(work.map(async (row) => ({ before: row, after: await convert(store, row) })));
      const tx = d.transaction(store, 'readwrite');
      // Requests are issued together: one at a time, each would wait a round trip.
      const currents = (await Promise.all(converted.map(({ before }) => tx.store.get(before.id)))) as unknown as Array<Row | undefined>;
      const writes = converted.flatMap(({ before, after: next }, i) => {
        const current = currents[i];
        // Changed since it was read (a reply still streaming): its writer wrote it as it should be.
        if (!current || !SEALED_FIELDS[store].every((f) => current[f] === before[f] || sameSealed(current[f], before[f]))) return [];
        return [tx.store.put({ ...current, ...pick(next, [...SEALED_FIELDS[store], 'terms']) } as never)];
      });
      await Promise.all([...writes, tx.done]);
      progress.done += rows.length;
      onProgress({ ...progress });
    }
  }
  for (const key of SEALED_SETTINGS) {
    const row = await d.get('settings', key);
    if (row === undefined || row.value === undefined || row.value === null) continue;
    const plain = await openedSetting(key, row.value);
    await d.put('settings', { key, value: await sealedSetting(key, plain) });
  }
}

function sameSealed(a: unknown, b: unknown): boolean {
  return isSealed(a) && isSealed(b) && a.iv.length === b.iv.length && a.iv.every((x, i) => x === b.iv[i]);
}

function pick(row: Row, fields: readonly string[]): Row {
  const out: Row = { id: row.id };
  for (const f of fields) if (row[f] !== undefined) out[f] = row[f];
  return out;
}
