/**
 * How much a model's first download weighs, found without downloading it. In order: the config's
 * `size`; for a GGUF, the Content-Length the configured model host gives to a HEAD request for
 * each of its files; otherwise unknown. web-llm's prebuilt records carry no download size (only
 * the memory a model needs), so a web-llm model shows a size only when the config gives one.
 *
 * The HEAD requests go out from the engine worker: the page's own Content-Security-Policy does
 * not list the model hosts (see csp.ts), so main.ts routes them there with `askSizesThrough`.
 */
import type { ModelEntry } from '../config/config';

/** Finds the total download size of a GGUF URL (all its shards), or null when it cannot be known. */
export type SizeSource = (url: string, signal: AbortSignal) => Promise<number | null>;

/** Sizes already answered by the model host in this session, by model URL. */
const answered = new Map<string, number>();
/** Where look-ups go: the model host itself until main.ts routes them through the engine worker. */
let source: SizeSource = ggufSize;

/** Sends every later size look-up through `ask` (in the app: the engine worker). */
export function askSizesThrough(ask: SizeSource): void {
  source = ask;
}

/** The download size of `model` in bytes, or null when it cannot be known beforehand. Never throws. */
export async function downloadSize(model: ModelEntry, signal: AbortSignal): Promise<number | null> {
  if (model.size !== undefined) return model.size;
  if (model.engine !== 'wllama') return null;
  const known = answered.get(model.url);
  if (known !== undefined) return known;
  const total = await source(model.url, signal).catch(() => null);
  if (total !== null) answered.set(model.url, total);
  return total;
}

/**
 * Asks the model host for the size of a GGUF URL with HEAD (headers, no body), adding up the
 * shards of a split model; null when any shard's size is unknown. Runs in the engine worker.
 */
export async function ggufSize(url: string, signal: AbortSignal): Promise<number | null> {
  const sizes = await Promise.all(ggufShards(url).map((shard) => contentLength(shard, signal)));
  if (sizes.some((n) => n === null)) return null;
  return sizes.reduce<number>((a, b) => a + (b ?? 0), 0);
}

/**
 * The files wllama downloads for a GGUF URL: "…-00001-of-00003.gguf" stands for all three shards.
 * The same rule as wllama's `ModelManager.parseModelUrl`, written out here because importing
 * wllama would put the whole engine into the main thread's bundle.
 */
export function ggufShards(url: string): string[] {
  const shard = /-(\d{5})-of-(\d{5})\.gguf(\?.*)?$/.exec(url);
  if (!shard) return [url];
  const base = url.slice(0, shard.index);
  const total = shard[2]!;
  const query = shard[3] ?? '';
  return Array.from({ length: Number(total) }, (_, i) => `${base}-${String(i + 1).padStart(5, '0')}-of-${total}.gguf${query}`);
}

/** The Content-Length of a HEAD answer, or null when the host does not answer or does not say. */
async function contentLength(url: string, signal: AbortSignal): Promise<number | null> {
  const response = await fetch(url, { method: 'HEAD', cache: 'no-store', signal }).catch(() => null);
  if (!response?.ok) return null;
  const n = Number(response.headers.get('content-length'));
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
