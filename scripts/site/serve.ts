// A static server for the built site, shared by the browser tests and the
// tools that measure it: dist/ on a free loopback port (node:http, no
// orphaned preview process), with the deployed headers of public/_headers
// (Content-Security-Policy included) on every response and the redirects of
// the built _redirects. Text is gzipped on
// the wire when the browser asks, as any static host does (Cloudflare Pages
// and Netlify read our _headers), so byte budgets count what a reader
// actually downloads; the file sizes are logged beside.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from './headers.ts';
import { parseRedirects, redirectFor } from './redirects.ts';

export const root = path.resolve(import.meta.dirname, '../..');
export const dist = path.join(root, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/** Bytes each path was served (on the wire, and the file's size), for budget checks. */
export interface ServedLog {
  requests: { path: string; bytes: number; fileBytes: number }[];
}

/** Types a host compresses; Pagefind's index, fragments and wasm are gzip files already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg']);
const gzipped = new Map<string, Buffer>();
function gzipOf(file: string): Buffer {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}\0${mtimeMs}\0${size}`; // a rebuilt dist/ keeps its paths
  let body = gzipped.get(key);
  if (!body) gzipped.set(key, (body = gzipSync(readFileSync(file))));
  return body;
}

export function serveDist(dir = dist): Promise<{ server: Server; origin: string; log: ServedLog }> {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: run \`npm run build\` before the end-to-end tests`);
  }
  const log: ServedLog = { requests: [] };
  // The deployed security headers (public/_headers), Content-Security-Policy
  // included: a page that needs more than the policy allows fails its test.
  const headersFile = path.join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8'), headersFile) : [];
  const redirectsFile = path.join(dir, '_redirects');
  const redirects = existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, 'utf8'), redirectsFile) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of headersFor(rules, url.pathname)) res.setHeader(name, value);
    // As Cloudflare Pages: a rule wins over a file at its path (the old unit page's meta refresh).
    const redirect = redirectFor(redirects, url.pathname);
    if (redirect) {
      res.writeHead(redirect.status, { location: redirect.to }).end();
      return;
    }
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = path.join(dir, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('not found');
      return;
    }
    const size = statSync(file).size;
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = gzipOf(file);
      log.requests.push({ path: url.pathname, bytes: body.length, fileBytes: size });
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
      res.end(body);
      return;
    }
    log.requests.push({ path: url.pathname, bytes: size, fileBytes: size });
    res.writeHead(200, { 'content-type': type, 'content-length': size });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ server, origin: `http://127.0.0.1:${port}`, log });
    });
  });
}
