// Cuts a fixture from a real source: node scripts/dev/cut-fixture.ts <stage>/<case> <source-file> <from> <to> [input name]
// Lines are copied byte for byte; tests/fixtures/README.md records the cut.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [target, source, from, to, name = 'input.txt'] = process.argv.slice(2);
const lines = readFileSync(source, 'utf8').split('\n');
const dir = path.join('tests/fixtures', target);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, name), `${lines.slice(Number(from) - 1, Number(to)).join('\n')}\n`);
console.log(`| ${target} | ${path.basename(source)} | ${from}–${to} |`);
