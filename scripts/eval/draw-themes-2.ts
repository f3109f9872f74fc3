// node scripts/eval/draw-themes-2.ts
// A second draw for the themes set: 300 more measures, uniform over the corpus,
// none already in themes.sample.json, all of them for tuning (the first draw's
// held-out part stays the held-out part). Batches for readers go to /tmp.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { drawMeasures, writeReaderBatches } from './draw-measures.ts';
import { realCorpus, root } from './corpus.ts';
const c = await realCorpus();
const taken = new Set((JSON.parse(readFileSync(path.join(root, 'tests/fixtures/labels/themes.sample.json'), 'utf8')) as { key: string }[]).map((s) => s.key));
const { rows, undrawn } = drawMeasures(c, taken, 20261205, 300, 'dev');
writeFileSync(path.join(root, 'tests/fixtures/labels/themes-2.sample.json'), `${JSON.stringify(rows, null, 1)}\n`);
writeReaderBatches(rows, ['c', 'd', 'e']);
console.log(rows.length, undrawn, new Set(rows.map((r) => r.layout)));
