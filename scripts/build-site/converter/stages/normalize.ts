// Text → numbered lines. Line endings, BOM and invisible characters
// are normalized; compilation page markers become the page number of every
// line below them and are not kept as text. Nothing else is changed here.
// A file read by a format reader brings each line's page or cells along.
import type { Line, SourceText } from '../model.ts';

/** `# Page 1479:` — page markers the PDF extraction put between pages. */
export const PAGE_MARKER = /^#\s*Page\s+(\d+)\s*:?\s*$/;

/** Zero-width and BOM characters that carry no text. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** No-break and ideographic spaces count as ordinary spaces. */
const ODD_SPACE = /[\u00a0\u2002-\u200a\u202f\u205f\u3000]/g;

export function normalizeLines(source: Pick<SourceText, 'text' | 'origins'>): Line[] {
  const rawLines = source.text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  if (source.origins) {
    // Extracted text: no page markers to read (a line saying “# Page 3:” is text), origins per line instead.
    return rawLines.map((raw, index) => {
      const origin = source.origins![index];
      const text = raw
        .replace(INVISIBLE, '')
        .replace(ODD_SPACE, ' ')
        .replace(/[ \t]+$/, '')
        .replace(/^ +/, '');
      return { n: index + 1, text, page: origin?.page ?? null, ...(origin?.cells ? { cells: origin.cells } : {}) };
    });
  }
  const lines: Line[] = [];
  let page: number | null = null;
  rawLines.forEach((raw, index) => {
    const marker = PAGE_MARKER.exec(raw.trim());
    if (marker) {
      page = Number(marker[1]);
      return;
    }
    const text = raw
      .replace(INVISIBLE, '')
      .replace(ODD_SPACE, ' ')
      .replace(/[ \t]+$/, '');
    lines.push({ n: index + 1, text: text.replace(/^ +/, ''), page });
  });
  return lines;
}
