/** The local model's life: which one, why, download and load progress, readiness, failures. */
import type { ModelEntry } from '../config/config';
import * as db from '../db/db';
import { canRun, chooseModel, type Verdict } from '../engine/choose';
import { explainEngineError } from '../engine/explain';
import type { LocalEngineClient } from '../engine/local-engine';
import type { DeviceCaps } from '../engine/probe';
import type { LoadedInfo, LoadProgress } from '../engine/types';
import type { ModelSpec } from '../../../workers/protocol';
import { formatBytes } from '../engine/model-storage';
import { alerts, isAbort } from './alerts.svelte';

export type ModelPhase = 'starting' | 'downloading' | 'loading' | 'ready' | 'failed' | 'none';

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
  #loading: AbortController | null = null;
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

  /** One line for the status region. */
  get statusText(): string {
    const label = this.#model?.label ?? 'the model';
    switch (this.#phase) {
      case 'starting':
        return 'Checking what this device can run…';
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

  /** Picks the first configured model this device can run and loads it. */
  async start(models: ModelEntry[], caps: DeviceCaps, preferredId: string | null = null): Promise<void> {
    this.#models = models;
    this.#caps = caps;
    const choice = chooseModel(models, caps, preferredId);
    this.#note = choice.note;
    if (!choice.model) {
      this.#phase = 'none';
      alerts.show(`${choice.note ?? 'No model is configured.'} Try a current Chrome or Edge, or ask your IT admin for a model this device can run.`);
      return;
    }
    await this.#load(choice.model);
  }

  /** Start-up failed before any model could be chosen (for example a broken config). */
  halt(): void {
    this.#loading?.abort();
    this.#phase = 'none';
  }

  /** The user chose a model in Settings. */
  async use(modelId: string): Promise<void> {
    const model = this.#models.find((m) => m.id === modelId);
    if (!model || model === this.#model) return;
    this.#note = null;
    await db.setSetting('preferredModel', model.id).catch(() => undefined);
    await this.#load(model);
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

  async #load(model: ModelEntry): Promise<void> {
    this.#loading?.abort();
    const controller = new AbortController();
    this.#loading = controller;
    this.#model = model;
    this.#phase = 'downloading';
    this.#progress = null;
    this.#etaSeconds = null;
    this.#info = null;
    this.#rate = null;
    this.#repairing = false;
    try {
      const info = await this.#engine.load(toSpec(model), (p) => this.#onProgress(p), controller.signal);
      if (this.#loading !== controller) return;
      this.#info = info;
      this.#phase = 'ready';
    } catch (err) {
      if (this.#loading !== controller || isAbort(err)) return;
      this.#phase = 'failed';
      const e = err instanceof Error ? err : new Error(String(err));
      const explained = explainEngineError(e, { model, online: globalThis.navigator?.onLine ?? true, cpuAvailable: !!this.cpuFallback });
      const action = explained.offerCpu
        ? { label: 'Use the CPU model', run: () => void this.useCpu() }
        : explained.offerRetry
          ? { label: 'Retry', run: () => void this.retry() }
          : undefined;
      alerts.show(explained.message, action);
    } finally {
      if (this.#loading === controller) this.#loading = null;
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

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.max(1, s)} s`;
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
