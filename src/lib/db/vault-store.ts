/**
 * The vault on disk: its header (how to unlock it; never the key itself) in the settings store, and
 * the migrations that seal everything in place when the vault is turned on and open everything when
 * it is turned off. Both go record by record, each record in a transaction of its own, so a tab
 * closed midway leaves every record whole, sealed or not, and the next unlock carries on.
 */
import { db, type StoredMessage } from './connection';
import { SEALED_FIELDS, SEALED_SETTINGS, sealed, opened, sealedSetting, openedSetting, type Store } from './seal';
import { termsOf } from './terms';
import { blindTermsOf, isBlindTerm, isSealed } from '../vault/cipher';
import type { Kdf, Wrapped } from '../vault/keys';

export const VAULT_KEY = 'vault';

/** A passkey that unlocks the vault: its credential, the PRF input, and the master secret it wraps. */
export interface PasskeyWrap {
  credentialId: Uint8Array;
  prfSalt: Uint8Array;
  wrapped: Wrapped;
  label: string;
  addedAt: number;
}

export interface VaultHeader {
  version: 1;
  /** New each time the vault is turned on: tabs that knew another one must reload. */
  id: string;
  /** `encrypting` and `decrypting` until a migration has gone through every record. */
  state: 'encrypting' | 'on' | 'decrypting';
  kdf: Kdf;
  passphrase: Wrapped;
  passkeys: PasskeyWrap[];
}

export async function readVaultHeader(): Promise<VaultHeader | undefined> {
  return (await (await db()).get('settings', VAULT_KEY))?.value as VaultHeader | undefined;
}

/** Writes the header of a new vault; false when another tab turned the vault on first. */
export async function createVaultHeader(header: VaultHeader): Promise<boolean> {
  const tx = (await db()).transaction('settings', 'readwrite');
  if (await tx.store.getKey(VAULT_KEY)) {
    await tx.done;
    return false;
  }
  await tx.store.add({ key: VAULT_KEY, value: header });
  await tx.done;
  return true;
}

/** Changes the header of the vault `id` (not of another one). */
export async function updateVaultHeader(id: string, change: (header: VaultHeader) => VaultHeader): Promise<VaultHeader | undefined> {
  const tx = (await db()).transaction('settings', 'readwrite');
  const current = (await tx.store.get(VAULT_KEY))?.value as VaultHeader | undefined;
  if (!current || current.id !== id) {
    await tx.done;
    return undefined;
  }
  const next = change(current);
  await tx.store.put({ key: VAULT_KEY, value: next });
  await tx.done;
  return next;
}

export async function removeVaultHeader(id: string): Promise<void> {
  const tx = (await db()).transaction('settings', 'readwrite');
  const current = (await tx.store.get(VAULT_KEY))?.value as VaultHeader | undefined;
  if (current?.id === id) await tx.store.delete(VAULT_KEY);
  await tx.done;
}

// ---------------------------------------------------------------- migrations

export interface Progress {
  done: number;
  total: number;
}

const STORES: readonly Store[] = ['conversations', 'messages', 'audit'];
const BATCH = 100;

type Row = { id: string } & Record<string, unknown>;

/** Whether a record still holds words in the clear (or, for a message, a plain search index). */
function needsSealing(store: Store, row: Row): boolean {
  if (SEALED_FIELDS[store].some((f) => row[f] !== undefined && !isSealed(row[f]))) return true;
  return store === 'messages' && (row as unknown as StoredMessage).terms.some((t) => !isBlindTerm(t));
}

function needsOpening(store: Store, row: Row): boolean {
  if (SEALED_FIELDS[store].some((f) => isSealed(row[f]))) return true;
  return store === 'messages' && (row as unknown as StoredMessage).terms.some(isBlindTerm);
}

/** Seals every record still in the clear; the keys must be in use, sealing writes. */
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
      for (const { before, after: next } of converted) {
        const current = (await tx.store.get(before.id)) as unknown as Row | undefined;
        // Changed since it was read (a reply still streaming): its writer wrote it as it should be.
        if (!current || !SEALED_FIELDS[store].every((f) => current[f] === before[f] || sameSealed(current[f], before[f]))) continue;
        await tx.store.put({ ...current, ...pick(next, [...SEALED_FIELDS[store], 'terms']) } as never);
      }
      await tx.done;
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
