// Internal records passed between converter stages. The published records
// (documents, measures) are defined once, by the zod schemas in src/schemas.
import type { MetaOrigin } from '../../../src/schemas/document.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ExtractedLine, Extraction, SourceFormat } from './io/formats/extraction.ts';
import type { Layout, ManifestEntry } from './manifest.ts';

/** Source layouts the converter can read (see sources/README.md). */
export type { Layout };

/** A file as read from disk: bytes only, nothing interpreted yet. */
export interface RawSource {
  /** Path relative to the repository (or to the sources folder's parent). */
  file: string;
  /** File name as found on disk. */
  name: string;
  bytes: Uint8Array;
  /** A PDF, Word, Excel or web page file as its reader extracted it (io/formats/); absent for plain text. */
  extraction?: Extraction;
}

/** A decoded source file. */
export interface SourceText {
  file: string;
  name: string;
  text: string;
  encoding: 'utf-8' | 'gb18030';
  /** What the file was: plain text, or the format its lines were extracted from. */
  format: SourceFormat;
  /** Per line of `text`, where it came from in the original file (extracted formats only). */
  origins?: Pick<ExtractedLine, 'page' | 'cells'>[];
  manifest: ManifestEntry | null;
  bytes: number;
}

/** One physical line of a source, with the compilation page it sits on. */
export interface Line {
  /** 1-based line number in the source file. */
  n: number;
  /** Where a repair joined the next physical lines onto this one (2025 ⏎ 年底前), the last of them. */
  lastN?: number;
  text: string;
  page: number | null;
  /** Spreadsheet addresses (`sheet!A1`) of the line's tab-separated cells (Excel sources). */
  cells?: string[];
}

export interface NormalizedSource extends SourceText {
  lines: Line[];
  layout: Layout;
}

/** Where a piece of text sits in its source. */
export interface Span {
  line: number;
  endLine: number;
  page: number | null;
  lastPage: number | null;
  /** Spreadsheet cell (`sheet!D5`) the text was read from (Excel sources). */
  cell?: string;
}

/** Numbering styles of Chinese official documents, outermost first by convention. */
export type MarkerKind =
  | 'cn-dun' //          一、
  | 'cn-paren' //        （一）
  | 'arabic-dot' //      1.  1．  and, where a file lost its dots, a bare 1
  | 'arabic-dun' //      1、
  | 'arabic-paren' //    （1）
  | 'arabic-half' //     1）  1)
  | 'circled' //         ①
  | 'chapter' //        第一章
  | 'article'; //        第一条

export interface Marker {
  kind: MarkerKind;
  number: number;
  /** The marker as written, e.g. （一）. */
  label: string;
  /** Could also be read as a number (35.5 个): accepted only where it continues a list. */
  ambiguous?: boolean;
  /** Written without its dot or bracket (1不断提升), in a source that lost them. */
  bare?: boolean;
}

/** Column values of a table row (牵头单位, 责任单位, 完成时限 …). */
export interface RowFields {
  lead?: string;
  responsible?: string;
  /** A 配合单位 column: bodies that support those responsible. */
  support?: string;
  deadline?: string;
  /** A 复制推广 list's 来源 column: the place whose practice the row copies (成都市). */
  practiceFrom?: string;
  /** Columns whose cell the printed table left blank and the row above's value fills (a merged cell read down). */
  carried?: CarriedColumn[];
}

export type CarriedColumn = 'lead' | 'responsible' | 'support' | 'deadline';

export interface SectionNode {
  type: 'section';
  marker: Marker | null;
  /** Full text of the section's own block, marker included. */
  text: string;
  span: Span;
  /** Units or deadline given by columns for this block (ledger and tables). */
  fields?: RowFields;
  /** Not a task: framing sections such as 指导思想 never become measures. */
  framing?: boolean;
  children: BodyNode[];
}

export interface ParagraphNode {
  type: 'paragraph';
  text: string;
  span: Span;
  /** Notice parts kept as text but not part of the task structure. */
  role?: 'addressee' | 'signature' | 'note' | 'heading';
}

export interface TableRowNode {
  cells: string[];
  span: Span;
  /** Row is a task (序号 row), not a caption row. */
  isMeasure: boolean;
  label: string;
  /** Index of the column holding the task text. */
  textColumn: number;
  fields: RowFields;
}

export interface TableNode {
  type: 'table';
  head: string[];
  rows: TableRowNode[];
  span: Span;
}

export type BodyNode = SectionNode | ParagraphNode | TableNode;

/** One document's lines, cut from its source file. */
export interface DocumentSlice {
  source: NormalizedSource;
  lines: Line[];
  span: Span;
  /** What the splitter already knows (compilation titles carry these). */
  title?: string;
  titleDate?: string | null;
  titleSpan?: Span;
  compilationProvince?: string;
  compilation?: string | null;
}

/** Document metadata as read from the text, before place and ids are resolved. */
export interface DocumentHead {
  title: string;
  /** Issuer names as written in title or signature. */
  issuerText: string | null;
  docNumber: string | null;
  date: string | null;
  dateOrigin: MetaOrigin;
  dateNote: string | null;
  /** Province section of the compilation, when the document came from one. */
  compilationProvince: string | null;
  compilation: string | null;
}

/** Rules a document states once for all its tasks. */
export interface DocumentRules {
  /** The source lost the 、 between some unit names (石嘴山供电公司市住建局). */
  lostSeparators?: boolean;
  /** 各项任务的第一责任单位为牵头单位: the first responsible unit leads. */
  firstUnitLeads: boolean;
  /** 以下均需…负责落实: units added to every following task, from a line on. */
  standingUnits: { fromLine: number; units: string; text: string }[];
  /** The items number on across the parts ((十四) under 四、 after (十三) under 三、): a safeguards part's are among 以下各项. */
  itemsNumberOn?: boolean;
}

/** Source text left out of the document on purpose, and why. */
export interface Omission {
  line: number;
  text: string;
  reason:
    | 'repeated-header' //  a table header or part heading printed again after a page break
    | 'repeated-cell' //    a merged cell's value printed again
    | 'page-chrome' //      web page navigation, share and download widgets
    | 'column-heading' //   a ledger's column titles
    | 'document-title' //   the title lines: kept as the document's title, not body text
    | 'row-number' //       a table row's 序号: kept as the measure's label, after its headings
    | 'moved-cell'; //      a cell printed inside another one by a page break: kept in its own column
}

export interface DocumentDraft {
  source: NormalizedSource;
  head: DocumentHead;
  lines: Line[];
  body: BodyNode[];
  rules: DocumentRules;
  span: Span;
  omitted: Omission[];
}

/** A measure before ids and fields are assigned. */
export interface MeasureDraft {
  label: string;
  title: string | null;
  path: string[];
  text: string;
  span: Span;
  /** Column or field values that apply to this measure. */
  fields: RowFields;
  /** Units stated on enclosing headings, innermost first; under a 分别牵头 heading, which of its sections holds the measure. */
  headingUnits: { text: string; heading: string; section?: { index: number; of: number } }[];
  /** Numbering path used for a stable id, e.g. [3, 1, 2]. */
  numbers: string[];
  /** The node the measure was read from, so the MDX can anchor it (an unnumbered 具体举措 paragraph: its first). */
  node: SectionNode | TableRowNode | ParagraphNode;
  /** A task whose 具体举措 are measures of their own (collect-measures.ts listsItsMeasures): those measures. */
  detailedBy?: MeasureDraft[];
}

export type StageResult<T> = { value: T; diagnostics: Diagnostic[] };
