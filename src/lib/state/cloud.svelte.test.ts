import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockMini } from '../../../tests/mock-mini/server.mjs';
import { consentGate } from '../cloud/consent';
import { streamMini } from '../cloud/mini';
import { buildRequest } from '../cloud/request';
import * as redact from '../cloud/redact';
import * as db from '../db/db';
import type { MessageRecord } from '../db/types';
import { cloud, findingKey, type Approval, type Review } from './cloud.svelte';
import { offline } from './offline.svelte';

// The real masking code, watched, so a test can see the options the review passes to it.
vi.mock('../cloud/redact', async (importOriginal) => {
  const real = await importOriginal<typeof import('../cloud/redact')>();
  return { ...real, mask: vi.fn(real.mask) };
});

const ENDPOINT = { id: 'mock', label: 'Mock Mini', baseUrl: 'https://mini.example.org/v1', model: 'gpt-5.4-mini', auth: 'key' as const };

function turn(id: string, role: MessageRecord['role'], text: string): MessageRecord {
  return { id, conversationId: 'c1', role, text, status: 'complete', createdAt: 1, updatedAt: 1 };
}

/** Opens the review for `question`; resolves with it and with the pending decision. */
async function open(question: string, earlier: MessageRecord[] = []): Promise<{ review: () => Review; decision: Promise<Approval | null> }> {
  const decision = cloud.requestApproval(question, earlier);
  await vi.waitUntil(() => cloud.review !== null);
  return { review: () => cloud.review as Review, decision };
}

/** The user's message as it will be sent, from the exact request body. */
function sentQuestion(review: Review): string {
  const body = JSON.parse(review.request.body) as { messages: { role: string; content: string }[] };
  return body.messages.at(-1)?.content ?? '';
}

beforeEach(async () => {
  db.useDatabase(`cloud-${Math.random()}`);
  await cloud.configure({ endpoints: [ENDPOINT] });
});
afterEach(() => {
  cloud.cancel();
  db.closeDb();
});

describe('the review: Mask this', () => {
  it('masks every occurrence of the selected text as [MASKED_N], lists it by hand, and updates the body at once', async () => {
    const { review } = await open('Is projectzebra7 on time? Ask the projectzebra7 team.');
    expect(review().findings).toEqual([]);
    expect(cloud.maskText('  projectzebra7 ')).toBe('[MASKED_1]');
    expect(review().manual).toEqual(['projectzebra7']);
    expect(review().findings.map((f) => [f.text, f.placeholder, f.manual])).toEqual([
      ['projectzebra7', '[MASKED_1]', true],
      ['projectzebra7', '[MASKED_1]', true],
    ]);
    expect(sentQuestion(review())).toBe('Is [MASKED_1] on time? Ask the [MASKED_1] team.');
    expect(review().mapping).toEqual({ '[MASKED_1]': 'projectzebra7' });
  });

  it('refuses text that is not part of what will be sent', async () => {
    const { review } = await open('Is projectzebra7 on time?');
    expect(cloud.maskText('"role":"user"')).toBeNull();
    expect(cloud.maskText('   ')).toBeNull();
    expect(review().manual).toEqual([]);
    expect(sentQuestion(review())).toBe('Is projectzebra7 on time?');
  });

  it('unticking a hand mask sends it as written; masking it again ticks it back', async () => {
    const { review } = await open('projectzebra7 is late');
    cloud.maskText('projectzebra7');
    cloud.toggleFinding(review().findings[0]!);
    expect(sentQuestion(review())).toBe('projectzebra7 is late');
    expect(review().findings).toHaveLength(1);
    cloud.maskText('projectzebra7');
    expect(sentQuestion(review())).toBe('[MASKED_1] is late');
  });

  it('an unticked identifier stays unticked when a hand mask renumbers the list', async () => {
    const { review } = await open('Write to john.doe@example.com about projectzebra7, and copy ann.roe@example.com');
    const emails = review().findings.filter((f) => f.kind === 'EMAIL');
    expect(emails.map((f) => f.text)).toEqual(['john.doe@example.com', 'ann.roe@example.com']);
    cloud.toggleFinding(emails[1]!);
    cloud.maskText('Write');
    expect(review().findings[0]).toMatchObject({ text: 'Write', placeholder: '[MASKED_1]', manual: true });
    expect(review().unmasked).toEqual([findingKey(emails[1]!)]);
    expect(sentQuestion(review())).toBe('[MASKED_1] to [EMAIL_1] about projectzebra7, and copy ann.roe@example.com');
  });

  it('a hand mask also covers the earlier turns the user ticks in', async () => {
    const { review } = await open('And projectzebra7?', [turn('t1', 'user', 'What about projectzebra7 and projectlion?'), turn('t2', 'assistant', 'Both fine.')]);
    cloud.maskText('projectzebra7');
    cloud.toggleTurn('t1');
    const body = JSON.parse(review().request.body) as { messages: { content: string }[] };
    expect(body.messages.map((m) => m.content).slice(1)).toEqual(['What about [MASKED_1] and projectlion?', 'And [MASKED_1]?']);
  });

  it('the approval counts what is masked, and how much of it by hand', async () => {
    const { review, decision } = await open('Mail john.doe@example.com about projectzebra7 and projectlion');
    cloud.maskText('projectzebra7');
    cloud.maskText('projectlion');
    cloud.toggleFinding(review().findings.find((f) => f.text === 'projectlion')!);
    await cloud.approve();
    const approval = await decision;
    expect(approval).toMatchObject({ maskedCount: 2, maskedByHand: 1 });
    expect(approval?.unmask('[MASKED_1] is on time')).toBe('projectzebra7 is on time');
  });
});

describe('stricter masking', () => {
  it('is off by default, is remembered on this device, and is passed to the masking code', async () => {
    expect(cloud.strict).toBe(false);
    await open('hello');
    expect(vi.mocked(redact.mask)).toHaveBeenLastCalledWith(expect.any(String), expect.any(Function), { strict: false, manual: [] });
    cloud.cancel();

    await cloud.setStrict(true);
    await cloud.configure({ endpoints: [ENDPOINT] });
    expect(cloud.strict).toBe(true);
    expect(await db.getSetting('maskStrict')).toBe(true);
    await open('hello');
    expect(vi.mocked(redact.mask)).toHaveBeenLastCalledWith(expect.any(String), expect.any(Function), { strict: true, manual: [] });
    await cloud.setStrict(false);
  });
});

describe('API keys', () => {
  const OTHER = { id: 'other', label: 'Other Mini', baseUrl: 'https://other.example.org/v1', model: 'm', auth: 'key' as const };
  const GATEWAY = { id: 'gw', label: 'Gateway', baseUrl: 'https://gw.example.org/v1', model: 'm', auth: 'none' as const };

  it('are per endpoint: a key goes only to the endpoint it was entered for, and the approval carries it', async () => {
    await cloud.configure({ endpoints: [ENDPOINT, OTHER] });
    await cloud.setApiKey('key-for-mock', true);
    await cloud.setEndpoint('other');
    expect(cloud.apiKey).toBe('');
    expect(await cloud.test()).toBe('Enter an API key for Other Mini first.');
    await cloud.setApiKey('key-for-other', false);
    expect(cloud.keyFor(ENDPOINT)).toBe('key-for-mock');
    expect(cloud.keyFor(OTHER)).toBe('key-for-other');
    // Only the remembered key is kept on the device, with the origin it goes to.
    expect(await db.getSetting('cloudApiKeys')).toEqual({ mock: { key: 'key-for-mock', origin: 'https://mini.example.org' } });
    const { decision } = await open('hello');
    await cloud.approve();
    expect((await decision)?.apiKey).toBe('key-for-other');
  });

  it('a key remembered before keys were per endpoint stays with the endpoint chosen then', async () => {
    await db.setSetting('cloudEndpoint', 'other');
    await db.setSetting('cloudApiKey', 'old-key');
    await cloud.configure({ endpoints: [ENDPOINT, OTHER] });
    expect(cloud.keyFor(OTHER)).toBe('old-key');
    expect(cloud.keyFor(ENDPOINT)).toBe('');
    expect(await db.getSetting('cloudApiKey')).toBeNull();
  });

  it('are bound to the origin they were entered for: when config.json moves the endpoint to another host, the key stays behind and the user is asked again', async () => {
    await cloud.setApiKey('key-for-mini', true);
    expect(cloud.keyFor(ENDPOINT)).toBe('key-for-mini');
    const moved = { ...ENDPOINT, baseUrl: 'https://attacker.example.net/v1' };
    await cloud.configure({ endpoints: [moved] });
    expect(cloud.keyFor(moved)).toBe('');
    expect(cloud.apiKey).toBe('');
    expect(cloud.ready).toBe(false);
    expect(cloud.remember).toBe(false);
    expect(await cloud.test()).toBe('Enter an API key for Mock Mini first.');
    const { decision } = await open('hello');
    await cloud.approve();
    expect((await decision)?.apiKey).toBe('');
    // Nor is it kept on the device for a host it will never go to.
    expect(await db.getSetting('cloudApiKeys')).toEqual({});
    // A key entered now is the new host's.
    await cloud.setApiKey('key-for-new-host', true);
    expect(await db.getSetting('cloudApiKeys')).toEqual({ mock: { key: 'key-for-new-host', origin: 'https://attacker.example.net' } });
  });

  it('a key set for this session only is bound to its origin too', async () => {
    await cloud.setApiKey('session-key', false);
    expect(cloud.keyFor(ENDPOINT)).toBe('session-key');
    expect(cloud.keyFor({ ...ENDPOINT, baseUrl: 'http://127.0.0.1:4176/v1' })).toBe('');
    // Another path on the same origin is the same endpoint.
    expect(cloud.keyFor({ ...ENDPOINT, baseUrl: 'https://mini.example.org/v2' })).toBe('session-key');
  });

  it('keys remembered before they carried an origin stay usable where the endpoint still points, and are bound to it on first load', async () => {
    await db.setSetting('cloudApiKeys', { mock: 'saved-key', other: 'other-key', gone: 'gone-key' });
    await cloud.configure({ endpoints: [ENDPOINT, OTHER] });
    expect(cloud.keyFor(ENDPOINT)).toBe('saved-key');
    expect(cloud.keyFor(OTHER)).toBe('other-key');
    expect(cloud.remember).toBe(true);
    // An endpoint no longer configured has no origin to bind its key to: that key is forgotten.
    expect(await db.getSetting('cloudApiKeys')).toEqual({
      mock: { key: 'saved-key', origin: 'https://mini.example.org' },
      other: { key: 'other-key', origin: 'https://other.example.org' },
    });
    // From then on the key follows its origin, not its id.
    const moved = { ...OTHER, baseUrl: 'https://elsewhere.example.com/v1' };
    await cloud.configure({ endpoints: [ENDPOINT, moved] });
    expect(cloud.keyFor(moved)).toBe('');
    expect(cloud.keyFor(ENDPOINT)).toBe('saved-key');
  });

  it('a key remembered before keys were per endpoint is bound to the origin of the endpoint chosen then', async () => {
    await db.setSetting('cloudApiKey', 'old-key');
    await cloud.configure({ endpoints: [ENDPOINT, OTHER] });
    expect(await db.getSetting('cloudApiKeys')).toEqual({ mock: { key: 'old-key', origin: 'https://mini.example.org' } });
  });

  it('an endpoint with "auth": "none" asks for no key and sends none', async () => {
    await cloud.configure({ endpoints: [GATEWAY] });
    expect(cloud.ready).toBe(true);
    const { decision } = await open('hello');
    await cloud.approve();
    expect((await decision)?.apiKey).toBe('');
  });
});


describe('a cloud request that reaches nothing', () => {
  afterEach(() => offline.answered());

  it('makes the app offline (the bar shows, the switch is off) until a later request is answered', async () => {
    const server = await startMockMini({ apiKey: 'test-key' });
    const up = { ...ENDPOINT, baseUrl: server.baseUrl };
    await server.close();
    await cloud.configure({ endpoints: [up] });
    await cloud.setApiKey('test-key', false);
    expect(offline.online).toBe(true);
    expect(await cloud.test()).toMatch(/^Could not reach 127\.0\.0\.1:\d+ \(.*\)\. Check your connection, then retry\.$/);
    expect(offline.online).toBe(false);
    // Known offline now, it says so.
    expect(await cloud.test()).toBe('You are offline, so nothing was sent to the cloud. Connect, then retry.');

    const again = await startMockMini({ apiKey: 'test-key' });
    try {
      await cloud.configure({ endpoints: [{ ...ENDPOINT, baseUrl: again.baseUrl }] });
      await cloud.setApiKey('test-key', false);
      expect(await cloud.test()).toBe(`Connected: ${new URL(again.baseUrl).host} accepted the key.`);
      expect(offline.online).toBe(true);
    } finally {
      await again.close();
    }
  });

  it('sent from the conversation (the request the reply writer streams), tells the app too', async () => {
    const server = await startMockMini({ apiKey: 'test-key' });
    const request = buildRequest({ ...ENDPOINT, baseUrl: server.baseUrl }, [{ role: 'user', content: 'q' }], null);
    await server.close();
    const token = await consentGate.mint(request.url, request.body);
    const reply = streamMini(request, token, consentGate, { apiKey: 'test-key', signal: new AbortController().signal });
    await expect(reply.next()).rejects.toMatchObject({ name: 'CloudNetworkError' });
    expect(offline.online).toBe(false);
  });
});
