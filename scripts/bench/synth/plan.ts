// What the generator may change in a source file, read once from the real
// corpus through the converter itself: the lists of tasks (numbered items with
// no items below them) with the lines each spans, the other runs of text
// (paragraphs, tasks that are not in a list that may be reshaped), and the
// phrases the copies borrow from each other. Knowing the structure the
// converter read is what lets copies reorder, drop and repeat items and still
// be read as the same layout.
import { convert } from '../../build-site/converter/pipeline.ts';
import type { Manifest } from '../../build-site/converter/manifest.ts';
import type { BodyNode, DocumentDraft, MarkerKind, SectionNode } from '../../build-site/converter/model.ts';
import { PAGE_MARKER } from '../../build-site/converter/stages/normalize.ts';
import { phrasesOf, type Pools } from './rewrite.ts';

/** Lines are 0-based indexes into the file's lines; `end` is included. */
export interface Item {
  start: number;
  end: number;
  label: string;
  number: number;
  /** Spans a page marker: it stays where it is (pages keep their order). */
  fixed: boolean;
}

export interface ItemList {
  /** Index of the document (across the corpus) the list belongs to. */
  doc: number;
  items: Item[];
  /** Its length may change: no later list of the same kind goes on with its numbering. */
  resizable: boolean;
}

export interface FilePlan {
  file: string;
  layout: string;
  lines: string[];
  lists: ItemList[];
  /** Other runs of task or paragraph text, each with its document. */
  runs: { start: number; end: number; doc: number }[];
  /** Documents of the file, by first line: which document a task-table row belongs to. */
  docs: { start: number; doc: number }[];
}

export interface CorpusPlan {
  files: Map<string, FilePlan>;
  pools: Pools;
  documents: number;
}

export function planCorpus(sources: { file: string; name: string; bytes: Uint8Array }[], manifest: Manifest | null): CorpusPlan {
  const conversion = convert(sources, manifest, { keepDrafts: true });
  const pools: Pools = { clauses: new Map(), sentences: [] };
  const files = new Map<string, FilePlan>();
  conversion.documents.forEach((converted, doc) => {
    for (const m of converted.measures) phrasesOf(m.text, doc, pools);
    const draft = converted.draft!;
    const source = sources.find((s) => s.file === draft.source.file)!;
    let plan = files.get(source.name);
    if (!plan) {
      const lines = Buffer.from(source.bytes).toString('utf8').split('\n');
      plan = { file: source.name, layout: draft.source.layout, lines, lists: [], runs: [], docs: [] };
      files.set(source.name, plan);
    }
    plan.docs.push({ start: draft.span.line - 1, doc });
    planDocument(draft, doc, plan);
  });
  // The same phrase drawn from every copy would be as likely as any: keep each once per document.
  for (const [length, list] of pools.clauses) pools.clauses.set(length, dedupe(list));
  pools.sentences = dedupe(pools.sentences);
  return { files, pools, documents: conversion.documents.length };
}

function dedupe<T extends { text: string; doc: number }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((p) => !seen.has(`${p.doc}|${p.text}`) && seen.add(`${p.doc}|${p.text}`));
}

function planDocument(draft: DocumentDraft, doc: number, plan: FilePlan): void {
  const isPage = (i: number) => PAGE_MARKER.test(plan.lines[i]?.trim() ?? '');
  const sections: SectionNode[] = [];
  const walk = (nodes: BodyNode[]) => {
    for (const n of nodes) {
      if (n.type !== 'section') continue;
      sections.push(n);
      walk(n.children);
    }
  };
  walk(draft.body);
  const starts = new Set(sections.map((s) => s.span.line - 1));
  const taken = new Set<number>();

  const visit = (nodes: BodyNode[]) => {
    const byKind = new Map<MarkerKind, SectionNode[]>();
    for (const n of nodes) if (n.type === 'section' && n.marker) byKind.set(n.marker.kind, [...(byKind.get(n.marker.kind) ?? []), n]);
    for (const [kind, list] of byKind) {
      if (!list.every(isLeaf)) continue;
      const items = list.map((s) => itemOf(s, plan.lines, isPage));
      const region = { start: items[0].start, end: items.at(-1)!.end };
      const ordered = items.every((it, i) => it.end >= it.start && (i === 0 || it.start > items[i - 1].end));
      const alone = [...starts].every((line) => line < region.start || line > region.end || items.some((it) => it.start === line));
      const labelled = items.every((it) => it.label !== '');
      if (!ordered || !alone || !labelled || list.some((s) => s.marker!.ambiguous)) continue;
      // Numbering that goes on in a later list of the same kind (1…11 through all parts) must not move.
      const last = list.at(-1)!;
      const later = sections.find((s) => s.span.line > last.span.line && s.marker?.kind === kind && !list.includes(s));
      const resizable = !later || later.marker!.number !== last.marker!.number + 1;
      plan.lists.push({ doc, items, resizable });
      for (let i = region.start; i <= region.end; i++) taken.add(i);
    }
    for (const n of nodes) if (n.type === 'section') visit(n.children);
  };
  visit(draft.body);

  // Everything else a task or a paragraph says, outside those lists, in runs between page markers.
  const addRun = (start: number, end: number) => {
    let from = start;
    for (let i = start; i <= end + 1; i++) {
      if (i > end || isPage(i) || taken.has(i)) {
        if (i > from) plan.runs.push({ start: from, end: i - 1, doc });
        from = i + 1;
      }
    }
  };
  const runsOf = (nodes: BodyNode[], inSection: boolean) => {
    for (const n of nodes) {
      if (n.type === 'section') {
        if (isLeaf(n)) {
          const it = itemOf(n, plan.lines, isPage);
          addRun(it.start, it.end);
        } else runsOf(n.children, true);
      } else if (n.type === 'paragraph' && !n.role && (inSection || (n.text.length >= 30 && n.text.includes('。')))) {
        addRun(n.span.line - 1, n.span.endLine - 1);
      }
    }
  };
  if (plan.layout !== 'task-table') runsOf(draft.body, false);
}

function isLeaf(section: SectionNode): boolean {
  return !section.children.some((c) => c.type !== 'paragraph');
}

function itemOf(section: SectionNode, lines: string[], isPage: (i: number) => boolean): Item {
  const start = section.span.line - 1;
  const end = Math.max(section.span.endLine, ...section.children.map((c) => c.span.endLine)) - 1;
  const first = lines[start]?.trimStart() ?? '';
  const label = section.marker && first.startsWith(section.marker.label) ? section.marker.label : '';
  let fixed = false;
  for (let i = start; i <= end; i++) fixed ||= isPage(i);
  return { start, end, label, number: section.marker?.number ?? 0, fixed };
}
