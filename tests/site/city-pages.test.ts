// A city's page, read as built: its counts say what they leave out, in the words of what the source holds.
import { expect, test } from 'vitest';
import { pageText as text } from './dist.ts';

test('铜川’s tasks that list their 具体举措 are said to be detailed by them, and the undated count says how many it leaves out (a review read 88 and 66 unexplained)', () => {
  const page = text('provinces/shaanxi/tongchuan');
  const restated = /其中 (\d+) 项方案条目又由本市的任务清单、附件台账或本条所列具体举措逐条细化/.exec(page);
  expect(restated).not.toBeNull();
  expect(page).toMatch(new RegExp(`均未标明确完成时限（为“长期”“持续”或未注明），因此没有可画的时间轴；另有 ${restated![1]} 项由其具体举措`));
});
