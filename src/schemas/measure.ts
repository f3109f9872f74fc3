import { z } from 'zod';
import { isoDateSchema, sourceFileSchema } from './source.ts';

/** Where a measure's units were read from. */
export const unitOriginSchema = z.enum([
  /** A table column (a blank cell repeats the row above). */
  'column',
  /** The item's own text: （市工信局牵头，…配合）, 责任单位：…, (责任单位:…). */
  'item',
  /** An enclosing heading: （…牵头）, （…分别牵头）. */
  'heading',
  /** A document-wide rule, e.g. 各项任务的第一责任单位为牵头单位. */
  'document-rule',
  /** No unit stated anywhere. */
  'none',
]);

export const deadlineKindSchema = z.enum([
  /** One date (10月底 → 10-31, 年底前 → 12-31, 上半年 → 06-30, 一季度 → 03-31). */
  'date',
  /** 长期, 持续, 长期坚持: no end date. */
  'ongoing',
  /** Several dates or a date plus ongoing (6月底前…12月底前, 年底前并长期坚持). */
  'multiple',
  /** Text is a deadline the parser could not read; `raw` keeps it. */
  'unreadable',
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
});

export const quantitySchema = z.object({ value: z.number(), unit: z.string() });

export const targetSchema = z.object({
  /** Exact phrase in the measure text. */
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  /** Starting value for 由4天压缩至4小时. */
  from: quantitySchema.optional(),
  /** Year of a per-year series value (2023 年…达到23.8 万户; 2024 年…). */
  year: z.number().int().optional(),
  /** ≤ for 以内/不超过/压缩至, ≥ for 以上/不低于/达到, = otherwise. */
  comparator: z.enum(['<=', '>=', '=']),
  /** Offset of `text` inside the measure text (UTF-16 code units). */
  offset: z.number().int().nonnegative(),
  /** Comparable metric (content/metrics.json) the target measures, when recognised. */
  metric: z.string().optional(),
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
  /** Unit names as written, split on 、，, and spaces. */
  leadUnits: z.array(z.string()),
  responsibleUnits: z.array(z.string()),
  /** Same lists with shared prefixes expanded (市市场监管局、人社局 → 市人社局). */
  leadUnitsNormalized: z.array(z.string()),
  responsibleUnitsNormalized: z.array(z.string()),
  /** Where each list was read from: the item, a column, a heading, a document rule. */
  unitOrigin: z.object({ lead: unitOriginSchema, responsible: unitOriginSchema }),
  deadline: deadlineSchema.nullable(),
  targets: z.array(targetSchema),
  /** Theme ids from content/themes.json (filled by the theme stage). */
  themes: z.array(z.string()),
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
    /** Excel sources: the cell the measure's text was read from, `sheet!D5`. */
    cell: z.string().regex(/^.+![A-Z]+\d+$/).optional(),
  }),
});

export type Measure = z.infer<typeof measureSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;
export type Target = z.infer<typeof targetSchema>;
export type SimilarMeasure = z.infer<typeof similarMeasureSchema>;
export type UnitOrigin = z.infer<typeof unitOriginSchema>;
