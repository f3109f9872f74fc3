import { describe, expect, test } from 'vitest';
import { excerpt } from '../../src/domain/excerpt.ts';

const text = `${'甲'.repeat(150)}推行“带押过户”${'乙'.repeat(100)}`;

describe('excerpt', () => {
  test('without a term: the opening, cut where it is too long', () => {
    expect(excerpt('短文本', 10)).toEqual({ before: '短文本', term: '', after: '', cutStart: false, cutEnd: false });
    expect(excerpt(text, 20)).toMatchObject({ before: '甲'.repeat(20), cutEnd: true });
  });
  test('a term past the cut: the window moves to hold it, about a third of the way in, and marks it', () => {
    const e = excerpt(text, 60, '带押过户');
    expect(e.term).toBe('带押过户');
    expect(e.before.length + e.term.length + e.after.length).toBe(60);
    expect(e.before.length).toBe(20);
    expect(e).toMatchObject({ cutStart: true, cutEnd: true });
  });
  test('a term within the opening: the opening, the term marked in place', () => {
    const e = excerpt(`推行“带押过户”${'乙'.repeat(100)}`, 60, '带押过户');
    expect(e).toMatchObject({ before: '推行“', term: '带押过户', cutStart: false, cutEnd: true });
  });
  test('a term near the end: the window ends with the text', () => {
    const e = excerpt(`${'甲'.repeat(150)}带押过户`, 60, '带押过户');
    expect(e).toMatchObject({ term: '带押过户', after: '', cutStart: true, cutEnd: false });
  });
});
