/**
 * Passkey unlock as the user sees it: whether this browser offers it, adding a passkey (which asks
 * the passphrase once: adding a way in is a sensitive act), removing one, and unlocking with one.
 * The passkeys themselves live in the vault's header; see vault/passkey.ts for the WebAuthn side.
 */
import { passphraseKey, unwrapMaster } from '../vault/keys';
import { base64url, passkeyProblem, prfOffered, registerPasskey, unlockWithPasskey } from '../vault/passkey';
import type { PasskeyWrap } from '../db/vault-store';
import { PASSPHRASE_LABEL, vault } from './vault.svelte';

class Passkeys {
  #offered = $state(false);
  #busy = $state(false);
  #probe: Promise<void> | null = null;

  /** This browser can be asked for a PRF passkey (one without PRF never shows the option). */
  get offered(): boolean {
    return this.#offered;
  }
  get busy(): boolean {
    return this.#busy;
  }
  get list(): PasskeyWrap[] {
    return vault.passkeys;
  }
  /** The vault is locked and a passkey could open it. */
  get canUnlock(): boolean {
    return this.#offered && vault.status === 'locked' && vault.passkeys.length > 0;
  }

  /** Finds out, once, whether passkeys can be offered. */
  probe(): Promise<void> {
    this.#probe ??= prfOffered().then((offered) => {
      this.#offered = offered;
    });
    return this.#probe;
  }

  /** Adds a passkey after the passphrase is given again; returns what went wrong, or null. */
  async add(passphrase: string, name: string): Promise<string | null> {
    const header = vault.header;
    if (!header || vault.status !== 'unlocked') return 'Unlock Sotto first.';
    if (this.#busy) return null;
    this.#busy = true;
    try {
      const key = await passphraseKey(passphrase, header.kdf);
      // Checked before the passkey is made, so a wrong passphrase leaves no passkey behind.
      await unwrapMaster(header.passphrase, key, PASSPHRASE_LABEL);
      const label = name.trim() || nextLabel(header.passkeys);
      const wrap = await registerPasskey({ wrapped: header.passphrase, key, label: PASSPHRASE_LABEL }, header.passkeys, label);
      const saved = await vault.updateHeader((h) => ({ ...h, passkeys: [...h.passkeys, wrap] }));
      return saved ? null : 'The lock was changed in another tab; no passkey was added. Reload this tab.';
    } catch (err) {
      return passkeyProblem(err, 'add');
    } finally {
      this.#busy = false;
    }
  }

  /** Stops a passkey from unlocking Sotto; the passphrase and the other passkeys keep working. */
  async remove(credentialId: Uint8Array): Promise<string | null> {
    const id = base64url(credentialId);
    const saved = await vault.updateHeader((h) => ({ ...h, passkeys: h.passkeys.filter((p) => base64url(p.credentialId) !== id) }));
    return saved ? null : 'The lock was changed in another tab. Reload this tab.';
  }

  /** Unlocks with a passkey; returns what went wrong (and that the passphrase still works), or null. */
  async unlock(): Promise<string | null> {
    if (this.#busy) return null;
    this.#busy = true;
    try {
      const keys = await unlockWithPasskey(vault.passkeys);
      await vault.unlockWith(keys);
      return null;
    } catch (err) {
      return passkeyProblem(err, 'unlock');
    } finally {
      this.#busy = false;
    }
  }
}

/** "Passkey 1", "Passkey 2", ...: the first number no passkey uses. */
function nextLabel(passkeys: readonly PasskeyWrap[]): string {
  const used = new Set(passkeys.map((p) => p.label));
  let n = 1;
  while (used.has(`Passkey ${n}`)) n++;
  return `Passkey ${n}`;
}

export const passkeys = new Passkeys();
