// Source text is data, never code: whatever a policy text contains renders
// exactly as written. Checked by reading the emitted MDX back with the MDX
// parser (Astro’s own build is exercised by the end-to-end tests).
import { describe, expect, test } from 'vitest';
import { convert } from '../../scripts/build-site/converter/pipeline.ts';
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

describe('addresses in prose', () => {
  // Cut from 002 (陕西 知识产权 measures): an address followed by full-width
  // punctuation and more prose, with no space between.
  const text = [
    '关于印发测试方案的通知',
    '测试方案',
    '（一）依托专利技术交易平台（www.jmrhip.com），拓展中小民营企业获取专利技术的渠道。（运用促进处，蔺朝阳，63916862）',
    '（二）材料发送至szsfgwjrk@163.com。详见https://example.gov.cn/a?b=1。（市审批局牵头）',
  ].join('\n');
  const doc = convert([{ file: 'sources/links.txt', name: 'links.txt', bytes: new TextEncoder().encode(text) }], null).documents[0];
  const links: { url: string; text: string }[] = [];
  const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
    if (node.type === 'link') links.push({ url: node.url!, text: visibleText({ type: 'root', children: node.children } as never) });
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(parseMdx(doc.mdx));

  test('link exactly the address, never the Chinese text after it', () => {
    expect(links).toEqual([
      { url: 'https://www.jmrhip.com', text: 'www.jmrhip.com' },
      { url: 'mailto:szsfgwjrk@163.com', text: 'szsfgwjrk@163.com' },
      { url: 'https://example.gov.cn/a?b=1', text: 'https://example.gov.cn/a?b=1' },
    ]);
  });

  test('the prose around an address reads as written', () => {
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    const read = squeeze(visibleText(parseMdx(doc.mdx)));
    for (const line of text.split('\n').slice(2)) expect(read).toContain(squeeze(line));
  });
});
