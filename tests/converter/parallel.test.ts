// Worker threads change how fast the converter runs, never what it writes.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertInParallel, deal } from '../../scripts/build-site/converter/parallel.ts';
import { convert } from '../../scripts/build-site/converter/pipeline.ts';
import { readSources } from '../../scripts/build-site/converter/io/read.ts';
import { themes } from '../helpers/corpus.ts';

const root = path.resolve(import.meta.dirname, '../..');
const strip = (c: { documents: unknown[]; provinces: unknown[]; diagnostics: unknown[] }) => ({
  documents: c.documents,
  provinces: c.provinces,
  diagnostics: c.diagnostics,
});

describe('parallel conversion', () => {
  test('the real sources on two threads give exactly what one thread gives, in the same order', async () => {
    const read = await readSources(path.join(root, 'sources'), root);
    const parallel = await convertInParallel(read.sources, read.manifest, { themes }, { threads: 2 });
    expect(parallel.threads).toBe(2);
    expect(strip(parallel)).toEqual(strip(convert(read.sources, read.manifest, { themes })));
  }, 60_000);

  test('a document duplicated across shards is numbered as on one thread (…-2 for the later file)', async () => {
    const read = await readSources(path.join(root, 'tests/fixtures/hostile'), root);
    // The two duplicates are the same size, so dealing puts them on different shards.
    const shards = deal(read.sources, 3);
    expect(shards.findIndex((s) => s.some((r) => r.name === 'duplicate-a.txt'))).not.toBe(shards.findIndex((s) => s.some((r) => r.name === 'duplicate-b.txt')));
    const parallel = await convertInParallel(read.sources, read.manifest, {}, { threads: 3 });
    const single = convert(read.sources, read.manifest, {});
    expect(strip(parallel)).toEqual(strip(single));
    expect(single.documents.some((d) => /-2$/.test(d.document.id))).toBe(true);
  }, 60_000);

  test('files are dealt largest first to the lightest shard, each shard in source order', () => {
    const raw = (name: string, size: number) => ({ file: name, name, bytes: new Uint8Array(size) });
    const files = [raw('a', 1), raw('b', 9), raw('c', 5), raw('d', 4), raw('e', 1)];
    // b(9)→0, c(5)→1, d(4)→1 (5 < 9), a(1)→0 (9 = 9: the first), e(1)→1.
    expect(deal(files, 2).map((s) => s.map((r) => r.file))).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e'],
    ]);
  });
});
