// Remakes the format fixtures of tests/fixtures/formats/ from cuts of
// sources/, with real writers: Chromium's print to PDF (Debian's chromium and
// fonts-noto-cjk), the `docx` and `exceljs` writers, iconv-lite for a GB18030
// web page, qpdf for an encrypted PDF. Each fixture's body text is written
// beside it as <name>.source.txt: the exact source lines it carries, which
// the conservation test looks for in the converted document.
//   node scripts/dev/make-format-fixtures.ts
// See tests/fixtures/formats/README.md for what each fixture is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { launchBrowser } from '../site/browser.ts';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'tests/fixtures/formats');
mkdirSync(out, { recursive: true });

/** Lines from..to (1-based, inclusive) of a source file. */
function cut(file: string, from: number, to: number): string[] {
  return readFileSync(path.join(root, 'sources', file), 'utf8')
    .split('\n')
    .slice(from - 1, to);
}
const PLAN = '003_4811e9eeda5fc394.txt';
const TABLE = '000_1faee75da8939baa.txt';
const NOTICE = '001_af6200b503a588cd.txt';
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Noto (fonts-noto-cjk) for the plan: like many CJK fonts it shares glyphs
// between radicals and ideographs, so its text layer says ⼈⺠ for 人民, which
// the PDF reader must repair. WenQuanYi Zen Hei (fonts-wqy-zenhei) for the
// rest: its subsets are a fifth the size.
const FONT = "'Noto Sans CJK SC', sans-serif";
const SMALL_FONT = "'WenQuanYi Zen Hei', sans-serif";

// ── the 中卫 plan (003, lines 1–13): a printed official document, several pages ──
const plan = cut(PLAN, 1, 13);
writeFileSync(path.join(out, 'plan.source.txt'), `${plan.join('\n')}\n`);
const planHtml = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  body { font-family: ${FONT}; font-size: 16pt; line-height: 1.6; }
  h1 { font-size: 20pt; text-align: center; font-weight: normal; }
  p { text-indent: 2em; margin: 0; }
  p.sign { text-align: right; }
</style></head><body>
<h1>${escapeHtml(plan[0])}</h1>
${plan
  .slice(1)
  .map((l, i) => `<p${i === 2 || i === 3 ? ' class="sign"' : ''}>${escapeHtml(l)}</p>`)
  .join('\n')}
</body></html>`;

// ── the 银川 task table (000): the spreadsheet it was printed from ──
interface TaskRow {
  cells: string[];
}
const tableLines = cut(TABLE, 3, 29);
const title = tableLines[2].trim();
const header = tableLines[4].split('\t');
// Rows as the sheet holds them: the header repeated at each printed page and
// the merged cells printed again on a page's first row are print artefacts.
const rows: (TaskRow | { part: string })[] = [];
for (const line of tableLines.slice(5)) {
  const cells = line.split('\t');
  if (!line.trim() || cells[0] === '序号') continue;
  if (cells.filter(Boolean).length === 1) rows.push({ part: cells[0] });
  else rows.push({ cells });
}
const han = (s: string) => (s.match(/[\u4e00-\u9fff0-9]/g) ?? []).join('');
/** Vertical merges of 改革任务 and 目标任务: a value down to the next different value. */
function merges(): { col: number; from: number; to: number }[] {
  const result: { col: number; from: number; to: number }[] = [];
  for (const col of [1, 2]) {
    let open: { col: number; from: number; to: number; value: string } | null = null;
    rows.forEach((row, i) => {
      if (!('cells' in row)) {
        open = null;
        return;
      }
      const value = row.cells[col];
      if (open && (!value || han(value) === han(open.value))) open.to = i;
      else if (value) {
        open = { col, from: i, to: i, value };
        result.push(open);
      }
    });
  }
  return result.map(({ col, from, to }) => ({ col, from, to }));
}
const merged = merges();
const mergedValue = (col: number, i: number) => {
  const m = merged.find((r) => r.col === col && i >= r.from && i <= r.to);
  return m ? { first: m.from === i, span: m.to - m.from + 1 } : null;
};
// The table's text as the writers put it: each merged value once, no repeated headers.
writeFileSync(
  path.join(out, 'task-table.source.txt'),
  `${[
    tableLines[0].trim(),
    title,
    header.join('\t'),
    ...rows.map((row, i) => ('part' in row ? row.part : row.cells.map((c, col) => (mergedValue(col, i) && !mergedValue(col, i)!.first ? '' : c)).join('\t'))),
  ].join('\n')}\n`,
);

async function writeXlsx(): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'make-format-fixtures';
  book.created = book.modified = new Date('2023-01-01T00:00:00Z');
  const sheet = book.addWorksheet('任务清单');
  sheet.addRow([tableLines[0].trim()]);
  sheet.addRow([title]);
  sheet.mergeCells(2, 1, 2, 7);
  sheet.addRow(header);
  const first = 4;
  rows.forEach((row, i) => {
    if ('part' in row) {
      sheet.addRow([row.part]);
      sheet.mergeCells(first + i, 1, first + i, 7);
      return;
    }
    sheet.addRow(row.cells.map((c, col) => (mergedValue(col, i) && !mergedValue(col, i)!.first ? null : c)));
  });
  for (const m of merged) if (m.to > m.from) sheet.mergeCells(first + m.from, m.col + 1, first + m.to, m.col + 1);
  book.addWorksheet('说明（空）');
  await book.xlsx.writeFile(path.join(out, 'task-table.xlsx'));
}

async function writeDocx(): Promise<void> {
  const text = (t: string) => new TextRun({ text: t, font: { eastAsia: 'SimSun' } });
  const planDoc = new Document({
    creator: 'make-format-fixtures',
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [text(plan[0])] }),
          ...plan
            .slice(1)
            .map((l) => new Paragraph({ heading: /^[一二三四五六七八九十]+、/.test(l) ? HeadingLevel.HEADING_2 : undefined, children: [text(l)] })),
        ],
      },
    ],
  });
  const cell = (t: string, rowSpan = 1, columnSpan = 1) => new TableCell({ rowSpan, columnSpan, children: [new Paragraph({ children: [text(t)] })] });
  const tableDoc = new Document({
    creator: 'make-format-fixtures',
    sections: [
      {
        children: [
          new Paragraph({ children: [text(tableLines[0].trim())] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [text(title)] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: header.map((h) => cell(h)) }),
              ...rows.map((row, i) => {
                if ('part' in row) return new TableRow({ children: [cell(row.part, 1, 7)] });
                const cells: TableCell[] = [];
                row.cells.forEach((c, col) => {
                  const m = mergedValue(col, i);
                  if (m && !m.first) return;
                  cells.push(cell(c, m?.span ?? 1));
                });
                return new TableRow({ children: cells });
              }),
            ],
          }),
        ],
      },
    ],
  });
  writeFileSync(path.join(out, 'plan.docx'), await Packer.toBuffer(planDoc));

  // The same plan with its 一、 and (一) drawn by Word's automatic numbering, not typed.
  const PART = /^([一二三四五六七八九十]+)、/;
  const ITEM = /^\(([一二三四五六七八九十]+)\)/;
  const numberedDoc = new Document({
    creator: 'make-format-fixtures',
    numbering: {
      config: [
        {
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: 'nothing' },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '(%2)', suffix: 'nothing' },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [text(plan[0])] }),
          ...plan.slice(1).map((l) => {
            if (PART.test(l))
              return new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: { reference: 'plan', level: 0 }, children: [text(l.replace(PART, ''))] });
            if (ITEM.test(l)) return new Paragraph({ numbering: { reference: 'plan', level: 1 }, children: [text(l.replace(ITEM, ''))] });
            return new Paragraph({ children: [text(l)] });
          }),
        ],
      },
    ],
  });
  writeFileSync(path.join(out, 'numbered.docx'), await Packer.toBuffer(numberedDoc));
  writeFileSync(path.join(out, 'numbered.source.txt'), `${plan.join('\n')}\n`);
  writeFileSync(path.join(out, 'task-table.docx'), await Packer.toBuffer(tableDoc));
}

// ── the 石嘴山 notice (001, lines 1–59) as its site served it: GB18030, with chrome ──
const notice = cut(NOTICE, 1, 59);
function writeNoticeHtml(): void {
  const body = notice
    .slice(7)
    .map((l) => (l.trim() ? `<p>${escapeHtml(l.trim())}</p>` : ''))
    .filter(Boolean)
    .join('\n');
  // The body lines the page carries as content (the breadcrumb, line 1, is chrome).
  writeFileSync(path.join(out, 'notice.source.txt'), `${notice.slice(2).join('\n')}\n`);
  const html = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>${escapeHtml(notice[2])}_石嘴山市人民政府</title>
<link rel="stylesheet" href="/css/style.css"></head>
<body>
<div class="top"><a href="/">石嘴山市人民政府</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/zjsz/">走进石嘴山</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政府信息公开</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/zcjd/">政策解读</a></li></ul></div>
<div class="position">${escapeHtml(notice[0])}</div>
<div class="main">
<div class="article">
<h1>${escapeHtml(notice[2])}</h1>
<table class="meta"><tr><td>${escapeHtml(notice[4])}</td></tr><tr><td>${escapeHtml(notice[5])}</td></tr></table>
<div id="zoom" class="TRS_Editor">
${body}
</div>
<div class="tools"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
<div class="share">分享到： 微信 微博</div>
<div class="qr">扫一扫在手机上查看当前页面</div>
</div>
<div class="side"><h3>相关链接</h3><ul><li><a href="/a">中国政府网</a></li><li><a href="/b">宁夏回族自治区人民政府</a></li><li><a href="/c">石嘴山市政务服务网</a></li></ul></div>
</div>
<div class="footer"><p>主办：石嘴山市人民政府办公室 承办：石嘴山市电子政务中心</p><p>网站标识码：6402000001 宁ICP备05001163号</p></div>
</body></html>
`;
  writeFileSync(path.join(out, 'notice.html'), iconv.encode(html, 'gb18030'));
}

// A page made to attack the site: scripts, frames, event handlers, javascript: links.
function writeHostileHtml(): void {
  const lines = cut(PLAN, 1, 10);
  writeFileSync(path.join(out, 'hostile.source.txt'), `${lines.join('\n')}\n`);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>x</title>
<script>alert("head")</script><style>body{background:url(javascript:alert(1))}</style></head>
<body onload="alert('onload')">
<nav><a href="javascript:alert('nav')">首页</a></nav>
<iframe src="javascript:alert('frame')"></iframe><frame src="evil.html"><object data="evil.swf"></object><embed src="evil.swf">
<article>
<h1 onclick="alert('h1')">${escapeHtml(lines[0])}</h1>
${lines
  .slice(1)
  .map((l) => `<p onmouseover="alert('p')">${escapeHtml(l)}<script>document.write('injected')</script></p>`)
  .join('\n')}
<noscript><img src=x onerror="alert('img')"></noscript>
<template><p>模板中的文字</p></template>
</article>
</body></html>
`;
  writeFileSync(path.join(out, 'hostile.html'), html);
}

async function writePdfs(): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const small = `font-family: ${SMALL_FONT}; font-size: 9pt; width: 100%; text-align: center;`;
    const print = (file: string) =>
      page.pdf({
        path: path.join(out, file),
        format: 'A4',
        margin: { top: '25mm', bottom: '25mm', left: '22mm', right: '22mm' },
        displayHeaderFooter: true,
        headerTemplate: `<div style="${small}">中卫市人民政府办公室文件</div>`,
        footerTemplate: `<div style="${small}">— <span class="pageNumber"></span> —</div>`,
        printBackground: false,
      });
    await page.setContent(planHtml, { waitUntil: 'load' });
    await print('plan.pdf');

    // The task table as a printed table: the header row repeats on every page.
    const tableHtml = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
      body { font-family: ${SMALL_FONT}; font-size: 10pt; }
      h1 { font-size: 16pt; text-align: center; font-weight: normal; }
      table { border-collapse: collapse; width: 100%; }
      td, th { border: 1px solid #000; padding: 4pt; vertical-align: top; font-weight: normal; }
      tr { break-inside: avoid; }
    </style></head><body>
    <p>${escapeHtml(tableLines[0].trim())}</p><h1>${escapeHtml(title)}</h1>
    <table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>
    ${rows
      .map((row, i) =>
        'part' in row
          ? `<tr><td colspan="7">${escapeHtml(row.part)}</td></tr>`
          : `<tr>${row.cells
              .map((c, col) => {
                const m = mergedValue(col, i);
                if (m && !m.first) return '';
                return `<td${m && m.span > 1 ? ` rowspan="${m.span}"` : ''}>${escapeHtml(c)}</td>`;
              })
              .join('')}</tr>`,
      )
      .join('\n')}
    </tbody></table></body></html>`;
    await page.setContent(tableHtml, { waitUntil: 'load' });
    await print('task-table.pdf');

    // A scan: the plan's first lines as an image only, no text layer.
    await page.setViewportSize({ width: 800, height: 500 });
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><body style="font-family: ${SMALL_FONT}; font-size: 18px; margin: 30px">${plan
        .slice(0, 3)
        .map((l) => `<p>${escapeHtml(l)}</p>`)
        .join('')}</body>`,
    );
    const png = await page.screenshot({ type: 'png' });
    await page.setContent(`<!doctype html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png.toString('base64')}"></body>`, {
      waitUntil: 'load',
    });
    await page.pdf({ path: path.join(out, 'scanned.pdf'), format: 'A4' });
  } finally {
    await browser.close();
  }
  // Encrypted with a user password: nothing can be read without it.
  execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', path.join(out, 'task-table.pdf'), path.join(out, 'encrypted.pdf')]);
}

await writeXlsx();
await writeDocx();
writeNoticeHtml();
writeHostileHtml();
await writePdfs();
console.log(`[fixtures] written to ${path.relative(root, out)}`);
