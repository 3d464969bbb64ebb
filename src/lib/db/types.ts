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
}

/** A whole conversation, as exported and imported. */
export interface ConversationExport {
  conversation: ConversationRecord;
  messages: MessageRecord[];
}
