// The charts of a built page, read back from its HTML: each figure's id,
// title, summary, colour key, the inside of its <svg> and its notes, exactly as
// ChartFigure.astro wrote them. Figures never nest, so each is cut from the
// page as a string and only that piece is parsed (parse5: the tree a browser
// builds, SVG attribute names and all).
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import type { ExportParts } from '../../../src/charts/export.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PageChart extends Omit<ExportParts, 'source'> {
  id: string;
}

/** How every chart figure begins (ChartFigure.astro): pages without it are skipped unparsed. */
export const FIGURE_START = '<figure class="chart chart--';

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
}

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value ?? '';
const hasClass = (e: Element, name: string) => attr(e, 'class').split(/\s+/).includes(name);
const textOf = (e: Element): string =>
  e.childNodes.map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : 'tagName' in c ? textOf(c) : '')).join('');

/** parse5 writes U+00A0 as the HTML entity &nbsp;, which XML does not define. */
const innerXml = (e: Element) => serialize(e).replaceAll('&nbsp;', '&#160;');

/** Every chart of the page, in page order; `origin` makes the chart's links absolute, as a file on its own needs. */
export function pageCharts(html: string, origin: string): PageChart[] {
  const charts: PageChart[] = [];
  for (let start = html.indexOf(FIGURE_START); start !== -1; start = html.indexOf(FIGURE_START, start + 1)) {
    const end = html.indexOf('</figure>', start);
    if (end === -1) throw new Error(`a chart figure at byte ${start} is never closed`);
    const figure = [...elements(parseFragment(html.slice(start, end + '</figure>'.length)))].find((e) => e.tagName === 'figure')!;
    const all = [...elements(figure)];
    const svg = all.find((e) => e.tagName === 'svg' && hasClass(e, 'chart__svg'));
    if (!svg) throw new Error(`chart ${attr(figure, 'id')} has no <svg class="chart__svg">`);
    const legend = all.find((e) => hasClass(e, 'chart__legend'));
    charts.push({
      id: attr(figure, 'id'),
      title: textOf(all.find((e) => hasClass(e, 'chart__title'))!).trim(),
      summary: textOf(all.find((e) => hasClass(e, 'chart__summary'))!).trim(),
      width: Number(attr(svg, 'width')),
      height: Number(attr(svg, 'height')),
      inner: innerXml(svg).replace(/ href="\//g, ` href="${origin}/`),
      legend: legend
        ? [...elements(legend)]
            .filter((e) => e.tagName === 'li')
            .map((li) => ({ swatch: innerXml([...elements(li)].find((e) => e.tagName === 'svg')!), label: textOf(li).trim() }))
        : [],
      notes: all
        .filter((e) => hasClass(e, 'chart__note'))
        .map((note) => {
          const inside = [...elements(note)];
          return {
            heading: textOf(inside.find((e) => hasClass(e, 'chart__note-heading'))!).trim(),
            items: inside.filter((e) => e.tagName === 'li').map((li) => textOf(li).trim()),
          };
        }),
    });
  }
  return charts;
}

/** The page's canonical URL (Base.astro writes one on every page). */
export function canonicalOf(html: string): string | undefined {
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
}
