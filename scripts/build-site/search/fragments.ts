// Reads back the fragments Pagefind wrote, to build the search manifest and
// check what Pagefind made of each record (words, filters). Pagefind's Node API
// returns no record ids, so which record is which has to come from the
// written bundle. The
// fragment format (gzip, the `pagefind_dcd` signature, JSON) is Pagefind's own;
// this reader checks the signature and the fields it uses and fails loudly if
// a Pagefind upgrade changes them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type BundleManifest, MANIFEST_VERSION, type ManifestDocument } from '../../../src/search/manifest.ts';
import type { PagefindMeta } from './pagefind-meta.ts';

const SIGNATURE = 'pagefind_dcd';

export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text?: string; location: number }[];
}

export function readFragment(file: string): Fragment {
  let bytes = readFileSync(file);
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) bytes = gunzipSync(bytes);
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) {
    throw new Error(`${file}: not a Pagefind fragment (no ${SIGNATURE} signature); was Pagefind upgraded?`);
  }
  const fragment = JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as Fragment;
  for (const field of ['url', 'content', 'filters', 'meta', 'anchors'] as const) {
    if (!(field in fragment)) throw new Error(`${file}: fragment has no \`${field}\`; was Pagefind upgraded?`);
  }
  return fragment;
}

/** Record id as the browser API reports it: the fragment's file name without extension. */
export function readFragments(bundleDir: string): Map<string, Fragment> {
  const dir = path.join(bundleDir, 'fragment');
  const fragments = new Map<string, Fragment>();
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.pf_fragment')) fragments.set(name.replace(/\.pf_fragment$/, ''), readFragment(path.join(dir, name)));
  }
  return fragments;
}

/** Document URL of a record: records after the first carry `#part-N`. */
export function documentUrl(recordUrl: string): string {
  return recordUrl.replace(/#.*$/, '');
}

/**
 * A bundle's documents for the manifest, in the order of Pagefind's page
 * table (its metadata file), which the browser numbers records by. Checks that
 * the table holds exactly the records added, in the order they were added, so
 * each document's records stand together: the manifest then needs only how
 * many records each document has, not their ids.
 */
export function buildBundleManifest(meta: PagefindMeta, fragments: Map<string, Fragment>, added: readonly string[]): BundleManifest {
  if (meta.pages.length !== added.length) throw new Error(`Pagefind's page table lists ${meta.pages.length} records; ${added.length} were added`);
  const documents: ManifestDocument[] = [];
  const records: number[] = [];
  const seen = new Set<string>();
  meta.pages.forEach((page, i) => {
    const fragment = fragments.get(page.hash);
    if (!fragment) throw new Error(`Pagefind's page table lists ${page.hash}, which has no fragment`);
    if (fragment.url !== added[i]) {
      throw new Error(`Pagefind's page ${i} is ${fragment.url}, but ${added[i]} was added ${i}th: the record order is not the order they were added`);
    }
    const url = documentUrl(fragment.url);
    if (documents.at(-1)?.url === url) {
      records[records.length - 1] += 1;
      return;
    }
    if (seen.has(url)) throw new Error(`the records of ${url} are not one after another in Pagefind's page table`);
    seen.add(url);
    documents.push({ url, title: fragment.meta.title ?? url, date: fragment.meta.date ?? '', filters: fragment.filters });
    records.push(1);
  });
  return { version: MANIFEST_VERSION, documents, records };
}
