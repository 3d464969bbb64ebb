/**
 * Importing the conversations of a checked export file: nothing here is ever changed or appended
 * to, and everything written can be exported and imported again.
 */
import { addImported, type AlreadyHere } from './db';
import { DEFAULT_IMPORT_LIMITS } from './parse-export';
import { messageJson } from './transfer';
import type { ConversationExport, MessageRecord } from './types';

/** What an import added; `copies` of the conversations came in as separate copies. */
export interface ImportAdded {
  conversations: number;
  messages: number;
  copies: number;
}

const COPY_MARK = ' (imported copy)';

/**
 * Writes the conversations of an import file (checked by `parseExport`). A conversation already
 * here with every message the same is left as it is; one whose id is here with other content, or
 * whose message ids are taken, is added as a separate copy with new ids and "(imported copy)" after
 * its title. Every message is marked as imported. All or nothing.
 */
export async function importConversations(items: readonly ConversationExport[]): Promise<ImportAdded> {
  let copies = 0;
  const added = await addImported(items, (item, here) => {
    if (alreadyHere(item, here)) return null;
    const clash = here.conversation !== undefined || here.messages.some((m) => m !== undefined);
    if (clash) copies++;
    return importedRecords(item, clash);
  });
  return { conversations: added.length, messages: added.reduce((n, item) => n + item.messages.length, 0), copies };
}

/** The conversation is here, and every message of the file is here in it, byte for byte. */
function alreadyHere({ conversation, messages }: ConversationExport, here: AlreadyHere): boolean {
  return here.conversation !== undefined && messages.every((m, i) => sameMessage(here.messages[i], m, conversation.id));
}

/**
 * Whether a stored message is the imported one, byte for byte: their export forms, which hold every
 * field a file can carry, nested ones included, are the same.
 */
function sameMessage(stored: MessageRecord | undefined, imported: MessageRecord, conversationId: string): boolean {
  return stored?.conversationId === conversationId && JSON.stringify(messageJson(stored)) === JSON.stringify(messageJson(imported));
}

/** The records to add for one conversation of the file; a copy gets new ids (its versions still point at each other). */
function importedRecords({ conversation, messages }: ConversationExport, copy: boolean): ConversationExport {
  const ids = new Map<string, string>();
  const id = (old: string): string => {
    if (!copy) return old;
    const known = ids.get(old);
    if (known !== undefined) return known;
    const fresh = crypto.randomUUID();
    ids.set(old, fresh);
    return fresh;
  };
  const conversationId = id(conversation.id);
  const { leafId, ...rest } = conversation;
  return {
    conversation: {
      ...rest,
      id: conversationId,
      ...(copy ? { title: copyTitle(rest.title) } : {}),
      ...(leafId !== undefined ? { leafId: id(leafId) } : {}),
      messageCount: messages.length,
    },
    messages: messages.map((m) => ({ ...m, id: id(m.id), conversationId, imported: true, ...(m.parentId ? { parentId: id(m.parentId) } : {}) })),
  };
}

/**
 * "Title (imported copy)", within the import limit on titles, so that the next export imports too:
 * a title too long for the mark is shortened, with "…", never in the middle of a character.
 */
function copyTitle(title: string): string {
  const max = DEFAULT_IMPORT_LIMITS.maxTitle;
  if (title.length + COPY_MARK.length <= max) return `${title}${COPY_MARK}`;
  let end = max - COPY_MARK.length - 1;
  const last = title.charCodeAt(end - 1);
  // A high surrogate is the first half of an emoji (or any character beyond the first plane).
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${title.slice(0, end).trimEnd()}…${COPY_MARK}`;
}
