// The real corpus as the build makes it, converted and analysed in memory (no
// disk writes): what the accuracy figures and the corpus-wide tests read.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { metricTaxonomySchema, type MetricTaxonomy } from '../../src/schemas/analysis.ts';
import { themeModelSchema, themeTaxonomySchema, type ThemeModel, type ThemeTaxonomy } from '../../src/schemas/theme.ts';
import { bodyTaxonomySchema, type BodyTaxonomy } from '../../src/schemas/body.ts';
import { analyze, type Analysis } from '../build-site/analysis/analyze.ts';
import { readSources } from '../build-site/converter/io/read.ts';
import { convert } from '../build-site/converter/pipeline.ts';

export const root = path.resolve(import.meta.dirname, '../..');
export const themes: ThemeTaxonomy = themeTaxonomySchema.parse(JSON.parse(readFileSync(path.join(root, 'content/themes.json'), 'utf8')));
const modelFile = path.join(root, 'content/theme-model.json');
/** Absent only before the first training (train-themes.ts reads the corpus to write it). */
export const themeModel: ThemeModel | undefined = existsSync(modelFile) ? themeModelSchema.parse(JSON.parse(readFileSync(modelFile, 'utf8'))) : undefined;
export const bodies: BodyTaxonomy = bodyTaxonomySchema.parse(JSON.parse(readFileSync(path.join(root, 'content/bodies.json'), 'utf8')));
export const metrics: MetricTaxonomy = metricTaxonomySchema.parse(JSON.parse(readFileSync(path.join(root, 'content/metrics.json'), 'utf8')));

let cached: Promise<Analysis> | undefined;

export function realCorpus(): Promise<Analysis> {
  cached ??= (async () => {
    const read = await readSources(path.join(root, 'sources'), root);
    return analyze(convert(read.sources, read.manifest, { themes, themeModel, bodies }).documents, metrics, bodies);
  })();
  return cached;
}
