/**
 * The vault's keys while it is unlocked, and how sealed data is recognised. The keys live in this
 * module's memory only, as non-extractable CryptoKeys, and are dropped by a lock (which reloads the
 * page). The crypto itself (sealing.ts) loads the first time something is sealed or opened.
 */
import type { VaultKeys } from './keys';

/** A field as the vault stores it. */
export interface Sealed {
  sealed: 1;
  iv: Uint8Array;
  data: Uint8Array;
}

/** Where a sealed value lives: it opens only there. */
export interface Place {
  store: string;
  id: string;
  field: string;
}

let keys: VaultKeys | null = null;
/** Whether new writes are sealed: unlocked, and the vault is not being turned off. */
let sealWrites = false;

/** The vault is locked: its content cannot be read until it is unlocked. */
export class VaultLockedError extends Error {
  constructor() {
    super('Sotto is locked. Unlock it with your passphrase to read your conversations.');
    this.name = 'VaultLockedError';
  }
}

/** Installs the keys of the unlocked vault (and whether writes are sealed), or forgets them. */
export function useKeys(next: VaultKeys | null, sealing = next !== null): void {
  keys = next;
  sealWrites = next !== null && sealing;
}

export function currentKeys(): VaultKeys | null {
  return keys;
}

/** Whether new writes are sealed. */
export function sealingWrites(): boolean {
  return sealWrites;
}

export function isSealed(value: unknown): value is Sealed {
  return typeof value === 'object' && value !== null && (value as Sealed).sealed === 1 && (value as Sealed).iv instanceof Uint8Array && (value as Sealed).data instanceof Uint8Array;
}

// ---------------------------------------------------------------- sealed text (the draft)

export const TEXT_PREFIX = 'sotto-sealed:v1:';

export function isSealedText(value: string): boolean {
  return value.startsWith(TEXT_PREFIX);
}

// ---------------------------------------------------------------- the blind search index

/** Blind terms start with a character no plain term has (terms are letters and digits). */
export const BLIND = '~';
/** Bytes of the keyed hash kept per term: 72 bits, 12 characters. A collision only adds a candidate, which the text then rules out. */
export const BLIND_BYTES = 9;
/** The length of a blind term of the current index; an index made another way has other lengths. */
export const BLIND_TERM_LENGTH = BLIND.length + Math.ceil((BLIND_BYTES * 4) / 3);
export function isBlindTerm(term: string): boolean {
  return term.startsWith(BLIND);
}

/** Whether a message's index is blind but made by an earlier version of the index (it is made again). */
export function isOldBlindTerm(term: string): boolean {
  return isBlindTerm(term) && term.length !== BLIND_TERM_LENGTH;
}

/** The sealing code (loaded once, when first needed: most users never lock Sotto). */
export function sealing(): Promise<typeof import('./sealing')> {
  return import('./sealing');
}
