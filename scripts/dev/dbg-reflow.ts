import { readFileSync } from 'node:fs';
import { normalizeLines } from '/work/main/scripts/converter/stages/normalize.ts';
import { reflow } from '/work/main/scripts/converter/structure/reflow.ts';
const text = readFileSync('/work/main/sources/002_041f23564040a89e.txt', 'utf8');
const lines = normalizeLines({ text });
const [a, b] = process.argv.slice(2).map(Number);
for (const blk of reflow(lines.filter((l) => l.n >= a && l.n <= b))) console.log(blk.span.line, JSON.stringify(blk.text));
