import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeSource } from '../../scripts/build-site/converter/stages/decode.ts';
import { normalizeLines } from '../../scripts/build-site/converter/stages/normalize.ts';

const raw = (bytes: Uint8Array, name = 'x.txt') => ({ file: `sources/${name}`, name, bytes });
const text = '中卫市优化营商环境行动方案\n一、强化政策精准推送践诺履约\n';

describe('decoding', () => {
  test('UTF-8 with a BOM and CRLF line ends reads as plain lines', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text.replace(/\n/g, '\r\n'))]);
    const { value } = decodeSource(raw(bytes), null);
    expect(normalizeLines(value!).map((l) => l.text)).toEqual(['中卫市优化营商环境行动方案', '一、强化政策精准推送践诺履约', '']);
  });
  test('GBK/GB18030 input is detected and decoded, with a warning', () => {
    const { value, diagnostics } = decodeSource(raw(new Uint8Array(iconv.encode(text, 'gbk'))), null);
    expect(value?.text).toBe(text);
    expect(value?.encoding).toBe('gb18030');
    expect(diagnostics.map((d) => d.ruleId)).toContain('decode/gb18030');
  });
  test('page markers become page numbers and keep the line numbering', () => {
    const lines = normalizeLines({ text: '\n# Page 1479:\n八、西北\n# Page 1480:\n陕政办发〔2023〕11 号' });
    expect(lines.filter((l) => l.text).map((l) => [l.n, l.page, l.text])).toEqual([
      [3, 1479, '八、西北'],
      [5, 1480, '陕政办发〔2023〕11 号'],
    ]);
  });
});
