/** The user's data as a whole: export, import, erase, and how long conversations are kept. */
import { BACKUP_EXTENSION, BackupError, WrongBackupPasswordError, checkBackup, decryptBackup, encryptBackup, isEncryptedBackup, newPasswordProblem } from '../db/backup-crypto';
import * as db from '../db/db';
import { saveFile } from '../download';
import { deleteDownloadedModels, formatBytes } from '../engine/model-storage';
import { alerts, notices, reportError } from './alerts.svelte';
import { conversations } from './conversations.svelte';
import { sync } from './sync';
import { markErased } from './draft';
import { forgetRates } from './token-rate';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The largest import file read: a bigger one would take more memory than a tab may have. */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;
export const RETENTION_CHOICES = [null, 7, 30, 90, 365] as const;

/** What an import (or an encrypted export) did, in words for the user. */
export interface Outcome {
  ok: boolean;
  message: string;
}

/** What a retention period would delete now. */
export interface RetentionImpact {
  conversations: number;
  logEntries: number;
}

class UserData {
  #retentionDays = $state<number | null>(null);
  #busy = $state(false);
  /** An encrypted backup chosen for import, waiting for its password. */
  #sealed = $state.raw<{ name: string; text: string } | null>(null);

  get retentionDays(): number | null {
    return this.#retentionDays;
  }
  get busy(): boolean {
    return this.#busy;
  }
  /** The file name of an encrypted backup that waits for its password, or null. */
  get sealedBackup(): string | null {
    return this.#sealed?.name ?? null;
  }

  async loadSettings(): Promise<void> {
    this.#retentionDays = (await db.getSetting<number | null>('retentionDays')) ?? null;
  }

  /** What a retention period of `days` would delete now: conversations, and privacy-log entries older than it. */
  async retentionImpact(days: number | null, now = Date.now()): Promise<RetentionImpact> {
    if (!days) return { conversations: 0, logEntries: 0 };
    const cutoff = now - days * DAY_MS;
    const [conversations, logEntries] = await Promise.all([db.countConversationsBefore(cutoff), db.countAuditBefore(cutoff)]);
    return { conversations, logEntries };
  }

  /**
   * Sets how many days conversations are kept (null: forever) and applies it now. The caller has
   * asked first if anything would go (see `retentionImpact`); the notice offers Undo, which brings
   * back what went (conversations and log entries) and the period before.
   */
  async setRetention(days: number | null, now = Date.now()): Promise<void> {
    const before = this.#retentionDays;
    this.#retentionDays = days;
    await db.setSetting('retentionDays', days);
    sync.post({ type: 'settings' });
    const removed = await this.#apply(now);
    const log = removed.audit.length > 0 ? plural(removed.audit.length, 'older privacy-log entry', 'older privacy-log entries') : '';
    const what =
      removed.conversations.length > 0
        ? `${plural(removed.conversations.length, 'conversation')} with no activity for ${retentionWords(days)}${log ? `, and ${log}` : ''}`
        : log;
    if (what) {
      notices.show(`Deleted ${what}.`, {
        label: 'Undo',
        run: () => void this.#undoRetention(removed, before),
      });
    }
  }

  /** Deletes conversations (and privacy-log entries) older than the retention period; at start-up and daily. */
  async applyRetention(now = Date.now()): Promise<number> {
    const removed = await this.#apply(now);
    // The log keeps no entry whose conversation is gone, whatever the period.
    const pruned = await db.pruneAudit();
    if (pruned > 0) sync.post({ type: 'settings' });
    return removed.conversations.length;
  }

  async #apply(now: number): Promise<db.RetentionRemoved> {
    const days = this.#retentionDays;
    if (!days) return { conversations: [], audit: [] };
    const removed = await db.deleteConversationsBefore(now - days * DAY_MS);
    await db.setSetting('retentionLastRun', now);
    if (removed.conversations.length > 0) {
      await conversations.refresh();
      sync.post({ type: 'conversations' });
    }
    return removed;
  }

  async #undoRetention(removed: db.RetentionRemoved, days: number | null): Promise<void> {
    try {
      this.#retentionDays = days;
      await db.setSetting('retentionDays', days);
      await db.putConversations(removed.conversations);
      await db.restoreAudit(removed.audit);
      await conversations.refresh();
      sync.post({ type: 'conversations' });
      sync.post({ type: 'settings' });
    } catch (err) {
      reportError(err, 'bringing back what retention deleted');
    }
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
      const text = await file.text();
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
      const text = await decryptBackup(sealed.text, password);
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

  /**
   * Deletes everything of the user's, in this tab and the others: conversations, settings and the
   * privacy log (IndexedDB), drafts (sessionStorage), localStorage, and every cache but the app
   * itself (and the models, unless asked); then starts afresh. The IndexedDB part is one
   * transaction that leaves a marker; if the tab closes before the rest is cleared, the next start
   * finishes the erase (`finishErase`).
   */
  async eraseEverything(alsoModels: boolean): Promise<void> {
    this.#busy = true;
    // The other tabs stop writing (and forget their drafts) before anything is deleted.
    sync.post({ type: 'erasing' });
    try {
      await db.eraseEverything(alsoModels);
    } catch (err) {
      this.#busy = false;
      reportError(err, 'erasing your data (nothing was erased)');
      return;
    }
    try {
      await finishErase(alsoModels);
      sync.post({ type: 'erased' });
      location.reload();
    } catch (err) {
      this.#busy = false;
      // The conversations are gone; what is left is finished at the next start (the marker stays).
      alerts.show(`Your conversations, settings and privacy log are erased, but clearing the rest did not finish (${errorText(err)}). Reload Sotto to finish erasing.`);
    }
  }
}

/**
 * The part of Erase everything outside IndexedDB, then the marker goes: the downloaded models when
 * asked, this tab's sessionStorage, localStorage and the caches. Run by the erase, and at start-up
 * when an erase was cut short.
 */
export async function finishErase(alsoModels: boolean): Promise<void> {
  if (alsoModels) await deleteDownloadedModels();
  await clearBrowserStorage(!alsoModels);
  markErased();
  await db.endErase();
}

/**
 * Clears what the browser keeps for this origin outside IndexedDB: this tab's sessionStorage (the
 * draft), localStorage, and Cache Storage except the app shell's precache and, when `keepModels`,
 * web-llm's model caches.
 */
export async function clearBrowserStorage(keepModels: boolean): Promise<void> {
  forgetRates();
  try {
    globalThis.sessionStorage?.clear();
    globalThis.localStorage?.clear();
  } catch {
    // Storage that cannot be reached holds nothing to clear.
  }
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  const kept = (name: string) => name.startsWith('workbox-precache') || (keepModels && name.startsWith('webllm'));
  await Promise.all(names.filter((n) => !kept(n)).map((n) => caches.delete(n)));
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** "30 days", "1 year". */
export function retentionWords(days: number | null): string {
  return days === null ? 'forever' : days === 365 ? '1 year' : `${days} days`;
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? word : words}`;
}

export const userData = new UserData();
