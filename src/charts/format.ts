// Numbers, months and dates the way Chinese readers write them, and a width
// estimate for laying out labels without a DOM to measure them in.

const NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });

/** 1234.5 → 1,234.5; 0.5 → 0.5 */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** 0.625 → 62.5% */
export function formatPercent(share: number): string {
  return PERCENT.format(share);
}

/** 1 个工作日; units of Han characters read better with a space after a number. */
export function withUnit(n: number, unit: string): string {
  return unit === '%' ? `${formatNumber(n)}%` : `${formatNumber(n)} ${unit}`;
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE_RE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoMonth(s: string): boolean {
  return MONTH_RE.test(s);
}

export function isIsoDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === s;
}

/** A UTC Date of an ISO month's first day or of an ISO date (build machines differ in time zone). */
export function utcDate(iso: string): Date {
  return new Date(iso.length === 7 ? `${iso}-01T00:00:00Z` : `${iso}T00:00:00Z`);
}

/** A UTC Date → 2024-06 */
export function isoMonthOf(d: Date): string {
  return d.toISOString().slice(0, 7);
}

/**
 * Approximate advance width of a label in SVG units: Han characters and
 * full-width punctuation are one em, other characters about 0.6 em. Good
 * enough to size margins; labels are never squeezed to fit it.
 */
export function textWidth(s: string, size: number): number {
  let em = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide = (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3000 && c <= 0x303f);
    em += wide ? 1 : ch === ' ' ? 0.3 : 0.6;
  }
  return em * size;
}

/** FNV-1a, base 36: a short stable hash for default ids. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** “…” around a name, its own double quotes turned single as Chinese nesting requires: “企业开办‘一网通办’”. */
export function quote(s: string): string {
  return `“${s.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}
