// The built site, read once per test file (tests here need `npm run build`, not a browser).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder, readSite, type SitePage } from '../../scripts/site/pages.ts';

export const dist = path.resolve(import.meta.dirname, '../../dist');

let pages: SitePage[] | undefined;
export function sitePages(): SitePage[] {
  pages ??= readSite(dist);
  return pages;
}

export function siteFiles(): Set<string> {
  return new Set(filesUnder(dist).map((f) => f.split(path.sep).join('/')));
}

/** A built page's HTML: `compare/ip` reads dist/compare/ip/index.html. */
export function pageHtml(page: string): string {
  return readFileSync(path.join(dist, page, 'index.html'), 'utf8');
}

/** A built page's text as a reader sees it: tags dropped, white space one space. */
export function pageText(page: string): string {
  return pageHtml(page)
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
}
