// Records derived across documents by scripts/analysis: named reforms,
// plan-to-plan transmissions and comparable metrics. Pages, downloads and the
// converter all read these schemas.
import { z } from 'zod';
import { isoDateSchema } from './source.ts';

/**
 * How a place stands on a theme, graded as caniuse grades support: it set a
 * quantified target, it has measures without a number, it has documents but
 * none on the theme, or no document of it is held (never shown as zero).
 */
export const cellStateSchema = z.enum(['target', 'measures', 'none', 'no-documents']);

/** Which way a metric's values are more ambitious. */
export const directionSchema = z.enum(['lower-is-better', 'higher-is-better']);

export type CellState = z.infer<typeof cellStateSchema>;
export type TransmissionKind = z.infer<typeof transmissionKindSchema>;
export type TransmissionBasis = z.infer<typeof transmissionBasisSchema>;
export type Direction = z.infer<typeof directionSchema>;

/** A document that names a reform, where and when, and the measures that name it. */
const reformMentionSchema = z.object({
  documentId: z.string(),
  date: isoDateSchema.nullable(),
  province: z.string(),
  city: z.string().nullable(),
  measureIds: z.array(z.string()),
});

/** A named reform (带押过户, 一照多址 …) and the documents that adopt it. */
export const reformSchema = z.object({
  /** URL slug (pinyin of the name): /reforms/<id>/ */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** How many times the measures put the name in quotation marks: the sum of quotedForms. */
  quoted: z.number().int(),
  /**
   * Each written form counted in `quoted` (the text between “ and ”: 告知承诺制 counts for 告知承诺), and how
   * often: a reader checks the count form by form against the measures' text (an open-data review could not).
   */
  quotedForms: z.record(z.string(), z.number().int().positive()).default({}),
  adoptions: z.array(reformMentionSchema),
  /**
   * Documents that mention the name without adopting it: a batch of others' reforms passed on to
   * study (开展“一照多址”改革等24项改革举措，…研究借鉴), or another place's practice offered to learn
   * from (`from`: 西安高新区), or a stage the measure moves on from (从“减证便民”向“无证利民”升级: surpassed).
   * Listed so a reader who finds the name there knows why it is not counted.
   */
  passedOn: z.array(reformMentionSchema.extend({ why: z.enum(['batch', 'practice', 'surpassed']), from: z.string().nullable() })).default([]),
});

/** What became of an upstream measure downstream. */
export const transmissionKindSchema = z.enum(['kept', 'changed', 'dropped', 'added']);

/** Why two plans are paired: the downstream cites the upstream, or their measures overlap. */
export const transmissionBasisSchema = z.enum(['citation', 'similarity']);

/** One row of a plan-to-plan comparison. */
export const transmissionRowSchema = z.object({
  kind: transmissionKindSchema,
  upstream: z.string().nullable(),
  downstream: z.string().nullable(),
  score: z.number().nullable(),
  /**
   * A pair matched although its texts are not close: each is the other's best
   * and their titles overlap (rewritten), their titles alone are near one
   * (title), their opening sentences share a long run of words (opening), the
   * upstream title quotes a reform, or names a thing, only this downstream measure names (term), or
   * every target of the upstream measure stands in downstream measures, which
   * detail it (targets), a good share of its words stand in a downstream
   * measure that took it in with others (merged), or a downstream row is
   * written mostly in its words (contained), or opens with one of its sentences word for word (lifted), or stands
   * under a heading of its own document that is its title (filed: a task list's 目标任务 column names the plan item),
   * or, being in its plan's goals section, states one of the quantities of the goals item it takes in part (goals),
   * or is its plan's one safeguard of the kind the item is, rewritten (safeguard: 组织领导, 督导, 考核, 宣传).
   * Absent for a pair whose texts are close.
   */
  by: z
    .enum(['rewritten', 'title', 'opening', 'term', 'targets', 'merged', 'titled', 'named', 'contained', 'lifted', 'filed', 'goals', 'safeguard'])
    .optional(),
  /** Further downstream measures that detail the same upstream one (a plan item a task list splits over rows: by its targets or its words). */
  alsoDownstream: z.array(z.string()).optional(),
  /**
   * Tasks of the upstream measure (its sentences: untakenTasks) that neither
   * the downstream measures nor any one measure of the downstream document
   * take on, read by their telling words: what a kept or changed row leaves
   * out. Absent when there are none.
   */
  untaken: z.array(z.string()).optional(),
  /** What changed: targets and deadline, upstream → downstream. */
  changes: z.array(
    z.object({
      field: z.enum(['target', 'deadline']),
      upstream: z.string().nullable(),
      downstream: z.string().nullable(),
      /** The level the downstream measure says it builds on (在…0.5个工作日以内的基础上), stated where the upstream's target is not. */
      baseline: z.string().optional(),
      /** The clause that commits all of what the upstream's share target is of (新批工业项目全部采用…“标准地”供地 against 不低于30％). */
      whole: z.string().optional(),
      /** That level (or all) already meets the upstream's target: the commitment stands (the row is kept). */
      reached: z.boolean().optional(),
      /** A measure without a deadline in a plan that dates its goals section instead: those deadlines as written (2023年底前；2024年底前). */
      goals: z.string().optional(),
      /**
       * The upstream's date is one it sets its own departments, or for filing the implementing plan
       * (2023年5月底前报省政府办公厅备案): not the implementing plan's to restate, so no change (the row is kept).
       */
      upstreamOwn: z.literal(true).optional(),
    }),
  ),
});

/** A city plan that implements a higher or earlier plan, measure by measure. */
export const transmissionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  upstreamId: z.string(),
  downstreamId: z.string(),
  /** Why the two are paired: the downstream cites the upstream, or their measures overlap. */
  basis: transmissionBasisSchema,
  /** Share of upstream measures the downstream takes over (kept or changed). */
  coverage: z.number(),
  rows: z.array(transmissionRowSchema),
});

/** One sub-quantity of a metric (一般登记 / 抵押登记 of 不动产登记时间): never charted with another. */
export const qualifierSchema = z.object({
  name: z.string(),
  /** Words in the target's own clause (or between the metric's words and it) that say this sub-quantity is meant. */
  keywords: z.array(z.string()).min(1),
  /**
   * What this sub-quantity is, where the metric's definition describes another (信用贷款's 新增 is a year's
   * increase, its definition the balance: a site review found the increase's row explained as the balance).
   */
  definition: z.string().optional(),
});

/** A comparable quantity (content/metrics.json). */
export const metricSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  theme: z.string(),
  /** What is measured, in one line, as the codebook page shows it. */
  definition: z.string(),
  /** Units the metric is stated in; only values in the same unit are compared (小时 and 个工作日 never convert). */
  units: z.array(z.string()).min(1),
  direction: directionSchema,
  /** Words that, in the target's own clause, say it measures this. */
  keywords: z.array(z.string()).min(1),
  /** Words that, in the target's own clause, say it measures something else (印章刻制 is not 企业开办时间). */
  excludes: z.array(z.string()).default([]),
  /** The sub-quantities the metric's name covers, most specific first. */
  qualifiers: z.array(qualifierSchema).default([]),
  /** What a target that names no qualifier measures (工程建设项目审批时间 without one is the 全流程 time). */
  defaultQualifier: z.string().default(''),
  /**
   * A stock a place holds (每万人发明专利拥有量): its level is mostly the place's base, so targets are
   * listed side by side, never ranked as more or less ambitious (two site reviews read 0.35 件 as 最宽松).
   */
  stock: z.boolean().default(false),
});

export const metricTaxonomySchema = z.object({ description: z.string(), metrics: z.array(metricSchema) });

export type Reform = z.infer<typeof reformSchema>;
export type Transmission = z.infer<typeof transmissionSchema>;
export type TransmissionRow = z.infer<typeof transmissionRowSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type MetricTaxonomy = z.infer<typeof metricTaxonomySchema>;
