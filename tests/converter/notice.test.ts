// The parts of a notice around the plan it issues: addressee, signature, notes, the plan's title.
import { expect, test } from 'vitest';
import { markNoticeParts, omittedAnnexes } from '../../scripts/build-site/converter/text/notice.ts';
import { lineSpan } from '../../scripts/build-site/converter/text/span.ts';

const blocks = (...texts: string[]) => texts.map((text, i) => ({ text, span: lineSpan({ n: i + 1, page: 1 }) }));

test('a publication note before the signature leaves the signature a signature, and the title after the date the plan’s (宁夏知识产权局 002:4369–4372; a site review)', () => {
  const parts = markNoticeParts(
    blocks(
      '现将《实施方案》印发给你们，请结合实际认真抓好贯彻落实。',
      '（此件公开发布）',
      '宁夏回族自治区知识产权局',
      '2023年3月13日',
      '2023年宁夏知识产权行政保护工作实施方案',
    ),
  );
  expect(parts.blocks.map((b) => b.role ?? null)).toEqual([null, 'note', 'signature', 'signature', 'heading']);
  expect(parts.signatureNames).toEqual(['宁夏回族自治区知识产权局']);
  expect(parts.signatureDate).toBe('2023-03-13');
});

test('a publication note after the signature is followed by the plan’s title', () => {
  const parts = markNoticeParts(blocks('请认真贯彻落实。', '金昌市人民政府办公室', '2023年5月29日', '（此件公开发布）', '2023年金昌市提质增效活动工作方案'));
  expect(parts.blocks.map((b) => b.role ?? null)).toEqual([null, 'signature', 'signature', 'note', 'heading']);
});

test('a plan title the page broke over two lines is one heading; 附件1 over a title stays its own (石嘴山 001:29–31; a site review)', () => {
  const parts = markNoticeParts(
    blocks(
      '请认真贯彻落实。',
      '石嘴山市人民政府办公室',
      '2020年3月6日',
      '石嘴山市深化“放管服”',
      '改革优化营商环境重点任务工作方案',
      '为进一步深化放管服改革，制定本方案。',
    ),
  );
  expect(parts.blocks.filter((b) => b.role === 'heading').map((b) => b.text)).toEqual(['石嘴山市深化“放管服”改革优化营商环境重点任务工作方案']);
  const annex = markNoticeParts(blocks('请认真贯彻落实。', '陕西省人民政府办公厅', '2023年5月6日', '附件1', '第一批复制推广借鉴的省外改革措施清单'));
  expect(annex.blocks.filter((b) => b.role === 'heading').map((b) => b.text)).toEqual(['附件1', '第一批复制推广借鉴的省外改革措施清单']);
});

test('the print line that closes a document is a note, not the last task’s text (新疆市场监管局 002:10518; a site review)', () => {
  const parts = markNoticeParts(
    blocks('（十二）强化知识产权惠企服务。实行线上线下全程指导和上门服务。', '新疆维吾尔自治区市场监督管理局办公室2023 年5 月19 日印发'),
  );
  expect(parts.blocks.map((b) => b.role ?? null)).toEqual([null, 'note']);
  // A task that says it was issued (…已于2023年5月19日印发) is no print line.
  expect(markNoticeParts(blocks('《实施细则》已于2023年5月19日印发')).blocks[0]!.role).toBeUndefined();
  expect(markNoticeParts(blocks('实施细则已于2023年5月19日印发')).blocks[0]!.role).toBeUndefined();
});

test('an annex the compilation names and leaves out is read as omitted (002:10410 甘孜 附件：…重点任务台账（略）)', () => {
  const lines = [
    '服务经济整体性好转。',
    '附件：甘孜州深化“放管服”改革优化营商环境2023 年重点任务台账（略）',
    '附件：嘉峪关市复制推广营商环境创新试点改革举措具体任务清单.doc',
  ];
  expect(omittedAnnexes(lines.map((text) => ({ text })))).toEqual(['甘孜州深化“放管服”改革优化营商环境2023年重点任务台账']);
  // 附件：(略）over their names, one a line (002:313 陕西 387e27; a review found its page silent).
  const listed = ['附件：(略）', '1．跨部门综合监管事项清单', '2．跨部门综合监管工作计划', '陕西省人民政府办公厅'];
  expect(omittedAnnexes(listed.map((text) => ({ text })))).toEqual(['跨部门综合监管事项清单', '跨部门综合监管工作计划']);
  // An annex the text cites where the document has no 附件 line at all (002:2387 延安 详见附件2); one it has is not (嘉峪关 见附件).
  expect(omittedAnnexes(['健全工作评估清单（详见附件2）。'].map((text) => ({ text })))).toEqual(['附件2']);
  expect(omittedAnnexes(['（见附件），分类扎实推进。', '附件：嘉峪关市…具体任务清单.doc'].map((text) => ({ text })))).toEqual([]);
});
