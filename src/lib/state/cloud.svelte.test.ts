import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as redact from '../cloud/redact';
import * as db from '../db/db';
import type { MessageRecord } from '../db/types';
import { cloud, findingKey, type Approval, type Review } from './cloud.svelte';

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
    // Only the remembered key is kept on the device.
    expect(await db.getSetting('cloudApiKeys')).toEqual({ mock: 'key-for-mock' });
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

  it('an endpoint with "auth": "none" asks for no key and sends none', async () => {
    await cloud.configure({ endpoints: [GATEWAY] });
    expect(cloud.ready).toBe(true);
    const { decision } = await open('hello');
    await cloud.approve();
    expect((await decision)?.apiKey).toBe('');
  });
});

