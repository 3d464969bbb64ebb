/** Search across every saved message; it runs on this device only, on the word index. */
import * as db from '../db/db';
import { reportError } from './alerts.svelte';

const DEBOUNCE_MS = 120;

class Search {
  #query = $state('');
  #hits = $state.raw<db.SearchHit[]>([]);
  #searched = $state('');
  #timer: ReturnType<typeof setTimeout> | null = null;
  #ticket = 0;

  get query(): string {
    return this.#query;
  }
  get hits(): db.SearchHit[] {
    return this.#hits;
  }
  /** True when the query is non-empty (the list shows results instead of conversations). */
  get active(): boolean {
    return this.#query.trim().length > 0;
  }
  /** The query the hits belong to ("" while the first search runs). */
  get searched(): string {
    return this.#searched;
  }

  /** The user typed in the search box. */
  set(query: string): void {
    this.#query = query;
    if (this.#timer) clearTimeout(this.#timer);
    if (!query.trim()) {
      this.#hits = [];
      this.#searched = '';
      return;
    }
    this.#timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Runs the current query now. */
  async run(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const ticket = ++this.#ticket;
    const query = this.#query;
    try {
      const hits = await db.searchMessages(query);
      if (ticket !== this.#ticket) return;
      this.#hits = hits;
      this.#searched = query;
    } catch (err) {
      reportError(err, 'searching');
    }
  }

  clear(): void {
    this.set('');
  }
}

export const search = new Search();

/** Up to `width` characters of `text` around the first word of `query`, with where that word sits. */
export function snippet(text: string, query: string, width = 120): { before: string; match: string; after: string } {
  const first = query.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const at = first ? text.toLowerCase().indexOf(first) : -1;
  if (at < 0) return { before: '', match: '', after: text.slice(0, width) };
  const start = Math.max(0, at - Math.floor((width - first.length) / 2));
  const before = (start > 0 ? '…' : '') + text.slice(start, at);
  const after = text.slice(at + first.length, start + width) + (start + width < text.length ? '…' : '');
  return { before, match: text.slice(at, at + first.length), after };
}
