import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, parseExport } from './parse-export';
import { EXPORT_FORMAT, EXPORT_VERSION, MissingProvenanceError, exportFileName, toExportJson, toMarkdown } from './transfer';
import type { ConversationExport, ConversationRecord, MessageRecord, Provenance } from './types';

const T = Date.UTC(2026, 10, 28, 14, 3); // 2026-11-28 14:03 UTC
const EXPORTED = new Date(Date.UTC(2026, 10, 28, 15, 30));
const NANO: Provenance = { tier: 'nano', where: 'local', model: 'Qwen2.5 0.5B (CPU)' };
const MINI: Provenance = { tier: 'mini', where: 'cloud', model: 'gpt-4o-mini', host: 'llm.example.org' };
const CHOOSE = 'Choose a file exported from Sotto (Settings → Export).';

function conversation(id: string, over: Partial<ConversationRecord> = {}): ConversationRecord {
  return { id, title: `Conversation ${id}`, titleEdited: false, createdAt: T, updatedAt: T + 60_000, messageCount: 0, ...over };
}

function userMessage(id: string, at: number, text = 'Hello'): MessageRecord {
  return { id, conversationId: '', role: 'user', text, status: 'complete', createdAt: at, updatedAt: at };
}

function reply(id: string, at: number, over: Partial<MessageRecord> = {}): MessageRecord {
  return { id, conversationId: '', role: 'assistant', text: 'Hi there.', status: 'complete', createdAt: at, updatedAt: at + 500, provenance: NANO, ...over };
}

/** A conversation as the database gives it: messages tied to it and counted. */
function item(c: ConversationRecord, messages: MessageRecord[]): ConversationExport {
  return { conversation: { ...c, messageCount: messages.length }, messages: messages.map((m) => ({ ...m, conversationId: c.id })) };
}

function sample(): ConversationExport[] {
  return [
    item(conversation('c1', { title: 'Dosage question', titleEdited: true }), [
      userMessage('m1', T, 'What is the usual dose?'),
      reply('m2', T + 1_000, { text: 'It depends on **weight**.', stats: { tokens: 42, decodeMs: 1_500, tokensPerSecond: 28, finish: 'stop' } }),
      userMessage('m3', T + 2_000, 'Ask the bigger model.'),
      reply('m4', T + 3_000, { provenance: MINI, status: 'stopped', text: 'For adults', note: 'Sent to the cloud with your consent.' }),
    ]),
    item(conversation('c2', { createdAt: T + 10_000, updatedAt: T + 20_000 }), [
      userMessage('m5', T + 10_000),
      reply('m6', T + 11_000, { status: 'failed', text: '' }),
      reply('m7', T + 12_000, { status: 'interrupted', text: 'Partial' }),
    ]),
  ];
}

type Json = Record<string, unknown>;

function validFile(): Json {
  return JSON.parse(toExportJson(sample(), EXPORTED)) as Json;
}

/** The object at a path inside a parsed file, for editing it. */
function at(value: unknown, ...path: (string | number)[]): Json {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], value) as Json;
}

const conv = (f: Json, c: number) => at(f, 'conversations', c);
const msg = (f: Json, c: number, m: number) => at(f, 'conversations', c, 'messages', m);

/** A valid export file with one change made to it. */
function edited(change: (file: Json) => void): string {
  const file = validFile();
  change(file);
  return JSON.stringify(file);
}

describe('toExportJson', () => {
  it('writes a versioned, readable file with ISO times and who wrote each reply', () => {
    const text = toExportJson(sample(), EXPORTED);
    expect(text).toMatch(/^\{\n {2}"format": "sotto-conversations",\n {2}"version": 1,\n {2}"exportedAt": "2026-11-28T15:30:00.000Z",/);
    const file = JSON.parse(text) as Json;
    expect(conv(file, 0)).toMatchObject({ id: 'c1', title: 'Dosage question', titleEdited: true, createdAt: '2026-11-28T14:03:00.000Z' });
    expect(Object.keys(conv(file, 0))).toEqual(['id', 'title', 'titleEdited', 'createdAt', 'updatedAt', 'messages']);
    expect(msg(file, 0, 3)).toEqual({
      id: 'm4',
      role: 'assistant',
      text: 'For adults',
      status: 'stopped',
      createdAt: '2026-11-28T14:03:03.000Z',
      updatedAt: '2026-11-28T14:03:03.500Z',
      provenance: { tier: 'mini', where: 'cloud', model: 'gpt-4o-mini', host: 'llm.example.org' },
      note: 'Sent to the cloud with your consent.',
    });
  });

  it('puts messages in conversation order (time, then id)', () => {
    const c = conversation('c1');
    const shuffled = item(c, [userMessage('b', T + 5), userMessage('c', T), userMessage('a', T + 5)]);
    const file = JSON.parse(toExportJson([shuffled], EXPORTED)) as Json;
    expect((at(file, 'conversations', 0, 'messages') as unknown as Json[]).map((m) => m.id)).toEqual(['c', 'a', 'b']);
  });

  it('refuses a reply that does not say which model wrote it', () => {
    const bad = item(conversation('c9', { title: 'Contract' }), [reply('r1', T, { provenance: undefined })]);
    expect(() => toExportJson([bad], EXPORTED)).toThrow(MissingProvenanceError);
    expect(() => toMarkdown([bad], EXPORTED)).toThrow('A reply in "Contract" (message r1) does not say which model wrote it');
  });
});

describe('parseExport', () => {
  it('gives back the exported records, provenance, stats, notes and renamed titles included', () => {
    const items = sample();
    const result = parseExport(toExportJson(items, EXPORTED));
    expect(result).toStrictEqual({ ok: true, items, messageCount: 7 });
  });

  it('keeps versions, the version shown and the instructions, and exports them again byte for byte', () => {
    const items = [
      item(conversation('v', { leafId: 'a1', instructions: 'Answer briefly.' }), [
        { ...userMessage('q1', T, 'First try'), parentId: null },
        { ...reply('a1', T + 1_000), parentId: 'q1' },
        { ...userMessage('q2', T + 2_000, 'Second try'), parentId: null },
        { ...reply('a2', T + 3_000), parentId: 'q2' },
      ]),
    ];
    const file = toExportJson(items, EXPORTED);
    const parsed = parseExport(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const back = parsed.items;
    expect(back[0]?.conversation).toMatchObject({ leafId: 'a1', instructions: 'Answer briefly.' });
    expect(back[0]?.messages.map((m) => [m.id, m.parentId])).toEqual([
      ['q1', null],
      ['a1', 'q1'],
      ['q2', null],
      ['a2', 'q2'],
    ]);
    expect(toExportJson(back, EXPORTED)).toBe(file);
    expect(toMarkdown(items, EXPORTED)).toContain('_Instructions:_');
  });

  it('refuses a version that points outside its conversation', () => {
    const file = JSON.parse(toExportJson([item(conversation('v'), [{ ...userMessage('q1', T), parentId: 'nowhere' }])], EXPORTED)) as { conversations: { leafId?: string; messages: { parentId?: string | null }[] }[] };
    expect(parseExport(JSON.stringify(file))).toMatchObject({ ok: false, error: expect.stringContaining('conversations[0].messages[0].parentId "nowhere" is not another message of this conversation.') });
    file.conversations[0]!.messages[0]!.parentId = null;
    file.conversations[0]!.leafId = 'gone';
    expect(parseExport(JSON.stringify(file))).toMatchObject({ ok: false, error: expect.stringMatching(/leafId "gone" is not a message of this conversation/) });
  });

  it('refuses 1e999, which JSON reads as Infinity', () => {
    const text = toExportJson(sample(), EXPORTED).replace('"decodeMs": 1500', '"decodeMs": 1e999');
    expect(text).toContain('1e999');
    expect(parseExport(text)).toMatchObject({ ok: false, error: expect.stringContaining('decodeMs must be a number from 0 to 1e+12, got Infinity') });
  });

  it('export → import → export is byte for byte the same, for any file that imports', () => {
    const variants = [
      toExportJson(sample(), EXPORTED),
      edited((f) => (conv(f, 0).createdAt = '2026-11-28T15:03:00+01:00')),
      edited((f) => (msg(f, 1, 2).status = 'streaming')),
      edited((f) => (at(msg(f, 0, 1), 'stats').tokensPerSecond = 0.1 + 0.2)),
      edited((f) => (msg(f, 0, 0).createdAt = '1970-01-01T00:00:00.000Z')),
    ];
    for (const text of variants) {
      const first = parseExport(text);
      if (!first.ok) throw new Error(first.error);
      const once = toExportJson(first.items, EXPORTED);
      const second = parseExport(once);
      if (!second.ok) throw new Error(second.error);
      expect(toExportJson(second.items, EXPORTED)).toBe(once);
    }
  });

  describe('dates', () => {
    afterEach(() => vi.useRealTimers());
    const NOW = Date.UTC(2026, 10, 28, 15, 30);
    const DAY = 24 * 60 * 60 * 1000;
    const withDate = (value: string) => edited((f) => (msg(f, 0, 0).createdAt = value));
    const iso = (ms: number) => new Date(ms).toISOString();

    it.each([
      ['now plus one day', iso(NOW + DAY), 'accepted'],
      ['a millisecond beyond now plus one day', iso(NOW + DAY + 1), 'refused'],
      ['now plus one day, written with an offset', '2026-11-30T01:30:00.000+10:00', 'accepted'],
      ['a minute beyond, written with an offset', '2026-11-29T14:31:00.000-01:00', 'refused'],
      ['1970-01-01 at midnight', '1970-01-01T00:00:00.000Z', 'accepted'],
      ['1970-01-01 at midnight, written with an offset', '1969-12-31T20:00:00-04:00', 'accepted'],
      ['a millisecond before 1970', '1969-12-31T23:59:59.999Z', 'refused'],
      ['1970-01-01 at midnight in a zone ahead of UTC', '1970-01-01T00:00:00+00:01', 'refused'],
    ] as const)('%s (%s) is %s', (_kind, value, verdict) => {
      vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
      const result = parseExport(withDate(value));
      expect(result.ok).toBe(verdict === 'accepted');
      if (verdict === 'refused') expect(result).toMatchObject({ error: expect.stringMatching(/which is (before 1970|in the future)\. A Sotto export only holds dates from 1970 until today\.$/) });
    });
  });

  it('accepts an export without conversations', () => {
    expect(parseExport(toExportJson([], EXPORTED))).toStrictEqual({ ok: true, items: [], messageCount: 0 });
  });

  it('imports a reply that was still being written as interrupted', () => {
    const result = parseExport(edited((f) => (msg(f, 1, 2).status = 'streaming')));
    expect(result.ok && result.items[1]?.messages[2]?.status).toBe('interrupted');
  });

  it('recomputes the message count, ties messages to their conversation and orders them', () => {
    const result = parseExport(
      edited((f) => {
        const messages = at(f, 'conversations', 0, 'messages') as unknown as Json[];
        messages.reverse();
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.items[0]?.conversation.messageCount).toBe(4);
    expect(result.items[0]?.messages.map((m) => [m.id, m.conversationId])).toEqual([['m1', 'c1'], ['m2', 'c1'], ['m3', 'c1'], ['m4', 'c1']]);
  });

  it('reads times with an offset and ignores a byte-order mark', () => {
    const result = parseExport(`\uFEFF${edited((f) => (conv(f, 0).createdAt = '2026-11-28T15:03:00+01:00'))}`);
    expect(result.ok && result.items[0]?.conversation.createdAt).toBe(T);
  });

  it('uses the default for a limit given as undefined', () => {
    expect(parseExport(toExportJson(sample(), EXPORTED), { maxText: undefined }).ok).toBe(true);
    expect(DEFAULT_IMPORT_LIMITS).toEqual({ maxChars: 512 * 1024 * 1024, maxTitle: 500, maxText: 1_000_000, maxConversations: 100_000, maxMessages: 2_000_000 });
  });

  const m00 = 'conversations[0].messages[0]';
  const m01 = 'conversations[0].messages[1]';
  const cases: { kind: string; text: string | (() => string); limits?: Partial<ImportLimits>; error: string }[] = [
    { kind: 'a file too large', text: () => `{${' '.repeat(1.5 * 1024 * 1024)}}`, limits: { maxChars: 1024 * 1024 },
      error: 'This file is too large to import (1.5 MiB; the limit is 1 MiB). Export fewer conversations per file, then import each file.' },
    { kind: 'an empty file', text: '  \n', error: `This file is empty. ${CHOOSE}` },
    { kind: 'a PDF', text: '%PDF-1.7\n%âãÏÓ\n1 0 obj', error: `This file is not a Sotto export (it is a PDF document). ${CHOOSE}` },
    { kind: 'the Markdown copy of an export', text: () => toMarkdown(sample(), EXPORTED),
      error: 'This file is the readable Markdown copy of a Sotto export, which cannot be imported. Choose the .json file exported from Sotto (Settings → Export).' },
    { kind: 'some other text', text: 'Dear colleague,\nplease find attached', error: `This file is not a Sotto export (it is not JSON). ${CHOOSE}` },
    { kind: 'a cut-off export', text: () => toExportJson(sample(), EXPORTED).slice(0, 300),
      error: 'This Sotto export is damaged or incomplete (it is not valid JSON), so it cannot be read. Export the conversations again, then import the new file.' },
    { kind: 'JSON that is not an object', text: '[{"id": "c1"}]', error: `This file is not a Sotto export (it holds a list, not an export). ${CHOOSE}` },
    { kind: 'another app\'s JSON', text: '{"name": "notes", "items": []}', error: `This file is not a Sotto export (it has no "format", not "sotto-conversations"). ${CHOOSE}` },
    { kind: 'a wrong format', text: () => edited((f) => (f.format = 'other-chat')), error: `This file is not a Sotto export (its "format" is "other-chat", not "sotto-conversations"). ${CHOOSE}` },
    { kind: 'a newer version', text: () => edited((f) => (f.version = 2)),
      error: 'This file was made by a newer version of Sotto (export version 2; this version reads version 1). Update Sotto, then import again.' },
    { kind: 'an unknown version', text: () => edited((f) => (f.version = '1')),
      error: `This file has an unknown export version ("version" is "1"; this version of Sotto reads version 1). ${CHOOSE}` },
    { kind: 'no conversations', text: () => edited((f) => delete f.conversations),
      error: 'This Sotto export has no "conversations" list, so there is nothing to import. The file may be damaged; export it again.' },
    { kind: 'conversations that are not a list', text: () => edited((f) => (f.conversations = { c1: {} })), error: 'conversations must be a list, got an object.' },
    { kind: 'a conversation that is not an object', text: () => edited((f) => ((f.conversations as unknown[])[1] = 'hello')),
      error: 'conversations[1] must be a conversation (an object with "id", "title" and "messages"), got "hello".' },
    { kind: 'a message that is not an object', text: () => edited((f) => ((conv(f, 0).messages as unknown[])[0] = null)),
      error: `${m00} must be a message (an object with "id", "role", "text" and "status"), got null.` },
    { kind: 'a missing field', text: () => edited((f) => delete msg(f, 0, 0).text), error: `${m00}.text is missing.` },
    { kind: 'a missing date', text: () => edited((f) => delete f.exportedAt), error: 'exportedAt is missing.' },
    { kind: 'a number for text', text: () => edited((f) => (msg(f, 0, 0).text = 42)), error: `${m00}.text must be a string, got 42.` },
    { kind: 'a string for a flag', text: () => edited((f) => (conv(f, 0).titleEdited = 'yes')), error: 'conversations[0].titleEdited must be true or false, got "yes".' },
    { kind: 'a bad role', text: () => edited((f) => (msg(f, 0, 1).role = 'bot')), error: `${m01}.role must be "user" or "assistant", got "bot".` },
    { kind: 'a bad status', text: () => edited((f) => (msg(f, 0, 1).status = 'done')),
      error: `${m01}.status must be "complete", "stopped", "interrupted", "failed" or "streaming", got "done".` },
    { kind: 'a bad tier', text: () => edited((f) => (at(msg(f, 0, 1), 'provenance').tier = 'huge')), error: `${m01}.provenance.tier must be "nano" or "mini", got "huge".` },
    { kind: 'a bad where', text: () => edited((f) => (at(msg(f, 0, 1), 'provenance').where = 'moon')), error: `${m01}.provenance.where must be "local" or "cloud", got "moon".` },
    { kind: 'a Nano reply said to come from the cloud', text: () => edited((f) => (at(msg(f, 0, 1), 'provenance').where = 'cloud')),
      error: `${m01}.provenance.where must be "local" for a Nano reply (tier "nano"), got "cloud".` },
    { kind: 'a host on a local reply', text: () => edited((f) => (at(msg(f, 0, 1), 'provenance').host = 'evil.example')),
      error: `${m01}.provenance.host is only for cloud replies (where "cloud"), but this reply was written on the device.` },
    { kind: 'a bad finish', text: () => edited((f) => (at(msg(f, 0, 1), 'stats').finish = 'timeout')), error: `${m01}.stats.finish must be "stop" or "length", got "timeout".` },
    { kind: 'a negative count', text: () => edited((f) => (at(msg(f, 0, 1), 'stats').tokens = -1)), error: `${m01}.stats.tokens must be a number from 0 to 1e+12, got -1.` },
    { kind: 'a number too large to write back', text: () => edited((f) => (at(msg(f, 0, 1), 'stats').decodeMs = 1e300)), error: `${m01}.stats.decodeMs must be a number from 0 to 1e+12, got 1e+300.` },
    { kind: 'a date before 1970 (an extreme offset)', text: () => edited((f) => (msg(f, 0, 0).createdAt = '1970-01-01T00:30:00+23:59')),
      error: `${m00}.createdAt is "1970-01-01T00:30:00+23:59", which is before 1970. A Sotto export only holds dates from 1970 until today.` },
    { kind: 'a date in the future', text: () => edited((f) => (conv(f, 0).updatedAt = '9999-12-31T23:59:59.000Z')),
      error: `conversations[0].updatedAt is "9999-12-31T23:59:59.000Z", which is in the future. A Sotto export only holds dates from 1970 until today.` },
    { kind: 'an unparseable date', text: () => edited((f) => (msg(f, 0, 0).createdAt = 'yesterday')),
      error: `${m00}.createdAt must be a date and time like "2026-11-28T14:03:00.000Z", got "yesterday".` },
    { kind: 'a date as a number', text: () => edited((f) => (conv(f, 0).updatedAt = T)),
      error: `conversations[0].updatedAt must be a date and time like "2026-11-28T14:03:00.000Z", got ${T}.` },
    { kind: 'an impossible date', text: () => edited((f) => (msg(f, 0, 0).updatedAt = '2026-02-30T10:00:00.000Z')),
      error: `${m00}.updatedAt is "2026-02-30T10:00:00.000Z", which is not a real date and time.` },
    { kind: 'an impossible time', text: () => edited((f) => (conv(f, 1).createdAt = '2026-11-28T24:10:00Z')),
      error: 'conversations[1].createdAt is "2026-11-28T24:10:00Z", which is not a real date and time.' },
    { kind: 'a reply without provenance', text: () => edited((f) => delete msg(f, 0, 1).provenance),
      error: `${m01} is a reply but has no "provenance" (which model wrote it, on this device or in the cloud). Every reply in a Sotto export says who wrote it.` },
    { kind: 'provenance on the user\'s message', text: () => edited((f) => (msg(f, 0, 0).provenance = { ...NANO })),
      error: `${m00}.provenance is only for replies, but this message is from the user (role "user").` },
    { kind: 'an empty id', text: () => edited((f) => (conv(f, 0).id = '')), error: 'conversations[0].id must not be empty.' },
    { kind: 'an id too long', text: () => edited((f) => (msg(f, 1, 0).id = 'x'.repeat(201))), error: 'conversations[1].messages[0].id is 201 characters long; ids are at most 200.' },
    { kind: 'an id that is not a string', text: () => edited((f) => (msg(f, 0, 0).id = 7)), error: `${m00}.id must be a string, got 7.` },
    { kind: 'two conversations with one id', text: () => edited((f) => (conv(f, 1).id = 'c1')),
      error: 'conversations[1].id "c1" is also used by conversations[0]; each conversation needs its own id.' },
    { kind: 'two messages with one id, in different conversations', text: () => edited((f) => (msg(f, 1, 2).id = 'm3')),
      error: 'conversations[1].messages[2].id "m3" is also used by conversations[0].messages[2]; each message needs its own id.' },
    { kind: 'a title too long', text: () => edited((f) => (conv(f, 1).title = 'x'.repeat(501))), error: 'conversations[1].title is 501 characters long; the limit is 500.' },
    { kind: 'a text too long', text: () => edited((f) => (msg(f, 0, 0).text = 'x'.repeat(1_000_001))), error: `${m00}.text is 1,000,001 characters long; the limit is 1,000,000.` },
    { kind: 'a model name too long', text: () => edited((f) => (at(msg(f, 0, 3), 'provenance').model = 'm'.repeat(201))),
      error: 'conversations[0].messages[3].provenance.model is 201 characters long; the limit is 200.' },
    { kind: 'a host too long', text: () => edited((f) => (at(msg(f, 0, 3), 'provenance').host = 'h'.repeat(201))),
      error: 'conversations[0].messages[3].provenance.host is 201 characters long; the limit is 200.' },
    { kind: 'too many conversations', text: () => toExportJson(sample(), EXPORTED), limits: { maxConversations: 1 },
      error: 'This file has 2 conversations, more than Sotto imports at once (1). Export fewer conversations per file, then import each file.' },
    { kind: 'too many messages', text: () => toExportJson(sample(), EXPORTED), limits: { maxMessages: 6 },
      error: 'This file has 7 messages, more than Sotto imports at once (6). Export fewer conversations per file, then import each file.' },
    { kind: 'an unknown key at the top', text: () => edited((f) => (f.foo = 1)), error: 'The file has an unknown key "foo" (not part of a Sotto export).' },
    { kind: 'an unknown key in a conversation', text: () => edited((f) => (conv(f, 0).messageCount = 4)),
      error: 'conversations[0] has an unknown key "messageCount" (not part of a Sotto export).' },
    { kind: 'an unknown key in a message', text: () => edited((f) => (msg(f, 1, 0).foo = 'bar')), error: 'conversations[1].messages[0] has an unknown key "foo" (not part of a Sotto export).' },
    { kind: 'an unknown key in provenance', text: () => edited((f) => (at(msg(f, 0, 1), 'provenance').temperature = 0.6)),
      error: `${m01}.provenance has an unknown key "temperature" (not part of a Sotto export).` },
  ];

  it.each(cases)('rejects $kind with a message that says what and where', ({ text, limits, error }) => {
    expect(parseExport(typeof text === 'string' ? text : text(), limits)).toEqual({ ok: false, error });
  });
});

describe('toMarkdown', () => {
  const md = toMarkdown(sample(), EXPORTED);

  it('says who wrote each message, with which model and when, in order', () => {
    const lines = [
      '# Sotto conversations',
      '_Exported 2026-11-28 15:30 UTC · 2 conversations, 7 messages._',
      '## Dosage question',
      '**You** — 2026-11-28 14:03 UTC',
      'What is the usual dose?',
      '**Nano (on this device)** · Qwen2.5 0.5B (CPU) — 2026-11-28 14:03 UTC',
      'It depends on **weight**.',
      '**Mini (cloud)** · gpt-4o-mini · llm.example.org — 2026-11-28 14:03 UTC _(stopped)_',
      '_Note: Sent to the cloud with your consent._',
      'For adults',
      '## Conversation c2',
      '**Nano (on this device)** · Qwen2.5 0.5B (CPU) — 2026-11-28 14:03 UTC _(failed)_',
      '**Nano (on this device)** · Qwen2.5 0.5B (CPU) — 2026-11-28 14:03 UTC _(interrupted)_',
      'Partial',
    ];
    const positions = lines.map((line) => md.split('\n').indexOf(line));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('labels an imported reply as imported, as the conversation does, so it cannot pass for one made here', () => {
    const imported = item(conversation('c1'), [
      { ...userMessage('u1', T, 'Hello'), imported: true },
      reply('r1', T + 1_000, { imported: true }),
      reply('r2', T + 2_000, { imported: true, provenance: MINI }),
    ]);
    const lines = toMarkdown([imported], EXPORTED).split('\n');
    expect(lines).toContain('**You** — 2026-11-28 14:03 UTC');
    expect(lines).toContain('**Imported · said to be Nano (on this device)** · Qwen2.5 0.5B (CPU) — 2026-11-28 14:03 UTC');
    expect(lines).toContain('**Imported · said to be Mini (cloud)** · gpt-4o-mini · llm.example.org — 2026-11-28 14:03 UTC');
    expect(lines.filter((line) => line.startsWith('**Nano') || line.startsWith('**Mini'))).toEqual([]);
  });

  it('separates messages so one cannot run into the next', () => {
    expect(md).toContain('What is the usual dose?\n\n---\n\n**Nano (on this device)**');
  });

  it('closes a code block that a stopped reply left open', () => {
    const cut = item(conversation('c1'), [reply('r1', T, { status: 'stopped', text: 'Run this:\n```python\nprint(1)' }), userMessage('u2', T + 1, 'Thanks')]);
    expect(toMarkdown([cut], EXPORTED)).toContain('```python\nprint(1)\n```\n\n---\n\n**You**');
  });

  it('keeps a heading intact whatever the title', () => {
    const odd = item(conversation('c1', { title: 'Case\nnotes #' }), []);
    expect(toMarkdown([odd], EXPORTED)).toContain('## Case notes \\#\n\n_Started 2026-11-28 14:03 UTC · 0 messages._\n\n_No messages._');
  });
});

describe('exportFileName', () => {
  it.each([
    ['json', undefined, 'sotto-2026-11-28.json'],
    ['md', 'Dosage question: Café & co.', 'sotto-dosage-question-cafe-co-2026-11-28.md'],
    ['md', '会议记录', 'sotto-conversation-2026-11-28.md'],
    ['json', 'A very long title that goes on and on and on past forty characters', 'sotto-a-very-long-title-that-goes-on-and-on-2026-11-28.json'],
  ] as const)('a %s export titled %s is named %s', (kind, title, name) => {
    expect(exportFileName(kind, EXPORTED, title)).toBe(name);
  });

  it('is the format this build reads', () => {
    expect([EXPORT_FORMAT, EXPORT_VERSION]).toEqual(['sotto-conversations', 1]);
  });
});
