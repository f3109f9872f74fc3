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
  test('a cut falls between words, not inside one (…范全市 for 规范全市; a site review)', () => {
    const text = '推进不动产登记、交易和缴税一窗受理，规范全市不动产登记业务，探索推行“带押过户”模式，提高二手房交易效率，降低交易成本和风险。';
    for (let length = 10; length <= 30; length++) {
      const e = excerpt(text, length, '带押过户');
      expect(e.term).toBe('带押过户');
      expect(['范', '产', '记', '务'].includes(e.before[0]!) && e.cutStart, `${length}: ${e.before}`).toBe(false);
      expect(/二$|交易效$/.test(e.after), `${length}: ${e.after}`).toBe(false);
    }
    expect(excerpt(text, 21).before).toBe('推进不动产登记、交易和缴税一窗受理，规范');
  });
});
