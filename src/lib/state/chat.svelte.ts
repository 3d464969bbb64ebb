/**
 * The open conversation: its messages and their versions, the reply streaming in, and what the
 * user does to them (send, stop, regenerate, edit, delete, switch versions). Every message is saved
 * as it is written: a reply at least once a second while it streams, and when it ends.
 */
import * as db from '../db/db';
import type { ConversationRecord, MessageRecord } from '../db/types';
import type { ChatBackend } from '../engine/types';
import { urlHost } from '../cloud/request';
import { alerts, notices, reportError } from './alerts.svelte';
import { cloud, type Approval } from './cloud.svelte';
import { conversations, titleFrom } from './conversations.svelte';
import { readDraft, writeDraft } from './draft';
import type { LocalModel } from './model.svelte';
import { preferences } from './preferences.svelte';
import { buildPrompt, instructionsText, SYSTEM_PROMPT, systemPrompt } from './prompt';
import { tokenCounter } from './token-rate';
import { newId, newReply, recoverInterrupted, replyLockName, reportSaveError } from './replies';
import { append, writeCloudReply, writeLocalReply, type ReplyView } from './reply-writers';
import { sync } from './sync';
import { Thread, type Versions } from './thread';

export { recoverInterrupted, replyLockName };
export { SYSTEM_PROMPT };

/** The context window assumed for a model that does not say (the local engines load 4,096 tokens). */
const DEFAULT_CONTEXT_TOKENS = 4096;

export class ChatSession {
  #conversationId = $state<string | null>(null);
  /** Every message of the open conversation, every version, oldest first. */
  #all = $state.raw<MessageRecord[]>([]);
  #leaf = $state<string | null>(null);
  #thread = $derived(new Thread(this.#all, this.#leaf));
  #writing = $state<string | null>(null);
  #focus = $state<string | null>(null);
  #draft = $state(readDraft());
  /** Instructions typed for a conversation that is not saved yet (it is, with its first message). */
  #pendingInstructions = $state('');
  #stop: AbortController | null = null;
  /** The reply being written, until it is saved. */
  #running: Promise<void> | null = null;
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
  /** The messages shown: one line through the versions. */
  get messages(): MessageRecord[] {
    return this.#thread.path;
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
  /** This conversation's own instructions. */
  get instructions(): string {
    const id = this.#conversationId;
    return id ? (conversations.find(id)?.instructions ?? '') : this.#pendingInstructions;
  }

  /** Where a message stands among its versions ("‹ 2 / 3 ›"). */
  versions(id: string): Versions {
    return this.#thread.versions(id);
  }

  /** Shows a conversation (null: a new, empty one that is saved with its first message). */
  async open(conversationId: string | null, focusMessageId: string | null = null): Promise<void> {
    const ticket = ++this.#opening;
    this.#conversationId = conversationId;
    this.#focus = focusMessageId;
    this.#pendingInstructions = '';
    if (!conversationId) {
      this.#all = [];
      this.#leaf = null;
      return;
    }
    try {
      const [messages, record] = await Promise.all([db.getMessages(conversationId), db.getConversation(conversationId)]);
      if (ticket !== this.#opening) return;
      this.#all = messages;
      // A search result in another version of the conversation shows that version.
      this.#leaf = focusMessageId && messages.some((m) => m.id === focusMessageId) ? focusMessageId : (record?.leafId ?? null);
      await recoverInterrupted(messages.filter((m) => m.status === 'streaming' && m.id !== this.#writing));
      if (ticket === this.#opening && messages.some((m) => m.status === 'streaming' && m.id !== this.#writing)) {
        this.#all = await db.getMessages(conversationId);
      }
    } catch (err) {
      reportError(err, 'opening the conversation');
    }
  }

  /** Reads the open conversation again (another tab wrote to it). */
  async reload(): Promise<void> {
    const id = this.#conversationId;
    if (!id) return;
    const [fresh, record] = await Promise.all([db.getMessages(id), db.getConversation(id)]);
    if (id !== this.#conversationId) return;
    // This tab's own streaming reply is fresher in memory than in the database.
    const mine = this.#all.find((m) => m.id === this.#writing);
    this.#all = mine ? fresh.map((m) => (m.id === mine.id ? mine : m)) : fresh;
    if (record?.leafId) this.#leaf = record.leafId;
  }

  /** Saves the message, then streams the reply (local, or Mini after its review). False when nothing was sent. */
  async send(text: string): Promise<boolean> {
    return this.#ask(text, this.messages.at(-1)?.id ?? null);
  }

  /** Sends an edited version of one of your messages; the earlier version and its reply stay as alternatives. */
  async edit(messageId: string, text: string): Promise<boolean> {
    const original = this.#all.find((m) => m.id === messageId);
    if (!original || original.role !== 'user') return false;
    if (text.trim() === original.text.trim()) return false;
    return this.#ask(text, this.#thread.parentOf(messageId));
  }

  /** Asks again for a reply (a new version of it; the old one stays). Locally this reruns; a cloud reply needs a new review. */
  async regenerate(replyId: string): Promise<void> {
    if (this.streaming || !this.#conversationId) return;
    const conversationId = this.#conversationId;
    const reply = this.#all.find((m) => m.id === replyId);
    const questionId = reply && this.#thread.parentOf(reply.id);
    const question = questionId ? this.#all.find((m) => m.id === questionId) : undefined;
    if (!reply || reply.role !== 'assistant' || !question || question.role !== 'user') return;
    this.#leaf = question.id;
    if (reply.provenance?.where === 'cloud' && cloud.available) {
      // A cloud request is never repeated silently: it gets a new review and a new approval.
      const path = this.#thread.path;
      let approval: Approval | null = null;
      try {
        approval = await cloud.requestApproval(question.text, path.slice(0, path.indexOf(question)), this.#instructionsFor(conversationId));
      } catch (err) {
        reviewFailed(err, 'Your earlier reply is shown again.');
      }
      if (approval) await this.#cloudReply(conversationId, question, approval);
      else this.#leaf = replyId;
      return;
    }
    if (this.#model.ready) await this.#reply(conversationId, question);
    else this.#leaf = replyId;
  }

  /** Asks again for a reply that was interrupted, stopped or failed; the old one stays as a version. */
  async retry(replyId: string): Promise<void> {
    await this.regenerate(replyId);
  }

  /** Shows another version of a message (and what followed it). */
  async showVersion(messageId: string): Promise<void> {
    if (!this.#all.some((m) => m.id === messageId) || this.streaming) return;
    const leaf = this.#thread.leafUnder(messageId);
    this.#leaf = leaf;
    const conversationId = this.#conversationId;
    if (!conversationId) return;
    try {
      const record = await db.setLeaf(conversationId, leaf);
      if (record) conversations.upsert(record);
      sync.post({ type: 'messages', conversationId });
    } catch (err) {
      reportError(err, 'switching versions');
    }
  }

  /**
   * Deletes a message; one of your messages goes with its replies. What followed stays, joined to
   * the message before. The notice offers Undo for a while.
   */
  async remove(messageId: string): Promise<void> {
    const conversationId = this.#conversationId;
    const message = this.#all.find((m) => m.id === messageId);
    if (!conversationId || !message || message.status === 'streaming') return;
    const { ids, reparent } = this.#thread.removal(messageId);
    const parent = this.#thread.parentOf(messageId);
    try {
      const { removed, parents, conversation } = await db.removeMessages(conversationId, ids, reparent);
      if (conversation) conversations.upsert(conversation);
      if (this.#conversationId === conversationId) {
        this.#all = await db.getMessages(conversationId);
        if (this.#leaf && ids.includes(this.#leaf)) this.#leaf = parent;
      }
      sync.post({ type: 'messages', conversationId });
      const what = message.role === 'user' ? 'Your message and its reply were deleted.' : 'The reply was deleted.';
      notices.show(what, { label: 'Undo', run: () => void this.#restore(conversationId, removed, parents) });
    } catch (err) {
      reportError(err, 'deleting the message');
    }
  }

  /** Sets this conversation's own instructions (they apply from the next message). */
  async setInstructions(text: string): Promise<void> {
    const id = this.#conversationId;
    const value = text.trim();
    if (!id) {
      this.#pendingInstructions = value;
      return;
    }
    try {
      const record = await db.setInstructions(id, value);
      if (record) conversations.upsert(record);
      sync.post({ type: 'conversations' });
    } catch (err) {
      reportSaveError(err, 'the instructions');
    }
  }

  /** Stops the reply that is streaming; the text so far stays, marked stopped. */
  stop(): void {
    this.#stop?.abort();
  }

  /** Stops the reply that is streaming and waits until what it wrote is saved, and logged (before a lock). */
  async settle(): Promise<void> {
    this.stop();
    await this.#running?.catch(() => undefined);
  }

  async #restore(conversationId: string, removed: MessageRecord[], parents: Map<string, string | null | undefined>): Promise<void> {
    try {
      const record = await db.restoreMessages(conversationId, removed, parents);
      if (record) conversations.upsert(record);
      if (this.#conversationId === conversationId) this.#all = await db.getMessages(conversationId);
      sync.post({ type: 'messages', conversationId });
    } catch (err) {
      reportError(err, 'undoing the deletion');
    }
  }

  /** Saves a question after `parentId` (a new conversation when none is open) and gets its reply. */
  async #ask(text: string, parentId: string | null): Promise<boolean> {
    const content = text.trim();
    if (!content || this.streaming || (!cloud.armed && !this.#model.ready)) return false;
    await preferences.load().catch(() => undefined);
    // The switch armed this one send for the cloud: nothing goes until the user approves it.
    let approval: Approval | null = null;
    if (cloud.armed) {
      const path = this.#thread.path;
      const cut = parentId === null ? 0 : path.findIndex((m) => m.id === parentId) + 1;
      try {
        approval = await cloud.requestApproval(content, path.slice(0, cut), this.#instructionsFor(this.#conversationId));
      } catch (err) {
        // Nothing was sent, and the message goes back into the box (the caller restores it on false).
        reviewFailed(err, 'Your message is back in the box.');
        return false;
      }
      if (!approval) return false;
    }
    const now = Date.now();
    let conversationId = this.#conversationId;
    const question: MessageRecord = { id: newId(), conversationId: conversationId ?? '', role: 'user', text: content, status: 'complete', createdAt: now, updatedAt: now, parentId };
    try {
      if (!conversationId) {
        const instructions = this.#pendingInstructions;
        const conversation: ConversationRecord = { id: newId(), title: titleFrom(content), titleEdited: false, createdAt: now, updatedAt: now, messageCount: 0, ...(instructions ? { instructions } : {}) };
        await db.createConversation(conversation);
        conversationId = conversation.id;
        question.conversationId = conversationId;
        question.parentId = null;
        if (this.#conversationId === null) this.#conversationId = conversationId;
        this.#pendingInstructions = '';
      }
      await append(question, titleFrom(content));
      sync.post({ type: 'conversations' });
    } catch (err) {
      reportSaveError(err, 'your message');
      return false;
    }
    if (this.#conversationId === conversationId) {
      this.#all = [...this.#all, question];
      this.#leaf = question.id;
    }
    if (approval) await this.#cloudReply(conversationId, question, approval);
    else await this.#reply(conversationId, question);
    return true;
  }

  #instructionsFor(conversationId: string | null): string {
    const own = conversationId ? conversations.find(conversationId)?.instructions : this.#pendingInstructions;
    return instructionsText(preferences.instructions, own);
  }

  /** Streams Mini's reply to an approved request. */
  async #cloudReply(conversationId: string, question: MessageRecord, approval: Approval): Promise<void> {
    const host = urlHost(approval.request.url);
    const reply = newReply(conversationId, question, { tier: 'mini', where: 'cloud', model: approval.request.endpoint.model, host });
    this.#writing = reply.id;
    const stop = new AbortController();
    this.#stop = stop;
    try {
      await (this.#running = writeCloudReply(this.#view, reply, approval, stop.signal, () => void this.retry(reply.id)));
    } finally {
      this.#writing = null;
      this.#stop = null;
    }
  }

  async #reply(conversationId: string, question: MessageRecord): Promise<void> {
    const modelId = this.#model.model?.id;
    const system = systemPrompt(SYSTEM_PROMPT, this.#instructionsFor(conversationId));
    const options = preferences.options(modelId);
    const prompt = buildPrompt(this.#thread.path, question, system, {
      contextTokens: this.#model.info?.contextTokens ?? DEFAULT_CONTEXT_TOKENS,
      replyTokens: options.maxTokens ?? 0,
      count: tokenCounter(modelId),
    });
    const label = this.#model.model?.label ?? 'local model';
    const readable = prompt.included + 1;
    const note =
      prompt.omitted > 0
        ? `${label} can read ${readable === 1 ? 'only this message' : `the last ${readable} messages`} of this conversation; ${prompt.omitted} earlier ${prompt.omitted === 1 ? 'one was' : 'ones were'} left out.`
        : undefined;
    const reply = { ...newReply(conversationId, question, { tier: 'nano', where: 'local', model: label }), ...(note ? { note } : {}) };
    this.#writing = reply.id;
    const stop = new AbortController();
    this.#stop = stop;
    try {
      await (this.#running = writeLocalReply(this.#view, this.#backend, this.#model, reply, prompt.messages, options, stop.signal));
    } finally {
      this.#writing = null;
      this.#stop = null;
    }
  }

  /** How a reply being written reaches the conversation shown. */
  readonly #view: ReplyView = {
    show: (message) => {
      if (this.#conversationId !== message.conversationId) return;
      this.#all = [...this.#all, message];
      this.#leaf = message.id;
    },
    patch: (id, patch) => {
      if (this.#all.some((m) => m.id === id)) this.#all = this.#all.map((m) => (m.id === id ? { ...m, ...patch } : m));
    },
  };
}

/** The review could not open (the masking code failed to load, say): nothing was sent; says why and what to do. */
function reviewFailed(err: unknown, kept: string): void {
  alerts.show(`The review could not open, so nothing was sent: ${err instanceof Error ? err.message : String(err)}. ${kept} Reload Sotto (it may have been updated), then try again.`, {
    label: 'Reload',
    run: () => location.reload(),
  });
}
