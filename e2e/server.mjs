#!/usr/bin/env node
// A small production-like static server for a Trunk `dist/` folder.
//
// What it does, so that what the e2e tests and benchmarks see is what users get:
// - listens on loopback only (127.0.0.1);
// - serves the site only under a base path (`/` or e.g. `/ashraf-explorer/`); anything outside
//   the base answers 404, like a project page on a shared host;
// - answers unknown paths under the base with `404.html` (status 404), the way GitHub Pages and
//   most static hosts do; the build's 404.html is a copy of index.html, so deep links still open
//   the app (see README "Serve it yourself");
// - negotiates brotli / gzip for text and wasm, sends `application/wasm` for the module;
// - `Cache-Control: public, max-age=31536000, immutable` for hashed assets (`name-<hash>.ext`),
//   `no-cache` (revalidate with ETag) for everything else, including index.html and sw.js;
// - a strict Content-Security-Policy header (no inline script; `'wasm-unsafe-eval'` only).
//
// CLI:  node e2e/server.mjs [--dir dist] [--base /] [--port 8080]
// API:  const srv = await startServer({ dir, base, port, encodings }); srv.url; await srv.setDir(d); await srv.close();

import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

import { CSP } from '../scripts/csp.mjs';

export { CSP };

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt', '.xml']);

/** Trunk names hashed outputs `name-<hash>.ext` (and `_bg.wasm`), the hash a 64-bit number in hex
 *  without leading zeros (so usually 16 digits, sometimes fewer). */
export const HASHED = /-[0-9a-f]{8,16}(?:_bg)?\.[a-z0-9]+$/;

export function cacheControlFor(relPath) {
  return HASHED.test(path.posix.basename(relPath))
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/** Normalises a base path to the form `/`, or `/a/b/`. */
export function normaliseBase(base = '/') {
  let b = String(base).trim();
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b.replace(/\/{2,}/g, '/');
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

// File contents and their compressed forms, shared by every server in this process and keyed by
// path, size and modification time, so each file is compressed once (off the main thread).
const FILES = new Map();

async function load(abs) {
  const st = await stat(abs);
  if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
  const key = `${abs}\0${st.size}\0${st.mtimeMs}`;
  let entry = FILES.get(key);
  if (!entry) {
    const body = await readFile(abs);
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
    entry = { body, etag, mtime: st.mtime, variants: new Map() };
    FILES.set(key, entry);
  }
  return entry;
}

function variant(entry, encoding) {
  let v = entry.variants.get(encoding);
  if (!v) {
    v = encoding === 'br'
      ? brotli(entry.body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
        },
      })
      : gzip(entry.body, { level: 9 });
    entry.variants.set(encoding, v);
  }
  return v;
}

/** Loads and compresses (brotli unless told) every compressible file of a folder ahead of the first request. */
async function warm(root, encoding = 'br', prefix = '') {
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const rel = path.join(prefix, e.name);
    if (e.isDirectory()) await warm(root, encoding, rel);
    else if (e.isFile() && COMPRESSIBLE.has(path.extname(e.name).toLowerCase())) {
      const entry = await load(path.join(root, rel)).catch(() => null);
      if (entry && entry.body.length >= 512) await variant(entry, encoding);
    }
  }
}

/**
 * Starts the server. By default it first compresses the folder's files (once per process), like
 * a host serving precompressed files, so that first requests measure the site, not the server.
 * `encodings` lists the encodings offered, best first (the benchmarks serve their synthetic
 * corpora of tens of MB with gzip only: brotli at quality 11 would take minutes to prepare).
 */
export async function startServer({
  dir = 'dist', base = '/', port = 0, host = '127.0.0.1', log = false, prewarm = true,
  encodings = ['br', 'gzip'],
} = {}) {
  let root = path.resolve(dir);
  const basePath = normaliseBase(base);
  const sockets = new Set();
  if (prewarm && encodings.length) await warm(root, encodings[0]);

  function pickEncoding(req, ext, size) {
    if (!COMPRESSIBLE.has(ext) || size < 512) return null;
    const accept = String(req.headers['accept-encoding'] || '');
    return encodings.find((e) => new RegExp(`\\b${e}\\b`).test(accept)) || null;
  }

  async function send(req, res, abs, status) {
    const entry = await load(abs);
    const ext = path.extname(abs).toLowerCase();
    const rel = path.relative(root, abs).split(path.sep).join('/');
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[ext] || 'application/octet-stream',
      'Cache-Control': status === 200 ? cacheControlFor(rel) : 'no-cache',
      ETag: entry.etag,
      'Last-Modified': entry.mtime.toUTCString(),
      Vary: 'Accept-Encoding',
    };
    if (status === 200 && req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers);
      res.end();
      return 304;
    }
    const encoding = pickEncoding(req, ext, entry.body.length);
    const body = encoding ? await variant(entry, encoding) : entry.body;
    if (encoding) headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return status;
  }

  function plain(res, status, text) {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-cache',
    });
    res.end(text);
    return status;
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return plain(res, 405, 'method not allowed\n');
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return plain(res, 400, 'bad request\n');
    }
    // The base itself without its trailing slash redirects, like static hosts do.
    if (basePath !== '/' && `${pathname}/` === basePath) {
      res.writeHead(301, { ...SECURITY_HEADERS, Location: basePath, 'Cache-Control': 'no-cache' });
      res.end();
      return 301;
    }
    if (!pathname.startsWith(basePath)) return plain(res, 404, 'not found (outside the site base)\n');
    if (pathname.includes('\0')) return plain(res, 400, 'bad request\n');
    let rel = pathname.slice(basePath.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const abs = path.resolve(root, rel);
    if (abs !== root && !abs.startsWith(root + path.sep)) return plain(res, 404, 'not found\n');
    try {
      return await send(req, res, abs, 200);
    } catch (err) {
      if (err && (err.code === 'ENOENT' || err.code === 'ENOTDIR' || err.code === 'EISDIR')) {
        // Directory without trailing slash? Static hosts redirect to the slash form.
        try {
          const st = await stat(abs);
          if (st.isDirectory()) {
            res.writeHead(301, { ...SECURITY_HEADERS, Location: `${pathname}/`, 'Cache-Control': 'no-cache' });
            res.end();
            return 301;
          }
        } catch { /* fall through */ }
        try {
          return await send(req, res, path.join(root, '404.html'), 404);
        } catch {
          return plain(res, 404, 'not found\n');
        }
      }
      throw err;
    }
  }

  const server = createServer((req, res) => {
    handle(req, res)
      .then((status) => {
        if (log) console.log(`${status} ${req.method} ${req.url}`);
      })
      .catch((err) => {
        console.error(`server error on ${req.url}:`, err);
        if (!res.headersSent) plain(res, 500, 'internal error\n');
        else res.destroy();
      });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const origin = `http://${host}:${address.port}`;

  return {
    origin,
    port: address.port,
    base: basePath,
    /** The site's URL: origin + base. */
    url: `${origin}${basePath}`,
    get dir() {
      return root;
    },
    /** Serve another folder from now on ("deploy" a new build). */
    async setDir(d) {
      const next = path.resolve(d);
      if (prewarm && encodings.length) await warm(next, encodings[0]);
      root = next;
    },
    /** Stops listening and drops every open connection, so the site is really gone. */
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
        server.closeAllConnections?.();
      });
    },
  };
}

function parseArgs(argv) {
  const out = { dir: 'dist', base: '/', port: 8080, log: true };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const next = () => {
      const v = argv[i + 1];
      if (v === undefined) throw new Error(`missing value for ${a}`);
      i += 1;
      return v;
    };
    if (a === '--dir') out.dir = next();
    else if (a === '--base') out.base = next();
    else if (a === '--port') out.port = Number(next());
    else if (a === '--quiet') out.log = false;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node e2e/server.mjs [--dir dist] [--base /] [--port 8080] [--quiet]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error('bad --port');
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(String(err.message || err));
    process.exit(2);
  }
  const srv = await startServer(opts);
  console.log(`serving ${srv.dir} at ${srv.url} (loopback only; Ctrl-C to stop)`);
  const stop = () => srv.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
