// The source manifest (sources/manifest.json) names each delivered file, what
// it is, the layout reader that parses it, and any metadata the text itself
// does not state, always with the reason it is supplied.
import { z } from 'zod';

export const layoutSchema = z.enum(['task-table', 'web-notice', 'compilation', 'web-plan', 'ledger']);

const suppliedSchema = <T extends z.ZodType>(value: T) => z.object({ value, reason: z.string().min(1) });

export const manifestEntrySchema = z.object({
  /** File name inside the sources folder. */
  file: z.string(),
  /** Name the file was delivered under (kept for traceability). */
  originalName: z.string(),
  layout: layoutSchema,
  /** What the file is, in the delivering party's words. */
  description: z.string(),
  /** Canonical web address the text was taken from, when known. */
  origin: z.string().nullable().default(null),
  /** Place, when the text states it only implicitly (e.g. a city-only title). */
  province: z.string().optional(),
  city: z.string().nullable().optional(),
  /** A compilation file that begins inside a province section, after document N-1 of it. */
  continues: z.object({ province: z.string(), number: z.number().int().positive() }).optional(),
  /** Extraction dropped characters (quote marks, 年/月, the dots of item numbers, 、 between names). */
  lostCharacters: z.boolean().default(false),
  /** Metadata the text does not state, each with its reason. */
  supplied: z
    .object({
      date: suppliedSchema(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
      year: suppliedSchema(z.number().int()).optional(),
      issuers: suppliedSchema(z.array(z.string())).optional(),
    })
    .default({}),
});

export const manifestSchema = z.object({
  /** The compilation the compilation-layout files come from. */
  compilation: z.string(),
  files: z.array(manifestEntrySchema),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;
/** The five source layouts the converter reads (see sources/README.md). */
export type Layout = z.infer<typeof layoutSchema>;
