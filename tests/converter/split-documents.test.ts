import { expect, test } from 'vitest';
import type { NormalizedSource } from '../../scripts/build-site/converter/model.ts';
import { splitDocuments } from '../../scripts/build-site/converter/stages/split-documents.ts';
import { blankPagesAtEnd } from '../../scripts/build-site/converter/text/span.ts';

test('a file that is one document ends on its last line with text, not on the blank lines after it (004 石嘴山 ledger: 188 of 187 lines; a review of the open data)', () => {
  const text = ['石嘴山市落实自治区营商环境提质升级行动任务分工台账', '1.持续推广“一业一证”改革。', '责任部门：市审批局', '', '', ''];
  const source = { file: 'sources/004.txt', layout: 'ledger', lines: text.map((t, i) => ({ n: i + 1, text: t, page: null })) } as unknown as NormalizedSource;
  const [document] = splitDocuments(source, null).documents;
  expect(document!.span).toMatchObject({ line: 1, endLine: 3 });
});

test('pages with no text at a document’s end are the document’s, and said to be blank (002:9733–9741 嘉峪关 16号: its annex, pages 1675–1678)', () => {
  const lines = [
    { n: 9731, text: '嘉峪关市人民政府办公室', page: 1674 },
    { n: 9733, text: '（此件公开发布）', page: 1674 },
    { n: 9735, text: '', page: 1675 },
    { n: 9741, text: '', page: 1678 },
  ];
  expect(blankPagesAtEnd(lines, { lastPage: 1678 })).toEqual({ first: 1675, last: 1678 });
  expect(blankPagesAtEnd(lines.slice(0, 2), { lastPage: 1674 })).toBeNull();
  expect(blankPagesAtEnd([{ text: '全文', page: null }], { lastPage: null })).toBeNull();
});
