// The search manifest: small files, written beside the Pagefind bundles by
// scripts/build-site/search/build-index.ts, that tell the browser which
// bundles there are, which document each Pagefind record belongs to and what
// to show for a document without loading any Pagefind fragment. Pagefind
// keeps titles, filters and text in per-record fragments; loading one per
// result would cost more than the whole index does (see README, “Search”), so
// results are listed from here and fragments are fetched only for the
// passages on screen.
//
// The index is cut into bundles, one per province (README, “Search”): a
// search scoped to a province loads its bundle only. The manifest is cut the
// same way: a root file lists the bundles, and each bundle's folder holds the
// documents of that bundle. Record ids (Pagefind's fragment hashes) are not
// written here: Pagefind's own metadata file lists them, and the browser takes
// them from Pagefind in the order of that list (engine.ts), which the build
// checks is the order of `records` below.

/** Bumped when the shape on the wire changes, so a stale cached manifest fails loudly. */
export const MANIFEST_VERSION = 4;

/** Site path of the root manifest (gzip; see `decodeManifestBytes`). */
export const MANIFEST_PATH = '/pagefind/policy-manifest.json.gz';

/** File name of a bundle's documents, inside the bundle's folder. */
export const BUNDLE_DOCUMENTS = 'policy-documents.json.gz';

/**
 * File name of a bundle's chunk starts, inside the bundle's folder: a JSON
 * array of the first words of the index chunks that begin inside one
 * character's run of pairs (`chunkStartsInRuns`). Loaded only for a
 * one-character lookup.
 */
export const BUNDLE_CHUNK_STARTS = 'policy-chunk-starts.json.gz';

export interface SearchBundle {
  /** Site path of the Pagefind bundle, ending in `/`: /pagefind/ningxia/ */
  path: string;
  /** Values of the `province` filter its documents have: a search scoped to them needs this bundle only. */
  provinces: string[];
  /** Documents in the bundle; a document is in one bundle only. */
  documents: number;
  /** Pagefind records (pages of its index) in the bundle. */
  records: number;
  /** Bytes of the files merging it loads before any index chunk: Pagefind's entry and metadata, and its documents here. */
  bytes: number;
  /** Mean bytes of one of its index chunks: what looking up one word in it costs at least (Pagefind loads a whole chunk). */
  chunkBytes: number;
}

export interface RootManifest {
  version: number;
  /** Filter keys in the order the build met them. */
  filterKeys: string[];
  bundles: SearchBundle[];
  /** Bytes of index chunks per indexed character (one index word each), over the whole index: what a word's positions cost to fetch. */
  bytesPerPosition: number;
}

export interface ManifestDocument {
  /** Page URL, e.g. /documents/ningxia-yinchuan-2023-0d1f2a/ */
  url: string;
  title: string;
  /** Issue date, ISO, or '' when the document states none. */
  date: string;
  /** Pagefind filter values of the page (province, city, year, level, theme, …). */
  filters: Record<string, string[]>;
}

export interface BundleManifest {
  version: number;
  documents: ManifestDocument[];
  /**
   * Per document (same index), how many Pagefind records it has. Records are
   * listed in Pagefind's page order, a document's records one after another:
   * the first `records[0]` pages of the bundle are document 0's, and so on.
   */
  records: number[];
}

/**
 * A bundle's documents as written: columns instead of one object per
 * document, and each filter value once with documents pointing at it. A
 * nationwide first query loads every bundle's file, so their size is a
 * per-query cost.
 */
export interface BundleManifestWire {
  version: number;
  url: string[];
  title: string[];
  date: string[];
  /** Per filter key: its distinct values, and per document the indexes of its values. */
  filters: Record<string, { values: string[]; documents: number[][] }>;
  records: number[];
}

export function encodeBundleManifest(manifest: BundleManifest): BundleManifestWire {
  const keys = [...new Set(manifest.documents.flatMap((d) => Object.keys(d.filters)))];
  const filters: BundleManifestWire['filters'] = {};
  for (const key of keys) {
    const values = [...new Set(manifest.documents.flatMap((d) => d.filters[key] ?? []))].sort();
    const index = new Map(values.map((v, i) => [v, i]));
    filters[key] = { values, documents: manifest.documents.map((d) => (d.filters[key] ?? []).map((v) => index.get(v)!)) };
  }
  return {
    version: MANIFEST_VERSION,
    url: manifest.documents.map((d) => d.url),
    title: manifest.documents.map((d) => d.title),
    date: manifest.documents.map((d) => d.date),
    filters,
    records: manifest.records,
  };
}

function checkVersion(version: unknown): void {
  if (version !== MANIFEST_VERSION) throw new Error(`search manifest version ${String(version)}, expected ${MANIFEST_VERSION}: rebuild the site`);
}

export function expandBundleManifest(wire: BundleManifestWire): BundleManifest {
  checkVersion(wire.version);
  const documents: ManifestDocument[] = wire.url.map((url, i) => {
    const filters: Record<string, string[]> = {};
    for (const [key, { values, documents: indexes }] of Object.entries(wire.filters)) {
      if (indexes[i].length) filters[key] = indexes[i].map((v) => values[v]);
    }
    return { url, title: wire.title[i], date: wire.date[i], filters };
  });
  return { version: MANIFEST_VERSION, documents, records: wire.records };
}

export function checkRootManifest(manifest: RootManifest): RootManifest {
  checkVersion(manifest.version);
  return manifest;
}

/** Parses manifest bytes, gzip or plain: some static servers decode `.gz` for the browser. */
export async function decodeJsonBytes(bytes: Uint8Array): Promise<unknown> {
  let plain = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    plain = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  return JSON.parse(new TextDecoder().decode(plain));
}
