// Source text is data, never code: whatever a policy text contains renders
// exactly as written. Checked by reading the emitted MDX back with the MDX
// parser (Astro’s own build is exercised by the end-to-end tests).
import { describe, expect, test } from 'vitest';
import { convert } from '../../scripts/converter/pipeline.ts';
import { parseMdx, visibleText } from '../helpers/mdx-text.ts';

const hostile = [
  '关于印发测试方案的通知',
  '测试方案',
  '一、{管理} 与 {1+1} 以及 <script>alert(1)</script> 和 <b>粗体</b>',
  '（一）import fs from "node:fs" 是一句话。（市审批局牵头）',
  '（二）export const x = 1 也是一句话。（市审批局牵头）',
  '（三）`代码` *强调* _下划线_ ~~删除~~ [链接](javascript:alert(1)) # 井号 > 引用 | 管道 \\ 反斜杠 &amp; &#x69; 1. 2) - + 结束。（市审批局牵头）',
  '（四）<!-- 注释 --> {/* 注释 */} </Measure> <Measure id="x"> 结束。（市审批局牵头）',
].join('\n');

describe('MDX serialization', () => {
  const result = convert([{ file: 'sources/hostile.txt', name: 'hostile.txt', bytes: new TextEncoder().encode(hostile) }], null);
  const doc = result.documents[0];

  test('the hostile text converts with its measures', () => {
    expect(doc.measures.map((m) => m.label)).toEqual(['（一）', '（二）', '（三）', '（四）']);
  });

  test('no ESM, expressions or raw HTML reach the MDX tree', () => {
    const kinds = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      kinds.add(node.type);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(parseMdx(doc.mdx));
    for (const code of ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html']) expect(kinds.has(code), code).toBe(false);
    const jsx = [...doc.mdx.matchAll(/(?<!\\)<(\w+)/g)].map((m) => m[1]);
    expect(new Set(jsx)).toEqual(new Set(['Measure']));
  });

  test('every line of source text reads back as written (spaces the converter tidies aside)', () => {
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    const text = squeeze(visibleText(parseMdx(doc.mdx)));
    for (const line of hostile.split('\n').slice(2)) expect(text).toContain(squeeze(line));
  });
});
