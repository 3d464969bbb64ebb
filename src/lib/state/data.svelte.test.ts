import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as db from '../db/db';
import { toExportJson } from '../db/transfer';
import type { ConversationRecord } from '../db/types';
import { alerts, notices } from './alerts.svelte';
import { conversations } from './conversations.svelte';
import { MAX_IMPORT_BYTES, finishErase, userData } from './data.svelte';

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

  it('counts what a period would delete, log entries included, and Undo brings all of it back', async () => {
    const now = Date.now();
    await db.createConversation({ ...conversation('old', 0), updatedAt: now - 45 * DAY });
    await db.createConversation({ ...conversation('kept', 0), updatedAt: now - DAY });
    const entry = (id: string, conversationId: string, daysAgo: number) => ({ id, at: now - daysAgo * DAY, host: 'h', body: '{}', outcome: 'complete' as const, conversationId });
    await db.appendAudit(entry('of-old', 'old', 45));
    await db.appendAudit(entry('old-of-kept', 'kept', 40));
    await db.appendAudit(entry('new-of-kept', 'kept', 1));
    expect(await userData.retentionImpact(30, now)).toEqual({ conversations: 1, logEntries: 2 });
    expect(await userData.retentionImpact(null, now)).toEqual({ conversations: 0, logEntries: 0 });
    await userData.setRetention(30, now);
    expect(notices.current?.message).toBe('Deleted 1 conversation with no activity for 30 days, and 1 older privacy-log entry.');
    expect((await db.listAudit()).map((e) => e.id)).toEqual(['new-of-kept']);
    notices.current?.action?.run();
    await expect.poll(async () => (await db.listAudit()).length).toBe(3);
    expect((await db.listConversations()).map((c) => c.id).sort()).toEqual(['kept', 'old']);
    expect(userData.retentionDays).toBeNull();
  });

  it('a period that would delete only privacy-log entries says so, and can be undone', async () => {
    const now = Date.now();
    await db.createConversation({ ...conversation('kept', 0), updatedAt: now - DAY });
    await db.appendAudit({ id: 'old-send', at: now - 40 * DAY, host: 'h', body: '{}', outcome: 'complete', conversationId: 'kept' });
    expect(await userData.retentionImpact(30, now)).toEqual({ conversations: 0, logEntries: 1 });
    await userData.setRetention(30, now);
    expect(notices.current?.message).toBe('Deleted 1 older privacy-log entry.');
    notices.current?.action?.run();
    await expect.poll(async () => (await db.listAudit()).map((e) => e.id)).toEqual(['old-send']);
  });
});

describe('erase', () => {
  it('a start-up after an erase cut short finds it unfinished, and finishing it removes the marker', async () => {
    await db.createConversation(conversation('c', 1));
    await db.eraseEverything(false);
    expect(await db.pendingErase()).toMatchObject({ alsoModels: false });
    await finishErase(false);
    expect(await db.pendingErase()).toBeUndefined();
    expect(await db.countConversations()).toBe(0);
  });
});

describe('import size', () => {
  it('refuses a file over the limit without reading a byte of it', async () => {
    let read = false;
    const huge = { name: 'huge.json', size: MAX_IMPORT_BYTES + 1, text: () => ((read = true), Promise.resolve('{}')) } as unknown as File;
    const result = await userData.import(huge);
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
