// Which comparable metric a target measures: a keyword of the metric in the
// 30 characters before the target (within its sentence), or in the measure's
// heading, and a unit the metric is stated in.
import type { MetricTaxonomy } from '../../src/schemas/analysis.ts';
import type { Target } from '../../src/schemas/measure.ts';

const WINDOW = 30;

export function metricOf(target: Target, text: string, heading: string, taxonomy: MetricTaxonomy): string | undefined {
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
  if (best) return best.id;
  const headed = taxonomy.metrics.filter((m) => m.units.includes(target.unit) && m.keywords.some((k) => heading.includes(k)));
  return headed.length === 1 ? headed[0].id : undefined;
}
