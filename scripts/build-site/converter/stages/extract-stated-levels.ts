// Where a place says it already stands, as opposed to where it promises to
// get: 在全市企业开办全流程办理时限压减至0.5个工作日以内的基础上 (金昌),
// 提升企业开办0.5个工作日办理质效 (宁夏). Neither is a target — the census of
// number phrases counts them as levels reached, and extract-targets.ts drops
// them — but a chart that names 1 working day the most ambitious target is
// misread without them beside it. They are kept apart from targets and never
// ranked with them.
import type { Target } from '../../../../src/schemas/measure.ts';
import { UNIT_PATTERN, unitName } from './extract-targets.ts';

const NUMBER = '(\\d+(?:\\.\\d+)?)';
const BOUND = '(以内|以下|以上)?';
/** 在…压减至0.5个工作日以内的基础上: the level a measure builds on. */
const BUILT_ON = new RegExp(`在[^，。；]{0,40}?${NUMBER}\\s*(${UNIT_PATTERN})\\s*${BOUND}的?基础上`, 'gd');
/** 提升企业开办0.5个工作日办理质效, 巩固1个工作日办结成果: a level named as the practice to keep improving. */
const KEPT = new RegExp(
  `(?:提升|巩固|保持|深化|稳定|持续)[^，。；\\d]{0,12}?${NUMBER}\\s*(${UNIT_PATTERN})\\s*${BOUND}(?:办结|办理|办成|办)?(?:质效|成果|水平|标准|模式)`,
  'gd',
);
/** 已压缩至3个工作日, 现已实现95%: a level reported as reached. */
const REACHED = new RegExp(
  `(?:已|均已|现已|已经)(?:全面)?(?:实现|压缩至|压缩到|压减至|压减到|缩短至|缩短到|降至|降低至|达到|提高到|提高至|提升至|提升到)[^，。；\\d]{0,12}?${NUMBER}\\s*(${UNIT_PATTERN})\\s*${BOUND}`,
  'gd',
);

export function extractStatedLevels(text: string): Target[] {
  const levels: Target[] = [];
  for (const pattern of [BUILT_ON, KEPT, REACHED]) {
    for (const m of text.matchAll(pattern)) {
      const [, number, unit, bound] = m as unknown as [string, string, string, string | undefined];
      // The number's own indices (the `d` flag): the words before it say what it is, not what it measures.
      const offset = m.indices![1]![0];
      if (levels.some((l) => l.offset === offset)) continue;
      const end = (bound ? m.indices![3]! : m.indices![2]!)[1];
      levels.push({
        text: text.slice(offset, end),
        value: Number(number),
        unit: unitName(unit),
        comparator: bound === '以上' ? '>=' : bound ? '<=' : '=',
        kind: 'level',
        offset,
      });
    }
  }
  return levels.sort((a, b) => a.offset - b.offset);
}
