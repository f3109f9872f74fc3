// The learnt half of theme assignment. The cue rules (assign-themes.ts) read
// fixed word lists; on measures read blind after they were tuned they agreed
// with readers on 78–84% of primary themes. A naive Bayes model over the
// measure's character pairs (by where they stand) and the rules' own cues,
// trained on the tuning part of the labelled set, votes beside them: the
// rules' primary theme adds `ruleBonus` to its log score, so the model
// overrules them only on evidence that outweighs it. Naive Bayes because each
// feature's pull towards a theme is a ratio of counts a page can quote: where
// it overrules, the basis names the words that weighed most.
import type { ThemeBasis } from '../../../../src/schemas/measure.ts';
import type { ThemeModel } from '../../../../src/schemas/theme.ts';
import { BODY_NAME } from '../../../../src/domain/target-key.ts';
import type { ThemeAssignment, ThemeMatcher } from './assign-themes.ts';

type Zone = ThemeBasis['cues'][number]['where'];
interface MeasureText {
  path: string[];
  text: string;
  title: string | null;
  label: string;
}

/** Where a feature stood: its prefix in the model and its zone on the page. */
const ZONES = { T: 'title', H: 'heading', B: 'text' } as const satisfies Record<string, Zone>;
/** The text zone reads the measure's opening: what follows is detail, and long measures would drown short ones. */
const TEXT_CHARS = 200;
/** Punctuation, digits and spaces end a run: pairs never straddle them, so evidence is a phrase of the text. */
const RUN_BREAK = /[\s\d\p{P}\p{S}a-zA-Z]+/u;

interface ThemeFeature {
  key: string;
  /** The phrase it comes from and where, for the page. */
  zone: Zone;
  /** Run and offset of a character pair (cue features have none). */
  run?: number;
  at?: number;
}

/** A measure's zones as text runs: its title (first sentence), nearest heading and opening text. */
function zoneRuns(measure: MeasureText): { prefix: keyof typeof ZONES; runs: string[] }[] {
  const stop = measure.text.search(/[。；]/);
  const title = measure.title ?? (stop > 0 ? measure.text.slice(0, stop) : measure.text);
  const split = (s: string) => s.split(RUN_BREAK).filter((r) => r.length >= 2);
  return [
    { prefix: 'T', runs: split(title) },
    { prefix: 'H', runs: split(measure.path.at(-1) ?? '') },
    { prefix: 'B', runs: split(measure.text.slice(0, TEXT_CHARS)) },
  ];
}

/** The features the model reads: character pairs by zone, and the cues that decided the rules' themes with where they stood. */
export function themeFeatureKeys(measure: MeasureText, rules: ThemeAssignment): Set<string> {
  const keys = new Set<string>();
  for (const { prefix, runs } of zoneRuns(measure))
    for (const run of runs) for (let i = 0; i + 2 <= run.length; i++) keys.add(`${prefix}:${run.slice(i, i + 2)}`);
  for (const basis of rules.basis) for (const cue of basis.cues) keys.add(`C:${cue.text}@${cue.where}`);
  return keys;
}

/**
 * The same features with where each stood, in text order, for quoting
 * evidence. Only a measure the model overrules needs them: themeFeatureKeys,
 * run on every measure, builds no object per pair.
 */
function placedFeatures(measure: MeasureText, rules: ThemeAssignment): { features: ThemeFeature[]; runs: string[][] } {
  const features: ThemeFeature[] = [];
  const runs: string[][] = [];
  for (const { prefix, runs: zone } of zoneRuns(measure)) {
    runs.push(zone);
    zone.forEach((run, r) => {
      for (let i = 0; i + 2 <= run.length; i++) features.push({ key: `${prefix}:${run.slice(i, i + 2)}`, zone: ZONES[prefix], run: r, at: i });
    });
  }
  for (const basis of rules.basis) for (const cue of basis.cues) features.push({ key: `C:${cue.text}@${cue.where}`, zone: cue.where });
  return { features, runs };
}

/**
 * A model's log likelihoods, computed once. A feature's count is zero for most
 * themes, so a score is the known features times each theme's zero-count log
 * likelihood plus, per feature, what its few non-zero counts add.
 */
export function themeScorer(model: ThemeModel): {
  scores(keys: ReadonlySet<string>): Map<string, number>;
  logLikelihood(key: string, theme: string): number | undefined;
  /** Labelled measures of `theme` that had the feature. */
  support(key: string, theme: string): number;
} {
  const themes = Object.keys(model.records);
  const index = new Map(themes.map((t, i) => [t, i]));
  const labelled = themes.reduce((n, t) => n + model.records[t]!, 0);
  const vocabulary = Object.keys(model.counts).length;
  const denominator = themes.map((t) => Math.log(model.totals[t]! + model.alpha * vocabulary));
  const unseen = denominator.map((d) => Math.log(model.alpha) - d);
  const prior = themes.map((t) => Math.log((model.records[t]! + 1) / (labelled + themes.length)));
  // Per feature: [theme index, what its count adds over an unseen one] for the themes that saw it.
  const lift = new Map<string, [number, number][]>();
  for (const [key, counts] of Object.entries(model.counts))
    lift.set(
      key,
      Object.entries(counts).map(([t, n]) => [index.get(t)!, Math.log(n + model.alpha) - Math.log(model.alpha)]),
    );
  return {
    support: (key, theme) => model.counts[key]?.[theme] ?? 0,
    logLikelihood(key, theme) {
      const i = index.get(theme);
      if (!lift.has(key) || i === undefined) return undefined;
      return unseen[i]! + (lift.get(key)!.find(([t]) => t === i)?.[1] ?? 0);
    },
    scores(keys) {
      const sum = [...prior];
      let known = 0;
      for (const key of keys) {
        const lifts = lift.get(key);
        if (!lifts) continue;
        known++;
        for (const [t, add] of lifts) sum[t]! += add;
      }
      return new Map(themes.map((t, i) => [t, sum[i]! + known * unseen[i]!]));
    },
  };
}

/**
 * How close (in log score, rule bonus included) the runner-up must come to be a
 * secondary theme. Chosen by 5-fold cross-validation on the tuning part: within
 * 3 it adds a theme to 2% of measures, lifting the reader's primary among the
 * site's themes by about a point while the themes assigned stay ~89% agreed.
 */
const NEAR_TIE = 3;

/**
 * A primary theme the model puts less than this ahead of the next (log score) is marked unsure, and the
 * page says so. Five-fold cross-validation on the tuning part (train-themes.ts --calibration): under 12,
 * 98 of 1212 measures, whose first theme was the reader's half the time (49 of 98); from 12 to 20, 71%;
 * above, 91.5%.
 */
export const UNSURE = 12;

/**
 * The cue rules with the model beside them. Where the rules find no cue the
 * measure keeps no theme (the build warns), as before: the model does not
 * guess a theme for text that names none. Where both agree on the primary the
 * rules' secondary stands; where the model overrules, it alone decides. Either
 * way a runner-up within NEAR_TIE of the primary is a secondary theme too
 * (`nearTie` other than NEAR_TIE only for train-themes.ts's trade-off curve).
 */
export function learntThemeMatcher(rules: ThemeMatcher, model: ThemeModel, nearTie = NEAR_TIE): ThemeMatcher {
  const scorer = themeScorer(model);
  return {
    assign(measure, documentTitle) {
      const ruled = rules.assign(measure, documentTitle);
      if (!ruled.themes.length) return ruled;
      const scores = scorer.scores(themeFeatureKeys(measure, ruled));
      ruled.themes.forEach((t, i) => {
        scores.set(t, (scores.get(t) ?? Number.NEGATIVE_INFINITY) + (i === 0 ? model.ruleBonus : model.ruleBonus / 2));
      });
      const [[primary, top], runnerUp] = [...scores].sort((a, b) => b[1] - a[1]) as [[string, number], [string, number] | undefined];
      // Placed features are built only for a measure that needs evidence quoted, and once.
      let placed: ReturnType<typeof placedFeatures> | undefined;
      const quote = (chosen: string, rival: string) => evidence(scorer, (placed ??= placedFeatures(measure, ruled)), chosen, rival);
      const chosen: ThemeAssignment =
        primary === ruled.themes[0]
          ? ruled
          : {
              themes: [primary],
              basis: [{ theme: primary, role: 'primary', by: 'learnt', cues: quote(primary, ruled.themes[0]!) }],
            };
      const margin = runnerUp ? top - runnerUp[1] : Number.POSITIVE_INFINITY;
      const judged: ThemeAssignment =
        margin < UNSURE
          ? { ...chosen, basis: chosen.basis.map((b) => (b.role === 'primary' ? { ...b, unsure: true as const } : b)), margin }
          : { ...chosen, margin };
      // A near tie is a measure whose words carry two themes about as strongly: it acts on both.
      if (!runnerUp || margin >= nearTie || judged.themes.includes(runnerUp[0])) return judged;
      return {
        ...judged,
        themes: [...judged.themes, runnerUp[0]],
        basis: [...judged.basis, { theme: runnerUp[0], role: 'secondary', by: 'learnt', cues: quote(runnerUp[0], primary) }],
      };
    },
  };
}

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** [start, end) widened to whole words of the run (ICU's dictionary): 政务数据, not the 务数据 its pairs covered. */
function toWords(run: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  for (const { index, segment } of words.segment(run)) {
    const wordEnd = index + segment.length;
    if (index < start && start < wordEnd) from = index;
    if (index < end && end < wordEnd) to = wordEnd;
  }
  return [from, to];
}

/** Particles a quoted phrase may start or end on (的投资, 政策和): the words between them are what weighed. */
const PARTICLES = new Set(['的', '地', '得', '和', '与', '及', '并', '等', '对', '在', '将', '把', '为', '了', '以', '由', '其', '之', '或', '而']);

/** The phrase without particles at its edges, each a word of its own (ICU): 及时 and 并联 are words, and stay. */
function withoutEdgeParticles(phrase: string): string {
  const segments = [...words.segment(phrase)].map((s) => s.segment);
  while (segments.length && PARTICLES.has(segments[0]!)) segments.shift();
  while (segments.length && PARTICLES.has(segments.at(-1)!)) segments.pop();
  return segments.join('');
}

/** Words of a responsibility or deadline clause or a list of papers, never what a measure is about (年底前 was quoted as why a measure is 开办企业: a site review). */
const WHO_ACTS = /(牵头|负责|配合|职责|相关部门|有关部门|相关单位|有关单位|复印件|管理局等|责任单位|完成时限|年底|月底|年前|底前|半年|季度|长期坚持)/;

/** How many labelled measures of a theme must share a pair before it is quoted as evidence. */
const MIN_SUPPORT = 3;

/**
 * The phrases that pulled most towards `chosen` against `rival`: adjacent
 * character pairs that each favour it merge into one phrase of the text,
 * widened to whole words, and the three with the largest pull are quoted with
 * where they stood.
 */
function evidence(
  scorer: ReturnType<typeof themeScorer>,
  { features, runs }: { features: ThemeFeature[]; runs: string[][] },
  chosen: string,
  rival: string,
): ThemeBasis['cues'] {
  // Only pairs seen in several labelled measures of the theme are quoted: one
  // measure's wording, learnt by heart, explains nothing to a reader.
  const pull = (key: string) => {
    const w = (scorer.logLikelihood(key, chosen) ?? 0) - (scorer.logLikelihood(key, rival) ?? 0);
    return w > 0 && scorer.support(key, chosen) < MIN_SUPPORT ? 0 : w;
  };
  const phrases = new Map<string, { text: string; where: Zone; weight: number }>();
  const zoneIndex: Record<Zone, number> = { title: 0, heading: 1, text: 2, 'outer-heading': -1, document: -1 };
  // A phrase opens on a pair that favours `chosen`, runs on through pairs the
  // model has no view of (0), and ends at its last favouring pair.
  let open: { zone: Zone; run: number; start: number; end: number; weight: number } | null = null;
  const close = () => {
    if (!open) return;
    const run = runs[zoneIndex[open.zone]]![open.run]!;
    const [from, to] = toWords(run, open.start, open.end + 2);
    const text = withoutEdgeParticles(run.slice(from, to));
    // A body's name (市自然资源局), or a fragment of the clause that names who acts (按职责分工负责), says
    // who acts, not what about: true to the model, no help to a reader.
    if (text.length < 2 || BODY_NAME.test(text) || WHO_ACTS.test(text)) {
      open = null;
      return;
    }
    const seen = phrases.get(text);
    if (!seen || seen.weight < open.weight) phrases.set(text, { text, where: open.zone, weight: open.weight });
    open = null;
  };
  let last = -1;
  for (const f of features) {
    const w = pull(f.key);
    if (f.run === undefined) {
      close();
      if (w > 0) phrases.set(f.key, { text: f.key.slice(2, f.key.lastIndexOf('@')), where: f.zone, weight: w });
      continue;
    }
    const continues = open !== null && open.zone === f.zone && open.run === f.run && last === f.at! - 1;
    last = f.at!;
    if (w < 0 || (w === 0 && !continues)) {
      close();
      continue;
    }
    if (continues) {
      open!.weight += w;
      if (w > 0) open!.end = f.at!;
    } else {
      close();
      open = { zone: f.zone, run: f.run, start: f.at!, end: f.at!, weight: w };
    }
  }
  close();
  return [...phrases.values()]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .map(({ text, where }) => ({ text, where }));
}
