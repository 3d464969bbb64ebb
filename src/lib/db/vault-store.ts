/**
 * The vault on disk: its header (how to unlock it; never the key itself) in the settings store.
 * Turning the vault on or off is vault-migrate.ts.
 */
import { db } from './connection';
import type { Kdf, Wrapped } from '../vault/keys';

export const VAULT_KEY = 'vault';
/** The way the search index is made (see vault/cipher.ts); a vault whose index is older has it made again at the next unlock. */
export const BLIND_INDEX = 2;

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
  /** The search index's version once every message has it (absent: the first, 3- to 6-letter prefixes). */
  index?: number;
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
