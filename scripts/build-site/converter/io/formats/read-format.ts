// One file through the reader of its format. Runs inside a process of its own
// (extract-child.ts), where a hang or a blow-up ends only that process.
import type { Diagnostic } from '../../diagnostics.ts';
import type { ReaderOptions, ReaderResult, SourceFormat } from './extraction.ts';

export type ReadableFormat = Exclude<SourceFormat, 'text'>;

type Reader = (file: string, bytes: Uint8Array, options: ReaderOptions) => ReaderResult | Promise<ReaderResult>;

// Loaded on demand: a worker reading a web page need not load pdf.js and exceljs.
const READERS: Record<ReadableFormat, () => Promise<Reader>> = {
  pdf: async () => (await import('./pdf.ts')).readPdf,
  docx: async () => (await import('./docx.ts')).readWordDocument,
  xlsx: async () => (await import('./xlsx.ts')).readWorkbook,
  html: async () => (await import('./html.ts')).readWebPage,
};

export async function readFormat(format: ReadableFormat, file: string, bytes: Uint8Array, options: ReaderOptions = {}): Promise<ReaderResult> {
  try {
    return await (await READERS[format]())(file, bytes, options);
  } catch (error) {
    const diagnostic: Diagnostic = {
      file,
      line: null,
      ruleId: `${format}/reader-failed`,
      reason: `the ${format} reader failed (${(error as Error).message}): the file is corrupt or of a kind it does not know`,
      fatal: true,
    };
    return { extraction: null, diagnostics: [diagnostic] };
  }
}
