// The search layer in the browser: loads the bundles a search needs (one per
// province, manifest.ts), looks the query's index words up in Pagefind
// (query.ts), verifies phrases from the positions (verify.ts), groups records into
// documents with the manifest, ranks (rank.ts), and loads a record's fragment
// only to show its passages (highlight.ts).
import { labelAt, passageAround, recordCharacters, type Passage } from './highlight.ts';
import {
  type BundleManifest,
  type BundleManifestWire,
  BUNDLE_CHUNK_STARTS,
  BUNDLE_DOCUMENTS,
  checkRootManifest,
  decodeJsonBytes,
  expandBundleManifest,
  MANIFEST_PATH,
  type ManifestDocument,
  type RootManifest,
  type SearchBundle,
} from './manifest.ts';
import { isCharacterCode } from './index-words.ts';
import type { PagefindFragment, PagefindInstance, PagefindResult } from './pagefind-api.ts';
import type { ParsedQuery } from './query.ts';
import { byDateThenTitle, byRelevance, titleHits } from './rank.ts';
import { documentLink } from './url-state.ts';
import { documentHits, type DocumentHits, type Hit, type RecordHits } from './verify.ts';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return decodeJsonBytes(new Uint8Array(await response.arrayBuffer()));
}

export async function loadRootManifest(url = MANIFEST_PATH): Promise<RootManifest> {
  return checkRootManifest((await fetchJson(url)) as RootManifest);
}

/** The bundles a search over these provinces needs: theirs, or every bundle when none is chosen. */
export function bundlesFor(root: RootManifest, provinces: readonly string[]): SearchBundle[] {
  if (provinces.length === 0) return root.bundles;
  return root.bundles.filter((b) => b.provinces.some((p) => provinces.includes(p)));
}

export interface DocumentResult {
  /** Index of the document in the site's list (`Catalog.documents`), stable whatever was loaded first. */
  index: number;
  document: ManifestDocument;
  /** Null when browsing without a query. */
  hits: DocumentHits | null;
  titleHits: number;
  occurrences: number;
}

export interface SubResult {
  url: string;
  label: string;
  hits: number;
  passage: Passage;
}

export interface ResultDetail {
  passage: Passage | null;
  subResults: SubResult[];
  /** Hits in records not loaded yet. */
  moreHits: number;
}

/**
 * The documents of the bundles loaded so far. A document's index is its place
 * in the whole site's list (bundles in the root manifest's order, then each
 * bundle's own order), so results sort the same whichever bundle came first.
 */
export class Catalog {
  readonly root: RootManifest;
  readonly documents: (ManifestDocument | undefined)[];
  private readonly offsets = new Map<SearchBundle, number>();
  private readonly parts = new Map<SearchBundle, Promise<BundleManifest>>();

  constructor(root: RootManifest) {
    this.root = root;
    let offset = 0;
    for (const bundle of root.bundles) {
      this.offsets.set(bundle, offset);
      offset += bundle.documents;
    }
    this.documents = new Array(offset).fill(undefined);
  }

  /** A bundle's documents, fetched once. */
  part(bundle: SearchBundle): Promise<BundleManifest> {
    let part = this.parts.get(bundle);
    if (!part) {
      part = (async () => {
        const manifest = expandBundleManifest((await fetchJson(`${bundle.path}${BUNDLE_DOCUMENTS}`)) as BundleManifestWire);
        if (manifest.documents.length !== bundle.documents)
          throw new Error(`${bundle.path}: ${manifest.documents.length} documents, the root manifest says ${bundle.documents}: rebuild the site`);
        const offset = this.offsets.get(bundle)!;
        manifest.documents.forEach((document, i) => {
          this.documents[offset + i] = document;
        });
        return manifest;
      })();
      this.parts.set(bundle, part);
      part.catch(() => this.parts.delete(bundle));
    }
    return part;
  }

  offset(bundle: SearchBundle): number {
    return this.offsets.get(bundle)!;
  }

  async load(bundles: readonly SearchBundle[]): Promise<void> {
    await Promise.all(bundles.map((b) => this.part(b)));
  }

  /** Every loaded document of these bundles, newest first: browsing by filters alone. */
  browse(bundles: readonly SearchBundle[]): DocumentResult[] {
    const out: DocumentResult[] = [];
    for (const bundle of bundles) {
      const offset = this.offset(bundle);
      for (let i = offset; i < offset + bundle.documents; i++) {
        const document = this.documents[i];
        if (document) out.push({ index: i, document, hits: null, titleHits: 0, occurrences: 0 });
      }
    }
    return out.sort((a, b) => byDateThenTitle(a.document, b.document) || a.index - b.index);
  }
}

export class SearchEngine {
  /** Pagefind result handles of the last search, to load a record's fragment. */
  private handles = new Map<string, PagefindResult>();
  private fragments = new Map<string, Promise<PagefindFragment>>();
  private chunkStarts = new Map<SearchBundle, Promise<string[]>>();
  /** Record id → document index, for the bundles merged so far. */
  private readonly recordDocument = new Map<string, number>();
  /** Bundles in the order they were given to Pagefind (the order its results list records in a search by filters alone). */
  private readonly merged: SearchBundle[] = [];
  private pagefind: Promise<PagefindInstance> | undefined;
  /** One change of the merged bundles at a time, and searches after it. */
  private queue: Promise<unknown> = Promise.resolve();

  readonly catalog: Catalog;
  private readonly start: (basePath: string) => Promise<PagefindInstance>;

  constructor(catalog: Catalog, start: (basePath: string) => Promise<PagefindInstance>) {
    this.catalog = catalog;
    this.start = start;
  }

  /** Positions found by the last search of each index word of its query, in the order of `query.terms`. */
  positions: number[] = [];

  /** Bundles Pagefind searches now: a search covers at least those asked for, and any merged before. */
  get searched(): readonly SearchBundle[] {
    return this.merged;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Merges the bundles not merged yet and learns their record ids. */
  include(bundles: readonly SearchBundle[]): Promise<void> {
    return this.serial(async () => {
      const added = bundles.filter((b) => !this.merged.includes(b));
      if (added.length === 0) return;
      const parts = Promise.all(added.map((b) => this.catalog.part(b)));
      this.pagefind ??= this.start(added[0].path);
      // Pagefind starts loading meanwhile; a failure of it is met below, or by the next search.
      this.pagefind.catch(() => undefined);
      // The bundles' documents before any merge: a bundle merged into Pagefind whose documents then
      // failed to load would count as searched and find nothing ever after (a site review saw “没有找到”).
      const manifests = await parts;
      let pagefind: PagefindInstance;
      try {
        pagefind = await this.pagefind;
      } catch (error) {
        this.pagefind = undefined;
        throw error;
      }
      const merging = this.merged.length === 0 ? added.slice(1) : added;
      // Called together, in order: Pagefind adds each to its list as it is called.
      await Promise.all(merging.map((b) => pagefind.mergeIndex(b.path)));
      this.merged.push(...added);
      // A search by filters alone lists every record of every bundle: bundles in
      // the order merged, each in its page table's order, which the build
      // checked is the order of the manifest's records (fragments.ts).
      const ids = ((await pagefind.search(null))?.results ?? []).map((r) => r.id);
      const expected = this.merged.reduce((sum, b) => sum + b.records, 0);
      if (ids.length !== expected) throw new Error(`Pagefind lists ${ids.length} records, the manifest ${expected}: rebuild the site`);
      let at = ids.length - added.reduce((sum, b) => sum + b.records, 0);
      added.forEach((bundle, i) => {
        const offset = this.catalog.offset(bundle);
        manifests[i].records.forEach((count, document) => {
          for (let r = 0; r < count; r++) this.recordDocument.set(ids[at++], offset + document);
        });
      });
    });
  }

  /** Documents that hold the query, over `bundles` (and any merged before), best first. */
  search(query: ParsedQuery, bundles: readonly SearchBundle[]): Promise<DocumentResult[]> {
    return this.include(bundles).then(() => this.serial(() => this.lookUp(query)));
  }

  private async lookUp(query: ParsedQuery): Promise<DocumentResult[]> {
    if (!this.pagefind) {
      // No bundle to search (a province filter no bundle holds).
      this.positions = query.terms.map(() => 0);
      return [];
    }
    const pagefind = await this.pagefind;
    await this.loadRuns(pagefind, query.terms.filter(isCharacterCode));
    const responses = await Promise.all(query.terms.map((term) => pagefind.search(term)));
    const positions = new Map<string, Map<string, number[]>>();
    const handles = new Map<string, PagefindResult>();
    responses.forEach((response, i) => {
      for (const result of response?.results ?? []) {
        if (result.words.length === 0) continue; // matched the title metadata only
        let record = positions.get(result.id);
        if (!record) positions.set(result.id, (record = new Map()));
        record.set(
          query.terms[i],
          [...result.words].sort((a, b) => a - b),
        );
        handles.set(result.id, result);
      }
    });
    this.handles = handles;
    this.positions = responses.map((response) => (response?.results ?? []).reduce((sum, r) => sum + r.words.length, 0));
    return documentHits(query.phrases, positions, (id) => this.recordDocument.get(id))
      .map((hits) => {
        const document = this.catalog.documents[hits.document]!;
        return { index: hits.document, document, hits, titleHits: titleHits(document.title, query.phrases), occurrences: hits.occurrences };
      })
      .sort((a, b) => byRelevance({ ...a.document, ...a }, { ...b.document, ...b }) || a.index - b.index);
  }

  /**
   * Pagefind matches a character's code as a prefix only against the index
   * chunks it has loaded, and loads one chunk per word: a frequent
   * character's pairs fill several. Loads all of them first, by looking up
   * the first word of each (index-words.ts, `chunkStartsInRuns`).
   */
  private async loadRuns(pagefind: PagefindInstance, codes: readonly string[]): Promise<void> {
    if (codes.length === 0) return;
    const lists = await Promise.all(this.merged.map((bundle) => this.chunkStartsOf(bundle)));
    const starts = [...new Set(lists.flat().filter((word) => codes.some((code) => word.startsWith(code))))];
    if (starts.length) await pagefind.preload(starts.join(' '));
  }

  private chunkStartsOf(bundle: SearchBundle): Promise<string[]> {
    let starts = this.chunkStarts.get(bundle);
    if (!starts) {
      this.chunkStarts.set(bundle, (starts = fetchJson(`${bundle.path}${BUNDLE_CHUNK_STARTS}`) as Promise<string[]>));
      starts.catch(() => this.chunkStarts.delete(bundle));
    }
    return starts;
  }

  private fragment(record: string): Promise<PagefindFragment> {
    let fragment = this.fragments.get(record);
    if (!fragment) {
      const handle = this.handles.get(record);
      if (!handle) return Promise.reject(new Error(`record ${record} is not in the last search`));
      this.fragments.set(record, (fragment = handle.data()));
    }
    return fragment;
  }

  /** Passages and sub-results of a result, from its `records` records with the most hits. */
  async details(result: DocumentResult, query: ParsedQuery, records = 1): Promise<ResultDetail> {
    if (!result.hits) return { passage: null, subResults: [], moreHits: 0 };
    const loaded = result.hits.records.slice(0, records);
    const fragments = await Promise.all(loaded.map((r) => this.fragment(r.record)));
    let passage: Passage | null = null;
    const subResults: SubResult[] = [];
    loaded.forEach((record, i) => {
      // Record ids came from Pagefind's order, not from the fragments: a fragment of another document means they disagree.
      if (fragments[i].url.replace(/#.*$/, '') !== result.document.url) {
        throw new Error(`record ${record.record} is ${fragments[i].url}, the manifest says ${result.document.url}: rebuild the site`);
      }
      const chars = recordCharacters(fragments[i]);
      passage ??= passageAround(chars, record.hits, record.hits[0], 90);
      subResults.push(...subResultsOf(record, fragments[i], chars, result.document.url, query.text));
    });
    const moreHits = result.hits.records.slice(records).reduce((sum, r) => sum + r.hits.length, 0);
    return { passage, subResults, moreHits };
  }
}

/** Hits grouped by the measure or heading (the last anchor at or before them) they are in. */
function subResultsOf(record: RecordHits, fragment: PagefindFragment, chars: string[], url: string, query: string): SubResult[] {
  const anchors = [...fragment.anchors].filter((a) => a.id).sort((a, b) => a.location - b.location);
  const groups = new Map<number, Hit[]>();
  for (const hit of record.hits) {
    let at = -1;
    for (let i = 0; i < anchors.length && anchors[i].location <= hit.start; i++) at = i;
    groups.set(at, [...(groups.get(at) ?? []), hit]);
  }
  return [...groups].map(([at, hits]) => {
    const anchor = at >= 0 ? anchors[at] : null;
    const label = !anchor ? '文件开头' : /^h\d$/.test(anchor.element) && anchor.text ? anchor.text.replace(/\s+/g, '') : labelAt(chars, anchor.location);
    return { url: documentLink(url, query, anchor?.id), label, hits: hits.length, passage: passageAround(chars, record.hits, hits[0], 60) };
  });
}
