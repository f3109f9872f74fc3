// Where a document is listed, and why when its source filed it elsewhere.
import { expect, test } from 'vitest';
import { realCorpus } from '../helpers/corpus.ts';
import { placedTitle } from '../../scripts/build-site/converter/stages/extract-metadata.ts';

test('甘孜’s plan, in the compilation’s 甘肃 part, is listed under 四川 and says why (a site review found it moved without a word)', async () => {
  const corpus = await realCorpus();
  const garze = corpus.documents.find((d) => d.document.city === '甘孜藏族自治州')!;
  expect(garze.document.province).toBe('四川');
  expect(garze.document.placeNote).toBe('汇编将本文列于“甘肃”部分，发文机关在四川，按四川收录');
  // Documents filed where their issuer is carry no note.
  expect(corpus.documents.filter((d) => d.document.placeNote).length).toBe(1);
});

test('a province-level 文号 that opens with another province’s name is kept as printed and flagged (甘肃交通运输厅, 湘政务函; a site review)', async () => {
  const corpus = await realCorpus();
  const flagged = corpus.documents.filter((d) => d.document.docNumberNote);
  expect(flagged.map((d) => d.document.docNumber)).toEqual(['湘政务函〔2023〕9号']);
  expect(flagged[0]!.document.docNumberNote).toBe('文号以“湘”（湖南的简称）起首，与发文机关所在的甘肃不符，照录原文');
  // A city's 文号 opens with the city's name (甘孜's 甘办发, 陇南's 陇政办发), not the province's: never flagged.
  expect(corpus.documents.some((d) => d.document.city && d.document.docNumberNote)).toBe(false);
});

test('a title that drops its issuer’s place takes it back from the signature, says so, and keeps its id (中卫 003:1 市人民政府办公室关于印发…; a review)', async () => {
  const corpus = await realCorpus();
  const zhongwei = corpus.documents.find((d) => d.document.city === '中卫市')!;
  expect(zhongwei.document.title).toBe('中卫市人民政府办公室关于印发中卫市优化营商环境行动方案的通知');
  expect(zhongwei.document.titleNote).toBe('来源标题省去了“中卫”，据落款补出');
  // The id is the source title's: the page's address, published before, does not move.
  expect(zhongwei.document.id).toBe('ningxia-zhongwei-2025-8a9874');
  expect(corpus.documents.filter((d) => d.document.titleNote).length).toBe(1);
  // A title naming its own issuer, or several, is left as written.
  expect(placedTitle('陕西省人民政府办公厅关于印发…的通知', ['陕西省人民政府办公厅'])).toEqual({
    title: '陕西省人民政府办公厅关于印发…的通知',
    titleNote: null,
  });
  expect(placedTitle('市人民政府办公室关于…的通知', ['中卫市发展和改革委员会'])).toEqual({ title: '市人民政府办公室关于…的通知', titleNote: null });
});
