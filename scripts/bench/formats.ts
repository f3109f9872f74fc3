// Converter throughput per source format: the same kind of text as plain
// text, a PDF, a Word document, an Excel workbook and a web page, each made
// here from sources/ with the real writers (as tests/fixtures/formats is),
// read by its format's reader (worker start included) and converted by the
// pipeline. The PDF is 100 pages of the compilation, printed by Chromium:
// the issue asks that it convert in under 5 s.
//   node scripts/bench/formats.ts [--work DIR]      (npm run bench prints it too)
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { extractFormats } from '../build-site/converter/io/formats/extract.ts';
import { manifestSchema } from '../build-site/converter/manifest.ts';
import { convert } from '../build-site/converter/pipeline.ts';
import { launchBrowser } from '../site/browser.ts';

const root = path.resolve(import.meta.dirname, '../..');
const PDF_PAGES = 100;
const PDF_GOAL_MS = 5000;

export interface FormatRow {
  format: string;
  file: string;
  bytes: number;
  /** Pages (PDF) or rows (Excel) or lines read. */
  parts: string;
  extractMs: number;
  pipelineMs: number;
  documents: number;
  measures: number;
  errors: string[];
}

const sourceLines = async (file: string) => (await readFile(path.join(root, 'sources', file), 'utf8')).split('\n');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Whether fontconfig knows a Chinese font: without one Chromium prints boxes, and the PDF has no text to read. */
function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/** The test corpus of each format, written into `dir`; returns file name → manifest layout. */
async function makeCorpus(dir: string): Promise<Record<string, string>> {
  const compilation = (await sourceLines('002_041f23564040a89e.txt')).filter((l) => !/^#\s*Page\s+\d+/.test(l.trim()));
  // Enough of the compilation for 100 printed pages; the print is cut at page 100.
  const pdfLines = compilation.slice(0, 4800);
  await writeFile(path.join(dir, 'compilation.txt'), pdfLines.join('\n'));
  const layouts: Record<string, string> = { 'compilation.txt': 'compilation' };
  if (!hasChineseFont()) console.log('[bench] no Chinese font for Chromium (apt-get install fonts-noto-cjk or fonts-wqy-zenhei): the PDF is not measured');
  else {
    await printPdf(path.join(dir, 'compilation.pdf'), pdfLines);
    layouts['compilation.pdf'] = 'compilation';
  }
  const plan = (await sourceLines('003_4811e9eeda5fc394.txt')).filter((l) => l.trim());
  await writeFile(path.join(dir, 'plan.docx'), await Packer.toBuffer(new Document({ sections: [{ children: plan.map((l) => new Paragraph(l)) }] })));
  const table = (await sourceLines('000_1faee75da8939baa.txt')).filter((l) => l.includes('\t'));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('任务清单');
  for (const l of table) sheet.addRow(l.split('\t'));
  await book.xlsx.writeFile(path.join(dir, 'task-table.xlsx'));
  await writeFile(
    path.join(dir, 'task-table.docx'),
    await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Table({ rows: table.map((l) => new TableRow({ children: l.split('\t').map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }),
            ],
          },
        ],
      }),
    ),
  );
  const notice = await sourceLines('001_af6200b503a588cd.txt');
  const html = `<!DOCTYPE html><html><head><meta charset="gb2312"><title>通知</title></head><body><div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div><div class="article"><div id="zoom">${notice
    .filter((l) => l.trim())
    .map((l) => `<p>${escapeHtml(l.trim())}</p>`)
    .join('\n')}</div></div><div class="footer">主办：石嘴山市人民政府办公室</div></body></html>`;
  await writeFile(path.join(dir, 'notice.html'), iconv.encode(html, 'gb18030'));
  return { ...layouts, 'plan.docx': 'web-plan', 'task-table.xlsx': 'task-table', 'task-table.docx': 'task-table', 'notice.html': 'web-notice' };
}

/** The lines as paragraphs of an A4 page printed by Chromium, cut at page 100, with a footer of page numbers. */
async function printPdf(file: string, lines: string[]): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{font-family:'Noto Sans CJK SC','WenQuanYi Zen Hei',sans-serif;font-size:11pt;line-height:1.5}p{margin:0}</style></head><body>${lines.map((l) => `<p>${escapeHtml(l) || '&nbsp;'}</p>`).join('')}</body></html>`,
    );
    await page.pdf({
      path: file,
      format: 'A4',
      pageRanges: `1-${PDF_PAGES}`,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:9pt;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>',
      margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' },
    });
  } finally {
    await browser.close();
  }
}

export async function benchFormats(work: string): Promise<FormatRow[]> {
  const dir = path.join(work, 'formats');
  await mkdir(dir, { recursive: true });
  const layouts = await makeCorpus(dir);
  const manifest = manifestSchema.parse({
    compilation: '2023 年优化营商环境政策汇编 · 八、西北',
    files: Object.entries(layouts).map(([file, layout]) => ({
      file,
      originalName: file,
      layout,
      description: 'benchmark',
      ...(layout === 'compilation' ? {} : { province: '宁夏', city: '银川市' }),
    })),
  });
  const rows: FormatRow[] = [];
  for (const file of Object.keys(layouts)) {
    const bytes = new Uint8Array(await readFile(path.join(dir, file)));
    const raw = { file: `formats/${file}`, name: file, bytes };
    const start = performance.now();
    const read = await extractFormats([raw]);
    const extracted = performance.now();
    const conversion = convert(read.sources, manifest);
    const done = performance.now();
    const extraction = read.sources[0]?.extraction;
    const format = extraction?.format ?? 'text';
    const lines = extraction?.lines.length ?? new TextDecoder().decode(bytes).split('\n').length;
    rows.push({
      format,
      file,
      bytes: bytes.length,
      parts: format === 'pdf' ? `${extraction!.parts} pages` : format === 'xlsx' ? `${extraction!.lines.length} rows` : `${lines} lines`,
      extractMs: extracted - start,
      pipelineMs: done - extracted,
      documents: conversion.documents.length,
      measures: conversion.documents.reduce((n, d) => n + d.measures.length, 0),
      errors: [...read.diagnostics, ...conversion.diagnostics].filter((d) => d.fatal).map((d) => `${d.ruleId}: ${d.reason}`),
    });
  }
  return rows;
}

export function printFormats(rows: FormatRow[]): void {
  const table = [
    ['format', 'file', 'size', 'read', 'reader', 'pipeline', 'total', 'throughput', 'documents · measures'],
    ...rows.map((r) => {
      const total = r.extractMs + r.pipelineMs;
      return [
        r.format,
        r.file,
        `${(r.bytes / 1e6).toFixed(2)} MB`,
        r.parts,
        `${(r.extractMs / 1000).toFixed(2)} s`,
        `${(r.pipelineMs / 1000).toFixed(2)} s`,
        `${(total / 1000).toFixed(2)} s`,
        `${(r.bytes / 1e6 / (total / 1000)).toFixed(2)} MB/s`,
        `${r.documents} · ${r.measures}`,
      ];
    }),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)) + 2);
  console.log('\nconverter by format (reader in its own process, then the pipeline; one file each, one thread)');
  for (const row of table) console.log(`  ${row.map((cell, c) => cell.padEnd(widths[c])).join('')}`);
  for (const r of rows) for (const e of r.errors.slice(0, 3)) console.log(`  ${r.file}: ${e}`);
  const pdf = rows.find((r) => r.format === 'pdf');
  if (pdf) {
    const ms = pdf.extractMs + pdf.pipelineMs;
    const pages = Number.parseInt(pdf.parts, 10);
    console.log(
      `  a ${pages}-page PDF converts in ${(ms / 1000).toFixed(2)} s, ${(pages / (ms / 1000)).toFixed(0)} pages/s (goal < ${PDF_GOAL_MS / 1000} s for ${PDF_PAGES} pages: ${ms < PDF_GOAL_MS && pages === PDF_PAGES ? 'held' : 'MISSED'})`,
    );
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { work: { type: 'string', default: path.join(os.tmpdir(), 'yingshang-bench') } } });
  printFormats(await benchFormats(path.resolve(values.work!)));
}
