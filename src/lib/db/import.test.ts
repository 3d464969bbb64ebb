import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendMessage, closeDb, createConversation, exportConversations, getMessages, listConversations, useDatabase } from './db';
import { importConversations } from './import';
import { DEFAULT_IMPORT_LIMITS, parseExport } from './parse-export';
import { messageJson, toExportJson } from './transfer';
import type { ConversationExport, MessageRecord } from './types';

const T = Date.UTC(2026, 10, 28, 14, 3);
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_TITLE = DEFAULT_IMPORT_LIMITS.maxTitle;
const MAX_TEXT = DEFAULT_IMPORT_LIMITS.maxText;

let names: string[] = [];

/** A new, empty database, as a fresh browser profile has. */
function freshDatabase(): void {
  const name = `import-${names.length}-${Math.random()}`;
  names.push(name);
  useDatabase(name);
}

/** Deletes the databases made so far (the random files hold texts of a megabyte). */
async function dropDatabases(): Promise<void> {
  closeDb();
  await Promise.all(names.map((name) => new Promise((done) => (indexedDB.deleteDatabase(name).onsuccess = done))));
  names = [];
}

beforeEach(() => freshDatabase());
afterEach(dropDatabases);

/** What "Export all" writes, at a fixed time so that two exports can be compared byte for byte. */
async function exportAll(): Promise<string> {
  return toExportJson(await exportConversations(), new Date(T));
}

/** What the Import button does with a file: check all of it, then write it. */
async function importFile(text: string): Promise<{ conversations: number; messages: number; copies: number }> {
  const parsed = parseExport(text);
  if (!parsed.ok) throw new Error(`The file did not import: ${parsed.error}`);
  return importConversations(parsed.items);
}

/** The file imports; if not, the test shows why. */
function expectImports(text: string, what: string): void {
  const parsed = parseExport(text);
  expect(parsed.ok ? 'imports' : parsed.error, what).toBe('imports');
}

/** Puts a conversation here as the app would have written it. */
async function keep({ conversation, messages }: ConversationExport): Promise<void> {
  await createConversation({ ...conversation, messageCount: 0 });
  for (const m of messages) await appendMessage({ ...m, conversationId: conversation.id });
}

function item(id: string, title: string, messages: Omit<MessageRecord, 'conversationId'>[]): ConversationExport {
  return {
    conversation: { id, title, titleEdited: true, createdAt: T, updatedAt: T, messageCount: messages.length },
    messages: messages.map((m) => ({ ...m, conversationId: id })),
  };
}

const question = { id: 'q1', role: 'user', text: 'What is the usual dose?', status: 'complete', createdAt: T, updatedAt: T } as const;
const answer = {
  id: 'a1',
  role: 'assistant',
  text: 'It depends on weight.',
  status: 'complete',
  createdAt: T + 1000,
  updatedAt: T + 1000,
  parentId: 'q1',
  provenance: { tier: 'mini', where: 'cloud', model: 'gpt-4o-mini', host: 'llm.example.org' },
  stats: { tokens: 42, decodeMs: 1500, tokensPerSecond: 28, finish: 'stop' },
} as const;

describe('importing a conversation whose id is already here', () => {
  it('keeps the title of a copy within the import limit, so the next export imports', async () => {
    const title = `${'x'.repeat(MAX_TITLE - 1)}😀`.slice(-MAX_TITLE);
    await keep(item('c1', title, [question]));
    const theirs = item('c1', title, [{ ...question, text: 'Another question' }]);
    expect(await importConversations([theirs])).toMatchObject({ copies: 1 });
    const copy = (await listConversations()).find((c) => c.title !== title)!;
    expect(copy.title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(copy.title).toMatch(/… \(imported copy\)$/);
    expectImports(await exportAll(), 'the next export');
  });

  it('never splits an emoji when it shortens a title', async () => {
    const title = `${'x'.repeat(MAX_TITLE - 18)}😀${'y'.repeat(16)}`;
    await keep(item('c1', title, [question]));
    await importConversations([item('c1', title, [{ ...question, text: 'Another question' }])]);
    const copy = (await listConversations()).find((c) => c.title !== title)!;
    expect(copy.title).toBe(`${'x'.repeat(MAX_TITLE - 18)}… (imported copy)`);
  });

  it('adds a reply that differs only in who is said to have written it, or in its stats, as a copy', async () => {
    await keep(item('c1', 'Dosage', [question, answer]));
    const otherModel = item('c1', 'Dosage', [question, { ...answer, provenance: { ...answer.provenance, model: 'gpt-4o' } }]);
    const otherStats = item('c1', 'Dosage', [question, { ...answer, stats: { ...answer.stats, tokens: 43 } }]);
    expect(await importConversations([otherModel])).toEqual({ conversations: 1, messages: 2, copies: 1 });
    expect(await importConversations([otherStats])).toEqual({ conversations: 1, messages: 2, copies: 1 });
    expect(await importConversations([item('c1', 'Dosage', [question, answer])])).toEqual({ conversations: 0, messages: 0, copies: 0 });
    expect((await getMessages('c1')).map((m) => [m.provenance?.model, m.stats?.tokens])).toEqual([
      [undefined, undefined],
      ['gpt-4o-mini', 42],
    ]);
  });

  it('finds its own export already here, even a reply whose stats hold more than an export writes', async () => {
    await keep(item('c1', 'Dosage', [question, { ...answer, stats: { ...answer.stats, promptTokens: 120 } }]));
    expect(await importFile(await exportAll())).toEqual({ conversations: 0, messages: 0, copies: 0 });
  });
});

// ---------------------------------------------------------------- random export files

/** A small seeded generator (mulberry32), so every run checks the same files. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <V>(values: readonly V[]): V => values[int(0, values.length - 1)]!;
  return { chance: (p: number) => next() < p, int, pick, next };
}
type Random = ReturnType<typeof seeded>;

const PIECES = ['Dose', 'café', 'مرحبا بالعالم', 'שלום', '😀', '👩🏽‍⚕️', '𝒳', '\u202Eevil', '会议记录', '"quoted"', '\\', '\n', '  ', '\u2028', '\u0000', '\uD800', '```js', '# ', '1e999'];

function words(r: Random, max: number): string {
  const parts: string[] = [];
  for (let i = r.int(0, 8); i > 0; i--) parts.push(r.pick(PIECES));
  return parts.join(r.pick([' ', '', '\t'])).slice(0, max);
}

/** Text of exactly `length` UTF-16 units (cut anywhere, even inside an emoji, as a file may be). */
function exactly(r: Random, length: number): string {
  const unit = `${words(r, 60)} word `;
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Text up to `max`; now and then exactly `max` (rarely: a text of a million characters is slow to store). */
function text(r: Random, max: number): string {
  return r.chance(0.003) ? exactly(r, max) : words(r, max);
}

/** A time an export can hold, written as a file may write it: UTC, or local time with any offset. */
function date(r: Random, now: number): string {
  const ms = r.pick([0, 1, now + DAY_MS - r.int(1, 60_000), r.int(0, now), T + r.int(0, 10_000)]);
  if (r.chance(0.5)) return new Date(ms).toISOString();
  const offset = r.int(-(23 * 60 + 59), 23 * 60 + 59);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function number(r: Random): number {
  return r.pick([0, 1e12, 5e-324, 0.1 + 0.2, r.next() * 1e5, r.int(0, 1e9)]);
}

/** A random export file that Sotto should import: every field within its limits, edge values often. */
function randomFile(r: Random, seed: number, now: number): string {
  let serial = 0;
  const id = (): string => {
    const own = `-${seed}-${serial++}`;
    if (r.chance(0.1)) return crypto.randomUUID();
    return r.chance(0.1) ? `${exactly(r, 200)}`.slice(0, 200 - own.length) + own : `${words(r, 20)}${own}`;
  };
  const conversations = Array.from({ length: r.int(0, 4) }, () => {
    const messages: Record<string, unknown>[] = [];
    for (let i = r.int(0, 6); i > 0; i--) {
      const role = r.pick(['user', 'assistant'] as const);
      const earlier = messages.map((m) => m.id as string);
      const message: Record<string, unknown> = {
        id: id(),
        role,
        text: text(r, MAX_TEXT),
        status: r.pick(['complete', 'stopped', 'interrupted', 'failed', 'streaming']),
        createdAt: date(r, now),
        updatedAt: date(r, now),
      };
      if (role === 'assistant') {
        const model = r.chance(0.1) ? exactly(r, 199) + 'm' : `model ${words(r, 20)}x`;
        message.provenance = r.chance(0.5)
          ? { tier: 'nano', where: 'local', model }
          : { tier: 'mini', where: 'cloud', model, ...(r.chance(0.5) ? { host: r.chance(0.2) ? 'h'.repeat(200) : 'llm.example.org' } : {}) };
        if (r.chance(0.6)) message.stats = { tokens: r.pick([0, 1e12, r.int(0, 5000)]), decodeMs: number(r), tokensPerSecond: number(r), finish: r.pick(['stop', 'length']) };
      }
      if (r.chance(0.3)) message.note = text(r, MAX_TEXT);
      if (r.chance(0.6)) message.parentId = earlier.length > 0 && r.chance(0.8) ? r.pick(earlier) : null;
      messages.push(message);
    }
    const title = r.chance(0.3) ? exactly(r, MAX_TITLE) : words(r, MAX_TITLE);
    return {
      id: id(),
      title,
      titleEdited: r.chance(0.5),
      createdAt: date(r, now),
      updatedAt: date(r, now),
      ...(messages.length > 0 && r.chance(0.4) ? { leafId: r.pick(messages).id } : {}),
      ...(r.chance(0.3) ? { instructions: text(r, MAX_TEXT) } : {}),
      messages,
    };
  });
  const file = { format: 'sotto-conversations', version: 1, exportedAt: date(r, now), conversations };
  return JSON.stringify(file, null, r.pick([0, 2, '\t']));
}

/** Export all → import into a fresh database → export all: the two files are the same, byte for byte. */
async function expectStableExport(): Promise<string> {
  const once = await exportAll();
  freshDatabase();
  await importFile(once);
  expect(await exportAll()).toBe(once);
  return once;
}

/** A conversation's messages as an export writes them, ids aside (a copy has new ones). */
function content({ messages }: ConversationExport): string {
  return JSON.stringify(messages.map((m) => JSON.stringify({ ...messageJson(m), id: '', parentId: '' })).sort());
}

/** The same conversations with other content here: one reply said to be by another model, or one text changed. */
function changedHere(r: Random, { conversation, messages }: ConversationExport): ConversationExport {
  const k = r.int(0, messages.length - 1);
  return {
    conversation: { ...conversation, updatedAt: conversation.createdAt },
    messages: messages.map((m, i) => {
      if (i !== k) return m;
      return m.provenance && r.chance(0.5) ? { ...m, provenance: { ...m.provenance, model: `${m.provenance.model.slice(0, 150)} here` } } : { ...m, text: `${m.text.slice(0, 1000)} (here)` };
    }),
  };
}

describe('export → import → export, for random files', () => {
  const FILES = 200;

  it(`gives the same file byte for byte for ${FILES} random files, into a fresh database and into one where they clash`, async () => {
    const now = Date.now();
    let copies = 0;
    let longest = 0;
    for (let seed = 1; seed <= FILES; seed++) {
      const r = seeded(seed);
      const file = randomFile(r, seed, now);
      expectImports(file, `file ${seed}`);
      const parsed = parseExport(file);
      if (!parsed.ok) continue;
      longest = Math.max(longest, ...parsed.items.flatMap((i) => i.messages.map((m) => m.text.length)));

      // Into a fresh database.
      freshDatabase();
      await importConversations(parsed.items);
      const exported = await expectStableExport();
      // Its own export is already here: importing it again adds nothing.
      expect(await importFile(exported)).toEqual({ conversations: 0, messages: 0, copies: 0 });

      // Into a database that holds the same conversations with other content, and a message id of the file elsewhere.
      freshDatabase();
      for (const theirs of parsed.items) if (theirs.messages.length > 0 && r.chance(0.7)) await keep(changedHere(r, theirs));
      const taken = parsed.items.flatMap((i) => i.messages).find(() => r.chance(0.2));
      if (taken && !(await exportConversations([taken.conversationId])).length) {
        await keep(item(`elsewhere-${seed}`, 'Elsewhere', [{ ...taken, parentId: null }]));
      }
      copies += (await importConversations(parsed.items)).copies;
      // Nothing of the file is lost: each of its conversations is here, as it was or as a copy.
      const kept = new Set((await exportConversations()).map(content));
      for (const [i, theirs] of parsed.items.entries()) expect(kept.has(content(theirs)), `file ${seed}, conversation ${i}`).toBe(true);
      const clashed = await exportAll();
      expectImports(clashed, `file ${seed} after a clash`);
      expect(await importFile(clashed)).toEqual({ conversations: 0, messages: 0, copies: 0 });

      // Copies of the copies: the same ids (those of the imported copies among them) with other content again.
      const again = parseExport(clashed);
      if (!again.ok) continue;
      await importConversations(again.items.filter((i) => i.messages.length > 0).map((i) => changedHere(r, i)));
      const twice = await exportAll();
      expectImports(twice, `file ${seed} after copies of copies`);
      freshDatabase();
      await importFile(twice);
      expect(await exportAll()).toBe(twice);
      await dropDatabases();
    }
    // The files did clash, and held texts at the limit: the checks above are not empty.
    expect(copies).toBeGreaterThan(FILES / 2);
    expect(longest).toBe(MAX_TEXT);
  }, 300_000);
});
