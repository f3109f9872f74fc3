// A saved web page's bytes → text. The byte-order mark wins, then the
// page's own <meta charset> or http-equiv declaration, then UTF-8 if the
// bytes are valid UTF-8, else GB18030. GB2312 and GBK pages are decoded as
// GB18030, their superset: sites declare gb2312 and serve GBK characters.
import iconv from 'iconv-lite';

/** `<meta charset="gbk">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, or XHTML's `<?xml … encoding="gb2312"?>`. */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)/i;
const GB_FAMILY = /^(gb2312|gbk|x-gbk|gb_2312-80|csgb2312|euc-cn|cp936|windows-936|gb18030)$/i;

export interface Decoded {
  text: string;
  /** The character set used, as named by the page (or found). */
  charset: string;
  /** Where it came from. */
  from: 'bom' | 'meta' | 'detected';
}

export function decodeWebPage(bytes: Uint8Array): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: iconv.decode(buffer.subarray(3), 'utf-8'), charset: 'utf-8', from: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), charset: 'utf-16le', from: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), charset: 'utf-16be', from: 'bom' };
  // Declarations are ASCII: look for one in the head, read as Latin-1.
  const match = META_CHARSET.exec(buffer.subarray(0, 4096).toString('latin1'));
  const declared = (match?.[1] ?? match?.[2])?.toLowerCase();
  if (declared) {
    const use = GB_FAMILY.test(declared) ? 'gb18030' : declared;
    if (iconv.encodingExists(use)) return { text: iconv.decode(buffer, use), charset: declared, from: 'meta' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', from: 'detected' };
  } catch {
    return { text: iconv.decode(buffer, 'gb18030'), charset: 'gb18030', from: 'detected' };
  }
}
