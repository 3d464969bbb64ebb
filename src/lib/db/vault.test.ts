import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appendAudit,
  appendMessage,
  closeDb,
  createConversation,
  deleteConversation,
  getConversation,
  getMessages,
  getSetting,
  listAudit,
  listConversations,
  putConversations,
  renameConversation,
  searchMessages,
  setInstructions,
  setSetting,
  updateMessage,
  useDatabase,
} from './db';
import { importConversations } from './import';
import { openEverything, sealEverything } from './vault-migrate';
import type { ConversationRecord, MessageRecord } from './types';
import { useKeys } from '../vault/cipher';
import { blindTermsOf, open, seal } from '../vault/sealing';
import { newKdf, newMaster, passphraseKey, rewrap, unwrapMaster, WrongKeyError, type VaultKeys } from '../vault/keys';

let n = 0;
let name = '';
function conversation(over: Partial<ConversationRecord> = {}): ConversationRecord {
  const t = 1_700_000_000_000 + n++;
  return { id: `c${n}`, title: 'New conversation', titleEdited: false, createdAt: t, updatedAt: t, messageCount: 0, ...over };
}
function message(conversationId: string, text: string, over: Partial<MessageRecord> = {}): MessageRecord {
  const t = 1_700_000_000_000 + n++;
  return { id: `m${n}`, conversationId, role: 'user', text, status: 'complete', createdAt: t, updatedAt: t, ...over };
}

/** Everything in the database, as it is on disk, as text (bytes shown as their length). */
async function raw(): Promise<string> {
  const d = await openDB(name);
  const out: string[] = [];
  for (const store of Array.from(d.objectStoreNames)) out.push(JSON.stringify(await d.getAll(store), (_k, v: unknown) => (v instanceof Uint8Array ? `[${v.length} bytes]` : v)));
  d.close();
  return out.join('\n');
}

let keys: VaultKeys;
async function aVault(): Promise<VaultKeys> {
  const kdf = newKdf();
  return (await newMaster(await passphraseKey('a long passphrase', kdf), 'passphrase')).keys;
}

beforeEach(async () => {
  name = `vault-${Math.random()}`;
  useDatabase(name);
  keys ??= await aVault();
});
afterEach(() => {
  useKeys(null);
  closeDb();
});

describe('keys', () => {
  it('unwraps the master secret with the right passphrase only, and a new passphrase re-wraps the same secret', async () => {
    const kdf = newKdf();
    const { wrapped, keys: first } = await newMaster(await passphraseKey('first passphrase', kdf), 'passphrase');
    await expect(unwrapMaster(wrapped, await passphraseKey('wrong passphrase', kdf), 'passphrase')).rejects.toBeInstanceOf(WrongKeyError);
    // Bound to its label: the same key under another label does not open it.
    await expect(unwrapMaster(wrapped, await passphraseKey('first passphrase', kdf), 'passkey:x')).rejects.toBeInstanceOf(WrongKeyError);
    const again = await unwrapMaster(wrapped, await passphraseKey('first passphrase', kdf), 'passphrase');
    expect(again.data.extractable).toBe(false);
    expect(again.index.extractable).toBe(false);

    const kdf2 = newKdf();
    const rewrapped = await rewrap(wrapped, await passphraseKey('first passphrase', kdf), 'passphrase', await passphraseKey('second passphrase', kdf2), 'passphrase');
    const third = await unwrapMaster(rewrapped, await passphraseKey('second passphrase', kdf2), 'passphrase');
    // The same master secret: what the first keys sealed, the re-wrapped ones open.
    useKeys(first);
    const sealedValue = await seal('privileged', { store: 's', id: '1', field: 'f' });
    useKeys(third);
    expect(await open(sealedValue, { store: 's', id: '1', field: 'f' })).toBe('privileged');
    expect(kdf.iterations).toBeGreaterThanOrEqual(600_000);
  }, 30_000);

  it('refuses a header with too few iterations', async () => {
    await expect(passphraseKey('x', { ...newKdf(), iterations: 1000 })).rejects.toThrow(/key-derivation settings/);
  });
});

describe('sealed records', () => {
  it('a sealed value copied onto another record, field or store does not open', async () => {
    useKeys(keys);
    const value = await seal('Mrs Okafor', { store: 'messages', id: 'a', field: 'text' });
    expect(await open(value, { store: 'messages', id: 'a', field: 'text' })).toBe('Mrs Okafor');
    await expect(open(value, { store: 'messages', id: 'b', field: 'text' })).rejects.toThrow(/could not be decrypted/);
    await expect(open(value, { store: 'conversations', id: 'a', field: 'title' })).rejects.toThrow(/could not be decrypted/);
    useKeys(null);
    await expect(open(value, { store: 'messages', id: 'a', field: 'text' })).rejects.toThrow(/locked/);
  });

  it('keeps no word the user typed on disk, and every verb reads it back', async () => {
    useKeys(keys);
    const c = conversation();
    await createConversation(c);
    await appendMessage(message(c.id, 'Schedule the Okafor deposition'), 'Okafor deposition');
    const reply = message(c.id, '', { role: 'assistant', status: 'streaming' });
    await appendMessage(reply);
    await updateMessage(reply.id, { text: 'Deposition scheduled for Thursday', status: 'complete' });
    await renameConversation(c.id, 'Okafor matter');
    await setInstructions(c.id, 'Answer as a paralegal for Hargreaves LLP');
    await appendAudit({ id: 'log1', at: Date.now(), conversationId: c.id, body: '{"messages":[{"content":"Okafor"}]}', outcome: 'complete' });
    await setSetting('instructions', 'Always cite Hargreaves precedent');
    await setSetting('cloudApiKeys', { mock: { key: 'sk-secret-okafor', origin: 'https://x' } });

    const disk = await raw();
    for (const word of ['okafor', 'deposition', 'thursday', 'hargreaves', 'paralegal', 'sk-secret', 'schedul']) expect(disk.toLowerCase()).not.toContain(word);

    expect(await getConversation(c.id)).toMatchObject({ title: 'Okafor matter', instructions: 'Answer as a paralegal for Hargreaves LLP' });
    expect((await listConversations())[0]?.title).toBe('Okafor matter');
    expect((await getMessages(c.id)).map((m) => m.text)).toEqual(['Schedule the Okafor deposition', 'Deposition scheduled for Thursday']);
    expect((await listAudit())[0]?.body).toContain('Okafor');
    expect(await getSetting('instructions')).toBe('Always cite Hargreaves precedent');
    expect(await getSetting('cloudApiKeys')).toEqual({ mock: { key: 'sk-secret-okafor', origin: 'https://x' } });

    // Without the keys, nothing opens.
    useKeys(null);
    await expect(getMessages(c.id)).rejects.toThrow(/locked/);
  });

  it('searches the blind index by word prefixes, checks long words against the text, and finds short words whole', async () => {
    useKeys(keys);
    const c = conversation();
    await createConversation(c);
    const a = message(c.id, 'The internationalisation budget for Q3');
    const b = message(c.id, 'International shipping to Okafor & Co');
    await appendMessage(a);
    await appendMessage(b);
    const found = async (q: string) => (await searchMessages(q)).map((h) => h.message.id).sort();
    expect(await found('intern')).toEqual([a.id, b.id].sort());
    // Both share the indexed six-letter prefix; the words decide.
    expect(await found('internationalis')).toEqual([a.id]);
    expect(await found('okaf')).toEqual([b.id]);
    // Five letters are looked up by their first four, then checked.
    expect(await found('inter')).toEqual([a.id, b.id].sort());
    expect(await found('okafo')).toEqual([b.id]);
    // Words under four letters are found whole, not as the start of a longer word.
    expect(await found('for')).toEqual([a.id]);
    expect(await found('int')).toEqual([]);
    expect(await found('budget okafor')).toEqual([]);
    expect(await found('q3')).toEqual([a.id]);
    expect(await found('zebra')).toEqual([]);
    // The hashes do not repeat across vaults.
    const other = await aVault();
    const mine = await blindTermsOf('Okafor');
    useKeys(other);
    expect(await blindTermsOf('Okafor')).not.toEqual(mine);
  }, 30_000);

  it('an undo and an import write sealed records, and an import compares with what is here opened', async () => {
    useKeys(keys);
    const c = conversation({ title: 'Okafor lease' });
    await createConversation(c);
    await appendMessage(message(c.id, 'Okafor lease terms'));
    const removed = await deleteConversation(c.id);
    expect(removed?.messages[0]?.text).toBe('Okafor lease terms');
    await putConversations([removed!]);
    expect((await getMessages(c.id))[0]?.text).toBe('Okafor lease terms');
    // The same conversation imported again is already here, byte for byte.
    expect(await importConversations([{ conversation: removed!.conversation, messages: removed!.messages }])).toEqual({ conversations: 0, messages: 0, copies: 0 });
    expect((await raw()).toLowerCase()).not.toContain('okafor');
  });
});

describe('turning the vault on and off', () => {
  it('makes a blind index of an earlier version again, so search finds its messages', async () => {
    useKeys(keys);
    const c = conversation();
    await createConversation(c);
    const m = message(c.id, 'Okafor tenancy deposit');
    await appendMessage(m);
    // As the first version stored it: 16-character terms that no query of this version looks up.
    const d = await openDB(name);
    const stored = await d.get('messages', m.id);
    await d.put('messages', { ...stored, terms: ['~AAAAAAAAAAAAAAAA', '~BBBBBBBBBBBBBBBB'] });
    d.close();
    expect(await searchMessages('tenancy')).toEqual([]);

    await sealEverything(() => undefined);
    expect((await searchMessages('tenancy')).map((h) => h.message.id)).toEqual([m.id]);
    expect((await getMessages(c.id))[0]?.text).toBe('Okafor tenancy deposit');
    expect((await raw()).toLowerCase()).not.toContain('okafor');
  });


  it('seals everything in place, carries on after a stop midway, and opens it all again', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const c = conversation({ title: `Matter ${i} Okafor` });
      ids.push(c.id);
      await createConversation(c);
      for (let j = 0; j < 5; j++) await appendMessage(message(c.id, `Okafor note ${i}.${j}`));
    }
    await appendAudit({ id: 'log', at: Date.now(), conversationId: ids[0], body: 'Okafor body', outcome: 'complete' });
    await setSetting('instructions', 'Okafor instructions');
    expect((await raw()).toLowerCase()).toContain('okafor');

    useKeys(keys, true);
    // The tab closes after the first batch.
    let batches = 0;
    await expect(
      sealEverything(() => {
        if (++batches === 2) throw new Error('closed');
      }),
    ).rejects.toThrow('closed');
    expect((await raw()).toLowerCase()).toContain('okafor');
    // Half-way, everything still reads.
    expect((await getMessages(ids[29]!)).map((m) => m.text)).toContain('Okafor note 29.4');
    expect((await getMessages(ids[0]!)).map((m) => m.text)).toContain('Okafor note 0.0');
    await sealEverything(() => undefined);
    expect((await raw()).toLowerCase()).not.toContain('okafor');
    expect((await searchMessages('okafor note')).length).toBe(50);
    expect((await listConversations()).length).toBe(30);

    useKeys(keys, false);
    await openEverything(() => undefined);
    useKeys(null);
    const disk = await raw();
    expect(disk).toContain('Okafor note 12.3');
    expect(disk).not.toContain('"sealed":1');
    expect((await searchMessages('okafor')).length).toBe(50);
    expect(await getSetting('instructions')).toBe('Okafor instructions');
    expect((await listAudit())[0]?.body).toBe('Okafor body');
  }, 60_000);
});
