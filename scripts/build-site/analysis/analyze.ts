// Cross-document analysis of a whole corpus in memory: similar measures,
// named reforms, comparable metrics of targets, and plan-to-plan
// transmissions. The ingest keeps the same analysis as a state between runs
// (corpus.ts); this is that state updated once, from empty, with everything.
import type { MetricTaxonomy, Reform, Transmission } from '../../../src/schemas/analysis.ts';
import type { Body, BodyTaxonomy } from '../../../src/schemas/body.ts';
import type { ConvertedDocument } from '../converter/pipeline.ts';
import { CorpusAnalysis } from './corpus.ts';

export interface Analysis {
  documents: ConvertedDocument[];
  reforms: Reform[];
  transmissions: Transmission[];
  bodies: Body[];
  timings: Record<string, number>;
}

export async function analyze(
  documents: ConvertedDocument[],
  metrics: MetricTaxonomy,
  bodyTaxonomy: BodyTaxonomy = { description: '', functions: [] },
): Promise<Analysis> {
  const analysis = new CorpusAnalysis(metrics, bodyTaxonomy);
  const files = Map.groupBy(documents, (d) => d.document.source.file);
  const result = await analysis.update(files, async () => new Map());
  return {
    documents: documents.map((d) => ({ ...d, measures: analysis.analysed(d) })),
    reforms: result.reforms,
    transmissions: result.transmissions,
    bodies: result.bodies,
    timings: result.timings,
  };
}
