/** Shared vocabulary of both backends (local and, later, cloud). */

export type Role = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: Role;
  content: string;
}

export interface GenerateOptions {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
}

/** Sampling used for local replies unless a caller asks otherwise. */
export const DEFAULT_SAMPLING = { maxTokens: 1024, temperature: 0.6, topP: 0.9 } as const;

export interface GenStats {
  /** Tokens generated. */
  tokens: number;
  /** Decode time from the first token to the last, in ms. */
  decodeMs: number;
  /** Decode speed; 0 when fewer than two tokens were produced. */
  tokensPerSecond: number;
  finish: 'stop' | 'length';
  /** The tokens of the prompt as the model's own tokenizer counted them, when the engine says. */
  promptTokens?: number;
}

/** What a streaming reply yields: text as it comes, then the stats once. */
export type Delta = { type: 'text'; text: string } | { type: 'stats'; stats: GenStats };

/** Both backends implement this; the chat session does not know which one it talks to. */
export interface ChatBackend {
  generate(messages: ChatMessage[], options: GenerateOptions, signal: AbortSignal): AsyncIterable<Delta>;
}

export interface LoadProgress {
  phase: 'download' | 'load';
  /** Bytes (wllama) or a fraction 0..1 (web-llm), see `unit`. */
  loaded?: number;
  total?: number;
  unit: 'bytes' | 'fraction';
  /** The engine's own words, when it has some. */
  text?: string;
  /** A partial or broken copy is on this device: this download repairs it. */
  repair?: boolean;
}

export interface LoadedInfo {
  modelId: string;
  engine: 'webllm' | 'wllama';
  /** Threads (wllama) or the GPU adapter description (web-llm). */
  detail: string;
  /** The context window the model was loaded with, in tokens (prompt and reply together). */
  contextTokens?: number;
}
