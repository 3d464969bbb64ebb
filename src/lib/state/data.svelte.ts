/** The user's data as a whole: how long conversations are kept, and erasing everything. Export and import are transfer.svelte.ts. */
import * as db from '../db/db';
import { deleteDownloadedModels } from '../engine/model-storage';
import { alerts, notices, reportError } from './alerts.svelte';
import { conversations } from './conversations.svelte';
import { sync } from './sync';
import { markErased } from './draft';
import { forgetRates } from './token-rate';

const DAY_MS = 24 * 60 * 60 * 1000;
export const RETENTION_CHOICES = [null, 7, 30, 90, 365] as const;

/** What a retention period would delete now. */
export interface RetentionImpact {
  conversations: number;
  logEntries: number;
}

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
