import { z } from 'zod';
import { measureBodySchema } from './body.ts';
import { isoDateSchema, sourceFileSchema } from './source.ts';

export const deadlineKindSchema = z.enum([
  /** One date (10月底 → 10-31, 年底前 → 12-31, 上半年 → 06-30, 一季度 → 03-31). */
  'date',
  /** 长期, 持续, 长期坚持: no end date. */
  'ongoing',
  /** Several dates or a date plus ongoing (6月底前…12月底前, 年底前并长期坚持). */
  'multiple',
  /** 适时, 视情况: the source leaves the time open on purpose — no date, and nothing left unread. */
  'discretionary',
  /** Text is a deadline the parser could not read; `raw` keeps it. */
  'unreadable',
  /**
   * The measure applies over a stated period (执行期限为2023年1月1日至2023年12月31日: a fee cut, a tax
   * relief): no task falls due, so no date; `period` gives its span.
   */
  'period',
  /**
   * A time that comes round (每年9月, 每年一季度前, 次年3月底前, 每月19日前): a routine, not a date the task
   * is done by, so no date; `raw` keeps it (a review found such tasks shown as 时限未注明).
   */
  'recurring',
]);

export const deadlineSchema = z.object({
  /** Exactly as written in the source. */
  raw: z.string(),
  /** Last day meant, ISO; for `multiple` the latest dated step; null when none. */
  date: isoDateSchema.nullable(),
  kind: deadlineKindSchema,
  /** Every dated step, ascending (for `multiple`). */
  dates: z.array(isoDateSchema),
  /** Where it was written: a column or 完成时限 field, or inside the measure text. */
  origin: z.enum(['column', 'field', 'text', 'heading']),
  /** True when the year was not written and the document's year was used. */
  yearInferred: z.boolean(),
  /**
   * The task goes on after its dated step (2023年6月底前并长期坚持): the date is a stage, so it is
   * never past due, and timelines leave it out as they leave out 长期.
   */
  continues: z.literal(true).optional(),
  /**
   * Earlier steps the running text dates under a column's or field's deadline (哈密: 完成时限
   * 2023年12月30日, and in its text 2023年3月底前，配合自治区完成…), as written and read;
   * `date` stays the column's.
   */
  textSteps: z.array(z.object({ raw: z.string(), date: isoDateSchema })).optional(),
  /**
   * A deadline the running text sets in stages (2023年底前，…网上办；2024年底前，…；2025年底前，…):
   * each phrase with its date, in text order, so a page shown for one sentence's words gives that
   * sentence's date, not the last stage's (a site review found 网上办 due 2025 where its sentence says 2023).
   */
  stages: z.array(z.object({ raw: z.string(), date: isoDateSchema })).optional(),
  /**
   * Dates the text gives a long-range vision (到2035年 in a 2023 plan's 总体目标), ten or more years
   * past the document's: not the task's deadline, and said beside it, so a page does not claim the
   * text dates only one sentence.
   */
  visions: z.array(z.object({ raw: z.string(), date: isoDateSchema })).optional(),
  /**
   * The measure states its plan's goals (二、发展目标: 到2025年，…): its dates are the years the goals are for,
   * not a task's deadline, so it is never past due and not counted as 有明确时限.
   */
  goal: z.literal(true).optional(),
  /** The date is counted from the document's issue (本要点印发后30日内), as its signature dates it. */
  fromIssue: z.literal(true).optional(),
  /** The span a `period` measure applies over; `from` is null where only its end is written (执行期限至2024年12月31日). */
  period: z.object({ from: isoDateSchema.nullable(), to: isoDateSchema }).optional(),
});

/** ≤ for 以内/不超过/压缩至, ≥ for 以上/不低于/达到, = otherwise. */
/** `>`: 超过 80% is strictly more than 80% (a review read ≥ 80% for it); ranked as `>=` is. */
export const comparatorSchema = z.enum(['<=', '>=', '>', '=']);

export const quantitySchema = z.object({ value: z.number(), unit: z.string() });

export const targetSchema = z.object({
  /** Exact phrase in the measure text. */
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  /** Starting value for 由4天压缩至4小时. */
  from: quantitySchema.optional(),
  /** A range as written (3至5个, 1—2个名次): its two ends; `value` is the end the plan commits to. */
  range: z.tuple([z.number(), z.number()]).optional(),
  /** Year of a per-year series value (2023 年…达到23.8 万户; 2024 年…). */
  year: z.number().int().optional(),
  comparator: comparatorSchema,
  /** A level to reach (压缩至3个工作日), or an amount of change (缩短30天, 增长10%). Levels and changes never share a chart. */
  kind: z.enum(['level', 'change']),
  /** Offset of `text` inside the measure text (UTF-16 code units). */
  offset: z.number().int().nonnegative(),
  /** Comparable metric (content/metrics.json) the target measures, when recognised. */
  metric: z.string().optional(),
  /** The sub-quantity of the metric the target's own clause names (抵押登记), '' for the metric as a whole. */
  qualifier: z.string().optional(),
  /** What the target's own clause says is measured, as written and trimmed (新增高新技术企业); targets without a metric are compared by it. */
  subject: z.string().optional(),
  /** The theme the target is compared on where its metric fixes it (the metric's theme); else the theme its own clause names by the cue rules (食品安全满意度 → market-regulation), when it names one. */
  theme: z.string().optional(),
});

/** Why a measure has a theme: the theme, whether it is the primary one, and the cue words that decided it, with where each stood. */
export const themeBasisSchema = z.object({
  theme: z.string(),
  role: z.enum(['primary', 'secondary']),
  cues: z.array(z.object({ text: z.string(), where: z.enum(['title', 'heading', 'text', 'outer-heading', 'document']) })),
  /**
   * `learnt`: the model learnt from the labelled set (content/theme-model.json)
   * overruled the cue rules, and `cues` are the words of the measure that
   * weighed most towards this theme against the rules' choice. `target`: a
   * secondary theme the measure commits to with a quantified target on one of
   * its metrics (content/metrics.json), and `cues` are those targets' phrases. `ruling`: a secondary theme
   * the primary's `companions` add (content/themes.json), and `cues` are the joint words (水电气); or a primary
   * theme a `titleRulings` entry gives from the measure's title, and `cues` are the title's words (开办, 注销).
   */
  by: z.enum(['cues', 'learnt', 'target', 'ruling']).default('cues'),
  /**
   * A primary theme the learnt model puts only narrowly ahead of another (theme-model.ts UNSURE): in
   * cross-validation such filings were the reader's about half the time, the rest nine times in ten.
   */
  unsure: z.literal(true).optional(),
});

/** A measure elsewhere whose text is close to this one's. */
export const similarMeasureSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  /** Cosine similarity of character-bigram TF-IDF vectors, 0–1. */
  score: z.number(),
});

export const measureSchema = z.object({
  /** Stable id: document id plus the numbering path; the HTML anchor on the document page. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  documentId: z.string(),
  /** Position in the document, from 1. */
  ordinal: z.number().int().positive(),
  /** Numbering label as written: （一）, 1., 1), 序号 12. */
  label: z.string(),
  /** Short name of the task: its first sentence or its table title, when short. */
  title: z.string().nullable(),
  /** Enclosing headings, outermost first. */
  path: z.array(z.string()),
  /** Full text, line breaks and page markers repaired. */
  text: z.string().min(1),
  /** The bodies the measure names to lead it and to share it, each once, in the order named, with where it was named. */
  bodies: z.array(measureBodySchema),
  /** A list ended in 等 (…等市级相关部门): the bodies named are not all. */
  openLists: z.object({ lead: z.boolean(), responsible: z.boolean(), support: z.boolean() }),
  /** Pieces of a unit list that read as no body's name (damaged text), kept as written. */
  unreadableBodies: z.array(z.string()),
  deadline: deadlineSchema.nullable(),
  /**
   * The place whose practice the measure copies, as a 复制推广 list's 来源 column names it (成都市):
   * the measure is its issuer's call to copy it, and the figures it states are that place's, so
   * comparisons never count them as the issuer's targets.
   */
  practiceFrom: z.string().optional(),
  /**
   * Columns of a task table whose cell the source leaves blank, read as the row above's (a merged cell printed once):
   * the bodies or deadline from them are the table's by that reading, and pages say so.
   */
  carriedCells: z.array(z.enum(['lead', 'responsible', 'support', 'deadline'])).optional(),
  /**
   * A task whose 具体举措 are measures of their own (铜川's （二）…（牵头…负责）具体举措：1.… 2.…): their ids.
   * They carry it out, and comparisons count it once, as them (src/domain/restatements.ts); it keeps its own bodies.
   */
  detailedBy: z.array(z.string()).optional(),
  targets: z.array(targetSchema),
  /**
   * Levels the measure says its place already stands at, not targets (在…压减至0.5个工作日以内的基础上,
   * 提升企业开办0.5个工作日办理质效): kept where they measure a comparable metric, shown beside that
   * metric's chart and never ranked with its targets.
   */
  statedLevels: z.array(targetSchema).default([]),
  /** Theme ids from content/themes.json, the primary first (filled by the theme stage). */
  themes: z.array(z.string()),
  /** Why each of them: the cues that decided it. */
  themeBasis: z.array(themeBasisSchema),
  /** Named reforms (content/analysis/reforms.json) the measure mentions. */
  reforms: z.array(z.string()),
  /** Closest measures in other documents, best first. */
  similar: z.array(similarMeasureSchema),
  /** Permalink: document page plus anchor. */
  url: z.string(),
  source: z.object({
    file: sourceFileSchema,
    /** Line of the source text; for PDF, Word and web pages, of the text their reader extracted (one paragraph or table row a line). */
    line: z.number().int().positive(),
    endLine: z.number().int().positive(),
    /** Page: of the compilation (# Page N:) or of the PDF. */
    page: z.number().int().nullable(),
    /** The page it ends on, where it runs over a page break (哈密's 95% stands on 1744, its measure opens on 1743: a review). */
    endPage: z.number().int().optional(),
    /** Excel sources: the cell the measure's text was read from, `sheet!D5`. */
    cell: z
      .string()
      .regex(/^.+![A-Z]+\d+$/)
      .optional(),
  }),
});

export type Measure = z.infer<typeof measureSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;
export type Target = z.infer<typeof targetSchema>;
export type SimilarMeasure = z.infer<typeof similarMeasureSchema>;
export type ThemeBasis = z.infer<typeof themeBasisSchema>;
export type Comparator = z.infer<typeof comparatorSchema>;
