/** The user's data as a whole: export, import, erase, and how long conversations are kept. */
import * as db from '../db/db';
import { saveFile } from '../download';
import { deleteDownloadedModels } from '../engine/model-storage';
import { alerts, notices, reportError } from './alerts.svelte';
import { conversations } from './conversations.svelte';
import { sync } from './sync';

const DAY_MS = 24 * 60 * 60 * 1000;
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

  /** Sets how many days conversations are kept (null: forever) and applies it now. */
  async setRetention(days: number | null): Promise<void> {
    this.#retentionDays = days;
    await db.setSetting('retentionDays', days);
    sync.post({ type: 'settings' });
    await this.applyRetention();
  }

  /** Deletes conversations older than the retention period; at start-up and daily. */
  async applyRetention(now = Date.now()): Promise<number> {
    const days = this.#retentionDays;
    if (!days) return 0;
    const removed = await db.deleteConversationsBefore(now - days * DAY_MS);
    await db.setSetting('retentionLastRun', now);
    if (removed > 0) {
      await conversations.refresh();
      sync.post({ type: 'conversations' });
    }
    return removed;
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
    this.#busy = true;
    try {
      const { parseExport } = await import('../db/transfer');
      const parsed = parseExport(await file.text());
      if (!parsed.ok) {
        const message = `Nothing was imported from ${file.name}: ${parsed.error}`;
        alerts.show(message);
        return { ok: false, message };
      }
      const added = await db.putConversations(parsed.items);
      await conversations.refresh();
      sync.post({ type: 'conversations' });
      const message =
        added.conversations === 0 && added.messages === 0
          ? `Everything in ${file.name} was already here; nothing was added.`
          : `Imported ${plural(added.conversations, 'conversation')} and ${plural(added.messages, 'message')} from ${file.name}.`;
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

  /** Deletes every conversation, setting and log entry (and, if asked, the downloaded models), then starts afresh. */
  async eraseEverything(alsoModels: boolean): Promise<void> {
    this.#busy = true;
    try {
      await db.eraseEverything();
      if (alsoModels) await deleteDownloadedModels();
      sync.post({ type: 'erased' });
      location.reload();
    } catch (err) {
      this.#busy = false;
      reportError(err, 'erasing your data');
    }
  }
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
}

export const userData = new UserData();
