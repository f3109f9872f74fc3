// How the site's targets agree with a person's reading of every number
// phrase: of the phrases the site lists as targets, how many the reader counts
// as targets; of the pairs of listed targets the site would put on one chart
// (the same chart key: metric, qualifier and unit), how many the reader holds
// like-for-like (the same quantity); and of the reader's like-for-like pairs,
// how many the site charts together.
import type { Measure } from '../../src/schemas/measure.ts';
import { quantityKey } from '../../src/domain/target-key.ts';
import type { LikePairReading, Split, TargetLabel } from './labels.ts';

/** What the site does with one number phrase: lists it as a target, and on which chart. */
export interface SiteTarget {
  /** Null when the site lists it but charts it nowhere. */
  chartKey: string | null;
  text: string;
}

/** The site's targets, by labelled key (file:line@offset of the number in the measure text). */
export function listedTargets(measures: Map<string, Measure>): (label: TargetLabel) => SiteTarget | undefined {
  return (label) => {
    const m = measures.get(label.key.replace(/@\d+$/, ''));
    if (!m) return undefined;
    const at = locate(m.text, label);
    if (at < 0) return undefined;
    // A 由…至… target lists its value, not the baseline it starts from.
    const t = m.targets.find((x) => x.offset + (x.from ? x.text.lastIndexOf(String(x.value)) : 0) <= at && at < x.offset + x.text.length);
    return t && { chartKey: chartKeyOf(t), text: t.text };
  };
}

/** Where the labelled number stands in today's text: at its offset, else where its context says. */
function locate(text: string, label: TargetLabel): number {
  if (text.slice(label.offset, label.offset + label.number.length) === label.number) return label.offset;
  const before = label.context.split('【')[0]!.slice(-12);
  const at = text.indexOf(`${before}${label.number}`);
  return at < 0 ? -1 : at + before.length;
}

function chartKeyOf(t: Measure['targets'][number]): string | null {
  return quantityKey(t);
}

export interface TargetScore {
  phrases: number;
  listed: number;
  listedTargets: number;
  readerTargets: number;
  readerTargetsListed: number;
  chartedPairs: number;
  chartedLike: number;
  likePairs: number;
  likeCharted: number;
  mismatches: string[];
}

export function scoreTargets(labels: TargetLabel[], siteOf: (label: TargetLabel) => SiteTarget | undefined, split?: Split): TargetScore {
  const s: TargetScore = {
    phrases: 0,
    listed: 0,
    listedTargets: 0,
    readerTargets: 0,
    readerTargetsListed: 0,
    chartedPairs: 0,
    chartedLike: 0,
    likePairs: 0,
    likeCharted: 0,
    mismatches: [],
  };
  const rows = labels.filter((l) => !split || l.split === split).map((label) => ({ label, site: siteOf(label) }));
  for (const { label, site } of rows) {
    s.phrases++;
    if (label.target) s.readerTargets++;
    if (site) {
      s.listed++;
      if (label.target) s.listedTargets++;
      else s.mismatches.push(`listed, not a target: ${label.key} ${site.text} (${label.why ?? ''}) — ${label.context}`);
    }
    if (label.target && site) s.readerTargetsListed++;
    else if (label.target) s.mismatches.push(`target not listed: ${label.key} ${label.quantity} — ${label.context}`);
  }
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i]!;
      const b = rows[j]!;
      const charted = Boolean(a.site?.chartKey && a.site.chartKey === b.site?.chartKey);
      const like = Boolean(a.label.quantity && a.label.quantity === b.label.quantity);
      if (charted) {
        s.chartedPairs++;
        if (like) s.chartedLike++;
        else s.mismatches.push(`charted together, unlike: ${a.site!.chartKey} ${a.label.key} (${a.label.quantity}) × ${b.label.key} (${b.label.quantity})`);
      }
      if (like) {
        s.likePairs++;
        if (charted) s.likeCharted++;
        else
          s.mismatches.push(
            `like, not charted together: ${a.label.quantity} ${a.label.key} (${a.site?.chartKey ?? 'unlisted'}) × ${b.label.key} (${b.site?.chartKey ?? 'unlisted'})`,
          );
      }
    }
  }
  return s;
}

export interface TwoReaderScore {
  records: number;
  /** Both readers say target, or both say not. */
  agree: number;
  /** Cohen's kappa of the two verdicts: agreement beyond what their shares of targets give by chance. */
  kappa: number;
  /** Of the phrases the site lists, how many each reader counts as targets. */
  listed: number;
  listedFirst: number;
  listedSecond: number;
}

/** Two readings of the same phrases, target or not, and the site's listed targets against each. */
export function scoreTwoReaders(
  labels: TargetLabel[],
  second: Map<string, { target: boolean }>,
  siteOf: (label: TargetLabel) => SiteTarget | undefined,
  split?: Split,
): TwoReaderScore {
  const rows = labels.filter((l) => second.has(l.key) && (!split || l.split === split)).map((l) => ({ l, first: l.target, second: second.get(l.key)!.target }));
  const { agree, kappa } = agreement(rows.map((r) => [r.first, r.second]));
  const listed = rows.filter((r) => siteOf(r.l));
  return {
    records: rows.length,
    agree,
    kappa,
    listed: listed.length,
    listedFirst: listed.filter((r) => r.first).length,
    listedSecond: listed.filter((r) => r.second).length,
  };
}

export interface LikePairScore {
  pairs: number;
  /** Census and second reader give the same verdict. */
  agree: number;
  kappa: number;
  /** Pairs both readings hold alike, and of them those the site charts together. */
  bothLike: number;
  bothLikeCharted: number;
  /** Pairs the site charts together that the second reader holds unlike. */
  chartedUnlike: number;
}

/** The census's like pairs (and near misses) against a second reading of each pair, and the site's charts against both. */
export function scoreLikePairs(pairs: LikePairReading[], siteOf: (key: string) => SiteTarget | undefined, split?: Split): LikePairScore {
  const rows = pairs
    .filter((p) => !split || p.split === split)
    .map((p) => {
      const [a, b] = [siteOf(p.a.key), siteOf(p.b.key)];
      return { ...p, charted: Boolean(a?.chartKey && a.chartKey === b?.chartKey) };
    });
  const { agree, kappa } = agreement(rows.map((r) => [r.censusLike, r.like]));
  const both = rows.filter((r) => r.censusLike && r.like);
  return {
    pairs: rows.length,
    agree,
    kappa,
    bothLike: both.length,
    bothLikeCharted: both.filter((r) => r.charted).length,
    chartedUnlike: rows.filter((r) => r.charted && !r.like).length,
  };
}

/** How often two yes/no readings agree, and Cohen's kappa: agreement beyond what their shares of yes give by chance. */
function agreement(verdicts: [boolean, boolean][]): { agree: number; kappa: number } {
  const n = Math.max(1, verdicts.length);
  const agree = verdicts.filter(([a, b]) => a === b).length;
  const p1 = verdicts.filter(([a]) => a).length / n;
  const p2 = verdicts.filter(([, b]) => b).length / n;
  const chance = p1 * p2 + (1 - p1) * (1 - p2);
  return { agree, kappa: chance < 1 ? (agree / n - chance) / (1 - chance) : 1 };
}
