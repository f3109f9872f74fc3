import { expect, test } from 'vitest';
import type { NormalizedSource } from '../../scripts/build-site/converter/model.ts';
import { splitDocuments } from '../../scripts/build-site/converter/stages/split-documents.ts';

test('a file that is one document ends on its last line with text, not on the blank lines after it (004 石嘴山 ledger: 188 of 187 lines; a review of the open data)', () => {
  const text = ['石嘴山市落实自治区营商环境提质升级行动任务分工台账', '1.持续推广“一业一证”改革。', '责任部门：市审批局', '', '', ''];
  const source = { file: 'sources/004.txt', layout: 'ledger', lines: text.map((t, i) => ({ n: i + 1, text: t, page: null })) } as unknown as NormalizedSource;
  const [document] = splitDocuments(source, null).documents;
  expect(document!.span).toMatchObject({ line: 1, endLine: 3 });
});
