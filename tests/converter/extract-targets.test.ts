import { describe, expect, test } from 'vitest';
import { extractTargets } from '../../scripts/build-site/converter/stages/extract-targets.ts';

const summary = (text: string) =>
  extractTargets(text).map(
    (t) => `${t.text}|${t.comparator}${t.value}${t.unit}${t.from ? `<-${t.from.value}${t.from.unit}` : ''}${t.year ? `@${t.year}` : ''}`,
  );

describe('extractTargets', () => {
  test('a limit with 以内 is an upper bound (001:43)', () => {
    expect(summary('企业开办时间压缩至1个工作日以内。')).toEqual(['压缩至1个工作日以内|<=1个工作日']);
  });
  test('由…压缩至… keeps the starting value (000: 不动产+水电气)', () => {
    expect(summary('将平均办结时间由4天压缩至4小时内。')).toEqual(['由4天压缩至4小时|<=4小时<-4天']);
  });
  test('a rate reached is a lower bound (000:10)', () => {
    expect(summary('实现准营事项覆盖率达 80%。')).toEqual(['达 80%|>=80%']);
  });
  test('不低于 is a lower bound, not 低于 (002: 白银)', () => {
    expect(summary('投资额不低于5000万元')).toEqual(['不低于5000万元|>=5000万元']);
  });
  test('per-year series carry their year (2023 年…; 2024 年…)', () => {
    expect(summary('2023年新增市场主体达到23.8万户；2024年达到25万户。')).toEqual(['达到23.8万户|>=23.8万户@2023', '达到25万户|>=25万户@2024']);
  });
  test('dates, 文号 and article counts are not targets', () => {
    expect(summary('（宁政规发〔2020〕5号）于2023年6月30日前印发《50条措施》，每月20日前报送')).toEqual([]);
  });
  test('a decimal value keeps its decimals', () => {
    expect(summary('刻制时限控制在0.5天以内')).toEqual(['控制在0.5天以内|<=0.5天']);
  });
  test('左右 is approximate', () => {
    expect(summary('将用地审批时效压缩至法定时限50%左右')).toEqual(['50%左右|=50%']);
  });
});
