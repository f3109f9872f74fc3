// The client JavaScript a page ships: its script tags and their bytes (inline
// text, or the size of the file a src names). Static imports inside a module
// are not followed: Astro inlines or bundles the site's scripts into one file
// per tag, so the tags are what a page costs.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { ScriptTag, SitePage } from './pages.ts';

export interface ShippedScript extends ScriptTag {
  bytes: number;
}

export function shippedScripts(page: SitePage, dist: string): ShippedScript[] {
  return page.scripts.map((s) => {
    if (!s.src) return { ...s, bytes: s.inlineBytes };
    const url = new URL(s.src, `http://site.invalid${page.url}`);
    if (url.origin !== 'http://site.invalid') return { ...s, bytes: Number.NaN };
    let bytes = Number.NaN;
    try {
      bytes = statSync(path.join(dist, decodeURIComponent(url.pathname))).size;
    } catch {
      // A missing file is the link check's finding; here its size is unknown.
    }
    return { ...s, bytes };
  });
}
