/**
 * Export of conversations: the versioned JSON file, a readable Markdown copy, and file names.
 * Reading a file back (and checking all of it) is in parse-export.ts.
 * Pure functions: nothing here touches IndexedDB, the DOM or the network.
 */
import type { GenStats } from '../engine/types';
import { authorLabel } from './author';
import type { ConversationExport, ConversationRecord, MessageRecord, MessageRole, MessageStatus, Provenance } from './types';

/** The `format` every Sotto export file declares. */
export const EXPORT_FORMAT = 'sotto-conversations';
/** The export version this build writes and reads. */
export const EXPORT_VERSION = 1;
/** How the Markdown copy begins (an import recognises it by this, and says it cannot be imported). */
export const MARKDOWN_TITLE = '# Sotto conversations';

/** Thrown when a record cannot be exported as it is (a reply that does not say which model wrote it). */
export class MissingProvenanceError extends Error {
  override name = 'MissingProvenanceError';
  constructor(
    readonly conversationId: string,
    readonly messageId: string,
    title: string,
  ) {
    super(`A reply in "${title}" (message ${messageId}) does not say which model wrote it, so the conversation cannot be exported.`);
  }
}

// ---------------------------------------------------------------- the file format

interface ProvenanceJson {
  tier: Provenance['tier'];
  where: Provenance['where'];
  model: string;
  host?: string;
}

/** A message as an export file holds it. */
export interface MessageJson {
  id: string;
  role: MessageRole;
  text: string;
  status: MessageStatus;
  createdAt: string;
  updatedAt: string;
  provenance?: ProvenanceJson;
  stats?: GenStats;
  note?: string;
  /** The message this one follows (versions share it); null for the first. Absent: the message before it. */
  parentId?: string | null;
}

interface ConversationJson {
  id: string;
  title: string;
  titleEdited: boolean;
  createdAt: string;
  updatedAt: string;
  /** The message the shown line of versions ends at. */
  leafId?: string;
  instructions?: string;
  messages: MessageJson[];
}

interface ExportJson {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  conversations: ConversationJson[];
}

// ---------------------------------------------------------------- export

/** The export file: versioned, pretty-printed JSON with ISO times and messages in conversation order. */
export function toExportJson(items: ConversationExport[], exportedAt: Date): string {
  const file: ExportJson = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    conversations: items.map(conversationToJson),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function conversationToJson({ conversation: c, messages }: ConversationExport): ConversationJson {
  return {
    id: c.id,
    title: c.title,
    titleEdited: c.titleEdited,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    ...(c.leafId !== undefined ? { leafId: c.leafId } : {}),
    ...(c.instructions !== undefined ? { instructions: c.instructions } : {}),
    messages: inOrder(messages).map((m) => messageToJson(m, c)),
  };
}

function messageToJson(m: MessageRecord, c: ConversationRecord): MessageJson {
  if (m.role === 'assistant') replyAuthor(m, c);
  return messageJson(m);
}

/** A message as an export writes it: two messages with the same export form are the same, byte for byte. */
export function messageJson(m: MessageRecord): MessageJson {
  const p = m.provenance;
  return {
    id: m.id,
    role: m.role,
    text: m.text,
    status: m.status,
    createdAt: iso(m.createdAt),
    updatedAt: iso(m.updatedAt),
    ...(p ? { provenance: { tier: p.tier, where: p.where, model: p.model, ...(p.host !== undefined ? { host: p.host } : {}) } } : {}),
    ...(m.stats ? { stats: { tokens: m.stats.tokens, decodeMs: m.stats.decodeMs, tokensPerSecond: m.stats.tokensPerSecond, finish: m.stats.finish } } : {}),
    ...(m.note !== undefined ? { note: m.note } : {}),
    ...(m.parentId !== undefined ? { parentId: m.parentId } : {}),
  };
}

/** A reply's provenance; a reply without one is refused, because an export must say who wrote each reply. */
function replyAuthor(m: MessageRecord, c: ConversationRecord): Provenance {
  if (!m.provenance) throw new MissingProvenanceError(c.id, m.id, c.title);
  return m.provenance;
}

/** A readable Markdown copy of conversations: a heading per conversation, who wrote each message and when. */
export function toMarkdown(items: ConversationExport[], exportedAt: Date): string {
  const messageTotal = items.reduce((n, item) => n + item.messages.length, 0);
  const parts = [MARKDOWN_TITLE, `_Exported ${dateTime(exportedAt.getTime())} · ${plural(items.length, 'conversation')}, ${plural(messageTotal, 'message')}._`];
  for (const { conversation: c, messages } of items) {
    parts.push(`## ${headingText(c.title)}`, `_Started ${dateTime(c.createdAt)} · ${plural(messages.length, 'message')}._`);
    if (c.instructions) parts.push(`_Instructions:_\n\n${containedText(c.instructions)}`);
    if (messages.length === 0) parts.push('_No messages._');
    inOrder(messages).forEach((m, i) => {
      if (i > 0) parts.push('---');
      parts.push(messageHeader(m, c));
      if (m.note) parts.push(`_Note: ${oneLine(m.note)}_`);
      if (m.text.trim()) parts.push(containedText(m.text));
    });
  }
  return `${parts.join('\n\n')}\n`;
}

function messageHeader(m: MessageRecord, c: ConversationRecord): string {
  const remark = STATUS_REMARKS[m.status];
  const when = `${dateTime(m.createdAt)}${remark ? ` ${remark}` : ''}`;
  if (m.role === 'user') return `**${authorLabel(m)}** — ${when}`;
  const p = replyAuthor(m, c);
  const host = p.where === 'cloud' && p.host ? ` · ${oneLine(p.host)}` : '';
  return `**${authorLabel(m)}** · ${oneLine(p.model)}${host} — ${when}`;
}

const STATUS_REMARKS: Record<MessageStatus, string> = {
  complete: '',
  stopped: '_(stopped)_',
  interrupted: '_(interrupted)_',
  failed: '_(failed)_',
  streaming: '_(still being written when exported)_',
};

/**
 * The text as written, with any code fence it leaves open closed, so that a reply stopped
 * in the middle of a code block does not swallow the rest of the document.
 */
function containedText(text: string): string {
  const body = text.replace(/\s+$/, '');
  let open: { char: string; length: number } | null = null;
  for (const line of body.split(/\r?\n/)) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence?.[1]) continue;
    const marks = fence[1];
    const rest = fence[2] ?? '';
    if (!open) {
      if (!(marks.startsWith('`') && rest.includes('`'))) open = { char: marks.charAt(0), length: marks.length };
    } else if (marks.charAt(0) === open.char && marks.length >= open.length && rest.trim() === '') {
      open = null;
    }
  }
  return open ? `${body}\n${open.char.repeat(open.length)}` : body;
}

function headingText(title: string): string {
  const text = oneLine(title) || 'Untitled conversation';
  // A trailing " #" would be read as the heading's closing sequence and dropped.
  return text.replace(/(^|\s)(#+)$/, '$1\\$2');
}

/** A file name for an export: `sotto-2026-11-28.json`, or `sotto-<title>-2026-11-28.md` for one conversation. */
export function exportFileName(kind: 'json' | 'md', exportedAt: Date, title?: string): string {
  const day = iso(exportedAt.getTime()).slice(0, 10);
  if (title === undefined) return `sotto-${day}.${kind}`;
  return `sotto-${slug(title) || 'conversation'}-${day}.${kind}`;
}

/** "Dosage question: Café & co." → "dosage-question-cafe-co"; cut at a word break to at most 40 characters. */
function slug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= 40) return words;
  const cut = words.slice(0, 41).lastIndexOf('-');
  return cut > 0 ? words.slice(0, cut) : words.slice(0, 40);
}

// ---------------------------------------------------------------- small helpers

/** 1234567 → "1,234,567", the same in every locale. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function plural(n: number, noun: string): string {
  return `${count(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** "2026-11-28 14:03 UTC": the same in every locale and time zone, so exports read alike everywhere. */
function dateTime(ms: number): string {
  const s = iso(ms);
  return `${s.slice(0, 10)} ${s.slice(11, 16)} UTC`;
}

/** Conversation order: by creation time, then id. */
export function inOrder(messages: readonly MessageRecord[]): MessageRecord[] {
  return [...messages].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
