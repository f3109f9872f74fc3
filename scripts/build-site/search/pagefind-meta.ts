// Reads Pagefind's metadata file (pagefind.<hash>.pf_meta), the one file the
// browser loads whole before any search. Its page table is the order the
// browser's Pagefind numbers records in, so the search manifest takes its
// record order from here instead of repeating every record's hash (README,
// “Search”). The format (gzip, the `pagefind_dcd` signature, then CBOR arrays:
// version, pages [hash, words, fragment group], index chunks [from, to, hash],
// filters [name, hash], then sorts and more) is Pagefind's own (1.6:
// pagefind_web/src/metadata.rs); this reader checks each part it uses and
// fails loudly if an upgrade changes it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

export interface PagefindMeta {
  version: string;
  /** Every record, in the order the browser's Pagefind numbers them. */
  pages: { hash: string; words: number; group: string }[];
  chunks: { from: string; to: string; hash: string }[];
  filters: { filter: string; hash: string }[];
}

/** Just enough CBOR for Pagefind's metadata: unsigned integers, text and arrays. */
function decodeCbor(bytes: Uint8Array): unknown {
  let at = 0;
  const text = new TextDecoder('utf-8', { fatal: true });
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (!size) throw new Error(`unsupported CBOR length ${info} at byte ${at}`);
    let n = 0;
    for (let i = 0; i < size; i += 1) n = n * 256 + bytes[at + i];
    at += size;
    return n;
  };
  const item = (): unknown => {
    const head = bytes[at];
    at += 1;
    const major = head >> 5;
    const info = head & 31;
    if (major === 4 && info === 31) {
      const out: unknown[] = [];
      while (bytes[at] !== 0xff) out.push(item());
      at += 1;
      return out;
    }
    const n = length(info);
    if (major === 0) return n;
    if (major === 3) {
      const value = text.decode(bytes.subarray(at, at + n));
      at += n;
      return value;
    }
    if (major === 4) return Array.from({ length: n }, item);
    throw new Error(`unexpected CBOR major type ${major} at byte ${at - 1}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`${bytes.length - at} bytes left after the CBOR value`);
  return value;
}

const isArray = (value: unknown, what: string): unknown[] => {
  if (!Array.isArray(value)) throw new Error(`Pagefind metadata: ${what} is not an array; was Pagefind upgraded?`);
  return value;
};
const tuple = <T extends unknown[]>(value: unknown, types: string[], what: string): T => {
  const list = isArray(value, what);
  if (list.length !== types.length || list.some((v, i) => typeof v !== types[i])) {
    throw new Error(`Pagefind metadata: ${what} is not [${types.join(', ')}]; was Pagefind upgraded?`);
  }
  return list as T;
};

export function parsePagefindMeta(file: Uint8Array): PagefindMeta {
  let bytes = Buffer.from(file);
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) bytes = gunzipSync(bytes);
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`not Pagefind metadata (no ${SIGNATURE} signature)`);
  const [version, pages, chunks, filters] = isArray(decodeCbor(bytes.subarray(SIGNATURE.length)), 'the file');
  if (typeof version !== 'string') throw new Error('Pagefind metadata: no version string; was Pagefind upgraded?');
  return {
    version,
    pages: isArray(pages, 'pages').map((p) => {
      const [hash, words, group] = tuple<[string, number, string]>(p, ['string', 'number', 'string'], 'a page');
      return { hash, words, group };
    }),
    chunks: isArray(chunks, 'index chunks').map((c) => {
      const [from, to, hash] = tuple<[string, string, string]>(c, ['string', 'string', 'string'], 'an index chunk');
      return { from, to, hash };
    }),
    filters: isArray(filters, 'filters').map((f) => {
      const [filter, hash] = tuple<[string, string]>(f, ['string', 'string'], 'a filter');
      return { filter, hash };
    }),
  };
}

/** The metadata file of a bundle directory: there is one per language, and this site has one language. */
export function metaFile(bundleDir: string): string {
  const files = readdirSync(bundleDir).filter((name) => name.endsWith('.pf_meta'));
  if (files.length !== 1) throw new Error(`${bundleDir}: expected one Pagefind metadata file, found ${files.length}`);
  return path.join(bundleDir, files[0]);
}

export function readPagefindMeta(bundleDir: string): PagefindMeta {
  return parsePagefindMeta(readFileSync(metaFile(bundleDir)));
}
