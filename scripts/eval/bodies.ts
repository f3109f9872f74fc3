// How well the site's lead and responsible bodies agree with a person's
// reading of the same measures: exact set match, per measure, of the lead
// bodies and of all bodies (lead ∪ responsible). Names compare as written with
// brackets folded (（）〔〕 and () are one) and white space ignored.
import type { BodyLabel, Split } from './labels.ts';

/** What the site says of one measure's bodies. */
export interface SiteBodies {
  lead: string[];
  responsible: string[];
}

export interface BodyScore {
  records: number;
  leadExact: number;
  allExact: number;
  /** Measures the site could not find (its segmentation changed). */
  missing: number;
  mismatches: { key: string; layout: string; reader: { lead: string[]; all: string[] }; site: { lead: string[]; all: string[] } }[];
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

const asSet = (names: string[]) => [...new Set(names.map(foldName))].sort();
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function scoreBodies(labels: BodyLabel[], siteOf: (key: string) => SiteBodies | undefined, split?: Split): BodyScore {
  const score: BodyScore = { records: 0, leadExact: 0, allExact: 0, missing: 0, mismatches: [] };
  for (const label of labels) {
    if (split && label.split !== split) continue;
    score.records++;
    const site = siteOf(label.key);
    if (!site) {
      score.missing++;
      continue;
    }
    const reader = { lead: asSet(label.lead), all: asSet([...label.lead, ...label.responsible]) };
    const ours = { lead: asSet(site.lead), all: asSet([...site.lead, ...site.responsible]) };
    const leadOk = same(reader.lead, ours.lead);
    const allOk = same(reader.all, ours.all);
    if (leadOk) score.leadExact++;
    if (allOk) score.allExact++;
    if (!leadOk || !allOk) score.mismatches.push({ key: label.key, layout: label.layout, reader, site: ours });
  }
  return score;
}
