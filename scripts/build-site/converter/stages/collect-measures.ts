// The measures of a document. A measure is a numbered section with
// no numbered sections below it (a task at any depth), except framing
// sections (指导思想, 基本原则 …), and every task row of a table. Its path is
// the titles of the sections around it. A task that assigns its own bodies
// and then lists its 具体举措 (铜川's （二）…（市工改办牵头…市审计局…负责）具体举措：1.… 2.…)
// is a measure too, beside the measures under it: they detail it
// (restatements.ts counts it once, as them), and its bodies keep their task.
import type { BodyNode, MeasureDraft, ParagraphNode, SectionNode, TableNode } from '../model.ts';
import { endsWithUnits } from '../text/markers.ts';

export function collectMeasures(body: BodyNode[]): MeasureDraft[] {
  const measures: MeasureDraft[] = [];
  const visit = (nodes: BodyNode[], ancestors: SectionNode[], headingPath: string[]) => {
    for (const node of nodes) {
      if (node.type === 'table') {
        measures.push(...tableMeasures(node, ancestors, headingPath));
      } else if (node.type === 'section') {
        const task = isMeasure(node) || listsItsMeasures(node) ? sectionMeasure(node, ancestors, headingPath) : null;
        if (task) measures.push(task);
        const steps = task && isMeasure(node) ? stepsMeasure(node, ancestors, headingPath) : null;
        if (steps) {
          task!.detailedBy = [steps];
          measures.push(steps);
        }
        if (isMeasure(node)) continue;
        const from = measures.length;
        visit(node.children, [...ancestors, node], [...headingPath, headingTitle(node.text)]);
        if (task) task.detailedBy = measures.slice(from);
      }
    }
  };
  // Parts: the root's headings (附件2 ⏎ 西安高新区推行…新模式) start an attached text with numbering of its own.
  let partTitle: string | null = null;
  const parts: { title: string | null; measures: MeasureDraft[] }[] = [];
  for (const node of body) {
    if (node.type === 'paragraph' && node.role === 'heading') {
      if (!/^附件\s*\d*$/.test(node.text.trim())) partTitle = headingTitle(node.text);
      continue;
    }
    const from = measures.length;
    visit([node], [], []);
    if (measures.length === from) continue;
    if (parts.at(-1)?.title !== partTitle) parts.push({ title: partTitle, measures: [] });
    parts.at(-1)!.measures.push(...measures.slice(from));
  }
  placeAttachedSections(parts);
  return measures;
}

/**
 * A later part's own top-level sections have no heading around them, so their path would be empty and
 * their citation a bare 四、, which reads as the notice's own 四、 (陕西 782号: the notice's 一、…四、 and
 * 附件2's 一、…四、). They take the part's title as their path.
 */
function placeAttachedSections(parts: { title: string | null; measures: MeasureDraft[] }[]) {
  if (parts.length < 2) return;
  for (const { title, measures } of parts.slice(1)) {
    if (!title) continue;
    for (const measure of measures) if (measure.path.length === 0) measure.path = [title];
  }
}

export function isMeasure(section: SectionNode): boolean {
  return !section.framing && (listsPapers(section) || !section.children.some((c) => c.type === 'section' || c.type === 'table'));
}

/** 提供以下相应材料： — what introduces a list of papers to hand in. */
const INTRODUCES_PAPERS = /(以下|下列)[^，。；：]{0,6}(材料|资料|文件|证明|证件|要件)[:：]$/;

/**
 * A task that lists the papers an applicant hands in (白银: 申请…提供以下相应材料：
 * 1.投资合同… 10.其他需提交的印证资料): its numbered items are its text, not
 * tasks of their own.
 */
function listsPapers(section: SectionNode): boolean {
  const first = section.children.findIndex((c) => c.type === 'section' || c.type === 'table');
  if (first < 0) return false;
  const lead = [section.text, ...section.children.slice(0, first).flatMap((c) => (c.type === 'paragraph' && !c.role ? [c.text] : []))].at(-1)!;
  return (
    INTRODUCES_PAPERS.test(lead.trim()) &&
    section.children.every((c) => c.type === 'paragraph' || (c.type === 'section' && !c.children.some((g) => g.type !== 'paragraph')))
  );
}

/** 具体举措： — what introduces the measures that carry out a task. */
const INTRODUCES_MEASURES = /^具体(举措|措施)[:：]?$/;

/**
 * A task with its own bodies whose 具体举措 are numbered measures below it: its text (before them)
 * closes with a unit clause, and a 具体举措： line leads to them.
 */
export function listsItsMeasures(section: SectionNode): boolean {
  if (section.framing || isMeasure(section)) return false;
  const intro = measuresIntro(section);
  return (
    intro >= 0 &&
    endsWithUnits(
      taskParagraphs(section, intro)
        .reduce((text, p) => `${text}\n${p.text}`, section.text)
        .trim(),
    )
  );
}

/** Where 具体举措： stands among a section's children, before its first section; -1 where it does not. */
function measuresIntro(section: SectionNode): number {
  const first = section.children.findIndex((c) => c.type === 'section');
  const before = first < 0 ? section.children : section.children.slice(0, first);
  return before.findIndex((c) => c.type === 'paragraph' && INTRODUCES_MEASURES.test(c.text.trim()));
}

/**
 * The 具体举措 of a task that gives them as one unnumbered paragraph with bodies of its own (铜川 （三）…（市财政局…
 * 负责）具体举措：指导政策性开发性银行…（市金融办…负责）): a measure detailing the task, as numbered ones are, so
 * each bracket names the bodies of its own text (a site review found both pooled on the task). Null for a task
 * without them, or whose task text or steps name no bodies.
 */
export function unnumberedSteps(section: SectionNode): ParagraphNode[] | null {
  if (section.framing || !isMeasure(section) || listsPapers(section)) return null;
  const intro = measuresIntro(section);
  if (intro < 0) return null;
  const task = taskParagraphs(section, intro).reduce((text, p) => `${text}\n${p.text}`, section.text);
  const steps = section.children.slice(intro + 1).filter((c): c is ParagraphNode => c.type === 'paragraph' && !c.role);
  const text = steps.map((p) => p.text).join('\n');
  return steps.length && endsWithUnits(task.trim()) && endsWithUnits(text.trim()) ? steps : null;
}

function stepsMeasure(section: SectionNode, ancestors: SectionNode[], path: string[]): MeasureDraft | null {
  const steps = unnumberedSteps(section);
  if (!steps) return null;
  const [first, last] = [steps[0]!, steps.at(-1)!];
  const numbers = [...ancestors, section].map((s) => String(s.marker?.number ?? 0));
  return {
    label: '具体举措',
    title: null,
    path: [...path, headingTitle(section.text)],
    text: steps.map((p) => p.text).join('\n'),
    span: { line: first.span.line, endLine: last.span.endLine, page: first.span.page, lastPage: last.span.lastPage },
    fields: {},
    headingUnits: headingUnits([...ancestors, section]),
    numbers: [...numbers, '1'],
    node: first,
  };
}

/** A task's own paragraphs: those before its 具体举措 line. */
const taskParagraphs = (section: SectionNode, intro: number): ParagraphNode[] =>
  section.children.slice(0, intro).filter((c): c is ParagraphNode => c.type === 'paragraph' && !c.role);

/** The paragraphs that belong to a task's text (not notes that follow it), and the papers it lists. */
export function ownParagraphs(section: SectionNode): (ParagraphNode | SectionNode)[] {
  // A task that lists its measures: its text ends where 具体举措： leads to them.
  if (listsItsMeasures(section) || unnumberedSteps(section)) return taskParagraphs(section, measuresIntro(section));
  const papers = listsPapers(section);
  return section.children.filter((c): c is ParagraphNode | SectionNode => (c.type === 'paragraph' && !c.role) || (papers && c.type === 'section'));
}

/** A part's text: a listed paper with any lines below it. */
export const partText = (part: ParagraphNode | SectionNode): string =>
  part.type === 'paragraph' ? part.text : [part.text, ...part.children.map((c) => (c.type === 'paragraph' ? c.text : ''))].filter(Boolean).join('\n');

function lastSpan(part: ParagraphNode | SectionNode) {
  return part.type === 'section' ? (part.children.at(-1)?.span ?? part.span) : part.span;
}

function sectionMeasure(section: SectionNode, ancestors: SectionNode[], path: string[]): MeasureDraft {
  const paragraphs = ownParagraphs(section);
  const text = [section.text, ...paragraphs.map(partText)].join('\n');
  const lastPart = paragraphs.at(-1);
  const last = lastPart ? lastSpan(lastPart) : section.span;
  return {
    label: section.marker?.label ?? '',
    title: shortTitle(section.text, section.marker?.label ?? ''),
    path,
    text,
    span: { line: section.span.line, endLine: Math.max(section.span.endLine, last.endLine), page: section.span.page, lastPage: last.lastPage },
    fields: section.fields ?? {},
    headingUnits: headingUnits(ancestors, section),
    numbers: [...ancestors, section].map((s) => String(s.marker?.number ?? 0)),
    node: section,
  };
}

function tableMeasures(table: TableNode, ancestors: SectionNode[], path: string[]): MeasureDraft[] {
  return table.rows
    .filter((row) => row.isMeasure)
    .map((row) => {
      const title = row.textColumn > 1 ? row.cells[1] || null : null;
      return {
        label: row.label,
        title,
        path: title ? [...path, title] : path,
        text: row.cells[row.textColumn],
        span: row.span,
        fields: row.fields,
        headingUnits: headingUnits(ancestors),
        numbers: ['r', row.label],
        node: row,
      };
    });
}

/**
 * Unit clauses of the enclosing headings, innermost first. A heading whose
 * bodies lead 分别 (respectively) also says which of its sections holds the
 * measure, and how many sections it has: its bodies may pair with them in order.
 */
function headingUnits(ancestors: SectionNode[], self?: SectionNode) {
  return ancestors
    .flatMap((s, i) => {
      const text = firstSentence(s.text);
      if (!endsWithUnits(text) && !/牵头/.test(text)) return [];
      // Sections by their number: an annex that repeats a section's heading on each of its rows
      // (1.优化电力报装服务 three times) still has two sections, numbered 1 and 2.
      const numbers = [...new Set(s.children.flatMap((c) => (c.type === 'section' ? [c.marker?.number ?? null] : [])))];
      const onPath = ancestors[i + 1] ?? self;
      const numbered = numbers.every((n, k) => n === k + 1);
      const index = onPath?.marker && numbered ? numbers.indexOf(onPath.marker.number) : -1;
      return [{ text, heading: headingTitle(s.text), ...(/分别牵头/.test(text) && index >= 0 ? { section: { index, of: numbers.length } } : {}) }];
    })
    .reverse();
}

function firstSentence(text: string): string {
  const line = text.split('\n')[0];
  const stop = line.search(/。/);
  return stop >= 0 ? line.slice(0, stop) : line;
}

/** A unit clause closing a heading: （市审批局牵头）, （指标牵头单位：…）. */
const TRAILING_UNITS = /[（(][^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*(牵头|负责|配合)[^（()）]*[）)]$/;
const MAX_TITLE = 60;

/**
 * A unit clause that lost its brackets, or its opening one, in extraction (十三、建立公正规范的
 * 市场监管体系市市场监管局牵头, 七、便利企业融资市金融局牵头)): from the first level prefix
 * (市, not the 市 of 市场) to 牵头.
 */
const TRAILING_UNITS_UNBRACKETED =
  /(?<=[\u4e00-\u9fff])(?:自治区|省|市(?![场政民])|州)[^、，。（()）]{1,12}(?:、[^、，。（()）]{1,14})*(?:分别|共同)?牵头[)）]?$/;

/** Heading text for paths: the first sentence, without its unit clause. */
export function headingTitle(text: string): string {
  let title = firstSentence(text).replace(TRAILING_UNITS, '').replace(TRAILING_UNITS_UNBRACKETED, '').trim();
  if (title.length > MAX_TITLE) title = `${title.slice(0, MAX_TITLE)}…`;
  return title;
}

/** A task's short name: its first sentence without the marker, when short. */
function shortTitle(text: string, label: string): string | null {
  const title = firstSentence(text).replace(TRAILING_UNITS, '').slice(label.length).trim();
  return title && title.length <= 40 && title.length < text.length ? title : null;
}
