// How well the site's lead, responsible and supporting bodies agree with a
// person's reading of the same measures: exact set match, per measure, of the
// lead bodies, of all bodies (lead ∪ responsible ∪ support), and of the bodies
// named only to support (配合). Names compare as written with brackets folded
// (（）〔〕 and () are one) and white space ignored.
import type { BodyLabel, Split } from './labels.ts';

/** What the site says of one measure's bodies. */
export interface SiteBodies {
  lead: string[];
  responsible: string[];
  support: string[];
}

export interface BodyScore {
  records: number;
  leadExact: number;
  allExact: number;
  supportExact: number;
  /** Records where the reader or the site names a supporting body: where the support figure can go wrong. */
  supportNamed: number;
  /** Measures the site could not find (its segmentation changed). */
  missing: number;
  mismatches: { key: string; layout: string; reader: Named; site: Named }[];
}

const BRACKETS: Record<string, string> = {
  '（': '(',
  '）': ')',
  '〔': '(',
  '〕': ')',
  '［': '(',
  '］': ')',
  '[': '(',
  ']': ')',
  '﹝': '(',
  '﹞': ')',
  '〈': '(',
  '〉': ')',
};

export function foldName(name: string): string {
  return name.replace(/\s+/g, '').replace(/[（）〔〕［］[\]﹝﹞〈〉]/g, (c) => BRACKETS[c] ?? c);
}

type Named = { lead: string[]; all: string[]; support: string[] };

const asSet = (names: string[]) => [...new Set(names.map(foldName))].sort();
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The labels of a split, each with what the site says of its measure; counts the records, and those the site no longer finds. */
function readings<L extends { key: string; split: Split }>(
  labels: L[],
  siteOf: (key: string) => SiteBodies | undefined,
  split: Split | undefined,
  score: { records: number; missing: number },
): [L, SiteBodies][] {
  const found: [L, SiteBodies][] = [];
  for (const label of labels.filter((l) => !split || l.split === split)) {
    score.records++;
    const site = siteOf(label.key);
    if (site) found.push([label, site]);
    else score.missing++;
  }
  return found;
}

export function scoreBodies(labels: BodyLabel[], siteOf: (key: string) => SiteBodies | undefined, split?: Split): BodyScore {
  const score: BodyScore = { records: 0, leadExact: 0, allExact: 0, supportExact: 0, supportNamed: 0, missing: 0, mismatches: [] };
  for (const [label, site] of readings(labels, siteOf, split, score)) {
    // The first reading's responsible list holds its supporting bodies too.
    const reader: Named = { lead: asSet(label.lead), all: asSet([...label.lead, ...label.responsible]), support: asSet(label.support) };
    const ours: Named = { lead: asSet(site.lead), all: asSet([...site.lead, ...site.responsible, ...site.support]), support: asSet(site.support) };
    const leadOk = same(reader.lead, ours.lead);
    const allOk = same(reader.all, ours.all);
    const supportOk = same(reader.support, ours.support);
    if (leadOk) score.leadExact++;
    if (allOk) score.allExact++;
    if (supportOk) score.supportExact++;
    if (reader.support.length || ours.support.length) score.supportNamed++;
    if (!leadOk || !allOk || !supportOk) score.mismatches.push({ key: label.key, layout: label.layout, reader, site: ours });
  }
  return score;
}

/** A reading of the supporting bodies alone, of measures drawn for naming a verb of assisting (bodies-support-2). */
export interface SupportLabel {
  key: string;
  support: string[];
  split: Split;
}

/** Per measure, the reader's supporting bodies against the site's, exact set match. */
export function scoreSupport(labels: SupportLabel[], siteOf: (key: string) => SiteBodies | undefined, split?: Split) {
  const score = { records: 0, exact: 0, named: 0, namedExact: 0, missing: 0, mismatches: [] as { key: string; reader: string[]; site: string[] }[] };
  for (const [label, site] of readings(labels, siteOf, split, score)) {
    const [reader, ours] = [asSet(label.support), asSet(site.support)];
    const ok = same(reader, ours);
    const named = reader.length > 0 || ours.length > 0;
    if (ok) score.exact++;
    if (named) score.named++;
    if (ok && named) score.namedExact++;
    if (!ok) score.mismatches.push({ key: label.key, reader, site: ours });
  }
  return score;
}
