// @ts-check
/**
 * A self-hosted "model mirror" for tests: a plain node:http static server on 127.0.0.1, meant to run on
 * ANOTHER origin (port) than the app, so the app's cross-origin model download path is exercised.
 *
 * Routes:
 *   GET|HEAD /<file>                 file from `dir` (Range -> 206, bad Range -> 416, missing -> 404)
 *   GET|HEAD /status/<code>/<file>   answers HTTP <code> (3xx redirect to /<file>; other codes: small text body)
 *   GET|HEAD /slow/<ms>/<file>       the file, body streamed in ~50 pieces spread over about <ms> milliseconds
 *   GET|HEAD /wllama/<path>          node_modules/@wllama/wllama/esm/<path> (index.js, wasm/wllama.wasm, ...)
 *   GET|HEAD /direct.html, /direct.mjs   bench/direct.html and bench/direct.mjs (wllama driven directly)
 *   OPTIONS  *                       CORS preflight, 204
 *
 * Every response: Access-Control-Allow-Origin: *, Access-Control-Expose-Headers: Content-Length, Content-Range, ETag
 * (+ Accept-Ranges), Cross-Origin-Resource-Policy: cross-origin. HTML and JS responses also get
 * Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp (cross-origin isolation).
 * Every request is recorded in `requests` (method, path, time, range, status).
 *
 * CLI: node tests/support/model-host.mjs --port 4174 --dir <dir>
 *      (without --dir, it writes tiny.gguf and corrupt.gguf to a temp dir and serves that)
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = resolve(HERE, '..', '..');
const BENCH_DIR = join(PROJECT_ROOT, 'bench');

/** @returns {string} the esm/ directory of the installed @wllama/wllama package */
function findWllamaEsmDir() {
  try {
    return dirname(fileURLToPath(import.meta.resolve('@wllama/wllama')));
  } catch {
    return join(PROJECT_ROOT, 'node_modules', '@wllama', 'wllama', 'esm');
  }
}

/** @type {Record<string, string>} */
const MIME = {
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.cjs': 'text/javascript',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.gguf': 'application/octet-stream',
  '.bin': 'application/octet-stream',
};

/**
 * @typedef {{ method: string, path: string, time: number, range: string | null, status: number | null }} HostRequest
 * @typedef {{ url: string, port: number, dir: string, requests: HostRequest[], close: () => Promise<void> }} ModelHost
 */

/**
 * Resolve `rel` inside `root`; null if it escapes root.
 * @param {string} root
 * @param {string} rel
 */
function safeJoin(root, rel) {
  const full = resolve(root, '.' + sep + rel);
  const rootResolved = resolve(root);
  if (full !== rootResolved && !full.startsWith(rootResolved + sep)) return null;
  return full;
}

/**
 * Parse a single-range "bytes=" header.
 * @param {string} header
 * @param {number} size
 * @returns {{ start: number, end: number } | 'unsatisfiable' | null} null = ignore (serve whole file)
 */
function parseRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return null;
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return null;
  let start;
  let end;
  if (a === '') {
    const suffix = Number(b);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(a);
    end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Start the model host.
 * @param {{ port?: number, dir: string, host?: string }} options port 0 (default) = any free port
 * @returns {Promise<ModelHost>}
 */
export async function startModelHost({ port = 0, dir, host = '127.0.0.1' }) {
  if (!dir) throw new Error('startModelHost: dir is required');
  const root = resolve(dir);
  const wllamaDir = findWllamaEsmDir();
  /** @type {HostRequest[]} */
  const requests = [];
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();

  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    /** @type {HostRequest} */
    const record = { method, path: rawUrl, time: Date.now(), range: req.headers.range ?? null, status: null };
    requests.push(record);
    res.on('finish', () => {
      record.status = res.statusCode;
    });

    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Length, Content-Range, ETag, Accept-Ranges');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('Timing-Allow-Origin', '*');

    if (method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? '*');
      res.setHeader('Access-Control-Max-Age', '600');
      res.writeHead(204).end();
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      sendText(res, 405, 'method not allowed', method);
      return;
    }

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
    } catch {
      sendText(res, 400, 'bad url', method);
      return;
    }

    const status = /^\/status\/(\d{3})\/(.+)$/.exec(pathname);
    if (status) {
      const code = Number(status[1]);
      if (code >= 300 && code < 400) {
        res.setHeader('Location', '/' + status[2]);
        res.writeHead(code).end();
      } else if (code >= 200 && code < 300) {
        const file = safeJoin(root, /** @type {string} */ (status[2]));
        if (code === 200 && file) serveFile(req, res, file, 0);
        else sendText(res, code, `status ${code}`, method);
      } else {
        sendText(res, code, `status ${code}`, method);
      }
      return;
    }

    const slow = /^\/slow\/(\d+)\/(.+)$/.exec(pathname);
    if (slow) {
      const file = safeJoin(root, /** @type {string} */ (slow[2]));
      if (!file) return sendText(res, 404, 'not found', method);
      serveFile(req, res, file, Number(slow[1]));
      return;
    }

    /** @type {string | null} */
    let file;
    if (pathname.startsWith('/wllama/')) {
      file = safeJoin(wllamaDir, pathname.slice('/wllama/'.length));
    } else if (pathname === '/direct.html' || pathname === '/direct.mjs') {
      file = join(BENCH_DIR, pathname.slice(1));
    } else {
      file = safeJoin(root, pathname.slice(1));
    }
    if (!file) return sendText(res, 404, 'not found', method);
    serveFile(req, res, file, 0);
  });

  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise(undefined);
    });
  });
  const addr = server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;

  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    dir: root,
    requests,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose(undefined));
        for (const s of sockets) s.destroy();
      }),
  };
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} code
 * @param {string} text
 * @param {string} method
 */
function sendText(res, code, text, method) {
  const body = Buffer.from(text + '\n');
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', String(body.length));
  res.setHeader('Cache-Control', 'no-store');
  res.writeHead(code);
  res.end(method === 'HEAD' ? undefined : body);
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} file
 * @param {number} slowMs total time to spread the body over (0 = full speed)
 */
function serveFile(req, res, file, slowMs) {
  const method = req.method ?? 'GET';
  let st;
  try {
    st = statSync(file);
  } catch {
    return sendText(res, 404, 'not found', method);
  }
  if (!st.isFile()) return sendText(res, 404, 'not found', method);

  const ext = extname(file).toLowerCase();
  res.setHeader('Content-Type', MIME[ext] ?? 'application/octet-stream');
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`);
  res.setHeader('Last-Modified', st.mtime.toUTCString());
  res.setHeader('Cache-Control', 'no-cache');
  if (ext === '.html' || ext === '.js' || ext === '.mjs') {
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
  }

  let start = 0;
  let end = st.size - 1;
  let code = 200;
  const rangeHeader = req.headers.range;
  if (rangeHeader && st.size > 0) {
    const range = parseRange(rangeHeader, st.size);
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${st.size}`);
      return sendText(res, 416, 'range not satisfiable', method);
    }
    if (range) {
      ({ start, end } = range);
      code = 206;
      res.setHeader('Content-Range', `bytes ${start}-${end}/${st.size}`);
    }
  }
  const length = st.size === 0 ? 0 : end - start + 1;
  res.setHeader('Content-Length', String(length));
  res.writeHead(code);
  if (method === 'HEAD' || length === 0) {
    res.end();
    return;
  }
  if (slowMs <= 0) {
    const stream = createReadStream(file, { start, end });
    stream.on('error', () => res.destroy());
    stream.pipe(res);
    return;
  }
  void streamSlowly(res, file, start, end, slowMs);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} file
 * @param {number} start
 * @param {number} end inclusive
 * @param {number} totalMs
 */
async function streamSlowly(res, file, start, end, totalMs) {
  const pieces = 50;
  const length = end - start + 1;
  const pieceSize = Math.max(1, Math.ceil(length / pieces));
  const delay = totalMs / Math.ceil(length / pieceSize);
  let closed = false;
  res.on('close', () => {
    closed = true;
  });
  const { open } = await import('node:fs/promises');
  const fh = await open(file, 'r');
  try {
    for (let pos = start; pos <= end && !closed; pos += pieceSize) {
      const n = Math.min(pieceSize, end - pos + 1);
      const buf = Buffer.alloc(n);
      await fh.read(buf, 0, n, pos);
      if (closed) break;
      res.write(buf);
      await sleep(delay);
    }
  } finally {
    await fh.close();
  }
  if (!closed) res.end();
}

async function main() {
  const args = process.argv.slice(2);
  /** @param {string} name */
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const port = Number(opt('--port') ?? 4174);
  let dir = opt('--dir');
  if (!dir) {
    const { writeFixtures } = await import('../fixtures/tiny-gguf.mjs');
    dir = join(tmpdir(), 'sotto-model-host');
    const fx = writeFixtures(dir);
    console.log(`fixtures: ${fx.tiny.path} sha256=${fx.tiny.sha256}`);
    console.log(`          ${fx.corrupt.path} sha256=${fx.corrupt.sha256}`);
  } else if (!existsSync(dir)) {
    console.error(`model-host: no such dir ${dir}`);
    process.exit(2);
  }
  const host = await startModelHost({ port, dir });
  console.log(`model-host: serving ${host.dir} at ${host.url} (wllama at ${host.url}/wllama/, page at ${host.url}/direct.html)`);
  const stop = () => {
    void host.close().then(() => process.exit(0));
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
