import { describe, expect, test } from 'vitest';
import { extractUnits, itemsNumberOn, unitsInSentence, unitsInText } from '../../scripts/build-site/converter/stages/extract-units.ts';
import { readBodyList } from '../../scripts/build-site/converter/stages/read-bodies.ts';
import type { DocumentRules, MeasureDraft } from '../../scripts/build-site/converter/model.ts';

/** The names each role's lists hold, as the body-name stage reads them. */
const roles = (text: string) => {
  const { lead, responsible, support, deadlines } = unitsInText(text);
  const names = (lists: string[]) => lists.flatMap((l) => readBodyList(l).names.map((n) => n.name));
  return { lead: names(lead), responsible: names(responsible), ...(support.length ? { support: names(support) } : {}), deadlines };
};

describe('unit clauses', () => {
  test('牵头 / 配合 / 落实 with a nested bracket (issue example): 配合 supports, 落实 is responsible', () => {
    expect(roles('推进…。（市工信局牵头，市委统战部配合，各县（市、区）落实）')).toEqual({
      lead: ['市工信局'],
      responsible: ['各县（市、区）'],
      support: ['市委统战部'],
      deadlines: [],
    });
  });
  test('配合落实 and 协助 support; 配合单位： is a support field (延安 002:2198)', () => {
    expect(roles('（市工商联牵头，市发改委、市工信局配合，各县（市、区）落实）')).toEqual({
      lead: ['市工商联'],
      responsible: ['各县（市、区）'],
      support: ['市发改委', '市工信局'],
      deadlines: [],
    });
    expect(roles('（市财政局牵头，各成员单位配合落实）').support).toEqual(['各成员单位']);
    expect(roles('（市司法局负责，市公安局协助）')).toEqual({ lead: [], responsible: ['市司法局'], support: ['市公安局'], deadlines: [] });
    expect(roles('牵头单位：市发改委\n配合单位：市财政局、市自然资源局')).toEqual({
      lead: ['市发改委'],
      responsible: [],
      support: ['市财政局', '市自然资源局'],
      deadlines: [],
    });
  });
  test('〔〕 brackets and 按职责分工负责 (002:76)', () => {
    expect(roles('〔省政府办公厅、省市场监管局牵头，省级行业主管部门、各市（区）按职责分工负责〕')).toEqual({
      lead: ['省政府办公厅', '省市场监管局'],
      responsible: ['省级行业主管部门', '各市（区）'],
      deadlines: [],
    });
  });
  test('…牵头并按职责分工负责 leads (延安 002:2134, a site review)', () => {
    expect(roles('（市工信局、市财政局、市中院牵头并按职责分工负责，各县(市、区)落实）')).toEqual({
      lead: ['市工信局', '市财政局', '市中院'],
      responsible: ['各县(市、区)'],
      deadlines: [],
    });
  });
  test('an item that names its lead in its own sentence, not in brackets (平凉 002:8971, 新疆 002:10929; a site review)', () => {
    expect(unitsInSentence('（十五）强化指导，加强培训。由市政务公开办牵头，市委网信办、市融媒体中心配合，对标对表省上标准要求')).toEqual({
      lead: ['市政务公开办'],
      responsible: [],
      support: ['市委网信办、市融媒体中心'],
    });
    expect(unitsInSentence('46. 建立优化营商环境法治联合体。\n自治区全面依法治疆委员会办公室牵头，\n深入核查、及时反馈。').lead).toEqual([
      '自治区全面依法治疆委员会办公室',
    ]);
    // Words that name no body before 牵头 are no lead.
    expect(unitsInSentence('发挥行业协会商会牵头，组织开展培训').lead).toEqual([]);
    expect(unitsInSentence('由各地牵头，市直部门配合').lead).toEqual([]);
  });
  test('a safeguard that says which named body must do which step makes each responsible, none the lead (银川 （四）强化督导考核 002:5781; a blind review found it with none)', () => {
    const text =
      '（四）强化督导考核。市委督查室、市政府督查室要主动出击，聚焦优化营商环境各项任务落实落地。市纪委监委要对以各种理由拒不整改有关问题的按规定启动问责程序。市营商办要建立定期督查通报工作机制，督促责任单位不折不扣履行好工作职责。';
    expect(unitsInSentence(text)).toEqual({ lead: [], responsible: ['市委督查室、市政府督查室', '市纪委监委', '市营商办'], support: [] });
    // A body after a comma too; an alias in brackets is dropped for the name it follows (陕西 002:1979 省政府办公厅（省政务大数据局）负责…).
    expect(unitsInSentence('推进建设，省发展改革委、省公共资源交易中心要强化综合协调。').responsible).toEqual(['省发展改革委、省公共资源交易中心']);
    expect(unitsInSentence('28、加强职责协同。省政府办公厅（省政务大数据局）负责全省政务服务工作的规范设计。').responsible).toEqual(['省政府办公厅']);
    // A named body straight before the verb of its step, without 要 (宁夏 市场监管所 plan 002:4654; a review found six such).
    expect(unitsInSentence('（三）明确事权划分。按照原则划分事权。自治区市场监管厅加强对事权划分的统筹指导。').responsible).toEqual(['自治区市场监管厅']);
    expect(unitsInSentence('统一市场监管所标识。市场监管所加强内部管理。').responsible).toEqual([]);
    // Groups and roles any body may hold are the plan's exhortation, not an assignment.
    for (const exhortation of [
      '各地各部门要认真贯彻落实。',
      '自治区各部门要加强业务指导。',
      '起草单位要明确政策文件的背景依据。',
      '行业主管部门要将跨部门综合监管纳入。',
      '县级以上人民政府要加强领导。',
      '市、县两级政府办公室要带头贯彻执行。',
    ])
      expect(unitsInSentence(exhortation), exhortation).toEqual({ lead: [], responsible: [], support: [] });
  });
  test('a department’s plan whose steps open on the division that leads them (宁夏市场监管厅 002:4840–4852, names broken across lines; a site review)', () => {
    const steps =
      '（一）前期准备。一是组织开展调研。科技和财务处等相关处室依据职责，摸清基本情况。二是制定实施方案。\n人事与\n老干部处牵头研究制定加强全区市场监管所标准化规范化建设的实施方案，\n并广泛征求意见建议。\n三是积极争取支持。科技和财务处\n牵头，争取自治区发改委、财政厅的支持。';
    expect(unitsInSentence(steps).lead).toEqual(['人事与老干部处', '科技和财务处']);
    // A division only where its sentence opens on it; a group of them is none.
    expect(unitsInSentence('一是组织开展调研。各相关处室牵头研究，摸清情况。').lead).toEqual([]);
    expect(unitsInSentence('加强统筹。要发挥人事处牵头作用。').lead).toEqual([]);
  });
  test('clauses without a verb take the next verb’s role (002:4997)', () => {
    expect(roles('（市审批局牵头，各有关部门，各县〈市〉区人民政府配合）').support).toEqual(['各有关部门', '各县〈市〉区人民政府']);
  });
  test('labelled fields on their own lines (002:8739)', () => {
    expect(roles('…全面做好…信息公开工作。\n牵头单位：市政府政务公开办\n责任单位：各县（市、区）人民政府，平凉工业园区（高新区）管委会，市直各部门')).toEqual({
      lead: ['市政府政务公开办'],
      responsible: ['各县（市、区）人民政府', '平凉工业园区（高新区）管委会', '市直各部门'],
      deadlines: [],
    });
  });
  test('units before a labelled deadline in one clause (002:948)', () => {
    expect(roles('（登记指导处负责，完成时限：2023 年底前）')).toEqual({ lead: [], responsible: ['登记指导处'], deadlines: ['2023 年底前'] });
  });
  test('a deadline part inside a unit clause is a deadline (002:5817)', () => {
    expect(roles('（省自然资源厅负责，8 月底前完成）')).toEqual({ lead: [], responsible: ['省自然资源厅'], deadlines: ['8 月底前完成'] });
  });
  test('a contact clause names the lead department (002:772)', () => {
    expect(roles('（运用促进处，蔺朝阳，63916862）').lead).toEqual(['运用促进处']);
  });
  test('rule sentences inside a clause are not units (002:8147)', () => {
    expect(roles('（省市场监管局牵头。以下均需各市州政府、兰州新区管委会落实，不再一一列出）')).toEqual({
      lead: ['省市场监管局'],
      responsible: [],
      deadlines: [],
    });
  });
  test('brackets that only explain a term are ignored', () => {
    expect(roles('行业主管部门（以下统称行业主管部门）牵头，相关监管部门配合')).toEqual({ lead: [], responsible: [], deadlines: [] });
  });
});

const draft = (text: string, more: Partial<MeasureDraft> = {}): MeasureDraft => ({
  label: '1.',
  title: null,
  path: ['一、重点任务'],
  text,
  span: { line: 10, endLine: 10, page: null, lastPage: null },
  fields: {},
  headingUnits: [],
  numbers: ['1'],
  node: { type: 'section', marker: null, text, span: { line: 10, endLine: 10, page: null, lastPage: null }, children: [] },
  ...more,
});
const NO_RULES: DocumentRules = { firstUnitLeads: false, standingUnits: [] };

describe('where units are stated, and in which role', () => {
  test('a “/” column says none: the measure keeps no one, the row above lends nothing (000:92)', () => {
    expect(extractUnits(draft('推行业扩报装全环节实时管控。', { fields: { lead: '国网银川供电公司', responsible: '/' } }), NO_RULES)).toEqual([
      { text: '国网银川供电公司', role: 'lead', origin: 'column' },
    ]);
  });
  test('a heading whose lead clause lost its brackets still leads (001:1440)', () => {
    const heading = { text: '十三、建立公正规范的市场监管体系市市场监管局牵头', heading: '十三、建立公正规范的市场监管体系' };
    expect(extractUnits(draft('1)全面推行阳光执法。', { headingUnits: [heading] }), NO_RULES)).toEqual([
      { text: '市市场监管局', role: 'lead', origin: 'heading' },
    ]);
  });
  test('a heading that lost only its opening bracket still leads (001:792: 七、便利企业融资市金融局牵头))', () => {
    const heading = { text: '七、便利企业融资市金融局牵头)', heading: '七、便利企业融资市金融局牵头)' };
    expect(extractUnits(draft('1)扩大融资规模。', { headingUnits: [heading] }), NO_RULES)).toEqual([{ text: '市金融局', role: 'lead', origin: 'heading' }]);
  });
  test('a heading’s 分别牵头 says which of its sections holds the item, for read-bodies.ts to pair', () => {
    const heading = { text: '(三)优化市政设施接入服务(石嘴山供电公司、市住建局分别牵头)', heading: '(三)优化市政设施接入服务', section: { index: 1, of: 2 } };
    expect(extractUnits(draft('2.优化水气暖报装服务。', { headingUnits: [heading] }), NO_RULES)).toEqual([
      { text: '石嘴山供电公司、市住建局', role: 'lead', origin: 'heading', respectively: true, section: { index: 1, of: 2 } },
    ]);
  });
  test('a heading’s 分别牵头 gives its bodies to every item below, marked as leading only some of them (石嘴山 2020, 001:63)', () => {
    const heading = { text: '(三)优化市政设施接入服务(石嘴山供电公司、市住建局分别牵头)', heading: '(三)优化市政设施接入服务' };
    expect(extractUnits(draft('1)压减接电时间。', { headingUnits: [heading] }), NO_RULES)).toEqual([
      { text: '石嘴山供电公司、市住建局', role: 'lead', origin: 'heading', respectively: true },
    ]);
  });
  test('a document rule adds its bodies with its own origin, apart from the item’s (002:6578)', () => {
    const rules = { firstUnitLeads: false, standingUnits: [{ fromLine: 5, units: '各市州政府、兰州新区管委会', text: '以下各项均需…落实' }] };
    expect(extractUnits(draft('推进…。（省市场监管局牵头，省发展改革委配合）'), rules)).toEqual([
      { text: '省市场监管局', role: 'lead', origin: 'item' },
      { text: '省发展改革委', role: 'support', origin: 'item' },
      { text: '各市州政府、兰州新区管委会', role: 'responsible', origin: 'document-rule' },
    ]);
  });
  test('a rule for 以下各项 reaches a safeguards part only where its items number on from the tasks’ (甘肃 02e0c8 （十四） under 四、切实强化工作保障; a review)', () => {
    const standing = { fromLine: 5, units: '各市州政府、兰州新区管委会', text: '以下各项均需…落实' };
    const safeguard = draft('（十四）及时回应企业诉求。…（省工改领导小组各成员单位按职责分工负责，长期坚持）', { path: ['四、切实强化工作保障'] });
    const fromRule = (rules: DocumentRules) => extractUnits(safeguard, rules).filter((c) => c.origin === 'document-rule');
    expect(fromRule({ ...NO_RULES, standingUnits: [standing] })).toEqual([]);
    expect(fromRule({ ...NO_RULES, standingUnits: [standing], itemsNumberOn: true })).toHaveLength(1);
    const parts = (...numbers: [string, string][]) => numbers.map((n) => ({ numbers: n }));
    expect(itemsNumberOn(parts(['1', '1'], ['1', '2'], ['2', '3'], ['4', '4']))).toBe(true);
    expect(itemsNumberOn(parts(['1', '1'], ['1', '2'], ['3', '1']))).toBe(false);
    expect(itemsNumberOn(parts(['1', '1'], ['1', '2']))).toBe(false);
  });
  test('bodies read from a sentence of the running text say so, apart from a role clause’s (宁夏 13dc79 自治区市场监管厅; a review)', () => {
    expect(extractUnits(draft('（三）明确事权划分。自治区市场监管厅加强对事权划分的统筹指导。'), NO_RULES)).toEqual([
      { text: '自治区市场监管厅', role: 'responsible', origin: 'sentence' },
    ]);
  });
  test('各项任务的第一责任单位为牵头单位: the first responsible list is marked to lead (003)', () => {
    const claims = extractUnits(draft('…。(责任单位:市政府督查室、发展和改革委员会,市纪委监委)'), { ...NO_RULES, firstUnitLeads: true });
    expect(claims).toEqual([{ text: '市政府督查室、发展和改革委员会,市纪委监委', role: 'responsible', origin: 'item', firstLeads: true }]);
  });
});
