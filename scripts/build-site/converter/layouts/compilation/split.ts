// The compilation (PDF text) holds many documents under province sections:
//   八、西北 / （一）陕西 / 1. 陕西省人民政府办公厅关于…的实施 / 意见（2023 年6 月3 日）
// Numbering restarts in each province; a title may put its number on a line
// of its own and wrap across lines and page markers, and always ends with
// its date in parentheses.
import { warning, type Diagnostic } from '../../diagnostics.ts';
import type { Line, Span } from '../../model.ts';
import { isStandalone } from './reflow.ts';
import { joinWrapped, tidySpaces } from '../../text/spacing.ts';
import { linesSpan } from '../../text/span.ts';

/** （一）陕西  or  （四）青海（暂无） */
const PROVINCE_HEADING = /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*([\u4e00-\u9fa5]{2,8}?)\s*([（(]暂无[）)])?$/;
/** 八、西北: the chapter heading. */
const CHAPTER_HEADING = /^([一二三四五六七八九十]{1,3})、\s*([\u4e00-\u9fa5]{2,6})$/;
/** 1. 陕西省…  or a number alone on its line: 10. */
const TITLE_START = /^(\d{1,2})\s*\.\s*(.*)$/;
/** The title's closing date: （2023 年6 月3 日）, also （2023 年3 月23） with 日 lost. */
export const TITLE_DATE = /[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日?)?\s*[）)]$/;
/** Words every document title carries; item texts that end in a date do not. */
const TITLE_WORDS = /关于|印发|通知|方案|意见|措施|要点|决定|办法|条例|规定|细则/;
const MAX_TITLE_LINES = 6;

export interface CompilationSlice {
  province: string;
  /** Number of the document inside its province section. */
  number: number;
  title: string;
  titleDate: string | null;
  titleSpan: Span;
  /** Lines after the title, up to the next document or section. */
  lines: Line[];
  span: Span;
}

export interface CompilationSplit {
  chapter: string | null;
  provinces: { name: string; empty: boolean; line: number }[];
  documents: CompilationSlice[];
  diagnostics: Diagnostic[];
}

export function splitCompilation(lines: Line[], file: string, knownProvinces: string[], continues?: { province: string; number: number }): CompilationSplit {
  const diagnostics: Diagnostic[] = [];
  const provinces: CompilationSplit['provinces'] = [];
  const documents: CompilationSlice[] = [];
  let chapter: string | null = null;
  // A file cut from a larger compilation can start inside a province section.
  let province: string | null = continues?.province ?? null;
  let expected = continues?.number ?? 1;
  let open: { slice: CompilationSlice; bodyStart: number } | null = null;

  const closeOpen = (endIndex: number) => {
    if (!open) return;
    const body = lines.slice(open.bodyStart, endIndex);
    open.slice.lines = body;
    // The last line with text: the file's final newline (or blank lines before the next title) ends no document
    // (哈密's span read 12071–12525 in a file of 12524 lines; a review).
    // Its last page stays the body's: pages the extraction left blank (兰州 37号, printed as images) are the document's.
    const last = body.findLast((l) => l.text.trim()) ?? body.at(-1) ?? lines[open.bodyStart - 1];
    open.slice.span = { ...open.slice.span, endLine: last.n, lastPage: (body.at(-1) ?? last).page };
    documents.push(open.slice);
    open = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text.trim();
    if (!text) continue;
    const chapterMatch = CHAPTER_HEADING.exec(text);
    if (chapterMatch && !open && provinces.length === 0) {
      chapter = text;
      continue;
    }
    const provinceMatch = PROVINCE_HEADING.exec(text);
    if (provinceMatch && knownProvinces.includes(provinceMatch[2])) {
      closeOpen(i);
      province = provinceMatch[2];
      provinces.push({ name: province, empty: Boolean(provinceMatch[3]), line: lines[i].n });
      expected = 1;
      continue;
    }
    const start = TITLE_START.exec(text);
    if (!start || !province || Number(start[1]) !== expected) continue;
    const title = readTitle(lines, i, start[2]);
    if (!title) {
      const opening = `${start[2]}${lines[i + 1]?.text ?? ''}`;
      if (
        lines.length - i <= MAX_TITLE_LINES &&
        /关于|印发/.test(opening) &&
        /^(中共)?[\u4e00-\u9fa5]{2,14}?(省|市|自治区|州|盟|厅|局|委|办|政府)/.test(opening)
      ) {
        diagnostics.push(
          warning(
            file,
            lines[i].n,
            'split/truncated',
            'the file ends inside what looks like a document title (no closing date): the file may be truncated',
            text,
          ),
        );
      }
      continue;
    }
    closeOpen(i);
    const first = lines[i];
    const last = lines[title.endIndex];
    open = {
      bodyStart: title.endIndex + 1,
      slice: {
        province,
        number: expected,
        title: title.text,
        titleDate: title.date,
        titleSpan: linesSpan([first, last]),
        lines: [],
        span: linesSpan([first, last]),
      },
    };
    if (!title.date) {
      diagnostics.push(warning(file, first.n, 'split/title-date', 'document title has no readable date', title.text));
    }
    expected++;
    i = title.endIndex;
  }
  closeOpen(lines.length);

  for (const p of provinces) {
    const count = documents.filter((d) => d.province === p.name).length;
    if (count === 0 && !p.empty) {
      diagnostics.push(warning(file, p.line, 'split/empty-province', `province section ${p.name} holds no document title`));
    }
  }
  return { chapter, provinces, documents, diagnostics };
}

function readTitle(lines: Line[], index: number, firstText: string): { text: string; date: string | null; endIndex: number } | null {
  const parts = [firstText];
  for (let j = index; j < lines.length && j < index + MAX_TITLE_LINES; j++) {
    if (j > index) {
      const text = lines[j].text.trim();
      if (!text) continue;
      // A title never runs into a signature date or another numbered line.
      if (isStandalone(text) || TITLE_START.test(text) || /[。；]$/.test(parts.at(-1) ?? '')) return null;
      parts.push(text);
    }
    const joined = tidySpaces(joinWrapped(parts));
    const match = TITLE_DATE.exec(joined);
    if (match) {
      const text = joined.slice(0, match.index).trim();
      if (!TITLE_WORDS.test(text)) return null;
      const [, y, m, d] = match;
      const date = d ? `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` : null;
      return { text, date, endIndex: j };
    }
  }
  return null;
}
