// Debian's Chromium, driven through playwright-core, for the browser tests and
// the tools that load pages: one launch recipe and one console-error recorder.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { serveDist, type ServedLog } from './serve.ts';

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

/** The built site served and a browser launched: what every browser test and tool starts with. */
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
