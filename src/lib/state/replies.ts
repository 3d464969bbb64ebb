/**
 * Writing a reply safely: saved at least once a second while it streams, under a Web Lock that
 * tells other tabs (and this one after a crash) whether it is still being written.
 */
import * as db from '../db/db';
import type { MessageRecord, Provenance } from '../db/types';
import { alerts, reportError } from './alerts.svelte';
import { sync } from './sync';

/** A streaming reply is saved at least this often. */
const SAVE_INTERVAL_MS = 1000;

/** Calls back on the next animation frame (a timer outside a page). */
export const nextFrame: (cb: () => void) => void =
  typeof requestAnimationFrame === 'function' ? (cb) => requestAnimationFrame(() => cb()) : (cb) => setTimeout(cb, 16);

/** The name of the Web Lock a tab holds while it writes a reply; a reply without one was interrupted. */
export const replyLockName = (messageId: string) => `sotto-reply-${messageId}`;

/** Saves a streaming reply at most once a second (and at least once a second while text arrives). */
export class ReplySaver {
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
  const locks = globalThis.navigator?.locks;
  const held = locks ? ((await locks.query()).held ?? []).map((l) => l.name) : null;
  // At start-up (no candidates given), sends cut off by a closed tab are looked for too.
  if (streaming.length === 0) {
    if (!candidates) await recoverInterruptedSends(held);
    return 0;
  }
  let marked = 0;
  for (const m of streaming) {
    const alive = held ? held.includes(replyLockName(m.id)) : Date.now() - m.updatedAt < 10 * SAVE_INTERVAL_MS;
    if (alive) continue;
    await db.updateMessage(m.id, { status: 'interrupted' });
    marked++;
  }
  if (marked) sync.post({ type: 'conversations' });
  if (!candidates) await recoverInterruptedSends(held);
  return marked;
}

/** Privacy-log entries still "sending" whose tab is gone: the request went out, the reply never finished. */
async function recoverInterruptedSends(held: (string | undefined)[] | null): Promise<void> {
  const sending = (await db.listAudit()).filter((e) => e.outcome === 'sending');
  for (const e of sending) {
    const replyId = typeof e.replyId === 'string' ? e.replyId : '';
    const alive = held ? held.includes(replyLockName(replyId)) : Date.now() - e.at < 10 * SAVE_INTERVAL_MS;
    if (!alive) await db.updateAudit(e.id, { outcome: 'interrupted' });
  }
  if (sending.length) sync.post({ type: 'settings' });
}

/** Runs `fn` while holding the Web Lock `name` (or without one where there are no locks). */
export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? (locks.request(name, fn) as Promise<T>) : fn();
}

/** Says why something could not be saved, and what to do about a full disk. */
export function reportSaveError(err: unknown, what: string): void {
  if (err instanceof Error && err.name === 'QuotaExceededError') {
    alerts.show(`This device is out of storage space, so ${what} could not be saved. Free up space (Settings shows what Sotto uses), then try again. Nothing saved before was lost.`);
    return;
  }
  reportError(err, `saving ${what}`);
}

/** An empty reply to `question`, about to stream, saying who writes it. */
export function newReply(conversationId: string, question: MessageRecord, provenance: Provenance): MessageRecord {
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
    parentId: question.id,
  };
}

/** A new record id. */
export function newId(): string {
  return crypto.randomUUID();
}
