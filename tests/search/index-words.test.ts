import { expect, test } from 'vitest';
import { characterCode, chunkStartsInRuns, indexWords, isCharacterCode, pairWord } from '../../src/search/index-words.ts';
import { readable } from '../helpers/index-words.ts';

test('a character is four base-36 digits of its code point, lowercased first', () => {
  expect(characterCode('市')).toBe('0iki');
  expect(characterCode('A')).toBe(characterCode('a'));
  expect(characterCode('𠀀')).toHaveLength(4);
  expect(isCharacterCode(characterCode('市'))).toBe(true);
});

test('codes sort as the code points do, so one character’s pairs stand together in the index', () => {
  const chars = ['%', '0', '9', 'a', 'z', '一', '市', '龟', '𠀀'];
  const codes = chars.map(characterCode);
  expect([...codes].sort()).toEqual(codes);
  expect(pairWord('市', '场') < pairWord('市', null)).toBe(true);
  expect(pairWord('市', null).startsWith(characterCode('市'))).toBe(true);
});

test('each position holds its character and the next; punctuation has no word and ends a pair', () => {
  const words = indexWords([...'市场、A1。%']);
  expect(words.map((w) => (w === null ? null : readable(w)))).toEqual(['市场', '场∅', null, 'a1', '1∅', null, '%∅']);
});

test('the chunk starts listed are those inside one character’s run of pairs', () => {
  const chunks = [
    { from: '001c', to: '0iki0h' }, // ends inside 市's pairs
    { from: '0iki0i', to: '0iki0z' }, // goes on with them
    { from: '0ikj', to: '0l' }, // starts with another character
    { from: '0m', to: '黑龙' }, // title words after the codes
    { from: '黑龙江', to: '黑龙江省' },
  ];
  expect(chunkStartsInRuns(chunks)).toEqual(['0iki0i']);
});
