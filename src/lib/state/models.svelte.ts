/** The Models screen: what each model keeps on this device, usage and quota, choosing one, and deleting one. */
import type { LocalEngineClient } from '../engine/local-engine';
import { downloadSize } from '../engine/model-size';
import { formatBytes, type StorageInventory, type StoredModel } from '../engine/model-storage';
import { isAbort, reportError } from './alerts.svelte';
import { toSpec, type LocalModel } from './model.svelte';

/** One line of the Models list. */
export interface ModelRow {
  /** The config id, or a key made from the files of a leftover. */
  key: string;
  label: string;
  engine: 'WebGPU' | 'CPU';
  /** "Downloaded · 1.2 MB", "Incomplete download — repaired when it next loads", "Not downloaded"… */
  state: string;
  inUse: boolean;
  /** The model the first-download offer shows (nothing is downloaded yet). */
  chosen: boolean;
  /**
   * The button that picks this configured model: "Choose" before the first download (it only
   * changes the offer), "Use" afterwards (it loads the model, downloading it when needed); null
   * for the current model, a leftover, or a model this device cannot run.
   */
  pick: 'Choose' | 'Use' | null;
  /** Something is stored that can be deleted. */
  deletable: boolean;
  /** Deleting must wait: this engine is downloading or loading a model right now. */
  busy: boolean;
}

/** The Models screen's state: `refresh()` asks the engine worker, `remove(key)` deletes one model's files. */
export class Models {
  #inventory = $state.raw<StorageInventory | null>(null);
  #result = $state('');
  #deleting = $state<string | null>(null);
  /** Download sizes of configured models that are not on this device (null: unknown). */
  #sizes = $state.raw<Readonly<Partial<Record<string, number | null>>>>({});
  #refreshing: AbortController | null = null;
  readonly #engine: LocalEngineClient;
  readonly #model: LocalModel;

  constructor(engine: LocalEngineClient, model: LocalModel) {
    this.#engine = engine;
    this.#model = model;
  }

  /** Null until the first refresh has answered. */
  get inventory(): StorageInventory | null {
    return this.#inventory;
  }
  /** What the last delete did, in a sentence. */
  get result(): string {
    return this.#result;
  }
  /** The key of the model being deleted. */
  get deleting(): string | null {
    return this.#deleting;
  }

  get rows(): ModelRow[] {
    return (this.#inventory?.models ?? []).map((stored) => this.#row(stored));
  }

  /** Asks the engine worker what is stored (it answers even while a reply streams). */
  async refresh(): Promise<void> {
    this.#refreshing?.abort();
    const controller = new AbortController();
    this.#refreshing = controller;
    try {
      const inventory = await this.#engine.inventory(this.#model.models.map(toSpec), controller.signal);
      if (this.#refreshing !== controller) return;
      this.#inventory = inventory;
      await this.#findSizes(inventory, controller.signal);
    } catch (err) {
      if (!isAbort(err)) reportError(err, 'listing the downloaded models');
    } finally {
      if (this.#refreshing === controller) this.#refreshing = null;
    }
  }

  /** The user picked a configured model in the list (see `ModelRow.pick`). */
  async choose(key: string): Promise<void> {
    await this.#model.use(key);
  }

  /** Deletes one model's files; conversations are not touched, and the model downloads again when next used. */
  async remove(key: string): Promise<void> {
    const stored = this.#inventory?.models.find((m) => keyOf(m) === key);
    if (!stored || this.#deleting) return;
    const label = this.#labelOf(stored);
    this.#deleting = key;
    this.#result = '';
    try {
      await this.#engine.deleteModel(stored.ref, new AbortController().signal);
      const inUse = this.#inUse(stored);
      this.#result = `Deleted ${label} (${formatBytes(stored.bytes)}). ${
        inUse ? 'It stays loaded until the page is reloaded or another model is chosen, then downloads again.' : stored.modelId ? 'It downloads again the next time it is used.' : ''
      } Your conversations are kept.`.replace(/\s+/g, ' ');
    } catch (err) {
      if (err instanceof Error && err.name === 'ModelBusyError') {
        this.#result = `${label} cannot be deleted while a model is downloading or loading. Try again when it is ready.`;
      } else {
        reportError(err, `deleting ${label}`);
      }
    } finally {
      this.#deleting = null;
    }
    await this.refresh();
  }

  /** Looks up the download size of each configured model that is not here yet, so the user can compare before choosing. */
  async #findSizes(inventory: StorageInventory, signal: AbortSignal): Promise<void> {
    const wanted = this.#model.models.filter((m) => !Object.hasOwn(this.#sizes, m.id) && inventory.models.some((s) => s.modelId === m.id && s.state === 'absent'));
    if (wanted.length === 0) return;
    const found = await Promise.all(wanted.map(async (m) => [m.id, await downloadSize(m, signal)] as const));
    if (!signal.aborted) this.#sizes = { ...this.#sizes, ...Object.fromEntries(found) };
  }

  #row(stored: StoredModel): ModelRow {
    const current = this.#model.model;
    const phase = this.#model.phase;
    const busyPhase = phase === 'downloading' || phase === 'loading';
    const inUse = this.#inUse(stored);
    const entry = this.#model.models.find((m) => m.id === stored.modelId);
    const size = stored.state === 'absent' && stored.modelId ? this.#sizes[stored.modelId] : undefined;
    const toDownload = typeof size === 'number' ? ` · ${formatBytes(size)} to download` : '';
    return {
      key: keyOf(stored),
      label: this.#labelOf(stored),
      engine: stored.engine === 'webllm' ? 'WebGPU' : 'CPU',
      state: busyPhase && current?.id === stored.modelId ? 'Downloading now…' : `${describeStored(stored, inUse)}${toDownload}`,
      inUse,
      chosen: phase === 'awaiting' && !!entry && entry === current,
      pick: entry && entry !== current && this.#model.verdict(entry).ok ? (phase === 'awaiting' ? 'Choose' : 'Use') : null,
      deletable: stored.state !== 'absent' && (stored.ref.engine === 'wllama' ? stored.ref.files.length : stored.ref.urls.length) > 0,
      busy: busyPhase && current?.engine === stored.engine,
    };
  }

  #inUse(stored: StoredModel): boolean {
    return stored.modelId !== null && this.#model.ready && this.#model.model?.id === stored.modelId;
  }

  #labelOf(stored: StoredModel): string {
    return this.#model.models.find((m) => m.id === stored.modelId)?.label ?? stored.name;
  }
}

/** The state of one stored model, in words. */
export function describeStored(stored: StoredModel, inUse = false): string {
  const leftover = stored.modelId === null ? ' · not in the current configuration' : '';
  switch (stored.state) {
    case 'complete':
      return `Downloaded · ${formatBytes(stored.bytes)}${leftover}`;
    case 'partial': {
      const of = stored.expectedBytes ? ` of ${formatBytes(stored.expectedBytes)}` : '';
      const next = leftover ? leftover : ' — repaired when it next loads';
      return `Incomplete download${next} · ${formatBytes(stored.bytes)}${of}`;
    }
    case 'absent':
      return inUse ? 'Not downloaded · still loaded; it downloads again the next time it loads' : 'Not downloaded';
  }
}

function keyOf(stored: StoredModel): string {
  if (stored.modelId) return stored.modelId;
  const files = stored.ref.engine === 'wllama' ? stored.ref.files : stored.ref.urls;
  return `${stored.engine}:${files.join('|') || stored.name}`;
}
