import { expect, test } from 'vitest';
import { labelAt, passage, passageAround, recordCharacters, textRanges } from '../../src/search/highlight.ts';

test('the characters of a record come from the separator-keeping raw content', () => {
  const fragment = { content: '带 押 < 过 ', raw_content: '带 \u200B押 \u200B&lt; \u200B过 ' };
  expect(recordCharacters(fragment)).toEqual(['带', '押', '<', '过']);
});

test('a passage marks the hits inside it and says where it was cut', () => {
  const chars = [...'探索推行带押过户改革'];
  const p = passage(chars, [{ phrase: 0, start: 4, length: 4 }], 2, 9);
  expect(p.spans).toEqual([
    { text: '推行', hit: false },
    { text: '带押过户', hit: true },
    { text: '改', hit: false },
  ]);
  expect([p.cutBefore, p.cutAfter]).toEqual([true, true]);
});

test('a passage around a hit starts a little before it and stays inside the text', () => {
  const chars = [...'一二三四五六七八九十'];
  const hit = { phrase: 0, start: 8, length: 2 };
  const p = passageAround(chars, [hit], hit, 6);
  expect(p.spans.map((s) => s.text).join('')).toBe('五六七八九十');
  expect(p.cutAfter).toBe(false);
});

test('a label runs to the first full stop', () => {
  expect(labelAt([...'（三）推进带押过户。加强协同'], 0)).toBe('（三）推进带押过户');
});

test('a table row’s label is its number, a space, then its task cell, without the columns after it', () => {
  expect(labelAt([...'42｜探索推行“带押过户”｜市自然资源局｜2023年12月底'], 0)).toBe('42 探索推行“带押过户”');
  expect(labelAt([...'市住建局｜2023年12月底'], 0)).toBe('市住建局');
});

test('text ranges cover every occurrence, merged, ignoring case', () => {
  expect(textRanges('RCEP与rcep，带押过户', ['rcep', '带押', '押过户'])).toEqual([
    [0, 4],
    [5, 9],
    [10, 14],
  ]);
});
