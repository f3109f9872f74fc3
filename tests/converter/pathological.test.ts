// Inputs that could make line- or regex-based code blow up run under a
// generous timeout (a guard against quadratic behaviour, not a speed goal).
import { describe, expect, test } from 'vitest';
import { convert } from '../../scripts/build/converter/pipeline.ts';

const raw = (text: string) => [{ file: 'sources/x.txt', name: 'x.txt', bytes: new TextEncoder().encode(text) }];

describe('pathological input', () => {
  test('2 MB on one line with tens of thousands of targets and unit clauses', { timeout: 20_000 }, () => {
    const sentence = '推进政务服务便利化，（市审批局牵头）压缩至1个工作日，';
    const text = `关于印发测试方案的通知\n一、${sentence.repeat(Math.ceil(2e6 / Buffer.byteLength(sentence)))}\n`;
    const result = convert(raw(text), null);
    expect(result.documents[0].measures[0].targets.length).toBeGreaterThan(20_000);
  });

  test('deeply nested and unbalanced brackets', { timeout: 20_000 }, () => {
    const text = `关于印发测试方案的通知\n一、${'（'.repeat(50_000)}市审批局牵头${'）'.repeat(10)}\n（一）正常条目。（市审批局牵头）\n`;
    expect(convert(raw(text), null).documents).toHaveLength(1);
  });

  test('nearly a thousand numbered lines (the most a three-digit marker numbers)', { timeout: 20_000 }, () => {
    const items = Array.from({ length: 999 }, (_, i) => `${i + 1}.第${i + 1}项任务，2023年底前完成。（市审批局牵头）`).join('\n');
    const result = convert(raw(`关于印发测试方案的通知\n一、重点任务\n${items}\n`), null);
    expect(result.documents[0].measures).toHaveLength(999);
  });
});
