// The format readers on fixtures made by real writers (tests/fixtures/formats,
// see its README): each gives the document's lines with their provenance and
// leaves out what is not the document, saying what it left out.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readWordDocument } from '../../scripts/build-site/converter/io/formats/docx.ts';
import { formatNumber } from '../../scripts/build-site/converter/io/formats/docx-numbering.ts';
import type { Extraction } from '../../scripts/build-site/converter/io/formats/extraction.ts';
import { readWebPage } from '../../scripts/build-site/converter/io/formats/html.ts';
import { readPdf } from '../../scripts/build-site/converter/io/formats/pdf.ts';
import { layoutPdf, type PdfItem } from '../../scripts/build-site/converter/io/formats/pdf-layout.ts';
import { ideographsForRadicals } from '../../scripts/build-site/converter/io/formats/radicals.ts';
import { extensionFormat, sniffFormat } from '../../scripts/build-site/converter/io/formats/sniff.ts';
import { readWorkbook } from '../../scripts/build-site/converter/io/formats/xlsx.ts';
import { extractFormats } from '../../scripts/build-site/converter/io/formats/extract.ts';
import { manifestSchema } from '../../scripts/build-site/converter/manifest.ts';
import { convert } from '../../scripts/build-site/converter/pipeline.ts';
import { formatsManifest } from '../helpers/formats.ts';
import { hanAndDigits } from '../helpers/mdx-text.ts';

const dir = path.resolve(import.meta.dirname, '../fixtures/formats');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(dir, name)));
const source = (name: string) => readFileSync(path.join(dir, `${name}.source.txt`), 'utf8');
const textOf = (extraction: Extraction | null) => extraction!.lines.map((l) => l.text);

describe('sniffing', () => {
  test('each fixture is recognised by its bytes', () => {
    const formats = ['plan.pdf', 'plan.docx', 'task-table.xlsx', 'notice.html', 'hostile.html', 'plan.source.txt'].map((f) => sniffFormat(bytes(f)));
    expect(formats).toEqual(['pdf', 'docx', 'xlsx', 'html', 'html', 'text']);
  });
  test('the extension is only what the name claims, and a Word 97 header is recognised to be refused', () => {
    expect(extensionFormat('通知.DOCX')).toBe('docx');
    expect(extensionFormat('readme')).toBeNull();
    expect(sniffFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('legacy-office');
  });
});

describe('PDF (Chromium print of the 中卫 plan)', async () => {
  const { extraction, diagnostics } = await readPdf('plan.pdf', bytes('plan.pdf'));

  test('its text is the source text, character for character and in order', () => {
    expect(diagnostics).toEqual([]);
    expect(hanAndDigits(textOf(extraction).join(''))).toBe(hanAndDigits(source('plan')));
  });
  test('lines wrapped by the page are joined into the source’s paragraphs, across the page break too', () => {
    expect(textOf(extraction)).toEqual(source('plan').trim().split('\n'));
  });
  test('each line keeps the page it starts on', () => {
    const pages = extraction!.lines.map((l) => l.page);
    expect(pages[0]).toBe(1);
    expect(pages.at(-1)).toBe(2);
    expect(pages).toEqual([...pages].sort());
  });
  test('the running header and the page numbers are left out and recorded', () => {
    expect(extraction!.omitted.map((o) => `${o.page} ${o.reason} ${o.text}`)).toEqual([
      '1 running-header 中卫市人民政府办公室文件',
      '1 page-number — 1 —',
      '2 running-header 中卫市人民政府办公室文件',
      '2 page-number — 2 —',
    ]);
  });
  test('radicals the font’s text layer gave for ideographs are read as the ideographs', () => {
    expect(textOf(extraction).join('')).not.toMatch(/[\u2E80-\u2FDF]/);
    expect(ideographsForRadicals('⼈⺠政府⻔⼾')).toBe('人民政府门户');
  });
});

describe('PDF table (Chromium print of the 银川 task table)', async () => {
  const { extraction } = await readPdf('task-table.pdf', bytes('task-table.pdf'));
  const rows = textOf(extraction).map((l) => l.split('\t'));

  test('the header row, centred and wrapped in narrow columns, is one row of seven cells, repeated on each page', () => {
    const headers = rows.filter((r) => r[0] === '序号');
    expect(headers).toHaveLength(3);
    for (const h of headers) expect(h).toEqual(['序号', '改革任务', '目标任务', '任务清单', '牵头单位', '责任单位', '完成时限']);
  });
  test('each task is one row with its wrapped cells joined, and the page it is on', () => {
    const row = extraction!.lines.find((l) => l.text.startsWith('3\t'))!;
    expect(row.text.split('\t')).toEqual([
      '3',
      '',
      '',
      '积极协调自治区市场监管厅等部门，整合企业开办实名认证信息、企业登记信息和银行开户备案信息，拓展“一网通办”功能，将企业信息即时推送至相关部门。',
      '市审批局',
      '市市场监管局、人社局、税务局，住房公积金管理中心',
      '2023年 10月底',
    ]);
    expect(row.page).toBe(2);
  });
  test('it converts to the same tasks, units and deadlines as the workbook it was printed from', async () => {
    const read = await extractFormats([
      { file: 'task-table.pdf', name: 'task-table.pdf', bytes: bytes('task-table.pdf') },
      { file: 'task-table.xlsx', name: 'task-table.xlsx', bytes: bytes('task-table.xlsx') },
    ]);
    const manifest = manifestSchema.parse(formatsManifest());
    manifest.files.push({ ...manifest.files.find((f) => f.file === 'task-table.xlsx')!, file: 'task-table.pdf', originalName: 'task-table.pdf' });
    const [pdf, xlsx] = convert(read.sources, manifest).documents;
    // Unit names compared without their separators: where a cell wraps at the
    // space between two names (市市场监管局 市税务局) the text layer keeps no space.
    const tasks = (doc: typeof pdf) =>
      doc.measures.map((m) => [
        m.label,
        m.path.join(' › '),
        hanAndDigits(m.text),
        hanAndDigits(
          m.bodies
            .filter((b) => b.role === 'lead')
            .map((b) => b.asWritten)
            .join(),
        ),
        hanAndDigits(
          m.bodies
            .filter((b) => b.role === 'responsible')
            .map((b) => b.asWritten)
            .join(),
        ),
        m.deadline?.date,
      ]);
    expect(xlsx.measures).toHaveLength(17);
    expect(tasks(pdf)).toEqual(tasks(xlsx));
    expect(pdf.measures.map((m) => m.source.page)).toEqual([...Array(9).fill(2), ...Array(8).fill(3)]);
  });
});

describe('PDF layout by positions', () => {
  const item = (text: string, x: number, y: number, size = 10): PdfItem => ({ text, x, y, width: text.length * size, size });
  test('pieces that line up in columns become tab-separated rows; a cell wrapped onto the next line stays in its row', () => {
    const page = {
      number: 1,
      width: 600,
      height: 800,
      items: [
        item('序号', 50, 700),
        item('任务清单', 100, 700),
        item('牵头单位', 300, 700),
        item('完成时限', 400, 700),
        item('1', 50, 670),
        item('持续推进一照多址改革实', 100, 670),
        item('市审批局', 300, 670),
        item('10月底', 400, 670),
        item('现跨区域办理', 100, 658),
        item('2', 50, 630),
        item('探索推行带押过户', 100, 630),
        item('市自然资源局', 300, 630),
        item('12月底', 400, 630),
      ],
    };
    expect(layoutPdf([page]).lines.map((l) => l.text)).toEqual([
      '序号\t任务清单\t牵头单位\t完成时限',
      '1\t持续推进一照多址改革实现跨区域办理\t市审批局\t10月底',
      '2\t探索推行带押过户\t市自然资源局\t12月底',
    ]);
  });
  test('a wrapped line joins the line above it, but a flush-left numbered item after a full line starts its own', () => {
    const page = {
      number: 1,
      width: 600,
      height: 800,
      items: [
        item('一、持续推进一照多址改革实现跨区域办理', 50, 700),
        item('和跨省通办。', 50, 685),
        item('（一）探索推行带押过户实现二手房交易', 50, 670),
        item('二、优化审批', 50, 655),
      ],
    };
    // The first and third lines reach the right margin (the widest lines); the others do not.
    expect(layoutPdf([page]).lines.map((l) => l.text)).toEqual([
      '一、持续推进一照多址改革实现跨区域办理和跨省通办。',
      '（一）探索推行带押过户实现二手房交易',
      '二、优化审批',
    ]);
  });
  test('a page number alone at the foot of a one-page PDF is left out', () => {
    const page = { number: 1, width: 600, height: 800, items: [item('一、总体要求', 50, 700), item('— 1 —', 280, 30)] };
    const { lines, omitted } = layoutPdf([page]);
    expect(lines.map((l) => l.text)).toEqual(['一、总体要求']);
    expect(omitted.map((o) => o.reason)).toEqual(['page-number']);
  });
});

describe('Word (docx writer)', async () => {
  const plan = await readWordDocument('plan.docx', bytes('plan.docx'));
  const table = await readWordDocument('task-table.docx', bytes('task-table.docx'));

  test('paragraphs and headings are the source’s lines', () => {
    expect(plan.diagnostics).toEqual([]);
    expect(textOf(plan.extraction)).toEqual(source('plan').trim().split('\n'));
  });
  test('labels Word draws by automatic numbering (一、 (一)) are put back in front of their paragraphs', async () => {
    const numbered = await readWordDocument('numbered.docx', bytes('numbered.docx'));
    expect(numbered.diagnostics).toEqual([]);
    expect(textOf(numbered.extraction)).toEqual(source('numbered').trim().split('\n'));
  });
  test('numbers in Word’s formats: Chinese counting, heavenly stems, circled, full-width, Roman', () => {
    expect([1, 10, 12, 20, 99, 105, 110].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一',
      '十',
      '十二',
      '二十',
      '九十九',
      '一百零五',
      '一百一十',
    ]);
    expect([
      formatNumber(3, 'ideographTraditional'),
      formatNumber(3, 'decimalEnclosedCircle'),
      formatNumber(12, 'decimalFullWidth'),
      formatNumber(4, 'lowerRoman'),
    ]).toEqual(['丙', '③', '１２', 'iv']);
  });
  test('a table is one tab-separated line per row; a cell merged down gives its text to every row it covers', () => {
    const rows = textOf(table.extraction).map((l) => l.split('\t'));
    expect(rows[2]).toEqual(['序号', '改革任务', '目标任务', '任务清单', '牵头单位', '责任单位', '完成时限']);
    expect(rows[3]).toEqual(['一、持续开展争先进位行动', '', '', '', '', '', '']);
    const task = (n: string) => rows.find((r) => r[0] === n)!;
    expect(task('2').slice(0, 3)).toEqual(['2', '(一) 深化商事制度改革', '1. 进一步便利企业开办']);
    expect(task('12').slice(1, 3)).toEqual(['(一) 深化商事制度改革', '2. 进一步便利企业变更']);
  });
});

describe('Excel (exceljs writer)', async () => {
  const { extraction, diagnostics } = await readWorkbook('task-table.xlsx', bytes('task-table.xlsx'));
  const rows = textOf(extraction).map((l) => l.split('\t'));

  test('each row is a tab-separated line, the title and header rows as the sheet has them', () => {
    expect(diagnostics).toEqual([]);
    expect(rows.slice(0, 3).map((r) => r.filter(Boolean))).toEqual([
      ['附件'],
      ['银川市 2023 年优化营商环境细化任务清单'],
      ['序号', '改革任务', '目标任务', '任务清单', '牵头单位', '责任单位', '完成时限'],
    ]);
  });
  test('merged cells give their value to every row of the merge range, and only in its first column', () => {
    const task = (n: string) => rows.find((r) => r[0] === n)!;
    expect(task('7').slice(1, 3)).toEqual(['(一) 深化商事制度改革', '1. 进一步便利企业开办']);
    // The title merged across A2:G2 stays one value.
    expect(rows[1].filter(Boolean)).toHaveLength(1);
  });
  test('every cell carries its sheet!cell address; the empty second sheet is recorded as left out', () => {
    const line = extraction!.lines.find((l) => l.text.startsWith('5\t'))!;
    // Row 5 of the table is the sheet's row 9: two title rows, the header, a part heading, rows 1–4.
    expect(line.cells?.[3]).toBe('任务清单!D9');
    expect(extraction!.omitted).toEqual([{ before: expect.any(Number), text: '说明（空）', reason: 'empty-sheet' }]);
  });
});

describe('web pages', () => {
  test('a GB18030 page declared as gb2312 is decoded, and only its main content is read', () => {
    const { extraction, diagnostics } = readWebPage('notice.html', bytes('notice.html'));
    expect(diagnostics).toEqual([]);
    expect(extraction!.charset).toBe('gb2312');
    expect(hanAndDigits(textOf(extraction).join(''))).toBe(hanAndDigits(source('notice')));
  });
  test('navigation, breadcrumbs, sidebar, widgets and footer are left out and recorded', () => {
    const { extraction } = readWebPage('notice.html', bytes('notice.html'));
    const chrome = extraction!.omitted.filter((o) => o.reason === 'site-chrome').map((o) => o.text);
    for (const expected of [
      '当前位置: 首页 > 政府信息公开 > 政策 > 规范性文件'.replace(/ > /g, '\u00a0>\u00a0'),
      '打印本页 关闭窗口',
      '扫一扫在手机上查看当前页面',
      '相关链接',
      '网站标识码：6402000001 宁ICP备05001163号',
    ])
      expect(chrome).toContain(expected);
    expect(textOf(extraction).join('\n')).not.toMatch(/当前位置|打印本页|扫一扫|ICP备|相关链接/);
  });
  test('scripts, frames, objects and event handlers never reach the lines, and are named in a warning', () => {
    const { extraction, diagnostics } = readWebPage('hostile.html', bytes('hostile.html'));
    const text = textOf(extraction).join('\n');
    expect(text).not.toMatch(/alert|injected|document\.write|模板中的文字|evil/);
    expect(hanAndDigits(text)).toBe(hanAndDigits(source('hostile')));
    expect(diagnostics.map((d) => `${d.ruleId} ${d.fatal}`)).toEqual(['html/active-content false']);
    expect(diagnostics[0].reason).toMatch(/<script>.*<iframe>.*event handlers/);
  });
});

describe('web page pieces', () => {
  test('a page fragment saved as .htm, and XHTML with an XML declaration, are recognised as web pages', () => {
    const encode = (s: string) => new TextEncoder().encode(s);
    expect(sniffFormat(encode('<div class="article"><p>一、总体要求</p></div>'))).toBe('html');
    expect(sniffFormat(encode('<?xml version="1.0" encoding="gb2312"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))).toBe('html');
    expect(sniffFormat(encode('一、总体要求\n<不是标签>'))).toBe('text');
  });
  test('an XHTML page’s encoding comes from its XML declaration', () => {
    const page = `<?xml version="1.0" encoding="gb2312"?>\n<html><body><div id="zoom"><p>${'推进惠企政策精准直达。'.repeat(3)}</p></div></body></html>`;
    const { extraction } = readWebPage('x.html', new Uint8Array(iconv.encode(page, 'gb18030')));
    expect(extraction!.charset).toBe('gb2312');
    expect(textOf(extraction)).toEqual(['推进惠企政策精准直达。'.repeat(3)]);
  });
  test('in a layout table the page’s columns are blocks, and in a data table a cell spanning rows fills them', () => {
    const page = `<html><body><table><tr><td><div class="nav"><a href="/">首页</a></div></td><td><div id="zoom">
      <p>（一）推进惠企政策精准直达，建立更新政策数据库。</p>
      <table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr>
      <tr><td>1</td><td>探索推行带押过户</td><td rowspan="2">市自然资源局</td></tr>
      <tr><td>2</td><td>扩大电子证照互认</td></tr>
      <tr><td colspan="3">二、优化审批</td></tr></table></div></td></tr></table></body></html>`;
    const { extraction } = readWebPage('x.html', new TextEncoder().encode(page));
    expect(textOf(extraction)).toEqual([
      '（一）推进惠企政策精准直达，建立更新政策数据库。',
      '序号\t任务\t牵头单位',
      '1\t探索推行带押过户\t市自然资源局',
      '2\t扩大电子证照互认\t市自然资源局',
      '二、优化审批\t\t',
    ]);
    expect(extraction!.omitted.map((o) => o.text)).toContain('首页');
  });
});
