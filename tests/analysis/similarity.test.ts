// Similarity by groups of identical text, on small literal inputs.
import { describe, expect, test } from 'vitest';
import { type Similarity, type SimilarityInput, similarityIndex } from '../../scripts/build-site/analysis/similarity.ts';

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
    const g = index.groupOf('a-1');
    expect(['b-1', 'c-1', 'a-2'].map((id) => index.groupOf(id))).toEqual([g, g, g]);
    expect(index.groupOf('c-2')).not.toBe(g);
  });

  test('copies in other documents come first with score 1, then close texts; never the same document', () => {
    const similar = index.similarTo({ id: 'a-1', documentId: 'a' });
    expect(similar.slice(0, 2)).toEqual([
      { id: 'b-1', documentId: 'b', score: 1 },
      { id: 'c-1', documentId: 'c', score: 1 },
    ]);
    expect(similar.map((s) => s.id)).toContain('c-2');
    expect(similar.every((s) => s.documentId !== 'a')).toBe(true);
    expect(similar.find((s) => s.id === 'c-2')!.score).toBeLessThan(1);
  });

  test('an unrelated measure has no neighbours', () => {
    expect(index.similarTo({ id: 'd-1', documentId: 'd' })).toEqual([]);
  });

  test('a measure with no Han text matches nothing, not even its copies', () => {
    const bare = similarityIndex([
      { id: 'x', documentId: 'x', text: '1.2.3.' },
      { id: 'y', documentId: 'y', text: '1.2.3.' },
    ]);
    expect(bare.similarTo({ id: 'x', documentId: 'x' })).toEqual([]);
  });
});

describe('an updated index is the index built from scratch', () => {
  // Compares two engines by what they publish and by their nearest lists, group by group.
  const snapshot = (engine: Similarity, measures: SimilarityInput[]) => {
    const state = engine.toState();
    const keys = state.keys.split('\u0000');
    const near = new Map(
      keys.map((key, i) => [
        key,
        Array.from(state.near.subarray(state.nearOffsets[i], state.nearOffsets[i + 1]), (j, k) => `${keys[j]}@${state.scores[state.nearOffsets[i] + k]}`),
      ]),
    );
    return { similar: measures.map((m) => [m.id, engine.similarTo(m)]), near };
  };

  test('after documents change, leave and arrive (real corpus, seeded edits)', async () => {
    const { realCorpus } = await import('../helpers/corpus.ts');
    const corpus = await realCorpus();
    const byDoc = new Map(corpus.documents.map((d) => [d.document.id, d.measures.map((m) => ({ id: m.id, documentId: m.documentId, text: m.text }))]));
    let current = [...byDoc.values()].flat();
    const engine = similarityIndex(current);
    const docs = [...byDoc.keys()];
    const steps: { remove: string[]; add: SimilarityInput[] }[] = [
      // One document edited: a measure reworded, one dropped, one added from another plan.
      (() => {
        const [doc, other] = [docs[3], docs[20]];
        const list = byDoc.get(doc)!;
        const edited = list.slice(1).map((m, i) => (i === 0 ? { ...m, text: `${m.text}并建立健全长效工作机制。` } : m));
        const borrowed = byDoc.get(other)![2];
        return { remove: list.map((m) => m.id), add: [...edited, { id: `${doc}-new`, documentId: doc, text: borrowed.text }] };
      })(),
      // A document leaves.
      { remove: byDoc.get(docs[10])!.map((m) => m.id), add: [] },
      // A new city copies a provincial plan word for word: every bigram of it becomes more common.
      { remove: [], add: byDoc.get(docs[13])!.map((m) => ({ id: `copy-${m.id}`, documentId: 'copy', text: m.text })) },
      // Enough new measures that ⌊log₂ n⌋ moves: every weight changes.
      {
        remove: [],
        add: [...byDoc.get(docs[1])!, ...byDoc.get(docs[2])!].flatMap((m) =>
          [1, 2].map((k) => ({ id: `big${k}-${m.id}`, documentId: `big${k}`, text: m.text })),
        ),
      },
    ];
    const full: boolean[] = [];
    for (const step of steps) {
      full.push(engine.update(step.remove, step.add).full);
      const gone = new Set(step.remove);
      current = [...current.filter((m) => !gone.has(m.id)), ...step.add];
      expect(snapshot(engine, current)).toEqual(snapshot(similarityIndex(current), current));
    }
    // Only the last step recomputes everything; the others only what they touch.
    expect(full).toEqual([false, false, false, true]);
  }, 60_000);
});
