// A PDF → the document's lines, through pdf.js (pdfjs-dist), the reader
// Firefox uses: per page, getTextContent() gives each piece of text with its
// position and size, and pdf-layout.ts rebuilds lines, paragraphs and tables
// from those positions. pdf.js is opened as a text reader only: fonts are
// not turned into FontFace objects (disableFontFace), no system fonts, no
// XFA forms, no scripting; pdf.js 6 compiles nothing with eval (the
// isEvalSupported switch of older versions went with the code it guarded).
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, PasswordException } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { fatal, warning, type Diagnostic } from '../../diagnostics.ts';
import type { ReaderOptions, ReaderResult } from './extraction.ts';
import { ocrAvailable, ocrPage } from './ocr.ts';
import { layoutPdf, type PdfPage } from './pdf-layout.ts';

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Pages read at most: a file that claims more is cut there, with a warning. */
const MAX_PAGES = 2_000;

export async function readPdf(file: string, bytes: Uint8Array, options: ReaderOptions = {}): Promise<ReaderResult> {
  const diagnostics: Diagnostic[] = [];
  const task = getDocument({
    data: bytes,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
    // Chinese PDFs name Adobe's predefined CMaps (UniGB-UCS2-H …): pdf.js ships them.
    cMapUrl: `${path.join(pdfjsDir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(pdfjsDir, 'standard_fonts')}/`,
    wasmUrl: `${path.join(pdfjsDir, 'wasm')}/`,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    if (error instanceof PasswordException) {
      return {
        extraction: null,
        diagnostics: [
          fatal(file, null, 'pdf/encrypted', 'PDF is encrypted with a password: save an unprotected copy (or ask the publisher for one) and convert that'),
        ],
      };
    }
    return {
      extraction: null,
      diagnostics: [fatal(file, null, 'pdf/unreadable', `not a readable PDF (${(error as Error).message}): the file is truncated or corrupt`)],
    };
  }
  try {
    const count = Math.min(doc.numPages, MAX_PAGES);
    if (doc.numPages > MAX_PAGES)
      diagnostics.push(warning(file, null, 'pdf/too-many-pages', `PDF has ${doc.numPages} pages: only the first ${MAX_PAGES} are read`));
    const pages: PdfPage[] = [];
    const empty: number[] = [];
    const recognised: number[] = [];
    const ocr = options.ocr === true && ocrAvailable();
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      let items = (content.items as TextItem[])
        .filter((item) => 'str' in item && item.transform[1] === 0 && item.transform[2] === 0)
        .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, size: Math.abs(item.transform[3]) || item.height }));
      if (!items.some((i) => i.text.trim()) && ocr) {
        items = await ocrPage(doc, page);
        recognised.push(n);
      }
      if (!items.some((i) => i.text.trim())) empty.push(n);
      pages.push({ number: n, width, height, items });
      page.cleanup();
    }
    if (empty.length === count) {
      const how = options.ocr
        ? ocr
          ? 'OCR found no text on it either'
          : 'OCR was asked for, but Debian’s tesseract-ocr and tesseract-ocr-chi-sim are not installed'
        : ocrAvailable()
          ? 'tesseract is installed here: run the ingest with --ocr'
          : 'install Debian’s tesseract-ocr and tesseract-ocr-chi-sim and run the ingest with --ocr';
      return {
        extraction: null,
        diagnostics: [
          fatal(file, null, 'pdf/no-text-layer', `no text layer: it needs OCR (its ${count} page${count > 1 ? 's are' : ' is'} images of text; ${how})`),
        ],
      };
    }
    if (empty.length)
      diagnostics.push(
        warning(
          file,
          null,
          'pdf/pages-without-text',
          `page${empty.length > 1 ? 's' : ''} ${empty.join(', ')} hold${empty.length > 1 ? '' : 's'} no text layer (scanned?): their text is missing`,
        ),
      );
    if (recognised.length)
      diagnostics.push(
        warning(
          file,
          null,
          'pdf/ocr',
          `page${recognised.length > 1 ? 's' : ''} ${recognised.join(', ')} had no text layer and ${recognised.length > 1 ? 'were' : 'was'} read by OCR (tesseract, ${'chi_sim'}): check the text against the original`,
        ),
      );
    const { lines, omitted } = layoutPdf(pages);
    return { extraction: { format: 'pdf', lines, omitted, parts: count }, diagnostics };
  } finally {
    // The loading task owns the document and its (in-thread) worker.
    await task.destroy();
  }
}
