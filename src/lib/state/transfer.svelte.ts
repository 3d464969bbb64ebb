/**
 * Moving conversations in and out: export (JSON, Markdown, or an encrypted backup) and import,
 * which checks the whole file before it writes anything. Loaded when first used, not with the app.
 */
import * as db from '../db/db';
import { saveFile } from '../download';
import { formatBytes } from '../engine/model-storage';
import { alerts, notices, reportError } from './alerts.svelte';
import { conversations } from './conversations.svelte';
import { sync } from './sync';

/** Encrypted backups load when an export or import needs them. */
const backupCrypto = () => import('../db/backup-crypto');

/** The largest import file read: a bigger one would take more memory than a tab may have. */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;

/** What an import (or an encrypted export) did, in words for the user. */
export interface Outcome {
  ok: boolean;
  message: string;
}

class Transfers {
  #busy = $state(false);
  /** An encrypted backup chosen for import, waiting for its password. */
  #sealed = $state.raw<{ name: string; text: string } | null>(null);

  /** An import is under way. */
  get busy(): boolean {
    return this.#busy;
  }
  /** The file name of an encrypted backup that waits for its password, or null. */
  get sealedBackup(): string | null {
    return this.#sealed?.name ?? null;
  }

  /** Downloads conversations (all, or the ids given) as JSON or Markdown. */
  async export(kind: 'json' | 'md', ids?: string[]): Promise<void> {
    try {
      const [items, { exportFileName, toExportJson, toMarkdown }] = await Promise.all([db.exportConversations(ids), import('../db/transfer')]);
      const now = new Date();
      const title = ids?.length === 1 ? items[0]?.conversation.title : undefined;
      const name = exportFileName(kind, now, title);
      if (kind === 'json') saveFile(name, 'application/json', toExportJson(items, now));
      else saveFile(name, 'text/markdown', toMarkdown(items, now));
    } catch (err) {
      reportError(err, 'exporting conversations');
    }
  }

  /**
   * Downloads every conversation as an encrypted backup: the same text as Export all (JSON), sealed
   * with `password` (see backup-crypto.ts). A password that is too short or does not match
   * `confirm` is refused before anything is read.
   */
  async exportBackup(password: string, confirm: string): Promise<Outcome> {
    const { BACKUP_EXTENSION, encryptBackup, newPasswordProblem } = await backupCrypto();
    const problem = newPasswordProblem(password, confirm);
    if (problem) return { ok: false, message: problem };
    try {
      const [items, { exportFileName, toExportJson }] = await Promise.all([db.exportConversations(), import('../db/transfer')]);
      const now = new Date();
      const name = exportFileName('json', now).replace(/\.json$/, BACKUP_EXTENSION);
      saveFile(name, 'application/json', await encryptBackup(toExportJson(items, now), password));
      return { ok: true, message: `Saved ${name}. Only its password opens it, and Sotto cannot recover a forgotten password.` };
    } catch (err) {
      reportError(err, 'exporting an encrypted backup');
      return { ok: false, message: 'The encrypted backup was not saved.' };
    }
  }

  /**
   * Checks the whole file first; writes nothing unless all of it is valid. Returns what happened.
   * An encrypted backup waits for its password (`openBackup`) instead.
   */
  async import(file: File): Promise<Outcome> {
    this.#sealed = null;
    // The size is checked before a byte is read: reading a file far too large would crash the tab.
    if (file.size > MAX_IMPORT_BYTES) {
      const message = `Nothing was imported from ${file.name}: it is ${formatBytes(file.size)}, more than the ${formatBytes(MAX_IMPORT_BYTES)} Sotto can read at once. Export the conversations in smaller files (each conversation has its own Export JSON), then import each file.`;
      alerts.show(message);
      return { ok: false, message };
    }
    return this.#importing(file.name, async () => {
      const [text, { checkBackup, isEncryptedBackup }] = await Promise.all([file.text(), backupCrypto()]);
      if (!isEncryptedBackup(text)) return this.#importText(file.name, text);
      checkBackup(text); // a damaged or newer backup is refused before anyone types its password
      this.#sealed = { name: file.name, text };
      return { ok: false, message: `${file.name} is an encrypted backup. Enter its password to import it.` };
    });
  }

  /** Opens the encrypted backup waiting for its password, then imports it as `import` does; a wrong password leaves it waiting. */
  async openBackup(password: string): Promise<Outcome> {
    const sealed = this.#sealed;
    if (!sealed) return { ok: false, message: 'Choose the backup file to import.' };
    return this.#importing(sealed.name, async () => {
      const text = await (await backupCrypto()).decryptBackup(sealed.text, password);
      this.#sealed = null;
      return this.#importText(sealed.name, text);
    });
  }

  /** The encrypted backup waiting for its password is not imported after all. */
  cancelBackup(): void {
    this.#sealed = null;
  }

  /** Runs one import step while busy, and turns what goes wrong into what the user is told. */
  async #importing(name: string, step: () => Promise<Outcome>): Promise<Outcome> {
    this.#busy = true;
    try {
      return await step();
    } catch (err) {
      const { BackupError, WrongBackupPasswordError } = await backupCrypto();
      // Said next to the password field, where the user tries again.
      if (err instanceof WrongBackupPasswordError) return { ok: false, message: err.message };
      if (err instanceof BackupError) {
        this.#sealed = null;
        const message = `Nothing was imported from ${name}: ${err.message}`;
        alerts.show(message);
        return { ok: false, message };
      }
      if (err instanceof Error && err.name === 'QuotaExceededError') {
        const message = `This device is out of storage space, so nothing was imported from ${name}. Free up space, then try again.`;
        alerts.show(message);
        return { ok: false, message };
      }
      reportError(err, 'importing conversations');
      return { ok: false, message: 'The import failed.' };
    } finally {
      this.#busy = false;
    }
  }

  /** Checks the whole text of an export first, then adds what it holds; writes nothing unless all of it is valid. */
  async #importText(name: string, text: string): Promise<Outcome> {
    const [{ parseExport }, { importConversations }] = await Promise.all([import('../db/parse-export'), import('../db/import')]);
    const parsed = parseExport(text);
    if (!parsed.ok) {
      const message = `Nothing was imported from ${name}: ${parsed.error}`;
      alerts.show(message);
      return { ok: false, message };
    }
    const added = await importConversations(parsed.items);
    await conversations.refresh();
    sync.post({ type: 'conversations' });
    const copies = added.copies > 0 ? ` ${plural(added.copies, 'conversation')} matched one here with other content, so ${added.copies === 1 ? 'it was' : 'they were'} added as a separate copy, marked “(imported copy)”.` : '';
    const message =
      added.conversations === 0 && added.messages === 0
        ? `Everything in ${name} was already here; nothing was added.`
        : `Imported ${plural(added.conversations, 'conversation')} and ${plural(added.messages, 'message')} from ${name}.${copies}`;
    notices.show(message);
    return { ok: true, message };
  }
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? word : words}`;
}

export const transfers = new Transfers();
