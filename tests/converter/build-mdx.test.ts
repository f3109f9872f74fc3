// The document page's outline: a measure that stands among sections (中卫's
// 十、, prose without items after 一、…九、 that have them) keeps its heading
// line as a heading, so the outline lists it with its siblings.
import type { Heading } from 'mdast';
import { describe, expect, test } from 'vitest';
import { convert } from '../../scripts/build-site/converter/pipeline.ts';
import { parseMdx, visibleText } from '../helpers/mdx-text.ts';

const plainText = (h: Heading) => h.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
/** One source cut from the real texts, converted as the build converts it: its first document. */
const convertOne = (name: string, text: string) => convert([{ file: `sources/${name}`, name, bytes: new TextEncoder().encode(text) }], null).documents[0];

// Cut from sources/003_4811e9eeda5fc394.txt: the title, 文号, signature, date and plan title, every heading 一、…十、, the first two items under each and 十、's prose, each cut to its first sentence.
const zhongwei = [
  '市人民政府办公室关于印发中卫市优化营商环境行动方案的通知',
  '卫政办发〔2025〕26号各县(区)人民政府,市政府各部门、直属机构:',
  '中卫市人民政府办公室',
  '2025年6月4日',
  '中卫市优化营商环境行动方案',
  '一、强化政策精准推送践诺履约',
  '(一)推进惠企政策精准直达。',
  '(二)加强政府政务诚信建设。',
  '二、全面提升建设项目审批效能',
  '(一)探索推行用地“三证同发”。',
  '(二)引导推广“四多合一”改革。',
  '三、提高不动产登记便利化程度',
  '(一)推行“一窗受理,立等可取”。',
  '(二)实现“三免服务,智能办理”。',
  '四、提升金融服务实体经济质效',
  '(一)整合各方资源信息。',
  '(二)落实政银企对接机制。',
  '五、加强招投标领域规范化管理',
  '(一)全面实行“全程网办”。',
  '(二)大力推行“云端评标”。',
  '六、推动商业纠纷多元高效化解',
  '(一)提升化解纠纷效率和便利度。',
  '(二)推进数字法院建设与应用。',
  '七、优化中小企业破产工作模式',
  '(一)全面规范办案标准。',
  '(二)府院联动向前端延伸。',
  '八、实施综合检查减轻企业负担',
  '(一)建立年度行政检查计划备案制度和“综合查一次”机制。',
  '(二)推行企业“一业一册”合规经营指南。',
  '九、健全涉企问题高效解决机制',
  '(一)健全问题主动发现机制。',
  '(二)健全问题高效处置机制。',
  '十、提供生活出行暖心服务',
  '针对招商引资到本市企业的投资人、相关负责人提供有关方面便利化服务。',
].join('\n');

describe('buildMdx', () => {
  const doc = convertOne('zhongwei.txt', zhongwei);
  const headings = (): Heading[] => parseMdx(doc!.mdx).children.filter((n): n is Heading => n.type === 'heading');

  test('a plan’s title inside its notice heads its parts: 一、…十、 nest under it (a review found them at its level)', () => {
    const outline = headings().map((h) => [h.depth, plainText(h)]);
    const title = outline.find(([, t]) => t === '中卫市优化营商环境行动方案');
    const parts = outline.filter(([, t]) => /^[一二三四五六七八九十]、/.test(String(t)));
    expect(parts).toHaveLength(10);
    expect(parts.every(([depth]) => depth === Number(title![0]) + 1)).toBe(true);
  });

  test('a measure among sections keeps its heading line as a heading of their level', () => {
    const outline = headings().map((h) => [h.depth, plainText(h)]);
    const nine = outline.find(([, t]) => String(t).startsWith('九、'));
    expect(outline).toContainEqual([nine![0], '十、提供生活出行暖心服务']);
  });

  test('it is still one measure, with its heading line in its text', () => {
    const ten = doc!.measures.find((m) => m.label === '十、');
    expect(ten?.text.startsWith('十、提供生活出行暖心服务')).toBe(true);
    expect(doc!.measures.at(-1)?.label).toBe('十、');
    expect(doc!.measures.at(-2)?.label).toBe('(二)');
  });

  test('items under a section stay in their measure, with no heading of their own', () => {
    expect(headings().some((h) => plainText(h).startsWith('(一)'))).toBe(false);
  });
});

// Cut from sources/002_041f23564040a89e.txt (铜川 2023, lines 3200–3340), each cut to its first sentences: （三）
// stands between sections with items and has none of its own, so it is one measure.
const tongchuan = [
  '一、深化改革创新释放经济增长潜力',
  '（一）继续把培育壮大市场主体作为深化“放管服”改革的重要着力点。',
  '1.落实好《促进个体工商户发展条例》,抓紧制定完善配套措施。（市市场监管局牵头，市级相关部门及各区县按职责分工负责）',
  '2.深入开展制止滥用行政权力排除、限制竞争执法专项行动。（市市场监管局牵头，市级相关部门及各区县按职责分工负责）',
  '（三）依法盘活用好专项债地方结存限额，与政策性开发性金融工具相结合，支持重点项目建设。在专项债资金和政策性开发性金融工具使用过程中，注重创新机制，发挥对社会资本的撬动作用。（市财政局、市发展改革委等相关部门及各区县按职责分工负责）',
  '（五）落实好阶段性减征部分乘用车购置税、延续免征新能源汽车购置税、放宽二手车迁入限制等政策。',
  '1.延续实施新能源汽车免征车辆购置税政策。（市税务局牵头，市级相关部门及各区县按职责分工负责）',
  '2.引导开展新能源汽车促消活动，支持新能源汽车产业发展。（市工信局牵头，市级相关部门及各区县按职责分工负责）',
].join('\n');

describe('buildMdx, a prose measure among sections with items', () => {
  const doc = convertOne('tongchuan.txt', tongchuan);
  const tree = parseMdx(doc!.mdx);
  const all: Heading[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'heading') all.push(node as Heading);
    for (const child of (node.children ?? []) as { type: string }[]) walk(child);
  };
  walk(tree);

  test('its first sentence is a heading of its siblings’ level, so the outline runs （一）（三）（五） without a gap', () => {
    const outline = all.map((h) => [h.depth, plainText(h)] as const);
    const first = outline.find(([, t]) => t.startsWith('（一）'))!;
    const five = outline.find(([, t]) => t.startsWith('（五）'))!;
    expect(outline).toContainEqual([first[0], '（三）依法盘活用好专项债地方结存限额，与政策性开发性金融工具相结合，支持重点项目建设。']);
    expect(five[0]).toBe(first[0]);
  });

  test('the heading stands inside the measure, whose text is whole and shown once', () => {
    const three = doc!.measures.find((m) => m.label === '（三）')!;
    expect(three.text.startsWith('（三）依法盘活用好专项债地方结存限额')).toBe(true);
    expect(three.text).toContain('在专项债资金');
    const measure = tree.children.find((n) => n.type === 'mdxJsxFlowElement' && n.attributes.some((a) => 'value' in a && a.value === three.id));
    expect(measure && 'children' in measure ? measure.children[0]?.type : undefined).toBe('heading');
    expect(visibleText(tree).split('依法盘活用好专项债').length).toBe(2);
  });
});

// Cut from 铜川 2023 (002:3199–3245): a task with its own bodies, then its 具体举措 as numbered measures.
const taskWithMeasures = [
  '一、深化改革创新释放经济增长潜力',
  '（一）继续把培育壮大市场主体作为深化“放管服”改革的重要着力点。',
  '1.落实好《促进个体工商户发展条例》。（市市场监管局牵头，市级相关部门及各区县按职责分工负责）',
  '（二）加快推进纳入国家“十四五”规划以及省级规划的重大项目，推动项目尽快落地。同时，进一步压实地方政府和相关业主单位的责任，加强监督。',
  '（市工程建设项目审批制度改革领导小组办公室牵头，市发展改革委、市审计局等市级相关部门及各区县按职责分工负责）',
  '具体举措：',
  '1.依托推进有效投资重要项目协调机制，加强部门协同。（市发展改革委牵头，市级相关部门及各区县按职责分工负责）',
  '2.优化水利工程项目招标投标程序，推动项目及时开工。（市水务局牵头，市级相关部门及各区县按职责分工负责）',
].join('\n');

describe('a task that assigns its own bodies and lists its 具体举措 (铜川; a site review found 18 such tasks’ bodies lost)', () => {
  const doc = convertOne('tongchuan-tasks.txt', taskWithMeasures);
  const task = doc!.measures.find((m) => m.label === '（二）')!;

  test('is a measure with its own bodies, beside the measures that carry it out', () => {
    expect(task.text.endsWith('按职责分工负责）')).toBe(true);
    expect(task.text).not.toContain('具体举措');
    expect(task.bodies.map((b) => [b.asWritten, b.role])).toContainEqual(['市审计局', 'responsible']);
    expect(task.bodies.find((b) => b.role === 'lead')?.asWritten).toBe('市工程建设项目审批制度改革领导小组办公室');
    const under = doc!.measures.filter((m) => m.id.startsWith(`${task.id}-`));
    expect(under.map((m) => m.bodies.find((b) => b.role === 'lead')?.asWritten)).toEqual(['市发展改革委', '市水务局']);
    // A task without a unit clause of its own stays a heading.
    expect(doc!.measures.some((m) => m.label === '（一）')).toBe(false);
  });

  test('its page shows it as a heading inside its card, then 具体举措 and its measures', () => {
    const tree = parseMdx(doc!.mdx);
    const at = tree.children.findIndex((n) => n.type === 'mdxJsxFlowElement' && n.attributes.some((a) => 'value' in a && a.value === task.id));
    const card = tree.children[at]!;
    expect('children' in card && card.children[0]?.type).toBe('heading');
    expect(visibleText({ type: 'root', children: [tree.children[at + 1]!] }).trim()).toBe('具体举措：');
  });
});

// Cut from 铜川 2023 (002:3200–3310), lines joined and cut to their first sentences: a task whose 具体举措 is one
// unnumbered paragraph with bodies of its own.
const unnumberedSteps = [
  '一、深化改革创新释放经济增长潜力',
  '（一）继续把培育壮大市场主体作为深化“放管服”改革的重要着力点。',
  '1.落实好《促进个体工商户发展条例》,抓紧制定完善配套措施。（市市场监管局牵头，市级相关部门及各区县按职责分工负责）',
  '（三）依法盘活用好专项债地方结存限额，与政策性开发性金融工具相结合，支持重点项目建设。引导商业银行扩大中长期贷款投放，为重点项目建设配足融资。',
  '（市财政局、市发展改革委、铜川银保监分局等相关部门及各区县按职责分工负责）',
  '具体举措：',
  '指导政策性开发性银行用好用足政策性开发性金融工具额度和新增信贷额度，优先支持专项债券项目建设。',
  '（市金融办、市发展改革委、市财政局、人行铜川市中心支行、铜川银保监分局等相关部门及各市（区）按职责分工负责）',
  '（四）抓紧研究支持制造业企业、职业院校等设备更新改造的相关政策。（人行铜川市中心支行牵头，市金融办等相关部门及各区县按职责分工负责）',
].join('\n');

describe('a task whose 具体举措 is one unnumbered paragraph with its own bodies (铜川 （三）; a site review found both brackets pooled on the task)', () => {
  const doc = convertOne('tongchuan-steps.txt', unnumberedSteps);
  const task = doc!.measures.find((m) => m.label === '（三）')!;
  const steps = doc!.measures.find((m) => m.id === `${task.id}-1`)!;

  test('the task keeps its own bodies, and its steps are a measure detailing it with theirs', () => {
    expect(task.text).not.toContain('具体举措');
    expect(task.bodies.map((b) => b.asWritten)).not.toContain('人行铜川市中心支行');
    expect(task.detailedBy).toEqual([steps.id]);
    expect(steps).toMatchObject({ label: '具体举措', source: { line: 7, endLine: 8 } });
    expect(steps.bodies.map((b) => b.asWritten)).toContain('人行铜川市中心支行');
    // A task without 具体举措 stays one measure.
    expect(doc!.measures.find((m) => m.label === '（四）')?.detailedBy).toBeUndefined();
  });

  test('its page shows the task, 具体举措：, then the steps as their own card, each text once', () => {
    const tree = parseMdx(doc!.mdx);
    const at = tree.children.findIndex((n) => n.type === 'mdxJsxFlowElement' && n.attributes.some((a) => 'value' in a && a.value === task.id));
    expect(visibleText({ type: 'root', children: [tree.children[at + 1]!] }).trim()).toBe('具体举措：');
    const card = tree.children[at + 2]!;
    expect(card.type === 'mdxJsxFlowElement' && card.attributes.some((a) => 'value' in a && a.value === steps.id)).toBe(true);
    expect(visibleText(tree).split('指导政策性开发性银行').length).toBe(2);
  });
});
