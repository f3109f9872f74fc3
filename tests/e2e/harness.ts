// End-to-end harness: serves the built dist/ on a free loopback port with a
// small node:http server (no orphaned preview process) and drives Debian's
// Chromium through playwright-core. Tests import `startSite` once per file.
// Text is gzipped on the wire when the browser asks, as any static host does
// (Cloudflare Pages and Netlify read our _headers), so byte budgets count what
// a reader actually downloads; the file sizes are logged beside.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { headersFor, parseHeaders } from '../../scripts/site/headers.ts';

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
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const [name, value] of headersFor(rules, url.pathname)) res.setHeader(name, value);
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

/** Chromium from Debian (`apt-get install chromium`), or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian’s chromium (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that records console errors and failed requests, for “no console errors” checks. */
export async function openPage(browser: Browser, options: { width?: number; height?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 } });
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  // A request the browser itself cancels (the favicon of a page left at once) is not a failure of the site.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  return { page, errors };
}

export interface Site {
  origin: string;
  browser: Browser;
  log: ServedLog;
  close: () => Promise<void>;
}

export async function startSite(): Promise<Site> {
  const { server, origin, log } = await serveDist();
  const browser = await launchBrowser();
  return {
    origin,
    browser,
    log,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Open a path of the site in a fresh page (phone-sized with width 375). */
export async function visit(site: Site, urlPath: string, options: { width?: number; height?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(site.browser, options);
  await opened.page.goto(`${site.origin}${urlPath}`);
  return opened;
}

/** A document page with measures, for tests that need one: the first the home page lists. */
export async function firstDocumentPath(site: Site): Promise<string> {
  const { page } = await visit(site, '/');
  const href = await page.locator('.doc-list a.doc-title').first().getAttribute('href');
  await page.close();
  if (!href) throw new Error('the home page lists no document');
  return href;
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (its source evaluated in it, so no network)
 * against WCAG 2.x A and AA rules; returns the violations of the given impacts.
 */
export async function axeViolations(page: Page, impacts: string[] = ['serious', 'critical']): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol, not a <script> tag: the site's
  // Content-Security-Policy (rightly) refuses inline scripts.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact !== null && impacts.includes(v.impact));
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
