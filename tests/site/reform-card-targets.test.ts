// A reform page's card shows the targets of the reform's own sentence; the task's others are counted.
import { expect, test } from 'vitest';
import { targetsInSentenceOf } from '../../src/domain/quantities.ts';

test('the targets of the sentence where the reform stands, none of the others (银川 (一)1: 一照多址 beside 准营事项覆盖率 80%; a review)', () => {
  const text = '1.深化商事制度改革。推行“一照多址”改革，简化登记手续；准营事项覆盖率达到80%以上。年内新登记企业2万户。';
  const at = (s: string) => ({ offset: text.indexOf(s), text: s });
  const targets = [at('80%以上'), at('2万户')];
  expect(targetsInSentenceOf(text, targets, '一照多址')).toEqual([]);
  expect(targetsInSentenceOf(text, targets, '准营事项')).toEqual([targets[0]]);
  expect(targetsInSentenceOf(text, targets, '新登记企业')).toEqual([targets[1]]);
  // A word the text does not hold (it stands in a heading above): no reading, the card shows all.
  expect(targetsInSentenceOf(text, targets, '证照分离')).toBeUndefined();
});
