/**
 * The vault's keys, with WebCrypto only. A random 32-byte master secret is wrapped (AES-GCM-256) by
 * a key derived from the passphrase (PBKDF2-SHA-256, 600,000 iterations) or from a passkey's PRF
 * output (HKDF). Unwrapped, it becomes a non-extractable HKDF key, from which come the two keys
 * Sotto uses while unlocked, both non-extractable: AES-GCM-256 for the records and HMAC-SHA-256 for
 * the search index. The master secret is in JavaScript memory only while it is first made or
 * re-wrapped, and is zeroed at once.
 */

export const PBKDF2_ITERATIONS = 600_000;
/** Beyond this a header is not Sotto's (and would hang the tab). */
const MAX_ITERATIONS = 10_000_000;

export interface Kdf {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  salt: Uint8Array;
}

/** The master secret, encrypted by one way of unlocking. */
export interface Wrapped {
  iv: Uint8Array;
  data: Uint8Array;
}

/** The keys of an unlocked vault. */
export interface VaultKeys {
  /** AES-GCM-256: every sealed field and the draft. */
  data: CryptoKey;
  /** HMAC-SHA-256: the blind search index. */
  index: CryptoKey;
}

const subtle = () => globalThis.crypto.subtle;
const text = new TextEncoder();

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

export function newKdf(iterations = PBKDF2_ITERATIONS): Kdf {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(16) };
}

/** The key that wraps the master secret, from the passphrase. */
export async function passphraseKey(passphrase: string, kdf: Kdf): Promise<CryptoKey> {
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || !(kdf.iterations >= PBKDF2_ITERATIONS && kdf.iterations <= MAX_ITERATIONS)) {
    throw new Error('This vault uses key-derivation settings Sotto does not accept.');
  }
  const base = await subtle().importKey('raw', text.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: bytes(kdf.salt) }, base, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
    'unwrapKey',
  ]);
}

/** The key that wraps the master secret, from a passkey's PRF output. */
export async function prfKey(prfOutput: BufferSource): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', prfOutput, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: text.encode('sotto passkey wrap v1') }, base, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
    'unwrapKey',
  ]);
}

/** Additional data of a wrapped master secret: which way of unlocking it belongs to. */
function wrapAad(label: string): Uint8Array<ArrayBuffer> {
  return text.encode(`sotto vault master v1 ${label}`);
}

/** A new master secret, wrapped by `wrapKey`; returns the wrapped secret and the unlocked keys. */
export async function newMaster(wrapKey: CryptoKey, label: string): Promise<{ wrapped: Wrapped; keys: VaultKeys }> {
  const master = randomBytes(32);
  try {
    const wrapped = await wrapRaw(master, wrapKey, label);
    const keys = await keysFrom(await subtle().importKey('raw', master, 'HKDF', false, ['deriveKey']));
    return { wrapped, keys };
  } finally {
    master.fill(0);
  }
}

/** Unwraps the master secret straight into a non-extractable key; throws `WrongKeyError` when `wrapKey` is not the one. */
export async function unwrapMaster(wrapped: Wrapped, wrapKey: CryptoKey, label: string): Promise<VaultKeys> {
  let master: CryptoKey;
  try {
    master = await subtle().unwrapKey('raw', bytes(wrapped.data), wrapKey, { name: 'AES-GCM', iv: bytes(wrapped.iv), additionalData: wrapAad(label) }, 'HKDF', false, ['deriveKey']);
  } catch {
    throw new WrongKeyError();
  }
  return keysFrom(master);
}

/** The master secret wrapped by `from`, wrapped again by `to` (a passphrase change, a new passkey). */
export async function rewrap(wrapped: Wrapped, from: CryptoKey, fromLabel: string, to: CryptoKey, toLabel: string): Promise<Wrapped> {
  let master: Uint8Array<ArrayBuffer>;
  try {
    master = new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: bytes(wrapped.iv), additionalData: wrapAad(fromLabel) }, from, bytes(wrapped.data)));
  } catch {
    throw new WrongKeyError();
  }
  try {
    return await wrapRaw(master, to, toLabel);
  } finally {
    master.fill(0);
  }
}

async function wrapRaw(master: Uint8Array<ArrayBuffer>, wrapKey: CryptoKey, label: string): Promise<Wrapped> {
  const iv = randomBytes(12);
  const data = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: wrapAad(label) }, wrapKey, master));
  return { iv, data };
}

async function keysFrom(master: CryptoKey): Promise<VaultKeys> {
  const salt = new Uint8Array(32);
  const [data, index] = await Promise.all([
    subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: text.encode('sotto records v1') }, master, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: text.encode('sotto index v1') }, master, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  ]);
  return { data, index };
}

/** The passphrase (or passkey) does not open this vault. */
export class WrongKeyError extends Error {
  constructor() {
    super('That passphrase is not the one this vault was locked with.');
    this.name = 'WrongKeyError';
  }
}

/** A copy in an ArrayBuffer of its own (IndexedDB may hand back views of a larger buffer). */
export function bytes(view: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(view);
}
