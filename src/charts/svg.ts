// Writes a layout as SVG markup: one element per mark, nothing decided here.
//
// The writer is a pure function in TypeScript rather than an .astro template
// so that the SVG can be produced and snapshot-tested without starting Astro
// (a Vite server per test file costs seconds; this costs microseconds), and so
// that the page and the tests share the very same writer: ChartFigure.astro
// inserts this string as is.
import { hasLinks, type ChartLayout, type HatchPattern, type Mark } from './layout.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

type AttrValue = string | number | undefined | null | false;

/** ` name="value"` for every attribute with a value, in the order given. */
function attrs(list: [string, AttrValue][]): string {
  let out = '';
  for (const [name, value] of list) {
    if (value === undefined || value === null || value === false) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

const DY = { middle: '0.32em', top: '0.71em', bottom: undefined } as const;

function element(name: string, list: [string, AttrValue][], title: string | undefined, inner = ''): string {
  const tip = title ? `<title>${escapeXml(title)}</title>` : '';
  return `<${name}${attrs(list)}>${tip}${inner}</${name}>`;
}

function mark(m: Mark): string {
  switch (m.kind) {
    case 'rect':
      return element(
        'rect',
        [
          ['class', m.className],
          ['x', m.x],
          ['y', m.y],
          ['width', m.width],
          ['height', m.height],
          ['rx', m.rx],
          ['fill', m.fill],
          ['stroke', m.stroke],
          ['stroke-width', m.strokeWidth],
          ['stroke-dasharray', m.strokeDasharray],
        ],
        m.title,
      );
    case 'circle':
      return element(
        'circle',
        [
          ['class', m.className],
          ['cx', m.cx],
          ['cy', m.cy],
          ['r', m.r],
          ['fill', m.fill],
          ['stroke', m.stroke],
          ['stroke-width', m.strokeWidth],
        ],
        m.title,
      );
    case 'path': {
      const move = m.x !== undefined || m.y !== undefined ? `translate(${m.x ?? 0},${m.y ?? 0})` : undefined;
      return element(
        'path',
        [
          ['class', m.className],
          ['d', m.d],
          ['transform', move],
          ['fill', m.fill],
          ['stroke', m.stroke],
          ['stroke-width', m.strokeWidth],
          ['stroke-dasharray', m.strokeDasharray],
        ],
        m.title,
      );
    }
    case 'line':
      return element(
        'line',
        [
          ['class', m.className],
          ['x1', m.x1],
          ['y1', m.y1],
          ['x2', m.x2],
          ['y2', m.y2],
          ['stroke', m.stroke],
          ['stroke-width', m.strokeWidth],
          ['stroke-dasharray', m.strokeDasharray],
        ],
        m.title,
      );
    case 'text':
      return element(
        'text',
        [
          ['class', m.className],
          ['x', m.x],
          ['y', m.y],
          ['dy', m.vertical ? undefined : DY[m.baseline ?? 'middle']],
          ['text-anchor', m.anchor === 'start' ? undefined : m.anchor],
          ['font-size', m.size],
          ['font-weight', m.weight === 'bold' && 'bold'],
          ['fill', m.fill],
          ['writing-mode', m.vertical && 'vertical-rl'],
          ['text-orientation', m.vertical && 'upright'],
        ],
        m.title,
        escapeXml(m.text),
      );
    case 'link':
      return element(
        'a',
        [
          ['class', m.className],
          ['href', m.href],
          ['aria-label', m.label],
        ],
        m.title,
        marksToSvg(m.children),
      );
    case 'group':
      return element('g', [['class', m.className]], m.title, marksToSvg(m.children));
  }
}

/** The marks alone, for drawing inside another <svg> (the legend swatches). */
export function marksToSvg(marks: Mark[]): string {
  return marks.map(mark).join('');
}

function pattern(p: HatchPattern): string {
  return (
    `<pattern${attrs([
      ['id', p.id],
      ['width', p.spacing],
      ['height', p.spacing],
      ['patternUnits', 'userSpaceOnUse'],
      ['patternTransform', 'rotate(45)'],
    ])}>` +
    `<rect${attrs([
      ['width', p.spacing],
      ['height', p.spacing],
      ['fill', p.background],
    ])}></rect>` +
    `<line${attrs([
      ['x1', 0],
      ['y1', 0],
      ['x2', 0],
      ['y2', p.spacing],
      ['stroke', p.stroke],
      ['stroke-width', 1.5],
    ])}></line>` +
    `</pattern>`
  );
}

/**
 * The chart's <svg> element. Named by the figure's title and summary (ids
 * `${id}-title` and `${id}-summary`, written by ChartFigure.astro). It is an
 * image (role="img") unless it holds links; then it is a group, so assistive
 * technology still reaches each link. A chart without links is focusable, so a
 * keyboard can scroll it on narrow screens. Responsive through its viewBox: it
 * shrinks with its container, down to a minimum width below which the frame
 * scrolls instead of shrinking the labels past legibility.
 */
/**
 * How far a chart may shrink on a narrow screen: a narrow one to nothing, most
 * (640px) to 600px, and a wide one (the theme × place heatmap, 976px) to 900px,
 * past which their 11px labels would read under 10px: they scroll instead.
 */
function sizeClass(width: number): string {
  if (width < 480) return ' chart__svg--narrow';
  return width >= WIDE_CHART ? ' chart__svg--wide' : '';
}
const WIDE_CHART = 900;

export function toSvg<R>(layout: ChartLayout<R>): string {
  const interactive = hasLinks(layout.marks);
  const defs = layout.patterns.length ? `<defs>${layout.patterns.map(pattern).join('')}</defs>` : '';
  const open = attrs([
    ['xmlns', 'http://www.w3.org/2000/svg'],
    // Sizing lives in ChartFigure's stylesheet, not a style attribute: the
    // site's Content-Security-Policy refuses inline CSS.
    ['class', `chart__svg${sizeClass(layout.width)}`],
    ['width', layout.width],
    ['height', layout.height],
    ['viewBox', `0 0 ${layout.width} ${layout.height}`],
    ['role', interactive ? 'group' : 'img'],
    ['aria-labelledby', `${layout.id}-title ${layout.id}-summary`],
    ['tabindex', interactive ? undefined : 0],
    ['font-family', 'inherit'],
    ['font-size', 12],
  ]);
  return `<svg${open}>${defs}${marksToSvg(layout.marks)}</svg>`;
}
