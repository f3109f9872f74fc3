// A chart as a file of its own, for the SVG and PNG downloads under every
// figure: title and summary above the chart, its colour key, and the source
// line under it, on a white ground — what a reader pastes into a report (OWID's
// grapher exports the same parts). The build writes these files from the
// figure each page shows (scripts/build-site/charts), so the picture
// downloaded is the picture seen; this module only composes the markup.
import { INK, INK_FAINT, INK_SOFT, WHITE } from './palette.ts';

/** Under every chart, on the page and in the file. */
export const CHART_SOURCE = '来源：营商环境政策库，据各地公开的优化营商环境政策文件整理';

/** Chinese first, so a viewer without the build's font still picks a Chinese face. */
export const EXPORT_FONTS = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

export type ExportFormat = 'svg' | 'png';

/** A chart's download beside its page (`/reforms/x/` → `/reforms/x/chart-reform-timeline-….png`): ids are unique per page, not per site. */
export function chartFileHref(pagePath: string, id: string, format: ExportFormat): string {
  return `${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}${id}.${format}`;
}

/** The name the browser saves a download under: the chart's title, less characters file systems refuse. */
export function chartFileName(title: string, format: ExportFormat): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '_')}.${format}`;
}

export interface ExportParts {
  title: string;
  summary: string;
  /** The chart's own <svg>: its size and what is inside it, as the page has it. */
  width: number;
  height: number;
  inner: string;
  /** Colour key: each swatch is the inside of a 16 × 16 <svg>. */
  legend: { swatch: string; label: string }[];
  /** What the chart leaves out and lists under it (未注明成文日期的文件): the summary says 列于图下, so the file lists them too. */
  notes?: { heading: string; items: string[] }[];
  /** The source line, with the page's address. */
  source: string;
}

const PAD = 16;
const TITLE = { size: 16, line: 22 };
const SUMMARY = { size: 12, line: 18 };
const LEGEND = { size: 12, row: 20, swatch: 14, gap: 16 };
const SOURCE = { size: 11, line: 16 };
const NOTE = { size: 12, line: 18 };
/** Never narrower than this, so a small chart still has room for its title. */
const MIN_WIDTH = 360;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** Width of a character in em: Han and full-width forms are square, Latin letters and digits about half. */
export function charWidth(c: string): number {
  return c.codePointAt(0)! < 0x2e80 ? 0.56 : 1;
}

// Characters a line of Chinese may not begin with (kinsoku): they stay at the end of the line before.
const NO_LINE_START = /^[，。、；：？！）》」』】’”%％,.;:?!)]/;

/** Lines of at most `width` px at `size` px a character: cut between Han characters, never inside a run of Latin letters or digits (2023, 100%). */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const piece of text.match(/[A-Za-z0-9.%+\-/:]+|[\s\S]/gu) ?? []) {
    const w = [...piece].reduce((n, c) => n + charWidth(c) * size, 0);
    if (used + w > width && line && !NO_LINE_START.test(piece)) {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
      if (piece === ' ') continue;
    }
    line += piece;
    used += w;
  }
  if (line) lines.push(line);
  return lines;
}

function textLines(lines: string[], x: number, top: number, style: { size: number; line: number }, fill: string, bold = false): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${top + i * style.line}" dy="0.8em" font-size="${style.size}"${bold ? ' font-weight="bold"' : ''} fill="${fill}">${escapeXml(l)}</text>`,
    )
    .join('');
}

/** Legend items flowed into rows of the given width. */
function legendRows(legend: ExportParts['legend'], width: number): { item: ExportParts['legend'][number]; x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return legend.map((item) => {
    const w = LEGEND.swatch + 4 + [...item.label].reduce((n, c) => n + charWidth(c) * LEGEND.size, 0);
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const placed = { item, x, row };
    x += w + LEGEND.gap;
    return placed;
  });
}

/** The standalone SVG document: white ground, title, summary, key, chart, the notes listed under it, source. */
export function exportSvg(parts: ExportParts): string {
  const inner = Math.max(parts.width, MIN_WIDTH);
  const title = wrapText(parts.title, inner, TITLE.size);
  const summary = parts.summary ? wrapText(parts.summary, inner, SUMMARY.size) : [];
  const source = wrapText(parts.source, inner, SOURCE.size);
  const placed = legendRows(parts.legend, inner);
  let y = PAD;
  const out: string[] = [textLines(title, PAD, y, TITLE, INK, true)];
  y += title.length * TITLE.line + 4;
  out.push(textLines(summary, PAD, y, SUMMARY, INK_SOFT));
  y += summary.length * SUMMARY.line + (summary.length ? 8 : 0);
  if (placed.length) {
    for (const { item, x, row } of placed) {
      const top = y + row * LEGEND.row;
      out.push(
        `<svg x="${PAD + x}" y="${top + 2}" width="${LEGEND.swatch}" height="${LEGEND.swatch}" viewBox="0 0 16 16">${item.swatch}</svg>`,
        `<text x="${PAD + x + LEGEND.swatch + 4}" y="${top + 2 + LEGEND.swatch / 2}" dy="0.32em" font-size="${LEGEND.size}" fill="${INK_SOFT}">${escapeXml(item.label)}</text>`,
      );
    }
    y += (placed.at(-1)!.row + 1) * LEGEND.row + 6;
  }
  out.push(`<svg x="${PAD}" y="${y}" width="${parts.width}" height="${parts.height}" viewBox="0 0 ${parts.width} ${parts.height}">${parts.inner}</svg>`);
  y += parts.height + 10;
  for (const note of parts.notes ?? []) {
    const lines = [...wrapText(note.heading, inner, NOTE.size), ...note.items.flatMap((item) => wrapText(`· ${item}`, inner, NOTE.size))];
    out.push(textLines(lines, PAD, y, NOTE, INK_SOFT));
    y += lines.length * NOTE.line + 6;
  }
  out.push(textLines(source, PAD, y, SOURCE, INK_FAINT));
  y += source.length * SOURCE.line + PAD;
  const width = inner + 2 * PAD;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="${EXPORT_FONTS}" font-size="12">` +
    `<title>${escapeXml(parts.title)}</title><rect width="${width}" height="${y}" fill="${WHITE}"></rect>${out.join('')}</svg>`
  );
}
