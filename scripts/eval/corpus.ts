// The real corpus as the build makes it, converted and analysed in memory (no
// disk writes): what the accuracy figures and the corpus-wide tests read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { metricTaxonomySchema, type MetricTaxonomy } from '../../src/schemas/analysis.ts';
import { themeTaxonomySchema, type ThemeTaxonomy } from '../../src/schemas/theme.ts';
import { bodyTaxonomySchema, type BodyTaxonomy } from '../../src/schemas/body.ts';
import { analyze, type Analysis } from '../build-site/analysis/analyze.ts';
import { readSources } from '../build-site/converter/io/read.ts';
import { convert } from '../build-site/converter/pipeline.ts';

export const root = path.resolve(import.meta.dirname, '../..');
export const themes: ThemeTaxonomy = themeTaxonomySchema.parse(JSON.parse(readFileSync(path.join(root, 'content/themes.json'), 'utf8')));
export const bodies: BodyTaxonomy = bodyTaxonomySchema.parse(JSON.parse(readFileSync(path.join(root, 'content/bodies.json'), 'utf8')));
export const metrics: MetricTaxonomy = metricTaxonomySchema.parse(JSON.parse(readFileSync(path.join(root, 'content/metrics.json'), 'utf8')));

let cached: Promise<Analysis> | undefined;

export function realCorpus(): Promise<Analysis> {
  cached ??= (async () => {
    const read = await readSources(path.join(root, 'sources'), root);
    return analyze(convert(read.sources, read.manifest, { themes, bodies }).documents, metrics, bodies);
  })();
  return cached;
}
