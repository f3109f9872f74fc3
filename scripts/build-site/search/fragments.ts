// Reads back the fragments Pagefind wrote, to build the search manifest.
// Pagefind's Node API returns no record ids, and the browser gets only ids from
// a search, so the id → document map has to come from the written bundle. The
// fragment format (gzip, the `pagefind_dcd` signature, JSON) is Pagefind's own;
// this reader checks the signature and the fields it uses and fails loudly if
// a Pagefind upgrade changes them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MANIFEST_VERSION, type Manifest, type ManifestDocument } from '../../../src/search/manifest.ts';

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

export function buildManifest(fragments: Map<string, Fragment>): Manifest {
  const documents: ManifestDocument[] = [];
  const byUrl = new Map<string, number>();
  const records: Record<string, number> = {};
  const filterKeys: string[] = [];
  // Sorted by URL so the manifest is byte-identical between builds of the same site.
  const sorted = [...fragments].sort(([a, fa], [b, fb]) => fa.url.localeCompare(fb.url) || a.localeCompare(b));
  for (const [id, fragment] of sorted) {
    const url = documentUrl(fragment.url);
    let index = byUrl.get(url);
    if (index === undefined) {
      index = documents.length;
      byUrl.set(url, index);
      documents.push({ url, title: fragment.meta.title ?? url, date: fragment.meta.date ?? '', filters: fragment.filters });
      for (const key of Object.keys(fragment.filters)) if (!filterKeys.includes(key)) filterKeys.push(key);
    }
    records[id] = index;
  }
  return { version: MANIFEST_VERSION, filterKeys, documents, records };
}
