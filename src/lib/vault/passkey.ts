/**
 * Passkeys that unlock the vault, through the WebAuthn PRF extension. The authenticator turns a
 * random salt Sotto keeps into a secret that never touches the disk; that secret (through HKDF)
 * wraps the same master secret the passphrase wraps, so either opens the vault. The passphrase
 * stays the fallback: a passkey only ever adds a way in.
 */
import type { PasskeyWrap } from '../db/vault-store';
import { bytes, prfKey, randomBytes, rewrap, unwrapMaster, type VaultKeys, type Wrapped } from './keys';

/** The passkey (or the browser) gave no PRF output: it cannot hold a key for Sotto. */
export class NoPrfError extends Error {
  constructor() {
    super('This passkey or this browser has no WebAuthn PRF support.');
    this.name = 'NoPrfError';
  }
}

/** The passkey used is not one this vault knows. */
export class UnknownPasskeyError extends Error {
  constructor() {
    super('This passkey was not added to Sotto on this device.');
    this.name = 'UnknownPasskeyError';
  }
}

/** The master secret as one way of unlocking already holds it (the passphrase), with its key. */
export interface WrapSource {
  wrapped: Wrapped;
  key: CryptoKey;
  label: string;
}

type Capabilities = Record<string, boolean>;
type WithCapabilities = typeof PublicKeyCredential & { getClientCapabilities?: () => Promise<Capabilities> };

/** Whether this browser may offer PRF passkeys: it says so, or (older browsers) it has WebAuthn at all and the first passkey tells. */
export async function prfOffered(): Promise<boolean> {
  if (typeof PublicKeyCredential === 'undefined' || !globalThis.isSecureContext || !navigator.credentials) return false;
  const pkc = PublicKeyCredential as WithCapabilities;
  if (typeof pkc.getClientCapabilities !== 'function') return true;
  try {
    const capabilities = await pkc.getClientCapabilities();
    return capabilities['extension:prf'] !== false;
  } catch {
    return true;
  }
}

/** The label a passkey's wrapped master secret is bound to (its additional data). */
export function passkeyLabel(credentialId: Uint8Array): string {
  return `passkey:${base64url(credentialId)}`;
}

/**
 * Registers a new passkey for Sotto and wraps the master secret that `source` holds with the
 * passkey's PRF output. `existing` passkeys are excluded (an authenticator that already holds one
 * refuses). Throws `NoPrfError` when no PRF output comes back; nothing is then stored.
 */
export async function registerPasskey(source: WrapSource, existing: readonly PasskeyWrap[], label: string, now = Date.now()): Promise<PasskeyWrap> {
  const prfSalt = randomBytes(32);
  const created = await navigator.credentials.create({
    publicKey: {
      rp: { name: 'Sotto', id: location.hostname },
      // A random user id: the authenticator learns nothing about the person, only that this is Sotto.
      user: { id: randomBytes(16), name: 'Sotto', displayName: 'Sotto (unlocks this device’s conversations)' },
      challenge: randomBytes(32),
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -8 },
        { type: 'public-key', alg: -257 },
      ],
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
      excludeCredentials: existing.map((p) => ({ type: 'public-key', id: bytes(p.credentialId) })),
      extensions: { prf: { eval: { first: prfSalt } } },
    },
  });
  if (!(created instanceof PublicKeyCredential)) throw new NoPrfError();
  const credentialId = new Uint8Array(created.rawId);
  const prf = created.getClientExtensionResults().prf;
  let output = prf?.results?.first;
  // Some authenticators evaluate the PRF only when the passkey is used, not when it is made.
  if (!output && prf?.enabled) output = await evaluate([{ credentialId, prfSalt }], credentialId);
  if (!output) throw new NoPrfError();
  const wrapped = await rewrap(source.wrapped, source.key, source.label, await prfKey(output), passkeyLabel(credentialId));
  return { credentialId, prfSalt, wrapped, label, addedAt: now };
}

/** Asks for one of `passkeys` and opens the vault's keys with it. */
export async function unlockWithPasskey(passkeys: readonly PasskeyWrap[]): Promise<VaultKeys> {
  if (passkeys.length === 0) throw new UnknownPasskeyError();
  const { credentialId, output } = await assert(passkeys);
  const wrap = passkeys.find((p) => sameBytes(p.credentialId, credentialId));
  if (!wrap) throw new UnknownPasskeyError();
  return unwrapMaster(wrap.wrapped, await prfKey(output), passkeyLabel(wrap.credentialId));
}

/** What went wrong with a passkey, in words that say what to do next. */
export function passkeyProblem(err: unknown, doing: 'add' | 'unlock'): string {
  const name = err instanceof Error ? err.name : '';
  if (doing === 'add') {
    switch (name) {
      case 'WrongKeyError':
        return 'That passphrase is not the right one; no passkey was added.';
      case 'NoPrfError':
        return 'This passkey or this browser cannot unlock Sotto: it has no support for the WebAuthn PRF extension. Nothing was saved, and your passphrase still works. You may delete the new “Sotto” passkey from your device’s passkey list.';
      case 'NotAllowedError':
      case 'AbortError':
        return 'No passkey was added: the request was cancelled or timed out. Try again when you are ready.';
      case 'InvalidStateError':
        return 'That passkey already unlocks Sotto. Use another one, or remove it first.';
      case 'SecurityError':
        return 'This browser does not allow passkeys at this address (they need HTTPS, or localhost). Your passphrase still works.';
      case 'NotSupportedError':
        return 'This browser or authenticator cannot make a passkey Sotto can use. Your passphrase still works.';
    }
    return `No passkey was added: ${messageOf(err)}. Your passphrase still works.`;
  }
  switch (name) {
    case 'NotAllowedError':
    case 'AbortError':
      return 'The passkey was cancelled or timed out. Try again, or use your passphrase.';
    case 'NoPrfError':
      return 'This passkey or this browser did not give Sotto its key (no WebAuthn PRF support). Use your passphrase.';
    case 'UnknownPasskeyError':
    case 'WrongKeyError':
      return 'That passkey does not unlock Sotto on this device (it may have been removed). Use your passphrase.';
    case 'SecurityError':
      return 'This browser does not allow passkeys at this address. Use your passphrase.';
  }
  return `Sotto could not unlock with a passkey: ${messageOf(err)}. Use your passphrase.`;
}

/** A WebAuthn "get" for one of `passkeys`, each with its own PRF salt; the credential used and its PRF output. */
async function assert(passkeys: readonly Pick<PasskeyWrap, 'credentialId' | 'prfSalt'>[]): Promise<{ credentialId: Uint8Array; output: BufferSource }> {
  const evalByCredential: Record<string, AuthenticationExtensionsPRFValues> = {};
  for (const p of passkeys) evalByCredential[base64url(p.credentialId)] = { first: bytes(p.prfSalt) };
  const got = await navigator.credentials.get({
    publicKey: {
      challenge: randomBytes(32),
      rpId: location.hostname,
      allowCredentials: passkeys.map((p) => ({ type: 'public-key', id: bytes(p.credentialId) })),
      userVerification: 'required',
      extensions: { prf: { evalByCredential } },
    },
  });
  if (!(got instanceof PublicKeyCredential)) throw new NoPrfError();
  const output = got.getClientExtensionResults().prf?.results?.first;
  if (!output) throw new NoPrfError();
  return { credentialId: new Uint8Array(got.rawId), output };
}

/** The PRF output of the passkey just made, evaluated by using it once. */
async function evaluate(passkeys: readonly Pick<PasskeyWrap, 'credentialId' | 'prfSalt'>[], credentialId: Uint8Array): Promise<BufferSource | undefined> {
  const result = await assert(passkeys).catch((err: unknown) => {
    if (err instanceof NoPrfError) return undefined;
    throw err;
  });
  return result && sameBytes(result.credentialId, credentialId) ? result.output : undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Base64url without padding: WebAuthn's own spelling of a credential id. */
export function base64url(data: Uint8Array): string {
  let binary = '';
  for (const b of data) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\.$/, '');
}
