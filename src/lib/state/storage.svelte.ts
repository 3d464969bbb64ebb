/** How much this device lets Sotto keep, and asking the browser not to evict it. */
import * as db from '../db/db';

export interface StorageUse {
  usage: number;
  quota: number;
  persisted: boolean;
}

class DeviceStorage {
  #use = $state.raw<StorageUse | null>(null);

  get use(): StorageUse | null {
    return this.#use;
  }

  /** Reads usage and quota (shown in Settings). */
  async refresh(): Promise<void> {
    const s = globalThis.navigator?.storage;
    if (!s?.estimate) return;
    const [estimate, persisted] = await Promise.all([s.estimate(), s.persisted?.() ?? Promise.resolve(false)]);
    this.#use = { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
  }

  /**
   * When a model download starts, asks the browser to keep Sotto's data (the model, and the
   * conversations to come) even when the disk runs low. Once per device: the browser may decide
   * by itself or ask the user, and a prompt at every download would nag.
   */
  async askToPersist(): Promise<void> {
    const s = globalThis.navigator?.storage;
    if (!s?.persist || (await db.getSetting<boolean>('persistAsked'))) return;
    await db.setSetting('persistAsked', true);
    if (!(await s.persisted())) await s.persist();
    await this.refresh();
  }
}

export const storage = new DeviceStorage();
