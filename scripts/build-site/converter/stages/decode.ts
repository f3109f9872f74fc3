// Bytes → text. UTF-8 (with or without BOM) first; GB18030, the
// superset of GBK that Chinese government sites still serve, second. Binary
// files are refused rather than turned into mojibake.
import { fatal, warning, type Diagnostic } from '../diagnostics.ts';
import type { Manifest } from '../manifest.ts';
import type { RawSource, SourceText } from '../model.ts';

/** C0 control characters besides tab, newline and CR: never text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they tell binary input from text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Share of C0 control characters (besides tab/newline/CR) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.01;

export function decodeSource(raw: RawSource, manifest: Manifest | null): { value: SourceText | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const entry = manifest?.files.find((f) => f.file === raw.name) ?? null;
  if (manifest && !entry) {
    diagnostics.push(warning(raw.file, null, 'manifest/no-entry', 'file has no manifest entry: its layout and metadata are read from its text'));
  }
  if (raw.extraction) {
    // Read already by its format's reader (io/formats/): lines with their origins.
    const { lines, format, charset } = raw.extraction;
    // A PDF's unmapped glyphs can come out as control characters: they are not
    // text. A line break inside a line would shift every line after it off its origin.
    const text = lines.map((l) => l.text.replace(/[\r\n]+/g, ' ').replace(CONTROL, '')).join('\n');
    const origins = lines.map(({ page, cells }) => ({ page, cells }));
    const encoding = charset && /gb|18030/i.test(charset) ? 'gb18030' : 'utf-8';
    return { value: { file: raw.file, name: raw.name, text, encoding, format, origins, manifest: entry, bytes: raw.bytes.length }, diagnostics };
  }
  if (raw.bytes.length === 0) {
    diagnostics.push(fatal(raw.file, null, 'decode/empty', 'file is empty: nothing to convert'));
    return { value: null, diagnostics };
  }
  if (raw.bytes.includes(0)) {
    const line = lineOfByte(raw.bytes, raw.bytes.indexOf(0));
    diagnostics.push(fatal(raw.file, line, 'decode/binary', 'file holds NUL bytes: it is binary, not text (expected UTF-8 or GB18030 text)'));
    return { value: null, diagnostics };
  }

  let text: string;
  let encoding: SourceText['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(raw.bytes);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(raw.bytes);
      encoding = 'gb18030';
      diagnostics.push(warning(raw.file, null, 'decode/gb18030', 'file is not UTF-8; decoded as GB18030/GBK'));
    } catch {
      const line = firstInvalidUtf8Line(raw.bytes);
      diagnostics.push(fatal(raw.file, line, 'decode/undecodable', 'file is neither UTF-8 nor GB18030: re-save it as UTF-8'));
      return { value: null, diagnostics };
    }
  }

  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls / text.length > MAX_CONTROL_SHARE) {
    diagnostics.push(fatal(raw.file, null, 'decode/binary', 'file is mostly control characters: it is binary, not text'));
    return { value: null, diagnostics };
  }
  if (text.trim() === '') {
    diagnostics.push(fatal(raw.file, null, 'decode/empty', 'file holds only white space: nothing to convert'));
    return { value: null, diagnostics };
  }
  return {
    value: { file: raw.file, name: raw.name, text, encoding, format: 'text', manifest: entry, bytes: raw.bytes.length },
    diagnostics,
  };
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, i));
      } catch {
        return lineOfByte(bytes, start);
      }
      start = i + 1;
    }
  }
  return 1;
}
