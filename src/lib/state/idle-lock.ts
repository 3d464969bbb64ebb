/**
 * The auto-lock's clock: when Sotto was last used in any tab, and a timer that fires once it has
 * been idle for the chosen time. Other tabs hear of use now and then, often enough for the
 * shortest auto-lock, so one tab in use keeps them all unlocked.
 */
export class IdleLock {
  #lastActive = Date.now();
  #lastBroadcast = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** The idle time allowed, in minutes. */
    private readonly minutes: () => number,
    /** Called once idle for that long. */
    private readonly onIdle: () => void,
    /** Tells the other tabs of use in this one. */
    private readonly broadcast: (at: number) => void,
  ) {}

  /** Use in this tab; told to the other tabs when `counting`. */
  touch(counting: boolean, now = Date.now()): void {
    this.#lastActive = now;
    if (counting && now - this.#lastBroadcast > Math.min(10_000, (this.minutes() * 60_000) / 4)) {
      this.#lastBroadcast = now;
      this.broadcast(now);
    }
  }

  /** Use in another tab. */
  heard(at: number): void {
    this.#lastActive = Math.max(this.#lastActive, at);
  }

  /** Starts counting from now (just unlocked). */
  restart(): void {
    this.#lastActive = Date.now();
    this.arm();
  }

  /** (Re)schedules the check against the current idle time. */
  arm(): void {
    clearTimeout(this.#timer);
    const due = this.#lastActive + this.minutes() * 60_000 - Date.now();
    this.#timer = setTimeout(() => {
      if (Date.now() - this.#lastActive >= this.minutes() * 60_000) this.onIdle();
      else this.arm();
    }, Math.max(250, due));
  }

  stop(): void {
    clearTimeout(this.#timer);
  }
}
