/** The message being typed, kept for this tab in sessionStorage, so a reload never loses it. */

/** The sessionStorage key of the draft. */
export const DRAFT_KEY = 'sotto-draft';

/** The draft this tab kept, or ''. */
export function readDraft(): string {
  try {
    return globalThis.sessionStorage?.getItem(DRAFT_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the draft (an empty one is removed). */
export function writeDraft(text: string): void {
  try {
    if (text) globalThis.sessionStorage?.setItem(DRAFT_KEY, text);
    else globalThis.sessionStorage?.removeItem(DRAFT_KEY);
  } catch {
    // Storage can be unavailable (a locked-down profile); the draft then lives in memory only.
  }
}
