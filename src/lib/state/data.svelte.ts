/** The user's data as a whole: export, import, erase, and how long conversations are kept. */
import * as db from '../db/db';
import { saveFile } from '../download';
import { deleteDownloadedModels, formatBytes } from '../engine/model-storage';
import { alerts, notices, reportError } from './alerts.svelte';
import { conversations } from './conversations.svelte';
import { sync } from './sync';
import { forgetRates } from './token-rate';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The largest import file read: a bigger one would take more memory than a tab may have. */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;
export const RETENTION_CHOICES = [null, 7, 30, 90, 365] as const;

class UserData {
  #retentionDays = $state<number | null>(null);
  #busy = $state(false);

  get retentionDays(): number | null {
    return this.#retentionDays;
  }
  get busy(): boolean {
    return this.#busy;
  }

  async loadSettings(): Promise<void> {
    this.#retentionDays = (await db.getSetting<number | null>('retentionDays')) ?? null;
  }

  /** How many conversations a retention period of `days` would delete now (0 for "forever"). */
  async retentionImpact(days: number | null, now = Date.now()): Promise<number> {
    return days ? db.countConversationsBefore(now - days * DAY_MS) : 0;
  }

  /**
   * Sets how many days conversations are kept (null: forever) and applies it now. The caller has
   * asked first if anything would go (see `retentionImpact`); the notice offers Undo, which brings
   * back what went and the period before.
   */
  async setRetention(days: number | null, now = Date.now()): Promise<void> {
    const before = this.#retentionDays;
    this.#retentionDays = days;
    await db.setSetting('retentionDays', days);
    sync.post({ type: 'settings' });
    const removed = await this.#apply(now);
    if (removed.length > 0) {
      notices.show(`Deleted ${plural(removed.length, 'conversation')} with no activity for ${retentionWords(days)}.`, {
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
    return removed.length;
  }

  async #apply(now: number): Promise<Awaited<ReturnType<typeof db.deleteConversationsBefore>>> {
    const days = this.#retentionDays;
    if (!days) return [];
    const removed = await db.deleteConversationsBefore(now - days * DAY_MS);
    await db.setSetting('retentionLastRun', now);
    if (removed.length > 0) {
      await conversations.refresh();
      sync.post({ type: 'conversations' });
    }
    return removed;
  }

  async #undoRetention(removed: Awaited<ReturnType<typeof db.deleteConversationsBefore>>, days: number | null): Promise<void> {
    try {
      this.#retentionDays = days;
      await db.setSetting('retentionDays', days);
      await db.putConversations(removed);
      await conversations.refresh();
      sync.post({ type: 'conversations' });
      sync.post({ type: 'settings' });
    } catch (err) {
      reportError(err, 'bringing back the deleted conversations');
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

  /** Checks the whole file first; writes nothing unless all of it is valid. Returns what happened. */
  async import(file: File): Promise<{ ok: boolean; message: string }> {
    // The size is checked before a byte is read: reading a file far too large would crash the tab.
    if (file.size > MAX_IMPORT_BYTES) {
      const message = `Nothing was imported from ${file.name}: it is ${formatBytes(file.size)}, more than the ${formatBytes(MAX_IMPORT_BYTES)} Sotto can read at once. Export the conversations in smaller files (each conversation has its own Export JSON), then import each file.`;
      alerts.show(message);
      return { ok: false, message };
    }
    this.#busy = true;
    try {
      const { parseExport } = await import('../db/transfer');
      const parsed = parseExport(await file.text());
      if (!parsed.ok) {
        const message = `Nothing was imported from ${file.name}: ${parsed.error}`;
        alerts.show(message);
        return { ok: false, message };
      }
      const added = await db.importConversations(parsed.items);
      await conversations.refresh();
      sync.post({ type: 'conversations' });
      const copies = added.copies > 0 ? ` ${plural(added.copies, 'conversation')} matched one here with other content, so ${added.copies === 1 ? 'it was' : 'they were'} added as a separate copy, marked “(imported copy)”.` : '';
      const message =
        added.conversations === 0 && added.messages === 0
          ? `Everything in ${file.name} was already here; nothing was added.`
          : `Imported ${plural(added.conversations, 'conversation')} and ${plural(added.messages, 'message')} from ${file.name}.${copies}`;
      notices.show(message);
      return { ok: true, message };
    } catch (err) {
      if (err instanceof Error && err.name === 'QuotaExceededError') {
        const message = `This device is out of storage space, so nothing was imported from ${file.name}. Free up space, then try again.`;
        alerts.show(message);
        return { ok: false, message };
      }
      reportError(err, 'importing conversations');
      return { ok: false, message: 'The import failed.' };
    } finally {
      this.#busy = false;
    }
  }

  /**
   * Deletes everything of the user's, in this tab and the others: conversations, settings and the
   * privacy log (IndexedDB), drafts (sessionStorage), localStorage, and every cache but the app
   * itself (and the models, unless asked); then starts afresh.
   */
  async eraseEverything(alsoModels: boolean): Promise<void> {
    this.#busy = true;
    try {
      // The other tabs stop writing (and forget their drafts) before anything is deleted.
      sync.post({ type: 'erasing' });
      db.beginErase();
      await db.eraseEverything();
      if (alsoModels) await deleteDownloadedModels();
      await clearBrowserStorage(!alsoModels);
      sync.post({ type: 'erased' });
      location.reload();
    } catch (err) {
      this.#busy = false;
      reportError(err, 'erasing your data');
    }
  }
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

/** "30 days", "1 year". */
export function retentionWords(days: number | null): string {
  return days === null ? 'forever' : days === 365 ? '1 year' : `${days} days`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
}

export const userData = new UserData();
