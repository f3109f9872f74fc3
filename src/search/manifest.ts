// The search manifest: one small file, written next to the Pagefind bundle by
// scripts/search/build-index.ts, that tells the browser which document each
// Pagefind record belongs to and what to show for a document without loading
// any Pagefind fragment. Pagefind keeps titles, filters and text in per-record
// fragments; loading one per result would cost more than the whole index does
// (see README, “Search”), so results are listed from here and fragments are
// fetched only for the passages on screen.

/** Bumped when the shape changes, so a stale cached manifest fails loudly. */
export const MANIFEST_VERSION = 1;

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

/** Parses manifest bytes, gzip or plain: some static servers decode `.gz` for the browser. */
export async function decodeManifestBytes(bytes: Uint8Array): Promise<Manifest> {
  let plain = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    plain = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  const manifest = JSON.parse(new TextDecoder().decode(plain)) as Manifest;
  if (manifest.version !== MANIFEST_VERSION) {
    throw new Error(`search manifest version ${manifest.version}, expected ${MANIFEST_VERSION}: rebuild the site`);
  }
  return manifest;
}
