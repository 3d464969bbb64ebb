/** Tells Sotto's other open tabs what changed, so every tab shows the same conversations. */

export type SyncEvent =
  | { type: 'conversations' }
  | { type: 'messages'; conversationId: string }
  | { type: 'settings' }
  | { type: 'erasing' }
  | { type: 'erased' };

type Listener = (event: SyncEvent) => void;

class TabSync {
  #channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel('sotto') : null;
  #listeners = new Set<Listener>();

  constructor() {
    if (this.#channel) this.#channel.onmessage = (e: MessageEvent<SyncEvent>) => this.#listeners.forEach((l) => l(e.data));
  }

  /** Tells the other tabs (not this one). */
  post(event: SyncEvent): void {
    this.#channel?.postMessage(event);
  }

  /** Listens to the other tabs; returns the function that stops listening. */
  listen(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

export const sync = new TabSync();
