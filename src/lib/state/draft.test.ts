import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { erasedAt, forgetDraft, markErased, readDraft, writeDraft } from './draft';

/** Web Storage as the browser has it: strings by key (Node has none). */
class MemoryStorage {
  #items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  clear(): void {
    this.#items.clear();
  }
  get length(): number {
    return this.#items.size;
  }
}

beforeEach(() => {
  vi.stubGlobal('sessionStorage', new MemoryStorage());
  vi.stubGlobal('localStorage', new MemoryStorage());
});
afterEach(() => vi.unstubAllGlobals());

describe('the draft', () => {
  it('is kept for this tab, and an empty one is removed', () => {
    writeDraft('half a question', 1000);
    expect(readDraft()).toBe('half a question');
    writeDraft('');
    expect(readDraft()).toBe('');
    expect((sessionStorage as unknown as MemoryStorage).length).toBe(0);
  });

  it('written before Erase everything is never read again, even by a tab that missed the erase', () => {
    writeDraft('a draft kept in a frozen tab', 1000);
    // Another tab erased: it cleared its own storage and localStorage, then left the time of the erase.
    markErased(2000);
    expect(erasedAt()).toBe(2000);
    expect(readDraft()).toBe('');
    expect(sessionStorage.getItem('sotto-draft')).toBeNull();
  });

  it('written after the erase is kept, even when the clock went back', () => {
    markErased(5000);
    writeDraft('a new draft', 4000);
    expect(readDraft()).toBe('a new draft');
    forgetDraft();
    expect(readDraft()).toBe('');
  });
});
