/**
 * Sealing while the vault is unlocked: each sensitive field is encrypted on its own (AES-GCM, a
 * fresh IV), with additional data that binds it to its store, record id and field, so a value
 * copied onto another record fails to open. Search words become a blind index: keyed hashes
 * (HMAC) of word prefixes, so the index holds no word a user typed.
 */
import { termsOf } from '../db/terms';
import type { VaultKeys } from './keys';
import { BLIND, BLIND_BYTES, currentKeys, isSealed, isSealedText, TEXT_PREFIX, VaultLockedError, type Place, type Sealed } from './cipher';

/**
 * The blind terms of each word seen while unlocked. Words repeat (a streaming reply is saved again
 * every few hundred milliseconds; turning the lock on indexes every message), so each is hashed
 * once rather than once per message: WebCrypto costs a round trip per call. Held only with the
 * keys they were made with (a lock reloads the page); bounded, and emptied when full.
 */
let blindKeys: VaultKeys | null = null;
const blindWords = new Map<string, Promise<string[]>>();
const BLIND_WORDS_LIMIT = 50_000;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function aad(place: Place): Uint8Array<ArrayBuffer> {
  return encoder.encode(`sotto\u0000${place.store}\u0000${place.id}\u0000${place.field}`);
}

function need(): VaultKeys {
  const keys = currentKeys();
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

/** Words are indexed by their first 4 letters and their first 6 (or the whole word, if shorter); words under 4 letters whole. */
const SHORT = 4;
const LONG = 6;

/**
 * What is hashed for each word of a text: two prefixes, so that a query word of 4 letters or more
 * finds every word it starts (the prefix is looked up, the words are then checked). Two entries a
 * word keep the index small: it is stored on every message, and an index entry costs disk space
 * and time on every save.
 */
function keysOfWord(word: string): string[] {
  const chars = [...word];
  if (chars.length < SHORT) return [`w:${word}`];
  const short = `p:${chars.slice(0, SHORT).join('')}`;
  return chars.length === SHORT ? [short] : [short, `p:${chars.slice(0, LONG).join('')}`];
}

/** The single key a query word is looked up by: the longest prefix every word it starts was indexed by. */
function queryKeyOf(word: string): string {
  const chars = [...word];
  if (chars.length < SHORT) return `w:${word}`;
  return `p:${chars.slice(0, chars.length >= LONG ? LONG : SHORT).join('')}`;
}

async function blind(key: string): Promise<string> {
  const mac = await globalThis.crypto.subtle.sign('HMAC', need().index, encoder.encode(key));
  return BLIND + toBase64(new Uint8Array(mac, 0, BLIND_BYTES), true);
}

function blindWord(word: string): Promise<string[]> {
  if (blindKeys !== need()) {
    blindWords.clear();
    blindKeys = need();
  }
  let terms = blindWords.get(word);
  if (!terms) {
    if (blindWords.size >= BLIND_WORDS_LIMIT) blindWords.clear();
    terms = Promise.all(keysOfWord(word).map(blind));
    terms.catch(() => blindWords.delete(word));
    blindWords.set(word, terms);
  }
  return terms;
}

/** The blind index terms of a text. */
export async function blindTermsOf(text: string): Promise<string[]> {
  need();
  const each = await Promise.all(termsOf(text).map(blindWord));
  return [...new Set(each.flat())];
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
