/**
 * A conversation as a tree: editing a message or regenerating a reply adds a sibling version
 * instead of replacing anything, so every earlier version (and what followed it) stays reachable.
 * The conversation shows one path through the tree, from the first message down to a leaf.
 *
 * Messages saved before versions existed have no `parentId`: each follows the message before it.
 */
import type { MessageRecord } from '../db/types';

/** Where a message stands among its versions: "‹ 2 / 3 ›". */
export interface Versions {
  index: number;
  count: number;
  previous: string | null;
  next: string | null;
}

/** The parent of every message, filling in the implied one for messages saved before versions. */
export function parentsOf(messages: readonly MessageRecord[]): Map<string, string | null> {
  const parents = new Map<string, string | null>();
  let previousLegacy: string | null = null;
  for (const m of messages) {
    if (m.parentId !== undefined) parents.set(m.id, m.parentId);
    else {
      parents.set(m.id, previousLegacy);
      previousLegacy = m.id;
    }
  }
  return parents;
}

/** The children of every message (and of the root, under ''), oldest first. */
function childrenOf(messages: readonly MessageRecord[], parents: Map<string, string | null>): Map<string, MessageRecord[]> {
  const children = new Map<string, MessageRecord[]>();
  for (const m of messages) {
    const key = parents.get(m.id) ?? '';
    const list = children.get(key);
    if (list) list.push(m);
    else children.set(key, [m]);
  }
  return children;
}

/** A conversation's messages with their tree, ready to answer what the view asks. */
export class Thread {
  readonly #byId: Map<string, MessageRecord>;
  readonly #parents: Map<string, string | null>;
  readonly #children: Map<string, MessageRecord[]>;
  readonly path: MessageRecord[];

  /** `messages` oldest first; `leafId` the message the shown path ends at (the newest when absent or unknown). */
  constructor(readonly messages: readonly MessageRecord[], leafId?: string | null) {
    this.#byId = new Map(messages.map((m) => [m.id, m]));
    this.#parents = parentsOf(messages);
    this.#children = childrenOf(messages, this.#parents);
    const leaf = (leafId && this.#byId.get(leafId)) || messages.at(-1);
    this.path = leaf ? this.#pathTo(this.leafUnder(leaf.id)) : [];
  }

  /** The message a new message after `id` would follow. */
  parentOf(id: string): string | null {
    return this.#parents.get(id) ?? null;
  }

  /** Where the message stands among the versions that share its parent. */
  versions(id: string): Versions {
    const siblings = this.#children.get(this.#parents.get(id) ?? '') ?? [];
    const role = this.#byId.get(id)?.role;
    const same = siblings.filter((m) => m.role === role);
    const index = same.findIndex((m) => m.id === id);
    return { index: index + 1, count: same.length, previous: same[index - 1]?.id ?? null, next: same[index + 1]?.id ?? null };
  }

  /** The end of the newest line of messages below `id` (itself when nothing follows it). */
  leafUnder(id: string): string {
    let at = id;
    for (;;) {
      const next = this.#children.get(at)?.at(-1);
      if (!next) return at;
      at = next.id;
    }
  }

  /** The message and everything that followed it, in any version. */
  subtree(id: string): MessageRecord[] {
    const out: MessageRecord[] = [];
    const walk = (at: string) => {
      const m = this.#byId.get(at);
      if (m) out.push(m);
      for (const child of this.#children.get(at) ?? []) walk(child.id);
    };
    walk(id);
    return out;
  }

  /**
   * What deleting a message takes: the message, and for one of yours its replies (not one still
   * being written). What followed them is joined to the message before (`reparent`).
   */
  removal(id: string): { ids: string[]; reparent: Map<string, string | null> } {
    const message = this.#byId.get(id);
    if (!message) return { ids: [], reparent: new Map() };
    const replies = message.role === 'user' ? this.childrenOf(id).filter((m) => m.role === 'assistant' && m.status !== 'streaming') : [];
    const ids = new Set([id, ...replies.map((m) => m.id)]);
    const parent = this.parentOf(id);
    // Messages saved before versions find their parent by order; once one of them is moved, that
    // order no longer holds, so every one of them gets its parent written down.
    const reparent = new Map<string, string | null>();
    for (const m of this.messages) if (m.parentId === undefined && !ids.has(m.id)) reparent.set(m.id, this.parentOf(m.id));
    for (const gone of ids) for (const child of this.childrenOf(gone)) if (!ids.has(child.id)) reparent.set(child.id, parent);
    return { ids: [...ids], reparent };
  }

  /** The messages that follow `id` directly, oldest first. */
  childrenOf(id: string): MessageRecord[] {
    return this.#children.get(id) ?? [];
  }

  #pathTo(leaf: string): MessageRecord[] {
    const path: MessageRecord[] = [];
    const seen = new Set<string>();
    for (let at: string | null = leaf; at && !seen.has(at); at = this.#parents.get(at) ?? null) {
      seen.add(at);
      const m = this.#byId.get(at);
      if (m) path.unshift(m);
    }
    return path;
  }
}
