// node scripts/eval/draw-themes-4.ts
// A fourth draw for the themes set: 200 measures, uniform over the measures no
// earlier draw took, all of them held out and read blind against the codebook
// as content/themes.json states it at the draw (codebook-4.md). It replaces
// the third draw as the held-out part: the third draw's figures were quoted
// before and after a round of tuning and its mismatches are read to tune the
// rules again, so it joins the tuning part (README in tests/fixtures/labels).
// Batches for readers go to /tmp/work/batches.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { drawMeasures, drawnKeys, readersCodebook, writeReaderBatches } from './draw-measures.ts';
import { realCorpus, root, themes } from './corpus.ts';

const labels = path.join(root, 'tests/fixtures/labels');
const c = await realCorpus();
const taken = drawnKeys(labels, ['themes.sample.json', 'themes-2.sample.json', 'themes-3.sample.json']);
const { rows, undrawn } = drawMeasures(c, taken, 20261207, 200, 'heldout');
writeFileSync(path.join(labels, 'themes-4.sample.json'), `${JSON.stringify(rows, null, 1)}\n`);
writeFileSync(path.join(labels, 'guides/codebook-4.md'), readersCodebook(themes));
writeReaderBatches(rows, ['i', 'j', 'l', 'm']);
console.log(rows.length, undrawn, new Set(rows.map((r) => r.layout)));
