import { expect, test } from 'vitest';
import { MAX_QUERY_CHARS, parseQuery, quotedQuery, type Phrase } from '../../src/search/query.ts';
import { readable } from '../helpers/index-words.ts';

const lookups = (phrase: Phrase) => phrase.lookups.map((l) => `${readable(l.word)}@${l.offset}`);

test('a phrase is looked up as pairs that cover it without overlap, and distinct terms', () => {
  const q = parseQuery('一业一证');
  expect(q.phrases.map((p) => [p.text, p.length])).toEqual([['一业一证', 4]]);
  expect(lookups(q.phrases[0])).toEqual(['一业@0', '一证@2']);
  expect(q.terms.map(readable)).toEqual(['一业', '一证']);
});

test('an odd run ends with the pair that overlaps the one before', () => {
  expect(lookups(parseQuery('市场监管局').phrases[0])).toEqual(['市场@0', '监管@2', '管局@3']);
  expect(lookups(parseQuery('双随机').phrases[0])).toEqual(['双随@0', '随机@1']);
});

test('one character is looked up alone: Pagefind matches it as the prefix of its pairs', () => {
  const q = parseQuery('市');
  expect(q.terms).toEqual(['0iki']);
  expect(lookups(q.phrases[0])).toEqual(['市@0']);
});

test('digits, percent signs and decimal points are looked up as characters', () => {
  expect(lookups(parseQuery('0.5个工作日').phrases[0])).toEqual(['0.@0', '5个@2', '工作@4', '作日@5']);
  expect(parseQuery('80%').terms.map(readable)).toEqual(['80', '0%']);
});

test('punctuation inside a phrase stands for any one character: no lookup covers it', () => {
  const phrase = parseQuery('双随机、一公开').phrases[0];
  expect(phrase.length).toBe(7);
  expect(lookups(phrase)).toEqual(['双随@0', '随机@1', '一公@4', '公开@5']);
  expect(lookups(parseQuery('甲、乙').phrases[0])).toEqual(['甲@0', '乙@2']);
});

test('punctuation around a phrase, such as quotes, is dropped', () => {
  expect(parseQuery('“带押过户”').text).toBe('带押过户');
  expect(parseQuery('"证照分离"。').phrases[0].length).toBe(4);
});

test('whitespace, including the ideographic space, separates phrases that must all occur', () => {
  const q = parseQuery(' 银川\u3000 带押过户  银川 ');
  expect(q.phrases.map((p) => p.text)).toEqual(['银川', '带押过户']);
  expect(q.text).toBe('银川 带押过户');
});

test('Latin letters are lowercased, as the index words are', () => {
  expect(parseQuery('RCEP').terms).toEqual(parseQuery('rcep').terms);
  expect(parseQuery('RCEP').terms.map(readable)).toEqual(['rc', 'ep']);
});

test('input with nothing to look up gives no phrase', () => {
  expect(parseQuery('、。 ——').phrases).toEqual([]);
  expect(parseQuery('').terms).toEqual([]);
});

test('very long input is cut to the character budget', () => {
  const q = parseQuery('营'.repeat(MAX_QUERY_CHARS + 10));
  expect(q.phrases[0].length).toBe(MAX_QUERY_CHARS);
});

test('a query is quoted as typed: “” around plain words, 「」 around words that hold quotation marks, a trimmed mark put back (a site review)', () => {
  expect(quotedQuery('带押过户')).toBe('“带押过户”');
  expect(quotedQuery(parseQuery('“办不成事”反映窗口').text)).toBe('「“办不成事”反映窗口」');
  expect(quotedQuery('推行“放管服')).toBe('「推行“放管服”」');
});
