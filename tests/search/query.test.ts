import { expect, test } from 'vitest';
import { MAX_QUERY_CHARS, parseQuery } from '../../src/search/query.ts';

test('a Chinese phrase becomes one token per character and distinct terms', () => {
  const q = parseQuery('一业一证');
  expect(q.phrases).toEqual([{ text: '一业一证', tokens: ['一', '业', '一', '证'] }]);
  expect(q.terms).toEqual(['一', '业', '证']);
});

test('digits, percent signs and decimal points are looked up as characters', () => {
  expect(parseQuery('0.5个工作日').phrases[0].tokens).toEqual(['0', '.', '5', '个', '工', '作', '日']);
  expect(parseQuery('80%').terms).toEqual(['8', '0', '%']);
});

test('punctuation inside a phrase stands for any one character', () => {
  expect(parseQuery('双随机、一公开').phrases[0].tokens).toEqual(['双', '随', '机', null, '一', '公', '开']);
});

test('punctuation around a phrase, such as quotes, is dropped', () => {
  expect(parseQuery('“带押过户”').text).toBe('带押过户');
  expect(parseQuery('"证照分离"。').phrases[0].tokens).toHaveLength(4);
});

test('whitespace, including the ideographic space, separates phrases that must all occur', () => {
  const q = parseQuery(' 银川\u3000 带押过户  银川 ');
  expect(q.phrases.map((p) => p.text)).toEqual(['银川', '带押过户']);
  expect(q.text).toBe('银川 带押过户');
});

test('Latin letters are lowercased as Pagefind lowercases its words', () => {
  expect(parseQuery('RCEP').terms).toEqual(['r', 'c', 'e', 'p']);
});

test('input with nothing to look up gives no phrase', () => {
  expect(parseQuery('、。 ——').phrases).toEqual([]);
  expect(parseQuery('').terms).toEqual([]);
});

test('very long input is cut to the character budget', () => {
  const q = parseQuery('营'.repeat(MAX_QUERY_CHARS + 10));
  expect(q.phrases[0].tokens).toHaveLength(MAX_QUERY_CHARS);
});
