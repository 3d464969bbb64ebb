/** What Sotto keeps on the device: conversations, their messages, settings, and the privacy log. */
import type { GenStats } from '../engine/types';

/** How a reply ended. `streaming` only while a tab is writing it; `interrupted` when that tab went away. */
export type MessageStatus = 'streaming' | 'complete' | 'stopped' | 'interrupted' | 'failed';

export type MessageRole = 'user' | 'assistant';

/** Who wrote a reply: the on-device Nano tier or the cloud Mini tier, and which model. */
export interface Provenance {
  tier: 'nano' | 'mini';
  /** "local" for Nano (on this device), "cloud" for Mini. */
  where: 'local' | 'cloud';
  /** The model's name as shown to the user, e.g. "Qwen2.5 0.5B (CPU)". */
  model: string;
  /** For cloud replies: the host the request went to. */
  host?: string;
}

export interface ConversationRecord {
  id: string;
  title: string;
  /** True once the user renamed it; the title is then never replaced automatically. */
  titleEdited: boolean;
  createdAt: number;
  /** Last activity (a message added or changed, a rename); the list is sorted by it. */
  updatedAt: number;
  messageCount: number;
  /** The message the shown line of versions ends at; absent: the newest message. */
  leafId?: string;
  /** How the assistant should behave in this conversation; sent with every request, before the messages. */
  instructions?: string;
}

export interface MessageRecord {
  id: string;
  conversationId: string;
  role: MessageRole;
  text: string;
  status: MessageStatus;
  createdAt: number;
  updatedAt: number;
  /** Replies only. */
  provenance?: Provenance;
  stats?: GenStats;
  /** Something the reader should know about how this reply was made. */
  note?: string;
  /**
   * The message this one follows; versions of a message (an edit, a regenerated reply) share it.
   * `null`: the first message. Absent in messages saved before versions existed: the message before it.
   */
  parentId?: string | null;
  /** Came in with an import: who wrote it is only what the file says. Kept on this device, never exported. */
  imported?: boolean;
}

/** A whole conversation, as exported and imported. */
export interface ConversationExport {
  conversation: ConversationRecord;
  messages: MessageRecord[];
}
