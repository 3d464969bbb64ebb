// @ts-check
/**
 * "Mock Mini": a loopback OpenAI-compatible chat endpoint for tests, built on node:http only.
 *
 * Routes (everything else: 404 `Invalid URL (<METHOD> <path>)`, as OpenAI answers):
 *   OPTIONS *                    CORS preflight, 204 (never subject to a mode, never needs a key)
 *   GET  /v1/models              { object: 'list', data: [{ id: 'gpt-5.4-mini', object: 'model', ... }] }
 *   POST /v1/chat/completions    chat.completion JSON, or with `stream: true` Server-Sent Events of
 *                                chat.completion.chunk objects ending in `data: [DONE]`
 *
 * Both API routes need `Authorization: Bearer <apiKey>` (401 otherwise). The reply is deterministic:
 * `Mini says: ` + the last user message's text (see expectedReply()), split into deltas of a few
 * characters by splitDeltas(); mode `long` replies with LONG_REPLY instead.
 *
 * Modes (server-wide with setMode(), or per request with an `x-mock-mode: <name>` header, or with
 * `#mode=<name>` in the last user message; header > message > server mode; an unknown name is a 400):
 *   ok         the normal answer
 *   401        401 invalid_api_key            403   403 unsupported_country_region_territory
 *   404        404 model_not_found            429   429 rate_limit_exceeded + Retry-After: 2
 *   500        500 server_error               503   503 server_error (overloaded)
 *   drop       a 200 stream: role delta + 3 content deltas, then the socket is destroyed (no [DONE])
 *   malformed  a 200 stream: role delta + 1 content delta, then `data: {"choices": [`, then a clean end
 *   slow       nothing for 1.5 s, then the normal answer with 100 ms between deltas
 *   long       LONG_REPLY (~4,000 one-delta "tokens" of markdown), written as fast as the socket takes it
 *   paced      LONG_REPLY with PACED_DELTA_MS between deltas, as a fast model would stream it
 *   hang       the request is read and recorded, then never answered (until the client gives up or close())
 *   redirect   307 Temporary Redirect to the redirect target; a client must not follow it
 *   308        308 Permanent Redirect to the redirect target (the one a client keeps the method and body for)
 *
 * The redirect target is REDIRECT_TARGET (a port nothing listens on) unless `redirectTo` at start or
 * setRedirectTarget() names another URL, for example a second mock whose `received` shows whether a client
 * followed; the Location header is that URL exactly. reset() restores the target given at start.
 *
 * Every response carries Access-Control-Allow-Origin: *, Cross-Origin-Resource-Policy: cross-origin and
 * Access-Control-Expose-Headers (so a browser page may read Retry-After and x-request-id).
 * Every request, preflights included, is appended to `received`.
 *
 * CLI: node tests/mock-mini/server.mjs [--port 4175] [--host 127.0.0.1] [--key test-key] [--mode ok] [--redirect-to URL]
 *      prints the base URL (e.g. http://127.0.0.1:4175/v1) as the only line on stdout.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The one model /v1/models lists. */
export const MODEL_ID = 'gpt-5.4-mini';

/** Every mode, in the order documented above. */
export const MODES = /** @type {const} */ (['ok', '401', '403', '404', '429', '500', '503', 'drop', 'malformed', 'slow', 'long', 'paced', 'hang', 'redirect', '308']);

/** Mode `paced`: LONG_REPLY with this many ms between deltas (a fast model: about a thousand pieces a second). */
export const PACED_DELTA_MS = 1;

/** Modes `redirect` and `308`: where the redirect points by default (another origin, which must never receive the body). */
export const REDIRECT_TARGET = 'http://127.0.0.1:9/v1/chat/completions';

/** Values of `reasoning_effort` that are accepted (anything else is a 400 invalid_value, as OpenAI answers). */
export const REASONING_EFFORTS = /** @type {const} */ (['none', 'minimal', 'low', 'medium', 'high', 'xhigh']);

/** Seconds in the Retry-After header of mode 429. */
export const RETRY_AFTER_SECONDS = 2;
/** Mode `slow`: milliseconds before the first byte, and between deltas. */
export const SLOW_FIRST_BYTE_MS = 1500;
export const SLOW_DELTA_MS = 100;
/** Mode `drop`: content deltas sent before the socket is destroyed. */
export const DROP_AFTER_DELTAS = 3;
/** Mode `malformed`: the data of the broken event. */
export const MALFORMED_DATA = '{"choices": [';

const ALLOW_HEADERS = 'authorization, content-type, x-mock-mode';
const EXPOSE_HEADERS =
  'Retry-After, x-request-id, openai-processing-ms, x-ratelimit-limit-requests, x-ratelimit-remaining-requests, x-ratelimit-reset-requests';

/**
 * @typedef {typeof MODES[number]} MockMode
 * @typedef {{
 *   method: string,
 *   path: string,
 *   headers: import('node:http').IncomingHttpHeaders,
 *   body: unknown,
 *   time: number,
 *   preflight: boolean,
 *   mode: MockMode | null,
 *   status: number | null,
 *   aborted: boolean,
 * }} MockRequest
 *   body: the parsed JSON, or the raw text when it is not JSON, or null when there was none.
 *   mode: the mode this request was answered in (null for preflights, 404s, 401s for a missing key, bad JSON).
 *   status: the HTTP status sent (null while pending, and for a `hang` or a `drop` before headers).
 *   aborted: the connection closed before the answer was complete (client gave up, or `drop`).
 * @typedef {{
 *   url: string,
 *   port: number,
 *   baseUrl: string,
 *   received: MockRequest[],
 *   setMode: (mode: MockMode) => void,
 *   getMode: () => MockMode,
 *   setRedirectTarget: (url: string) => void,
 *   reset: () => void,
 *   close: () => Promise<void>,
 * }} MockMini
 */

/**
 * The reply text for a user message in modes ok / slow (and the start of it in drop / malformed).
 * @param {string} userText
 */
export function expectedReply(userText) {
  return `Mini says: ${userText}`;
}

/**
 * Split a reply into deltas the way a tokenizer-ish stream would: each delta is optional whitespace plus
 * up to 4 non-space characters (code points), so joining the deltas gives back the text exactly.
 * `[NAME_1]` for example arrives as " [NAM" + "E_1]".
 * @param {string} text
 * @returns {string[]}
 */
export function splitDeltas(text) {
  return text.match(/\s*\S{1,4}|\s+/gu) ?? [];
}

/** The reply of mode `long`: deterministic markdown of ~4,000 deltas (headings, lists, code, tables). */
export const LONG_REPLY = buildLongReply(4000);

/**
 * @param {number} targetDeltas
 * @returns {string}
 */
function buildLongReply(targetDeltas) {
  const topics = ['caching', 'streaming', 'indexing', 'batching', 'sharding', 'hashing', 'logging', 'parsing', 'retrying', 'scheduling'];
  let text = '# A long answer for the throughput benchmark\n\nThis reply is deliberately long and uses every markdown construct the chat view renders.\n';
  for (let i = 1; splitDeltas(text).length < targetDeltas; i++) {
    const topic = topics[(i - 1) % topics.length] ?? 'testing';
    const section = [
      '',
      `## ${i}. Notes on ${topic}`,
      '',
      `Section ${i} explains **${topic}** in plain words. A good design keeps the *hot path* short, measures before it optimises, and writes down why. See \`${topic}_${i}()\` below for a sketch.`,
      '',
      `- First, decide what ${topic} must guarantee.`,
      `- Second, keep the state for ${topic} in one place.`,
      '  - Nested detail: prefer plain data over clever objects.',
      `- Third, test ${topic} with a deterministic fixture.`,
      '',
      `1. Measure the baseline (run ${i}).`,
      '2. Change one thing.',
      '3. Measure again and compare.',
      '',
      '```js',
      `export function ${topic}_${i}(items) {`,
      '  const out = [];',
      '  for (const item of items) {',
      `    if (item.weight > ${i}) out.push({ ...item, step: ${i} });`,
      '  }',
      '  return out;',
      '}',
      '```',
      '',
      '| Step | Input | Output | Time (ms) |',
      '| ---- | ----- | ------ | --------: |',
      `| ${i}.1 | ${i * 3} items | ${i * 2} items | ${(i * 1.25).toFixed(2)} |`,
      `| ${i}.2 | ${i * 5} items | ${i * 4} items | ${(i * 2.5).toFixed(2)} |`,
      '',
      `> Tip ${i}: ${topic} is easier to reason about when each step is small.`,
      '',
    ];
    text += section.join('\n');
  }
  return text + '\n---\n\n*End of the long answer.*\n';
}

/**
 * Start the mock endpoint.
 * @param {{ port?: number, host?: string, apiKey?: string | null, redirectTo?: string }} [options] port 0 (default) = any free port; apiKey null = no key needed (a gateway); redirectTo = the Location of modes redirect and 308
 * @returns {Promise<MockMini>}
 */
export async function startMockMini({ port = 0, host = '127.0.0.1', apiKey = 'test-key', redirectTo = REDIRECT_TARGET } = {}) {
  /** @type {MockRequest[]} */
  const received = [];
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  /** @type {MockMode} */
  let serverMode = 'ok';
  let redirectTarget = checkedUrl(redirectTo);
  let closed = false;
  let counter = 0;

  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const id = ++counter;
    /** @type {MockRequest} */
    const record = {
      method,
      path: rawUrl,
      headers: { ...req.headers },
      body: null,
      time: Date.now(),
      preflight: false,
      mode: null,
      status: null,
      aborted: false,
    };
    received.push(record);
    res.on('close', () => {
      if (!res.writableFinished) record.aborted = true;
    });

    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('x-request-id', `req_mock${String(id).padStart(6, '0')}`);

    if (method === 'OPTIONS') {
      record.preflight = true;
      req.resume();
      res.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      res.setHeader('Content-Length', '0');
      res.writeHead(204);
      record.status = 204;
      res.end();
      return;
    }

    /** @type {Buffer[]} */
    const parts = [];
    req.on('data', (chunk) => parts.push(/** @type {Buffer} */ (chunk)));
    req.on('end', () => {
      const text = Buffer.concat(parts).toString('utf8');
      /** @type {unknown} */
      let body = null;
      let bodyIsJson = false;
      if (text) {
        try {
          body = JSON.parse(text);
          bodyIsJson = true;
        } catch {
          body = text;
        }
      }
      record.body = body;
      const ctx = { req, res, record, id, body, bodyIsJson, isClosed: () => closed };
      void route(ctx).catch((err) => {
        console.error('mock-mini: handler failed', err);
        if (!res.headersSent) sendError(ctx, 500, { message: 'mock-mini internal error', type: 'server_error', param: null, code: null });
        else res.destroy();
      });
    });
  });

  /**
   * @param {Ctx} ctx
   */
  async function route(ctx) {
    const { req, record } = ctx;
    const pathname = new URL(record.path, 'http://x').pathname;
    const isModels = pathname === '/v1/models' && req.method === 'GET';
    const isChat = pathname === '/v1/chat/completions' && req.method === 'POST';
    if (!isModels && !isChat) {
      sendError(ctx, 404, { message: `Invalid URL (${record.method} ${pathname})`, type: 'invalid_request_error', param: null, code: null });
      return;
    }

    const auth = req.headers.authorization ?? '';
    const bearer = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
    // apiKey null: a gateway that authenticates by network, and asks for no key.
    if (apiKey === null) {
      // nothing to check
    } else if (!bearer) {
      sendError(ctx, 401, {
        message:
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username. You can obtain an API key from https://platform.openai.com/account/api-keys.",
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
      return;
    }
    if (apiKey !== null && bearer !== apiKey) {
      sendError(ctx, 401, incorrectKeyError(bearer ?? ''));
      return;
    }

    if (isChat && !ctx.bodyIsJson) {
      sendError(ctx, 400, {
        message:
          "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)",
        type: 'invalid_request_error',
        param: null,
        code: null,
      });
      return;
    }

    const body = isChat ? asObject(ctx.body) : {};
    const userText = lastUserText(body.messages);
    const wanted = pickMode(req.headers['x-mock-mode'], userText);
    if (wanted !== null && !isMode(wanted)) {
      sendError(ctx, 400, {
        message: `mock-mini: unknown mode '${wanted}'. Known modes: ${MODES.join(', ')}.`,
        type: 'invalid_request_error',
        param: null,
        code: 'unknown_mock_mode',
      });
      return;
    }
    /** @type {MockMode} */
    const mode = wanted ?? serverMode;
    record.mode = mode;
    const model = typeof body.model === 'string' && body.model ? body.model : MODEL_ID;

    if (await answerFault(ctx, mode, model, bearer ?? '')) return;

    if (isModels) {
      sendJson(ctx, 200, {
        object: 'list',
        data: [{ id: MODEL_ID, object: 'model', created: 1767225600, owned_by: 'system' }],
      });
      return;
    }

    const invalid = validateChat(body);
    if (invalid) {
      sendError(ctx, 400, invalid);
      return;
    }

    const text = mode === 'long' || mode === 'paced' ? LONG_REPLY : expectedReply(userText);
    let deltas = splitDeltas(text);
    /** @type {'stop' | 'length'} */
    let finish = 'stop';
    const limit = maxTokens(body);
    if (limit !== null && deltas.length > limit) {
      deltas = deltas.slice(0, limit);
      finish = 'length';
    }
    const usage = makeUsage(body.messages, deltas.length);
    const completionId = `chatcmpl-mock${String(ctx.id).padStart(6, '0')}`;
    const created = Math.floor(Date.now() / 1000);

    if (body.stream !== true) {
      sendJson(ctx, 200, {
        id: completionId,
        object: 'chat.completion',
        created,
        model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: deltas.join(''), refusal: null, annotations: [] },
            logprobs: null,
            finish_reason: finish,
          },
        ],
        usage,
        service_tier: 'default',
        system_fingerprint: null,
      });
      return;
    }

    const includeUsage = asObject(body.stream_options).include_usage === true;
    /**
     * @param {Record<string, unknown>[]} choices
     * @param {object | null} [chunkUsage]
     */
    const chunk = (choices, chunkUsage = null) => ({
      id: completionId,
      object: 'chat.completion.chunk',
      created,
      model,
      service_tier: 'default',
      system_fingerprint: null,
      choices,
      ...(includeUsage ? { usage: chunkUsage } : {}),
    });
    /**
     * @param {Record<string, unknown>} delta
     * @param {string | null} [finishReason]
     */
    const choice = (delta, finishReason = null) => ({ index: 0, delta, logprobs: null, finish_reason: finishReason });

    const stream = openStream(ctx);
    await stream.event(JSON.stringify(chunk([choice({ role: 'assistant', content: '', refusal: null })])));
    for (const [i, delta] of deltas.entries()) {
      if (stream.gone()) return;
      if (mode === 'slow') await sleep(SLOW_DELTA_MS);
      if (mode === 'paced') await sleep(PACED_DELTA_MS);
      if (mode === 'drop' && i === DROP_AFTER_DELTAS) {
        // Let the bytes already written reach the client, then cut the connection (no terminating chunk).
        await sleep(50);
        ctx.res.destroy();
        return;
      }
      if (mode === 'malformed' && i === 1) {
        await stream.event(MALFORMED_DATA);
        ctx.res.end();
        return;
      }
      await stream.event(JSON.stringify(chunk([choice({ content: delta })])));
    }
    if (stream.gone()) return;
    await stream.event(JSON.stringify(chunk([choice({}, finish)])));
    if (includeUsage) await stream.event(JSON.stringify(chunk([], usage)));
    await stream.event('[DONE]');
    ctx.res.end();
  }

  /**
   * Answer the modes that are not a normal reply. True when the request has been dealt with.
   * @param {Ctx} ctx
   * @param {MockMode} mode
   * @param {string} model
   * @param {string} key
   * @returns {Promise<boolean>}
   */
  async function answerFault(ctx, mode, model, key) {
    const isModels = ctx.req.method === 'GET';
    switch (mode) {
      case 'ok':
      case 'long':
      case 'paced':
        return false;
      case 'slow':
        await sleep(SLOW_FIRST_BYTE_MS);
        return ctx.res.destroyed || ctx.isClosed();
      case 'hang':
        // Read, recorded, never answered: the socket stays open until the client aborts or close() runs.
        return true;
      case 'redirect':
      case '308': {
        const status = mode === '308' ? 308 : 307;
        ctx.res.setHeader('Location', redirectTarget);
        ctx.res.setHeader('Content-Length', '0');
        ctx.res.writeHead(status);
        ctx.record.status = status;
        ctx.res.end();
        return true;
      }
      case 'drop':
        if (isModels) {
          ctx.res.destroy();
          return true;
        }
        return false;
      case 'malformed':
        if (isModels) {
          const bytes = Buffer.from('{"object": "list", "data": [');
          ctx.res.setHeader('Content-Type', 'application/json');
          ctx.res.setHeader('Content-Length', String(bytes.length));
          ctx.res.writeHead(200);
          ctx.record.status = 200;
          ctx.res.end(bytes);
          return true;
        }
        return false;
      case '401':
        sendError(ctx, 401, incorrectKeyError(key));
        return true;
      case '403':
        sendError(ctx, 403, {
          message: 'Country, region, or territory not supported',
          type: 'request_forbidden',
          param: null,
          code: 'unsupported_country_region_territory',
        });
        return true;
      case '404':
        sendError(
          ctx,
          404,
          isModels
            ? { message: 'Invalid URL (GET /v1/models)', type: 'invalid_request_error', param: null, code: null }
            : { message: `The model \`${model}\` does not exist or you do not have access to it.`, type: 'invalid_request_error', param: null, code: 'model_not_found' },
        );
        return true;
      case '429':
        ctx.res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
        ctx.res.setHeader('x-ratelimit-limit-requests', '3');
        ctx.res.setHeader('x-ratelimit-remaining-requests', '0');
        ctx.res.setHeader('x-ratelimit-reset-requests', `${RETRY_AFTER_SECONDS}s`);
        sendError(ctx, 429, {
          message: `Rate limit reached for ${model} in organization org-mockmini on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in ${RETRY_AFTER_SECONDS}s. Visit https://platform.openai.com/account/rate-limits to learn more.`,
          type: 'requests',
          param: null,
          code: 'rate_limit_exceeded',
        });
        return true;
      case '500':
        sendError(ctx, 500, {
          message: 'The server had an error while processing your request. Sorry about that!',
          type: 'server_error',
          param: null,
          code: null,
        });
        return true;
      case '503':
        sendError(ctx, 503, {
          message: 'The server is overloaded or not ready yet.',
          type: 'server_error',
          param: null,
          code: null,
        });
        return true;
    }
  }

  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen(undefined);
    });
  });
  const addr = server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${actualPort}`;

  return {
    url,
    port: actualPort,
    baseUrl: `${url}/v1`,
    received,
    setMode(mode) {
      if (!isMode(mode)) throw new Error(`mock-mini: unknown mode '${String(mode)}'. Known modes: ${MODES.join(', ')}.`);
      serverMode = mode;
    },
    getMode: () => serverMode,
    setRedirectTarget(url) {
      redirectTarget = checkedUrl(url);
    },
    reset() {
      received.length = 0;
      serverMode = 'ok';
      redirectTarget = checkedUrl(redirectTo);
    },
    close: () =>
      new Promise((resolveClose) => {
        closed = true;
        server.close(() => resolveClose(undefined));
        for (const s of sockets) s.destroy();
      }),
  };
}

/**
 * @typedef {{
 *   req: import('node:http').IncomingMessage,
 *   res: import('node:http').ServerResponse,
 *   record: MockRequest,
 *   id: number,
 *   body: unknown,
 *   bodyIsJson: boolean,
 *   isClosed: () => boolean,
 * }} Ctx
 * @typedef {{ message: string, type: string, param: string | null, code: string | null }} OpenAiError
 */

/**
 * An absolute URL, as given (a Location header must say exactly where).
 * @param {string} url
 */
function checkedUrl(url) {
  if (!URL.canParse(url)) throw new Error(`mock-mini: the redirect target must be an absolute URL, got '${url}'.`);
  return url;
}

/**
 * @param {unknown} value
 * @returns {value is MockMode}
 */
function isMode(value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (MODES).includes(value);
}

/**
 * The mode a request asks for: the x-mock-mode header first, then `#mode=<name>` in the last user message.
 * @param {string | string[] | undefined} header
 * @param {string} userText
 * @returns {string | null}
 */
function pickMode(header, userText) {
  const fromHeader = (Array.isArray(header) ? header[0] : header)?.trim();
  if (fromHeader) return fromHeader;
  const m = /#mode=([A-Za-z0-9_-]+)/.exec(userText);
  return m?.[1] ?? null;
}

/**
 * @param {unknown} value
 * @returns {Record<string, unknown>}
 */
function asObject(value) {
  return value && typeof value === 'object' && !Array.isArray(value) ? /** @type {Record<string, unknown>} */ (value) : {};
}

/**
 * The text of the last `user` message: a string content, or the `text` parts of an array content joined.
 * @param {unknown} messages
 */
function lastUserText(messages) {
  if (!Array.isArray(messages)) return '';
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = asObject(messages[i]);
    if (m.role !== 'user') continue;
    return contentText(m.content);
  }
  return '';
}

/** @param {unknown} content */
function contentText(content) {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => asObject(part))
      .filter((part) => part.type === 'text' && typeof part.text === 'string')
      .map((part) => /** @type {string} */ (part.text))
      .join('');
  }
  return '';
}

/**
 * What OpenAI answers for a request it cannot accept, or null when the body is fine.
 * @param {Record<string, unknown>} body
 * @returns {OpenAiError | null}
 */
function validateChat(body) {
  if (typeof body.model !== 'string' || !body.model) {
    return { message: 'you must provide a model parameter', type: 'invalid_request_error', param: null, code: null };
  }
  if (body.messages === undefined) {
    return { message: "Missing required parameter: 'messages'.", type: 'invalid_request_error', param: 'messages', code: 'missing_required_parameter' };
  }
  if (!Array.isArray(body.messages)) {
    return { message: "Invalid type for 'messages': expected an array of objects, but got a value instead.", type: 'invalid_request_error', param: 'messages', code: 'invalid_type' };
  }
  if (body.messages.length === 0) {
    return {
      message: "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      type: 'invalid_request_error',
      param: 'messages',
      code: 'empty_array',
    };
  }
  const effort = body.reasoning_effort;
  if (effort !== undefined && effort !== null && !(/** @type {readonly unknown[]} */ (REASONING_EFFORTS).includes(effort))) {
    const list = REASONING_EFFORTS.map((e) => `'${e}'`);
    return {
      message: `Invalid value: '${String(effort)}'. Supported values are: ${list.slice(0, -1).join(', ')}, and ${list.at(-1)}.`,
      type: 'invalid_request_error',
      param: 'reasoning_effort',
      code: 'invalid_value',
    };
  }
  return null;
}

/**
 * max_completion_tokens (or the older max_tokens), when set to a positive integer.
 * @param {Record<string, unknown>} body
 * @returns {number | null}
 */
function maxTokens(body) {
  const v = body.max_completion_tokens ?? body.max_tokens;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

/**
 * Usage with OpenAI's field names; prompt tokens estimated as characters / 4.
 * @param {unknown} messages
 * @param {number} completionTokens
 */
function makeUsage(messages, completionTokens) {
  const chars = Array.isArray(messages) ? messages.reduce((n, m) => n + contentText(asObject(m).content).length, 0) : 0;
  const promptTokens = Math.max(1, Math.ceil(chars / 4));
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

/** @param {string} key */
function incorrectKeyError(key) {
  const shown = key.length > 8 ? `${key.slice(0, 3)}*************${key.slice(-4)}` : '*'.repeat(key.length);
  return {
    message: `Incorrect API key provided: ${shown}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    type: 'invalid_request_error',
    param: null,
    code: 'invalid_api_key',
  };
}

/**
 * @param {Ctx} ctx
 * @param {number} status
 * @param {unknown} payload
 */
function sendJson(ctx, status, payload) {
  const { res, record } = ctx;
  if (res.destroyed) return;
  const bytes = Buffer.from(JSON.stringify(payload));
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', String(bytes.length));
  res.setHeader('openai-processing-ms', '1');
  res.writeHead(status);
  record.status = status;
  res.end(bytes);
}

/**
 * @param {Ctx} ctx
 * @param {number} status
 * @param {OpenAiError} error
 */
function sendError(ctx, status, error) {
  sendJson(ctx, status, { error });
}

/**
 * Start an SSE response; `event(data)` writes one `data: ...\n\n` event and waits for the socket to drain.
 * @param {Ctx} ctx
 */
function openStream(ctx) {
  const { res, record } = ctx;
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('openai-processing-ms', '1');
  res.writeHead(200);
  record.status = 200;
  const gone = () => res.destroyed || res.writableEnded || ctx.isClosed();
  return {
    gone,
    /** @param {string} data */
    event: (data) =>
      new Promise((resolveWrite) => {
        if (gone()) return resolveWrite(undefined);
        if (res.write(`data: ${data}\n\n`)) return resolveWrite(undefined);
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolveWrite(undefined);
        };
        res.on('drain', done);
        res.on('close', done);
      }),
  };
}

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const args = process.argv.slice(2);
  /** @param {string} name */
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const mock = await startMockMini({
    port: Number(opt('--port') ?? 4175),
    host: opt('--host') ?? '127.0.0.1',
    apiKey: opt('--key') ?? 'test-key',
    redirectTo: opt('--redirect-to') ?? REDIRECT_TARGET,
  });
  const mode = opt('--mode');
  if (mode) mock.setMode(/** @type {MockMode} */ (mode));
  console.log(mock.baseUrl);
  console.error(`mock-mini: listening at ${mock.baseUrl} (mode ${mock.getMode()}); POST /chat/completions, GET /models`);
  const stop = () => {
    void mock.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
