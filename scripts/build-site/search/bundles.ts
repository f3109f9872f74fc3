// Which Pagefind bundle each indexed page goes to. The index is built as one
// bundle per province, one after another, so the indexer holds one province
// at a time (its peak memory is the largest province's, not the corpus's) and
// a search scoped to a province loads that bundle only (README, “Search”).
import { findProvince, NORTHWEST, PROVINCES } from '../../../src/domain/places.ts';

export interface IndexedPage {
  file: string;
  url: string;
  /** Value of the page's `province` filter; null when it has none. */
  province: string | null;
}

export interface BundlePlan {
  /** Folder under the site's /pagefind/, and the bundle's name in logs. */
  name: string;
  provinces: string[];
  /** In the order given (the build's sorted walk of the site): Pagefind numbers records in the order they are added, and the manifest follows that order. */
  pages: IndexedPage[];
}

/** Folder of the bundle of pages without a province filter. */
const NO_PROVINCE = 'other';

// `data-pagefind-filter` elements: the attribute names the key (its value is
// the element's text) or holds `key:value` pairs itself.
const FILTER_ELEMENT = /<[a-z][^>]*\sdata-pagefind-filter="([^"]*)"[^>]*>([^<]*)</g;

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Values of one filter on a built page, as Pagefind will read them. A cheap
 * look before the page is indexed; the build compares it with the filters
 * Pagefind wrote into each record's fragment, so a page this misreads fails
 * the build rather than landing in the wrong bundle.
 */
export function filterValuesOf(html: string, key: string): string[] {
  const values: string[] = [];
  for (const [, attribute, text] of html.matchAll(FILTER_ELEMENT)) {
    for (const entry of decode(attribute).split(',')) {
      const [name, ...rest] = entry.trim().split(':');
      if (name.trim() !== key) continue;
      const value = rest.length ? rest.join(':').trim() : decode(text).replace(/\s+/g, ' ').trim();
      if (value && !values.includes(value)) values.push(value);
    }
  }
  return values;
}

/** The folder name of a province's bundle: its slug in the gazetteer, else one made from its characters. */
export function bundleName(province: string | null): string {
  if (province === null) return NO_PROVINCE;
  return findProvince(province)?.slug ?? `p-${[...province].map((c) => c.codePointAt(0)!.toString(36)).join('')}`;
}

/** Provinces in the site's order (the Northwest first, then the gazetteer's, then others by name); pages without a province last. */
function provinceOrder(a: string | null, b: string | null): number {
  const rank = (name: string | null) => {
    if (name === null) return Number.MAX_SAFE_INTEGER;
    const northwest = NORTHWEST.indexOf(name);
    if (northwest >= 0) return northwest;
    const known = PROVINCES.findIndex((p) => p.name === name);
    return known >= 0 ? NORTHWEST.length + known : NORTHWEST.length + PROVINCES.length;
  };
  return rank(a) - rank(b) || (a ?? '').localeCompare(b ?? '', 'zh-CN');
}

/**
 * Index chunk size for a bundle whose pages weigh `bytes`. Pagefind closes a
 * chunk once its words' positions, plus one for each record a word is in,
 * reach this (its default is 20,000). A search loads the bundle's metadata,
 * which lists every chunk, and the chunk of each pair it looks up: a bundle
 * cut finer costs more metadata and smaller chunks. The total is least near a
 * size that grows with the square root of the bundle (metadata a·U/S, chunks
 * b·S for U positions in chunks of S): measured on the largest province at
 * 100× (25 MB of pages), 3,000 was best (500: metadata 49.8 kB and the p90
 * query's chunks 12.4 kB; 3,000: 16.2 and 20.2 kB; 10,000: 9.1 and 41.0 kB),
 * and at 1× (甘肃, 1.1 MB) 500–1,000.
 */
export function chunkSizeFor(bytes: number): number {
  return Math.max(200, Math.round(0.6 * Math.sqrt(bytes)));
}

export function planBundles(pages: IndexedPage[]): BundlePlan[] {
  const byProvince = new Map<string | null, IndexedPage[]>();
  for (const page of pages) {
    const list = byProvince.get(page.province);
    if (list) list.push(page);
    else byProvince.set(page.province, [page]);
  }
  const plans = [...byProvince.keys()].sort(provinceOrder).map((province) => ({
    name: bundleName(province),
    provinces: province === null ? [] : [province],
    pages: byProvince.get(province)!,
  }));
  const names = new Set<string>();
  for (const plan of plans) {
    if (names.has(plan.name)) throw new Error(`two search bundles would share the folder ${plan.name}`);
    names.add(plan.name);
  }
  return plans;
}
