/**
 * The database itself: its schema, the migration ladder and the one connection, for the modules of
 * src/lib/db only (db.ts, privacy-log.ts, erase.ts), the only ones that import idb. The rest of the
 * app uses their verbs, through db.ts.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import type { ConversationRecord, MessageRecord } from './types';
import { termsOf } from './terms';

export const DB_NAME = 'sotto';
/** v1: conversations, messages, settings. v2: indexes for search and for replies still streaming; the privacy log. */
export const DB_VERSION = 2;

/** A stored message carries the words it contains, for the search index. */
export type StoredMessage = MessageRecord & { terms: string[] };

/** One transmission to a cloud endpoint, kept on the device (filled by the cloud tier). */
export interface AuditRecord {
  id: string;
  at: number;
  /** How many identifiers were replaced by placeholders. */
  identifiersMasked?: number;
  /** How many of those the user masked by hand ("Mask this"); absent in entries written before it existed. */
  maskedByHand?: number;
  [field: string]: unknown;
}

export interface SottoDB extends DBSchema {
  conversations: { key: string; value: ConversationRecord; indexes: { 'by-updated': number } };
  messages: { key: string; value: StoredMessage; indexes: { 'by-conversation': [string, number]; 'by-term': string; 'by-status': string } };
  settings: { key: string; value: { key: string; value: unknown } };
  audit: { key: string; value: AuditRecord; indexes: { 'by-time': number } };
}

export type Db = IDBPDatabase<SottoDB>;

/**
 * Set once Erase everything has begun in this tab. Every tab also finds the erase marker that the
 * erase leaves in the settings store until it has finished; writes to the privacy log check for it
 * in their own transaction, so no tab can slip an entry in after the erase (IndexedDB runs
 * overlapping read-write transactions one at a time, across tabs).
 */
let erasing = false;
/** The settings key of the marker an unfinished Erase everything leaves: `{ at, alsoModels }`. */
export const ERASE_MARKER = 'eraseInProgress';

/** This tab has begun Erase everything (true), or its erase failed before deleting anything (false). */
export function setErasingHere(value: boolean): void {
  erasing = value;
}

/** Whether Erase everything is under way, here or in another tab; read inside the writing transaction. */
export async function eraseUnderWay(settings: IDBPObjectStore<SottoDB, StoreNames<SottoDB>[], 'settings', 'readwrite'>): Promise<boolean> {
  return erasing || (await settings.getKey(ERASE_MARKER)) !== undefined;
}
type UpgradeTx = IDBPTransaction<SottoDB, StoreNames<SottoDB>[], 'versionchange'>;

/**
 * The migration ladder: each step takes the database from one version to the next and never
 * loses data. Exported so a test can build a database as an older version left it.
 */
export async function migrate(db: Db, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1 && newVersion >= 1) {
    const conversations = db.createObjectStore('conversations', { keyPath: 'id' });
    conversations.createIndex('by-updated', 'updatedAt');
    const messages = db.createObjectStore('messages', { keyPath: 'id' });
    messages.createIndex('by-conversation', ['conversationId', 'createdAt']);
    db.createObjectStore('settings', { keyPath: 'key' });
  }
  if (oldVersion < 2 && newVersion >= 2) {
    const messages = tx.objectStore('messages');
    messages.createIndex('by-term', 'terms', { multiEntry: true });
    messages.createIndex('by-status', 'status');
    db.createObjectStore('audit', { keyPath: 'id' }).createIndex('by-time', 'at');
    // Index the words of every message written before search existed.
    for (let cursor = await messages.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update({ ...cursor.value, terms: termsOf(cursor.value.text) });
    }
  }
}

export interface DbEvents {
  /** Another tab needs a newer database version: this tab's connection was closed. */
  onStale?: () => void;
  /** An older tab keeps the database open, so this tab's upgrade waits. */
  onBlocked?: () => void;
}

let events: DbEvents = {};
let connection: Promise<Db> | null = null;
let dbName = DB_NAME;

/** Sets what happens when another tab upgrades the database or blocks our upgrade. */
export function setDbEvents(handlers: DbEvents): void {
  events = handlers;
}

/** For tests: use another database name (and forget the open connection). */
export function useDatabase(name: string): void {
  closeDb();
  dbName = name;
  erasing = false;
}

/** Closes the connection; the next verb opens it again. */
export function closeDb(): void {
  const open = connection;
  connection = null;
  void open?.then((db) => db.close()).catch(() => undefined);
}

/** The open connection (opened, and upgraded, on first use). */
export function db(): Promise<Db> {
  connection ??= openDB<SottoDB>(dbName, DB_VERSION, {
    upgrade: (database, oldVersion, newVersion, tx) => {
      // The version change commits only when every step's requests are done; a failed step aborts it.
      migrate(database, oldVersion, newVersion ?? DB_VERSION, tx).catch((err: unknown) => {
        console.error('Sotto: database upgrade failed', err);
        tx.abort();
      });
    },
    blocked: () => events.onBlocked?.(),
    blocking: () => {
      // Let the other tab upgrade; this tab must reload to use the new version.
      closeDb();
      events.onStale?.();
    },
    terminated: () => {
      connection = null;
    },
  }).catch((err: unknown) => {
    connection = null;
    throw err;
  });
  return connection;
}

// ---------------------------------------------------------------- helpers

/** A failure of this module that the user can act on. */
export class DbError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export function conversationRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
}

export function withoutTerms(stored: StoredMessage): MessageRecord {
  const { terms: _terms, ...message } = stored;
  return message;
}
