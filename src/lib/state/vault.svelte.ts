/**
 * The vault as the app sees it: off, waiting to be set up (the deployment requires it), locked, or
 * unlocked; turning it on and off (each a resumable migration), the passphrase, and locking: by
 * hand, after idle time, and in every tab at once. A lock reloads the page, which is the one sure
 * way to clear every decrypted word from memory, from the page and from the model's worker.
 */
import type { VaultPolicy } from '../config/config';
import * as db from '../db/db';
import type { Progress } from '../db/vault-migrate';
import { BLIND_INDEX, type VaultHeader } from '../db/vault-store';
import { currentKeys, useKeys } from '../vault/cipher';
import type { VaultKeys } from '../vault/keys';
import { alerts } from './alerts.svelte';
import { IdleLock } from './idle-lock';
import { countFailure, forgetFailures, waitBeforeTrying } from './unlock-delay';
import { rewriteDraft } from './draft';
import { sync, type SyncEvent } from './sync';

export type VaultStatus = 'loading' | 'off' | 'setup' | 'locked' | 'unlocked';

/** The label a wrapped master secret is bound to (its additional data). */
export const PASSPHRASE_LABEL = 'passphrase';
/** Fewer characters than this are refused. */
export const MIN_PASSPHRASE = 8;
const AUTO_LOCK_KEY = 'vaultAutoLockMinutes';

// Key derivation and the migrations load when they are first needed: most users never lock Sotto.
const keyring = () => import('../vault/keys');
const migrations = () => import('../db/vault-migrate');

class Vault {
  #status = $state<VaultStatus>('loading');
  #migration = $state.raw<(Progress & { turning: 'on' | 'off' }) | null>(null);
  #header = $state.raw<VaultHeader | undefined>(undefined);
  #busy = $state(false);
  /** The deployment's longest auto-lock time, and the user's own choice (never longer). */
  #maxMinutes = $state(15);
  #chosenMinutes = $state<number | null>(null);
  #policy: VaultPolicy = 'optional';
  #ready: Promise<void>;
  #resolveReady!: () => void;
  #beforeLock: Array<() => Promise<void>> = [];
  #idle = new IdleLock(
    () => this.autoLockMinutes,
    () => void this.lock(),
    (at) => sync.post({ type: 'active', at }),
  );

  constructor() {
    this.#ready = new Promise((resolve) => (this.#resolveReady = resolve));
  }

  get status(): VaultStatus {
    return this.#status;
  }
  /** The app shows the lock screen (or the required setup) and nothing of the user's. */
  get barrier(): boolean {
    return this.#status === 'locked' || this.#status === 'setup';
  }
  get on(): boolean {
    return this.#header !== undefined;
  }
  get required(): boolean {
    return this.#policy === 'required';
  }
  /** Turning the vault on or off, record by record. */
  get migration(): (Progress & { turning: 'on' | 'off' }) | null {
    return this.#migration;
  }
  get busy(): boolean {
    return this.#busy;
  }
  get passkeys(): VaultHeader['passkeys'] {
    return this.#header?.passkeys ?? [];
  }
  get autoLockMinutes(): number {
    return Math.min(this.#chosenMinutes ?? this.#maxMinutes, this.#maxMinutes);
  }
  get maxAutoLockMinutes(): number {
    return this.#maxMinutes;
  }
  /** Resolves once the user's data may be read: no vault, or unlocked. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** Runs before every lock (the reply streaming is stopped and saved). */
  beforeLock(fn: () => Promise<void>): void {
    this.#beforeLock.push(fn);
  }

  /**
   * At start-up, before anything of the user's is read: a vault there locks the app at once. With
   * none, the policy of the config that loaded last time (`earlier`) lets the user's data be read
   * at once when it allowed no lock; the deployment's policy now (config.json, which may take a
   * while) decides the rest. A deployment that has come to require the lock shows its setup as soon
   * as the new config says so, and the setup seals whatever was written meanwhile.
   */
  async open(deployment: Promise<{ policy: VaultPolicy; autoLockMinutes: number }>, earlier: Promise<VaultPolicy | null> = Promise.resolve(null)): Promise<void> {
    sync.listen((event) => void this.#onOtherTab(event));
    this.#watchForChange();
    const [header, known] = await Promise.all([db.readVaultHeader(), earlier.catch(() => null)]);
    this.#header = header;
    if (header) this.#status = 'locked';
    else if (known === 'optional' && this.#status === 'loading') {
      this.#status = 'off';
      this.#resolveReady();
    }
    const { policy, autoLockMinutes } = await deployment;
    this.#policy = policy;
    this.#maxMinutes = autoLockMinutes;
    this.#arm();
    if (header || this.#status === 'unlocked' || this.#status === 'locked') {
      // Locked (or unlocked already, or turned on in another tab meanwhile): the ready promise says when.
    } else if (policy === 'required') {
      this.#status = 'setup';
    } else {
      this.#status = 'off';
      this.#resolveReady();
    }
    return this.#ready;
  }

  /** Unlocks with the passphrase; returns what went wrong, or null. */
  async unlock(passphrase: string): Promise<string | null> {
    const header = this.#header;
    if (!header) return null;
    const wait = await waitBeforeTrying();
    if (wait > 0) return `Too many wrong passphrases. Wait ${Math.ceil(wait / 1000)} seconds, then try again.`;
    const { passphraseKey, unwrapMaster, WrongKeyError } = await keyring();
    this.#busy = true;
    try {
      const keys = await unwrapMaster(header.passphrase, await passphraseKey(passphrase, header.kdf), PASSPHRASE_LABEL);
      await forgetFailures();
      await this.#unlocked(header, keys);
      sync.post({ type: 'vault-keys', id: header.id, keys, sealing: header.state !== 'decrypting' });
      this.#carryOn(header);
      return null;
    } catch (err) {
      if (!(err instanceof WrongKeyError)) throw err;
      await countFailure();
      const next = await waitBeforeTrying();
      return `That passphrase is not the right one.${next > 0 ? ` Wait ${Math.ceil(next / 1000)} seconds before the next try.` : ''} If it is lost, Sotto cannot open your conversations: nobody can recover them.`;
    } finally {
      this.#busy = false;
    }
  }

  /** Unlocks with keys a passkey opened (see passkey.ts). */
  async unlockWith(keys: VaultKeys): Promise<void> {
    const header = this.#header;
    if (!header) return;
    await forgetFailures();
    await this.#unlocked(header, keys);
    sync.post({ type: 'vault-keys', id: header.id, keys, sealing: header.state !== 'decrypting' });
    this.#carryOn(header);
  }

  /** Turns the vault on: everything already stored is sealed in place. Returns what went wrong, or null. */
  async turnOn(passphrase: string, confirm: string): Promise<string | null> {
    const problem = checkNew(passphrase, confirm);
    if (problem) return problem;
    if (this.#header) return 'Sotto is already locked with a passphrase.';
    const { newKdf, newMaster, passphraseKey } = await keyring();
    this.#busy = true;
    try {
      const kdf = newKdf();
      const { wrapped, keys } = await newMaster(await passphraseKey(passphrase, kdf), PASSPHRASE_LABEL);
      const header: VaultHeader = { version: 1, id: crypto.randomUUID(), state: 'encrypting', kdf, passphrase: wrapped, passkeys: [] };
      this.#header = header;
      if (!(await db.createVaultHeader(header))) {
        this.#header = undefined;
        return 'Sotto was locked with a passphrase in another tab. Reload this tab.';
      }
      await this.#unlocked(header, keys);
      sync.post({ type: 'vault-keys', id: header.id, keys, sealing: true });
      await this.#migrate(header);
      return null;
    } finally {
      this.#busy = false;
    }
  }

  /** Turns the vault off after the passphrase is given again: everything is opened in place. */
  async turnOff(passphrase: string): Promise<string | null> {
    const header = this.#header;
    if (!header) return null;
    const { passphraseKey, unwrapMaster, WrongKeyError } = await keyring();
    this.#busy = true;
    try {
      try {
        await unwrapMaster(header.passphrase, await passphraseKey(passphrase, header.kdf), PASSPHRASE_LABEL);
      } catch (err) {
        if (err instanceof WrongKeyError) return 'That passphrase is not the right one; the lock stays on.';
        throw err;
      }
      const next = await db.updateVaultHeader(header.id, (h) => ({ ...h, state: 'decrypting' }));
      if (!next) return 'The lock was changed in another tab. Reload this tab.';
      this.#header = next;
      await this.#migrate(next);
      return null;
    } finally {
      this.#busy = false;
    }
  }

  /** A new passphrase: only the wrapped master secret changes, so it takes the same time however much is stored. */
  async changePassphrase(current: string, passphrase: string, confirm: string): Promise<string | null> {
    const header = this.#header;
    if (!header) return null;
    const problem = checkNew(passphrase, confirm);
    if (problem) return problem;
    const { newKdf, passphraseKey, rewrap, WrongKeyError } = await keyring();
    this.#busy = true;
    try {
      const kdf = newKdf();
      let wrapped;
      try {
        wrapped = await rewrap(header.passphrase, await passphraseKey(current, header.kdf), PASSPHRASE_LABEL, await passphraseKey(passphrase, kdf), PASSPHRASE_LABEL);
      } catch (err) {
        if (err instanceof WrongKeyError) return 'The current passphrase is not the right one; nothing was changed.';
        throw err;
      }
      const next = await db.updateVaultHeader(header.id, (h) => ({ ...h, kdf, passphrase: wrapped }));
      if (!next) return 'The lock was changed in another tab. Reload this tab.';
      this.#header = next;
      sync.post({ type: 'vault-changed' });
      return null;
    } finally {
      this.#busy = false;
    }
  }

  /** Changes the header (a passkey added or removed) and tells the other tabs. */
  async updateHeader(change: (header: VaultHeader) => VaultHeader): Promise<boolean> {
    if (!this.#header) return false;
    const next = await db.updateVaultHeader(this.#header.id, change);
    if (next) this.#header = next;
    sync.post({ type: 'vault-changed' });
    return next !== undefined;
  }

  get header(): VaultHeader | undefined {
    return this.#header;
  }

  /** The user's own auto-lock time (never longer than the deployment's). */
  async setAutoLock(minutes: number): Promise<void> {
    this.#chosenMinutes = Math.min(minutes, this.#maxMinutes);
    await db.setSetting(AUTO_LOCK_KEY, this.#chosenMinutes);
    this.#arm();
    sync.post({ type: 'vault-changed' });
  }

  /** Locks every tab: the streaming reply is saved (sealed), then the page reloads without the keys. */
  async lock(): Promise<void> {
    if (this.#status !== 'unlocked' || !this.#header) return;
    sync.post({ type: 'lock' });
    await this.#lockHere();
  }

  /** Records use of Sotto in this tab (the auto-lock counts from the last use in any tab). */
  touch(now = Date.now()): void {
    this.#idle.touch(this.#status === 'unlocked', now);
  }

  async #lockHere(): Promise<void> {
    this.#status = 'locked';
    this.#idle.stop();
    for (const fn of this.#beforeLock) await fn().catch(() => undefined);
    useKeys(null);
    location.reload();
  }

  async #unlocked(header: VaultHeader, keys: VaultKeys): Promise<void> {
    useKeys(keys, header.state !== 'decrypting');
    this.#header = header;
    this.#chosenMinutes = (await db.getSetting<number | null>(AUTO_LOCK_KEY)) ?? null;
    this.#status = 'unlocked';
    this.#idle.restart();
    this.#resolveReady();
  }

  /** Turning on or off was cut short, or the search index was made by an earlier version: it carries on while the user works. */
  #carryOn(header: VaultHeader): void {
    if (header.state === 'on' && header.index === BLIND_INDEX) return;
    this.#migrate(header).catch((err: unknown) => alerts.show(err instanceof Error ? err.message : String(err)));
  }

  /** Carries on turning the vault on or off, from wherever it got to. */
  async #migrate(header: VaultHeader): Promise<void> {
    const turning = header.state === 'decrypting' ? 'off' : 'on';
    useKeys(currentKeysOrThrow(), turning === 'on');
    if (turning === 'off') sync.post({ type: 'vault-keys', id: header.id, keys: currentKeysOrThrow(), sealing: false });
    this.#migration = { done: 0, total: 0, turning };
    try {
      const progress = (p: Progress) => (this.#migration = { ...p, turning });
      const { sealEverything, openEverything } = await migrations();
      if (turning === 'on') await sealEverything(progress);
      else await openEverything(progress);
      await rewriteDraft();
      if (turning === 'on') {
        this.#header = (await db.updateVaultHeader(header.id, (h) => ({ ...h, state: 'on', index: BLIND_INDEX }))) ?? this.#header;
      } else {
        await db.removeVaultHeader(header.id);
        this.#header = undefined;
        useKeys(null);
        this.#idle.stop();
        this.#status = 'off';
      }
      sync.post({ type: 'vault-changed' });
    } catch (err) {
      throw new MigrationStoppedError(err, turning);
    } finally {
      this.#migration = null;
    }
  }

  /**
   * A tab that missed the other tabs' messages (asleep, frozen) checks, when it is next shown, that
   * the vault is still the one it knows; if it was turned on, off or replaced meanwhile, it reloads
   * rather than write anything in the wrong form.
   */
  #watchForChange(): void {
    const check = async () => {
      if (document.visibilityState !== 'visible' || this.#status === 'loading' || this.#migration) return;
      const header = await db.readVaultHeader().catch(() => undefined);
      if (header?.id !== this.#header?.id) location.reload();
    };
    document.addEventListener('visibilitychange', () => void check());
    addEventListener('focus', () => void check());
  }

  /** Schedules the auto-lock, while unlocked. */
  #arm(): void {
    if (this.#status === 'unlocked' && this.#header) this.#idle.arm();
    else this.#idle.stop();
  }

  async #onOtherTab(event: SyncEvent): Promise<void> {
    switch (event.type) {
      case 'vault-keys': {
        const header = await db.readVaultHeader();
        if (!header || header.id !== event.id) return;
        if (this.#status === 'unlocked') {
          useKeys(event.keys, event.sealing);
          this.#header = header;
          if (event.sealing) await rewriteDraft();
          return;
        }
        if (this.#status === 'off' || this.#status === 'locked' || this.#status === 'setup') {
          // Turned on or unlocked elsewhere: this tab goes on with the same keys (they never leave memory).
          useKeys(event.keys, event.sealing);
          this.#header = header;
          if (event.sealing) await rewriteDraft();
          this.#chosenMinutes = (await db.getSetting<number | null>(AUTO_LOCK_KEY)) ?? null;
          this.#status = 'unlocked';
          this.#idle.restart();
          this.#resolveReady();
        }
        return;
      }
      case 'vault-changed': {
        const header = await db.readVaultHeader();
        if (!header && this.#header) {
          useKeys(null);
          this.#idle.stop();
          this.#status = 'off';
          await rewriteDraft();
        }
        this.#header = header;
        this.#chosenMinutes = (await db.getSetting<number | null>(AUTO_LOCK_KEY)) ?? null;
        this.#arm();
        return;
      }
      case 'lock':
        if (this.#status === 'unlocked') await this.#lockHere();
        return;
      case 'active':
        this.#idle.heard(event.at);
        return;
    }
  }
}

/** Turning the lock on or off stopped midway: what happened, and that it carries on at the next unlock. */
export class MigrationStoppedError extends Error {
  override name = 'MigrationStoppedError';
  constructor(cause: unknown, turning: 'on' | 'off') {
    const why =
      cause instanceof Error && cause.name === 'QuotaExceededError'
        ? 'this device has no storage space left for Sotto. Free up some space, then reload Sotto and unlock it.'
        : `${cause instanceof Error ? cause.message || cause.name : String(cause)}. Reload Sotto and unlock it to try again.`;
    super(
      `${turning === 'on' ? 'Encrypting' : 'Decrypting'} your data stopped: ${why} Nothing is lost: every record is whole, and Sotto carries on from where it stopped.`,
      { cause },
    );
  }
}

function currentKeysOrThrow(): VaultKeys {
  const keys = currentKeys();
  if (!keys) throw new Error('Sotto is locked.');
  return keys;
}

/** What is wrong with a new passphrase, or null. */
export function checkNew(passphrase: string, confirm: string): string | null {
  if ([...passphrase].length < MIN_PASSPHRASE) return `A passphrase needs at least ${MIN_PASSPHRASE} characters; a few unrelated words are easy to remember and hard to guess.`;
  if (passphrase !== confirm) return 'The two passphrases are not the same. Type them again.';
  return null;
}

export const vault = new Vault();
