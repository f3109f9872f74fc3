// The search layer in the browser: looks each character of the query up in
// Pagefind, verifies phrases from the positions (verify.ts), groups records
// into documents with the manifest, ranks (rank.ts), and loads a record's
// fragment only to show its passages (highlight.ts).
import { labelAt, passageAround, recordCharacters, type Passage } from './highlight.ts';
import { decodeManifestBytes, MANIFEST_PATH, type Manifest, type ManifestDocument } from './manifest.ts';
import type { PagefindApi, PagefindFragment, PagefindResult } from './pagefind-api.ts';
import type { ParsedQuery } from './query.ts';
import { byDateThenTitle, byRelevance, titleHits } from './rank.ts';
import { documentLink } from './url-state.ts';
import { documentHits, type DocumentHits, type Hit, type RecordHits } from './verify.ts';

export async function loadManifest(url = MANIFEST_PATH): Promise<Manifest> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return decodeManifestBytes(new Uint8Array(await response.arrayBuffer()));
}

export interface DocumentResult {
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

/** Every document, newest first: browsing by filters alone. */
export function allDocuments(manifest: Manifest): DocumentResult[] {
  return manifest.documents
    .map((document, index) => ({ index, document, hits: null, titleHits: 0, occurrences: 0 }))
    .sort((a, b) => byDateThenTitle(a.document, b.document));
}

export class SearchEngine {
  /** Pagefind result handles of the last search, to load a record's fragment. */
  private handles = new Map<string, PagefindResult>();
  private fragments = new Map<string, Promise<PagefindFragment>>();

  private readonly pagefind: PagefindApi;
  readonly manifest: Manifest;

  constructor(pagefind: PagefindApi, manifest: Manifest) {
    this.pagefind = pagefind;
    this.manifest = manifest;
  }

  async search(query: ParsedQuery): Promise<DocumentResult[]> {
    const responses = await Promise.all(query.terms.map((term) => this.pagefind.search(term)));
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
    return documentHits(query.phrases, positions, (id) => this.manifest.records[id])
      .map((hits) => {
        const document = this.manifest.documents[hits.document];
        return { index: hits.document, document, hits, titleHits: titleHits(document.title, query.phrases), occurrences: hits.occurrences };
      })
      .sort((a, b) => byRelevance({ ...a.document, ...a }, { ...b.document, ...b }));
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
