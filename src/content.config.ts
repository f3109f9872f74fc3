// Content collections over the converter's output. The schemas are the ones
// the converter validates against (src/schemas): one source of truth.
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, file as fileLoader, glob } from 'astro/loaders';
import { z } from 'zod';
import { documentSchema } from './schemas/document.ts';
import { metricSchema, reformSchema, transmissionSchema } from './schemas/analysis.ts';
import { themeSchema } from './schemas/theme.ts';
import { bodySchema } from './schemas/body.ts';
import { contentDir } from './site-data/content-dir.ts';

// The data store holds what pages need and nothing more: the MDX is compiled
// from its file when a page renders, so its raw text is not kept
// (`retainBody: false`), and measures are read from their own store
// (src/site-data/measures.ts), not kept here.
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: path.join(contentDir, 'documents'), retainBody: false }),
  schema: documentSchema,
});

const provinces = defineCollection({
  loader: file(path.join(contentDir, 'provinces.json'), { parser: (text) => JSON.parse(text).map((p: { slug: string }) => ({ id: p.slug, ...p })) }),
  schema: z.object({
    name: z.string(),
    fullName: z.string(),
    slug: z.string(),
    listedEmpty: z.boolean(),
    documentCount: z.number(),
  }),
});

/** A JSON file holding an array of records with ids (or a key holding one). */
const records = (file: string, key?: string) => fileLoader(path.join(contentDir, file), { parser: (text) => (key ? JSON.parse(text)[key] : JSON.parse(text)) });

const reforms = defineCollection({ loader: records('analysis/reforms.json'), schema: reformSchema });
const transmissions = defineCollection({ loader: records('analysis/transmissions.json'), schema: transmissionSchema });
const bodies = defineCollection({ loader: records('analysis/bodies.json'), schema: bodySchema });
// The taxonomies are hand-kept data, always read from the repository's content/.
const themes = defineCollection({ loader: fileLoader('./content/themes.json', { parser: (text) => JSON.parse(text).themes }), schema: themeSchema });
const metrics = defineCollection({ loader: fileLoader('./content/metrics.json', { parser: (text) => JSON.parse(text).metrics }), schema: metricSchema });

export const collections = { documents, provinces, reforms, transmissions, bodies, themes, metrics };
