// node scripts/eval/draw-chart-pairs.ts [--write [name]]
// An independent check of the comparison charts as the site draws them: pairs
// of targets from two different places that one chart (one quantity table with
// a ranking) puts side by side, drawn uniformly over all such pairs of the real
// corpus (seed 20261206). A reader decides, from the two sentences alone,
// whether the two numbers measure the same quantity. The whole set is held out:
// no rule was tuned on it. Writes tests/fixtures/labels/<name>.sample.json
// (chart-pairs: the census of commit 39c656b; chart-pairs-2: of the charts
// after the rules were fixed from that reading, read again by a new reader).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomLcg } from 'd3-random';
import { targetComparison } from '../../src/charts/inputs.ts';
import { placesOf } from '../../src/domain/compare.ts';
import { quantityTables } from '../../src/domain/quantities.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import { metrics, realCorpus, root, themes } from './corpus.ts';

const PAIRS = 80;
const { values } = parseArgs({ options: { write: { type: 'string' } } });
const corpus = await realCorpus();
const documents = corpus.documents.map((d) => d.document);
const measures: Measure[] = corpus.documents.flatMap((d) => d.measures);
const provinces = [...new Map(documents.map((d) => [d.province, d.province])).keys()].map((name) => ({ name, slug: name }));
const places = placesOf(provinces, documents);
const byUrl = new Map(measures.map((m) => [m.url, m]));
const pairs: { key: string; a: Side; b: Side }[] = [];
interface Side {
  place: string;
  file: string;
  line: number;
  target: string;
  text: string;
}
for (const theme of themes.themes) {
  for (const table of quantityTables(theme.id, metrics.metrics, places, measures)) {
    if (!targetComparison(table, (id) => id)) continue; // only what is charted
    const sides: Side[] = table.rows.map((r) => {
      const m = byUrl.get(r.href)!;
      return { place: r.placeName, file: m.source.file, line: m.source.line, target: r.text, text: m.text };
    });
    for (let i = 0; i < sides.length; i++)
      for (let j = i + 1; j < sides.length; j++) if (sides[i]!.place !== sides[j]!.place) pairs.push({ key: table.key, a: sides[i]!, b: sides[j]! });
  }
}
pairs.sort((x, y) =>
  `${x.a.file}:${x.a.line}${x.b.file}:${x.b.line}${x.a.target}`.localeCompare(`${y.a.file}:${y.a.line}${y.b.file}:${y.b.line}${y.b.target}`),
);
const random = randomLcg(20261206);
for (let i = pairs.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
}
const sample = pairs.slice(0, PAIRS).map((p, i) => ({ id: `p${String(i + 1).padStart(3, '0')}`, chartKey: p.key, a: p.a, b: p.b }));
// The committed sample is what was read: drawing again only counts, unless asked to overwrite.
if (values.write) writeFileSync(path.join(root, `tests/fixtures/labels/${values.write}.sample.json`), `${JSON.stringify(sample, null, 1)}\n`);
console.log(`${pairs.length} charted pairs of two places; ${sample.length} drawn; ${new Set(sample.map((s) => s.chartKey)).size} quantities`);
// The reader's copy: the two sentences only, not the chart they stand in.
if (values.write) mkdirSync('/tmp/work/batches', { recursive: true });
if (values.write)
  writeFileSync(
    `/tmp/work/batches/${values.write}.json`,
    JSON.stringify(
      sample.map(({ id, a, b }) => ({ id, a, b })),
      null,
      1,
    ),
  );
