// The codebook's joint rulings on measures cut from the sources: a 获得用水用气
// measure naming 水电气 acts on 获得电力 too (readers of the tuning part filed all
// seven such measures so); elsewhere, or without the joint words, nothing is added.
import { expect, test } from 'vitest';
import { themeMatcher } from '../../scripts/build-site/converter/stages/assign-themes.ts';
import { withCompanions } from '../../scripts/build-site/converter/stages/theme-companions.ts';
import { themes } from '../helpers/corpus.ts';

const matcher = withCompanions(themeMatcher(themes), themes);
const measure = (text: string, path: string[] = []) => ({ path, text, title: null, label: '' });

test('a water-gas measure that names 水电气 gets 获得电力 as a secondary theme, with the joint words as its basis (银川 000:160)', () => {
  const out = matcher.assign(measure('加快“水电气”综窗建立运行，完善“水电气”一次办的办事指南和流程，将“一件事一次办”经验向各县（市）区推广。'));
  expect(out.themes).toEqual(['water-gas', 'electricity']);
  expect(out.basis.at(-1)).toEqual({ theme: 'electricity', role: 'secondary', by: 'ruling', cues: [{ text: '水电气', where: 'text' }] });
});

test('水、电、气 written with enumeration commas is joint too (甘肃 （十） 002:5952)', () => {
  const out = matcher.assign(measure('（十）建设市政公用政企协同平台。持续完善工程审批系统功能，进一步优化水、电、气、热、信等市政公用服务报装流程。'));
  expect(out.themes[0]).toBe('water-gas');
  expect(out.themes).toContain('electricity');
});

test('a water-gas measure on water or gas alone gets no electricity', () => {
  const out = matcher.assign(measure('无外线施工获得用气时间压减到3个工作日内，获得用水时间压减到7个工作日内。'));
  expect(out.themes).toEqual(['water-gas']);
});

test('水电气 in a measure filed elsewhere adds nothing: the ruling is water-gas’s (a fees measure on 水电气暖 charges)', () => {
  const out = matcher.assign(measure('10.开展涉企乱收费乱摊派整治。进一步加大交通物流、水电气暖、地方财经、金融、行业协会商会等领域涉企违规收费整治力度。'));
  expect(out.themes[0]).toBe('fees');
  expect(out.basis.some((b) => b.by === 'ruling')).toBe(false);
});

test('a starting-business measure that names 注销 acts on market exit; a bidding measure on 政府采购和招投标 on procurement (tuning readers: 6 of 6, 3 of 3)', () => {
  const exit = matcher.assign(
    measure('6.进一步优化企业开办（注销）服务。进一步整合优化企业设立登记、公章刻制、社保登记、住房公积金企业缴存登记、发票和税控设备申领等环节。'),
  );
  expect(exit.themes[0]).toBe('starting-business');
  expect(exit.themes).toContain('market-exit');
  const procurement = matcher.assign(
    measure(
      '（四）切实规范政府采购和招投标。探索建设多CA互认管理系统，推动工程建设领域招标、投标、开标等业务全流程在线办理和招投标领域数字证书跨地区、跨平台互认。',
    ),
  );
  expect(procurement.themes[0]).toBe('bidding');
  expect(procurement.themes).toContain('government-procurement');
});

test('an IP measure that names 质押 acts on credit (知识产权质押融资; tuning readers: 5 of 5)', () => {
  const out = matcher.assign(measure('（十二）强化知识产权惠企服务。开展知识产权服务进园区活动，加强专利、商标转化运用，推广知识产权质押融资。'));
  expect(out.themes[0]).toBe('ip');
  expect(out.themes).toContain('credit');
});
