// The built site, read once per test file (tests here need `npm run build`, not a browser).
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
