/**
 * The message being typed, kept for this tab in sessionStorage, so a reload never loses it. Each
 * draft carries the time it was written; Erase everything leaves its own time in localStorage, and
 * a draft older than that is never read again, even in a tab that missed the erase (a frozen or
 * discarded tab, or one reopened from the browser's history with its sessionStorage).
 */

/** The sessionStorage key of the draft. */
export const DRAFT_KEY = 'sotto-draft';
/** The sessionStorage key of the time the draft was written. */
const DRAFT_AT_KEY = 'sotto-draft-at';
/** The localStorage key of the time of the last Erase everything: a fact about the device, no user data. */
export const ERASED_AT_KEY = 'sotto-erased-at';

/** The draft this tab kept, or '' (also when it was written before the last Erase everything). */
export function readDraft(): string {
  try {
    const text = globalThis.sessionStorage?.getItem(DRAFT_KEY) ?? '';
    if (!text) return '';
    const at = Number(globalThis.sessionStorage?.getItem(DRAFT_AT_KEY) ?? 0);
    if (at <= erasedAt()) {
      forgetDraft();
      return '';
    }
    return text;
  } catch {
    return '';
  }
}

/** Keeps the draft (an empty one is removed). */
export function writeDraft(text: string, now = Date.now()): void {
  try {
    if (!text) return forgetDraft();
    globalThis.sessionStorage?.setItem(DRAFT_KEY, text);
    // Never at or before the last erase, whatever the clock did in between.
    globalThis.sessionStorage?.setItem(DRAFT_AT_KEY, String(Math.max(now, erasedAt() + 1)));
  } catch {
    // Storage can be unavailable (a locked-down profile); the draft then lives in memory only.
  }
}

/** Removes this tab's draft. */
export function forgetDraft(): void {
  try {
    globalThis.sessionStorage?.removeItem(DRAFT_KEY);
    globalThis.sessionStorage?.removeItem(DRAFT_AT_KEY);
  } catch {
    // Nothing reachable, nothing kept.
  }
}

/** Records that Erase everything has just finished (after localStorage was cleared). */
export function markErased(now = Date.now()): void {
  try {
    globalThis.localStorage?.setItem(ERASED_AT_KEY, String(now));
  } catch {
    // Without localStorage there is no draft to outlive the erase in another tab either.
  }
}

/** When Erase everything last finished on this device (0: never). */
export function erasedAt(): number {
  try {
    return Number(globalThis.localStorage?.getItem(ERASED_AT_KEY) ?? 0) || 0;
  } catch {
    return 0;
  }
}
