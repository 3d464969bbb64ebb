import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as db from '../db/db';
import type { ConversationRecord } from '../db/types';
import { alerts, notices } from './alerts.svelte';
import { conversations } from './conversations.svelte';
import { finishErase, userData } from './data.svelte';

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

