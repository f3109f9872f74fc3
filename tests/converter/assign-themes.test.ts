// The theme stage on measures cut from the sources (all from the tuning part
// of tests/fixtures/labels, with the reader's primary theme as the answer).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { themeMatcher } from '../../scripts/build-site/converter/stages/assign-themes.ts';
import { themeTaxonomySchema } from '../../src/schemas/theme.ts';

const root = path.resolve(import.meta.dirname, '../..');
const taxonomy = themeTaxonomySchema.parse(JSON.parse(readFileSync(path.join(root, 'content/themes.json'), 'utf8')));
const matcher = themeMatcher(taxonomy);
const primaryOf = (measure: { path: string[]; title: string | null; label: string; text: string }, documentTitle = '') =>
  matcher.assign(measure, documentTitle).themes[0];

describe('assign themes', () => {
  test('a body named in passing is not a cue: 自治区市场监管厅 in a company-registration task (000:11)', () => {
    const measure = {
      path: ['一、持续开展争先进位行动', '(一)深化商事制度改革', '1.进一步便利企业开办'],
      title: null,
      label: '3',
      text: '积极协调自治区市场监管厅等部门，整合企业开办实名认证信息、企业登记信息和银行开户备案信息，拓展“一网通办”功能，将企业信息即时推送至相关部门。',
    };
    expect(primaryOf(measure)).toBe('starting-business');
    expect(matcher.assign(measure).basis[0]!.cues.map((c) => c.text)).not.toContain('市场监管');
  });

  test('物流服务收费 is a fee, not a bank’s 服务收费 nor logistics as city life (002:12258)', () => {
    const measure = {
      path: ['二、规范涉企收费，减轻企业负担'],
      title: '推动降低物流服务收费',
      label: '（十）',
      text: '（十）推动降低物流服务收费。督促物流企业严格落实明码标价和收费公示规定，在营业场所和对外网站公示收费项目及标准并及时更新。加强物流企业日常收费监管，及时受理、处理投诉举报，依法严肃查处违反价格政策、违规收费等问题。落实公路差异化收费政策，切实降低物流环节费用。',
    };
    expect(primaryOf(measure)).toBe('fees');
  });

  test('the funds a policy draws on are its safeguards (002:10022)', () => {
    expect(
      primaryOf(
        { path: [], title: '资金来源', label: '第三条', text: '第三条资金来源\n市、县区财政每年列支。' },
        '白银市人民政府关于印发《白银市招商引资优惠政策三十条》的通知',
      ),
    ).toBe('organization');
  });

  test('a plan’s 实施步骤 is its procedure (002:4885)', () => {
    const measure = {
      path: ['四、实施步骤'],
      title: '全面实施',
      label: '（三）',
      text: '（三）全面实施。各市、县（区）市场监管局积极争取地方党委政府在人员、政策、经费等方面的支持，以标杆示范所为引领，示范带动、典型引领、以点带面，全面推进市场监管所标准化规范化建设。',
    };
    expect(primaryOf(measure)).toBe('organization');
  });

  test('training is organization, even in a transparency plan (002:8971)', () => {
    const measure = {
      path: ['四、切实强化公开保障'],
      title: '强化指导，加强培训',
      label: '（十五）',
      text: '（十五）强化指导，加强培训。由市政务公开办牵头，市委网信办、市融媒体中心配合，对标对表省上标准要求，集中对全市政府网站、政府信息公开设置栏目、政务新媒体等开展一次“全面体检”，查缺补漏，规范管理；采取集中培训、跟班轮训等方式，年内对各县（市、区）政府、市直各部门业务骨干集中培训1次，不断提高政策素养和业务能力，全面提高政务公开水平。',
    };
    expect(primaryOf(measure)).toBe('organization');
  });

  test('形式主义 is the conduct of government (002:4020)', () => {
    const measure = {
      path: ['四、完善公开标准化规范化和管理保障机制', '（二）规范公开平台建设'],
      title: null,
      label: '30.',
      text: '30.以消除“指尖形式主义”为契机，持续规范全区行政机关网络工作群管理，切实纠正网络泄密失密和形式主义等问题，有效减轻社会公众和基层部门负担，有效杜绝“指尖泄密”。',
    };
    expect(primaryOf(measure)).toBe('government-integrity');
  });

  test('a measure that names no theme takes its document’s, the issuer included (002: 广告产业园区 under 陕西省市场监督管理局)', () => {
    const measure = {
      path: ['三、重点任务', '（三）着力推动市场发展环境更加稳定'],
      title: '推动广告产业园区建设',
      label: '26.',
      text: '26.推动广告产业园区建设。加强国家、地方广告产业园交流合作，探索省级广告产业园区认定和管理制度，支持符合条件的省级广告产业园区申报国家产业园区。（广告监管处负责，完成时限：2023年底前）',
    };
    expect(primaryOf(measure, '陕西省市场监督管理局关于印发《推进营商环境突破年活动实施方案》的通知')).toBe('market-regulation');
  });

  test('知识产权 is not the 产权 of property registration', () => {
    const measure = {
      path: ['（三）加强知识产权保护'],
      title: '强化知识产权保护',
      label: '5.',
      text: '5.强化知识产权保护。严厉打击商标侵权、假冒专利等违法行为。',
    };
    expect(matcher.assign(measure).themes).not.toContain('property-registration');
    expect(primaryOf(measure)).toBe('ip');
  });
});
