/**
 * The message being typed, kept for this tab in sessionStorage, so a reload never loses it. Each
 * draft carries the time it was written; Erase everything leaves its own time in localStorage, and
 * a draft older than that is never read again, even in a tab that missed the erase (a frozen or
 * discarded tab, or one reopened from the browser's history with its sessionStorage).
 */

import { isSealedText, sealing as sealingCode, sealingWrites, type Place } from '../vault/cipher';

/** The sessionStorage key of the draft. */
export const DRAFT_KEY = 'sotto-draft';
/** The sessionStorage key of the time the draft was written. */
const DRAFT_AT_KEY = 'sotto-draft-at';
/** The localStorage key of the time of the last Erase everything: a fact about the device, no user data. */
export const ERASED_AT_KEY = 'sotto-erased-at';

/** Where a sealed draft belongs: it opens nowhere else. */
const DRAFT_PLACE: Place = { store: 'sessionStorage', id: DRAFT_KEY, field: 'text' };
/** Counts writes, so that a draft sealed late never overwrites a newer one (or a forgotten one). */
let writes = 0;
/** The draft being sealed, if any. */
let sealing: Promise<void> = Promise.resolve();

/** The stored draft as it is (sealed with the vault on), or '' (also when written before the last Erase everything). */
function stored(): string {
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

/** The draft this tab kept, or '' (also while it is sealed: `openDraft` reads it once the vault is unlocked). */
export function readDraft(): string {
  const text = stored();
  return isSealedText(text) ? '' : text;
}

/** The draft this tab kept, opened with the vault's key; '' if it cannot be opened. */
export async function openDraft(): Promise<string> {
  const text = stored();
  if (!isSealedText(text)) return text;
  return sealingCode()
    .then((s) => s.openText(text, DRAFT_PLACE))
    .catch(() => '');
}

/** Keeps the draft (an empty one is removed); sealed when the vault is on. */
export function writeDraft(text: string, now = Date.now()): void {
  if (!text) return forgetDraft();
  const write = ++writes;
  // Never at or before the last erase, whatever the clock did in between.
  const at = String(Math.max(now, erasedAt() + 1));
  if (!sealingWrites()) return keep(text, at);
  sealing = sealingCode()
    .then((s) => s.sealText(text, DRAFT_PLACE))
    .then(
      (sealed) => {
        if (write === writes) keep(sealed, at);
      },
      () => undefined,
    );
}

/** Resolves once the last draft written is kept (sealing takes a moment). */
export function draftWritten(): Promise<void> {
  return sealing;
}

/** Writes the kept draft again, sealed or not as the vault now says (it was just turned on or off). */
export async function rewriteDraft(): Promise<void> {
  const text = await openDraft();
  if (text) writeDraft(text);
}

function keep(text: string, at: string): void {
  try {
    globalThis.sessionStorage?.setItem(DRAFT_KEY, text);
    globalThis.sessionStorage?.setItem(DRAFT_AT_KEY, at);
  } catch {
    // Storage can be unavailable (a locked-down profile); the draft then lives in memory only.
  }
}

/** Removes this tab's draft. */
export function forgetDraft(): void {
  writes++;
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
