// Content collections over the converter's output. The schemas are the ones
// the converter validates against (src/schemas): one source of truth.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, file as fileLoader, glob } from 'astro/loaders';
import { z } from 'zod';
import { documentSchema } from './schemas/document.ts';
import { measureSchema } from './schemas/measure.ts';
import { metricSchema, reformSchema, transmissionSchema } from './schemas/analysis.ts';
import { themeSchema } from './schemas/theme.ts';
import { bodySchema } from './schemas/body.ts';

/** Where `npm run ingest` wrote its output; another corpus can be built with POLICY_CONTENT_DIR. */
const contentDir = process.env.POLICY_CONTENT_DIR ?? './content';

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: path.join(contentDir, 'documents') }),
  schema: documentSchema,
});

/** One JSON array per document; every measure becomes an entry keyed by its id. */
const measures = defineCollection({
  loader: {
    name: 'measures-loader',
    load: async ({ store, parseData, logger }) => {
      const dir = path.join(contentDir, 'measures');
      const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
      store.clear();
      for (const name of files) {
        const records = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { id: string }[];
        for (const record of records) {
          store.set({ id: record.id, data: await parseData({ id: record.id, data: record }) });
        }
      }
      logger.info(`${store.keys().length} measures from ${files.length} documents`);
    },
  },
  schema: measureSchema,
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

export const collections = { documents, measures, provinces, reforms, transmissions, bodies, themes, metrics };
