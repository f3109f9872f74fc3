// Every label the site prints for a value of a schema enum, defined once:
// pages, charts, data tables and CSV codebooks all read them from here, so one
// value never reads two ways. tests/site/vocabulary.test.ts fails when a file
// elsewhere in src/ writes one of these labels itself.
import type { CellState, Direction, TransmissionBasis, TransmissionKind } from './analysis.ts';
import type { Level, MetaOrigin } from './document.ts';
import type { BodyKind, BodyOrigin, BodyRole } from './body.ts';
import type { Comparator, DeadlineKind, ThemeBasis } from './measure.ts';
import type { Theme } from './theme.ts';

/** What a page prints where the source states nothing. */
export const NOT_STATED = '未注明';

/** 省级 or 市级: the level of the issuing government. */
export const LEVEL_LABEL: Record<Level, string> = { province: '省级', city: '市级' };

export const DEADLINE_KIND_LABEL: Record<DeadlineKind, string> = {
  date: '限期',
  ongoing: '长期',
  multiple: '分阶段',
  discretionary: '适时（原文未定期限）',
  unreadable: '未能识别',
  period: '执行期限（政策适用期间，不是完成时限）',
  recurring: '周期性安排，不是一次性的完成时限',
};

/** A deadline before the corpus's as-of date, or not yet (see src/domain/dates.ts). */
export const DEADLINE_STATUS_LABEL: Record<'past-due' | 'pending', string> = { 'past-due': '已过期限', pending: '未到期限' };

/** Where a measure names a body. */
export const BODY_ORIGIN_LABEL: Record<BodyOrigin, string> = {
  item: '条目原文',
  column: '表格列',
  heading: '上级标题',
  'document-rule': '文件统一规定',
  sentence: '正文语句',
};

export const BODY_ROLE_LABEL: Record<BodyRole, string> = { lead: '牵头', responsible: '责任', support: '配合' };

export const BODY_KIND_LABEL: Record<BodyKind, string> = {
  department: '政府部门',
  government: '人民政府及管委会',
  court: '人民法院',
  procuratorate: '人民检察院',
  party: '党委部门及群团',
  bank: '银行',
  company: '企业',
  institution: '事业单位',
  group: '单位群体',
};

/** Where a document's date was read; `not-stated` is also what a missing value says. */
export const META_ORIGIN_LABEL: Record<MetaOrigin, string> = {
  title: '标题所注日期',
  signature: '文末落款',
  'page-meta': '网页发布信息',
  manifest: '来源清单',
  'not-stated': `原文${NOT_STATED}`,
};

/**
 * The least similarity a measure elsewhere needs to be listed beside one, and
 * what 相似度 means, said once wherever similar measures are listed: defined
 * together so the page states the threshold the analysis applies. (Here, not
 * beside the zod schemas: the search page's script imports this file.)
 */
export const SIMILAR_MIN_SCORE = 0.3;
export const SIMILARITY_NOTE = `相似度：两项措施用字（相邻两字，越少见的权重越高）的余弦相似度，0 至 1，1 即文字相同；只列 ${SIMILAR_MIN_SCORE.toFixed(1)} 及以上、每项至多 5 条。`;

export const COMPARATOR_LABEL: Record<Comparator, string> = { '<=': '≤', '>=': '≥', '>': '>', '=': '=' };

/** Said after a metric's name: which way its values are more ambitious. */
export const DIRECTION_LABEL: Record<Direction, string> = { 'lower-is-better': '越低越有力度', 'higher-is-better': '越高越有力度' };

/** The caniuse-like grades of the theme × place matrix: a label and the symbol its table cells show. */
export const CELL_STATE_LABEL: Record<CellState, string> = {
  target: '有量化目标',
  measures: '有措施，无量化目标',
  none: '未涉及',
  // A place none of whose documents the sources hold in text (兰州: title and 文号 only) is as unknown as one with none,
  // and so is one whose text only says how to carry out annexes they lack (嘉峪关, 庆阳: 复制推广 task lists).
  'no-documents': '未收录文件或措施正文',
};
export const CELL_STATE_SYMBOL: Record<CellState, string> = { target: '●', measures: '◐', none: '○', 'no-documents': '—' };

/** 沿用, not 照搬: a kept measure keeps its targets and deadline, while its words may be rewritten. */
export const TRANSMISSION_KIND_LABEL: Record<TransmissionKind, string> = { kept: '沿用', changed: '有改动', dropped: '未采纳', added: '新增' };
export const TRANSMISSION_BASIS_LABEL: Record<TransmissionBasis, string> = { citation: '引用上级文件', similarity: '措施内容相近' };

/**
 * Where a cue word that decided a measure's theme stood. Not in VOCABULARIES:
 * 标题, 正文 and 文件标题 are ordinary words that other labels and column names use too.
 */
export const THEME_CUE_LABEL: Record<ThemeBasis['cues'][number]['where'], string> = {
  title: '标题',
  heading: '所在标题',
  text: '正文',
  'outer-heading': '上级标题',
  document: '文件标题',
};

export const THEME_GROUP_LABEL: Record<Theme['group'], string> = { indicator: '国家营商环境评价指标', extra: '补充主题' };

/** Where a body was named, as a note beside one not named in the measure itself: 据上级标题. */
export function bodyOriginNote(origin: BodyOrigin, respectively = false, inOrder = false): string | undefined {
  // 分别牵头: the heading's bodies each lead some of its items; the text does not say which,
  // unless they are as many as its sections and pair with them in order.
  if (inOrder) return `据${BODY_ORIGIN_LABEL.heading}“分别牵头”，按所列顺序对应本节`;
  if (respectively) return `据${BODY_ORIGIN_LABEL.heading}“分别牵头”，原文未分到各条`;
  return origin === 'heading' || origin === 'document-rule' || origin === 'sentence' ? `据${BODY_ORIGIN_LABEL[origin]}` : undefined;
}

/** How a measure's primary theme was decided (ThemeBasis.by), as the open data's codebook says it. */
export const THEME_BY_LABEL: Record<ThemeBasis['by'], string> = {
  cues: '按主题关键词在标题、所在标题与正文中的位置判定',
  learnt: '按人工标注训练的模型判定（推翻关键词规则的选择）',
  target: '按措施中量化目标所属的指标判定',
  ruling: '按主题分类说明中的个案裁定判定（标题并提开办与注销、水电气联合报装等）',
};

/** A task table's columns, as a note on a cell the source leaves blank names them. */
export const TABLE_COLUMN_LABEL: Record<'lead' | 'responsible' | 'support' | 'deadline', string> = {
  lead: '牵头单位',
  responsible: '责任单位',
  support: '配合单位',
  deadline: '完成时限',
};

/** What a page says of a cell the source leaves blank and the row above fills (Measure.carriedCells). */
export const carriedText = (columns: (keyof typeof TABLE_COLUMN_LABEL)[]) =>
  `${columns.map((c) => TABLE_COLUMN_LABEL[c]).join('、')}：原表此格空白，按合并单元格读作上一行的内容`;

/** A vocabulary for a codebook: `date 限期、ongoing 长期…`. */
export function codebookOf(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([value, label]) => `${value} ${label}`)
    .join('、');
}

/** Every vocabulary by name, for the test that keeps them the only source of these words. */
export const VOCABULARIES = {
  LEVEL_LABEL,
  DEADLINE_KIND_LABEL,
  DEADLINE_STATUS_LABEL,
  BODY_ORIGIN_LABEL,
  BODY_ROLE_LABEL,
  BODY_KIND_LABEL,
  META_ORIGIN_LABEL,
  DIRECTION_LABEL,
  CELL_STATE_LABEL,
  TRANSMISSION_KIND_LABEL,
  TRANSMISSION_BASIS_LABEL,
  THEME_GROUP_LABEL,
  THEME_BY_LABEL,
} as const;

/** A 复制推广 row's origin as cards say it: 借鉴成都市做法. */
export const practiceFromText = (place: string) => `借鉴${place}做法`;
/** What a measure's numbers are called: a passed-on practice's are that place's (北京市's 85%), not the document's targets. */
export const targetsLabel = (practiceFrom: string | undefined) => (practiceFrom ? '所述数值' : '目标');
export const practiceNumbersText = (place: string) => `${place}做法中的数值，不是本文件的目标`;
