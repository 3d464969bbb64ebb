/**
 * The local model's life: which one, why, whether it is on this device, the user's go-ahead for
 * its first download, download and load progress, readiness, failures.
 */
import type { DownloadPolicy, ModelEntry } from '../config/config';
import * as db from '../db/db';
import { canRun, chooseModel, type Verdict } from '../engine/choose';
import type { LocalEngineClient } from '../engine/local-engine';
import { downloadSize } from '../engine/model-size';
import type { StoredState } from '../engine/model-storage';
import type { DeviceCaps } from '../engine/probe';
import type { LoadedInfo, LoadProgress } from '../engine/types';
import type { ModelSpec } from '../../../workers/protocol';
import { formatBytes } from '../engine/model-storage';
import { alerts, isAbort } from './alerts.svelte';
import { offline } from './offline.svelte';
import { storage } from './storage.svelte';
import type { ExplainContext, Explained } from '../engine/explain';

/** `awaiting`: nothing is on this device yet, and the deployment asks before the first download. */
export type ModelPhase = 'starting' | 'awaiting' | 'downloading' | 'loading' | 'ready' | 'failed' | 'none';

export class LocalModel {
  #phase = $state<ModelPhase>('starting');
  #progress = $state.raw<LoadProgress | null>(null);
  #etaSeconds = $state<number | null>(null);
  #model = $state.raw<ModelEntry | null>(null);
  #note = $state<string | null>(null);
  #info = $state.raw<LoadedInfo | null>(null);
  #models = $state.raw<ModelEntry[]>([]);
  #caps = $state.raw<DeviceCaps | null>(null);
  #repairing = $state(false);
  /** While awaiting: the download size; undefined while it is being found, null when it cannot be known. */
  #size = $state<number | null | undefined>(undefined);
  /** The check, offer or load under way; a newer one replaces it, and late answers of the old one are dropped. */
  #current: AbortController | null = null;
  #rate: { at: number; loaded: number } | null = null;
  readonly #engine: LocalEngineClient;

  constructor(engine: LocalEngineClient) {
    this.#engine = engine;
  }

  get phase(): ModelPhase {
    return this.#phase;
  }
  get model(): ModelEntry | null {
    return this.#model;
  }
  get models(): ModelEntry[] {
    return this.#models;
  }
  get note(): string | null {
    return this.#note;
  }
  get info(): LoadedInfo | null {
    return this.#info;
  }
  get progress(): LoadProgress | null {
    return this.#progress;
  }
  get ready(): boolean {
    return this.#phase === 'ready';
  }
  /** 0..100, or null while the engine reports nothing (an indeterminate bar). */
  get percent(): number | null {
    const p = this.#progress;
    if (!p || p.loaded === undefined || !p.total) return null;
    return Math.min(100, Math.round((p.loaded / p.total) * 100));
  }
  get etaSeconds(): number | null {
    return this.#etaSeconds;
  }
  /** This download replaces a partial or broken copy found on the device. */
  get repairing(): boolean {
    return this.#repairing;
  }
  /** What the first download of the offered model weighs: undefined while checking, null when unknown. */
  get downloadSize(): number | null | undefined {
    return this.#size;
  }
  /** The other configured models this device can run (to pick one before the first download). */
  get alternatives(): ModelEntry[] {
    return this.#models.filter((m) => m !== this.#model && this.verdict(m).ok);
  }

  /** Why a message cannot be answered on this device yet, for the message box; empty once ready. */
  get waitingReason(): string {
    const label = this.#model?.label ?? 'the model';
    switch (this.#phase) {
      case 'ready':
        return '';
      case 'starting':
        return 'You can send once the model is ready.';
      case 'awaiting':
        return `You can send once ${label} is downloaded to this device: press "Download ${label}".`;
      case 'downloading':
        return `You can send once ${label} has downloaded.`;
      case 'loading':
        return `You can send once ${label} has loaded.`;
      case 'failed':
        return `You cannot send yet: ${label} could not be loaded (see the message above).`;
      case 'none':
        return 'You cannot send yet: no model can run on this device.';
    }
  }

  /** One line for the status region. */
  get statusText(): string {
    const label = this.#model?.label ?? 'the model';
    switch (this.#phase) {
      case 'starting':
        return 'Checking what this device can run…';
      case 'awaiting': {
        const size = this.#size === undefined ? '' : this.#size === null ? ' (size unknown)' : ` of ${formatBytes(this.#size)}`;
        return `${label} needs a one-time download${size} before you can chat.`;
      }
      case 'downloading': {
        const p = this.#progress;
        const pct = this.percent;
        const doing = this.#repairing ? `Repairing an incomplete download of ${label}` : `Downloading ${label}`;
        if (pct === null || !p) return this.#repairing ? `${doing}…` : `Preparing ${label}…`;
        const bytes = p.unit === 'bytes' && p.total ? ` (${formatBytes(p.loaded ?? 0)} of ${formatBytes(p.total)})` : '';
        const eta = this.#etaSeconds !== null && pct < 100 ? `, about ${formatSeconds(this.#etaSeconds)} left` : '';
        return `${doing}: ${pct}%${bytes}${eta}`;
      }
      case 'loading':
        return `Loading ${label} into memory…`;
      case 'ready':
        return `${label} is ready on this device${this.#info ? ` (${this.#info.detail})` : ''}.`;
      case 'failed':
        return `${label} could not be loaded.`;
      case 'none':
        return this.#models.length ? 'No configured model can run on this device.' : 'No model is available: see the message above.';
    }
  }

  /** Whether this device can run a model, for the Settings list. */
  verdict(model: ModelEntry): Verdict {
    return this.#caps ? canRun(model, this.#caps) : { ok: false, reason: 'Still checking this device' };
  }

  /** The first CPU model other than the current one that this device can run. */
  get cpuFallback(): ModelEntry | undefined {
    return this.#models.find((m) => m.engine === 'wllama' && m !== this.#model && this.verdict(m).ok);
  }

  /**
   * Picks the first configured model this device can run. It loads at once when its files are on
   * this device (or `policy` is "auto"); otherwise the user is asked before the download starts.
   */
  async start(models: ModelEntry[], caps: DeviceCaps, preferredId: string | null = null, policy: DownloadPolicy = 'ask'): Promise<void> {
    this.#models = models;
    this.#caps = caps;
    const choice = chooseModel(models, caps, preferredId);
    this.#note = choice.note;
    if (!choice.model) {
      this.#phase = 'none';
      alerts.show(`${choice.note ?? 'No model is configured.'} Try a current Chrome, Edge or Firefox, or ask your IT admin for a model this device can run.`);
      return;
    }
    if (policy === 'auto') return this.#load(choice.model);
    const controller = this.#begin();
    this.#model = choice.model;
    const runnable = models.filter((m) => this.verdict(m).ok);
    const stored = await this.#storedStates(runnable, controller.signal);
    if (this.#current !== controller) return;
    if (onDevice(stored[choice.model.id])) return this.#load(choice.model);
    // Another model was downloaded before (the device or the config changed since): use it rather than ask.
    const other = runnable.find((m) => stored[m.id] === 'complete');
    if (other) {
      this.#note = `Using ${other.label}, which is already on this device. ${choice.model.label} can be downloaded in Models.`;
      return this.#load(other);
    }
    await this.#offer(choice.model, controller);
  }

  /** Start-up failed before any model could be chosen (for example a broken config). */
  halt(): void {
    this.#current?.abort();
    this.#phase = 'none';
  }

  /** The user pressed "Download <label>": the first download of the offered model starts. */
  async download(): Promise<void> {
    if (this.#phase !== 'awaiting' || !this.#model) return;
    await this.#load(this.#model);
  }

  /**
   * The user chose a model (in Settings or Models). Before anything was downloaded, this only
   * changes which model the download offer shows, unless the chosen one is already on this device.
   */
  async use(modelId: string): Promise<void> {
    const model = this.#models.find((m) => m.id === modelId);
    if (!model || model === this.#model) return;
    this.#note = null;
    const awaiting = this.#phase === 'awaiting';
    const controller = awaiting ? this.#begin() : null;
    if (awaiting) {
      this.#model = model;
      this.#size = undefined;
    }
    await db.setSetting('preferredModel', model.id).catch(() => undefined);
    if (!controller) return this.#load(model);
    const stored = await this.#storedStates([model], controller.signal);
    if (this.#current !== controller) return;
    if (onDevice(stored[model.id])) return this.#load(model);
    await this.#offer(model, controller);
  }

  /** Tries the current model again (after the user freed space, for example). */
  async retry(): Promise<void> {
    if (this.#model) await this.#load(this.#model);
  }

  /** Switches to the CPU model after the GPU model failed. */
  async useCpu(): Promise<void> {
    const cpu = this.cpuFallback;
    if (!cpu) return;
    this.#note = `Using ${cpu.label} on the CPU, which is slower.`;
    await this.#load(cpu);
  }

  /** Replaces whatever check, offer or load was under way. */
  #begin(): AbortController {
    this.#current?.abort();
    const controller = new AbortController();
    this.#current = controller;
    return controller;
  }

  /** How much of each model is on this device; nothing is known when the engine cannot tell (then the user is asked). */
  async #storedStates(models: ModelEntry[], signal: AbortSignal): Promise<Partial<Record<string, StoredState>>> {
    try {
      const inventory = await this.#engine.inventory(models.map(toSpec), signal);
      return Object.fromEntries(inventory.models.flatMap((m) => (m.modelId === null ? [] : [[m.modelId, m.state]])));
    } catch (err) {
      if (!isAbort(err)) console.warn('Sotto: could not tell which models are on this device', err);
      return {};
    }
  }

  /** Shows what the first download will be, and waits for the user to start it. */
  async #offer(model: ModelEntry, controller: AbortController): Promise<void> {
    this.#model = model;
    this.#phase = 'awaiting';
    this.#progress = null;
    this.#info = null;
    this.#size = undefined;
    const size = await downloadSize(model, controller.signal);
    if (this.#current === controller) this.#size = size;
  }

  async #load(model: ModelEntry): Promise<void> {
    const controller = this.#begin();
    this.#model = model;
    this.#phase = 'downloading';
    this.#progress = null;
    this.#etaSeconds = null;
    this.#info = null;
    this.#rate = null;
    this.#repairing = false;
    this.#size = undefined;
    // The download is about to start: ask the browser to keep what it writes when the disk runs low.
    storage.askToPersist().catch((err: unknown) => console.warn('Sotto: could not ask for persistent storage', err));
    try {
      const info = await this.#engine.load(toSpec(model), (p) => this.#onProgress(p), controller.signal);
      if (this.#current !== controller) return;
      this.#info = info;
      this.#phase = 'ready';
    } catch (err) {
      if (this.#current !== controller || isAbort(err)) return;
      this.#phase = 'failed';
      const e = err instanceof Error ? err : new Error(String(err));
      // Worded by what the app knew before this download; a download that reached nothing then makes the app offline.
      const context = { model, online: offline.online, cpuAvailable: !!this.cpuFallback };
      if (e.name === 'DownloadError' && e.message === 'network') offline.lost();
      const explained = await explain(e, context);
      const action = explained.offerCpu
        ? { label: 'Use the CPU model', run: () => void this.useCpu() }
        : explained.offerRetry
          ? { label: 'Retry', run: () => void this.retry() }
          : undefined;
      alerts.show(explained.message, action);
    } finally {
      if (this.#current === controller) this.#current = null;
    }
  }

  #onProgress(p: LoadProgress): void {
    this.#progress = p;
    if (p.repair) this.#repairing = true;
    if (p.phase === 'load') {
      this.#phase = 'loading';
      this.#etaSeconds = null;
      return;
    }
    if (p.loaded === undefined || !p.total) return;
    const now = performance.now();
    if (!this.#rate || p.loaded < this.#rate.loaded) {
      this.#rate = { at: now, loaded: p.loaded };
      return;
    }
    const elapsed = (now - this.#rate.at) / 1000;
    const done = p.loaded - this.#rate.loaded;
    this.#etaSeconds = elapsed > 0.5 && done > 0 ? Math.round(((p.total - p.loaded) * elapsed) / done) : null;
    if (p.loaded >= p.total && p.unit === 'bytes') this.#phase = 'loading';
  }
}

/** What the engine worker needs to know about a configured model. */
export function toSpec(model: ModelEntry): ModelSpec {
  if (model.engine === 'wllama') return { engine: 'wllama', id: model.id, url: model.url, ...(model.sha256 ? { sha256: model.sha256 } : {}) };
  return { engine: 'webllm', id: model.id, webllmId: model.webllmId, ...(model.url && model.modelLib ? { url: model.url, modelLib: model.modelLib } : {}), ...(model.integrity ? { integrity: model.integrity } : {}) };
}

export { formatBytes } from '../engine/model-storage';

/** A model whose files are all here, or some of them (a download cut short, repaired as it loads). */
function onDevice(state: StoredState | undefined): boolean {
  return state === 'complete' || state === 'partial';
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.max(1, s)} s`;
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** What went wrong and what to do (explain.ts loads with the first failure, not with the app). */
export async function explain(e: Error, context: ExplainContext): Promise<Explained> {
  try {
    return (await import('../engine/explain')).explainEngineError(e, context);
  } catch {
    return { message: `Something went wrong in the on-device engine (${e.name}: ${e.message}). Reload the page to try again.`, offerCpu: false };
  }
}
