// Which comparable metric a target measures: a keyword of the metric in the
// 30 characters before the target, within its sentence, and a unit the metric
// is stated in.
import type { MetricTaxonomy } from '../../../src/schemas/analysis.ts';
import type { Target } from '../../../src/schemas/measure.ts';

const WINDOW = 30;

export function metricOf(target: Target, text: string, taxonomy: MetricTaxonomy): string | undefined {
  const start = Math.max(0, target.offset - WINDOW);
  const before = text.slice(start, target.offset);
  // Stay in the target's sentence: a keyword before the last 。 or ； belongs to another.
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1) + target.text;
  let best: { id: string; at: number } | undefined;
  for (const metric of taxonomy.metrics) {
    if (!metric.units.includes(target.unit)) continue;
    for (const keyword of metric.keywords) {
      const at = sentence.lastIndexOf(keyword);
      // The nearest keyword wins: “不动产登记…压缩至1个工作日” is not 企业开办.
      if (at >= 0 && (!best || at > best.at)) best = { id: metric.id, at };
    }
  }
  // Only the target's own sentence decides: a heading such as 不断提升企业开办效率
  // also covers targets of other kinds (印章刻制 0.5 天).
  return best?.id;
}
