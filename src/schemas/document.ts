import { z } from 'zod';
import { isoDateSchema, sourceFileSchema } from './source.ts';

/** Administrative level of the issuing government (省级 or 市级). */
export const levelSchema = z.enum(['province', 'city']);

/** Why a metadata field holds the value it holds, or why it is empty. */
export const metaOriginSchema = z.enum([
  /** Read from the document's title line, e.g. （2023 年6 月3 日）. */
  'title',
  /** Read from the signature date at the end of the notice. */
  'signature',
  /** Read from the web page's metadata block (生成日期, 文号). */
  'page-meta',
  /** Supplied by sources/manifest.json, with a stated reason. */
  'manifest',
  /** No text states it; left empty rather than guessed. */
  'not-stated',
]);

export const documentSourceSchema = z.object({
  file: sourceFileSchema,
  /** Original file name as delivered, kept by the manifest. */
  originalName: z.string(),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
  /** Compilation page numbers (# Page N:) or PDF pages, null for files without pages. */
  firstPage: z.number().int().nullable(),
  lastPage: z.number().int().nullable(),
  /** Pages at the span's end the extraction left without text (an annex printed as images): their content is not in the sources. */
  blankPages: z.object({ first: z.number().int(), last: z.number().int() }).optional(),
  /** The format the text was extracted from (io/formats/); absent for plain text. Lines then count the extracted text's paragraphs and rows. */
  format: z.enum(['pdf', 'docx', 'xlsx', 'html']).optional(),
});

export const documentSchema = z.object({
  /** Stable slug: place, date and a hash of the title; also the page URL segment. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** Issuing bodies; joint issuers (中共X委 X人民政府) split. */
  issuers: z.array(z.string()),
  /** Site path of the document page. */
  url: z.string(),
  /** 文号, normalized: no spaces, 〔〕 brackets, e.g. 陕政办发〔2023〕11号. */
  docNumber: z.string().nullable(),
  /** Issue date, ISO. */
  date: isoDateSchema.nullable(),
  /** Year the document's undated deadlines (年底前) refer to. */
  year: z.number().int().nullable(),
  /** Where `date` came from, or `not-stated`. */
  dateOrigin: metaOriginSchema,
  /** The manifest's reason when it supplies metadata the text does not state, or the date a compilation printed after the title where it differs from the signature's. */
  dateNote: z.string().nullable(),
  province: z.string(),
  city: z.string().nullable(),
  /** Why the document stands where it does when its source filed it elsewhere (a compilation's 甘肃 part holding 甘孜's plan). */
  placeNote: z.string().nullable().default(null),
  /** Words a source's title dropped and the signature restores (来源标题省去了“中卫”): the title shown is whole. */
  titleNote: z.string().nullable().default(null),
  /** Why a province-level 文号 reads oddly: it opens with another province's one-character name (湘 on a 甘肃 notice). */
  docNumberNote: z.string().nullable().default(null),
  level: levelSchema,
  /** Source layout reader that parsed the document (not `layout`: MDX reserves that key). */
  sourceLayout: z.string(),
  /** Number of measures extracted from the document. */
  measureCount: z.number().int().nonnegative(),
  /** Set when the sources hold the document by its title and 文号 alone (a compilation's pages that extraction left empty). */
  textless: z.literal(true).optional(),
  /**
   * Set when extraction lost characters of the source (石嘴山 2020: 20206月底前, 〔20205号): the text
   * is shown as extracted, and dates, numbers and item numbers were read as meant where that is unique.
   */
  lostCharacters: z.literal(true).optional(),
  /** Annexes the document names and its source leaves out (附件：…（略）): their tasks are not in the sources. */
  omittedAnnexes: z.array(z.string()).optional(),
  /** Compilation in which the document was published, if any. */
  compilation: z.string().nullable(),
  source: documentSourceSchema,
});

export type PolicyDocument = z.infer<typeof documentSchema>;
export type Level = z.infer<typeof levelSchema>;
export type MetaOrigin = z.infer<typeof metaOriginSchema>;
