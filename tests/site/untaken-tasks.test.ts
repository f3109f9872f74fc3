// Tasks of a kept plan item its implementing plan leaves out: src/domain/untaken-tasks.ts,
// on 新疆's 提升办税缴费服务水平 (002:11167) and 哈密's restatement of it (002:12332).
import { expect, test } from 'vitest';
import { decidedByTargets, itemTasks, untakenTasks, upstreamOwnTask } from '../../src/domain/untaken-tasks.ts';

const xinjiang = {
  title: '提升办税缴费服务水平',
  text: '（十四）提升办税缴费服务水平。全面实行非税收入收缴电子化，加快推广使用电子非税收入一般缴款书，便利市场主体缴费办事。推动实现金融机构与各地区税务部门之间高效对接。鼓励跨省经营企业使用经营地以外的银行结算账户缴纳税款。优化出口退(免)税备案单证，积极推行电子化单证备案，精简出口退(免)税报送资料。进一步优化留抵退税办理流程，压缩留抵退税办理时限，简化退税审核程序。推行税费业务集约式全疆通办，不断扩大通办事项范围，实现就近办、一次办、集约办，解决“地域广、管户散、路途远”税源特点造成的办税缴费难点堵点问题。拓展“非接触式”办税缴费业务事项范围，持续降低办税缴费成本。',
};
const hami = {
  title: '提升办税缴费服务水平',
  text: '（十三）提升办税缴费服务水平。全面推行电子非税收入一般缴款书，推动非税收入全领域电子收缴、“跨省通缴”，便利市场主体缴费办事。严格按照规定向国库传递电子退库资料，推动出口退税全流程无纸化。进一步优化留抵退税办理流程，简化退税审核程序，强化退税风险防控，确保留抵退税安全快捷直达纳税人。拓展“非接触式”办税缴费范围，实现95%税费服务事项“网上办”。加大税务部门与银行沟通，做好跨省异地电子缴税推广工作。\n牵头单位：市税务局',
};
// Other measures of the two plans: they make 办税, 企业 and 推进 common words, as a plan's dozens of items do.
const others = ['推进政务服务事项网上办理，提升企业办事便利度。', '优化企业开办服务，推进登记注册便利化。', '加强税务部门与企业沟通，提升纳税服务水平。'].map(
  (text) => ({ text }),
);

test('an item’s tasks are its sentences, its title and who acts left out', () => {
  const tasks = itemTasks({
    title: '推进“掌上办”',
    text: '21.推进“掌上办”。将“甘快办”APP作为全省移动端政务服务总枢纽。健全全省统一身份认证体系，实现一次登录、全网通办。（省政务服务中心牵头，各市州政府负责）',
  });
  expect(tasks).toEqual(['将“甘快办”APP作为全省移动端政务服务总枢纽', '健全全省统一身份认证体系，实现一次登录、全网通办']);
});

test('a restatement that drops sentences leaves those tasks untaken: 哈密 drops 全疆通办 and the cross-province bank account rule', () => {
  const untaken = untakenTasks([xinjiang, ...others], [hami, ...others])(xinjiang, [hami]);
  expect(untaken.some((t) => t.includes('全疆通办'))).toBe(true);
  expect(untaken.some((t) => t.includes('银行结算账户'))).toBe(true);
  // What 哈密 keeps is taken on, in its own words or word for word.
  expect(untaken.some((t) => t.includes('留抵退税'))).toBe(false);
  expect(untaken.some((t) => t.includes('非接触式'))).toBe(false);
});

test('a task another measure of the implementing plan takes on is taken on', () => {
  const elsewhere = { text: '推行税费业务集约式全疆通办，实现就近办、一次办、集约办，解决地域广、管户散、路途远造成的办税缴费难点堵点问题。' };
  const untaken = untakenTasks([xinjiang, ...others], [hami, elsewhere, ...others])(xinjiang, [hami]);
  expect(untaken.some((t) => t.includes('全疆通办'))).toBe(false);
});

test('an item of one task is taken on or not as a whole: it names none', () => {
  const one = { title: '推进“掌上办”', text: '推进“掌上办”。将“甘快办”APP作为全省移动端政务服务总枢纽。' };
  expect(untakenTasks([one], [{ text: '优化营商环境。' }])(one, [])).toEqual([]);
});

test('a statement of worth is no task, and a task the upstream gives its own offices is told apart (a site review)', () => {
  const item = {
    title: '加强政务诚信建设',
    text: '（十九）加强政务诚信建设。政务诚信，在引导市场、治国理政等方面发挥着重要作用。要区分市场与政府的界限，不错位、不缺位。',
  };
  expect(itemTasks(item)).toEqual(['要区分市场与政府的界限，不错位、不缺位']);
  expect(upstreamOwnTask('省政府办公厅负责审核、修订，向社会公布事项清单')).toBe(true);
  expect(upstreamOwnTask('省级行业主管部门要围绕高频政务服务事项梳理公布“全省通办”事项清单')).toBe(true);
  expect(upstreamOwnTask('各市（区）要组建专班推进，逐项抓好落实')).toBe(false);
});

test('a task stating a target is decided by it: a lost target lists it, a kept or reached one does not; others go by their words (陕西 工作目标 70个小时, 金昌 “标准地” 30％; a site review)', () => {
  const goals = {
    title: '工作目标',
    text: '（二）工作目标。坚持高标准、优措施，企业开办时间压减到1个工作日内。企业年均纳税时间压减到70个小时。工业项目“标准地”供应在各市产业集聚区全面推行。“交地即交证”新模式全面推广，实现多个事项集成办理。',
  };
  const byWords = ['“交地即交证”新模式全面推广，实现多个事项集成办理', '坚持高标准、优措施，企业开办时间压减到1个工作日内'];
  expect(decidedByTargets(goals, byWords, ['压减到70个小时'], ['压减到1个工作日内'])).toEqual([
    '企业年均纳税时间压减到70个小时',
    '“交地即交证”新模式全面推广，实现多个事项集成办理',
  ]);
  // An item of one task is taken on or not as a whole: its words decide.
  expect(decidedByTargets({ text: '企业年均纳税时间压减到70个小时。' }, [], ['压减到70个小时'], [])).toEqual([]);
});
