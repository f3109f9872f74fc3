// A chart's standalone SVG drawn as a PNG with resvg (a Rust renderer with
// prebuilt binaries in its npm package: no browser, nothing fetched at run
// time). Text is turned into glyph outlines first, with fontkit reading the
// CJK font once per build: resvg would otherwise load and parse the 20 MB
// font for every chart (about 0.4 s a chart), and this way a character the
// font lacks is found and named instead of drawn as an empty box. resvg
// draws the pixels and libvips (sharp) encodes them: at zlib level 3 without
// adaptive filters it took 4.1 ms a chart against resvg's own encoder's 7.2,
// and its files are 28% smaller (150 charts of the built site); the charts
// are opaque (a white ground), so the alpha channel is dropped.
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import type { Font, Glyph } from 'fontkit';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { ChartFonts } from './fonts.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Pixels per SVG unit: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;
/** Top of the em box to the baseline of an upright CJK glyph (Noto CJK's ascender, 880 of 1000 units). */
const CJK_ASCENT = 0.88;

interface TextStyle {
  size: number;
  bold: boolean;
  anchor: string;
  fill: string;
  vertical: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
const round = (n: number) => Math.round(n * 100) / 100;
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

function styleOf(e: Element, parent: TextStyle): TextStyle {
  const weight = attr(e, 'font-weight');
  return {
    size: Number(attr(e, 'font-size') ?? parent.size),
    bold: weight ? weight === 'bold' || Number(weight) >= 600 : parent.bold,
    anchor: attr(e, 'text-anchor') ?? parent.anchor,
    fill: attr(e, 'fill') ?? parent.fill,
    vertical: attr(e, 'writing-mode') ? attr(e, 'writing-mode')!.startsWith('vertical') || attr(e, 'writing-mode') === 'tb' : parent.vertical,
  };
}

/** `0.32em` → 0.32 × size; a plain number is SVG units. */
function length(value: string | undefined, size: number): number {
  if (!value) return 0;
  return value.endsWith('em') ? Number.parseFloat(value) * size : Number.parseFloat(value);
}

/** One glyph's outline, moved to (x, baseline) at `scale` (font units → px, y flipped). */
function glyphPath(glyph: Glyph, x: number, baseline: number, scale: number): string {
  let d = '';
  const px = (gx: number) => round(x + gx * scale);
  const py = (gy: number) => round(baseline - gy * scale);
  for (const { command, args } of glyph.path.commands) {
    const points: string[] = [];
    for (let i = 0; i + 1 < args.length; i += 2) points.push(`${px(args[i]!)} ${py(args[i + 1]!)}`);
    d += { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' }[command] + points.join(' ');
  }
  return d;
}

/** The outline of one <text> element as path data; characters the font has no glyph for go to `missing`. */
function outlineText(text: string, x: number, y: number, style: TextStyle, font: Font, missing: Set<string>): string {
  const scale = style.size / font.unitsPerEm;
  const chars = [...text];
  const glyphs = chars.map((c) => {
    const glyph = font.glyphForCodePoint(c.codePointAt(0)!);
    if (glyph.id === 0 && !/\s/u.test(c)) missing.add(c);
    return glyph;
  });
  let d = '';
  if (style.vertical) {
    // vertical-rl, upright: one em per character down a centre line at x.
    const length = chars.length * style.size;
    const top = style.anchor === 'middle' ? y - length / 2 : style.anchor === 'end' ? y - length : y;
    glyphs.forEach((g, i) => {
      d += glyphPath(g, x - (g.advanceWidth * scale) / 2, top + i * style.size + CJK_ASCENT * style.size, scale);
    });
    return d;
  }
  const width = glyphs.reduce((n, g) => n + g.advanceWidth * scale, 0);
  let pen = style.anchor === 'middle' ? x - width / 2 : style.anchor === 'end' ? x - width : x;
  for (const g of glyphs) {
    d += glyphPath(g, pen, y, scale);
    pen += g.advanceWidth * scale;
  }
  return d;
}

/** The SVG with every <text> turned into a <path> and tooltips (<title>) left out. */
export function outlineSvg(svg: string, fonts: ChartFonts): { svg: string; missing: Set<string> } {
  const missing = new Set<string>();
  const write = (node: Node, style: TextStyle): string => {
    if (node.nodeName === '#text') return escapeXml((node as DefaultTreeAdapterMap['textNode']).value);
    if (!('tagName' in node)) return '';
    if (node.tagName === 'title') return '';
    const own = styleOf(node, style);
    if (node.tagName === 'text') {
      const text = node.childNodes.map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : '')).join('');
      const y = Number(attr(node, 'y') ?? 0) + length(attr(node, 'dy'), own.size);
      const d = outlineText(text, Number(attr(node, 'x') ?? 0), y, own, own.bold ? fonts.bold : fonts.regular, missing);
      return `<path d="${d}" fill="${escapeXml(own.fill)}"></path>`;
    }
    const attrs = node.attrs.map((a) => ` ${a.name}="${escapeXml(a.value)}"`).join('');
    return `<${node.tagName}${attrs}>${node.childNodes.map((c) => write(c, own)).join('')}</${node.tagName}>`;
  };
  const root = parseFragment(svg).childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'svg');
  if (!root) throw new Error('not an SVG document');
  return { svg: write(root, { size: 12, bold: false, anchor: 'start', fill: '#000', vertical: false }), missing };
}

// The chart workers already use every core; libvips's own threads would only contend with them.
sharp.concurrency(1);

/** The PNG of a standalone chart SVG, or the characters its font lacks. */
export async function chartPng(svg: string, fonts: ChartFonts): Promise<{ png: Buffer; missing: string[] }> {
  const outlined = outlineSvg(svg, fonts);
  const image = new Resvg(outlined.svg, { fitTo: { mode: 'zoom', value: PNG_SCALE }, font: { loadSystemFonts: false } }).render();
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
  return { png, missing: [...outlined.missing] };
}
