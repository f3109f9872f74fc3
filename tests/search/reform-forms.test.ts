// A query naming a reform one way offers the other ways its documents write it.
import { expect, test } from 'vitest';
import { hasOtherForms, otherForms } from '../../src/search/reform-forms.ts';

const reforms = [
  { name: '带押过户', url: '/reforms/dai-ya-guo-hu/', forms: ['带押过户', '带押登记'] },
  { name: '办不成事反映窗口', url: '/reforms/ban-bu-cheng-shi-fan-ying-chuang-kou/', forms: ['“办不成事”反映窗口'] },
];

test('a query of one form offers the others, never itself', () => {
  expect(otherForms('带押过户', reforms)?.others).toEqual(['带押登记']);
  expect(otherForms('带押登记', reforms)?.others).toEqual(['带押过户']);
  expect(otherForms(' 带押登记 ', reforms)?.reform.url).toBe('/reforms/dai-ya-guo-hu/');
});

test('a name its documents write only in quotes offers the quoted form, and the quoted form offers nothing more', () => {
  expect(otherForms('办不成事反映窗口', reforms)?.others).toEqual(['“办不成事”反映窗口']);
  expect(otherForms('“办不成事”反映窗口', reforms)).toBeUndefined();
});

test('a query naming no reform, or part of one, offers nothing', () => {
  expect(otherForms('过户', reforms)).toBeUndefined();
  expect(otherForms('', reforms)).toBeUndefined();
});

test('a reform is offered only when its documents write it otherwise than its name', () => {
  expect(reforms.every(hasOtherForms)).toBe(true);
  expect(hasOtherForms({ name: '一照多址', forms: ['一照多址'] })).toBe(false);
});
