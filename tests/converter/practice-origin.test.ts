// A 复制推广 list (陕西's 第一批复制推广借鉴的省外改革措施清单) names, per row, the place
// whose practice it copies. Printed in the compilation its 来源 column is read by
// name (compilation/printed-table-rows pins that); a Word or Excel copy of the
// list arrives as a tab-separated table, where the place must neither become a
// body nor vanish, and the row's 改革事项 must stay.
import { describe, expect, test } from 'vitest';
import { manifestSchema } from '../../scripts/build-site/converter/manifest.ts';
import { convert } from '../../scripts/build-site/converter/pipeline.ts';
import type { BodyNode, MeasureDraft } from '../../scripts/build-site/converter/model.ts';
import { markCopiedPractices } from '../../scripts/build-site/converter/stages/copied-practices.ts';
import { ownTargets } from '../../src/domain/target-key.ts';
import { bodies } from '../../scripts/eval/corpus.ts';

const LIST = [
  '第一批复制推广借鉴的省外改革措施清单',
  '序号\t改革事项\t具体措施\t来源',
  '一、打造办事更高效的政务环境\t\t\t',
  '1\t推动占掘路审批改革\t在低风险区域深化占掘路快速审批机制，将“一般市政管线接入项目”占掘路并联审批时间压缩至5个工作日。\t上海市',
  '2\t推动政策落地落实\t各级政务服务大厅设立惠企政策集中咨询办理窗口。\t北京市',
].join('\n');

function convertList() {
  const manifest = manifestSchema.parse({
    compilation: 'fixture',
    files: [{ file: 'list.txt', originalName: 'list.txt', layout: 'task-table', description: 'fixture', province: '陕西' }],
  });
  return convert([{ file: 'list.txt', name: 'list.txt', bytes: new TextEncoder().encode(LIST) }], manifest, { bodies }).documents[0]!;
}

test('a tab-separated 复制推广 list keeps each row’s origin as practiceFrom, never as a body', () => {
  const { measures } = convertList();
  expect(measures.map((m) => [m.path.at(-1), m.practiceFrom, m.bodies.length])).toEqual([
    ['推动占掘路审批改革', '上海市', 0],
    ['推动政策落地落实', '北京市', 0],
  ]);
});

test('the list’s table shows its 来源 column and no empty ones', () => {
  const { mdx } = convertList();
  const header = mdx.split('\n').find((l) => l.startsWith('| 序号'))!;
  expect(
    header
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean),
  ).toEqual(['序号', '具体措施', '来源']);
  expect(mdx).toContain('| 上海市 |');
});

test('the figures of a copied practice are the other place’s: no comparison counts them', () => {
  const [shanghai] = convertList().measures;
  expect(shanghai!.targets.map((t) => t.text)).toEqual(['压缩至5个工作日']);
  expect(ownTargets(shanghai!)).toEqual([]);
  expect(ownTargets({ ...shanghai!, practiceFrom: undefined })).toHaveLength(1);
});

describe('an attachment telling one place’s experience (陕西 782号 附件2 西安高新区)', () => {
  const span = (line: number) => ({ line, endLine: line, page: null, lastPage: null });
  const paragraph = (line: number, text: string): BodyNode => ({ type: 'paragraph', text, span: span(line) });
  const draft = (line: number, fields: MeasureDraft['fields'] = {}) => ({ span: span(line), fields }) as MeasureDraft;
  const body = [
    paragraph(10, '附件1'),
    paragraph(11, '第一批复制推广借鉴的省外改革措施清单'),
    paragraph(40, '附件2'),
    paragraph(41, '西安高新区推行“四维创新”全链条服务构建企业全生命周期保障新模式近年来，西安高新区坚持树牢企业“全生命周期”服务理念'),
  ];
  const title = '陕西省发展和改革委员会关于复制推广学习借鉴省内外优化营商环境典型经验做法的通知';
  test('its measures are that place’s practice; the notice’s own, and a list row’s own origin, stay', () => {
    const marked = markCopiedPractices([draft(5), draft(20, { practiceFrom: '上海市' }), draft(45)], body, title);
    expect(marked.map((d) => d.fields.practiceFrom)).toEqual([undefined, '上海市', '西安高新区']);
  });
  test('only a notice that hands out practices, and only an attachment whose title opens with a place acting', () => {
    expect(markCopiedPractices([draft(45)], body, '关于印发优化营商环境实施方案的通知')[0]!.fields.practiceFrom).toBeUndefined();
    const planAnnex = [paragraph(40, '附件2'), paragraph(41, '重点任务分工表')];
    expect(markCopiedPractices([draft(45)], planAnnex, title)[0]!.fields.practiceFrom).toBeUndefined();
  });
});
