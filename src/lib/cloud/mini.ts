/**
 * The Mini tier: one streaming request to an OpenAI-compatible endpoint. This is the only code in
 * Sotto that calls another origin, and it sends nothing unless the consent gate lets that exact
 * body through.
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { CloudEndpoint } from '../config/config';
import type { Delta } from '../engine/types';
import type { ConsentGate, ConsentToken } from './consent';
import { urlHost, type MiniRequest } from './request';

/** A failure talking to the cloud, by name: CloudAuthError, CloudRateLimitError, CloudDroppedError… */
export class CloudError extends Error {
  constructor(
    name: string,
    message: string,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = name;
  }
}

const FIRST_BYTE_TIMEOUT_MS = 60_000;
const IDLE_TIMEOUT_MS = 60_000;

/**
 * What the app knows of the network (its offline state, which counts more than `navigator.onLine`):
 * asked how to word a request that reached nothing, and told how each request went.
 */
export interface Connectivity {
  /** False while the app counts itself offline. */
  readonly online: boolean;
  /** A request reached nothing: no answer at all. */
  lost(): void;
  /** A request was answered (any HTTP status): the network reaches something. */
  answered(): void;
}

/** Until the app says otherwise: nothing is known, and nothing is told. */
let appConnectivity: Connectivity = { online: true, lost: () => undefined, answered: () => undefined };

/** Tells this module the app's offline state: requests that name no `connectivity` of their own ask and tell it. */
export function useConnectivity(connectivity: Connectivity): void {
  appConnectivity = connectivity;
}

export interface StreamOptions {
  apiKey: string;
  signal: AbortSignal;
  fetch?: typeof fetch;
  /** The app's offline state, when not the one given to useConnectivity. */
  connectivity?: Connectivity;
  firstByteTimeoutMs?: number;
  idleTimeoutMs?: number;
}

/** Sends the approved request and streams the reply; throws CloudError (or AbortError on Stop). */
export async function* streamMini(request: MiniRequest, token: ConsentToken | null, gate: ConsentGate, options: StreamOptions): AsyncGenerator<Delta> {
  await gate.redeem(token, request.url, request.body);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const watchdog = new Watchdog(options.signal, options.connectivity ?? appConnectivity);
  watchdog.arm(options.firstByteTimeoutMs ?? FIRST_BYTE_TIMEOUT_MS);
  let response: Response;
  try {
    response = await doFetch(request.url, {
      method: 'POST',
      // No Authorization header at all for an endpoint that needs no key (a gateway that authenticates by network).
      headers: { ...authorization(request.endpoint, options.apiKey), 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: request.body,
      signal: watchdog.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      // A redirect would send the reviewed body to another address than the one reviewed: never follow one.
      // ('manual' rather than 'error', so the user hears that it was a redirect, not a network failure.)
      redirect: 'manual',
    });
  } catch (err) {
    watchdog.disarm();
    throw watchdog.explain(err, request, false);
  }
  watchdog.answered();
  if (isRedirect(response)) {
    watchdog.disarm();
    throw redirectError(request);
  }
  if (!response.ok || !response.body) {
    watchdog.disarm();
    throw await errorFor(response, request);
  }

  const events: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => void events.push(event) });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let finished = false;
  let received = 0;
  try {
    for (;;) {
      watchdog.arm(options.idleTimeoutMs ?? IDLE_TIMEOUT_MS);
      let chunk: ReadableStreamReadResult<string>;
      try {
        chunk = await reader.read();
      } catch (err) {
        throw watchdog.explain(err, request, received > 0);
      }
      if (chunk.done) break;
      parser.feed(chunk.value);
      for (const event of events.splice(0)) {
        if (event.data === '[DONE]') {
          finished = true;
          continue;
        }
        const text = readDelta(event.data, request);
        if (text === null) {
          finished = true;
          continue;
        }
        if (text) {
          received += text.length;
          yield { type: 'text', text };
        }
      }
    }
  } finally {
    watchdog.disarm();
    reader.releaseLock();
  }
  if (!finished) {
    throw new CloudError('CloudDroppedError', `The connection to ${hostOf(request)} dropped before the reply was complete. The partial reply is kept.`);
  }
}

/**
 * "Test connection" in Settings: asks the endpoint for its model list with the key. The user's
 * press of the button is the consent for this one request; it carries no conversation text.
 */
export async function testConnection(endpoint: CloudEndpoint, apiKey: string, options: { fetch?: typeof fetch; connectivity?: Connectivity } = {}): Promise<string> {
  const request: MiniRequest = { endpoint, url: `${endpoint.baseUrl}/models`, body: '' };
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const watchdog = new Watchdog(new AbortController().signal, options.connectivity ?? appConnectivity);
  watchdog.arm(15_000);
  let response: Response;
  try {
    response = await doFetch(request.url, {
      headers: authorization(endpoint, apiKey),
      signal: watchdog.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'manual',
    });
  } catch (err) {
    throw watchdog.explain(err, request, false);
  } finally {
    watchdog.disarm();
  }
  watchdog.answered();
  if (isRedirect(response)) throw redirectError(request);
  if (!response.ok) throw await errorFor(response, request);
  return endpoint.auth === 'none' ? `Connected: ${hostOf(request)} answered; it needs no key.` : `Connected: ${hostOf(request)} accepted the key.`;
}

function authorization(endpoint: CloudEndpoint, apiKey: string): Record<string, string> {
  return endpoint.auth === 'none' || !apiKey ? {} : { Authorization: `Bearer ${apiKey}` };
}

/** A redirect the browser did not follow (an opaque one in a page, a 3xx status elsewhere). */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

function redirectError(request: MiniRequest): CloudError {
  return new CloudError(
    'CloudRedirectError',
    `${hostOf(request)} answered with a redirect to another address. Sotto never follows one, so nothing was sent there; the request went only to ${hostOf(request)}. Ask your IT admin to put the endpoint's final address in config.json.`,
  );
}

/** The text of one streamed chunk; null when the chunk ends the reply; throws on a malformed event. */
function readDelta(data: string, request: MiniRequest): string | null {
  let chunk: unknown;
  try {
    chunk = JSON.parse(data);
  } catch {
    throw new CloudError('CloudMalformedError', `${hostOf(request)} sent a part of the reply that is not valid JSON, so the reply stopped there. The partial reply is kept.`);
  }
  const choice = (chunk as { choices?: Array<{ delta?: { content?: unknown }; finish_reason?: unknown }> }).choices?.[0];
  if (!choice) return '';
  const content = choice.delta?.content;
  if (content !== undefined && content !== null && typeof content !== 'string') {
    throw new CloudError('CloudMalformedError', `${hostOf(request)} sent a reply in a format Sotto cannot read. The partial reply is kept.`);
  }
  if (typeof content === 'string' && content) return content;
  return choice.finish_reason ? null : '';
}

async function errorFor(response: Response, request: MiniRequest): Promise<CloudError> {
  const status = response.status;
  const detail = await response
    .json()
    .then((j: { error?: { message?: unknown } }) => (typeof j?.error?.message === 'string' ? ` (“${j.error.message.slice(0, 200)}”)` : ''))
    .catch(() => '');
  const host = hostOf(request);
  if (status === 401 || status === 403) {
    return new CloudError('CloudAuthError', `${host} refused the request (HTTP ${status})${detail}. Check the API key in Settings, then retry.`, status);
  }
  if (status === 404) {
    return new CloudError('CloudNotFoundError', `${host} has no such endpoint or model “${request.endpoint.model}” (HTTP 404)${detail}. Ask your IT admin to check the cloud settings in config.json.`, status);
  }
  if (status === 429) {
    const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
    const wait = retryAfter !== undefined ? ` Retry in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.` : ' Retry in a moment.';
    return new CloudError('CloudRateLimitError', `${host} is limiting requests right now (HTTP 429).${wait}`, status, retryAfter);
  }
  if (status >= 500) {
    return new CloudError('CloudServerError', `${host} had a problem of its own (HTTP ${status})${detail}. Retry in a moment.`, status);
  }
  return new CloudError('CloudRequestError', `${host} did not accept the request (HTTP ${status})${detail}.`, status);
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function hostOf(request: MiniRequest): string {
  return urlHost(request.url);
}

/** Aborts the request when the user stops it or when the endpoint goes quiet for too long. */
class Watchdog {
  readonly #controller = new AbortController();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #timedOut = false;
  readonly #user: AbortSignal;
  readonly #connectivity: Connectivity;

  constructor(user: AbortSignal, connectivity: Connectivity) {
    this.#user = user;
    this.#connectivity = connectivity;
    if (user.aborted) this.#controller.abort(user.reason);
    else user.addEventListener('abort', () => this.#controller.abort(user.reason), { once: true });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  arm(ms: number): void {
    this.disarm();
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#controller.abort(new DOMException('Timed out', 'TimeoutError'));
    }, ms);
  }

  disarm(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** The endpoint answered (any status): the network reaches something. */
  answered(): void {
    this.#connectivity.answered();
  }

  /** Names what went wrong with the connection; a request that reached nothing tells the app it is offline. */
  explain(err: unknown, request: MiniRequest, midReply: boolean): Error {
    if (this.#user.aborted) return new DOMException('Stopped.', 'AbortError');
    const host = hostOf(request);
    if (this.#timedOut) {
      return new CloudError('CloudTimeoutError', `${host} stopped answering${midReply ? ' in the middle of the reply' : ''}. Retry, or check your connection.${midReply ? ' The partial reply is kept.' : ''}`);
    }
    if (midReply) return new CloudError('CloudDroppedError', `The connection to ${host} dropped before the reply was complete. The partial reply is kept.`);
    // Worded by what the app knew before this request; then it knows the network reaches nothing.
    const offline = !this.#connectivity.online;
    this.#connectivity.lost();
    return new CloudError(
      'CloudNetworkError',
      offline ? 'You are offline, so nothing was sent to the cloud. Connect, then retry.' : `Could not reach ${host} (${err instanceof Error ? err.message : String(err)}). Check your connection, then retry.`,
    );
  }
}
