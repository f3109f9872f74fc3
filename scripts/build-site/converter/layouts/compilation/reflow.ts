// Repairs PDF text: a sentence broken across lines, punctuation split onto its
// own line, a marker alone on a line. Lines are joined into blocks; a block
// ends where a new numbered item starts, where a standalone line (date, 文号)
// stands, or where a line ends a sentence short of the page width and the
// lines after it do not fill that same printed line.
import type { Line } from '../../model.ts';
import { CLOSING_EXHORTATION, endsWithUnits, parseMarker, type MarkerOptions, type TextBlock } from '../../text/markers.ts';
import { FORM_TITLE, PLAN_KIND } from '../../text/notice.ts';
import { joinWrapped, tidySpaces, visualWidth } from '../../text/spacing.ts';
import { linesSpan } from '../../text/span.ts';

/** Printed line width of the compilation, in Han characters. */
export const PRINT_WIDTH = 40;
/** A printed line this wide is full: the text runs on. */
const FULL = 35;
const OVERFULL = PRINT_WIDTH + 1.5;
/** A numbered line narrower than this that ends early is a heading (一、总体要求). */
const HEADING_WIDTH = 30;

/** Sentence ends (。；！？：) possibly followed by a closing quote or bracket. */
const SENTENCE_END = /[。；！？：:;][”’」）)]?$/;

const SIGNATURE_DATE = /^\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日$/;

/** Lines that are blocks on their own in a notice: dates, 文号, publication notes, attachment notes, form titles. */
export const STANDALONE = [
  SIGNATURE_DATE,
  /^[\u4e00-\u9fa5]{1,12}[〔[（(﹝]\d{4}[〕\]）)﹞] ?\d+ ?号$/, // 文号
  /^[（(]此件[^）)]*[）)]$/, // （此件公开发布）
  /^附件\s*\d*$/,
  // 附件：庆阳市…细化清单（略）: a note on what is attached, never part of the paragraph before it.
  /^附件\s*\d*[：:].{2,80}$/,
  /^(具体举措|具体措施|主要措施|工作措施)[:：]$/,
  FORM_TITLE,
];

/** A labelled field on a line of its own (牵头单位：市工信局 / 责任单位：… / 完成时限：…): a paragraph of its own. */
const FIELD_LINE = /^(牵头单位|责任单位|配合单位|牵头部门|责任部门|完成时限|完成时间)[:：]/;

/** A plan's title: no punctuation inside, ending in the name of a kind of document. */
const PLAN_TITLE = new RegExp(`^[^，。；：]{4,60}(${PLAN_KIND.source}|（\\d{4}[-—－]\\d{4}\\s*年）)$`);

const ANNEX = /^附件\s*\d*$/;
/** Punctuation a title holds none of. */
const CLAUSE_MARK = /[，。；：、,;:]/;

/**
 * How many lines after an 附件 line are the annex's title: up to three short
 * lines without a clause mark, followed by a line that holds one (the text
 * begins). 0 where they are not (a table's header cells: 序 ⏎ 号 ⏎ 改革措施).
 */
function annexTitleLines(lines: Line[], from: number, startsBlock: (line: Line) => boolean): number {
  let n = 0;
  while (n < 3 && from + n < lines.length) {
    const t = lines[from + n]!.text.trim();
    if (CLAUSE_MARK.test(t) || visualWidth(t) >= FULL || startsBlock(lines[from + n]!)) break;
    n++;
  }
  const next = lines[from + n]?.text.trim() ?? '';
  return n > 0 && CLAUSE_MARK.test(next) ? n : 0;
}

/** How many lines from `from` make a plan's title (PLAN_TITLE): one, or up to three short unpunctuated ones; 0 for none. */
function wrappedTitleLines(lines: Line[], from: number): number {
  let joined = '';
  for (let n = 1; n <= 3 && from + n <= lines.length; n++) {
    const line = lines[from + n - 1]!;
    const t = line.text.trim();
    // 宁夏回族自治区知识产权局 ⏎ 2023年3月13日 ⏎ 2023年…实施方案: a signature before the title is no part of it.
    // A mark inside quotes is the title's own (自治区市场监督管理局“办实事、解民忧” ⏎ 纾困解难的若干措施; a review found it run into the preamble).
    // A title's first line may fill the page (陕西 1号: …“秦务员”政务服务能力实施 ⏎ 方案, 37 wide; a review found it run into
    // the preamble); a full line after it is the text's.
    if (CLAUSE_MARK.test(t.replace(/“[^”]*”?/g, '')) || (n > 1 && visualWidth(t) >= FULL) || isStandalone(t) || isSignatureName(line, lines[from + n]))
      return 0;
    joined += t;
    if (PLAN_TITLE.test(joined)) return n;
  }
  return 0;
}

export function isStandalone(text: string): boolean {
  return STANDALONE.some((re) => re.test(text.trim()));
}

export function reflow(lines: Line[], options: MarkerOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: Line[] = [];
  let printed = 0; // width of the printed line being assembled

  const close = () => {
    if (current.length === 0) return;
    blocks.push({
      text: tidySpaces(joinWrapped(current.map((l) => l.text))),
      span: linesSpan(current),
    });
    current = [];
    printed = 0;
  };

  const text = mendBrokenNumbers(lines.filter((l) => l.text.trim() !== ''));
  // After the last numbered line, a plan's closing exhortation (各地各部门要认真贯彻落实…) starts a paragraph,
  // whatever the line before it filled; inside an item (（一）强化组织领导。各级各部门要认真贯彻落实…) it is the item's.
  const lastNumbered = text.findLastIndex((l) => parseMarker(l.text.trim(), options) !== null);
  const closing = new Set(text.flatMap((l, i) => (i > lastNumbered && CLOSING_EXHORTATION.test(l.text.trim()) ? [l] : [])));
  const startsBlock = (line: Line) => parseMarker(line.text.trim(), options) !== null || isStandalone(line.text) || closing.has(line);

  let afterStandalone = false;
  for (let i = 0; i < text.length; i++) {
    const line = text[i];
    const standalone = isStandalone(line.text);
    // 附件2 ⏎ 西安高新区推行“四维创新”全链条服务 ⏎ 构建企业全生命周期保障新模式 ⏎ 近年来，…: the annex's
    // title, wrapped, is a block of its own, not the opening of its first paragraph (a site review).
    const title = afterStandalone && current.length === 0 && ANNEX.test(blocks.at(-1)?.text ?? '') ? annexTitleLines(text, i, startsBlock) : 0;
    if (title > 0) {
      current.push(...text.slice(i, i + title));
      i += title - 1;
      close();
      afterStandalone = false;
      continue;
    }
    // A field outside any bracket (not （牵头单位：…；⏎责任单位：…）, which is one clause) starts its own paragraph.
    const field = FIELD_LINE.test(line.text.trim()) && openBrackets(current.map((l) => l.text).join('')) === 0;
    // 金昌市人民政府办公室 over 2023年5月29日: the signature's name is a block of its own, whatever the line before it filled.
    if (startsBlock(line) || field || isSignatureName(line, text[i + 1])) close();
    current.push(line);
    if (standalone) {
      close();
      afterStandalone = true;
      continue;
    }
    // After a signature or publication note, a short unpunctuated line is the
    // attached plan's title: a block of its own. A title a page break wrapped
    // (自治区落实优化营商环境降低市场主体 ⏎ 制度性交易成本工作方案) takes its next lines, up to
    // the one that names its kind (新疆 5号 had run into its preamble: a review).
    const titleLines = afterStandalone && current.length === 1 ? wrappedTitleLines(text, i) : 0;
    afterStandalone = false;
    if (titleLines > 0) {
      current.push(...text.slice(i + 1, i + titleLines));
      i += titleLines - 1;
      close();
      continue;
    }
    // 各设区市…各直属事 ⏎ 业单位：the addressees end at their colon, whatever the first sentence after them fills (陕西 85号; a
    // review); so do addressees right after the 文号, whoever they open on, though they fill their printed line (金昌 48号:
    // 永昌县、金川区人民政府，…有关单位：, a page break before the notice's first sentence; a review found the two one paragraph).
    // (A compilation's document body opens after its title and 文号: there, no block stands before the addressees.)
    const afterDocNumber = blocks.length === 0 || DOC_NUMBER_END.test(blocks.at(-1)!.text);
    const endsAddressee =
      /[:：]$/.test(line.text.trim()) && (/^各/.test(current[0]!.text.trim()) || afterDocNumber) && !current.some((l) => /[。；]/.test(l.text));
    if (endsAddressee) {
      close();
      continue;
    }
    const width = visualWidth(line.text.trim());
    printed += width;
    if (printed >= FULL) {
      // A full line ends no paragraph. Its printed line runs on while the next fragment still fits it: a reset
      // at 37 put the tracker out of phase with print for the lines after (甘肃 02e0c8 由环评 ⏎ 审批部门出具一个
      // 批复意见。 ⏎ 各建设单位…, 宁夏 cc8b46 …20 万元补助； ⏎ 对参与…: both had ended paragraphs mid-item; a review).
      if (!fitsAfter(printed, line, text[i + 1], startsBlock)) printed = 0;
      continue;
    }
    // Only a line ending in a bracket or holding a field label can close a unit clause.
    const mayCloseUnits = /[）)〕\]］][\s。；;，,]*$/.test(line.text) || /(单位|部门|时限)[:：]/.test(line.text);
    const joined = mayCloseUnits ? current.map((l) => l.text).join('') : '';
    // A numbered heading (一、总体要求) ends where its printed line does.
    const marker = current.length === 1 ? parseMarker(line.text.trim(), options) : null;
    const heading = marker !== null && line.text.trim().length > marker.label.length && printed < HEADING_WIDTH;
    // A unit clause closes only with its brackets: (…，各市(州) / 交通运输局(委） is one clause.
    const closesUnits = mayCloseUnits && openBrackets(joined) === 0 && endsWithUnits(joined);
    // （责任单位： or （综合规划处牵头，完成时限： at a line's end opens a field whose value is on the next line.
    const opensField = /[：:]$/.test(line.text.trim()) && openBrackets(current.map((l) => l.text).join('')) > 0;
    // A bracketed unit clause ends its task's paragraph wherever it stands on its printed line: what follows
    // it is the next paragraph even when the extraction's line breaks happen to fill that line (延安's
    // closing paragraphs after its last task's （…牵头，…配合）).
    const endsTask = closesUnits && /[）)][\s。；;，,]*$/.test(line.text);
    // A heading followed by a sentence (一、总体要求 ⏎ 坚持以…为指导，) ends there, though the broken lines after it would
    // fill its printed line: a title that runs on (一、总 ⏎ 体要求) holds no comma.
    const headingBeforeSentence = heading && !/[\p{P}]/u.test(line.text.trim().slice(marker!.label.length)) && /[，。；、]/.test(text[i + 1]?.text ?? '');
    const endsParagraph =
      headingBeforeSentence || ((heading || SENTENCE_END.test(line.text.trim()) || closesUnits) && !fillsPrintedLine(text, i, printed, startsBlock));
    if (!opensField && (endsTask || endsParagraph)) {
      close();
    }
  }
  close();
  return blocks;
}

/**
 * A number the extraction put on a line of its own, its 年/月/日 on the next (宁夏 9269c4: 2023 ⏎ 年 ⏎ 5 ⏎ 月 ⏎ 19 ⏎ 日,
 * 2023 ⏎ 年全区第一批…清单): one line again, so a signature date reads as one and a title keeps its year.
 */
export function mendBrokenNumbers(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const fragment = (text: string) => /^[\s\d年月日]+$/.test(text) && /\d/.test(text) && !/日\s*$/.test(text);
    const joins =
      previous &&
      ((/^\s*\d{1,4}\s*$/.test(previous.text) && /^\s*[年月日]/.test(line.text)) ||
        (fragment(previous.text) && /[年月]\s*$/.test(previous.text) && /^\s*\d{1,2}\s*$/.test(line.text)) ||
        (fragment(previous.text) && /\d\s*$/.test(previous.text) && /^\s*[年月日]\s*$/.test(line.text)));
    if (joins) out[out.length - 1] = { ...previous, text: `${previous.text.trimEnd()}${line.text.trim()}`, lastN: line.lastN ?? line.n };
    else out.push(line);
  }
  return out;
}

/** A short unpunctuated line over a signature date: the signature's name (金昌市人民政府办公室). */
function isSignatureName(line: Line, next: Line | undefined): boolean {
  // …领导小组办公室（代章）: signed with a seal on another's behalf, still a signature (陕西 782号; a site review).
  const text = line.text.trim().replace(/[（(](代章|印章|盖章)[）)]$/, '');
  return SIGNATURE_DATE.test(next?.text.trim() ?? '') && !/\p{P}/u.test(text) && visualWidth(text) <= 20;
}

/** Do the lines after `index` complete the printed line begun before it? */
function fillsPrintedLine(lines: Line[], index: number, printed: number, startsBlock: (line: Line) => boolean): boolean {
  let width = printed;
  // Print sets a line's stops and commas half wide when it must (哈密 002:12310–12312: …管理体系。提高重大项目审批服务效率，
  // is 42 characters on a 40-character line): among fragments the extraction broke at its marks, each counts half
  // against the overfull test (a review found such lines ending paragraphs mid-item). A whole line after a short one
  // (…8 ⏎ 个以上。 ⏎ 推广一批典型经验。坚持…) is the next paragraph's, as before.
  let marks = countMarks(lines[index]!.text);
  let fragments = true;
  for (let j = index + 1; j < lines.length && j <= index + 8; j++) {
    const next = lines[j].text.trim();
    // 附件： after a closing paragraph opens the attachments, whatever width is left on its line.
    if (startsBlock(lines[j]) || /^附件/.test(next)) return false;
    // 金昌市人民政府办公室 ⏎ 2023年5月29日: a signature's name is never the rest of the sentence's printed line.
    if (isSignatureName(lines[j], lines[j + 1])) return false;
    width += visualWidth(next);
    marks += countMarks(next);
    fragments &&= visualWidth(next) < FULL;
    if (width - (fragments ? marks / 2 : 0) > OVERFULL) return false;
    if (width >= FULL) return true;
  }
  return false;
}

/**
 * Does the next line still fit on the printed line `printed` wide? Only a fragment (not a whole line, not a
 * new block) does. After fragments the extraction broke at marks, those marks count half, as print may set
 * them; after a whole line, the fragment must fit as it stands (装备配置…实施方案。 ⏎ 人事与 makes 40; but
 * …新增储备REITs 项目8 ⏎ 个以上。 ⏎ 推广一批典型经验。: 39.5 is its printed line, and the fragment opens the next).
 */
function fitsAfter(printed: number, line: Line, next: Line | undefined, startsBlock: (line: Line) => boolean): boolean {
  if (!next || startsBlock(next)) return false;
  const width = visualWidth(next.text.trim());
  if (width >= FULL) return false;
  if (visualWidth(line.text.trim()) >= FULL) return printed + width <= PRINT_WIDTH + 0.5;
  // A printed line already 40 wide is full (…按职责分工负 ⏎ 责） ⏎ 各县市区…: the 责） opens the next).
  return printed < PRINT_WIDTH && printed + width - (countMarks(line.text) + countMarks(next.text)) / 2 <= OVERFULL;
}

/** A 文号's end (金政办发〔2023〕48号). */
const DOC_NUMBER_END = /〔\d{4}〕\s*\d+\s*号$/;

/** Full-width stops, commas and enumeration marks: what print may set half wide. */
function countMarks(text: string): number {
  return (text.match(/[，。、；：]/g) ?? []).length;
}

/** Brackets a text opens and does not close. */
function openBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if ('（(〔[［'.includes(ch)) depth++;
    else if ('）)〕]］'.includes(ch) && depth > 0) depth--;
  }
  return depth;
}
