// Reads back the fragments Pagefind wrote, to build the search manifest and
// check what Pagefind made of each record (words, filters), and puts the
// record's characters back in place of the index words Pagefind stored.
// Pagefind's Node API returns no record ids, so which record is which has to
// come from the written bundle. The fragment format (gzip, the `pagefind_dcd`
// signature, JSON) is Pagefind's own; this reader checks the signature and
// the fields it uses and fails loudly if a Pagefind upgrade changes them.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { indexWords } from '../../../src/search/index-words.ts';
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

/**
 * Writes a fragment as Pagefind does: the signature and the JSON, gzipped, at
 * zlib's default level (level 9 made fragments 3% smaller in 3.6 times the
 * time: half a second of the largest bundle's nine at 100×). A new file, never
 * the old one written over (the old may be a hard link).
 */
export function writeFragment(file: string, fragment: Fragment): void {
  rmSync(file, { force: true });
  writeFileSync(file, gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from(JSON.stringify(fragment))])));
}

/**
 * The fragment with the record's text in place of its index words. Pagefind
 * stores what it indexed, one word a position with U+200B after each, and
 * the browser shows passages from it (src/search/highlight.ts): the pairs'
 * codes would double the bytes and show nothing readable. Headings' anchor
 * texts are index words too. Throws where a word is not the one the index
 * view gave that position: then positions would not be character offsets.
 */
export function restoreText(fragment: Fragment, text: string): Fragment {
  const chars = [...text];
  const words = indexWords(chars);
  const expected = (at: number) => words[at] ?? chars[at];
  const segments = fragment.content.split('\u200B');
  const mismatch = (what: string, at: number, found: string) =>
    new Error(
      `${fragment.url}: Pagefind indexed ${what} “${found}” at position ${at} where the index view put “${expected(at)}” (${chars.length} positions, ${segments.length} words); positions would not be character offsets`,
    );
  if (segments.length !== chars.length || fragment.word_count !== chars.length) {
    throw new Error(`${fragment.url}: Pagefind made ${fragment.word_count} words of ${chars.length} characters; positions would not be character offsets`);
  }
  const content = segments
    .map((segment, at) => {
      const word = segment.trim();
      if (word !== expected(at)) throw mismatch('the word', at, word);
      return segment.replace(word, () => chars[at]);
    })
    .join('\u200B');
  const anchors = fragment.anchors.map((anchor) => {
    if (!anchor.text) return anchor;
    const found = anchor.text.split(/\s+/).filter(Boolean);
    found.forEach((word, k) => {
      if (word !== expected(anchor.location + k)) throw mismatch(`the heading's word`, anchor.location + k, word);
    });
    return { ...anchor, text: chars.slice(anchor.location, anchor.location + found.length).join(' ') };
  });
  return { ...fragment, content, anchors };
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
