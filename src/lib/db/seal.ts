/**
 * What of each record the vault encrypts, for the verbs of db.ts and privacy-log.ts. Records go
 * through `sealed` before a write transaction opens and through `opened` after a read one closes:
 * WebCrypto is asynchronous, and an IndexedDB transaction ends when it waits on anything else.
 * With the vault off, both return the record as it is. Ids, times, counts, roles and statuses stay
 * readable (the list order, retention and recovery need them); the words never do.
 */
import { isSealed, sealing, sealingWrites, type Sealed } from '../vault/cipher';
import { termsOf } from './terms';

export type Store = 'conversations' | 'messages' | 'audit';

/** The fields that hold the user's words, by store. */
export const SEALED_FIELDS: Record<Store, readonly string[]> = {
  conversations: ['title', 'instructions'],
  messages: ['text'],
  audit: ['body'],
};

/** Settings whose value is the user's (instructions, remembered API keys). */
export const SEALED_SETTINGS: ReadonlySet<string> = new Set(['instructions', 'cloudApiKeys', 'cloudApiKey']);

type Row = { id: string } & Record<string, unknown>;

/** The record as it is written: its sensitive fields sealed when the vault is on. */
export async function sealed<T extends { id: string }>(store: Store, record: T): Promise<T> {
  if (!sealingWrites()) return record;
  const { seal } = await sealing();
  const row = record as unknown as Row;
  const out: Row = { ...row };
  await Promise.all(
    SEALED_FIELDS[store].map(async (field) => {
      const value = row[field];
      if (value !== undefined && !isSealed(value)) out[field] = await seal(value, { store, id: row.id, field });
    }),
  );
  return out as unknown as T;
}

/** A change to a record, sealed like the record (the record's id is needed for the binding). */
export async function sealedPatch<T extends Record<string, unknown>>(store: Store, id: string, patch: T): Promise<T> {
  const { id: _id, ...rest } = await sealed(store, { ...patch, id });
  return rest as unknown as T;
}

/** The record as the app uses it: every sealed field opened. */
export async function opened<T extends object>(store: Store, record: T): Promise<T> {
  const row = record as unknown as Row;
  const fields = SEALED_FIELDS[store].filter((f) => isSealed(row[f]));
  if (fields.length === 0) return record;
  const { open } = await sealing();
  const out: Row = { ...row };
  await Promise.all(fields.map(async (field) => (out[field] = await open(row[field] as Sealed, { store, id: row.id, field }))));
  return out as unknown as T;
}

export function openedAll<T extends object>(store: Store, records: readonly T[]): Promise<T[]> {
  return Promise.all(records.map((r) => opened(store, r)));
}

/** The search-index terms of a message's text: blind when the vault is on. */
export function termsFor(text: string): Promise<string[]> | string[] {
  return sealingWrites() ? sealing().then((s) => s.blindTermsOf(text)) : termsOf(text);
}

/** A setting's value as it is written. */
export async function sealedSetting(key: string, value: unknown): Promise<unknown> {
  if (!sealingWrites() || !SEALED_SETTINGS.has(key) || value === undefined || value === null) return value;
  return (await sealing()).seal(value, { store: 'settings', id: key, field: 'value' });
}

export async function openedSetting<T>(key: string, value: unknown): Promise<T> {
  if (!isSealed(value)) return value as T;
  return (await sealing()).open(value as T, { store: 'settings', id: key, field: 'value' });
}
