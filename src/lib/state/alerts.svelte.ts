/** Error messages shown in a role="alert" region, each with an optional next step. */

export interface AlertAction {
  label: string;
  run: () => void;
}

export interface AppAlert {
  id: number;
  message: string;
  action?: AlertAction;
}

class Alerts {
  #list = $state.raw<AppAlert[]>([]);
  #seq = 0;

  get list(): AppAlert[] {
    return this.#list;
  }

  /** Shows a message; the same message is not shown twice. */
  show(message: string, action?: AlertAction): void {
    if (this.#list.some((a) => a.message === message)) return;
    this.#list = [...this.#list, { id: ++this.#seq, message, ...(action ? { action } : {}) }];
  }

  dismiss(id: number): void {
    this.#list = this.#list.filter((a) => a.id !== id);
  }

  clear(): void {
    this.#list = [];
  }
}

export const alerts = new Alerts();

/** A short-lived, polite message ("Conversation deleted. Undo") in a live region (the one role="status" region is the model state). */
class Notices {
  #current = $state.raw<{ id: number; message: string; action?: AlertAction } | null>(null);
  #seq = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;

  get current() {
    return this.#current;
  }

  #ms = 10_000;
  #held = false;

  show(message: string, action?: AlertAction, ms = 10_000): void {
    const id = ++this.#seq;
    this.#current = { id, message, ...(action ? { action } : {}) };
    this.#ms = ms;
    this.#arm();
  }

  /** Keeps the notice while the user is on it (keyboard focus or pointer): it never vanishes under them (WCAG 2.2.1). */
  hold(): void {
    this.#held = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** The user moved on: the notice goes after its full time again. */
  release(): void {
    this.#held = false;
    if (this.#current) this.#arm();
  }

  #arm(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const id = this.#current?.id;
    if (this.#held || id === undefined) return;
    this.#timer = setTimeout(() => this.dismiss(id), this.#ms);
  }

  dismiss(id?: number): void {
    if (id === undefined || this.#current?.id === id) this.#current = null;
  }
}

export const notices = new Notices();

/** True for the error a user's own Stop or Cancel produces; such errors are never reported. */
export function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

/** Reports an unexpected error to the user, saying what they were doing; ignores aborts. */
export function reportError(err: unknown, whatTheUserWasDoing: string): void {
  if (isAbort(err)) return;
  const detail = err instanceof Error ? err.message : String(err);
  console.error(`Sotto: error while ${whatTheUserWasDoing}`, err);
  alerts.show(`Something went wrong while ${whatTheUserWasDoing}: ${detail}. Try again; reloading the page usually helps.`);
}
