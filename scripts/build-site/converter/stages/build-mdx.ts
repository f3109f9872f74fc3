// A document as an MDX syntax tree: frontmatter, its headings as
// Markdown headings, tables as GFM tables, every measure inside a <Measure>
// (or, in a table row, a <MeasureRef>) carrying its id as anchor, and in a
// row's text cell a <MeasureBodies> linking its bodies to their pages.
import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { stringify } from 'yaml';
import type { PolicyDocument } from '../../../../src/schemas/document.ts';
import type { BodyNode, ParagraphNode, SectionNode, TableNode, TableRowNode } from '../model.ts';
import { linkify } from '../mdx/links.ts';
import { isMeasure, listsItsMeasures, ownParagraphs, partText, unnumberedSteps } from './collect-measures.ts';

const MAX_DEPTH = 6;

export function buildMdx(
  document: PolicyDocument,
  body: BodyNode[],
  measureIdOf: Map<SectionNode | TableRowNode | ParagraphNode, string>,
  unitLines: Map<string, string>,
): Root {
  const children: RootContent[] = [
    { type: 'yaml', value: stringify(document, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }).trim() },
  ];
  const add = (nodes: BodyNode[], depth: number) => {
    // 十、提供生活出行暖心服务 with prose and no items, after 一、…九、 that have them:
    // the measure keeps its heading line as a heading, so the outline lists it beside its siblings.
    const amongSections = nodes.some((n) => n.type === 'section' && (!isMeasure(n) || listsItsMeasures(n)));
    for (const node of nodes) {
      if (node.type === 'paragraph') children.push(paragraphNode(node));
      else if (node.type === 'table') children.push(tableNode(node, measureIdOf));
      else if (measureIdOf.has(node)) {
        const id = measureIdOf.get(node)!;
        const own = ownParagraphs(node);
        const headed = amongSections && own.length > 0 && !node.text.includes('\n') && !/[。；]/.test(node.text);
        if (headed) children.push({ type: 'heading', depth: Math.min(depth, MAX_DEPTH) as Heading['depth'], children: [text(node.text)] });
        // 铜川's （三） between （二） and （五） that have items: one measure, whose first sentence is read as
        // its siblings' are, a heading (inside the measure, so its text stays whole), and the outline has no gap.
        const [lead, rest] = amongSections && !headed ? splitHeading(node.text) : ['', node.text];
        const inner: (Paragraph | Heading)[] = [
          ...(lead ? [{ type: 'heading', depth: Math.min(depth, MAX_DEPTH) as Heading['depth'], children: [text(lead)] } satisfies Heading] : []),
          ...[...(headed ? [] : [rest]), ...own.map(partText)].flatMap(textParagraphs),
        ];
        const units = unitLines.get(id);
        if (units) inner.push(paragraph(units));
        children.push(jsxFlow('Measure', { id }, inner));
        // Notes beside the task; for a task that lists its measures (listsItsMeasures), 具体举措： and them; its
        // unnumbered 具体举措 (unnumberedSteps) as the measure they are.
        const steps = unnumberedSteps(node) ?? [];
        for (const rest of node.children) {
          if (rest === steps[0]) children.push(jsxFlow('Measure', { id: measureIdOf.get(rest)! }, steps.map((p) => p.text).flatMap(textParagraphs)));
          else if (!own.includes(rest as ParagraphNode | SectionNode) && !steps.includes(rest as ParagraphNode)) add([rest], depth + 1);
        }
      } else {
        const [heading, rest] = splitHeading(node.text);
        children.push({ type: 'heading', depth: Math.min(depth, MAX_DEPTH) as Heading['depth'], children: [text(heading)] });
        if (rest) children.push(...textParagraphs(rest));
        add(node.children, depth + 1);
      }
    }
  };
  // A plan's title inside its notice (铜川市…分工方案, 附件 …工作台账) heads the parts that follow it: they nest
  // under it in the outline, not beside it (a review found 一、…五、 listed at the title's level).
  let run: BodyNode[] = [];
  let depth = 2;
  for (const node of [...body, null]) {
    if (node && !(node.type === 'paragraph' && node.role === 'heading')) {
      run.push(node);
      continue;
    }
    add(run, depth);
    run = [];
    if (node) {
      children.push(paragraphNode(node));
      depth = 3;
    }
  }
  return { type: 'root', children };
}

/** A section's first sentence is its heading; the rest of its block follows as text. */
function splitHeading(text: string): [string, string] {
  const [first, ...more] = text.split('\n');
  const stop = first.indexOf('。');
  const heading = stop >= 0 && stop < first.length - 1 ? first.slice(0, stop + 1) : first;
  const rest = [first.slice(heading.length), ...more].join('\n').trim();
  return [heading, rest];
}

function paragraphNode(node: ParagraphNode): RootContent {
  if (node.role === 'heading') return { type: 'heading', depth: 2, children: [text(node.text)] };
  return paragraph(node.text);
}

function textParagraphs(value: string): Paragraph[] {
  return value
    .split('\n')
    .filter((v) => v.trim())
    .map(paragraph);
}

function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: linkify(value) };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function tableNode(table: TableNode, measureIdOf: Map<SectionNode | TableRowNode | ParagraphNode, string>): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({ type: 'tableCell', children: c })),
  });
  return {
    type: 'table',
    align: table.head.map(() => null),
    children: [
      row(table.head.map((h) => [text(h)])),
      ...table.rows.map((r) => {
        const id = measureIdOf.get(r);
        const cells = r.cells.map(linkify);
        if (id) {
          cells[0] = [jsxText('MeasureRef', { id, label: r.label })];
          // The row's bodies as links to their pages, under its text; its own unit columns stay as written.
          cells[r.textColumn] = [...(cells[r.textColumn] ?? []), jsxText('MeasureBodies', { id })];
        }
        return row(cells);
      }),
    ],
  };
}

function jsxFlow(name: string, attributes: Record<string, string>, children: (Paragraph | Heading)[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children,
  };
}

function jsxText(name: string, attributes: Record<string, string>): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children: [],
  };
}
