// node scripts/eval/draw-themes-3.ts
// A third draw for the themes set: 150 measures, uniform over the measures no
// earlier draw took, all of them held out and read blind against the codebook
// as content/themes.json states it today (written beside the batches as
// codebook-3.md). It replaces the first draw's held-out part, which was read
// against older scope notes and whose figures had been quoted across several
// rounds of tuning; that part joins the tuning part (README in
// tests/fixtures/labels). Batches for readers go to /tmp/work/batches.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { drawMeasures, drawnKeys, readersCodebook, writeReaderBatches } from './draw-measures.ts';
import { realCorpus, root, themes } from './corpus.ts';

const labels = path.join(root, 'tests/fixtures/labels');
const c = await realCorpus();
const taken = drawnKeys(labels, ['themes.sample.json', 'themes-2.sample.json']);
const { rows, undrawn } = drawMeasures(c, taken, 20261206, 150, 'heldout');
writeFileSync(path.join(labels, 'themes-3.sample.json'), `${JSON.stringify(rows, null, 1)}\n`);

writeFileSync(path.join(labels, 'guides/codebook-3.md'), readersCodebook(themes));

writeReaderBatches(rows, ['f', 'g', 'h']);
console.log(rows.length, undrawn, new Set(rows.map((r) => r.layout)));
