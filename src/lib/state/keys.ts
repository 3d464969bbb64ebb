/**
 * The app's keyboard shortcuts: one table that both the key handler and the "Keyboard shortcuts"
 * dialog read, so the dialog can never list a key that does nothing.
 *
 * Why these keys (each must reach the page in Chromium, Firefox and Safari, and leave screen
 * readers their own keys; NVDA and JAWS use Insert or Caps Lock, VoiceOver Control+Option):
 * - Ctrl/Cmd+Shift+O, new conversation: the key ChatGPT uses, so many users already know it. The
 *   browser does not reserve it (pages can take it, unlike Ctrl+N or Ctrl+T); it only shadows the
 *   bookmark manager's shortcut while Sotto has focus, and that stays in the browser's menu.
 * - "/", focus the message box: the search-key convention of GitHub, YouTube and Gmail. It only acts
 *   outside text fields, so it never eats a typed "/"; in a screen reader's browse mode the reader
 *   keeps the key. Shift+Escape does the same from anywhere, in a field too (ChatGPT's key; Chrome
 *   on Windows also opens its task manager with it, and where the browser keeps it "/" still works).
 * - Escape, stop: what people press to make something stop. It first closes whatever is on top
 *   (a dialog, the header menu, the drawer), and leaves a text field that uses Escape itself alone.
 * - Ctrl/Cmd+K, search: the "find anything" key of Slack, GitHub, Discord and ChatGPT. Pages may
 *   take it; the browser's own search box keeps Ctrl+E and Alt+D.
 * - Ctrl/Cmd+/, this list: ChatGPT's key for its shortcut list; no browser or reader uses it.
 * - Ctrl/Cmd+Shift+L, lock now (when Sotto is locked with a passphrase): L for lock, as Windows+L
 *   locks the computer. Pages may take it in Chromium, Firefox and Safari.
 * Modifier shortcuts never fire with Alt held, so AltGr (Ctrl+Alt on Windows) still types characters.
 */

/** What a shortcut does. */
export type ShortcutId = 'newConversation' | 'focusMessage' | 'stop' | 'search' | 'showShortcuts' | 'lock';

/** One row of the "Keyboard shortcuts" dialog. */
export interface ShortcutRow {
  /** What pressing it does, in the user's words. */
  does: string;
  /** Alternatives, each a sequence of keys pressed together. */
  keys: string[][];
  /** When it works, if not everywhere. */
  when?: string;
}

/** The modifier that shortcuts use: Command on Apple devices, Control elsewhere. */
export function modKey(mac: boolean): string {
  return mac ? 'Cmd' : 'Ctrl';
}

/** The handled shortcuts, in the order the dialog lists them. */
export function shortcutRows(mac: boolean): ShortcutRow[] {
  const mod = modKey(mac);
  return [
    { does: 'New conversation', keys: [[mod, 'Shift', 'O']] },
    { does: 'Go to the message box', keys: [['/'], ['Shift', 'Esc']], when: '/ works when you are not typing in a field' },
    { does: 'Stop the reply', keys: [['Esc']], when: 'while a reply is being written' },
    { does: 'Search conversations', keys: [[mod, 'K']] },
    { does: 'Show keyboard shortcuts', keys: [[mod, '/']] },
    { does: 'Lock Sotto now', keys: [[mod, 'Shift', 'L']], when: 'when Sotto is locked with a passphrase' },
  ];
}

/** Keys that belong to single controls; the dialog lists them too, after the shortcuts above. */
export const CONTROL_KEYS: readonly ShortcutRow[] = [
  { does: 'Send the message', keys: [['Enter']], when: 'in the message box' },
  { does: 'New line', keys: [['Shift', 'Enter']], when: 'in the message box' },
  { does: 'Mask the selected text', keys: [['Alt', 'M']], when: 'in the review before sending to the cloud' },
];

/** The `aria-keyshortcuts` value for a shortcut (modifiers as ARIA names them). */
export function ariaKeys(id: ShortcutId, mac: boolean): string {
  const mod = mac ? 'Meta' : 'Control';
  return {
    newConversation: `${mod}+Shift+O`,
    focusMessage: '/ Shift+Escape',
    stop: 'Escape',
    search: `${mod}+K`,
    showShortcuts: `${mod}+/`,
    lock: `${mod}+Shift+L`,
  }[id];
}

/** The keyboard event's facts that decide a shortcut (a KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/**
 * The shortcut a key press means, or null. `typing` is true when focus is in a text field, where a
 * plain "/" is text. Escape means `stop` here; the caller decides what Escape closes first.
 */
export function matchShortcut(press: KeyPress, mac: boolean, typing: boolean): ShortcutId | null {
  if (press.isComposing) return null;
  const mod = mac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  const plain = !press.ctrlKey && !press.metaKey && !press.altKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (mod && !press.altKey) {
    if (key === 'o' && press.shiftKey) return 'newConversation';
    if (key === 'l' && press.shiftKey) return 'lock';
    if (key === 'k' && !press.shiftKey) return 'search';
    // Shift is allowed: on many layouts (German, French) "/" is itself a shifted key.
    if (key === '/') return 'showShortcuts';
    return null;
  }
  if (!plain) return null;
  if (key === 'Escape') return press.shiftKey ? 'focusMessage' : 'stop';
  if (key === '/' && !typing) return 'focusMessage';
  return null;
}

/** True on Apple devices, where shortcuts use Command instead of Control. */
export function isApple(userAgent: string): boolean {
  return /Mac|iPhone|iPad|iPod/.test(userAgent);
}
