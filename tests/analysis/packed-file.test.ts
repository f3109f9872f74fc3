// The similarity state's file format (scripts/build-site/analysis/packed-file.ts):
// what goes in comes back, arrays as views of the right type and contents.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPacked, writePacked } from '../../scripts/build-site/analysis/packed-file.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'packed-'));

describe('packed file', () => {
  it('gives back typed arrays, long strings and plain values as written', async () => {
    const file = path.join(dir, 'a.bin');
    // Odd lengths, so each part after the first needs padding to stay aligned.
    const record = {
      token: 'abc',
      n: 3,
      options: { top: 40, minScore: 0.2 },
      tf: Uint8Array.from([1, 2, 3]),
      terms: Int32Array.from([-5, 7, 2 ** 30]),
      scores: Float32Array.from([0.25, 0.5, 0.125]),
      termIds: Float64Array.from([20851 * 65536 + 20840, 1.5]),
      memberIds: `${'办理时间压缩至1个工作日\u0000'.repeat(40)}末`,
      empty: new Int32Array(0),
    };
    await writePacked(file, record);
    const back = await readPacked<typeof record>(file);
    expect(back).toEqual(record);
    expect(back.terms).toBeInstanceOf(Int32Array);
    expect(back.termIds).toBeInstanceOf(Float64Array);
    expect(back.scores).toBeInstanceOf(Float32Array);
  });

  it('writes a subarray as itself, not the buffer around it', async () => {
    const file = path.join(dir, 'b.bin');
    const whole = Int32Array.from([1, 2, 3, 4, 5]);
    await writePacked(file, { part: whole.subarray(1, 3) });
    expect([...(await readPacked<{ part: Int32Array }>(file)).part]).toEqual([2, 3]);
  });

  it('refuses a file that is not one, naming it', async () => {
    const file = path.join(dir, 'c.v8');
    writeFileSync(file, 'not packed');
    await expect(readPacked(file)).rejects.toThrow(`${file}: not a packed file`);
  });

  it('refuses an array type it cannot read back', async () => {
    await expect(writePacked(path.join(dir, 'd.bin'), { big: new BigInt64Array(2) })).rejects.toThrow('big is a BigInt64Array');
  });
});
