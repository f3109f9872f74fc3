// The body-name stage on lists cut from the five source layouts: one entry
// per body, 等 marking the list open, prefixes written out, no role word or
// half a bracket left in a name.
import { describe, expect, test } from 'vitest';
import { readBodies, readBodyList, restoreSeparators, separateDistricts } from '../../scripts/build-site/converter/stages/read-bodies.ts';

const names = (text: string) => readBodyList(text).names.map((n) => n.name);

describe('lists split into bodies, never inside a name', () => {
  test('、，, separate; a shared level prefix is written out (issue example)', () => {
    expect(names('市市场监管局、人社局、税务局')).toEqual(['市市场监管局', '市人社局', '市税务局']);
  });
  test('和 inside a name (住房和城乡建设局, 发展和改革委员会) splits nothing', () => {
    expect(names('市住房和城乡建设局、发展和改革委员会')).toEqual(['市住房和城乡建设局', '市发展和改革委员会']);
  });
  test('和 / 及 between two bodies split (002: 省水利厅和各市州政府, 市级有关部门及各县市区政府)', () => {
    expect(names('省水利厅和各市州政府')).toEqual(['省水利厅', '各市州政府']);
    expect(names('市级有关部门及各县市区政府')).toEqual(['市级有关部门', '各县市区政府']);
  });
  test('a space is a separator between two names and damage inside one (000 table cells)', () => {
    expect(names('市审批局 市网信局 市市场监管局')).toEqual(['市审批局', '市网信局', '市市场监管局']);
    expect(names('市国 资委')).toEqual(['市国资委']);
  });
  test('two groups run together are two (002: 各地各有关部门)', () => {
    expect(names('各地各有关部门')).toEqual(['各地', '各有关部门']);
  });
  test('a 各-group with levels listed before its head is one group (002: 各市、县〔区〕…)', () => {
    expect(names('各市、县〔区〕市场监管局、审批服务管理局')).toEqual(['各市、县〔区〕市场监管局', '各市、县〔区〕审批服务管理局']);
    expect(names('县、区政府，金昌经开区管委会')).toEqual(['县、区政府', '金昌经开区管委会']);
  });
  test('a shared head noun distributes over specific places (002: 高新区、经开区管委会)', () => {
    expect(names('高新区、经开区管委会')).toEqual(['高新区管委会', '经开区管委会']);
  });
});

describe('等 closes an open list; the kind of the list is no body', () => {
  test('X等市级相关部门及各县（市、区） (issue example)', () => {
    expect(readBodyList('市市场监管局、人社局、税务局等市级相关部门及各县（市、区）')).toMatchObject({
      names: [{ name: '市市场监管局' }, { name: '市人社局' }, { name: '市税务局' }, { name: '各县（市、区）' }],
      open: true,
    });
  });
  test('a trailing 等, 等有关部门（单位, 等金融机构 (002, 000)', () => {
    expect(readBodyList('市市场监管局等')).toMatchObject({ names: [{ name: '市市场监管局' }], open: true });
    expect(readBodyList('财政局等有关部门（单位')).toMatchObject({ names: [{ name: '财政局' }], open: true });
    expect(readBodyList('各银行等金融机构')).toMatchObject({ names: [{ name: '各银行' }], open: true });
  });
  test('等…部门和单位: the kind is no body, even after 和 (002:3365)', () => {
    expect(readBodyList('市商务局、市交通运输局等市级相关部门和单位及各区县')).toMatchObject({
      names: [{ name: '市商务局' }, { name: '市交通运输局' }, { name: '各区县' }],
      open: true,
    });
  });
  test('等 stays after the body it follows, with the kind it names (004:30 …等市工程建设项目审批制度改革领导小组成员单位，各县区政府; a review read …各县区政府等)', () => {
    expect(readBodyList('市住建局、水务局、自然资源局等市工程建设项目审批制度改革领导小组成员单位，各县区政府').names).toEqual([
      { name: '市住建局', asWritten: '市住建局' },
      { name: '市水务局', asWritten: '水务局' },
      { name: '市自然资源局', asWritten: '自然资源局', etc: '市工程建设项目审批制度改革领导小组成员单位' },
      { name: '各县区政府', asWritten: '各县区政府' },
    ]);
    expect(readBodyList('各银行等金融机构').names).toEqual([{ name: '各银行', asWritten: '各银行', etc: '金融机构' }]);
    expect(readBodyList('市市场监管局等').names).toEqual([{ name: '市市场监管局', asWritten: '市市场监管局', etc: '' }]);
    expect(readBodyList('市发改委、市审批局').names.some((n) => 'etc' in n)).toBe(false);
  });
  test('a district’s own government takes no level prefix (000:337 …自然资源局兴庆区、金凤区、西夏区人民政府; a review read 市兴庆区人民政府)', () => {
    expect(readBodyList('市国资委、住建局、兴庆区、金凤区人民政府').names.map((n) => n.name)).toEqual([
      '市国资委',
      '市住建局',
      '兴庆区人民政府',
      '金凤区人民政府',
    ]);
  });
});

describe('brackets, roles and prefixes', () => {
  test('a bracket the clause left open is closed; one it never opened is dropped (002:7201)', () => {
    expect(names('各市(州)交通运输局(委')).toEqual(['各市(州)交通运输局(委)']);
  });
  test('role words never stay in a name (002: 市中院牵头并)', () => {
    expect(names('市中院牵头并')).toEqual(['市中院']);
    expect(names('由市审批局')).toEqual(['市审批局']);
  });
  test('a unit named by its parent’s bare word (厅) takes no level from the list before it (002:7467 省交通建设质量中心、厅加快交通项目建设指挥部; a site review)', () => {
    expect(names('省交通建设质量中心、厅加快交通项目建设指挥部')).toEqual(['省交通建设质量中心', '厅加快交通项目建设指挥部']);
  });
  test('a parent department lends itself to its divisions (002: 厅法规处、公路处 → 厅公路处)', () => {
    expect(names('厅法规处、公路处、执法监督局')).toEqual(['厅法规处', '厅公路处', '厅执法监督局']);
    expect(names('市场监管厅登记注册局、信息中心')).toEqual(['市场监管厅登记注册局', '市场监管厅信息中心']);
  });
  test('市场, 市政 and 市民 are words, not the level 市; 市政府 and 市民政局 are 市 (001, 003)', () => {
    expect(names('市发改委、市场监管局、市政管理局')).toEqual(['市发改委', '市市场监管局', '市市政管理局']);
    expect(names('市政府督查室、发展和改革委员会')).toEqual(['市政府督查室', '市发展和改革委员会']);
  });
  test('companies and zone committees take no level prefix', () => {
    expect(names('省市场监管局、丝绸之路信息港公司')).toEqual(['省市场监管局', '丝绸之路信息港公司']);
    expect(names('市大数据管理局、高新区管委会')).toEqual(['市大数据管理局', '高新区管委会']);
  });
  test('a group of departments lends its qualifier to the bare kind after it (002: 市直有关部门、单位)', () => {
    expect(names('市直有关部门、单位')).toEqual(['市直有关部门', '市直有关单位']);
  });
  test('lost separators are restored only where a whole name follows (001:488)', () => {
    expect(restoreSeparators('石嘴山供电公司市住建局')).toBe('石嘴山供电公司、市住建局');
    expect(restoreSeparators('市委编办')).toBe('市委编办');
    expect(restoreSeparators('国家税务总局银川市税务局')).toBe('国家税务总局银川市税务局');
  });
  test('a piece that is no body’s name is returned for a warning, not dropped silently', () => {
    expect(readBodyList('市发改委、按照要求')).toMatchObject({ names: [{ name: '市发改委' }], unreadable: ['按照要求'] });
  });
});

describe('a measure’s bodies across its lists', () => {
  test('a body both leading and sharing a task leads it; each body once', () => {
    const result = readBodies([
      { text: '市审批局', role: 'lead', origin: 'item' },
      { text: '市审批局、市发改委', role: 'responsible', origin: 'document-rule' },
    ]);
    expect(result.bodies).toEqual([
      { name: '市审批局', asWritten: '市审批局', role: 'lead', origin: 'item' },
      { name: '市发改委', asWritten: '市发改委', role: 'responsible', origin: 'document-rule' },
    ]);
  });
  test('by the first-unit rule the first body leads, by that rule (003)', () => {
    const result = readBodies([{ text: '市政府督查室、发展和改革委员会,市纪委监委', role: 'responsible', origin: 'item', firstLeads: true }]);
    expect(result.bodies.map((b) => [b.name, b.role, b.origin])).toEqual([
      ['市政府督查室', 'lead', 'document-rule'],
      ['市发展和改革委员会', 'responsible', 'item'],
      ['市纪委监委', 'responsible', 'item'],
    ]);
  });
});

describe('a name that carries its own place', () => {
  test('takes no level prefix from the list: 甘肃银保监局 after 省…, 甘孜银保监分局 after 州… (002:6435, 10186)', () => {
    expect(readBodyList('省金融监管局、人行兰州中心支行、甘肃银保监局、省发展改革委').names.map((n) => n.asWritten)).toEqual([
      '省金融监管局',
      '人行兰州中心支行',
      '甘肃银保监局',
      '省发展改革委',
    ]);
    expect(readBodyList('州税务局、人行甘孜中心支行、甘孜银保监分局').names.map((n) => n.asWritten)).toEqual([
      '州税务局',
      '人行甘孜中心支行',
      '甘孜银保监分局',
    ]);
    // A customs office answers to the customs service, not the city: 兴庆海关, not 市兴庆海关.
    expect(readBodyList('市商务局、兴庆海关、河东机场海关').names.map((n) => n.asWritten)).toEqual(['市商务局', '兴庆海关', '河东机场海关']);
  });
});

describe('分别牵头: bodies that lead a heading’s sections respectively (石嘴山 2020, 001:63)', () => {
  const claim = (index: number, of: number, text = '石嘴山供电公司、市住建局') =>
    ({ text, role: 'lead', origin: 'heading', respectively: true, section: { index, of } }) as const;
  test('as many bodies as sections: each section gets the body in its place, marked as paired in order', () => {
    expect(readBodies([claim(1, 2)]).bodies).toEqual([{ name: '市住建局', asWritten: '市住建局', role: 'lead', origin: 'heading', inOrder: true }]);
  });
  test('a body the item named as sharing still leads its own section, marked the same way', () => {
    const result = readBodies([{ text: '石嘴山供电公司', role: 'responsible', origin: 'column' }, claim(0, 2)]);
    expect(result.bodies).toEqual([{ name: '石嘴山供电公司', asWritten: '石嘴山供电公司', role: 'lead', origin: 'heading', inOrder: true }]);
  });
  test('bodies and sections that do not pair up: every body is listed, marked as leading only some items', () => {
    const result = readBodies([claim(0, 3)]);
    expect(result.bodies.map((b) => [b.name, b.respectively, b.inOrder])).toEqual([
      ['石嘴山供电公司', true, undefined],
      ['市住建局', true, undefined],
    ]);
  });
});

describe('a body run into the district list after it', () => {
  test('自然资源局兴庆区、金凤区、西夏区人民政府 is a bureau and three district governments (000:337); 自然资源局兴庆区分局 is one body', () => {
    expect(separateDistricts('市国资委、住建局、市政管理局、自然资源局兴庆区、金凤区、西夏区人民政府')).toBe(
      '市国资委、住建局、市政管理局、自然资源局、兴庆区、金凤区、西夏区人民政府',
    );
    expect(separateDistricts('市自然资源局兴庆区分局、金凤区分局')).toBe('市自然资源局兴庆区分局、金凤区分局');
    const names = readBodies([{ text: separateDistricts('自然资源局兴庆区、金凤区、西夏区人民政府'), role: 'responsible', origin: 'column' }]).bodies.map(
      (b) => b.name,
    );
    expect(names).toContain('自然资源局');
    expect(names.some((n) => n.includes('自然资源局兴庆区'))).toBe(false);
  });
});
