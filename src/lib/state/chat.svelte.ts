/** One conversation with the local model: what was said, the reply streaming in, Stop. */
import { explainEngineError } from '../engine/explain';
import type { ChatBackend, ChatMessage, GenStats } from '../engine/types';
import { alerts, isAbort } from './alerts.svelte';
import type { LocalModel } from './model.svelte';

export interface Turn {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  status: 'streaming' | 'complete' | 'stopped' | 'failed';
  /** Who wrote a reply: "Nano (on this device)" and the model's name. */
  author?: { tier: 'Nano (on this device)'; model: string };
  stats?: GenStats;
  /** Something the reader should know about how this reply was made. */
  note?: string;
}

export const SYSTEM_PROMPT = 'You are Sotto, a helpful assistant that runs privately on the user’s own device. Answer clearly and concisely.';

/** Roughly 4 characters a token; keeps the prompt well inside a 4096-token context. */
const HISTORY_CHAR_BUDGET = 8000;

const nextFrame: (cb: () => void) => void =
  typeof requestAnimationFrame === 'function' ? (cb) => requestAnimationFrame(() => cb()) : (cb) => setTimeout(cb, 16);

export class ChatSession {
  #turns = $state.raw<Turn[]>([]);
  #streaming = $state(false);
  #stop: AbortController | null = null;
  #seq = 0;
  readonly #backend: ChatBackend;
  readonly #model: LocalModel;

  constructor(backend: ChatBackend, model: LocalModel) {
    this.#backend = backend;
    this.#model = model;
  }

  get turns(): Turn[] {
    return this.#turns;
  }
  get streaming(): boolean {
    return this.#streaming;
  }

  /** Sends a message to the local model and streams the reply into the conversation. */
  async send(text: string): Promise<void> {
    const content = text.trim();
    if (!content || this.#streaming || !this.#model.ready) return;
    const modelLabel = this.#model.model?.label ?? 'local model';
    const reply: Turn = { id: this.#id(), role: 'assistant', text: '', status: 'streaming', author: { tier: 'Nano (on this device)', model: modelLabel } };
    this.#turns = [...this.#turns, { id: this.#id(), role: 'user', text: content, status: 'complete' }, reply];
    this.#streaming = true;
    const stop = new AbortController();
    this.#stop = stop;

    let received = '';
    let shown = 0;
    let scheduled = false;
    // Tokens can arrive faster than the screen refreshes: paint at most once a frame.
    const paint = () => {
      scheduled = false;
      if (shown !== received.length) {
        shown = received.length;
        this.#update(reply.id, { text: received });
      }
    };
    let stats: GenStats | undefined;
    const stream = async (history: ChatMessage[]) => {
      for await (const delta of this.#backend.generate(history, {}, stop.signal)) {
        if (delta.type === 'text') {
          received += delta.text;
          if (!scheduled) {
            scheduled = true;
            nextFrame(paint);
          }
        } else {
          stats = delta.stats;
        }
      }
    };
    try {
      try {
        await stream(this.#history(content));
      } catch (err) {
        // Earlier turns did not fit in the model's context: answer this message on its own.
        if (!(err instanceof Error && err.name === 'ContextOverflowError') || received) throw err;
        this.#update(reply.id, { note: 'Earlier messages were left out: the conversation is longer than the model can read at once.' });
        await stream(this.#history(content, { withEarlierTurns: false }));
      }
      this.#update(reply.id, { text: received, status: 'complete', ...(stats ? { stats } : {}) });
    } catch (err) {
      const stopped = isAbort(err);
      this.#update(reply.id, { text: received, status: stopped ? 'stopped' : 'failed' });
      if (!stopped) {
        const e = err instanceof Error ? err : new Error(String(err));
        const cpu = this.#model.cpuFallback;
        const explained = explainEngineError(e, { model: this.#model.model, online: globalThis.navigator?.onLine ?? true, cpuAvailable: !!cpu });
        alerts.show(explained.message, explained.offerCpu ? { label: 'Use the CPU model', run: () => void this.#model.useCpu() } : undefined);
      }
    } finally {
      shown = received.length;
      this.#streaming = false;
      this.#stop = null;
    }
  }

  /** Stops the reply that is streaming; the text so far stays, marked stopped. */
  stop(): void {
    this.#stop?.abort();
  }

  #history(content: string, { withEarlierTurns = true } = {}): ChatMessage[] {
    const earlier: ChatMessage[] = [];
    let budget = withEarlierTurns ? HISTORY_CHAR_BUDGET - content.length : 0;
    // The new message and its reply are already in the list; earlier turns come before them.
    for (let i = this.#turns.length - 3; i >= 0; i--) {
      const t = this.#turns[i]!;
      if (!t.text || (t.role === 'assistant' && t.status === 'failed')) continue;
      if (t.text.length > budget) break;
      budget -= t.text.length;
      earlier.unshift({ role: t.role, content: t.text });
    }
    // A conversation starts with the user; drop a leading reply whose question no longer fits.
    while (earlier[0]?.role === 'assistant') earlier.shift();
    return [{ role: 'system', content: SYSTEM_PROMPT }, ...earlier, { role: 'user', content }];
  }

  #update(id: string, patch: Partial<Turn>): void {
    this.#turns = this.#turns.map((t) => (t.id === id ? { ...t, ...patch } : t));
  }

  #id(): string {
    return `t${Date.now().toString(36)}${(++this.#seq).toString(36)}`;
  }
}
