/**
 * How the user wants the assistant to behave: default instructions for every conversation, how
 * each local model generates (temperature, reply length), and the browser's spell check.
 */
import * as db from '../db/db';
import { DEFAULT_SAMPLING, type GenerateOptions } from '../engine/types';
import { sync } from './sync';

/** Temperature and the longest reply, for one model. */
export interface Generation {
  temperature: number;
  maxTokens: number;
}

/** The defaults that fit the small local models: focused answers, and room for a long one. */
export const DEFAULT_GENERATION: Generation = { temperature: DEFAULT_SAMPLING.temperature, maxTokens: DEFAULT_SAMPLING.maxTokens };
export const TEMPERATURE_RANGE = { min: 0, max: 2, step: 0.1 } as const;
export const MAX_TOKENS_RANGE = { min: 16, max: 4096, step: 16 } as const;
/** Instructions longer than this would crowd the conversation out of a small model's context. */
export const MAX_INSTRUCTIONS = 4000;

class Preferences {
  #instructions = $state('');
  #generation = $state.raw<Record<string, Generation>>({});
  #spellcheck = $state(false);
  #loading: Promise<void> | null = null;

  /** Instructions sent with every conversation (before its own). */
  get instructions(): string {
    return this.#instructions;
  }
  /** Whether the message box uses the browser's spell check (off: some spell checkers send text to their vendor). */
  get spellcheck(): boolean {
    return this.#spellcheck;
  }

  /** Reads the saved preferences once (again after `reload`). */
  load(): Promise<void> {
    this.#loading ??= this.#read();
    return this.#loading;
  }

  /** Reads them again (another tab changed them). */
  reload(): Promise<void> {
    this.#loading = this.#read();
    return this.#loading;
  }

  /** How `modelId` generates: the user's choice, or the defaults. */
  generation(modelId: string | undefined): Generation {
    return (modelId && this.#generation[modelId]) || DEFAULT_GENERATION;
  }

  /** The options a local reply is generated with. */
  options(modelId: string | undefined): GenerateOptions {
    const g = this.generation(modelId);
    return { temperature: g.temperature, maxTokens: g.maxTokens };
  }

  async setInstructions(text: string): Promise<void> {
    this.#instructions = text.slice(0, MAX_INSTRUCTIONS);
    await db.setSetting('instructions', this.#instructions);
    sync.post({ type: 'settings' });
  }

  /** Changes one model's settings; values are kept inside their ranges. */
  async setGeneration(modelId: string, change: Partial<Generation>): Promise<void> {
    const next = { ...this.generation(modelId), ...change };
    const g: Generation = {
      temperature: clamp(round(next.temperature, 1), TEMPERATURE_RANGE.min, TEMPERATURE_RANGE.max, DEFAULT_GENERATION.temperature),
      maxTokens: clamp(Math.round(next.maxTokens), MAX_TOKENS_RANGE.min, MAX_TOKENS_RANGE.max, DEFAULT_GENERATION.maxTokens),
    };
    this.#generation = { ...this.#generation, [modelId]: g };
    await db.setSetting('generation', this.#generation);
    sync.post({ type: 'settings' });
  }

  /** Puts one model back to the defaults. */
  async resetGeneration(modelId: string): Promise<void> {
    const { [modelId]: _gone, ...rest } = this.#generation;
    this.#generation = rest;
    await db.setSetting('generation', rest);
    sync.post({ type: 'settings' });
  }

  async setSpellcheck(on: boolean): Promise<void> {
    this.#spellcheck = on;
    await db.setSetting('spellcheck', on);
    sync.post({ type: 'settings' });
  }

  async #read(): Promise<void> {
    const [instructions, generation, spellcheck] = await Promise.all([
      db.getSetting<string>('instructions'),
      db.getSetting<Record<string, Generation>>('generation'),
      db.getSetting<boolean>('spellcheck'),
    ]);
    this.#instructions = typeof instructions === 'string' ? instructions : '';
    this.#generation = generation && typeof generation === 'object' ? generation : {};
    this.#spellcheck = spellcheck === true;
  }
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function clamp(x: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(x) ? Math.min(max, Math.max(min, x)) : fallback;
}

export const preferences = new Preferences();
