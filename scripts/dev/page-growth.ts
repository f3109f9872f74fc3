// Which routes grow with the corpus: for each route of src/pages, the largest
// HTML page it produced in each built site, and how much it grew between the
// first and each later site. A route whose largest page grows in step with the
// corpus is one that will break the 1 MB page budget at scale.
//   node scripts/dev/page-growth.ts dist:1 /tmp/pg-dist-10:10 [/tmp/pg-dist-30:30] [--target 100]
// Each argument is DIR:SCALE (the corpus scale that built it). With --target,
// a route's size at that scale is extrapolated from the last two sites: a
// power law through both points (linear growth gives exponent 1; a bounded
// page gives about 0).
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { filesUnder, urlOf } from '../site/pages.ts';
import { PAGE_BUDGET_BYTES } from '../bench/site-figures.ts';

export interface Route {
  /** /compare/[theme]/, as written under src/pages. */
  pattern: string;
  regex: RegExp;
  /** Static segments outrank parameters, as in Astro's own route priority. */
  rank: number[];
}

/** Routes of the HTML pages under src/pages (.astro and .md/.mdx files), most specific first. */
export function routesOf(files: string[]): Route[] {
  const routes = files
    .filter((f) => /\.(astro|mdx?)$/.test(f))
    .map((f) => {
      const segments = f
        .replace(/\.(astro|mdx?)$/, '')
        .split('/')
        .filter((s) => s !== 'index');
      const parts = segments.map((s) => {
        if (/^\[\.\.\.[^\]]+\]$/.test(s)) return { re: '(?:[^/]+/)*', kind: 2 };
        if (/^\[[^\]]+\]$/.test(s)) return { re: '[^/]+/', kind: 1 };
        return { re: `${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`, kind: 0 };
      });
      return {
        pattern: `/${segments.map((s) => `${s}/`).join('')}`,
        regex: new RegExp(`^/${parts.map((p) => p.re).join('')}$`),
        rank: parts.map((p) => p.kind),
      };
    });
  // Compare segment by segment: a static segment before a parameter before a rest parameter; then shorter first.
  return routes.sort((a, b) => {
    for (let i = 0; i < Math.min(a.rank.length, b.rank.length); i++) if (a.rank[i] !== b.rank[i]) return a.rank[i]! - b.rank[i]!;
    return b.rank.length - a.rank.length;
  });
}

export function routeOf(url: string, routes: Route[]): string {
  return routes.find((r) => r.regex.test(url))?.pattern ?? url;
}

export interface RouteSize {
  pages: number;
  largest: { url: string; bytes: number };
}

/** Per route: how many pages and the largest one. */
export function routeSizes(dist: string, routes: Route[]): Map<string, RouteSize> {
  const sizes = new Map<string, RouteSize>();
  for (const file of filesUnder(dist)) {
    if (!file.endsWith('.html') || file.startsWith(`pagefind${path.sep}`)) continue;
    const url = urlOf(file);
    const bytes = statSync(path.join(dist, file)).size;
    const route = routeOf(url, routes);
    const size = sizes.get(route) ?? { pages: 0, largest: { url, bytes: 0 } };
    size.pages++;
    if (bytes > size.largest.bytes) size.largest = { url, bytes };
    sizes.set(route, size);
  }
  return sizes;
}

/** Size at `target` by a power law through (s1, b1) and (s2, b2); a shrinking route stays at its last size. */
export function extrapolate(s1: number, b1: number, s2: number, b2: number, target: number): number {
  if (s1 === s2 || b1 <= 0 || b2 <= b1) return b2;
  const exponent = Math.log(b2 / b1) / Math.log(s2 / s1);
  return b2 * (target / s2) ** exponent;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { target: { type: 'string' } } });
  const sites = positionals.map((arg) => {
    const at = arg.lastIndexOf(':');
    return { dir: path.resolve(arg.slice(0, at)), scale: Number(arg.slice(at + 1)) };
  });
  if (sites.length === 0 || sites.some((s) => !Number.isFinite(s.scale))) {
    console.error('usage: node scripts/dev/page-growth.ts DIR:SCALE [DIR:SCALE …] [--target 100]');
    process.exit(2);
  }
  const pagesDir = path.resolve(import.meta.dirname, '../../src/pages');
  const routes = routesOf(filesUnder(pagesDir).map((f) => f.split(path.sep).join('/')));
  const measured = sites.map((s) => ({ ...s, sizes: routeSizes(s.dir, routes) }));
  const target = values.target ? Number(values.target) : null;
  const all = [...new Set(measured.flatMap((m) => [...m.sizes.keys()]))];
  const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  const rows = all.map((route) => {
    const cells = measured.map((m) => m.sizes.get(route));
    const first = cells[0]?.largest.bytes ?? 0;
    const last = cells.at(-1)?.largest.bytes ?? 0;
    const prev = cells.at(-2)?.largest.bytes ?? 0;
    const projected = target && measured.length >= 2 ? extrapolate(measured.at(-2)!.scale, prev, measured.at(-1)!.scale, last, target) : null;
    return { route, cells, ratio: first ? last / first : NaN, projected, url: cells.at(-1)?.largest.url ?? '' };
  });
  rows.sort((a, b) => (b.cells.at(-1)?.largest.bytes ?? 0) - (a.cells.at(-1)?.largest.bytes ?? 0));
  const header = [
    'route',
    ...measured.flatMap((m) => [`pages ${m.scale}×`, `largest ${m.scale}×`]),
    `ratio ${measured.at(-1)!.scale}/${measured[0]!.scale}`,
    ...(target ? [`~${target}×`] : []),
    `largest page at ${measured.at(-1)!.scale}×`,
  ];
  const lines = rows.map((r) => [
    r.route,
    ...r.cells.flatMap((c) => [String(c?.pages ?? 0), c ? kb(c.largest.bytes) : '—']),
    Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}×` : '—',
    ...(target ? [r.projected === null ? '—' : `${kb(r.projected)}${r.projected > PAGE_BUDGET_BYTES ? ' !' : ''}`] : []),
    r.url,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const show = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(show(header));
  for (const line of lines) console.log(show(line));
  const over = measured.map(
    (m) => `${m.scale}×: ${[...m.sizes.values()].filter((s) => s.largest.bytes > PAGE_BUDGET_BYTES).length} route(s) with a page over 1 MB`,
  );
  console.log(over.join(' · '));
}
