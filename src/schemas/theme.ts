import { z } from 'zod';

/** One theme of the taxonomy in content/themes.json. */
export const themeSchema = z.object({
  /** URL slug: /compare/<id>/ */
  id: z.string().regex(/^[a-z-]+$/),
  name: z.string(),
  /** `indicator`: a national business-environment evaluation indicator; `extra`: a theme the sources need beyond them. */
  group: z.enum(['indicator', 'extra']),
  /** One line: what the theme covers. */
  definition: z.string().min(1),
  /** What it includes, following the national 营商环境评价 indicator where there is one. */
  includes: z.array(z.string().min(1)).min(1),
  /** What it does not include, and the theme that takes it (or a note where none does). */
  excludes: z.array(z.object({ what: z.string().min(1), goesTo: z.string().optional(), note: z.string().optional() })),
  /** Hard cases ruled once, as a codebook's interpretation guide records them. */
  rulings: z.array(z.string().min(1)).default([]),
  /**
   * Cue words of the theme. Where cues of two themes overlap in a text the
   * longer one counts (知识产权 is ip, not the 产权 of property registration).
   */
  keywords: z.array(z.string().min(1)).min(1),
  /**
   * A means other themes use (一网通办, 数据共享, 政策解读) more than a subject of
   * its own: where the measure's title or heading names another theme's
   * subject, that subject is the primary theme.
   */
  means: z.boolean().default(false),
  /**
   * Names whom a measure serves (个体工商户, 民营企业) rather than what it does:
   * in a heading it says little about the measures under it.
   */
  audience: z.boolean().default(false),
  /** Cues too general to decide alone (监管, 创新, 数据): they count half. */
  weakKeywords: z.array(z.string().min(1)).default([]),
  /**
   * Themes a measure filed here acts on too when its text names them jointly with this one (a ruling's
   * “另以…为次要主题”): 水电气 in a 获得用水用气 measure makes 获得电力 a secondary theme. Cue scores cannot
   * say it — 水电气 is one cue, and it is water-gas's.
   */
  companions: z.array(z.object({ theme: z.string(), cues: z.array(z.string().min(1)).min(1) })).default([]),
  /**
   * A ruling that makes this the primary theme of a measure whose own title names one word of each group
   * (开办和注销: 优化企业开办和注销流程 is 开办企业's, with 市场主体退出 beside it; not 开办 in a list of matters), whatever the
   * cue scores and the learnt model chose: a review found the codebook's own rulings broken on the page.
   */
  titleRulings: z.array(z.object({ allOf: z.array(z.array(z.string().min(1)).min(1)).min(1) })).default([]),
});

export const themeTaxonomySchema = z.object({
  description: z.string(),
  themes: z.array(themeSchema).min(1),
});

export type Theme = z.infer<typeof themeSchema>;
export type ThemeTaxonomy = z.infer<typeof themeTaxonomySchema>;

/**
 * The learnt half of theme assignment (content/theme-model.json): word-pair
 * counts per theme from the tuning part of the labelled themes set, read as a
 * naive Bayes model beside the cue rules. `node scripts/eval/train-themes.ts`
 * writes it; nothing held out is read.
 */
export const themeModelSchema = z.object({
  description: z.string(),
  /** Add-α smoothing of the feature counts. */
  alpha: z.number().positive(),
  /** What the cue rules' primary theme adds to a theme's log score (half for their secondary). */
  ruleBonus: z.number().nonnegative(),
  /** Labelled measures per theme (the prior); a reader's secondary theme counts half. */
  records: z.record(z.string(), z.number().nonnegative()),
  /** Feature occurrences per theme (the denominators). */
  totals: z.record(z.string(), z.number().nonnegative()),
  /** Per feature (`T:`/`H:`/`B:` a character pair in the title, heading or text; `C:` a cue and where it stood): count per theme. */
  counts: z.record(z.string(), z.record(z.string(), z.number().positive())),
});

export type ThemeModel = z.infer<typeof themeModelSchema>;
