// node scripts/eval/draw-themes-5.ts
// A fifth draw for the themes set: 300 measures, uniform over the measures no
// earlier draw took, all of them for tuning: training data for the learnt half
// of theme assignment (content/theme-model.json), read blind against the
// codebook as the fourth draw's readers had it (codebook-4.md: the scope notes
// have not changed since). The fourth draw stays the held-out part. Batches
// for readers go to /tmp/work/batches.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { drawMeasures, drawnKeys, writeReaderBatches } from './draw-measures.ts';
import { realCorpus, root } from './corpus.ts';

const labels = path.join(root, 'tests/fixtures/labels');
const c = await realCorpus();
const taken = drawnKeys(labels, ['themes.sample.json', 'themes-2.sample.json', 'themes-3.sample.json', 'themes-4.sample.json']);
const { rows, undrawn } = drawMeasures(c, taken, 20261208, 300, 'dev');
writeFileSync(path.join(labels, 'themes-5.sample.json'), `${JSON.stringify(rows, null, 1)}\n`);
writeReaderBatches(rows, ['n', 'o', 'p', 'q', 'r', 's']);
console.log(rows.length, undrawn, new Set(rows.map((r) => r.layout)));
