import { expect, test } from 'vitest';
import { documentLink, readState, writeState } from '../../src/search/url-state.ts';

const keys = ['province', 'city', 'year', 'level', 'theme'];

test('the query and repeated filter parameters are read from the URL', () => {
  const state = readState('?q=%E8%BF%87%E6%88%B7&province=宁夏&province=甘肃&year=2023&utm=x', keys);
  expect(state).toEqual({ q: '过户', filters: { province: ['宁夏', '甘肃'], year: ['2023'] } });
});

test('a state written to the URL reads back the same', () => {
  const state = { q: '一业一证', filters: { level: ['省级'], province: ['陕西'] } };
  const search = writeState(state, keys);
  expect(search).toBe(`?q=${encodeURIComponent('一业一证')}&province=${encodeURIComponent('陕西')}&level=${encodeURIComponent('省级')}`);
  expect(readState(search, keys)).toEqual({ q: '一业一证', filters: { province: ['陕西'], level: ['省级'] } });
});

test('an empty state is an empty query string', () => {
  expect(writeState({ q: '', filters: {} }, keys)).toBe('');
});

test('a document link carries the query to mark and the anchor to land on', () => {
  expect(documentLink('/documents/x/', '带押过户', 'x-m1-2')).toBe(`/documents/x/?hl=${encodeURIComponent('带押过户')}#x-m1-2`);
  expect(documentLink('/documents/x/', '', null)).toBe('/documents/x/');
});
