import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as db from '../db/db';
import { toExportJson } from '../db/transfer';
import type { ConversationRecord } from '../db/types';
import { alerts, notices } from './alerts.svelte';
import { conversations } from './conversations.svelte';
import { userData } from './data.svelte';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 28);

function conversation(id: string, daysAgo: number): ConversationRecord {
  const t = NOW - daysAgo * DAY;
  return { id, title: id, titleEdited: false, createdAt: t, updatedAt: t, messageCount: 0 };
}

beforeEach(async () => {
  db.useDatabase(`data-${Math.random()}`);
  alerts.clear();
  notices.dismiss();
  await userData.loadSettings();
  await conversations.load();
});
afterEach(() => db.closeDb());

describe('retention', () => {
  it('is off by default and then deletes nothing', async () => {
    await db.createConversation(conversation('ancient', 4000));
    expect(userData.retentionDays).toBeNull();
    expect(await userData.applyRetention(NOW)).toBe(0);
    expect(await db.countConversations()).toBe(1);
  });

  it('deletes conversations with no activity for longer than the chosen days, and remembers the choice', async () => {
    await db.createConversation(conversation('old', 45));
    await db.createConversation(conversation('recent', 10));
    await userData.setRetention(30);
    expect(await userData.applyRetention(NOW)).toBe(0); // setRetention already applied it (with the real clock)
    expect((await db.listConversations()).map((c) => c.id)).toEqual(['recent']);
    expect(conversations.list.map((c) => c.id)).toEqual(['recent']);
    await userData.loadSettings();
    expect(userData.retentionDays).toBe(30);
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
    expect(await userData.import(file('a.json', json))).toEqual({ ok: true, message: 'Imported 1 conversation and 1 message from a.json.' });
    expect(await userData.import(file('a.json', json))).toEqual({ ok: true, message: 'Everything in a.json was already here; nothing was added.' });
    expect(conversations.list.map((c) => c.id)).toEqual(['c1']);
  });

  it('writes nothing from an invalid file and says why', async () => {
    const result = await userData.import(file('notes.json', '{"format": "something-else"}'));
    expect(result.ok).toBe(false);
    expect(alerts.list[0]?.message).toMatch(/^Nothing was imported from notes\.json: This file is not a Sotto export/);
    expect(await db.countConversations()).toBe(0);
  });
});
