import { expect, test } from 'vitest';
import { extractTargets } from '../../scripts/build-site/converter/stages/extract-targets.ts';
import { measureSeries, targetSubject } from '../../src/charts/target-series.ts';

// Cut from 003-like text of 延安 (shaanxi-yanan, 二、发展目标): three series in one sentence run.
const TEXT =
  '做大总量，2022年，全市民营经济市场主体23.2万户，民营企业5.2万户，民营“五上”企业1525户；2023年，全市民营经济市场主体达到23.8万户，民营企业达到5.6万户，民营“五上”企业达到1660户；2024年，全市民营经济市场主体达到24.4万户，民营企业达到6万户，民营“五上”企业达到1800户。做强骨干，到2025年，年营业收入10亿元以上民营企业增加10户以上。';

test('a target is named by the words before it, framing words aside', () => {
  expect(targetSubject(TEXT, TEXT.indexOf('23.8'))).toBe('民营经济市场主体');
  expect(targetSubject(TEXT, TEXT.indexOf('5.6'))).toBe('民营企业');
  expect(targetSubject(TEXT, TEXT.indexOf('1525'))).toBe('民营“五上”企业');
});

// 2022’s values state where things stand (no verb of commitment): a baseline, not a point of the series.
test('one measure gives a series per thing counted, each year once', () => {
  const measure = { text: TEXT, targets: extractTargets(TEXT), url: '/documents/x/#m2' };
  const series = measureSeries(measure, '延安市');
  expect(series.map((s) => [s.metric, s.unit, s.series[0].points.map((p) => [p.year, p.value])])).toEqual([
    [
      '民营经济市场主体',
      '万户',
      [
        [2023, 23.8],
        [2024, 24.4],
      ],
    ],
    [
      '民营企业',
      '万户',
      [
        [2023, 5.6],
        [2024, 6],
      ],
    ],
    [
      '民营“五上”企业',
      '户',
      [
        [2023, 1660],
        [2024, 1800],
      ],
    ],
  ]);
  expect(series[0].series[0]).toMatchObject({ place: '延安市' });
});

test('a single year is no series', () => {
  const text = '到2025年，市级“专精特新”中小企业达到40户。';
  expect(measureSeries({ text, targets: extractTargets(text), url: '/x/' }, '延安市')).toEqual([]);
});
