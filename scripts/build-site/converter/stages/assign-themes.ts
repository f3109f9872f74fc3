// The themes of a measure (content/themes.json): one primary theme, where the
// measure's main action falls, and a secondary one only where the measure
// commits to a second action of its own. Cue words are read by zone — the
// measure's own title (its first sentence) weighs most, then the heading it
// sits under, then its text, then the outer headings — and where cues of two
// themes overlap the longer one counts (知识产权, not the 产权 of property
// registration; 工程建设项目, not the 项目 of investment). The cues that decided
// each theme are kept, so a page can say why.
import type { ThemeBasis } from '../../../../src/schemas/measure.ts';
import type { ThemeTaxonomy } from '../../../../src/schemas/theme.ts';
import { findClauses } from '../text/clauses.ts';

type Zone = ThemeBasis['cues'][number]['where'];

export interface ThemeWeights {
  /** What one mention of a cue weighs, by where it stands. */
  zone: Record<Zone, number>;
  /** A weak cue (监管, 创新) weighs this share of a strong one. */
  weak: number;
  /** A cue repeated in the text counts at most this often: repetition is not emphasis. */
  maxRepeats: number;
  /** A means theme's score where the title or heading names a subject. */
  means: number;
  /** A second theme needs this share of the primary's score … */
  secondaryShare: number;
  /**
   * … and this much of its own evidence: a title cue counts 2, a text cue 1.
   * At 4, the secondaries that survived the model were the reader's 31% of the
   * time (5-fold cross-validation, tuning part); at 6, 70%.
   */
  secondaryOwn: number;
  maxSecondary: number;
  /** The last cue of a title (its head noun) weighs this much more. */
  head: number;
  /** What a safeguards heading adds to organization (a plan-frame title twice this). */
  frame: number;
  /** An audience theme's heading cues (个体工商户 in 加大对个体工商户的服务供给) weigh this share. */
  audience: number;
}

/** Tuned on the tuning part of the labelled set (tests/fixtures/labels): `node scripts/eval/score.ts --set themes`. */
export const THEME_WEIGHTS: ThemeWeights = {
  zone: { title: 3, heading: 1.5, text: 1, 'outer-heading': 0.5, document: 1 },
  weak: 0.5,
  maxRepeats: 2,
  means: 0.5,
  secondaryShare: 0.6,
  secondaryOwn: 6,
  maxSecondary: 1,
  head: 1,
  frame: 5,
  audience: 0.3,
};

export interface ThemeAssignment {
  /** Theme ids, primary first. */
  themes: string[];
  basis: ThemeBasis[];
  /** How far the learnt model's score puts the primary theme ahead of the next (log score); absent without the model. */
  margin?: number;
}

export interface ThemeMatcher {
  /** `documentTitle` is read only when the measure and its headings name no theme (a list of application papers under a subsidy policy). */
  assign(measure: { path: string[]; text: string; title: string | null; label: string }, documentTitle?: string): ThemeAssignment;
}

export function themeMatcher(taxonomy: ThemeTaxonomy, w: ThemeWeights = THEME_WEIGHTS): ThemeMatcher {
  const WEIGHT = w.zone;
  const themeOf = new Map<string, string>();
  const weak = new Set<string>();
  const means = new Set(taxonomy.themes.filter((t) => t.means).map((t) => t.id));
  const audience = new Set(taxonomy.themes.filter((t) => t.audience).map((t) => t.id));
  for (const theme of taxonomy.themes) {
    for (const cue of theme.keywords) if (!themeOf.has(cue)) themeOf.set(cue, theme.id);
    for (const cue of theme.weakKeywords) weak.add(cue);
  }
  // One alternation, longest cue first: at each position the longest cue wins.
  const alternation = [...themeOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const pattern = new RegExp(`(?:${alternation})${NOT_A_BODY_NAME}`, 'g');
  // In a document's title the body is the issuer, and says what its plan is about (陕西省市场监督管理局关于印发…).
  const issuerPattern = new RegExp(alternation, 'g');
  const order = new Map(taxonomy.themes.map((t, i) => [t.id, i]));
  const cuesIn = (text: string): string[] => text.match(pattern) ?? [];
  // Measures under one heading share its cues: read once per heading.
  const headingCues = new Map<string, string[]>();
  const cuesOfHeading = (heading: string) => {
    let cues = headingCues.get(heading);
    if (!cues) headingCues.set(heading, (cues = cuesIn(heading)));
    return cues;
  };

  return {
    assign(measure, documentTitle) {
      const { title, body } = zones(measure);
      const mentions: { cue: string; where: Zone; head?: boolean }[] = [];
      // Titles are verb + object, and a Chinese noun phrase ends in its head: the
      // last cue of the title (the 收费 of 行业协会商会收费) names what is acted on.
      const titleCues = cuesIn(title);
      titleCues.forEach((cue, i) => {
        mentions.push({ cue, where: 'title', head: i === titleCues.length - 1 && titleCues.length > 1 });
      });
      const nearest = measure.path.at(-1);
      if (nearest) for (const cue of cuesOfHeading(nearest)) mentions.push({ cue, where: 'heading' });
      for (const heading of measure.path.slice(0, -1)) for (const cue of cuesOfHeading(heading)) mentions.push({ cue, where: 'outer-heading' });
      const repeats = new Map<string, number>();
      for (const cue of cuesIn(body)) {
        const n = (repeats.get(cue) ?? 0) + 1;
        repeats.set(cue, n);
        if (n <= w.maxRepeats) mentions.push({ cue, where: 'text' });
      }
      if (!mentions.length && documentTitle) for (const cue of documentTitle.match(issuerPattern) ?? []) mentions.push({ cue, where: 'document' });

      const scores: Scores = new Map();
      mentions.forEach(({ cue, where, head }, i) => {
        const theme = themeOf.get(cue)!;
        let s = scores.get(theme);
        if (!s) scores.set(theme, (s = { score: 0, first: i, own: 0, cues: new Map() }));
        const strength = weak.has(cue) ? w.weak : 1;
        const heading = where === 'heading' || where === 'outer-heading';
        s.score += WEIGHT[where] * strength * (head ? w.head : 1) * (heading && audience.has(theme) ? w.audience : 1);
        if (where === 'title') s.own += 2 * strength;
        else if (where === 'text') s.own += strength;
        if (!s.cues.has(cue) || WEIGHT[where] > WEIGHT[s.cues.get(cue)!]) s.cues.set(cue, where);
      });
      // The plan's own procedure — its goals across areas, safeguards and supervision — is
      // organization, unless the measure's title names a reform of its own.
      // Goals of one area only (a private-economy plan's 发展目标) are that area's.
      const areas = [...scores.keys()].filter((id) => id !== 'organization').length;
      if (PLAN_FRAME.test(title) && areas !== 1) bump(scores, 'organization', w.frame * 2);
      else if (measure.path.some((h) => SAFEGUARDS.test(h))) bump(scores, 'organization', w.frame);
      // A means (一网通办 …) yields to a subject the title or heading names (不动产登记 …).
      const subjectNamed = [...scores].some(([id, s]) => !means.has(id) && [...s.cues.values()].some((w) => w === 'title' || w === 'heading'));
      if (subjectNamed) for (const [id, s] of scores) if (means.has(id)) s.score *= w.means;
      const ranked = [...scores].sort(([a, x], [b, y]) => y.score - x.score || x.first - y.first || order.get(a)! - order.get(b)!);
      if (!ranked.length) return { themes: [], basis: [] };
      const [primary, top] = ranked[0]!;
      const secondary = ranked
        .slice(1)
        .filter(([, s]) => s.score >= w.secondaryShare * top.score && s.own >= w.secondaryOwn)
        .slice(0, w.maxSecondary);
      const chosen = [[primary, top] as const, ...secondary];
      return {
        themes: chosen.map(([id]) => id),
        basis: chosen.map(([theme, s], i) => ({
          theme,
          role: i === 0 ? 'primary' : 'secondary',
          by: 'cues',
          cues: [...s.cues]
            .sort((a, b) => w.zone[b[1]] - w.zone[a[1]])
            .slice(0, 4)
            .map(([text, where]) => ({ text, where })),
        })),
      };
    },
  };
}

/**
 * A cue that ends a body's name (市场监管局, 自治区市场监管厅, 税务部门) names who
 * acts, not what the measure is about: 积极协调自治区市场监管厅等部门 in a
 * company-registration measure is no market-regulation cue.
 */
const NOT_A_BODY_NAME = '(?![局厅委]|部门|系统|机关)';

/** Titles that frame the plan rather than act: its goals, principles, requirements. */
const PLAN_FRAME = /^(主要目标|工作目标|总体目标|发展目标|目标任务|总体要求|指导思想|基本原则|工作原则)/;
/** Headings of a plan's safeguards (保障措施): what sits under them is procedure unless it carries a reform. */
const SAFEGUARDS = /(保障措施|实施步骤|组织保障|工作保障|保障机制|工作要求|组织实施|实施保障|监督保障)/;

type Scores = Map<string, { score: number; first: number; own: number; cues: Map<string, Zone> }>;

function bump(scores: Scores, theme: string, by: number): void {
  const s = scores.get(theme);
  if (s) s.score += by;
  else scores.set(theme, { score: by, first: Number.MAX_SAFE_INTEGER, own: 0, cues: new Map() });
}

/**
 * The measure's own title (its short title, else its first sentence without
 * the label) and the rest of its text, without its unit and deadline clauses:
 * who does a task (市人社局) says nothing of what the task is.
 */
export function zones(measure: { text: string; title: string | null; label: string }): { title: string; body: string } {
  let text = measure.text.startsWith(measure.label) ? measure.text.slice(measure.label.length) : measure.text;
  for (const clause of findClauses(text).reverse()) text = text.slice(0, clause.start) + text.slice(clause.end);
  const stop = text.search(/[。；]/);
  const first = stop >= 0 ? text.slice(0, stop) : text;
  return measure.title ? { title: measure.title, body: text.replace(measure.title, '') } : { title: first, body: text.slice(first.length) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
