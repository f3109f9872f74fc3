// The real corpus, converted and analysed once per test file (no disk writes).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, type Analysis } from '../../scripts/build-site/analysis/analyze.ts';
import { convert } from '../../scripts/build-site/converter/pipeline.ts';
import { readSources } from '../../scripts/build-site/converter/io/read.ts';
import { metricTaxonomySchema, type MetricTaxonomy } from '../../src/schemas/analysis.ts';
import { themeTaxonomySchema, type ThemeTaxonomy } from '../../src/schemas/theme.ts';

export const root = path.resolve(import.meta.dirname, '../..');
export const themes: ThemeTaxonomy = themeTaxonomySchema.parse(JSON.parse(readFileSync(path.join(root, 'content/themes.json'), 'utf8')));
export const metrics: MetricTaxonomy = metricTaxonomySchema.parse(JSON.parse(readFileSync(path.join(root, 'content/metrics.json'), 'utf8')));

let cached: Promise<Analysis> | undefined;

export function realCorpus(): Promise<Analysis> {
  cached ??= (async () => {
    const read = await readSources(path.join(root, 'sources'), root);
    return analyze(convert(read.sources, read.manifest, { themes }).documents, metrics);
  })();
  return cached;
}
