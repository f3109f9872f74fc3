// The labels Word draws for automatically numbered paragraphs (一、 （二） 3.),
// which are not text in the file: each paragraph of word/document.xml, in
// order, gets the label its w:numPr (or its style's) and word/numbering.xml
// give it — the level's w:lvlText with %1…%9 replaced by the counters of
// that list (w:numId), each in its level's w:numFmt. mammoth keeps numbered
// paragraphs only as list items; docx.ts puts these labels back in front of
// them. Read with @xmldom/xmldom, the XML parser mammoth itself uses.
import { DOMParser } from '@xmldom/xmldom';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  format: string;
  text: string;
  start: number;
}

export interface NumberedParagraph {
  /** The label Word draws, or null for a paragraph without one (or a bullet). */
  label: string | null;
  /** The paragraph's own text, to check it is the paragraph mammoth read at the same place. */
  text: string;
}

const children = (e: Element | Document, name: string): Element[] => Array.from(e.getElementsByTagNameNS(W, name));
const attr = (e: Element | undefined, name: string) => e?.getAttributeNS(W, name) ?? e?.getAttribute(`w:${name}`) ?? null;
const first = (e: Element, name: string): Element | undefined => children(e, name)[0];

export function numberedParagraphs(documentXml: string, numberingXml: string | null, stylesXml: string | null): NumberedParagraph[] {
  const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
  const levels = new Map<string, Level[]>(); // numId → levels
  if (numberingXml) {
    const numbering = parse(numberingXml);
    const abstract = new Map<string, Level[]>();
    for (const a of children(numbering, 'abstractNum')) {
      const list: Level[] = [];
      for (const lvl of children(a, 'lvl')) {
        list[Number(attr(lvl, 'ilvl') ?? 0)] = {
          format: attr(first(lvl, 'numFmt'), 'val') ?? 'decimal',
          text: attr(first(lvl, 'lvlText'), 'val') ?? '',
          start: Number(attr(first(lvl, 'start'), 'val') ?? 1),
        };
      }
      abstract.set(attr(a, 'abstractNumId') ?? '', list);
    }
    for (const num of children(numbering, 'num')) levels.set(attr(num, 'numId') ?? '', abstract.get(attr(first(num, 'abstractNumId'), 'val') ?? '') ?? []);
  }
  // Paragraph styles that number their paragraphs (a heading style linked to a list).
  const styleNumbering = new Map<string, { numId: string; ilvl: number }>();
  if (stylesXml) {
    for (const style of children(parse(stylesXml), 'style')) {
      const numPr = first(style, 'numPr');
      const numId = attr(numPr && first(numPr, 'numId'), 'val');
      if (numId) styleNumbering.set(attr(style, 'styleId') ?? '', { numId, ilvl: Number(attr(numPr && first(numPr, 'ilvl'), 'val') ?? 0) });
    }
  }
  const counters = new Map<string, number[]>();
  const body = first(parse(documentXml) as unknown as Element, 'body');
  if (!body) return [];
  return children(body, 'p').map((p) => {
    const text = children(p, 't')
      .map((t) => t.textContent ?? '')
      .join('');
    const pPr = first(p, 'pPr');
    const numPr = pPr && first(pPr, 'numPr');
    const style = styleNumbering.get(attr(pPr && first(pPr, 'pStyle'), 'val') ?? '');
    const numId = attr(numPr && first(numPr, 'numId'), 'val') ?? style?.numId;
    const ilvl = Number(attr(numPr && first(numPr, 'ilvl'), 'val') ?? style?.ilvl ?? 0);
    const list = numId && numId !== '0' ? levels.get(numId) : undefined;
    const level = list?.[ilvl];
    if (!list || !level || level.format === 'bullet') return { label: null, text };
    const count = counters.get(numId!) ?? [];
    // A level counts on from its start; every deeper level starts again.
    count[ilvl] = count[ilvl] === undefined ? level.start : count[ilvl] + 1;
    count.length = ilvl + 1;
    counters.set(numId!, count);
    const label = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      return formatNumber(count[at] ?? list[at]?.start ?? 1, list[at]?.format ?? 'decimal');
    });
    return { label, text };
  });
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

/** A counter in one of Word's number formats (the ones Chinese documents use, and the Latin ones). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'taiwaneseCountingThousand':
      return chineseNumber(n);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10];
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const roman = toRoman(n);
      return format === 'upperRoman' ? roman : roman.toLowerCase();
    }
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五: as Word's chineseCounting writes them. */
function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  return `${CHINESE_DIGITS[Math.floor(n / 100) % 10]}百${rest === 0 ? '' : rest < 10 ? `零${CHINESE_DIGITS[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest)}`;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) while (n >= value) [n, out] = [n - value, out + letters];
  return out;
}
