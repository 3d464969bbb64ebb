import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newKdf, newMaster, passphraseKey, type VaultKeys } from './keys';
import { base64url, NoPrfError, passkeyProblem, prfOffered, registerPasskey, UnknownPasskeyError, unlockWithPasskey, type WrapSource } from './passkey';

/** A WebAuthn credential as the page sees it. */
class FakeCredential {
  constructor(
    readonly rawId: ArrayBuffer,
    private readonly prf: AuthenticationExtensionsPRFOutputs | undefined,
  ) {}
  getClientExtensionResults(): AuthenticationExtensionsClientOutputs {
    return this.prf ? { prf: this.prf } : {};
  }
}

/** An authenticator behind navigator.credentials: its PRF is an HMAC of the salt under a secret of each credential. */
function authenticator({ prf = true, prfWhenCreated = true } = {}) {
  const secrets = new Map<string, Uint8Array<ArrayBuffer>>();
  let use: string | undefined;
  const hmac = async (secret: Uint8Array<ArrayBuffer>, salt: BufferSource) =>
    crypto.subtle.sign('HMAC', await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']), salt);
  const create = vi.fn(async ({ publicKey }: CredentialCreationOptions) => {
    const id = crypto.getRandomValues(new Uint8Array(16));
    const secret = crypto.getRandomValues(new Uint8Array(32));
    secrets.set(base64url(id), secret);
    const first = publicKey!.extensions!.prf!.eval!.first;
    const out = !prf ? { enabled: false } : prfWhenCreated ? { enabled: true, results: { first: await hmac(secret, first) } } : { enabled: true };
    return new FakeCredential(id.buffer, out);
  });
  const get = vi.fn(async ({ publicKey }: CredentialRequestOptions) => {
    const allowed = publicKey!.allowCredentials!.map((c) => base64url(new Uint8Array(c.id as ArrayBuffer)));
    const id = use ?? allowed.find((a) => secrets.has(a));
    if (!id || !allowed.includes(id)) throw new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
    const salt = publicKey!.extensions!.prf!.evalByCredential?.[id]?.first ?? publicKey!.extensions!.prf!.eval!.first;
    const secret = secrets.get(id) ?? crypto.getRandomValues(new Uint8Array(32));
    const bytes = Uint8Array.from(atob(id.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    return new FakeCredential(bytes.buffer, prf ? { results: { first: await hmac(secret, salt) } } : {});
  });
  vi.stubGlobal('PublicKeyCredential', FakeCredential);
  vi.stubGlobal('navigator', { credentials: { create, get } });
  vi.stubGlobal('location', { hostname: 'localhost' });
  return {
    create,
    get,
    /** The next "get" answers with this credential, whatever was asked. */
    answerWith(id: Uint8Array) {
      use = base64url(id);
    },
  };
}

let source: WrapSource;
let keys: VaultKeys;

beforeEach(async () => {
  const kdf = newKdf();
  const key = await passphraseKey('a long passphrase', kdf);
  const made = await newMaster(key, 'passphrase');
  source = { wrapped: made.wrapped, key, label: 'passphrase' };
  keys = made.keys;
});

/** Whether two sets of vault keys are the same: what one seals, the other opens. */
async function same(a: VaultKeys, b: VaultKeys): Promise<boolean> {
  const iv = new Uint8Array(12);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, a.data, new TextEncoder().encode('x'));
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv }, b.data, sealed).then(
    () => true,
    () => false,
  );
}

describe('passkey unlock', () => {
  it('a registered passkey opens the same keys as the passphrase', async () => {
    const auth = authenticator();
    const wrap = await registerPasskey(source, [], 'Work laptop', 42);
    expect(wrap).toMatchObject({ label: 'Work laptop', addedAt: 42 });
    expect(wrap.prfSalt).toHaveLength(32);
    const options = auth.create.mock.calls[0]![0].publicKey!;
    expect(options.rp).toEqual({ name: 'Sotto', id: 'localhost' });
    expect(options.authenticatorSelection).toMatchObject({ residentKey: 'preferred', userVerification: 'required' });

    const opened = await unlockWithPasskey([wrap]);
    expect(await same(opened, keys)).toBe(true);
    const asked = auth.get.mock.calls[0]![0].publicKey!;
    expect(asked.userVerification).toBe('required');
    expect(Object.keys(asked.extensions!.prf!.evalByCredential!)).toEqual([base64url(wrap.credentialId)]);
  });

  it('evaluates the PRF by using the new passkey once when creating it gives none', async () => {
    const auth = authenticator({ prfWhenCreated: false });
    const wrap = await registerPasskey(source, [], 'Key');
    expect(auth.get).toHaveBeenCalledTimes(1);
    expect(await same(await unlockWithPasskey([wrap]), keys)).toBe(true);
  });

  it('a passkey without PRF stores nothing and says plainly that it cannot unlock Sotto', async () => {
    authenticator({ prf: false });
    const err = await registerPasskey(source, [], 'Key').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NoPrfError);
    expect(passkeyProblem(err, 'add')).toMatch(/cannot unlock Sotto.*Nothing was saved/);
  });

  it('each passkey opens only its own wrap; an unknown one is refused', async () => {
    const auth = authenticator();
    const one = await registerPasskey(source, [], 'One');
    const two = await registerPasskey(source, [one], 'Two');
    expect(auth.create.mock.calls[1]![0].publicKey!.excludeCredentials).toHaveLength(1);
    auth.answerWith(two.credentialId);
    expect(await same(await unlockWithPasskey([one, two]), keys)).toBe(true);
    // Two's credential with One's wrap: the PRF output is not the key.
    const swapped = { ...one, credentialId: two.credentialId };
    await expect(unlockWithPasskey([swapped])).rejects.toMatchObject({ name: 'WrongKeyError' });
    auth.answerWith(crypto.getRandomValues(new Uint8Array(16)));
    await expect(unlockWithPasskey([one])).rejects.toThrow(DOMException);
    await expect(unlockWithPasskey([])).rejects.toBeInstanceOf(UnknownPasskeyError);
  });

  it('says what to do when the user cancels', () => {
    const cancelled = new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError');
    expect(passkeyProblem(cancelled, 'unlock')).toBe('The passkey was cancelled or timed out. Try again, or use your passphrase.');
    expect(passkeyProblem(cancelled, 'add')).toMatch(/^No passkey was added/);
  });
});

describe('prfOffered', () => {
  it('is false without WebAuthn or a secure context', async () => {
    vi.stubGlobal('PublicKeyCredential', undefined);
    expect(await prfOffered()).toBe(false);
    authenticator();
    vi.stubGlobal('isSecureContext', false);
    expect(await prfOffered()).toBe(false);
  });

  it('follows the browser’s capabilities, and offers it where the browser cannot say', async () => {
    authenticator();
    vi.stubGlobal('isSecureContext', true);
    expect(await prfOffered()).toBe(true);
    const withCapabilities = (prf: boolean) => Object.assign(class extends FakeCredential {}, { getClientCapabilities: async () => ({ 'extension:prf': prf }) });
    vi.stubGlobal('PublicKeyCredential', withCapabilities(false));
    expect(await prfOffered()).toBe(false);
    vi.stubGlobal('PublicKeyCredential', withCapabilities(true));
    expect(await prfOffered()).toBe(true);
  });
});
