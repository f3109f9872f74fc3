// Optional OCR for PDF pages that are images of text: only when the ingest
// is asked for it (--ocr) and Debian's tesseract-ocr and tesseract-ocr-chi-sim
// are installed; the converter never needs them. A page is rendered by
// pdf.js (through @napi-rs/canvas, pdf.js's own optional dependency) at
// 216 dpi, tesseract reads it in simplified Chinese and gives each word with
// its box (TSV), and the words go on as the text items a text layer would
// give, so lines, paragraphs and tables are rebuilt by the same pdf-layout.ts.
import { spawnSync } from 'node:child_process';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { PdfItem } from './pdf-layout.ts';

/** Pixels per PDF point: 3 × 72 = 216 dpi, where tesseract reads 10.5 pt Chinese well. */
const SCALE = 3;
const LANGUAGE = 'chi_sim';

let available: boolean | undefined;

/** Whether tesseract with simplified Chinese is installed. */
export function ocrAvailable(): boolean {
  if (available === undefined) {
    const run = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
    available = run.status === 0 && run.stdout.split('\n').some((l) => l.trim() === LANGUAGE);
  }
  return available;
}

/** A page's words as text items, in PDF units (y up, baseline at the bottom of the line). */
export async function ocrPage(doc: PDFDocumentProxy, page: PDFPageProxy): Promise<PdfItem[]> {
  const viewport = page.getViewport({ scale: SCALE });
  const factory = (
    doc as unknown as { canvasFactory: { create: (w: number, h: number) => { canvas: { toBuffer: (type: string) => Buffer }; context: unknown } } }
  ).canvasFactory;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvasContext: context as CanvasRenderingContext2D, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
  const run = spawnSync('tesseract', ['stdin', 'stdout', '-l', LANGUAGE, '--psm', '4', 'tsv'], {
    input: canvas.toBuffer('image/png'),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (run.status !== 0) throw new Error(`tesseract failed: ${run.stderr.trim().split('\n').at(-1)}`);
  // TSV: level page block par line word left top width height conf text; level 5 is a word.
  const words = run.stdout
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => c[0] === '5' && c[11]?.trim());
  const lines = new Map<string, string[][]>();
  for (const w of words) {
    const key = w.slice(2, 5).join('.');
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  const height = viewport.height / SCALE;
  return [...lines.values()].flatMap((line) => {
    const bottom = Math.max(...line.map((w) => Number(w[7]) + Number(w[9])));
    const heights = line.map((w) => Number(w[9])).sort((a, b) => a - b);
    const size = heights[Math.floor(heights.length / 2)] / SCALE;
    return line.map((w) => ({ text: w[11], x: Number(w[6]) / SCALE, y: height - bottom / SCALE, width: Number(w[8]) / SCALE, size }));
  });
}
