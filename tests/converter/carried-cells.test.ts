// A printed task table leaves a merged cell blank below its first row: the row above's value is read into it, and
// the measure says which of its columns came so (an investor's review quoted 银川 row 29's 2023年10月底, whose cell
// is empty in 000:45, as the city's own promise).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { realCorpus } from '../helpers/corpus.ts';
import { dist } from '../site/dist.ts';

test('银川’s task list marks the cells it reads from the row above, and only those', async () => {
  const corpus = await realCorpus();
  const list = corpus.documents.find((d) => d.document.title === '银川市2023年优化营商环境细化任务清单')!;
  const row = (n: number) => list.measures.find((m) => m.label === String(n))!;
  expect(row(29).carriedCells).toEqual(['deadline']);
  expect(row(29).deadline?.date).toBe('2023-10-31');
  expect(row(115).carriedCells).toEqual(expect.arrayContaining(['responsible', 'deadline']));
  // A row that writes its own cells carries none.
  expect(row(28).carriedCells).toBeUndefined();
  const carried = list.measures.filter((m) => m.carriedCells);
  expect(carried.length).toBeGreaterThan(0);
  expect(carried.length).toBeLessThan(list.measures.length / 4);
  // The document page says so under the row.
  const html = readFileSync(path.join(dist, 'documents', list.document.id, 'index.html'), 'utf8');
  const at = html.indexOf(`id="${row(29).id}"`);
  expect(html.slice(at, at + 6000)).toContain('完成时限：原表此格空白，按合并单元格读作上一行的内容');
});
