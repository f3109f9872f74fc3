// The search manifest: one small file, written next to the Pagefind bundle by
// scripts/search/build-index.ts, that tells the browser which document each
// Pagefind record belongs to and what to show for a document without loading
// any Pagefind fragment. Pagefind keeps titles, filters and text in per-record
// fragments; loading one per result would cost more than the whole index does
// (see README, “Search”), so results are listed from here and fragments are
// fetched only for the passages on screen.

/** Bumped when the shape on the wire changes, so a stale cached manifest fails loudly. */
export const MANIFEST_VERSION = 2;

/** Site path of the manifest (gzip; see `decodeManifestBytes`). */
export const MANIFEST_PATH = '/pagefind/policy-manifest.json.gz';

export interface ManifestDocument {
  /** Page URL, e.g. /documents/ningxia-yinchuan-2023-0d1f2a/ */
  url: string;
  title: string;
  /** Issue date, ISO, or '' when the document states none. */
  date: string;
  /** Pagefind filter values of the page (province, city, year, level, theme, …). */
  filters: Record<string, string[]>;
}

export interface Manifest {
  version: number;
  /** Filter keys in the order the build met them. */
  filterKeys: string[];
  documents: ManifestDocument[];
  /** Pagefind record id (fragment hash) → index into `documents`. */
  records: Record<string, number>;
}

/**
 * The manifest as written: columns instead of one object per document, each
 * filter value once with documents pointing at it, and each document's record
 * ids in one string without their shared prefix. Every first query loads the
 * whole file, so its size is a per-query cost: at 100× (4,200 documents,
 * 13,411 records) this layout is about a third smaller gzipped than plain
 * objects (README, “Search”).
 */
export interface ManifestWire {
  version: number;
  filterKeys: string[];
  url: string[];
  title: string[];
  date: string[];
  /** Per filter key: its distinct values, and per document the indexes of its values. */
  filters: Record<string, { values: string[]; documents: number[][] }>;
  /** Prefix every record id starts with (Pagefind's language, e.g. `zh-cn_`). */
  recordPrefix: string;
  /** Per document: its record ids, prefix removed, separated by spaces. */
  records: string[];
}

export function encodeManifest(manifest: Manifest): ManifestWire {
  const ids = Object.keys(manifest.records);
  let recordPrefix = ids[0] ?? '';
  for (const id of ids) {
    if (/\s/.test(id)) throw new Error(`search manifest: record id “${id}” holds whitespace`);
    // Shorter than every id, so no id is left empty.
    while (!id.startsWith(recordPrefix) || recordPrefix.length >= id.length) recordPrefix = recordPrefix.slice(0, -1);
  }
  const records: string[][] = manifest.documents.map(() => []);
  for (const id of ids.sort()) records[manifest.records[id]].push(id.slice(recordPrefix.length));
  const filters: ManifestWire['filters'] = {};
  for (const key of manifest.filterKeys) {
    const values = [...new Set(manifest.documents.flatMap((d) => d.filters[key] ?? []))].sort();
    const index = new Map(values.map((v, i) => [v, i]));
    filters[key] = { values, documents: manifest.documents.map((d) => (d.filters[key] ?? []).map((v) => index.get(v)!)) };
  }
  return {
    version: MANIFEST_VERSION,
    filterKeys: manifest.filterKeys,
    url: manifest.documents.map((d) => d.url),
    title: manifest.documents.map((d) => d.title),
    date: manifest.documents.map((d) => d.date),
    filters,
    recordPrefix,
    records: records.map((r) => r.join(' ')),
  };
}

export function expandManifest(wire: ManifestWire): Manifest {
  if (wire.version !== MANIFEST_VERSION) {
    throw new Error(`search manifest version ${wire.version}, expected ${MANIFEST_VERSION}: rebuild the site`);
  }
  const documents: ManifestDocument[] = wire.url.map((url, i) => {
    const filters: Record<string, string[]> = {};
    for (const key of wire.filterKeys) {
      const indexes = wire.filters[key].documents[i];
      if (indexes.length) filters[key] = indexes.map((v) => wire.filters[key].values[v]);
    }
    return { url, title: wire.title[i], date: wire.date[i], filters };
  });
  const records: Record<string, number> = {};
  wire.records.forEach((ids, document) => {
    for (const id of ids.split(' ')) if (id) records[wire.recordPrefix + id] = document;
  });
  return { version: MANIFEST_VERSION, filterKeys: wire.filterKeys, documents, records };
}

/** Parses manifest bytes, gzip or plain: some static servers decode `.gz` for the browser. */
export async function decodeManifestBytes(bytes: Uint8Array): Promise<Manifest> {
  let plain = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    plain = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  return expandManifest(JSON.parse(new TextDecoder().decode(plain)) as ManifestWire);
}
