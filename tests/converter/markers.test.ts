import { describe, expect, test } from 'vitest';
import { buildSections, chineseNumber, parseMarker, type TextBlock } from '../../scripts/build-site/converter/text/markers.ts';
import type { BodyNode, SectionNode } from '../../scripts/build-site/converter/model.ts';

const blocks = (...texts: string[]): TextBlock[] => texts.map((text, i) => ({ text, span: { line: i + 1, endLine: i + 1, page: null, lastPage: null } }));

/** The outline as indented labels, paragraphs as “·”. */
function outline(nodes: BodyNode[], depth = 0): string[] {
  return nodes.flatMap((n) =>
    n.type === 'section'
      ? [`${'  '.repeat(depth)}${n.marker?.label}`, ...outline(n.children, depth + 1)]
      : n.type === 'paragraph'
        ? [`${'  '.repeat(depth)}·`]
        : [],
  );
}

describe('numbering markers', () => {
  test.each([
    ['一、总体要求', 'cn-dun', 1],
    ['（十二）提升破产质效', 'cn-paren', 12],
    ['(十ー)不断提升政务服务', 'cn-paren', 11], // 001:113, ー for 一
    ['1.进一步便利企业开办', 'arabic-dot', 1],
    ['10.', 'arabic-dot', 10],
    ['1、推进政务服务事项清单标准化', 'arabic-dun', 1],
    ['（3）全面推行', 'arabic-paren', 3],
    ['2)优化企业开办线下服务', 'arabic-half', 2],
    ['第二十九条各类奖励资金', 'article', 29],
    ['第二章政府奖励政策', 'chapter', 2],
  ])('%s is %s %i', (text, kind, number) => {
    expect(parseMarker(text)).toMatchObject({ kind, number });
  });

  test('a number with decimals is not a marker unless its list expects it', () => {
    expect(parseMarker('1.5 公顷以下')?.ambiguous).toBe(true);
  });
  test('a year is never a marker', () => {
    expect(parseMarker('2023 年底前，建立…')).toBeNull();
  });
  test('bare numbers only where the source lost its dots', () => {
    expect(parseMarker('1不断提升企业开办效率')).toBeNull();
    expect(parseMarker('1不断提升企业开办效率', { bareArabic: true })).toMatchObject({ kind: 'arabic-dot', number: 1 });
  });
  test('Chinese numerals', () => {
    expect([chineseNumber('十'), chineseNumber('二十三'), chineseNumber('一百零五')]).toEqual([10, 23, 105]);
  });
});

describe('sections', () => {
  /** Every section, depth first. */
  const sections = (nodes: BodyNode[]): SectionNode[] => nodes.flatMap((n) => (n.type === 'section' ? [n, ...sections(n.children)] : []));
  test('articles that state a policy’s purpose, force or precedence frame it and are no tasks (白银 三十条, 002:9759, 9977, 9988; a site review)', () => {
    // 第八章 and its 第二十七–三十条, renumbered so the cut numbers on without a gap.
    const { body } = buildSections(
      blocks(
        '第一章总则',
        '第一条为进一步加大招商引资力度，持续优化营商环境，依据国家和省市有关政策规定，制定本政策。',
        '第二条政策支持的招商引资项目须符合国家产业政策和白银市重点产业发展规划。',
        '第二章附则',
        '第三条如因国家和省级相关政策调整，导致本政策与其不一致的，按国家和省级政策规定执行。',
        '第四条各类奖励资金纳入市、县区年度财政预算，由牵头部门负责、有关部门配合，在次年3月底前足额落实。',
        '第五条本政策自发布之日起实施，有效期五年，由市招商引资工作领导小组办公室负责解释。',
      ),
      'f',
    );
    const articles = sections(body).filter((s) => s.marker?.kind === 'article');
    expect(articles.map((a) => [a.marker?.label, a.framing ?? false])).toEqual([
      ['第一条', true],
      ['第二条', true],
      ['第三条', true],
      ['第四条', false],
      ['第五条', true],
    ]);
  });
  test('articles that bind the applicant, not the government, are no tasks; a duty the government takes on is (白银 三十条 002:9970–9983 and its annex 10033–10041; a site review)', () => {
    const { body } = buildSections(
      blocks(
        '第一章附则',
        '第一条国家、省、市规定的竞标性项目，房地产项目，以及发生重大事故或有严重失信行为的项目和企业不享受该优惠政策。',
        '第二条享受本政策的项目，须按合同约定如期建成投产运营。',
        '第三条各县区、白银高新区管委会可参照本政策制定相应的招商引资优惠政策。',
        '第四条各类奖励资金纳入市、县区年度财政预算，由牵头部门负责、有关部门配合，在次年3月底前足额落实。',
        '第五条兑现',
        '1.市级财政部门将应承担的奖励资金及时拨付到项目所在地县区财政部门。',
        '2.团队申领奖励的，不论人数多少，须书面委托其中一人具体办理，奖金总额不变。',
        '3.奖励资金申领人为自然人的，由本人持有效身份证明领取。',
      ),
      'f',
    );
    expect(
      sections(body)
        .filter((s) => s.marker && s.marker.kind !== 'chapter')
        .map((s) => [s.marker?.label, s.framing ?? false]),
    ).toEqual([
      ['第一条', true],
      ['第二条', true],
      ['第三条', true],
      ['第四条', false],
      ['第五条', false],
      ['1.', false],
      ['2.', true],
      ['3.', true],
    ]);
  });
  test('nesting follows first appearance; a continuing number stays a sibling', () => {
    const { body } = buildSections(blocks('一、总', '（一）甲', '1.子', '2.子', '（二）乙', '1.子', '二、分'), 'f');
    expect(outline(body)).toEqual(['一、', '  （一）', '    1.', '    2.', '  （二）', '    1.', '二、']);
  });
  test('a closing exhortation after the last item stands outside it; inside an earlier item it is the item’s (002:11297 新疆; a review)', () => {
    const { body } = buildSections(
      blocks('一、总', '（一）甲。', '各地各部门要认真贯彻落实本方案。', '（二）乙。', '各地各部门要认真贯彻落实党中央、国务院决策部署。'),
      'f',
    );
    expect(body.map((n) => n.type)).toEqual(['section', 'paragraph']);
    const first = (body[0] as SectionNode).children[0] as SectionNode;
    expect(first.children.map((c) => c.type)).toEqual(['paragraph']);
  });
  test('a contact line after a task, and what follows it, are notes beside the task, not its text (石嘴山 2020: 人:田婧(市发改委) 联系电话:2218504)', () => {
    const { body } = buildSections(
      blocks(
        '（一）抓好协调推进。各牵头单位具体负责。',
        '工作台账中明确的各责任单位要于每月20日前报送。',
        '人:田婧(市发改委)联系电话:2218504',
        '电子邮箱:szsfgwjrk@163.com',
        '附件石嘴山市工作台账',
      ),
      'f',
    );
    const task = body[0]!;
    expect(task.type === 'section' && task.children.map((c) => (c.type === 'paragraph' ? (c.role ?? 'text') : c.type))).toEqual([
      'text',
      'note',
      'note',
      'note',
    ]);
  });
  test('a number out of sequence is text, not an item', () => {
    const { body } = buildSections(blocks('1.甲', '2.乙', '7.不是项目'), 'f');
    expect(outline(body)).toEqual(['1.', '2.', '  ·']);
  });
  test('2.5 个地级市 continues a list at 1, as 35.5 个地级市 does at 34 (002:4041)', () => {
    const { body } = buildSections(blocks('1.甲', '2.5 个地级市要组团开展调研'), 'f');
    expect(outline(body)).toEqual(['1.', '2.']);
  });
  test('a decimal never starts a list', () => {
    const { body } = buildSections(blocks('1.5 公顷以下的项目'), 'f');
    expect(outline(body)).toEqual(['·']);
  });
  test('numbering may continue across parts (1. … 2. under 二、)', () => {
    const { body } = buildSections(blocks('一、甲', '1.子', '二、乙', '2.子'), 'f');
    expect(outline(body)).toEqual(['一、', '  1.', '二、', '  2.']);
  });
  test('a bare number continues whichever arabic list is open (001:1068)', () => {
    const { body } = buildSections(blocks('1)甲', '2加大对违法用工行为的查处'), 'f', { bareArabic: true });
    expect(outline(body)).toEqual(['1)', '2']);
  });
  test('after a unit clause, text without one is a note, not task text (003:51)', () => {
    const { body } = buildSections(blocks('一、提供服务', '针对…。(责任单位:市商务局)', '各项任务的第一责任单位为牵头单位。'), 'f');
    const section = body[0];
    expect(section.type === 'section' && section.children.map((c) => c.type === 'paragraph' && c.role)).toEqual([undefined, 'note']);
  });
});
