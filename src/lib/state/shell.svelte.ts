/**
 * The app's frame on screens of any size: whether the conversation list is an open drawer,
 * whether the header's menu is open, and where focus goes when either opens or closes.
 */
import { tick } from 'svelte';

/**
 * Below this width the conversation list is a drawer and the header's actions fold into a menu.
 * app.css and the components' styles use the same 48rem (a media query cannot read a variable).
 * At 200% zoom a 1280px window is 640 CSS pixels wide, so zoomed desktops get the narrow layout.
 */
export const NARROW = '(max-width: 48rem)';

/** Ids of the elements the shell moves focus to (and the controls that point at them). */
export const IDS = {
  messageBox: 'message',
  drawer: 'conversation-nav',
  drawerToggle: 'conversations-toggle',
  drawerClose: 'conversation-nav-close',
  search: 'conversation-search',
  menu: 'header-actions',
  menuButton: 'header-more',
} as const;

type FocusTarget = (typeof IDS)[keyof typeof IDS];

/** Focuses an element by id once the DOM shows the latest state (an inert page part is not focusable). */
async function focusLater(id: FocusTarget, select = false): Promise<void> {
  await tick();
  const el = document.getElementById(id);
  el?.focus();
  if (select && el instanceof HTMLInputElement) el.select();
}

class Shell {
  readonly #query = globalThis.matchMedia?.(NARROW) ?? null;
  #narrow = $state(this.#query?.matches ?? false);
  #drawer = $state(false);
  #menu = $state(false);

  constructor() {
    // Crossing the breakpoint (rotating a phone, zooming) closes both: neither exists on the other side.
    this.#query?.addEventListener('change', (event) => {
      this.#narrow = event.matches;
      this.#drawer = false;
      this.#menu = false;
    });
  }

  /** True while the window is narrow: the list is a drawer, the header actions a menu. */
  get narrow(): boolean {
    return this.#narrow;
  }
  /** True while the conversation drawer covers the page (narrow windows only). */
  get drawerOpen(): boolean {
    return this.#drawer && this.#narrow;
  }
  /** True while the header's "More" menu shows its actions (narrow windows only). */
  get menuOpen(): boolean {
    return this.#menu && this.#narrow;
  }

  /** The user opened the drawer: focus goes into it (to its close button unless `focus` says where). */
  openDrawer(focus: FocusTarget = IDS.drawerClose): void {
    this.#menu = false;
    this.#drawer = true;
    void focusLater(focus, focus === IDS.search);
  }

  /** The drawer closes; focus goes back to the "Conversations" button unless the caller moves it. */
  closeDrawer(returnFocus = true): void {
    if (!this.#drawer) return;
    this.#drawer = false;
    if (returnFocus && this.#narrow) void focusLater(IDS.drawerToggle);
  }

  /** The "More" button was pressed. */
  toggleMenu(): void {
    this.#menu = !this.#menu;
  }

  /** The menu closes; with `returnFocus`, focus goes back to its button (after Escape, say). */
  closeMenu(returnFocus = false): void {
    if (!this.#menu) return;
    this.#menu = false;
    if (returnFocus && this.#narrow) void focusLater(IDS.menuButton);
  }

  /** Escape: closes the menu or else the drawer; false when neither was open. */
  dismiss(): boolean {
    if (this.menuOpen) {
      this.closeMenu(true);
      return true;
    }
    if (this.drawerOpen) {
      this.closeDrawer();
      return true;
    }
    return false;
  }

  /** Puts the caret in the message box, closing the drawer and menu that would hide it. */
  focusMessage(): void {
    this.#menu = false;
    this.#drawer = false;
    void focusLater(IDS.messageBox);
  }

  /** Focuses the conversation search, opening the drawer first on a narrow window. */
  focusSearch(): void {
    this.#menu = false;
    if (this.#narrow && !this.#drawer) return this.openDrawer(IDS.search);
    void focusLater(IDS.search, true);
  }
}

export const shell = new Shell();

/** True when `el` is the message box (where Escape still stops a reply). */
export function isMessageBox(el: Element | null): boolean {
  return el?.id === IDS.messageBox;
}
