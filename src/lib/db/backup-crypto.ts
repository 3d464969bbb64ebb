/**
 * Encrypted backups: the text of an export sealed with a password of its own, so the file can
 * travel (mail, a USB stick, another device) and be read only by someone who knows the password.
 * WebCrypto only: PBKDF2-SHA-256 with 600,000 iterations (OWASP's figure) derives an AES-GCM-256
 * key; the envelope's header is the additional data, so a changed header fails like a changed body.
 * Pure functions: nothing here touches IndexedDB, the DOM or the network.
 */

/** The `format` every encrypted backup declares (the first key of the file). */
export const BACKUP_FORMAT = 'sotto-encrypted-backup';
/** The backup version this build writes and reads. */
export const BACKUP_VERSION = 1;
/** How an encrypted backup's file name ends. */
export const BACKUP_EXTENSION = '.sotto-backup.json';
/** PBKDF2 iterations this build writes. */
export const BACKUP_ITERATIONS = 600_000;
/** The most iterations a file may ask for: a crafted file must not keep the tab busy for minutes. */
export const MAX_BACKUP_ITERATIONS = 10_000_000;
/** The shortest backup password, in characters. */
export const MIN_BACKUP_PASSWORD = 8;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const AGAIN = 'Copy the file again, or export a new backup on the device it came from.';

/** Why an encrypted backup cannot be opened; the message says what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** The password does not open the backup; the user can try again. */
export class WrongBackupPasswordError extends BackupError {
  override name = 'WrongBackupPasswordError';
  constructor() {
    super('That password does not open this backup. Check it and try again; nothing was imported.');
  }
}

/** The file is cut short, changed, or not a backup Sotto wrote. */
export class DamagedBackupError extends BackupError {
  override name = 'DamagedBackupError';
}

/** The file was written by a newer Sotto, in a version this build cannot read. */
export class UnsupportedBackupError extends BackupError {
  override name = 'UnsupportedBackupError';
}

/** The envelope as the file holds it. */
interface Envelope {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /** An empty message sealed with the same key: it proves the password before the data is opened, so a wrong password and a damaged file are told apart. */
  check: { iv: string; tag: string };
  data: string;
}

/** What decrypting needs, read from an envelope and checked. */
interface Sealed {
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  check: { iv: Uint8Array<ArrayBuffer>; tag: Uint8Array<ArrayBuffer> };
  data: Uint8Array<ArrayBuffer>;
  header: Header;
}

type Header = Pick<Envelope, 'format' | 'version' | 'kdf'> & { cipher: { name: 'AES-GCM' } };

/** What is wrong with a new backup password and its confirmation, or null when it can be used. */
export function newPasswordProblem(password: string, confirm: string): string | null {
  if (password === '') return 'Enter a password for the backup.';
  if ([...password].length < MIN_BACKUP_PASSWORD) return `Use at least ${MIN_BACKUP_PASSWORD} characters for the backup password.`;
  if (password !== confirm) return 'The two passwords differ. Type the same password in both fields.';
  return null;
}

/** Seals `text` (an export file) with `password`; returns the envelope file's text, which holds none of `text`. */
export async function encryptBackup(text: string, password: string): Promise<string> {
  const problem = newPasswordProblem(password, password);
  if (problem) throw new BackupError(problem);
  const salt = randomBytes(SALT_BYTES);
  const header: Header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: BACKUP_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM' },
  };
  const key = await deriveKey(password, salt, BACKUP_ITERATIONS);
  const iv = randomBytes(IV_BYTES);
  const checkIv = randomBytes(IV_BYTES);
  const [data, tag] = await Promise.all([
    seal(key, iv, additionalData(header, 'data'), new TextEncoder().encode(text)),
    seal(key, checkIv, additionalData(header, 'check'), new Uint8Array(0)),
  ]);
  const envelope: Envelope = { ...header, cipher: { name: 'AES-GCM', iv: toBase64(iv) }, check: { iv: toBase64(checkIv), tag: toBase64(tag) }, data: toBase64(data) };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Whether `text` is an encrypted backup (by its first key, without parsing the whole file). */
export function isEncryptedBackup(text: string): boolean {
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"sotto-encrypted-backup"/.test(text.slice(0, 200));
}

/** Checks an envelope without the password: a damaged or newer backup is refused before anyone types one. */
export function checkBackup(text: string): void {
  readEnvelope(text);
}

/** Opens an encrypted backup: the export text it holds, or a `BackupError` saying what went wrong. */
export async function decryptBackup(text: string, password: string): Promise<string> {
  const sealed = readEnvelope(text);
  const key = await deriveKey(password, sealed.salt, sealed.iterations);
  if ((await unseal(key, sealed.check.iv, additionalData(sealed.header, 'check'), sealed.check.tag)) === null) throw new WrongBackupPasswordError();
  const plain = await unseal(key, sealed.iv, additionalData(sealed.header, 'data'), sealed.data);
  if (!plain) throw new DamagedBackupError(`The password is right, but this backup was changed or damaged after it was exported, so it cannot be opened. ${AGAIN}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw damaged('its contents are not text');
  }
}

// ---------------------------------------------------------------- reading the envelope

const ENVELOPE_KEYS = ['format', 'version', 'kdf', 'cipher', 'check', 'data'];

function readEnvelope(text: string): Sealed {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    throw damaged('it is not complete JSON, perhaps cut short while copying');
  }
  const file = object(raw, 'the file');
  if (file.format !== BACKUP_FORMAT) throw damaged(`its "format" is not "${BACKUP_FORMAT}"`);
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw damaged('its "version" is not a version number');
  if (version > BACKUP_VERSION) {
    throw new UnsupportedBackupError(`This backup was made by a newer version of Sotto (backup version ${version}; this one reads version ${BACKUP_VERSION}). Update Sotto, then import it again.`);
  }
  onlyKeys(file, ENVELOPE_KEYS, 'the file');
  const kdf = object(file.kdf, '"kdf"');
  onlyKeys(kdf, ['name', 'hash', 'iterations', 'salt'], '"kdf"');
  if (kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256') throw damaged('its key derivation is not PBKDF2 with SHA-256');
  const iterations = kdf.iterations;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < BACKUP_ITERATIONS || iterations > MAX_BACKUP_ITERATIONS) {
    throw damaged(`it asks for ${typeof iterations === 'number' ? count(iterations) : JSON.stringify(iterations)} key-derivation iterations; Sotto uses ${count(BACKUP_ITERATIONS)} to ${count(MAX_BACKUP_ITERATIONS)}`);
  }
  const cipher = object(file.cipher, '"cipher"');
  onlyKeys(cipher, ['name', 'iv'], '"cipher"');
  if (cipher.name !== 'AES-GCM') throw damaged('its cipher is not AES-GCM');
  const check = object(file.check, '"check"');
  onlyKeys(check, ['iv', 'tag'], '"check"');
  const salt = bytes(kdf.salt, 'kdf.salt', SALT_BYTES);
  const header: Header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM' },
  };
  const data = bytes(file.data, 'data');
  if (data.length < TAG_BYTES) throw damaged('its "data" is too short to hold anything');
  return {
    iterations,
    salt,
    iv: bytes(cipher.iv, 'cipher.iv', IV_BYTES),
    check: { iv: bytes(check.iv, 'check.iv', IV_BYTES), tag: bytes(check.tag, 'check.tag', TAG_BYTES) },
    data,
    header,
  };
}

function damaged(why: string): DamagedBackupError {
  return new DamagedBackupError(`This encrypted backup is damaged or was not made by Sotto (${why}). ${AGAIN}`);
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw damaged(`${what} is not an object`);
  return value as Record<string, unknown>;
}

function onlyKeys(value: Record<string, unknown>, allowed: readonly string[], what: string): void {
  const extra = Object.keys(value).find((k) => !allowed.includes(k));
  if (extra !== undefined) throw damaged(`${what} has a key Sotto does not write, ${JSON.stringify(extra.slice(0, 40))}`);
}

function bytes(value: unknown, what: string, length?: number): Uint8Array<ArrayBuffer> {
  let out: Uint8Array<ArrayBuffer> | null = null;
  if (typeof value === 'string') {
    try {
      out = fromBase64(value);
    } catch {
      out = null;
    }
  }
  if (!out) throw damaged(`"${what}" is not base64`);
  if (length !== undefined && out.length !== length) throw damaged(`"${what}" is ${out.length} bytes, not ${length}`);
  return out;
}

// ---------------------------------------------------------------- WebCrypto

/** The AES-GCM-256 key for a password and salt; it cannot be exported from WebCrypto. */
async function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  // NFC: the same password typed on another system (composed or decomposed accents) gives the same key.
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The additional data: the header as this build writes it, and what the ciphertext is for. */
function additionalData(header: Header, purpose: 'data' | 'check'): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify([purpose, header]));
}

async function seal(key: CryptoKey, iv: Uint8Array<ArrayBuffer>, additional: Uint8Array<ArrayBuffer>, plain: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additional, tagLength: TAG_BYTES * 8 }, key, plain));
}

/** The plaintext, or null when the key, the additional data or the ciphertext is not the one sealed. */
async function unseal(key: CryptoKey, iv: Uint8Array<ArrayBuffer>, additional: Uint8Array<ArrayBuffer>, sealed: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer | null> {
  try {
    return await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: additional, tagLength: TAG_BYTES * 8 }, key, sealed);
  } catch (err) {
    if (err instanceof Error && err.name === 'OperationError') return null;
    throw err;
  }
}

function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(n));
}

// ---------------------------------------------------------------- base64

/** Bytes per btoa call: a multiple of 3, so the pieces join without padding in between. */
const CHUNK = 3 * 8192;

function toBase64(data: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < data.length; i += CHUNK) parts.push(btoa(String.fromCharCode(...data.subarray(i, i + CHUNK))));
  return parts.join('');
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** 600000 → "600,000", the same in every locale. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
