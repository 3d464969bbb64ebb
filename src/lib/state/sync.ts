/** Tells Sotto's other open tabs what changed, so every tab shows the same conversations. */
import type { VaultKeys } from '../vault/keys';

export type SyncEvent =
  | { type: 'conversations' }
  | { type: 'messages'; conversationId: string }
  | { type: 'settings' }
  | { type: 'erasing' }
  | { type: 'erased' }
  /** The vault `id` was unlocked (or turned on, or is being turned off: `sealing` false) in another tab: its keys, in memory. */
  | { type: 'vault-keys'; id: string; keys: VaultKeys; sealing: boolean }
  /** The vault's header changed (a passkey, the passphrase, the auto-lock time, or it is off). */
  | { type: 'vault-changed' }
  /** Lock every tab now. */
  | { type: 'lock' }
  /** Someone used Sotto in another tab (for the auto-lock). */
  | { type: 'active'; at: number };

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
