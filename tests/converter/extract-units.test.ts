import { describe, expect, test } from 'vitest';
import { expandUnits, restoreSeparators, splitUnits, unitsInText } from '../../scripts/build-site/converter/stages/extract-units.ts';

const roles = (text: string) => {
  const { lead, responsible, deadlines } = unitsInText(text);
  return { lead: lead.raw, responsible: responsible.raw, deadlines };
};

describe('unit clauses', () => {
  test('牵头 / 配合 / 落实 with a nested bracket (issue example)', () => {
    expect(roles('推进…。（市工信局牵头，市委统战部配合，各县（市、区）落实）')).toEqual({
      lead: ['市工信局'],
      responsible: ['市委统战部', '各县（市、区）'],
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
  test('clauses without a verb take the next verb’s role (002:4997)', () => {
    expect(roles('（市审批局牵头，各有关部门，各县〈市〉区人民政府配合）').responsible).toEqual(['各有关部门', '各县〈市〉区人民政府']);
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

describe('unit lists', () => {
  test('split on 、，, and spaces, never inside brackets', () => {
    expect(splitUnits('市市场监管局、人社局、税务局，住房公积金管理中心 各县（市、区）')).toEqual([
      '市市场监管局',
      '人社局',
      '税务局',
      '住房公积金管理中心',
      '各县（市、区）',
    ]);
  });
  test('shared prefixes are expanded in the normalized list (issue example)', () => {
    expect(expandUnits('市市场监管局、人社局、税务局')).toEqual(['市市场监管局', '市人社局', '市税务局']);
  });
  test('a ， starts a new list; districts and named places keep their names', () => {
    expect(expandUnits('市国资委、住建局，金凤区、白银高新区')).toEqual(['市国资委', '市住建局', '金凤区', '白银高新区']);
  });
  test('市场监管局 takes the prefix (市场 is a word, not 市)', () => {
    expect(expandUnits('市发改委、市场监管局')).toEqual(['市发改委', '市市场监管局']);
  });
  test('等 and 及 join bodies; 和 inside a name does not', () => {
    expect(expandUnits('市住建局等市级相关部门及各区县，住房和城乡建设局')).toEqual(['市住建局', '市级相关部门', '各区县', '住房和城乡建设局']);
  });
  test('lost separators are restored only where a whole name follows (001:488)', () => {
    expect(restoreSeparators('石嘴山供电公司市住建局')).toBe('石嘴山供电公司、市住建局');
    expect(restoreSeparators('市委编办')).toBe('市委编办');
    expect(restoreSeparators('国家税务总局银川市税务局')).toBe('国家税务总局银川市税务局');
  });
});
