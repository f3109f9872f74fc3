// Developer aid: where does a document's emitted text stop following its source?
// node scripts/dev/conserve.ts <document-id>
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { convert } from '../build-site/converter/pipeline.ts';
import { readSources } from '../build-site/converter/io/read.ts';
import { hanAndDigits, parseMdx, visibleText } from '../../tests/helpers/mdx-text.ts';
const root = path.resolve(import.meta.dirname, '../..');
const read = await readSources(path.join(root, 'sources'), root);
const doc = convert(read.sources, read.manifest, { keepDrafts: true }).documents.find((d) => d.document.id === process.argv[2])!;
const lines = readFileSync(path.join(root, doc.document.source.file), 'utf8').split('\n');
const omitted = new Map<number, string[]>();
for (const o of doc.draft!.omitted) omitted.set(o.line, [...(omitted.get(o.line) ?? []), hanAndDigits(o.text)]);
const emitted = hanAndDigits(visibleText(parseMdx(doc.mdx)));
let j = 0;
for (let n = doc.document.source.startLine; n <= doc.document.source.endLine; n++) {
  let kept = hanAndDigits(lines[n - 1] ?? '');
  if (/^#\s*Page/.test(lines[n - 1] ?? '')) continue;
  for (const left of omitted.get(n) ?? []) kept = kept.replace(left, '');
  for (let i = 0; i < kept.length; i++) {
    const at = emitted.indexOf(kept[i], j);
    if (at < 0 || at - j > 200) {
      console.log(`line ${n}, char ${i}: source “${kept.slice(Math.max(0, i - 15), i + 15)}” ; emitted near “${emitted.slice(Math.max(0, j - 15), j + 40)}”`);
      process.exit(0);
    }
    j = at + 1;
  }
}
console.log('ok');
