import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockMini } from '../../../tests/mock-mini/server.mjs';
import type { CloudEndpoint } from '../config/config';
import type { Delta } from '../engine/types';
import { ConsentGate } from './consent';
import { streamMini, testConnection, type Connectivity } from './mini';
import { buildRequest, type MiniRequest } from './request';

let server: Awaited<ReturnType<typeof startMockMini>>;
let endpoint: CloudEndpoint;
const gate = new ConsentGate();

beforeAll(async () => {
  server = await startMockMini({ apiKey: 'test-key' });
  endpoint = { id: 'mock', label: 'Mock', baseUrl: server.baseUrl, model: 'gpt-5.4-mini', auth: 'key' };
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  server.setMode('ok');
});

/** Sends with a fresh approval; returns the text received and the error, if any. */
async function send(request: MiniRequest, options: { apiKey?: string; signal?: AbortSignal; firstByteTimeoutMs?: number; idleTimeoutMs?: number; connectivity?: Connectivity } = {}) {
  const token = await gate.mint(request.url, request.body);
  let text = '';
  try {
    for await (const d of streamMini(request, token, gate, { apiKey: 'test-key', signal: new AbortController().signal, ...options }) as AsyncGenerator<Delta>) {
      if (d.type === 'text') text += d.text;
    }
    return { text, error: null as Error | null };
  } catch (err) {
    return { text, error: err as Error };
  }
}

const posts = () => server.received.filter((r) => r.method === 'POST' && !r.preflight);

describe('streamMini against a real OpenAI-compatible server', () => {
  it('sends exactly the approved body with the key, and streams the reply', async () => {
    const request = buildRequest(endpoint, [{ role: 'user', content: 'hello [NAME_1]' }], 'low');
    const { text, error } = await send(request);
    expect(error).toBeNull();
    expect(text).toBe('Mini says: hello [NAME_1]');
    expect(posts()).toHaveLength(1);
    expect(JSON.stringify(posts()[0]?.body)).toBe(request.body);
    expect(JSON.parse(request.body)).toMatchObject({ model: 'gpt-5.4-mini', stream: true, reasoning_effort: 'low' });
    expect(posts()[0]?.headers.authorization).toBe('Bearer test-key');
  });

  it('sends nothing without consent, or when the body changed after consent', async () => {
    const request = buildRequest(endpoint, [{ role: 'user', content: 'secret' }], null);
    const stream = streamMini(request, null, gate, { apiKey: 'test-key', signal: new AbortController().signal });
    await expect(stream.next()).rejects.toMatchObject({ name: 'ConsentError' });
    const token = await gate.mint(request.url, request.body);
    const changed = { ...request, body: request.body.replace('secret', 'John Smith') };
    await expect(streamMini(changed, token, gate, { apiKey: 'test-key', signal: new AbortController().signal }).next()).rejects.toMatchObject({ name: 'ConsentError' });
    expect(server.received).toHaveLength(0);
  });

  it.each([
    ['401', 'CloudAuthError', /refused the request \(HTTP 401\).*Check the API key in Settings/],
    ['403', 'CloudAuthError', /HTTP 403/],
    ['404', 'CloudNotFoundError', /HTTP 404/],
    ['429', 'CloudRateLimitError', /HTTP 429\)\. Retry in 2 seconds\./],
    ['500', 'CloudServerError', /HTTP 500/],
    ['503', 'CloudServerError', /HTTP 503/],
  ] as const)('mode %s ends in %s with a plain message', async (mode, name, message) => {
    server.setMode(mode);
    const { error } = await send(buildRequest(endpoint, [{ role: 'user', content: 'q' }], null));
    expect(error?.name).toBe(name);
    expect(error?.message).toMatch(message);
  });

  it('a wrong key is refused by the server', async () => {
    const { error } = await send(buildRequest(endpoint, [{ role: 'user', content: 'q' }], null), { apiKey: 'wrong' });
    expect(error?.name).toBe('CloudAuthError');
  });

  it('a connection dropped mid-stream keeps the partial reply', async () => {
    server.setMode('drop');
    const { text, error } = await send(buildRequest(endpoint, [{ role: 'user', content: 'tell me a long story' }], null));
    expect(error?.name).toBe('CloudDroppedError');
    expect(error?.message).toMatch(/The partial reply is kept/);
    expect(text.length).toBeGreaterThan(0);
  });

  it('a malformed event stops the reply with a clear error, keeping what came before', async () => {
    server.setMode('malformed');
    const { text, error } = await send(buildRequest(endpoint, [{ role: 'user', content: 'q' }], null));
    expect(error?.name).toBe('CloudMalformedError');
    expect(text.length).toBeGreaterThan(0);
  });

  it('an endpoint that never answers times out', async () => {
    server.setMode('hang');
    const { error } = await send(buildRequest(endpoint, [{ role: 'user', content: 'q' }], null), { firstByteTimeoutMs: 300 });
    expect(error?.name).toBe('CloudTimeoutError');
  });

  it('a redirect is never followed: the body goes nowhere else, and the user hears why', async () => {
    server.setMode('redirect');
    const { text, error } = await send(buildRequest(endpoint, [{ role: 'user', content: 'q' }], null));
    expect(text).toBe('');
    expect(error).toMatchObject({ name: 'CloudRedirectError' });
    expect((error as Error).message).toMatch(/answered with a redirect to another address\. Sotto never follows one/);
    expect(server.received.filter((r) => !r.preflight)).toHaveLength(1);
    await expect(testConnection(endpoint, 'test-key')).rejects.toMatchObject({ name: 'CloudRedirectError' });
  });

  it.each(['redirect', '308'] as const)('a %s to another endpoint the policy allows is not followed: that endpoint receives nothing, from a send or a Test connection', async (mode) => {
    // A second OpenAI-compatible server that accepts the same key: a client that followed would be answered there.
    const target = await startMockMini({ apiKey: 'test-key' });
    try {
      server.setMode(mode);
      server.setRedirectTarget(`${target.baseUrl}/chat/completions`);
      const { text, error } = await send(buildRequest(endpoint, [{ role: 'user', content: 'the reviewed body' }], null));
      expect(text).toBe('');
      expect(error).toMatchObject({ name: 'CloudRedirectError' });
      server.setRedirectTarget(`${target.baseUrl}/models`);
      await expect(testConnection(endpoint, 'test-key')).rejects.toMatchObject({ name: 'CloudRedirectError' });
      expect(server.received.filter((r) => !r.preflight).map((r) => [r.method, r.status])).toEqual([
        ['POST', mode === '308' ? 308 : 307],
        ['GET', mode === '308' ? 308 : 307],
      ]);
      expect(target.received).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('sends no Authorization header to an endpoint that needs no key', async () => {
    const gateway = await startMockMini({ apiKey: null });
    try {
      const request = buildRequest({ id: 'gw', label: 'Gateway', baseUrl: gateway.baseUrl, model: 'gpt-5.4-mini', auth: 'none' }, [{ role: 'user', content: 'q' }], null);
      const token = await gate.mint(request.url, request.body);
      let text = '';
      for await (const d of streamMini(request, token, gate, { apiKey: 'must-not-be-sent', signal: new AbortController().signal })) if (d.type === 'text') text += d.text;
      expect(text).toBe('Mini says: q');
      const post = gateway.received.find((r) => r.method === 'POST' && !r.preflight);
      expect(post?.headers.authorization).toBeUndefined();
      const noKey: CloudEndpoint = { id: 'gw', label: 'Gateway', baseUrl: gateway.baseUrl, model: 'gpt-5.4-mini', auth: 'none' };
      expect(await testConnection(noKey, 'must-not-be-sent')).toBe(`Connected: ${new URL(gateway.baseUrl).host} answered; it needs no key.`);
      expect(gateway.received.filter((r) => !r.preflight).map((r) => [r.method, r.headers.authorization])).toEqual([
        ['POST', undefined],
        ['GET', undefined],
      ]);
    } finally {
      await gateway.close();
    }
  });

  it('Stop aborts the request', async () => {
    server.setMode('slow');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const { error } = await send(buildRequest(endpoint, [{ role: 'user', content: 'q' }], null), { signal: controller.signal });
    expect(error?.name).toBe('AbortError');
  });
});

describe('testConnection', () => {
  it('says so when the endpoint accepts the key, and names the problem when not', async () => {
    expect(await testConnection(endpoint, 'test-key')).toBe(`Connected: ${new URL(server.baseUrl).host} accepted the key.`);
    await expect(testConnection(endpoint, 'wrong')).rejects.toMatchObject({ name: 'CloudAuthError' });
    server.setMode('503');
    await expect(testConnection(endpoint, 'test-key')).rejects.toMatchObject({ name: 'CloudServerError' });
  });
});

describe('what the app knows of the network', () => {
  /** The app's offline state as a test sees it: whether it counts itself online, and what it was told. */
  function connectivity(online: boolean): Connectivity & { told: string[] } {
    const told: string[] = [];
    return { online, told, lost: () => void told.push('lost'), answered: () => void told.push('answered') };
  }

  it('a request that reaches nothing names the host while the app thought it was online, and tells the app it is offline', async () => {
    const gone = await startMockMini();
    const away: CloudEndpoint = { ...endpoint, baseUrl: gone.baseUrl };
    await gone.close();
    const net = connectivity(true);
    const { error } = await send(buildRequest(away, [{ role: 'user', content: 'q' }], null), { connectivity: net });
    expect(error).toMatchObject({ name: 'CloudNetworkError' });
    expect(error?.message).toMatch(new RegExp(`^Could not reach ${new URL(gone.baseUrl).host.replace(/\./g, '\\.')} \\(.*\\)\\. Check your connection, then retry\\.$`));
    expect(net.told).toEqual(['lost']);
    await expect(testConnection(away, 'test-key', { connectivity: net })).rejects.toMatchObject({ name: 'CloudNetworkError' });
    expect(net.told).toEqual(['lost', 'lost']);
  });

  it('says "You are offline" from the app\'s offline state, whatever navigator.onLine says', async () => {
    const gone = await startMockMini();
    const away: CloudEndpoint = { ...endpoint, baseUrl: gone.baseUrl };
    await gone.close();
    // navigator.onLine is true (or absent) here: only the app's state says offline.
    expect(globalThis.navigator?.onLine ?? true).toBe(true);
    const { error } = await send(buildRequest(away, [{ role: 'user', content: 'q' }], null), { connectivity: connectivity(false) });
    expect(error?.message).toBe('You are offline, so nothing was sent to the cloud. Connect, then retry.');
    await expect(testConnection(away, 'test-key', { connectivity: connectivity(false) })).rejects.toThrow('You are offline, so nothing was sent to the cloud. Connect, then retry.');
  });

  it('any answer, an error status included, tells the app the network reaches something; a timeout or a Stop tells it nothing', async () => {
    const net = connectivity(false);
    expect((await send(buildRequest(endpoint, [{ role: 'user', content: 'q' }], null), { connectivity: net })).error).toBeNull();
    server.setMode('503');
    await expect(testConnection(endpoint, 'test-key', { connectivity: net })).rejects.toMatchObject({ name: 'CloudServerError' });
    expect(net.told).toEqual(['answered', 'answered']);
    server.setMode('hang');
    const quiet = connectivity(true);
    expect((await send(buildRequest(endpoint, [{ role: 'user', content: 'q' }], null), { connectivity: quiet, firstByteTimeoutMs: 200 })).error).toMatchObject({ name: 'CloudTimeoutError' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    expect((await send(buildRequest(endpoint, [{ role: 'user', content: 'q' }], null), { connectivity: quiet, signal: controller.signal })).error).toMatchObject({ name: 'AbortError' });
    expect(quiet.told).toEqual([]);
  });
});
