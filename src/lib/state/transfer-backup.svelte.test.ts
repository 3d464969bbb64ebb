import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decryptBackup, encryptBackup } from '../db/backup-crypto';
import * as db from '../db/db';
import { toExportJson } from '../db/transfer';
import type { ConversationRecord } from '../db/types';
import { alerts, notices } from './alerts.svelte';
import { conversations } from './conversations.svelte';
import { transfers } from './transfer.svelte';

const saved = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('../download', () => ({ saveFile: (name: string, _mime: string, text: string) => saved.push({ name, text }) }));

const PASSWORD = 'tangerine meadow';
const NOW = Date.UTC(2026, 10, 28);

function exportText(): string {
  const c: ConversationRecord = { id: 'c1', title: 'Ward round notes', titleEdited: false, createdAt: NOW, updatedAt: NOW, messageCount: 1 };
  return toExportJson([{ conversation: c, messages: [{ id: 'm1', conversationId: 'c1', role: 'user', text: 'ostrich canary', status: 'complete', createdAt: NOW, updatedAt: NOW }] }], new Date(NOW));
}

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

beforeEach(async () => {
  db.useDatabase(`backup-${Math.random()}`);
  alerts.clear();
  notices.dismiss();
  transfers.cancelBackup();
  saved.length = 0;
  await conversations.load();
});
afterEach(() => db.closeDb());

describe('encrypted backups', () => {
  it('waits for the password; a wrong one imports nothing and can be tried again; the right one imports', async () => {
    const backup = await encryptBackup(exportText(), PASSWORD);
    const chosen = await transfers.import(file('b.sotto-backup.json', backup));
    expect(chosen).toEqual({ ok: false, message: 'b.sotto-backup.json is an encrypted backup. Enter its password to import it.' });
    expect(transfers.sealedBackup).toBe('b.sotto-backup.json');

    expect(await transfers.openBackup('tangerine meadows')).toEqual({ ok: false, message: 'That password does not open this backup. Check it and try again; nothing was imported.' });
    expect(transfers.sealedBackup).toBe('b.sotto-backup.json');
    expect(await db.countConversations()).toBe(0);
    expect(alerts.list).toEqual([]);

    expect(await transfers.openBackup(PASSWORD)).toEqual({ ok: true, message: 'Imported 1 conversation and 1 message from b.sotto-backup.json.' });
    expect(transfers.sealedBackup).toBeNull();
    expect(conversations.list.map((c) => c.title)).toEqual(['Ward round notes']);
  }, 30_000);

  it('refuses a damaged backup before asking for its password', async () => {
    const backup = await encryptBackup(exportText(), PASSWORD);
    const result = await transfers.import(file('cut.sotto-backup.json', backup.slice(0, 300)));
    expect(result.ok).toBe(false);
    expect(transfers.sealedBackup).toBeNull();
    expect(alerts.list[0]?.message).toMatch(/^Nothing was imported from cut\.sotto-backup\.json: This encrypted backup is damaged/);
  }, 30_000);

  it('can be cancelled, and a new file replaces the one waiting', async () => {
    const backup = await encryptBackup(exportText(), PASSWORD);
    await transfers.import(file('b.sotto-backup.json', backup));
    transfers.cancelBackup();
    expect(transfers.sealedBackup).toBeNull();
    await transfers.import(file('b.sotto-backup.json', backup));
    expect((await transfers.import(file('plain.json', exportText()))).ok).toBe(true);
    expect(transfers.sealedBackup).toBeNull();
  }, 30_000);

  it('exports the same text as Export all (JSON), sealed, after checking the password', async () => {
    await db.createConversation({ id: 'c1', title: 'Ward round notes', titleEdited: false, createdAt: NOW, updatedAt: NOW, messageCount: 0 });
    expect(await transfers.exportBackup('tangerine', 'tangerines')).toEqual({ ok: false, message: 'The two passwords differ. Type the same password in both fields.' });
    expect(await transfers.exportBackup('short', 'short')).toMatchObject({ ok: false });
    expect(saved).toEqual([]);

    const result = await transfers.exportBackup(PASSWORD, PASSWORD);
    expect(result.ok).toBe(true);
    expect(saved).toHaveLength(1);
    const [backup] = saved;
    expect(backup?.name).toMatch(/^sotto-\d{4}-\d{2}-\d{2}\.sotto-backup\.json$/);
    expect(result.message).toBe(`Saved ${backup?.name}. Only its password opens it, and Sotto cannot recover a forgotten password.`);
    expect(backup?.text).not.toContain('Ward round');

    const inside = JSON.parse(await decryptBackup(backup?.text ?? '', PASSWORD)) as { format: string; conversations: { title: string }[] };
    expect(inside.format).toBe('sotto-conversations');
    expect(inside.conversations.map((c) => c.title)).toEqual(['Ward round notes']);
  }, 30_000);
});
