/**
 * Streaming a reply into the conversation, from the local model or from Mini: painted at most once
 * a frame, saved at least once a second, ended with how it went (complete, stopped, failed).
 */
import * as db from '../db/db';
import type { MessageRecord } from '../db/types';
import type { ChatBackend, ChatMessage, GenerateOptions, GenStats } from '../engine/types';
import { urlHost } from '../cloud/request';
import { consentGate } from '../cloud/consent';
import { alerts, isAbort, reportError } from './alerts.svelte';
import type { Approval } from './cloud.svelte';
import { conversations } from './conversations.svelte';
import { explain, type LocalModel } from './model.svelte';
import { loadMini } from './mini-client';
import { offline } from './offline.svelte';
import { newId, nextFrame, ReplySaver, replyLockName, reportSaveError, withLock } from './replies';
import { sync } from './sync';
import { learnRate } from './token-rate';

/** Where a reply appears while it is written: the chat session's view of the conversation. */
export interface ReplyView {
  /** Adds the message to the conversation shown (if it is still the one shown). */
  show(message: MessageRecord): void;
  /** Changes a message shown. */
  patch(id: string, patch: Partial<MessageRecord>): void;
}

/** Saves a new message. The newest message is on the line shown from now on, so a remembered line is forgotten. */
export async function append(message: MessageRecord, title?: string): Promise<void> {
  let record = await db.appendMessage(message, title);
  if (record.leafId) record = (await db.setLeaf(message.conversationId, undefined)) ?? record;
  conversations.upsert(record);
}

/** Streams the local model's reply to `history` into `reply` (already made, not yet saved). */
export async function writeLocalReply(
  view: ReplyView,
  backend: ChatBackend,
  model: LocalModel,
  reply: MessageRecord,
  history: ChatMessage[],
  options: GenerateOptions,
  signal: AbortSignal,
): Promise<void> {
  // The lock tells other tabs (and this one after a crash) whether this reply is still being written.
  await withLock(replyLockName(reply.id), async () => {
    try {
      await append(reply);
    } catch (err) {
      reportSaveError(err, 'the reply');
      return;
    }
    view.show(reply);
    sync.post({ type: 'messages', conversationId: reply.conversationId });

    let received = '';
    let stats: GenStats | undefined;
    let note = reply.note;
    const saver = new ReplySaver(reply);
    // Tokens can arrive faster than the screen refreshes: paint at most once a frame.
    const painter = new FramePainter(() => {
      view.patch(reply.id, { text: received });
      saver.push(received);
    });
    const run = async (messages: ChatMessage[]) => {
      for await (const delta of backend.generate(messages, options, signal)) {
        if (delta.type === 'stats') {
          stats = delta.stats;
          // The engine counted this prompt with the model's tokenizer: the next prompt is sized by it.
          if (stats.promptTokens && model.model) learnRate(model.model.id, messages, stats.promptTokens);
          continue;
        }
        received += delta.text;
        painter.request();
      }
    };

    let status: MessageRecord['status'] = 'complete';
    try {
      try {
        await run(history);
      } catch (err) {
        // The estimate was too kind: the earlier turns did not fit in the model's context. Answer this message on its own.
        if (!(err instanceof Error && err.name === 'ContextOverflowError') || received) throw err;
        note = `${reply.provenance?.model ?? 'The model'} can read only this message of the conversation; the earlier ones were left out.`;
        view.patch(reply.id, { note });
        await run([history[0]!, history.at(-1)!]);
      }
    } catch (err) {
      status = isAbort(err) ? 'stopped' : 'failed';
      if (status === 'failed') {
        const e = err instanceof Error ? err : new Error(String(err));
        const explained = await explain(e, { model: model.model, online: offline.online, cpuAvailable: !!model.cpuFallback });
        alerts.show(explained.message, explained.offerCpu ? { label: 'Use the CPU model', run: () => void model.useCpu() } : undefined);
      }
    }
    painter.cancel();
    const final = { text: received, status, updatedAt: Date.now(), ...(stats ? { stats } : {}), ...(note ? { note } : {}) };
    view.patch(reply.id, final);
    try {
      await saver.finish(final);
    } catch (err) {
      reportSaveError(err, 'the reply');
    }
    sync.post({ type: 'messages', conversationId: reply.conversationId });
  });
}

/** Streams Mini's reply to an approved request into `reply`; placeholders are restored on the device. */
export async function writeCloudReply(view: ReplyView, reply: MessageRecord, approval: Approval, signal: AbortSignal, retry: () => void): Promise<void> {
  let outcome = 'complete';
  const entry = newId();
  let logged = false;
  try {
    await withLock(replyLockName(reply.id), async () => {
      try {
        await append(reply);
      } catch (err) {
        reportSaveError(err, 'the reply');
        outcome = 'not sent';
        return;
      }
      // The log entry is written before the request goes out: a tab closed mid-reply still leaves one.
      try {
        logged = await startTransmission(entry, approval, reply);
      } catch (err) {
        reportSaveError(err, 'the privacy log entry');
      }
      if (!logged) {
        outcome = 'not sent';
        const final = { status: 'failed' as const, updatedAt: Date.now(), note: 'Not sent: the privacy log could not record it first.' };
        view.show(reply);
        view.patch(reply.id, final);
        await db.updateMessage(reply.id, final).catch(() => undefined);
        return;
      }
      view.show(reply);
      const saver = new ReplySaver(reply);
      let received = '';
      let status: MessageRecord['status'] = 'complete';
      // A fast endpoint delivers thousands of pieces at once: restore and paint once a frame.
      const painter = new FramePainter(() => {
        const shown = approval.unmask(received);
        view.patch(reply.id, { text: shown });
        saver.push(shown);
      });
      let mini: Awaited<ReturnType<typeof loadMini>> | null = null;
      try {
        mini = await loadMini();
        for await (const delta of mini.streamMini(approval.request, approval.token, consentGate, { apiKey: approval.apiKey, signal })) {
          if (delta.type !== 'text') continue;
          received += delta.text;
          painter.request();
        }
      } catch (err) {
        status = isAbort(err) ? 'stopped' : received ? 'interrupted' : 'failed';
        outcome = isAbort(err) ? 'stopped' : err instanceof Error && err.name === 'ConsentError' ? 'not sent' : err instanceof Error ? err.name : 'error';
        if (!isAbort(err)) {
          const message = (mini && err instanceof mini.CloudError) || (err instanceof Error && err.name === 'ConsentError') ? (err as Error).message : `The cloud request failed: ${String(err)}`;
          alerts.show(message, { label: 'Retry', run: retry });
        }
      }
      painter.cancel();
      const final = { text: approval.unmask(received), status, updatedAt: Date.now() };
      view.patch(reply.id, final);
      await saver.finish(final).catch((err: unknown) => reportSaveError(err, 'the reply'));
      sync.post({ type: 'messages', conversationId: reply.conversationId });
    });
  } finally {
    if (logged) await endTransmission(entry, outcome);
  }
}

/** Runs `paint` at most once an animation frame, however often it is requested. */
class FramePainter {
  #queued = false;
  #cancelled = false;
  readonly #paint: () => void;

  constructor(paint: () => void) {
    this.#paint = paint;
  }

  request(): void {
    if (this.#queued) return;
    this.#queued = true;
    nextFrame(() => {
      this.#queued = false;
      if (!this.#cancelled) this.#paint();
    });
  }

  cancel(): void {
    this.#cancelled = true;
  }
}

/** The privacy log: every transmission, kept on this device, written as "sending" before it goes. False once Erase everything has begun. */
async function startTransmission(id: string, approval: Approval, reply: MessageRecord): Promise<boolean> {
  const written = await db.appendAudit({
    id,
    at: Date.now(),
    host: urlHost(approval.request.url),
    url: approval.request.url,
    model: approval.request.endpoint.model,
    body: approval.request.body,
    bytes: new TextEncoder().encode(approval.request.body).length,
    identifiersMasked: approval.maskedCount,
    maskedByHand: approval.maskedByHand,
    outcome: 'sending',
    conversationId: reply.conversationId,
    replyId: reply.id,
  });
  if (written) sync.post({ type: 'settings' });
  return written;
}

/** How the transmission ended; a request that never left is taken out of the log again. */
async function endTransmission(id: string, outcome: string): Promise<void> {
  try {
    if (outcome === 'not sent') await db.deleteAudit(id);
    else await db.updateAudit(id, { outcome });
    sync.post({ type: 'settings' });
  } catch (err) {
    reportError(err, 'recording the transmission in the privacy log');
  }
}
