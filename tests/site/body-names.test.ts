// How a body's name is written on the site: a level prefix where the text
// leaves it implied, never inside a proper name that starts with a place.
import { describe, expect, test } from 'vitest';
import { bodyResolver } from '../../src/domain/bodies.ts';
import { bodies } from '../../scripts/eval/corpus.ts';

const resolve = bodyResolver(bodies);
const inYanan = { province: '陕西', city: '延安市', issuers: ['延安市人民政府办公室'] };
const inGansu = { province: '甘肃', city: null, issuers: ['甘肃省人民政府办公厅'] };

describe('body names', () => {
  test('an implied level is written out (市市场监管局 in 银川 → 银川市市场监督管理局)', () => {
    expect(resolve('市市场监管局', { province: '宁夏', city: '银川市', issuers: [] }).name).toBe('银川市市场监督管理局');
  });
  test('a place that is part of a proper name stays as written (延安大学, 兰州新区管委会, 兰州海关)', () => {
    expect(resolve('延安大学', inYanan).name).toBe('延安大学');
    // A state-level new area answers to the province, listed with the cities (各市州政府、兰州新区管委会; a site review).
    expect(resolve('兰州新区管委会', inGansu)).toMatchObject({ name: '兰州新区管委会', city: null, function: 'park-committee' });
    expect(resolve('兰州海关', inGansu).name).toBe('兰州海关');
  });
  test('a body written with its other name in brackets is of its first name’s kind (省政府办公厅〔省大数据管理局〕; a site review found it in no kinds page)', () => {
    const office = resolve('省政府办公厅〔省大数据管理局〕', inGansu);
    expect(office).toMatchObject({ name: '甘肃省政府办公厅〔省大数据管理局〕', function: 'government-office' });
    expect(office.id).toBe('gansu-zheng-fu-ban-gong-ting-sheng-da-shu-463f');
  });
  test('the central bank’s office in a capital is the province’s; a prefecture’s is the city’s (人行兰州中心支行, 人行陇南市中心支行; a site review)', () => {
    expect(resolve('人行兰州中心支行', inGansu)).toMatchObject({ province: '甘肃', city: null, function: 'central-bank' });
    expect(resolve('人行陇南市中心支行', inGansu)).toMatchObject({ city: '陇南市', function: 'central-bank' });
  });
  test('a development zone’s committee is a park committee, however its zone is named (咸阳 市高新区管委会, 平凉 工业园区（高新区）管委会, 白银高新区; a site review)', () => {
    const inXianyang = { province: '陕西', city: '咸阳市', issuers: ['咸阳市人民政府办公室'] };
    expect(resolve('市高新区管委会', inXianyang)).toMatchObject({ name: '咸阳市高新区管委会', function: 'park-committee', kind: 'government' });
    expect(resolve('平凉市工业园区（高新区）管委会', inGansu).function).toBe('park-committee');
    expect(resolve('白银高新区', inGansu).function).toBe('park-committee');
    expect(resolve('各园区管委会', inXianyang).kind).toBe('group');
  });
  test('a party committee’s office keeps the committee’s 委 (市委网信办 → 延安市委网络安全和信息化委员会办公室, as 市委统战部; a site review found it dropped)', () => {
    expect(resolve('市委网信办', inYanan)).toMatchObject({ name: '延安市委网络安全和信息化委员会办公室', function: 'cyberspace' });
    expect(resolve('市网信办', inYanan).name).toBe('延安市委网络安全和信息化委员会办公室');
    expect(resolve('市委统战部', inYanan).name).toBe('延安市委统战部');
    // 银川's 网信局 is a government bureau: no 委.
    expect(resolve('市网信局', { province: '宁夏', city: '银川市', issuers: [] }).name).toBe('银川市网信局');
  });
  test('a party committee’s commission offices are party bodies under their full names (市委编办, 全面依法治疆委员会办公室; a site review found them clipped or typed as departments)', () => {
    expect(resolve('市委编办', inYanan)).toMatchObject({ name: '延安市委机构编制委员会办公室', function: 'staffing', kind: 'party' });
    const inXinjiang = { province: '新疆', city: null, issuers: ['新疆自治区党委政法委'] };
    expect(resolve('自治区全面依法治疆委员会办公室', inXinjiang)).toMatchObject({ function: 'rule-of-law-office', kind: 'party' });
  });
  test('inspection offices compare with their like: the Party committee’s with the Party committee’s, the government’s with the government’s (银川 市委督查室、市政府督查室; a site review found them in three kinds)', () => {
    const inYinchuan = { province: '宁夏', city: '银川市', issuers: [] };
    expect(resolve('市委督查室', inYinchuan)).toMatchObject({ name: '银川市委督查室', function: 'party-inspection', kind: 'party' });
    expect(resolve('市委市政府督查考核办', { province: '甘肃', city: '金昌市', issuers: [] })).toMatchObject({ function: 'party-inspection', kind: 'party' });
    expect(resolve('市政府督查室', inYinchuan)).toMatchObject({ name: '银川市政府督查室', function: 'government-inspection', kind: 'department' });
  });
  test('a group of parks is compared with parks, not with lower governments (银川 各园区管委会, 石嘴山 各开发区; a site review)', () => {
    const inYinchuan = { province: '宁夏', city: '银川市', issuers: [] };
    expect(resolve('各园区管委会', inYinchuan)).toMatchObject({ kind: 'group', function: 'park-committee' });
    expect(resolve('各开发区', { province: '宁夏', city: '石嘴山市', issuers: [] }).function).toBe('park-committee');
    expect(resolve('各县（市）区人民政府', inYinchuan).function).toBe('lower-governments');
    expect(resolve('各县区', inYinchuan).function).toBe('lower-governments');
  });
  test('a province’s lower governments are its cities’, compared apart from a city’s counties (甘肃 各市州政府, 石嘴山 各县区; a site review found them side by side)', () => {
    expect(resolve('各市州政府', inGansu)).toMatchObject({ function: 'prefecture-governments', functionName: '市（州）政府', kind: 'group' });
    expect(resolve('各县区', { province: '宁夏', city: '石嘴山市', issuers: [] })).toMatchObject({
      function: 'lower-governments',
      functionName: '县（市、区）政府',
    });
    // 各地 is every locality, of any level (甘肃 names it beside 各市州政府).
    expect(resolve('各地', inGansu).function).toBe('localities');
  });
  test('a financial-supervision branch or a park written with its place keeps the place as written (陇南银保监分局, 平凉工业园区（高新区）管委会; a site review found 市 added)', () => {
    const inLongnan = { province: '甘肃', city: '陇南市', issuers: [] };
    expect(resolve('陇南银保监分局', inLongnan)).toMatchObject({ name: '陇南银保监分局', id: resolve('银保监分局', inLongnan).id });
    expect(resolve('平凉工业园区（高新区）管委会', inGansu)).toMatchObject({ name: '平凉工业园区（高新区）管委会', city: '平凉市' });
    // Written without a place, the body takes the document's city in full, as any other.
    expect(resolve('银保监分局', inLongnan).name).toBe('陇南市银保监分局');
    // A city department written with the short place still takes the city's full name (金昌市场监管局 is 金昌市's).
    expect(resolve('金昌市场监管局', inGansu).name).toBe('金昌市市场监督管理局');
  });
  test('审改办 is the 行政审批制度改革工作领导小组办公室 it abbreviates (咸阳 10号 and 11号; a site review); 招商引资局 keeps its own name (陇南)', () => {
    const inXianyang = { province: '陕西', city: '咸阳市', issuers: ['咸阳市人民政府办公室'] };
    expect(resolve('市审改办', inXianyang).id).toBe(resolve('市行政审批制度改革工作领导小组办公室', inXianyang).id);
    expect(resolve('市招商引资局', { province: '甘肃', city: '陇南市', issuers: [] }).name).toBe('陇南市招商引资局');
  });
  test('one function is one kind, however a city names its office (市政府金融办, 政务服务和公共资源交易中心, 政务大数据服务中心; a site review)', () => {
    const inBaiyin = { province: '甘肃', city: '白银市', issuers: [] };
    expect(resolve('市政府金融办', inBaiyin)).toMatchObject({ function: 'financial-regulation', name: '白银市金融工作办公室' });
    expect(resolve('市政务服务和公共资源交易中心', { province: '新疆', city: '哈密市', issuers: [] }).function).toBe('government-services');
    expect(resolve('省政务大数据服务中心', { province: '陕西', city: null, issuers: [] }).function).toBe('big-data');
  });
  test('a prefecture’s 市法院 is its intermediate court, as 市中院 is (陇南; a site review)', () => {
    const inLongnan = { province: '甘肃', city: '陇南市', issuers: ['陇南市人民政府办公室'] };
    expect(resolve('市法院', inLongnan).name).toBe('陇南市中级人民法院');
    expect(resolve('市法院', inLongnan).id).toBe(resolve('市中院', inLongnan).id);
  });
  test('a department’s 直属单位 is a group of its own units, not a provincial body (陕西知识产权局: 各市局、其他相关部门、直属单位)', () => {
    const inIpOffice = { province: '陕西', city: null, issuers: ['陕西省知识产权局'] };
    expect(resolve('直属单位', inIpOffice)).toMatchObject({ name: '陕西省知识产权局直属单位', kind: 'group' });
    // Without one issuing department, the words name no one in particular: a group as written.
    expect(resolve('直属单位', { province: '陕西', city: null, issuers: ['陕西省人民政府办公厅'] })).toMatchObject({ name: '直属单位', kind: 'group' });
  });
  test('a department’s 相关处室 are its own divisions, named with it, not a provincial body of no department (宁夏市场监管厅 cc8b46; a review)', () => {
    const inRegulator = { province: '陕西', city: null, issuers: ['陕西省市场监督管理局'] };
    expect(resolve('相关处室', inRegulator)).toMatchObject({ name: '陕西省市场监督管理局相关处室', kind: 'group', function: 'relevant-departments' });
    // 省局相关处室 is the same group, written with the department's own short name.
    expect(resolve('省局相关处室', inRegulator).id).toBe(resolve('相关处室', inRegulator).id);
    expect(resolve('相关处室', { province: '陕西', city: null, issuers: ['陕西省人民政府办公厅'] })).toMatchObject({ name: '相关处室', kind: 'group' });
  });
  test('a department’s 各市局 are the cities’ offices of that department, not any city bureau (陕西知识产权局; a site review)', () => {
    const inIpOffice = { province: '陕西', city: null, issuers: ['陕西省知识产权局'] };
    expect(resolve('各市局', inIpOffice)).toMatchObject({ name: '各市知识产权局', kind: 'group', province: '陕西', city: null });
    expect(resolve('各市局', { province: '陕西', city: null, issuers: ['陕西省人民政府办公厅'] })).toMatchObject({ name: '各市局', kind: 'group' });
  });
  test('one office written two ways in one plan is one body (平凉 市政府政务公开办, 市政务公开办; a site review)', () => {
    const inPingliang = { province: '甘肃', city: '平凉市', issuers: ['平凉市人民政府办公室'] };
    expect(resolve('市政务公开办', inPingliang).id).toBe(resolve('市政府政务公开办', inPingliang).id);
  });
  test('a list of levels names a group, not one body (金昌: 县、区政府)', () => {
    const inJinchang = { province: '甘肃', city: '金昌市', issuers: ['金昌市人民政府办公室'] };
    expect(resolve('县、区政府', inJinchang)).toMatchObject({ name: '县、区政府', kind: 'group', city: '金昌市' });
    expect(resolve('县（市、区）政府', inYanan).kind).toBe('group');
    // One level's own body is not a group.
    expect(resolve('区政府', inJinchang).kind).not.toBe('group');
  });
  test('a 市 that begins 市场 or 市政 belongs to the word after the place (石嘴山市场监管局 is 石嘴山’s 市场监管局)', () => {
    const inShizuishan = { province: '宁夏', city: '石嘴山市', issuers: [] };
    expect(resolve('石嘴山市场监管局', inShizuishan).name).toBe(resolve('石嘴山市市场监管局', inShizuishan).name);
    expect(resolve('银川市政管理局', inShizuishan).name).toBe('银川市市政管理局');
    expect(resolve('银川市政府', inShizuishan).name).toBe('银川市人民政府');
  });
});

describe('two spellings of one body are one body', () => {
  const inShizuishan = { province: '宁夏', city: '石嘴山市', issuers: [] };
  test('a level prefix before a name that carries its place adds nothing (省甘肃银保监局, 州甘孜银保监分局)', () => {
    expect(resolve('省甘肃银保监局', inGansu)).toMatchObject({ name: '甘肃银保监局', id: resolve('甘肃银保监局', inGansu).id });
    expect(resolve('州甘孜银保监分局', { province: '四川', city: '甘孜藏族自治州', issuers: [] }).name).toBe('甘孜银保监分局');
    // 省 before a name without its place is still written out.
    expect(resolve('省人民政府', inGansu).name).toBe('甘肃省人民政府');
  });
  test('a state grid company with or without 国网 (国网石嘴山供电公司, 石嘴山供电公司), written as the text has it', () => {
    const grid = resolve('国网石嘴山供电公司', inShizuishan);
    expect(grid.id).toBe(resolve('石嘴山供电公司', inShizuishan).id);
    expect(grid.name).toBe('国网石嘴山供电公司');
  });
  test('the central bank’s branch with or without 市, and the 市 of 人行市中心支行 named', () => {
    const inLongnan = { province: '甘肃', city: '陇南市', issuers: [] };
    expect(resolve('人行陇南中心支行', inLongnan).id).toBe(resolve('人行陇南市中心支行', inLongnan).id);
    expect(resolve('人行市中心支行', inShizuishan).name).toBe('人行石嘴山市中心支行');
  });
  test('an abbreviation content/bodies.json records (高速路政 for 高速公路路政), and a division’s 监管处 as its 监督管理处', () => {
    expect(resolve('省高速路政执法总队', inGansu).id).toBe(resolve('省高速公路路政执法总队', inGansu).id);
    const inNingxia = { province: '宁夏', city: null, issuers: [] };
    expect(resolve('市场监管厅信用监管处', inNingxia)).toMatchObject({
      name: '宁夏回族自治区市场监督管理厅信用监督管理处',
      id: resolve('市场监管厅信用监督管理处', inNingxia).id,
    });
  });
});

describe('divisions and posts of the department that issued a plan', () => {
  const inShaanxiSamr = { province: '陕西', city: null, issuers: ['陕西省市场监督管理局'] };
  test('稽查局, 办公室, 机关纪委 in the 市场监管局’s own plan are its divisions, not provincial agencies; 税务局 stays a department', () => {
    expect(resolve('稽查局', inShaanxiSamr).name).toBe('陕西省市场监督管理局稽查局');
    expect(resolve('办公室', inShaanxiSamr).name).toBe('陕西省市场监督管理局办公室');
    expect(resolve('机关纪委', inShaanxiSamr).name).toBe('陕西省市场监督管理局机关纪委');
    expect(resolve('税务局', inShaanxiSamr).name).toBe('国家税务总局陕西省税务局');
    // A province has no 行政审批服务局: its department's 审批局 is a division; a city's plan means the city's bureau.
    expect(resolve('审批局', inShaanxiSamr).name).toBe('陕西省市场监督管理局审批局');
    expect(resolve('审批局', { province: '陕西', city: '咸阳市', issuers: ['咸阳市人民政府办公室'] }).name).toBe('咸阳市行政审批服务局');
  });
  test('a division is filed under its department and with its function: the regulators compared include 宁夏’s 厅 through its 处室 (a site review)', () => {
    const inNingxiaSamr = { province: '宁夏', city: null, issuers: ['宁夏回族自治区市场监督管理厅'] };
    const division = resolve('登记注册局', inNingxiaSamr);
    expect(division.department).toBe('市场监督管理厅');
    expect(division.function).toBe('market-regulation');
    expect(resolve('稽查局', inShaanxiSamr)).toMatchObject({ department: '市场监督管理局', function: 'market-regulation' });
    // A department is no division of itself, nor is 人民政府办公室 a 公室 of a 人民政府办.
    expect(resolve('宁夏回族自治区市场监督管理厅', inNingxiaSamr).department).toBeUndefined();
    expect(resolve('市政府办公室', { province: '宁夏', city: '银川市', issuers: [] }).department).toBeUndefined();
  });
  test('宁夏’s cities call their approval bureau 审批服务管理局, and their 审批局 is that bureau (银川 002 L4956; a site review found a name no source writes)', () => {
    const inYinchuan = { province: '宁夏', city: '银川市', issuers: ['银川市人民政府办公室'] };
    expect(resolve('审批局', inYinchuan).name).toBe('银川市审批服务管理局');
    expect(resolve('审批局', inYinchuan).id).toBe(resolve('审批服务管理局', inYinchuan).id);
  });
  test('a local tax bureau goes by its full name, and is one bureau however it is written (国家税务总局中卫市税务局; a site review)', () => {
    const inZhongwei = { province: '宁夏', city: '中卫市', issuers: ['中卫市人民政府办公室'] };
    expect(resolve('市税务局', inZhongwei).name).toBe('国家税务总局中卫市税务局');
    expect(resolve('国家税务总局中卫市税务局', inZhongwei).id).toBe(resolve('市税务局', inZhongwei).id);
  });
  test('省厅… in a 厅’s own plan is a post of that 厅 (甘肃省交通运输厅驻政务大厅窗口)', () => {
    expect(resolve('省厅驻政务大厅窗口', { province: '甘肃', city: null, issuers: ['甘肃省交通运输厅'] }).name).toBe('甘肃省交通运输厅驻政务大厅窗口');
  });
  test('a zone’s own body is no division of the issuing 厅 (宁东市场监管局 in the 市场监管厅’s plan); 相关处室 is a group, not a body', () => {
    const inNingxiaSamr = { province: '宁夏', city: null, issuers: ['宁夏回族自治区市场监督管理厅'] };
    expect(resolve('宁东市场监管局', inNingxiaSamr).name).toBe('宁东市场监管局');
    expect(resolve('登记注册局', inNingxiaSamr).name).toBe('宁夏回族自治区市场监督管理厅登记注册局');
    expect(resolve('省局相关处室', inShaanxiSamr).kind).toBe('group');
    expect(resolve('食品相关处室', inShaanxiSamr).kind).toBe('group');
  });
  test('a regulator’s local branch is named as locals name it, not a place before the national body’s name (中卫金融监管分局); 省保护中心 is the IP protection centre', () => {
    expect(resolve('中卫金融监管分局', { province: '宁夏', city: '中卫市', issuers: [] }).name).toBe('中卫金融监管分局');
    expect(resolve('省保护中心', inShaanxiSamr).name).toBe('陕西省知识产权保护中心');
  });
  test('like bodies are one kind across places, whatever their spelling (a site review: 发展和改革委, 经济信息化局, 文体旅游局, 交运局, 网信局, 宁东 and 人行 branches)', () => {
    const fn = (name: string, province: string, city: string | null) => resolve(name, { province, city, issuers: [] }).function;
    expect(fn('市发展和改革委', '陕西', '咸阳市')).toBe('development-reform');
    expect(fn('州经济信息化局', '四川', '甘孜藏族自治州')).toBe('industry-it');
    expect(fn('市文体旅游局', '新疆', '克拉玛依市')).toBe('culture-tourism');
    expect(fn('市交运局', '陕西', '延安市')).toBe('transport');
    expect(fn('市网信局', '宁夏', '银川市')).toBe('cyberspace');
    expect(fn('宁东市场监管局', '宁夏', null)).toBe('market-regulation');
    expect(fn('甘孜银保监分局', '四川', '甘孜藏族自治州')).toBe('financial-supervision');
    expect(fn('人行石嘴山市中心支行', '宁夏', '石嘴山市')).toBe('central-bank');
  });
  test('a customs office keeps its own name: it is no city body (兴庆海关 in 银川)', () => {
    expect(resolve('兴庆海关', { province: '宁夏', city: '银川市', issuers: [] }).name).toBe('兴庆海关');
  });
  test('brackets of any shape and 各成员单位 fold: 各县〈市〉区人民政府 is 各县（市）区人民政府', () => {
    const inYinchuan = { province: '宁夏', city: '银川市', issuers: [] };
    expect(resolve('各县〈市〉区人民政府', inYinchuan).id).toBe(resolve('各县（市）区人民政府', inYinchuan).id);
    expect(resolve('市工程建设项目审批制度改革领导小组各成员单位', inYinchuan).id).toBe(resolve('市工程建设项目审批制度改革领导小组成员单位', inYinchuan).id);
  });
  test('places listed as bodies are their governments: 石嘴山’s 各县区 is its 各县区政府 (a site review); 各开发区 and 各部门 stay apart', () => {
    const inShizuishan = { province: '宁夏', city: '石嘴山市', issuers: [] };
    expect(resolve('各县区', inShizuishan).id).toBe(resolve('各县区政府', inShizuishan).id);
    expect(resolve('各开发区', inShizuishan).id).not.toBe(resolve('各县区政府', inShizuishan).id);
    expect(resolve('各县（市、区）', inYanan).id).toBe(resolve('各县（市、区）政府', inYanan).id);
    expect(resolve('各县区', inShizuishan).function).toBe('lower-governments');
  });
});
