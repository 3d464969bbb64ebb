/** A component loaded the first time it is needed, so that it stays out of the first download of the app. */
export class Lazy<T> {
  #component = $state.raw<T | null>(null);
  #loading: Promise<T> | null = null;
  readonly #loader: () => Promise<{ default: T }>;

  constructor(loader: () => Promise<{ default: T }>) {
    this.#loader = loader;
  }

  /** The component once loaded; null before. */
  get component(): T | null {
    return this.#component;
  }

  /** Loads it (once; a failed load is tried again next time). */
  load(): Promise<T> {
    this.#loading ??= this.#loader().then(
      (m) => (this.#component = m.default),
      (err: unknown) => {
        this.#loading = null;
        throw err;
      },
    );
    return this.#loading;
  }
}
