// What a build made, from file sizes alone (no HTML parsing, so it stays
// cheap at 100×): HTML pages, dist/ and search-index bytes (by kind of file:
// index chunks, fragments, metadata, filters, runtime, manifest), the largest
// page and how many pages exceed the 1 MB budget.
import { statSync } from 'node:fs';
import path from 'node:path';
import { filesUnder, urlOf } from '../site/pages.ts';
import { PAGE_BUDGET_BYTES } from '../../src/paging/budget.ts';
import { KINDS, kindOf, type Kind } from './first-search.ts';

export { PAGE_BUDGET_BYTES };

export interface SiteFigures {
  pages: number;
  distBytes: number;
  /** Everything under dist/pagefind/. */
  indexBytes: number;
  /** The search bundle's files by kind, as files on disk. */
  search: Record<Kind, number>;
  largest: { url: string; bytes: number };
  over1Mb: number;
  /** The pages over the budget, largest first (at most 20). */
  overBudget: { url: string; bytes: number }[];
}

export function siteFigures(dist: string): SiteFigures {
  const search = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const figures: SiteFigures = { pages: 0, distBytes: 0, indexBytes: 0, search, largest: { url: '', bytes: 0 }, over1Mb: 0, overBudget: [] };
  for (const file of filesUnder(dist)) {
    const bytes = statSync(path.join(dist, file)).size;
    figures.distBytes += bytes;
    if (file.startsWith(`pagefind${path.sep}`)) {
      figures.indexBytes += bytes;
      search[kindOf(`/${file.split(path.sep).join('/')}`)] += bytes;
    }
    if (!file.endsWith('.html')) continue;
    figures.pages++;
    if (bytes > PAGE_BUDGET_BYTES) {
      figures.over1Mb++;
      figures.overBudget.push({ url: urlOf(file), bytes });
    }
    if (bytes > figures.largest.bytes) figures.largest = { url: urlOf(file), bytes };
  }
  figures.overBudget = figures.overBudget.sort((a, b) => b.bytes - a.bytes).slice(0, 20);
  return figures;
}
