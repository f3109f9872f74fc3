// Every body name in the whole converted corpus is the name of one body: no
// list, no fragment, no 等, no half a bracket, no role word. An offender is
// printed with its measure, so a failure says where to look.
import { expect, test } from 'vitest';
import { realCorpus } from '../helpers/corpus.ts';

/** A body end followed by a new name (…局市…, …局、…), outside a 各-group's place list. */
const TWO_BODIES = /(局|委|办|厅|公司|中心|政府|管委会)(?=(市|省|州|各|国网)[^场政民]{1,12}(局|委|办|厅|公司|中心|政府))|(局|委|办|厅|中心|政府)[、，,；;及]/;
/** Role words, but not as the kind of a group (各牵头部门, 配合单位). */
const ROLE_WORD = /(牵头(?!部门|单位)|配合(?!部门|单位)|负责|落实|分别|按职责|协助|参与)/;

function problems(name: string): string[] {
  const found: string[] = [];
  if (name.includes('等')) found.push('等');
  if (ROLE_WORD.test(name)) found.push('role word');
  let depth = 0;
  for (const ch of name) {
    if ('（(〔[［〈'.includes(ch)) depth++;
    else if ('）)〕]］〉'.includes(ch) && --depth < 0) break;
  }
  if (depth !== 0) found.push('unbalanced bracket');
  if (TWO_BODIES.test(name)) found.push('two bodies');
  return found;
}

test('no body name holds two bodies, 等, an unbalanced bracket or a role word', async () => {
  const corpus = await realCorpus();
  const offenders = corpus.documents.flatMap((d) =>
    d.measures.flatMap((m) =>
      m.bodies.flatMap((b) => {
        const found = [...new Set([...problems(b.asWritten), ...problems(b.name)])];
        return found.length ? [`${m.id} (${m.source.file}:${m.source.line}): “${b.asWritten}” → “${b.name}”: ${found.join(', ')}`] : [];
      }),
    ),
  );
  expect(offenders).toEqual([]);
});

test('the check finds what it looks for', () => {
  expect(problems('市市场监管局等')).toEqual(['等']);
  expect(problems('市中院牵头并')).toEqual(['role word']);
  expect(problems('各市(州')).toEqual(['unbalanced bracket']);
  expect(problems('石嘴山供电公司市住建局')).toEqual(['two bodies']);
  expect(problems('市财政局、市审计局')).toEqual(['two bodies']);
  expect(problems('各市、县（区）人民政府')).toEqual([]);
});

test('every body a measure names has one record, and every measure links only to recorded bodies', async () => {
  const corpus = await realCorpus();
  const ids = new Set(corpus.bodies.map((b) => b.id));
  const missing = corpus.documents.flatMap((d) => d.measures.flatMap((m) => m.bodies.filter((b) => !ids.has(b.id)).map((b) => `${m.id}: ${b.id}`)));
  expect(missing).toEqual([]);
  // One body per place and canonical name: two records never share both.
  const keys = corpus.bodies.map((b) => `${b.province}|${b.city ?? ''}|${b.canonical}`);
  expect(new Set(keys).size).toBe(keys.length);
});

test('a name extraction cut at a line start is repaired to its body, not a body of its own (石嘴山 2020: “场监管局、应急局等相关部门”, 市市 lost)', async () => {
  const corpus = await realCorpus();
  // The measure whose column lost 市市 names the regulator (as its heading writes it, 市市场监管局牵头).
  const m = corpus.documents.flatMap((d) => d.measures).find((x) => x.id === 'ningxia-shizuishan-2020-6236ba-m13-2-4')!;
  expect(m.bodies.map((b) => b.name)).toContain('石嘴山市市场监督管理局');
  expect(corpus.bodies.some((b) => b.canonical === '场监管局')).toBe(false);
});
