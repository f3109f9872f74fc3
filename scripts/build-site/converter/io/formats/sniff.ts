// Which reader a file needs, decided by its first bytes, not its name: files
// saved from government sites often carry the wrong extension (a PDF served
// as .doc, a web page saved as .xls). The extension only decides what the
// warning says when the two disagree.
import path from 'node:path';
import type { SourceFormat } from './extraction.ts';

/** What the bytes are; `legacy-office` and `zip` are recognised only to be refused by name. */
export type SniffedFormat = SourceFormat | 'legacy-office' | 'zip';

const PDF_MAGIC = '%PDF-';
/** Local file header of a zip archive (docx and xlsx are zip archives). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: Word 97–2003 .doc and Excel .xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A web page: a doctype or one of the elements every saved page opens with (after an XML declaration, for XHTML). */
const HTML_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b/i;
/** A fragment saved as a page (“article.htm” opening with <div>): markup first, and closing tags of text elements soon. */
const HTML_FRAGMENT = /^\s*<[a-z][\s\S]{0,4000}<\/(p|div|td|span|table|h[1-6])>/i;

const EXTENSION_FORMAT: Record<string, SniffedFormat> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.txt': 'text',
  '.doc': 'legacy-office',
  '.xls': 'legacy-office',
  '.et': 'legacy-office',
  '.wps': 'legacy-office',
};

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The format of a file from its bytes. A zip is told apart as docx or xlsx
 * by the names of its first entries, read from the raw archive (OOXML writers
 * put `[Content_Types].xml` and the part names in the local headers).
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  // The PDF header may follow up to 1 KB of other bytes (the spec allows it; some servers add them).
  if (head.includes(PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) {
    const names = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 16)));
    if (names.includes('word/')) return 'docx';
    if (names.includes('xl/')) return 'xlsx';
    return 'zip';
  }
  if (startsWith(bytes, OLE_MAGIC)) return 'legacy-office';
  // UTF-16 and UTF-8 byte-order marks: decode the head before looking for markup.
  const text =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? new TextDecoder('utf-16le').decode(bytes.subarray(0, 1024))
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? new TextDecoder('utf-16be').decode(bytes.subarray(0, 1024))
        : head.replace(/^\xef\xbb\xbf/, '');
  if (HTML_START.test(text) || HTML_FRAGMENT.test(text)) return 'html';
  return 'text';
}

/** What the file's name claims it is, or null for an extension that claims nothing. */
export function extensionFormat(name: string): SniffedFormat | null {
  return EXTENSION_FORMAT[path.extname(name).toLowerCase()] ?? null;
}
