import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DROP_AFTER_DELTAS,
  expectedReply,
  LONG_REPLY,
  MALFORMED_DATA,
  MODEL_ID,
  MODES,
  REDIRECT_TARGET,
  splitDeltas,
  startMockMini,
  type MockMini,
  type MockMode,
} from './server.mjs';

// --- a small SSE reader (independent of the server) ------------------------------------------

interface SseEvent {
  data: string;
  /** ms since the fetch started */
  at: number;
}

interface SseResult {
  raw: string;
  events: SseEvent[];
  /** the error the body stream failed with, if it did */
  error: unknown;
}

/** Reads a text/event-stream body: events are separated by a blank line; `data:` lines are joined by \n. */
async function readSse(response: Response, started: number): Promise<SseResult> {
  const body = response.body;
  if (!body) throw new Error('no body');
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let raw = '';
  let buffer = '';
  let error: unknown = null;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (err) {
      error = err;
      break;
    }
    if (chunk.done) break;
    const text = decoder.decode(chunk.value, { stream: true });
    raw += text;
    buffer += text;
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      events.push({ data, at: performance.now() - started });
    }
  }
  if (buffer.trim()) events.push({ data: `<<unterminated>>${buffer}`, at: performance.now() - started });
  return { raw, events, error };
}

interface Chunk {
  id: string;
  object: string;
  model: string;
  choices: Array<{ index: number; delta: { role?: string; content?: string }; finish_reason: string | null }>;
  usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null;
}

const parse = (e: SseEvent) => JSON.parse(e.data) as Chunk;
const contentOf = (events: SseEvent[]) =>
  events
    .filter((e) => e.data !== '[DONE]')
    .map(parse)
    .map((c) => c.choices[0]?.delta.content ?? '')
    .join('');

// --- helpers -----------------------------------------------------------------------------------

let mock: MockMini;
const KEY = 'test-key';

beforeAll(async () => {
  mock = await startMockMini({ port: 0 });
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.reset();
});

interface ChatOptions {
  text?: string;
  stream?: boolean;
  mode?: MockMode | string;
  key?: string | null;
  extra?: Record<string, unknown>;
  signal?: AbortSignal;
}

function chat({ text = 'Hello', stream = true, mode, key = KEY, extra = {}, signal }: ChatOptions = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'text/event-stream' };
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  if (mode) headers['x-mock-mode'] = mode;
  return fetch(`${mock.baseUrl}/chat/completions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ model: MODEL_ID, messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: text }], stream, ...extra }),
    signal: signal ?? null,
  });
}

function expectCors(response: Response) {
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
}

async function expectOpenAiError(response: Response, status: number, code: string | null) {
  expect(response.status).toBe(status);
  expectCors(response);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const json = (await response.json()) as { error: { message: unknown; type: unknown; param: unknown; code: unknown } };
  expect(Object.keys(json)).toEqual(['error']);
  expect(typeof json.error.message).toBe('string');
  expect((json.error.message as string).length).toBeGreaterThan(10);
  expect(typeof json.error.type).toBe('string');
  expect(json.error.code).toBe(code);
  expect('param' in json.error).toBe(true);
  return json.error;
}

// --- tests ---------------------------------------------------------------------------------------

describe('mock-mini basics', () => {
  it('reports its urls', () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.port).toBeGreaterThan(0);
    expect(mock.baseUrl).toBe(`${mock.url}/v1`);
  });

  it('answers a CORS preflight with 204 and records it as a preflight', async () => {
    const r = await fetch(`${mock.baseUrl}/chat/completions`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:4173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(r.status).toBe(204);
    expectCors(r);
    expect(r.headers.get('access-control-allow-methods')).toBe('POST, GET, OPTIONS');
    const allowed = (r.headers.get('access-control-allow-headers') ?? '').split(',').map((h) => h.trim());
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-mock-mode']));
    expect(Number(r.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(r.headers.get('access-control-expose-headers')).toMatch(/Retry-After/i);
    expect(mock.received).toHaveLength(1);
    expect(mock.received[0]).toMatchObject({ method: 'OPTIONS', path: '/v1/chat/completions', preflight: true, status: 204 });
  });

  it('preflights succeed whatever the mode', async () => {
    mock.setMode('hang');
    const r = await fetch(`${mock.baseUrl}/chat/completions`, { method: 'OPTIONS', signal: AbortSignal.timeout(2000) });
    expect(r.status).toBe(204);
  });

  it('lists the model on GET /v1/models, and needs the key', async () => {
    const ok = await fetch(`${mock.baseUrl}/models`, { headers: { Authorization: `Bearer ${KEY}` } });
    expect(ok.status).toBe(200);
    expectCors(ok);
    const list = (await ok.json()) as { object: string; data: Array<{ id: string; object: string }> };
    expect(list.object).toBe('list');
    expect(list.data).toEqual([expect.objectContaining({ id: 'gpt-5.4-mini', object: 'model' })]);

    await expectOpenAiError(await fetch(`${mock.baseUrl}/models`), 401, null);
    await expectOpenAiError(await fetch(`${mock.baseUrl}/models`, { headers: { Authorization: 'Bearer nope' } }), 401, 'invalid_api_key');
    mock.setMode('503');
    await expectOpenAiError(await fetch(`${mock.baseUrl}/models`, { headers: { Authorization: `Bearer ${KEY}` } }), 503, null);
  });

  it('answers 401 without a key or with a wrong key, whatever the mode', async () => {
    const e1 = await expectOpenAiError(await chat({ key: null }), 401, null);
    expect(e1.type).toBe('invalid_request_error');
    expect(e1.message).toMatch(/didn't provide an API key/);
    await expectOpenAiError(await chat({ key: 'sk-wrong-key-123456' }), 401, 'invalid_api_key');
    await expectOpenAiError(await chat({ key: null, mode: 'ok' }), 401, null);
    expect(mock.received.map((r) => r.status)).toEqual([401, 401, 401]);
  });

  it('answers 404 "Invalid URL" for unknown paths', async () => {
    const r = await fetch(`${mock.url}/v1/nope`, { method: 'POST', headers: { Authorization: `Bearer ${KEY}` } });
    const e = await expectOpenAiError(r, 404, null);
    expect(e.message).toBe('Invalid URL (POST /v1/nope)');
  });

  it('answers 400 for a body that is not JSON, and records the raw text', async () => {
    const r = await fetch(`${mock.baseUrl}/chat/completions`, { method: 'POST', headers: { Authorization: `Bearer ${KEY}` }, body: '{oops' });
    await expectOpenAiError(r, 400, null);
    expect(mock.received[0]?.body).toBe('{oops');
  });

  it('validates like OpenAI: messages, reasoning_effort', async () => {
    const r1 = await fetch(`${mock.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ model: MODEL_ID }),
    });
    expect((await expectOpenAiError(r1, 400, 'missing_required_parameter')).param).toBe('messages');
    const r2 = await chat({ extra: { reasoning_effort: 'extreme' } });
    expect((await expectOpenAiError(r2, 400, 'invalid_value')).param).toBe('reasoning_effort');
  });

  it('rejects an unknown mode', async () => {
    await expectOpenAiError(await chat({ mode: 'bogus' }), 400, 'unknown_mock_mode');
    expect(() => mock.setMode('bogus' as MockMode)).toThrow(/unknown mode/);
  });

  it('reset() clears the record and the mode', async () => {
    mock.setMode('500');
    await (await chat()).text();
    expect(mock.received).toHaveLength(1);
    const same = mock.received;
    mock.reset();
    expect(mock.received).toHaveLength(0);
    expect(mock.received).toBe(same);
    expect(mock.getMode()).toBe('ok');
  });
});

describe('mode ok', () => {
  it('streams SSE: role delta, content deltas echoing the user message, stop, [DONE]', async () => {
    const text = 'Please email [NAME_1] at [EMAIL_2] about Ünïcødé 🎉';
    const started = performance.now();
    const r = await chat({ text, extra: { reasoning_effort: 'low' } });
    expect(r.status).toBe(200);
    expectCors(r);
    expect(r.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(r.headers.get('x-request-id')).toMatch(/^req_/);
    const { raw, events, error } = await readSse(r, started);
    expect(error).toBeNull();

    // Framing: every event is exactly one `data: ...` line followed by a blank line.
    expect(raw.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(raw.split('\n\n').slice(0, -1).every((block) => /^data: [^\n]+$/.test(block))).toBe(true);

    expect(events.at(-1)?.data).toBe('[DONE]');
    const chunks = events.slice(0, -1).map(parse);
    expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.model === MODEL_ID)).toBe(true);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(chunks[0]?.choices[0]?.delta).toMatchObject({ role: 'assistant', content: '' });
    const content = chunks.slice(1, -1);
    expect(content.length).toBeGreaterThan(5);
    expect(content.every((c) => c.choices[0]?.finish_reason === null && (c.choices[0]?.delta.content?.length ?? 0) <= 8)).toBe(true);
    expect(chunks.at(-1)?.choices[0]).toMatchObject({ delta: {}, finish_reason: 'stop' });
    expect(contentOf(events)).toBe(`Mini says: ${text}`);
    expect(contentOf(events)).toBe(expectedReply(text));
    // Placeholders are split across deltas but come back whole.
    expect(content.map((c) => c.choices[0]?.delta.content)).not.toContain('[NAME_1]');
    expect(contentOf(events)).toContain('[NAME_1]');

    // The request was recorded, body parsed, reasoning_effort included.
    const rec = mock.received.at(-1);
    expect(rec).toMatchObject({ method: 'POST', path: '/v1/chat/completions', preflight: false, mode: 'ok', status: 200, aborted: false });
    expect(rec?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(rec?.body).toMatchObject({ model: MODEL_ID, stream: true, reasoning_effort: 'low', messages: [{ role: 'system' }, { role: 'user', content: text }] });
    expect(typeof rec?.time).toBe('number');
  });

  it('uses the text parts of an array content', async () => {
    const r = await fetch(`${mock.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        model: MODEL_ID,
        stream: true,
        messages: [
          { role: 'user', content: 'first' },
          { role: 'assistant', content: 'reply' },
          { role: 'user', content: [{ type: 'text', text: 'part one, ' }, { type: 'text', text: 'part two' }] },
        ],
      }),
    });
    const { events } = await readSse(r, performance.now());
    expect(contentOf(events)).toBe('Mini says: part one, part two');
  });

  it('adds a usage chunk with stream_options.include_usage', async () => {
    const r = await chat({ extra: { stream_options: { include_usage: true } } });
    const { events } = await readSse(r, performance.now());
    const chunks = events.slice(0, -1).map(parse);
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage?.completion_tokens).toBe(splitDeltas(expectedReply('Hello')).length);
    expect(chunks.slice(0, -1).every((c) => c.usage === null)).toBe(true);
  });

  it('stops at max_tokens with finish_reason length', async () => {
    const r = await chat({ text: 'a fairly long message here', extra: { max_completion_tokens: 3 } });
    const { events } = await readSse(r, performance.now());
    const chunks = events.slice(0, -1).map(parse);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('length');
    expect(contentOf(events)).toBe(splitDeltas(expectedReply('a fairly long message here')).slice(0, 3).join(''));
  });

  it('answers a chat.completion JSON without stream', async () => {
    const r = await chat({ text: 'hi [NAME_1]', stream: false });
    expect(r.status).toBe(200);
    expectCors(r);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const json = (await r.json()) as {
      object: string;
      model: string;
      choices: Array<{ message: { role: string; content: string }; finish_reason: string }>;
      usage: { completion_tokens: number; total_tokens: number; prompt_tokens: number };
    };
    expect(json.object).toBe('chat.completion');
    expect(json.model).toBe(MODEL_ID);
    expect(json.choices[0]?.message).toMatchObject({ role: 'assistant', content: 'Mini says: hi [NAME_1]' });
    expect(json.choices[0]?.finish_reason).toBe('stop');
    expect(json.usage.total_tokens).toBe(json.usage.prompt_tokens + json.usage.completion_tokens);
  });
});

describe('error modes', () => {
  const cases: Array<[MockMode, number, string | null, string]> = [
    ['401', 401, 'invalid_api_key', 'invalid_request_error'],
    ['403', 403, 'unsupported_country_region_territory', 'request_forbidden'],
    ['404', 404, 'model_not_found', 'invalid_request_error'],
    ['429', 429, 'rate_limit_exceeded', 'requests'],
    ['500', 500, null, 'server_error'],
    ['503', 503, null, 'server_error'],
  ];
  for (const [mode, status, code, type] of cases) {
    it(`mode ${mode}: HTTP ${status} with an OpenAI error body (setMode, header and #mode=)`, async () => {
      mock.setMode(mode);
      const e = await expectOpenAiError(await chat(), status, code);
      expect(e.type).toBe(type);
      mock.setMode('ok');
      await expectOpenAiError(await chat({ mode }), status, code);
      await expectOpenAiError(await chat({ text: `test #mode=${mode} please` }), status, code);
      await expectOpenAiError(await chat({ mode, stream: false }), status, code);
      expect(mock.received.map((r) => r.mode)).toEqual([mode, mode, mode, mode]);
    });
  }

  it('mode 429 sends Retry-After: 2, readable cross-origin', async () => {
    const r = await chat({ mode: '429' });
    expect(r.headers.get('retry-after')).toBe('2');
    expect(r.headers.get('access-control-expose-headers')).toMatch(/\bRetry-After\b/);
    expect(r.headers.get('x-ratelimit-remaining-requests')).toBe('0');
    const e = await expectOpenAiError(r, 429, 'rate_limit_exceeded');
    expect(e.message).toMatch(/try again in 2s/);
  });

  it('the header wins over the message, the message over setMode', async () => {
    mock.setMode('500');
    await expectOpenAiError(await chat({ text: '#mode=503' }), 503, null);
    await expectOpenAiError(await chat({ text: '#mode=503', mode: '403' }), 403, 'unsupported_country_region_territory');
    const ok = await chat({ mode: 'ok' });
    expect(ok.status).toBe(200);
    await ok.text();
  });
});

describe('stream fault modes', () => {
  it('drop: some deltas, then the connection dies without [DONE]', async () => {
    const r = await chat({ mode: 'drop', text: 'drop me please' });
    expect(r.status).toBe(200);
    const { events, error } = await readSse(r, performance.now());
    expect(error).toBeInstanceOf(Error);
    expect(events.map((e) => e.data)).not.toContain('[DONE]');
    expect(events).toHaveLength(1 + DROP_AFTER_DELTAS);
    const expected = splitDeltas(expectedReply('drop me please')).slice(0, DROP_AFTER_DELTAS).join('');
    expect(contentOf(events)).toBe(expected);
    expect(events.map(parse).every((c) => c.choices[0]?.finish_reason === null)).toBe(true);
    await expect.poll(() => mock.received.at(-1)?.aborted).toBe(true);
  });

  it('malformed: a valid delta, then an event whose data is not JSON', async () => {
    const r = await chat({ text: '#mode=malformed' });
    expect(r.status).toBe(200);
    const { events, error } = await readSse(r, performance.now());
    expect(error).toBeNull();
    expect(events).toHaveLength(3);
    expect(parse(events[0]!).choices[0]?.delta.role).toBe('assistant');
    expect(parse(events[1]!).choices[0]?.delta.content).toBe('Mini');
    expect(events[2]?.data).toBe(MALFORMED_DATA);
    expect(() => parse(events[2]!)).toThrow(SyntaxError);
    expect(events.map((e) => e.data)).not.toContain('[DONE]');
  });

  it('slow: ~1.5 s before the first byte, then ~100 ms between deltas', async () => {
    const started = performance.now();
    const r = await chat({ mode: 'slow', text: 'slowly' });
    const headersAt = performance.now() - started;
    expect(headersAt).toBeGreaterThanOrEqual(1400);
    const { events, error } = await readSse(r, started);
    expect(error).toBeNull();
    expect(events.at(-1)?.data).toBe('[DONE]');
    expect(contentOf(events)).toBe('Mini says: slowly');
    const contentTimes = events.slice(1, -2).map((e) => e.at);
    for (let i = 1; i < contentTimes.length; i++) {
      expect(contentTimes[i]! - contentTimes[i - 1]!).toBeGreaterThanOrEqual(70);
    }
  }, 10_000);

  it('long: ~4,000 small deltas of markdown, fast', async () => {
    const started = performance.now();
    const r = await chat({ mode: 'long' });
    const { events, error } = await readSse(r, started);
    const elapsed = performance.now() - started;
    expect(error).toBeNull();
    expect(events.at(-1)?.data).toBe('[DONE]');
    const text = contentOf(events);
    expect(text).toBe(LONG_REPLY);
    const deltas = events.length - 3;
    expect(deltas).toBeGreaterThanOrEqual(3500);
    expect(deltas).toBeLessThanOrEqual(5000);
    expect(text).toMatch(/^# /m);
    expect(text).toMatch(/^## /m);
    expect(text).toMatch(/^- /m);
    expect(text).toMatch(/^1\. /m);
    expect(text).toMatch(/^```js$/m);
    expect(text).toMatch(/^\| ---- \|/m);
    expect(elapsed).toBeLessThan(5000);
  });

  it('redirect: a 307 to another origin, with no body', async () => {
    const res = await fetch(`${mock.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}`, 'x-mock-mode': 'redirect' },
      body: JSON.stringify({ model: MODEL_ID, messages: [{ role: 'user', content: 'q' }] }),
      redirect: 'manual',
    });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(REDIRECT_TARGET);
    expect(new URL(REDIRECT_TARGET).origin).not.toBe(new URL(mock.baseUrl).origin);
  });

  it('308: a permanent redirect to the target set, with no body; reset() restores the default target', async () => {
    const target = await startMockMini({ port: 0 });
    try {
      const post = () =>
        fetch(`${mock.baseUrl}/chat/completions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEY}`, 'x-mock-mode': '308' },
          body: JSON.stringify({ model: MODEL_ID, messages: [{ role: 'user', content: 'q' }] }),
          redirect: 'manual',
        });
      mock.setRedirectTarget(`${target.baseUrl}/chat/completions`);
      const res = await post();
      expect(res.status).toBe(308);
      expect(res.headers.get('location')).toBe(`${target.baseUrl}/chat/completions`);
      expect(await res.text()).toBe('');
      expect(mock.received.at(-1)).toMatchObject({ mode: '308', status: 308 });
      // The mock answers; only a client that follows would reach the target.
      expect(target.received).toHaveLength(0);
      mock.reset();
      expect((await post()).headers.get('location')).toBe(REDIRECT_TARGET);
    } finally {
      await target.close();
    }
  });

  it('the redirect target can be given at start, and a relative one is refused', async () => {
    const other = await startMockMini({ port: 0, redirectTo: 'http://127.0.0.1:4176/v1/models' });
    try {
      const res = await fetch(`${other.baseUrl}/models`, { headers: { Authorization: `Bearer ${KEY}`, 'x-mock-mode': 'redirect' }, redirect: 'manual' });
      expect(res.status).toBe(307);
      expect(res.headers.get('location')).toBe('http://127.0.0.1:4176/v1/models');
      expect(() => other.setRedirectTarget('/v1/models')).toThrow(/must be an absolute URL/);
    } finally {
      await other.close();
    }
  });

  it('hang: the request is recorded and never answered', async () => {
    const p = chat({ mode: 'hang', signal: AbortSignal.timeout(300) });
    await expect(p).rejects.toMatchObject({ name: 'TimeoutError' });
    const rec = mock.received.at(-1);
    expect(rec).toMatchObject({ mode: 'hang', status: null });
    expect(rec?.body).toMatchObject({ model: MODEL_ID });
    await expect.poll(() => mock.received.at(-1)?.aborted).toBe(true);
  });

  it('every mode is covered', () => {
    expect([...MODES].sort()).toEqual(['308', '401', '403', '404', '429', '500', '503', 'drop', 'hang', 'long', 'malformed', 'ok', 'paced', 'redirect', 'slow']);
  });
});
