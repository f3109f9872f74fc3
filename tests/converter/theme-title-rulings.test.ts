// The codebook's rulings that decide a primary theme from the measure's own title, on measures cut from the
// sources: 开办 named with 注销 is 开办企业's (陕西 002:1227), a 水电气 joint application is 获得用水用气's
// (白银 002:9930); the theme the rules had chosen stays as a secondary one; titles that name only one side,
// or name 水电气 for another subject, are left as the rules read them.
import { expect, test } from 'vitest';
import type { ThemeMatcher } from '../../scripts/build-site/converter/stages/assign-themes.ts';
import { themeMatcher } from '../../scripts/build-site/converter/stages/assign-themes.ts';
import { withCompanions } from '../../scripts/build-site/converter/stages/theme-companions.ts';
import { withTitleRulings } from '../../scripts/build-site/converter/stages/theme-title-rulings.ts';
import { themes } from '../helpers/corpus.ts';

const matcher = withCompanions(withTitleRulings(themeMatcher(themes), themes), themes);
const measure = (text: string, title: string | null = null, label = '') => ({ path: [], text, title, label });
/** A matcher that always answers `themes`, as the learnt model may. */
const fixed = (themes: string[]): ThemeMatcher => ({
  assign: () => ({ themes, basis: themes.map((theme, i) => ({ theme, role: i ? 'secondary' : 'primary', by: 'learnt', cues: [] })) }),
});

test('开办 named with 注销 in the title is 开办企业, with 市场主体退出 beside it (陕西 002:1227 优化企业开办和注销流程)', () => {
  // The rules read the full item (歇业, 注销, 吊销 in its text) as market exit.
  const ruled = withCompanions(withTitleRulings(fixed(['market-exit']), themes), themes);
  const out = ruled.assign(measure('1.优化企业开办和注销流程。推进外资企业设立、变更登记网上办。健全市场主体歇业制度。', '优化企业开办和注销流程', '1.'));
  expect(out.themes).toEqual(['starting-business', 'market-exit']);
  expect(out.basis[0]).toEqual({
    theme: 'starting-business',
    role: 'primary',
    by: 'ruling',
    cues: [{ text: '开办和注销', where: 'title' }],
  });
});

test('the ruling overrules whatever chose the primary, keeping that choice as the secondary theme (白银 002:9930 优化水电气报装服务)', () => {
  const ruled = withTitleRulings(fixed(['electricity', 'investment']), themes);
  const out = ruled.assign(measure('第二十二条优化水电气报装服务，对于新引进的招商引资项目，一律不得以各类许可为由拒绝接入。', null, '第二十二条'));
  expect(out.themes).toEqual(['water-gas', 'electricity']);
  expect(out.basis.map((b) => [b.theme, b.role, b.by])).toEqual([
    ['water-gas', 'primary', 'ruling'],
    ['electricity', 'secondary', 'learnt'],
  ]);
});

test('a title naming one side only, or 水电气 for another subject, is left as the rules read it (tuning readers: 扩大简易注销范围, 推行二手房水电气暖联合过户)', () => {
  expect(matcher.assign(measure('扩大简易注销范围。', '扩大简易注销范围')).themes[0]).toBe('market-exit');
  const transfer = withTitleRulings(fixed(['property-registration']), themes);
  expect(transfer.assign(measure('推行二手房水电气暖联合过户。', '推行二手房水电气暖联合过户')).themes).toEqual(['property-registration']);
  // 开办 and 注销 among a list of other matters are not the title's subject (铜川 002 （十三）推进企业开办注销、不动产登记、招工用工等常办事项…).
  const listed = withTitleRulings(fixed(['digital-government']), themes);
  expect(listed.assign(measure('（十三）加强政务数据共享，推进企业开办注销、不动产登记、招工用工等常办事项由多环节办理变为集中办理。')).themes[0]).toBe(
    'digital-government',
  );
  expect(listed.assign(measure('重点推进“企业开办、企业简易注销、不动产登记”等一件事一次办。')).themes[0]).toBe('digital-government');
  // 水电气 联办 beside a transfer is the transfer's (银川 任务清单: “房+电”同步过户，…推行“水电气”联办; a tuning reader).
  expect(transfer.assign(measure('在全市范围推行“房+电”同步过户，利用网上国网APP等线上渠道推行“水电气”联办。')).themes[0]).toBe('property-registration');
  // Words of the text below the title decide nothing here.
  const text = withTitleRulings(fixed(['market-exit']), themes);
  expect(text.assign(measure('推动企业注销便利化改革。简化企业开办后的变更手续。', '推动企业注销便利化改革')).themes).toEqual(['market-exit']);
});
