// Where a document is listed, and why when its source filed it elsewhere.
import { expect, test } from 'vitest';
import { realCorpus } from '../helpers/corpus.ts';

test('甘孜’s plan, in the compilation’s 甘肃 part, is listed under 四川 and says why (a site review found it moved without a word)', async () => {
  const corpus = await realCorpus();
  const garze = corpus.documents.find((d) => d.document.city === '甘孜藏族自治州')!;
  expect(garze.document.province).toBe('四川');
  expect(garze.document.placeNote).toBe('汇编将本文列于“甘肃”部分，发文机关在四川，按四川收录');
  // Documents filed where their issuer is carry no note.
  expect(corpus.documents.filter((d) => d.document.placeNote).length).toBe(1);
});
