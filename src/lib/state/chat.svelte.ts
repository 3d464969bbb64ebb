/**
 * The open conversation: its messages, the reply streaming in, Stop and Retry. Every message is
 * saved as it is written: a reply at least once a second while it streams, and when it ends.
 */
import * as db from '../db/db';
import type { ConversationRecord, MessageRecord, Provenance } from '../db/types';
import { explainEngineError } from '../engine/explain';
import type { ChatBackend, ChatMessage, GenStats } from '../engine/types';
import { alerts, isAbort, reportError } from './alerts.svelte';
import { conversations, titleFrom } from './conversations.svelte';
import { CloudError, streamMini, urlHost } from '../cloud/mini';
import { consentGate } from '../cloud/consent';
import { cloud, type Approval } from './cloud.svelte';
import type { LocalModel } from './model.svelte';
import { storage } from './storage.svelte';
import { sync } from './sync';

export const SYSTEM_PROMPT = 'You are Sotto, a helpful assistant that runs privately on the user’s own device. Answer clearly and concisely.';

/** Roughly 4 characters a token; keeps the prompt well inside a 4096-token context. */
const HISTORY_CHAR_BUDGET = 8000;
/** A streaming reply is saved at least this often. */
const SAVE_INTERVAL_MS = 1000;

const nextFrame: (cb: () => void) => void =
  typeof requestAnimationFrame === 'function' ? (cb) => requestAnimationFrame(() => cb()) : (cb) => setTimeout(cb, 16);

/** The name of the Web Lock a tab holds while it writes a reply; a reply without one was interrupted. */
export const replyLockName = (messageId: string) => `sotto-reply-${messageId}`;

export class ChatSession {
  #conversationId = $state<string | null>(null);
  #messages = $state.raw<MessageRecord[]>([]);
  #writing = $state<string | null>(null);
  #focus = $state<string | null>(null);
  #draft = $state(readDraft());
  #stop: AbortController | null = null;
  #opening = 0;
  readonly #backend: ChatBackend;
  readonly #model: LocalModel;

  constructor(backend: ChatBackend, model: LocalModel) {
    this.#backend = backend;
    this.#model = model;
  }

  get conversationId(): string | null {
    return this.#conversationId;
  }
  get messages(): MessageRecord[] {
    return this.#messages;
  }
  /** True while this tab writes a reply (anywhere). */
  get streaming(): boolean {
    return this.#writing !== null;
  }
  /** A message to bring into view (from a search result). */
  get focus(): string | null {
    return this.#focus;
  }
  /** What the user is typing; kept for this tab, so a reload (an update, a crash) never loses it. */
  get draft(): string {
    return this.#draft;
  }
  set draft(text: string) {
    this.#draft = text;
    writeDraft(text);
  }

  /** Shows a conversation (null: a new, empty one that is saved with its first message). */
  async open(conversationId: string | null, focusMessageId: string | null = null): Promise<void> {
    const ticket = ++this.#opening;
    this.#conversationId = conversationId;
    this.#focus = focusMessageId;
    if (!conversationId) {
      this.#messages = [];
      return;
    }
    try {
      const messages = await db.getMessages(conversationId);
      if (ticket !== this.#opening) return;
      this.#messages = messages;
      await recoverInterrupted(messages.filter((m) => m.status === 'streaming' && m.id !== this.#writing));
      if (ticket === this.#opening && messages.some((m) => m.status === 'streaming' && m.id !== this.#writing)) {
        this.#messages = await db.getMessages(conversationId);
      }
    } catch (err) {
      reportError(err, 'opening the conversation');
    }
  }

  /** Reads the open conversation again (another tab wrote to it). */
  async reload(): Promise<void> {
    const id = this.#conversationId;
    if (!id) return;
    const fresh = await db.getMessages(id);
    if (id !== this.#conversationId) return;
    // This tab's own streaming reply is fresher in memory than in the database.
    const mine = this.#messages.find((m) => m.id === this.#writing);
    this.#messages = mine ? fresh.map((m) => (m.id === mine.id ? mine : m)) : fresh;
  }

  /** Saves the message, then streams the local model's reply. False when it could not be saved. */
  async send(text: string): Promise<boolean> {
    const content = text.trim();
    if (!content || this.streaming || (!cloud.armed && !this.#model.ready)) return false;
    // The switch armed this one send for the cloud: nothing goes until the user approves it.
    let approval: Approval | null = null;
    if (cloud.armed) {
      approval = await cloud.requestApproval(content, this.#messages);
      if (!approval) return false;
    }
    const now = Date.now();
    let conversationId = this.#conversationId;
    const question: MessageRecord = { id: newId(), conversationId: conversationId ?? '', role: 'user', text: content, status: 'complete', createdAt: now, updatedAt: now };
    try {
      if (!conversationId) {
        const conversation: ConversationRecord = { id: newId(), title: titleFrom(content), titleEdited: false, createdAt: now, updatedAt: now, messageCount: 0 };
        await db.createConversation(conversation);
        conversationId = conversation.id;
        question.conversationId = conversationId;
        if (this.#conversationId === null) this.#conversationId = conversationId;
        void storage.askToPersist();
      }
      conversations.upsert(await db.appendMessage(question, titleFrom(content)));
      sync.post({ type: 'conversations' });
    } catch (err) {
      reportSaveError(err, 'your message');
      return false;
    }
    if (this.#conversationId === conversationId) this.#messages = [...this.#messages, question];
    if (approval) await this.#cloudReply(conversationId, question, approval);
    else await this.#reply(conversationId, question);
    return true;
  }

  /** Asks again for a reply that was interrupted, stopped or failed; the old one stays. */
  async retry(replyId: string): Promise<void> {
    if (this.streaming || !this.#conversationId) return;
    const conversationId = this.#conversationId;
    const at = this.#messages.findIndex((m) => m.id === replyId);
    const question = this.#messages.slice(0, at).findLast((m) => m.role === 'user');
    if (at < 0 || !question) return;
    if (this.#messages[at]?.provenance?.where === 'cloud' && cloud.available) {
      // A cloud retry is a new request: it needs a new review and a new approval.
      const approval = await cloud.requestApproval(question.text, this.#messages.slice(0, this.#messages.indexOf(question)));
      if (approval) await this.#cloudReply(conversationId, question, approval);
      return;
    }
    if (this.#model.ready) await this.#reply(conversationId, question);
  }

  /** Streams Mini's reply to an approved request; placeholders are restored on the device. */
  async #cloudReply(conversationId: string, question: MessageRecord, approval: Approval): Promise<void> {
    const host = urlHost(approval.request.url);
    const reply = newReply(conversationId, question, { tier: 'mini', where: 'cloud', model: approval.request.endpoint.model, host });
    this.#writing = reply.id;
    const stop = new AbortController();
    this.#stop = stop;
    let outcome = 'complete';
    try {
      await withLock(replyLockName(reply.id), async () => {
        try {
          conversations.upsert(await db.appendMessage(reply));
        } catch (err) {
          reportSaveError(err, 'the reply');
          outcome = 'not sent';
          return;
        }
        this.#show(reply);
        const saver = new ReplySaver(reply);
        let received = '';
        let painted = 0;
        let frame = false;
        let status: MessageRecord['status'] = 'complete';
        // A fast endpoint delivers thousands of pieces at once: restore and paint once a frame.
        const paint = () => {
          frame = false;
          if (painted === received.length) return;
          painted = received.length;
          const shown = approval.unmask(received);
          this.#patch(reply.id, { text: shown });
          saver.push(shown);
        };
        try {
          for await (const delta of streamMini(approval.request, approval.token, consentGate, { apiKey: cloud.apiKey, signal: stop.signal })) {
            if (delta.type !== 'text') continue;
            received += delta.text;
            if (!frame) {
              frame = true;
              nextFrame(paint);
            }
          }
        } catch (err) {
          status = isAbort(err) ? 'stopped' : received ? 'interrupted' : 'failed';
          outcome = isAbort(err) ? 'stopped' : err instanceof Error && err.name === 'ConsentError' ? 'not sent' : err instanceof Error ? err.name : 'error';
          if (!isAbort(err)) {
            const message = err instanceof CloudError || (err instanceof Error && err.name === 'ConsentError') ? (err as Error).message : `The cloud request failed: ${String(err)}`;
            alerts.show(message, { label: 'Retry', run: () => void this.retry(reply.id) });
          }
        }
        painted = received.length;
        const final = { text: approval.unmask(received), status, updatedAt: Date.now() };
        this.#patch(reply.id, final);
        await saver.finish(final).catch((err: unknown) => reportSaveError(err, 'the reply'));
        sync.post({ type: 'messages', conversationId });
      });
    } finally {
      this.#writing = null;
      this.#stop = null;
      await recordTransmission(approval, conversationId, outcome);
    }
  }

  /** Stops the reply that is streaming; the text so far stays, marked stopped. */
  stop(): void {
    this.#stop?.abort();
  }

  async #reply(conversationId: string, question: MessageRecord): Promise<void> {
    const history = this.#history(question);
    const reply = newReply(conversationId, question, { tier: 'nano', where: 'local', model: this.#model.model?.label ?? 'local model' });
    this.#writing = reply.id;
    const stop = new AbortController();
    this.#stop = stop;
    try {
      // The lock tells other tabs (and this one after a crash) whether this reply is still being written.
      await withLock(replyLockName(reply.id), () => this.#stream(reply, history, stop.signal));
    } finally {
      this.#writing = null;
      this.#stop = null;
    }
  }

  async #stream(reply: MessageRecord, history: ChatMessage[], signal: AbortSignal): Promise<void> {
    try {
      conversations.upsert(await db.appendMessage(reply));
    } catch (err) {
      reportSaveError(err, 'the reply');
      return;
    }
    this.#show(reply);
    sync.post({ type: 'messages', conversationId: reply.conversationId });

    let received = '';
    let painted = 0;
    let frame = false;
    let stats: GenStats | undefined;
    let note: string | undefined;
    const saver = new ReplySaver(reply);
    // Tokens can arrive faster than the screen refreshes: paint at most once a frame.
    const paint = () => {
      frame = false;
      if (painted === received.length) return;
      painted = received.length;
      this.#patch(reply.id, { text: received });
      saver.push(received);
    };
    const run = async (messages: ChatMessage[]) => {
      for await (const delta of this.#backend.generate(messages, {}, signal)) {
        if (delta.type === 'stats') {
          stats = delta.stats;
          continue;
        }
        received += delta.text;
        if (!frame) {
          frame = true;
          nextFrame(paint);
        }
      }
    };

    let status: MessageRecord['status'] = 'complete';
    try {
      try {
        await run(history);
      } catch (err) {
        // Earlier turns did not fit in the model's context: answer this message on its own.
        if (!(err instanceof Error && err.name === 'ContextOverflowError') || received) throw err;
        note = 'Earlier messages were left out: the conversation is longer than the model can read at once.';
        this.#patch(reply.id, { note });
        await run([history[0]!, history.at(-1)!]);
      }
    } catch (err) {
      status = isAbort(err) ? 'stopped' : 'failed';
      if (status === 'failed') {
        const e = err instanceof Error ? err : new Error(String(err));
        const explained = explainEngineError(e, { model: this.#model.model, online: globalThis.navigator?.onLine ?? true, cpuAvailable: !!this.#model.cpuFallback });
        alerts.show(explained.message, explained.offerCpu ? { label: 'Use the CPU model', run: () => void this.#model.useCpu() } : undefined);
      }
    }
    const final = { text: received, status, updatedAt: Date.now(), ...(stats ? { stats } : {}), ...(note ? { note } : {}) };
    this.#patch(reply.id, final);
    try {
      await saver.finish(final);
    } catch (err) {
      reportSaveError(err, 'the reply');
    }
    sync.post({ type: 'messages', conversationId: reply.conversationId });
  }

  /** System prompt, earlier turns that fit (newest kept first), then the question. */
  #history(question: MessageRecord): ChatMessage[] {
    const at = this.#messages.findIndex((m) => m.id === question.id);
    const before = at > 0 ? this.#messages.slice(0, at) : [];
    const earlier: ChatMessage[] = [];
    let budget = HISTORY_CHAR_BUDGET - question.text.length;
    for (let i = before.length - 1; i >= 0; i--) {
      const m = before[i]!;
      // Replies that were cut off or failed would mislead the model.
      if (!m.text || (m.role === 'assistant' && (m.status === 'failed' || m.status === 'interrupted' || m.status === 'streaming'))) continue;
      if (m.text.length > budget) break;
      budget -= m.text.length;
      earlier.unshift({ role: m.role, content: m.text });
    }
    // A conversation starts with the user; drop a leading reply whose question no longer fits.
    while (earlier[0]?.role === 'assistant') earlier.shift();
    return [{ role: 'system', content: SYSTEM_PROMPT }, ...earlier, { role: 'user', content: question.text }];
  }

  #show(message: MessageRecord): void {
    if (this.#conversationId === message.conversationId) this.#messages = [...this.#messages, message];
  }

  #patch(id: string, patch: Partial<MessageRecord>): void {
    if (this.#messages.some((m) => m.id === id)) this.#messages = this.#messages.map((m) => (m.id === id ? { ...m, ...patch } : m));
  }
}

/** Saves a streaming reply at most once a second (and at least once a second while text arrives). */
class ReplySaver {
  #last = Date.now();
  #pending: string | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #chain: Promise<unknown> = Promise.resolve();
  readonly #reply: MessageRecord;

  constructor(reply: MessageRecord) {
    this.#reply = reply;
  }

  push(text: string): void {
    this.#pending = text;
    const wait = SAVE_INTERVAL_MS - (Date.now() - this.#last);
    if (wait <= 0) this.#flush();
    else this.#timer ??= setTimeout(() => this.#flush(), wait);
  }

  async finish(final: Partial<MessageRecord>): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = null;
    await this.#chain.catch(() => undefined);
    await db.updateMessage(this.#reply.id, final);
  }

  #flush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const text = this.#pending;
    if (text === null) return;
    this.#pending = null;
    this.#last = Date.now();
    const conversationId = this.#reply.conversationId;
    this.#chain = this.#chain
      .then(() => db.updateMessage(this.#reply.id, { text, updatedAt: this.#last }))
      .then(() => sync.post({ type: 'messages', conversationId }))
      .catch((err: unknown) => reportSaveError(err, 'the reply'));
  }
}

/**
 * Marks replies that no tab is writing any more (the tab was closed or crashed) as interrupted.
 * Returns how many it marked.
 */
export async function recoverInterrupted(candidates?: MessageRecord[]): Promise<number> {
  const streaming = candidates ?? (await db.streamingMessages());
  if (streaming.length === 0) return 0;
  const locks = globalThis.navigator?.locks;
  const held = locks ? ((await locks.query()).held ?? []).map((l) => l.name) : null;
  let marked = 0;
  for (const m of streaming) {
    const alive = held ? held.includes(replyLockName(m.id)) : Date.now() - m.updatedAt < 10 * SAVE_INTERVAL_MS;
    if (alive) continue;
    await db.updateMessage(m.id, { status: 'interrupted' });
    marked++;
  }
  if (marked) sync.post({ type: 'conversations' });
  return marked;
}

/** The privacy log: every transmission, kept on this device. */
async function recordTransmission(approval: Approval, conversationId: string, outcome: string): Promise<void> {
  if (outcome === 'not sent') return;
  try {
    await db.appendAudit({
      id: newId(),
      at: Date.now(),
      host: urlHost(approval.request.url),
      url: approval.request.url,
      model: approval.request.endpoint.model,
      body: approval.request.body,
      bytes: new TextEncoder().encode(approval.request.body).length,
      identifiersMasked: approval.maskedCount,
      maskedByHand: approval.maskedByHand,
      outcome,
      conversationId,
    });
    sync.post({ type: 'settings' });
  } catch (err) {
    reportError(err, 'recording the transmission in the privacy log');
  }
}

function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? (locks.request(name, fn) as Promise<T>) : fn();
}

function reportSaveError(err: unknown, what: string): void {
  if (err instanceof Error && err.name === 'QuotaExceededError') {
    alerts.show(`This device is out of storage space, so ${what} could not be saved. Free up space (Settings shows what Sotto uses), then try again. Nothing saved before was lost.`);
    return;
  }
  reportError(err, `saving ${what}`);
}

/** An empty reply to `question`, about to stream, saying who writes it. */
function newReply(conversationId: string, question: MessageRecord, provenance: Provenance): MessageRecord {
  const now = Date.now();
  return {
    id: newId(),
    conversationId,
    role: 'assistant',
    text: '',
    status: 'streaming',
    createdAt: Math.max(now, question.createdAt + 1),
    updatedAt: now,
    provenance,
  };
}

function newId(): string {
  return crypto.randomUUID();
}

const DRAFT_KEY = 'sotto-draft';

function readDraft(): string {
  try {
    return globalThis.sessionStorage?.getItem(DRAFT_KEY) ?? '';
  } catch {
    return '';
  }
}

function writeDraft(text: string): void {
  try {
    if (text) globalThis.sessionStorage?.setItem(DRAFT_KEY, text);
    else globalThis.sessionStorage?.removeItem(DRAFT_KEY);
  } catch {
    // Storage can be unavailable (a locked-down profile); the draft then lives in memory only.
  }
}
