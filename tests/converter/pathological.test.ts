// Inputs that could make line- or regex-based code blow up, each converted in
// a worker under a hard time limit (a guard against catastrophic or quadratic
// behaviour, not a speed goal): a hang fails the test instead of the run.
import { describe, expect, test } from 'vitest';
import { convertWithin } from '../helpers/timed-convert.ts';

const LIMIT_MS = 20_000;

describe('pathological input', () => {
  test('2 MB on one line with tens of thousands of targets and unit clauses', { timeout: LIMIT_MS + 5_000 }, async () => {
    const sentence = '推进政务服务便利化，（市审批局牵头）压缩至1个工作日，';
    const text = `关于印发测试方案的通知\n一、${sentence.repeat(Math.ceil(2e6 / Buffer.byteLength(sentence)))}\n`;
    const result = await convertWithin(text, LIMIT_MS);
    expect(result.documents[0]!.targets[0]).toBeGreaterThan(20_000);
  });

  test('deeply nested and unbalanced brackets', { timeout: LIMIT_MS + 5_000 }, async () => {
    const text = `关于印发测试方案的通知\n一、${'（'.repeat(50_000)}市审批局牵头${'）'.repeat(10)}\n（一）正常条目。（市审批局牵头）\n`;
    expect((await convertWithin(text, LIMIT_MS)).documents).toHaveLength(1);
  });

  test('nearly a thousand numbered lines (the most a three-digit marker numbers)', { timeout: LIMIT_MS + 5_000 }, async () => {
    const items = Array.from({ length: 999 }, (_, i) => `${i + 1}.第${i + 1}项任务，2023年底前完成。（市审批局牵头）`).join('\n');
    const result = await convertWithin(`关于印发测试方案的通知\n一、重点任务\n${items}\n`, LIMIT_MS);
    expect(result.documents[0]!.measures).toBe(999);
  });

  test('a conversion that outlives its limit is stopped and reported', async () => {
    // Not a hang: a 2 MB input under a limit no machine meets shows the limit is enforced.
    const text = `关于印发测试方案的通知\n一、${'推进，（市审批局牵头）压缩至1个工作日，'.repeat(60_000)}\n`;
    await expect(convertWithin(text, 1)).rejects.toThrow(/longer than 1 ms/);
  });
});
