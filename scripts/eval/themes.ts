// How the site's themes agree with a person's reading: the site's primary
// (first) theme equals the reader's primary; the reader's primary is among the
// site's themes; and of the themes the site assigns, the share the reader also
// gives (primary or secondary).
import type { Split, ThemeLabel } from './labels.ts';

export interface ThemeScore {
  records: number;
  primaryAgrees: number;
  primaryAmong: number;
  assigned: number;
  assignedAgreed: number;
  mismatches: { key: string; reader: string[]; site: string[] }[];
}

export function scoreThemes(labels: ThemeLabel[], siteOf: (key: string) => string[] | undefined, split?: Split): ThemeScore {
  const score: ThemeScore = { records: 0, primaryAgrees: 0, primaryAmong: 0, assigned: 0, assignedAgreed: 0, mismatches: [] };
  for (const label of labels) {
    if (split && label.split !== split) continue;
    score.records++;
    const site = siteOf(label.key) ?? [];
    const reader = [label.primary, ...label.secondary];
    if (site[0] === label.primary) score.primaryAgrees++;
    if (site.includes(label.primary)) score.primaryAmong++;
    score.assigned += site.length;
    score.assignedAgreed += site.filter((t) => reader.includes(t)).length;
    if (site[0] !== label.primary || site.some((t) => !reader.includes(t))) score.mismatches.push({ key: label.key, reader, site });
  }
  return score;
}

/** A share as the scores print it; — when there is nothing to share. */
export const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/** The three figures as score.ts and train-themes.ts print them. */
export function themeFigures(s: ThemeScore): string {
  return `primary ${pct(s.primaryAgrees, s.records)} · among ${pct(s.primaryAmong, s.records)} · assigned ${pct(s.assignedAgreed, s.assigned)}`;
}
