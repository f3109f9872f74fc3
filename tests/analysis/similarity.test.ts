// Similarity by groups of identical text, on small literal inputs.
import { describe, expect, test } from 'vitest';
import { similarityIndex, similarTo } from '../../scripts/build-site/analysis/similarity.ts';

const COPY = '推行不动产登记“带押过户”，实现二手房交易全流程网上办理。';
const CLOSE = '全面推行二手房“带押过户”，不动产登记全流程网上办理。';
const OTHER = '建设高标准农田，保障粮食安全，开展灌区现代化改造。';
// Enough unrelated measures that the copies' bigrams are rare (TF-IDF).
const FILLER = ['优化', '知识', '信用', '执法', '跨境', '工程', '纳税', '用水', '用气', '获得', '招标', '投资'].flatMap((a, i) =>
  ['一', '二', '三'].map((b) => `${a}${b}号专项工作第${i}批次任务`),
);

function corpus() {
  const measures = [
    // The same measure copied into three documents, numbers aside.
    { id: 'a-1', documentId: 'a', text: `1.${COPY}` },
    { id: 'b-1', documentId: 'b', text: `（一）${COPY} 2024` },
    { id: 'c-1', documentId: 'c', text: COPY },
    { id: 'c-2', documentId: 'c', text: CLOSE },
    { id: 'd-1', documentId: 'd', text: OTHER },
    // A second copy inside document a: never its own neighbour.
    { id: 'a-2', documentId: 'a', text: COPY },
  ];
  FILLER.forEach((text, i) => {
    measures.push({ id: `f-${i}`, documentId: `f${i}`, text });
  });
  return measures;
}

describe('similarity by text groups', () => {
  const index = similarityIndex(corpus());

  test('word-for-word copies share one group whatever their numbering', () => {
    const g = index.groupOf.get('a-1');
    expect(['b-1', 'c-1', 'a-2'].map((id) => index.groupOf.get(id))).toEqual([g, g, g]);
    expect(index.groupOf.get('c-2')).not.toBe(g);
  });

  test('copies in other documents come first with score 1, then close texts; never the same document', () => {
    const similar = similarTo(index, { id: 'a-1', documentId: 'a' });
    expect(similar.slice(0, 2)).toEqual([
      { id: 'b-1', documentId: 'b', score: 1 },
      { id: 'c-1', documentId: 'c', score: 1 },
    ]);
    expect(similar.map((s) => s.id)).toContain('c-2');
    expect(similar.every((s) => s.documentId !== 'a')).toBe(true);
    expect(similar.find((s) => s.id === 'c-2')!.score).toBeLessThan(1);
  });

  test('an unrelated measure has no neighbours', () => {
    expect(similarTo(index, { id: 'd-1', documentId: 'd' })).toEqual([]);
  });

  test('a measure with no Han text matches nothing, not even its copies', () => {
    const bare = similarityIndex([
      { id: 'x', documentId: 'x', text: '1.2.3.' },
      { id: 'y', documentId: 'y', text: '1.2.3.' },
    ]);
    expect(similarTo(bare, { id: 'x', documentId: 'x' })).toEqual([]);
  });
});
