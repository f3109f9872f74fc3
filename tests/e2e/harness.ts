// End-to-end harness: the built site served by scripts/site/serve.ts and
// driven in Debian's Chromium (scripts/site/browser.ts). Tests import
// `startSite` once per file.
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { openPage, type Site } from '../../scripts/site/browser.ts';

export { launchBrowser, openPage, startSite, type Site } from '../../scripts/site/browser.ts';
export { dist, root, serveDist } from '../../scripts/site/serve.ts';

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
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact !== null && impacts.includes(v.impact));
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
