/**
 * Reading an export file back: every field is checked against what an export can write, and a bad
 * file is refused with one plain-language error naming what is wrong and where.
 * Pure functions: nothing here touches IndexedDB, the DOM or the network.
 */
import type { GenStats } from '../engine/types';
import { EXPORT_FORMAT, EXPORT_VERSION, MARKDOWN_TITLE, count, inOrder } from './transfer';
import type { ConversationExport, MessageRecord, MessageRole, MessageStatus, Provenance } from './types';

export interface ImportLimits {
  /** Characters of file text (checked before parsing). */
  maxChars: number;
  maxTitle: number;
  /** Characters of a message's text (and of a note). */
  maxText: number;
  maxConversations: number;
  /** Messages in the whole file. */
  maxMessages: number;
}

/** Limits an import is held to unless the caller says otherwise. */
export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxChars: 512 * 1024 * 1024,
  maxTitle: 500,
  maxText: 1_000_000,
  maxConversations: 100_000,
  maxMessages: 2_000_000,
});

export type ImportResult = { ok: true; items: ConversationExport[]; messageCount: number } | { ok: false; error: string };

const TOP_KEYS = ['format', 'version', 'exportedAt', 'conversations'] as const;
const CONVERSATION_KEYS = ['id', 'title', 'titleEdited', 'createdAt', 'updatedAt', 'leafId', 'instructions', 'messages'] as const;
const MESSAGE_KEYS = ['id', 'role', 'text', 'status', 'createdAt', 'updatedAt', 'provenance', 'stats', 'note', 'parentId'] as const;
const PROVENANCE_KEYS = ['tier', 'where', 'model', 'host'] as const;
const STATS_KEYS = ['tokens', 'decodeMs', 'tokensPerSecond', 'finish'] as const;

const ROLES: readonly MessageRole[] = ['user', 'assistant'];
const STATUSES: readonly MessageStatus[] = ['complete', 'stopped', 'interrupted', 'failed', 'streaming'];
const TIERS: readonly Provenance['tier'][] = ['nano', 'mini'];
const WHERES: readonly Provenance['where'][] = ['local', 'cloud'];
const FINISHES: readonly GenStats['finish'][] = ['stop', 'length'];
const WHERE_OF_TIER = { nano: 'local', mini: 'cloud' } as const;

const MAX_ID = 200;
const MAX_NAME = 200;
const CHOOSE_EXPORT = 'Choose a file exported from Sotto (Settings → Export).';
const SPLIT_EXPORT = 'Export fewer conversations per file, then import each file.';

/** Checks a whole export file and returns its records, or one plain-language error naming what is wrong and where. */
export function parseExport(text: string, limits: Partial<ImportLimits> = {}): ImportResult {
  const lim: ImportLimits = { ...DEFAULT_IMPORT_LIMITS };
  for (const key of Object.keys(lim) as (keyof ImportLimits)[]) {
    const value = limits[key];
    if (value !== undefined) lim[key] = value;
  }
  try {
    return { ok: true, ...readFile(text, lim) };
  } catch (e) {
    if (e instanceof ImportProblem) return { ok: false, error: e.message };
    throw e;
  }
}

/** What is wrong with a file; caught in `parseExport`, never seen by its callers. */
class ImportProblem extends Error {
  override name = 'ImportProblem';
}

type Json = Record<string, unknown>;

function problem(message: string): never {
  throw new ImportProblem(message);
}

function readFile(text: string, lim: ImportLimits): { items: ConversationExport[]; messageCount: number } {
  if (text.length > lim.maxChars) {
    problem(`This file is too large to import (${size(text.length)}; the limit is ${size(lim.maxChars)}). ${SPLIT_EXPORT}`);
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') problem(`This file is empty. ${CHOOSE_EXPORT}`);
  const raw = parseJson(body);
  if (!isObject(raw)) problem(`This file is not a Sotto export (it holds ${describe(raw)}, not an export). ${CHOOSE_EXPORT}`);
  if (raw.format !== EXPORT_FORMAT) {
    const got = raw.format === undefined ? 'it has no "format"' : `its "format" is ${show(raw.format)}`;
    problem(`This file is not a Sotto export (${got}, not "${EXPORT_FORMAT}"). ${CHOOSE_EXPORT}`);
  }
  checkVersion(raw.version);
  checkKeys(raw, TOP_KEYS, 'The file');
  readDate(raw, 'exportedAt', '');

  const list = raw.conversations;
  if (list === undefined) problem('This Sotto export has no "conversations" list, so there is nothing to import. The file may be damaged; export it again.');
  if (!Array.isArray(list)) problem(`conversations must be a list, got ${show(list)}.`);
  if (list.length > lim.maxConversations) {
    problem(`This file has ${count(list.length)} conversations, more than Sotto imports at once (${count(lim.maxConversations)}). ${SPLIT_EXPORT}`);
  }
  const messageTotal = list.reduce<number>((n, c) => n + (isObject(c) && Array.isArray(c.messages) ? c.messages.length : 0), 0);
  if (messageTotal > lim.maxMessages) {
    problem(`This file has ${count(messageTotal)} messages, more than Sotto imports at once (${count(lim.maxMessages)}). ${SPLIT_EXPORT}`);
  }

  const conversationIds = new Map<string, string>();
  const messageIds = new Map<string, string>();
  const items = list.map((c, i) => readConversation(c, `conversations[${i}]`, lim, conversationIds, messageIds));
  return { items, messageCount: messageTotal };
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const start = body.trimStart();
    if (start.startsWith('%PDF')) problem(`This file is not a Sotto export (it is a PDF document). ${CHOOSE_EXPORT}`);
    if (start.startsWith(MARKDOWN_TITLE)) {
      problem('This file is the readable Markdown copy of a Sotto export, which cannot be imported. Choose the .json file exported from Sotto (Settings → Export).');
    }
    if (start.startsWith('{') && body.includes(`"${EXPORT_FORMAT}"`)) {
      problem('This Sotto export is damaged or incomplete (it is not valid JSON), so it cannot be read. Export the conversations again, then import the new file.');
    }
    return problem(`This file is not a Sotto export (it is not JSON). ${CHOOSE_EXPORT}`);
  }
}

function checkVersion(version: unknown): void {
  if (version === EXPORT_VERSION) return;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    problem(`This file was made by a newer version of Sotto (export version ${version}; this version reads version ${EXPORT_VERSION}). Update Sotto, then import again.`);
  }
  const got = version === undefined ? 'it has no "version"' : `"version" is ${show(version)}`;
  problem(`This file has an unknown export version (${got}; this version of Sotto reads version ${EXPORT_VERSION}). ${CHOOSE_EXPORT}`);
}

function readConversation(
  raw: unknown,
  path: string,
  lim: ImportLimits,
  conversationIds: Map<string, string>,
  messageIds: Map<string, string>,
): ConversationExport {
  if (!isObject(raw)) problem(`${path} must be a conversation (an object with "id", "title" and "messages"), got ${show(raw)}.`);
  checkKeys(raw, CONVERSATION_KEYS, path);
  const id = readId(raw, path);
  const seen = conversationIds.get(id);
  if (seen !== undefined) problem(`${path}.id ${show(id)} is also used by ${seen}; each conversation needs its own id.`);
  conversationIds.set(id, path);
  const title = readString(raw, 'title', path, lim.maxTitle);
  const titleEdited = raw.titleEdited;
  if (titleEdited === undefined) problem(`${path}.titleEdited is missing.`);
  if (typeof titleEdited !== 'boolean') problem(`${path}.titleEdited must be true or false, got ${show(titleEdited)}.`);
  const createdAt = readDate(raw, 'createdAt', path);
  const updatedAt = readDate(raw, 'updatedAt', path);
  const list = raw.messages;
  if (list === undefined) problem(`${path}.messages is missing.`);
  if (!Array.isArray(list)) problem(`${path}.messages must be a list, got ${show(list)}.`);

  const instructions = raw.instructions === undefined ? undefined : readString(raw, 'instructions', path, lim.maxText);
  const leafId = raw.leafId === undefined ? undefined : readReference(raw, 'leafId', path);

  const messages = list.map((m, j) => {
    const message = readMessage(m, `${path}.messages[${j}]`, id, lim);
    const first = messageIds.get(message.id);
    if (first !== undefined) problem(`${path}.messages[${j}].id ${show(message.id)} is also used by ${first}; each message needs its own id.`);
    messageIds.set(message.id, `${path}.messages[${j}]`);
    return message;
  });
  // Versions point at messages of the same conversation, and never at themselves.
  const own = new Set(messages.map((m) => m.id));
  messages.forEach((m, j) => {
    if (m.parentId && (!own.has(m.parentId) || m.parentId === m.id)) {
      problem(`${path}.messages[${j}].parentId ${show(m.parentId)} is not another message of this conversation.`);
    }
  });
  if (leafId !== undefined && !own.has(leafId)) problem(`${path}.leafId ${show(leafId)} is not a message of this conversation.`);
  const conversation = { id, title, titleEdited, createdAt, updatedAt, messageCount: messages.length, ...(leafId !== undefined ? { leafId } : {}), ...(instructions !== undefined ? { instructions } : {}) };
  return { conversation, messages: inOrder(messages) };
}

function readMessage(raw: unknown, path: string, conversationId: string, lim: ImportLimits): MessageRecord {
  if (!isObject(raw)) problem(`${path} must be a message (an object with "id", "role", "text" and "status"), got ${show(raw)}.`);
  checkKeys(raw, MESSAGE_KEYS, path);
  const id = readId(raw, path);
  const role = readEnum(raw, 'role', path, ROLES);
  const text = readString(raw, 'text', path, lim.maxText);
  const status = readEnum(raw, 'status', path, STATUSES);
  const createdAt = readDate(raw, 'createdAt', path);
  const updatedAt = readDate(raw, 'updatedAt', path);
  if (role === 'user') {
    for (const key of ['provenance', 'stats'] as const) {
      if (raw[key] !== undefined) problem(`${path}.${key} is only for replies, but this message is from the user (role "user").`);
    }
  } else if (raw.provenance === undefined) {
    problem(`${path} is a reply but has no "provenance" (which model wrote it, on this device or in the cloud). Every reply in a Sotto export says who wrote it.`);
  }
  const provenance = raw.provenance === undefined ? undefined : readProvenance(raw.provenance, `${path}.provenance`);
  const stats = raw.stats === undefined ? undefined : readStats(raw.stats, `${path}.stats`);
  const note = raw.note === undefined ? undefined : readString(raw, 'note', path, lim.maxText);
  const parentId = raw.parentId === undefined || raw.parentId === null ? raw.parentId : readReference(raw, 'parentId', path);
  return {
    id,
    conversationId,
    role,
    text,
    // A file cannot hold a reply that is still being written: the tab writing it is gone.
    status: status === 'streaming' ? 'interrupted' : status,
    createdAt,
    updatedAt,
    ...(provenance ? { provenance } : {}),
    ...(stats ? { stats } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(parentId !== undefined ? { parentId } : {}),
  };
}

/** An id that refers to another record of the file (checked against them by the caller). */
function readReference(raw: Json, key: string, path: string): string {
  const value = raw[key];
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID) problem(`${join(path, key)} must be the id of a message in this conversation, got ${show(value)}.`);
  return value;
}

function readProvenance(raw: unknown, path: string): Provenance {
  if (!isObject(raw)) problem(`${path} must be an object with "tier", "where" and "model", got ${show(raw)}.`);
  checkKeys(raw, PROVENANCE_KEYS, path);
  const tier = readEnum(raw, 'tier', path, TIERS);
  const where = readEnum(raw, 'where', path, WHERES);
  if (where !== WHERE_OF_TIER[tier]) {
    problem(`${path}.where must be "${WHERE_OF_TIER[tier]}" for a ${tier === 'nano' ? 'Nano' : 'Mini'} reply (tier "${tier}"), got "${where}".`);
  }
  const model = readName(raw, 'model', path);
  if (raw.host === undefined) return { tier, where, model };
  if (where !== 'cloud') problem(`${path}.host is only for cloud replies (where "cloud"), but this reply was written on the device.`);
  return { tier, where, model, host: readName(raw, 'host', path) };
}

function readStats(raw: unknown, path: string): GenStats {
  if (!isObject(raw)) problem(`${path} must be an object with "tokens", "decodeMs", "tokensPerSecond" and "finish", got ${show(raw)}.`);
  checkKeys(raw, STATS_KEYS, path);
  const tokens = readNumber(raw, 'tokens', path);
  if (!Number.isInteger(tokens)) problem(`${path}.tokens must be a whole number, got ${tokens}.`);
  return {
    tokens,
    decodeMs: readNumber(raw, 'decodeMs', path),
    tokensPerSecond: readNumber(raw, 'tokensPerSecond', path),
    finish: readEnum(raw, 'finish', path, FINISHES),
  };
}

// ---------------------------------------------------------------- field readers

function checkKeys(raw: Json, known: readonly string[], path: string): void {
  const unknown = Object.keys(raw).find((key) => !known.includes(key));
  if (unknown !== undefined) problem(`${path} has an unknown key ${show(unknown)} (not part of a Sotto export).`);
}

function field(raw: Json, key: string, path: string): unknown {
  const value = raw[key];
  if (value === undefined) problem(`${join(path, key)} is missing.`);
  return value;
}

function readString(raw: Json, key: string, path: string, max: number): string {
  const value = field(raw, key, path);
  if (typeof value !== 'string') problem(`${join(path, key)} must be a string, got ${show(value)}.`);
  if (value.length > max) problem(`${join(path, key)} is ${count(value.length)} characters long; the limit is ${count(max)}.`);
  return value;
}

function readName(raw: Json, key: string, path: string): string {
  const value = readString(raw, key, path, MAX_NAME);
  if (value.trim() === '') problem(`${join(path, key)} must not be empty.`);
  return value;
}

function readId(raw: Json, path: string): string {
  const value = field(raw, 'id', path);
  if (typeof value !== 'string') problem(`${path}.id must be a string, got ${show(value)}.`);
  if (value === '') problem(`${path}.id must not be empty.`);
  if (value.length > MAX_ID) problem(`${path}.id is ${count(value.length)} characters long; ids are at most ${MAX_ID}.`);
  return value;
}

/** The largest number a Sotto export writes (stats of a reply); anything beyond it did not come from one. */
const MAX_NUMBER = 1e12;

function readNumber(raw: Json, key: string, path: string): number {
  const value = field(raw, key, path);
  // JSON.parse reads 1e999 as Infinity, which an export would write back as null: refuse it here.
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_NUMBER) {
    problem(`${join(path, key)} must be a number from 0 to ${MAX_NUMBER.toExponential()}, got ${show(value)}.`);
  }
  return value;
}

function readEnum<T extends string>(raw: Json, key: string, path: string, allowed: readonly T[]): T {
  const value = field(raw, key, path);
  const found = allowed.find((a) => a === value);
  if (found === undefined) problem(`${join(path, key)} must be ${choices(allowed)}, got ${show(value)}.`);
  return found;
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** An ISO date and time as ms; a date that does not exist (February 30, 25:00) is refused, not rolled over. */
function readDate(raw: Json, key: string, path: string): number {
  const value = field(raw, key, path);
  const where = join(path, key);
  const parts = typeof value === 'string' ? ISO_TIME.exec(value) : null;
  if (typeof value !== 'string' || !parts) problem(`${where} must be a date and time like "2026-11-28T14:03:00.000Z", got ${show(value)}.`);
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] = parts.slice(1).map((p) => Number(p ?? 0));
  const ms = Date.parse(value);
  const real =
    month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) &&
    hour <= 23 && minute <= 59 && second <= 59 && offsetHour <= 23 && offsetMinute <= 59 && Number.isFinite(ms);
  if (!real) problem(`${where} is ${show(value)}, which is not a real date and time.`);
  // Only what an export can write back: after 1970 (before it, or a far offset, gives a year an export cannot read) and not in the future.
  const latest = Date.now() + DAY_MS;
  if (ms < 0 || ms > latest) problem(`${where} is ${show(value)}, which is ${ms < 0 ? 'before 1970' : 'in the future'}. A Sotto export only holds dates from 1970 until today.`);
  return ms;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// ---------------------------------------------------------------- small helpers

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** A value as an error message shows it: strings quoted (and cut), containers by kind. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'an object';
  return String(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'string' ? 'a single string' : `a single ${typeof value}`;
}

function choices(allowed: readonly string[]): string {
  const quoted = allowed.map((a) => `"${a}"`);
  return quoted.length <= 2 ? quoted.join(' or ') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1] ?? ''}`;
}

function size(chars: number): string {
  const mib = chars / (1024 * 1024);
  if (mib >= 1) return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
  return `${count(chars)} characters`;
}
