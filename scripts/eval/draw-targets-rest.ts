// node scripts/eval/draw-targets-rest.ts
// A second, blind reading of every held-out number phrase of the targets
// census that draw-targets-second.ts did not draw (stop 25): the site's listed
// targets were last tuned on rules a site review prompted, with phrases of the
// held-out part in view, so the census reading of that part is no longer an
// independent check of them. New readers, who see neither the census nor the
// site, read these phrases against the same guide; the site's listed targets
// are then scored against them. Four batches in sample order (a reader meets a
// document's numbers together), to /tmp/work/batches/targets-e3{a,b,c,d}.json;
// the readings come back as tests/fixtures/labels/readings/targets-e3{a,b,c,d}.jsonl.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './corpus.ts';

const BATCHES = ['e3a', 'e3b', 'e3c', 'e3d'];
const labels = path.join(root, 'tests/fixtures/labels');
const sample = JSON.parse(readFileSync(path.join(labels, 'targets.sample.json'), 'utf8')) as { key: string; split: string }[];
// The phrases the first second reading (e2) drew; not secondTargetReadings(), which holds e3's own readings too.
const readTwice = new Set(
  ['targets-e2a.jsonl', 'targets-e2b.jsonl'].flatMap((f) =>
    readFileSync(path.join(labels, 'readings', f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { key: string }).key),
  ),
);
const rest = sample.filter((s) => s.split === 'heldout' && !readTwice.has(s.key)).map(({ split: _, ...s }) => s);
const size = Math.ceil(rest.length / BATCHES.length);
mkdirSync('/tmp/work/batches', { recursive: true });
BATCHES.forEach((name, i) => {
  const batch = rest.slice(i * size, (i + 1) * size);
  writeFileSync(`/tmp/work/batches/targets-${name}.json`, `${JSON.stringify(batch, null, 1)}\n`);
  console.log(`[draw] ${batch.length} number phrases → /tmp/work/batches/targets-${name}.json`);
});
