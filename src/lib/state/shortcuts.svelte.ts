/** Keyboard shortcuts: what each key press does, and the "Keyboard shortcuts" dialog's state. Keys are chosen in keys.ts. */
import { chat } from './app.svelte';
import { CONTROL_KEYS, ariaKeys, isApple, matchShortcut, shortcutRows, type ShortcutId, type ShortcutRow } from './keys';
import { search } from './search.svelte';
import { isMessageBox, shell } from './shell.svelte';
import { vault } from './vault.svelte';

/** What the shortcuts act on; the app's own objects in the app, fakes in a test. */
export interface ShortcutActions {
  newConversation(): void;
  focusMessage(): void;
  /** Stops the streaming reply; false when none streams. */
  stop(): boolean;
  search(): void;
  /** Closes the menu or drawer on top; false when neither is open. */
  dismiss(): boolean;
  /** Locks Sotto (when it is locked with a passphrase). */
  lock(): void;
}

const NOT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** True when keys typed at `el` are text (so a plain "/" must not be taken). */
function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLInputElement) return !NOT_TEXT.has(el.type);
  return el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable);
}

/** Handles the app-wide shortcuts and opens the dialog that lists them. */
export class Shortcuts {
  readonly #mac: boolean;
  readonly #actions: ShortcutActions;
  #dialogOpen = $state(false);

  constructor(mac: boolean, actions: ShortcutActions) {
    this.#mac = mac;
    this.#actions = actions;
  }

  /** What the "Keyboard shortcuts" dialog lists: the shortcuts, then keys of single controls. */
  get rows(): ShortcutRow[] {
    return [...shortcutRows(this.#mac), ...CONTROL_KEYS];
  }
  /** True while the "Keyboard shortcuts" dialog is open. */
  get dialogOpen(): boolean {
    return this.#dialogOpen;
  }

  /** The `aria-keyshortcuts` of the control a shortcut stands for. */
  aria(id: ShortcutId): string {
    return ariaKeys(id, this.#mac);
  }

  /** The user asked for the list of shortcuts. */
  showDialog(): void {
    this.#dialogOpen = true;
  }
  closeDialog(): void {
    this.#dialogOpen = false;
  }

  /** A key went down anywhere in the page (a window listener). */
  handle(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    // A modal dialog owns the keyboard: Escape is its own Cancel, and the page behind it is inert.
    if (document.querySelector('dialog[open]')) return;
    const target = event.target instanceof Element ? event.target : null;
    const typing = isTextField(target);
    const id = matchShortcut(event, this.#mac, typing);
    if (!id) return;
    if (id === 'stop') return this.#escape(event, target, typing);
    event.preventDefault();
    switch (id) {
      case 'newConversation':
        return this.#actions.newConversation();
      case 'focusMessage':
        return this.#actions.focusMessage();
      case 'search':
        return this.#actions.search();
      case 'showShortcuts':
        return this.showDialog();
      case 'lock':
        return this.#actions.lock();
    }
  }

  /** Escape closes what is on top first; only then does it stop a streaming reply. */
  #escape(event: KeyboardEvent, target: Element | null, typing: boolean): void {
    // A search field with text clears itself on Escape; the next Escape closes or stops.
    if (target instanceof HTMLInputElement && target.type === 'search' && target.value) return;
    if (this.#actions.dismiss()) return event.preventDefault();
    // Another field may use Escape itself (the conversation title cancels its rename).
    if (typing && !isMessageBox(target)) return;
    if (this.#actions.stop()) event.preventDefault();
  }
}

export const shortcuts = new Shortcuts(isApple(globalThis.navigator?.userAgent ?? ''), {
  newConversation: () => {
    search.clear();
    void chat.open(null);
    shell.focusMessage();
  },
  focusMessage: () => shell.focusMessage(),
  stop: () => {
    if (!chat.streaming) return false;
    chat.stop();
    return true;
  },
  search: () => shell.focusSearch(),
  dismiss: () => shell.dismiss(),
  lock: () => void vault.lock(),
});
