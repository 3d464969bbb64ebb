/**
 * Sealing while the vault is unlocked: each sensitive field is encrypted on its own (AES-GCM, a
 * fresh IV), with additional data that binds it to its store, record id and field, so a value
 * copied onto another record fails to open. Search words become a blind index: keyed hashes
 * (HMAC) of word prefixes, so the index holds no word a user typed. The keys live in this module's
 * memory only, as non-extractable CryptoKeys, and are dropped by a lock (which reloads the page).
 */
import { termsOf } from '../db/terms';
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
let sealing = false;

/** The vault is locked: its content cannot be read until it is unlocked. */
export class VaultLockedError extends Error {
  constructor() {
    super('Sotto is locked. Unlock it with your passphrase to read your conversations.');
    this.name = 'VaultLockedError';
  }
}

/** Installs the keys of the unlocked vault (and whether writes are sealed), or forgets them. */
export function useKeys(next: VaultKeys | null, sealWrites = next !== null): void {
  keys = next;
  sealing = next !== null && sealWrites;
}

export function currentKeys(): VaultKeys | null {
  return keys;
}

/** Whether new writes are sealed. */
export function sealingWrites(): boolean {
  return sealing;
}

export function isSealed(value: unknown): value is Sealed {
  return typeof value === 'object' && value !== null && (value as Sealed).sealed === 1 && (value as Sealed).iv instanceof Uint8Array && (value as Sealed).data instanceof Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function aad(place: Place): Uint8Array<ArrayBuffer> {
  return encoder.encode(`sotto\u0000${place.store}\u0000${place.id}\u0000${place.field}`);
}

function need(): VaultKeys {
  if (!keys) throw new VaultLockedError();
  return keys;
}

/** Encrypts any JSON value for one place. */
export async function seal(value: unknown, place: Place): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(place) }, need().data, encoder.encode(JSON.stringify(value)));
  return { sealed: 1, iv, data: new Uint8Array(data) };
}

/** The value of a sealed field (a value that is not sealed is returned as it is). */
export async function open<T>(value: T | Sealed, place: Place): Promise<T> {
  if (!isSealed(value)) return value;
  let plain: ArrayBuffer;
  try {
    plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(value.iv), additionalData: aad(place) }, need().data, new Uint8Array(value.data));
  } catch (err) {
    if (err instanceof VaultLockedError) throw err;
    throw new Error(`Part of your data (${place.store}) could not be decrypted: it was damaged or moved. The rest is unaffected.`, { cause: err });
  }
  return JSON.parse(decoder.decode(plain)) as T;
}

// ---------------------------------------------------------------- sealed text (the draft)

const TEXT_PREFIX = 'sotto-sealed:v1:';

export function isSealedText(value: string): boolean {
  return value.startsWith(TEXT_PREFIX);
}

/** A string that holds `value` encrypted, for Web Storage. */
export async function sealText(value: string, place: Place): Promise<string> {
  const { iv, data } = await seal(value, place);
  const joined = new Uint8Array(iv.length + data.length);
  joined.set(iv);
  joined.set(data, iv.length);
  return TEXT_PREFIX + toBase64(joined);
}

export async function openText(value: string, place: Place): Promise<string> {
  if (!isSealedText(value)) return value;
  const joined = fromBase64(value.slice(TEXT_PREFIX.length));
  return open<string>({ sealed: 1, iv: joined.slice(0, 12), data: joined.slice(12) }, place);
}

// ---------------------------------------------------------------- the blind search index

/** Blind terms start with a character no plain term has (terms are letters and digits). */
const BLIND = '~';
/** Words are indexed by their prefixes of 3 to 6 letters; shorter words whole. */
const MIN_PREFIX = 3;
const MAX_PREFIX = 6;

export function isBlindTerm(term: string): boolean {
  return term.startsWith(BLIND);
}

/** What is hashed for each word of a text: its prefixes (or, for a word under 3 letters, the word). */
function keysOfWord(word: string): string[] {
  const chars = [...word];
  if (chars.length < MIN_PREFIX) return [`w:${word}`];
  const out: string[] = [];
  for (let n = MIN_PREFIX; n <= Math.min(chars.length, MAX_PREFIX); n++) out.push(`p:${chars.slice(0, n).join('')}`);
  return out;
}

/** The single key a query word is looked up by. */
function queryKeyOf(word: string): string {
  const chars = [...word];
  if (chars.length < MIN_PREFIX) return `w:${word}`;
  return `p:${chars.slice(0, MAX_PREFIX).join('')}`;
}

async function blind(key: string): Promise<string> {
  const mac = await globalThis.crypto.subtle.sign('HMAC', need().index, encoder.encode(key));
  return BLIND + toBase64(new Uint8Array(mac, 0, 12), true);
}

/** The blind index terms of a text. */
export async function blindTermsOf(text: string): Promise<string[]> {
  const wanted = new Set<string>();
  for (const word of termsOf(text)) for (const key of keysOfWord(word)) wanted.add(key);
  return Promise.all([...wanted].map(blind));
}

/** The blind term each query word is found by (a word may match more than it should: check the text). */
export async function blindQueryTerms(words: readonly string[]): Promise<string[]> {
  return Promise.all(words.map((w) => blind(queryKeyOf(w))));
}

// ---------------------------------------------------------------- base64

export function toBase64(data: Uint8Array, url = false): string {
  let s = '';
  for (let i = 0; i < data.length; i += 0x8000) s += String.fromCharCode(...data.subarray(i, i + 0x8000));
  const b64 = btoa(s);
  return url ? b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : b64;
}

export function fromBase64(value: string): Uint8Array<ArrayBuffer> {
  const s = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
