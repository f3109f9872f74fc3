import { describe, expect, test } from 'vitest';
import { extractStatedLevels } from '../../scripts/build-site/converter/stages/extract-stated-levels.ts';
import { extractTargets } from '../../scripts/build-site/converter/stages/extract-targets.ts';

const summary = (text: string) => extractStatedLevels(text).map((t) => `${t.text}|${t.comparator}${t.value}${t.unit}`);

describe('extractStatedLevels', () => {
  test('the level a measure builds on (金昌, 002:7676): a stated level, not a target', () => {
    const text = '在全市企业开办全流程办理时限压减至0.5 个工作日以内的基础上，营业执照“即来即办”成为常态。';
    expect(summary(text)).toEqual(['0.5 个工作日以内|<=0.5个工作日']);
    expect(extractTargets(text)).toEqual([]);
  });
  test('a level named as the practice to improve on (宁夏, 002:4132)', () => {
    expect(summary('实现全流程无纸化、标准化和智能化办理，提升企业开办0.5 个工作日办理质效。')).toEqual(['0.5 个工作日|=0.5个工作日']);
  });
  test('a level reported as reached', () => {
    expect(summary('全市工程建设项目审批时间已压缩至60个工作日以内，下一步')).toEqual(['60个工作日以内|<=60个工作日']);
  });
  test('a promise is a target, never a stated level; a plan’s count of its own tasks is neither', () => {
    expect(summary('企业开办时间压缩至1个工作日以内。')).toEqual([]);
    expect(summary('在全面落实35 项重点任务的基础上，')).toEqual([]);
  });
});
