// What a format reader hands the converter: the document as lines of text,
// each with where it came from, plus what was left out on purpose. Every
// later stage reads these lines exactly as it reads a plain-text source.

/** Formats the read step recognises by their bytes. */
export type SourceFormat = 'text' | 'pdf' | 'docx' | 'xlsx' | 'html';

export interface ExtractedLine {
  /** One paragraph, heading or table row; a row's cells are separated by tabs. */
  text: string;
  /** PDF page the line starts on. */
  page?: number;
  /** Spreadsheet cells of a row, `sheet!A1`, one per tab-separated cell. */
  cells?: string[];
}

/** Text of the file that is not part of the document, and why. */
export interface ExtractionOmission {
  /** The extracted line it stood before (1-based), so it can be placed. */
  before: number;
  page?: number;
  text: string;
  reason:
    | 'running-header' //   the same line at the top of every page
    | 'running-footer' //   … at the bottom
    | 'page-number' //      — 1 —, 第 1 页, 1/12
    | 'site-chrome' //      a web page's navigation, breadcrumbs, share and print widgets, footer
    | 'active-content' //   scripts, frames, embedded objects: never text of the document
    | 'empty-sheet'; //     a worksheet with no cells
}

export interface Extraction {
  format: Exclude<SourceFormat, 'text'>;
  lines: ExtractedLine[];
  omitted: ExtractionOmission[];
  /** Character set a web page was decoded from. */
  charset?: string;
  /** Pages (PDF) or sheets (Excel) read. */
  parts?: number;
}

/** What a reader returns: the extraction, or null when the file is unusable (a fatal diagnostic says why). */
export interface ReaderResult {
  extraction: Extraction | null;
  diagnostics: import('../../diagnostics.ts').Diagnostic[];
}

/** What a reader may be asked beyond its file (the one reader type, so readers never import their dispatcher). */
export interface ReaderOptions {
  /** Read PDF pages without a text layer by OCR, where tesseract is installed (io/formats/ocr.ts). */
  ocr?: boolean;
}
