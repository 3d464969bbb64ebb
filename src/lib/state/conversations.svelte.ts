/** The list of conversations, most recent first, and what the user does with it. */
import * as db from '../db/db';
import type { ConversationExport, ConversationRecord } from '../db/types';
import { notices, reportError } from './alerts.svelte';
import { sync } from './sync';

/** How many rows to paint before the rest of a long list has loaded. */
const FIRST_SCREEN = 50;
const TITLE_LENGTH = 60;

export class Conversations {
  #list = $state.raw<ConversationRecord[]>([]);
  #loaded = $state(false);

  get list(): ConversationRecord[] {
    return this.#list;
  }
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Paints the first screenful at once, then loads the rest. */
  async load(): Promise<void> {
    this.#list = await db.listConversations(FIRST_SCREEN);
    this.#loaded = true;
    if (this.#list.length === FIRST_SCREEN) this.#list = await db.listConversations();
  }

  /** Reads the list again (another tab changed it). */
  async refresh(): Promise<void> {
    this.#list = await db.listConversations();
  }

  find(id: string | null): ConversationRecord | undefined {
    return id ? this.#list.find((c) => c.id === id) : undefined;
  }

  /** Puts a new or changed conversation in its place in the list. */
  upsert(conversation: ConversationRecord): void {
    const rest = this.#list.filter((c) => c.id !== conversation.id);
    const at = rest.findIndex((c) => c.updatedAt <= conversation.updatedAt);
    this.#list = at === -1 ? [...rest, conversation] : [...rest.slice(0, at), conversation, ...rest.slice(at)];
  }

  forget(id: string): void {
    this.#list = this.#list.filter((c) => c.id !== id);
  }

  async rename(id: string, title: string): Promise<void> {
    const clean = title.trim().slice(0, 200);
    if (!clean) return;
    try {
      const renamed = await db.renameConversation(id, clean);
      if (renamed) this.upsert(renamed);
      sync.post({ type: 'conversations' });
    } catch (err) {
      reportError(err, 'renaming the conversation');
    }
  }

  /** Deletes a conversation; the notice offers Undo for a while. */
  async remove(id: string, onRemoved: (id: string) => void): Promise<void> {
    let removed: ConversationExport | undefined;
    try {
      removed = await db.deleteConversation(id);
    } catch (err) {
      reportError(err, 'deleting the conversation');
      return;
    }
    this.forget(id);
    onRemoved(id);
    sync.post({ type: 'conversations' });
    if (!removed) return;
    const copy = removed;
    notices.show(`Deleted “${copy.conversation.title}”.`, { label: 'Undo', run: () => void this.restore(copy) });
  }

  async restore(item: ConversationExport): Promise<void> {
    try {
      await db.putConversations([item]);
      this.upsert(item.conversation);
      sync.post({ type: 'conversations' });
    } catch (err) {
      reportError(err, 'restoring the conversation');
    }
  }
}

/** A conversation's title, taken on this device from its first message. */
export function titleFrom(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  if (line.length <= TITLE_LENGTH) return line || 'New conversation';
  const cut = line.slice(0, TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export const conversations = new Conversations();
