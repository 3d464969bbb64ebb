import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as db from '../db/db';
import { toExportJson } from '../db/transfer';
import type { ConversationRecord } from '../db/types';
import { alerts, notices } from './alerts.svelte';
import { conversations } from './conversations.svelte';
import { MAX_IMPORT_BYTES, transfers } from './transfer.svelte';

const NOW = Date.UTC(2026, 10, 28);

function conversation(id: string, daysAgo: number): ConversationRecord {
  const t = NOW - daysAgo * 24 * 60 * 60 * 1000;
  return { id, title: id, titleEdited: false, createdAt: t, updatedAt: t, messageCount: 0 };
}

beforeEach(async () => {
  db.useDatabase(`transfer-${Math.random()}`);
  alerts.clear();
  notices.dismiss();
  await conversations.load();
});
afterEach(() => db.closeDb());

describe('import size', () => {
  it('refuses a file over the limit without reading a byte of it', async () => {
    let read = false;
    const huge = { name: 'huge.json', size: MAX_IMPORT_BYTES + 1, text: () => ((read = true), Promise.resolve('{}')) } as unknown as File;
    const result = await transfers.import(huge);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('more than the');
    expect(read).toBe(false);
  });
});

describe('import', () => {
  const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

  it('imports a valid export once; the second time adds nothing', async () => {
    const c = conversation('c1', 1);
    const json = toExportJson(
      [{ conversation: c, messages: [{ id: 'm1', conversationId: 'c1', role: 'user', text: 'hello', status: 'complete', createdAt: c.createdAt, updatedAt: c.updatedAt }] }],
      new Date(NOW),
    );
    expect(await transfers.import(file('a.json', json))).toEqual({ ok: true, message: 'Imported 1 conversation and 1 message from a.json.' });
    expect(await transfers.import(file('a.json', json))).toEqual({ ok: true, message: 'Everything in a.json was already here; nothing was added.' });
    expect(conversations.list.map((c) => c.id)).toEqual(['c1']);
  });

  it('writes nothing from an invalid file and says why', async () => {
    const result = await transfers.import(file('notes.json', '{"format": "something-else"}'));
    expect(result.ok).toBe(false);
    expect(alerts.list[0]?.message).toMatch(/^Nothing was imported from notes\.json: This file is not a Sotto export/);
    expect(await db.countConversations()).toBe(0);
  });
});
