// node scripts/eval/draw-targets-second.ts
// A second, blind reading of number phrases the targets census already read:
// 160 of its 779 records in a seeded random order (d3-random's LCG,
// Fisher–Yates over the census in sample order), for a reader who sees neither
// the first readings nor the site. How far two readers agree on what is a
// target is the ceiling the site's listed targets are measured against. The
// batch goes to /tmp/work/batches/targets-e2.json; the reading comes back as
// tests/fixtures/labels/readings/targets-e2.jsonl.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomLcg } from 'd3-random';
import { root } from './corpus.ts';

const SECOND_READING_SIZE = 160;
const sample = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/labels/targets.sample.json'), 'utf8')) as { key: string; split: string }[];
const random = randomLcg(20261205);
const order = [...sample];
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
const drawn = new Set(order.slice(0, SECOND_READING_SIZE).map((s) => s.key));
// In sample order, so a reader meets a document's numbers together; the split is not shown.
const batch = sample.filter((s) => drawn.has(s.key)).map(({ split: _, ...s }) => s);
writeFileSync('/tmp/work/batches/targets-e2.json', `${JSON.stringify(batch, null, 1)}\n`);
console.log(
  `[draw] ${batch.length} number phrases → /tmp/work/batches/targets-e2.json (${sample.filter((s) => drawn.has(s.key) && s.split === 'heldout').length} of the held-out part)`,
);
