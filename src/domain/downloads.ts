// The open-data downloads, built from the same collection records the pages
// show: one table feeds the JSON, the CSV and the codebook.
import { codebookOf, DEADLINE_KIND_LABEL, UNIT_ORIGIN_LABEL } from '../schemas/labels.ts';
import type { Measure } from '../schemas/measure.ts';
import { tableToCsv, type Column } from './table.ts';
import type { UnitEntry } from './units.ts';

/** A download's columns carry their codebook line. */
type DownloadColumn<T> = Column<T> & { description: string };

const list = (values: string[]) => values.join('、');

export const MEASURE_COLUMNS: DownloadColumn<Measure & { documentTitle: string; province: string; city: string | null; documentDate: string | null }>[] = [
  { key: 'id', label: '措施编号', description: '稳定编号：文件编号加条目编号；也是文件页面中的锚点', value: (m) => m.id },
  { key: 'documentId', label: '文件编号', description: '所属文件的编号', value: (m) => m.documentId },
  { key: 'documentTitle', label: '文件标题', description: '所属文件的标题', value: (m) => m.documentTitle },
  { key: 'province', label: '省区', description: '发文机关所在省区', value: (m) => m.province },
  { key: 'city', label: '城市', description: '发文机关所在城市；省级文件为空', value: (m) => m.city },
  { key: 'documentDate', label: '成文日期', description: '文件成文日期（ISO 格式）；原文未注明时为空', value: (m) => m.documentDate },
  { key: 'label', label: '序号', description: '条目编号，照原文（如（一）、1.、表格序号）', value: (m) => m.label },
  { key: 'path', label: '所属标题', description: '上级各层标题，以 › 分隔', value: (m) => m.path.join(' › ') },
  { key: 'text', label: '措施原文', description: '条目全文（已修复换行与分页）', value: (m) => m.text },
  { key: 'leadUnits', label: '牵头单位', description: '照原文的牵头单位，以、分隔', value: (m) => list(m.leadUnits) },
  { key: 'responsibleUnits', label: '责任单位', description: '照原文的责任（配合）单位，以、分隔', value: (m) => list(m.responsibleUnits) },
  {
    key: 'leadUnitsNormalized',
    label: '牵头单位（补全）',
    description: '补全共同前缀后的牵头单位（如 人社局 → 市人社局）',
    value: (m) => list(m.leadUnitsNormalized),
  },
  { key: 'responsibleUnitsNormalized', label: '责任单位（补全）', description: '补全共同前缀后的责任单位', value: (m) => list(m.responsibleUnitsNormalized) },
  {
    key: 'unitOrigin',
    label: '单位来源',
    description: `单位的出处：${codebookOf(UNIT_ORIGIN_LABEL)}（牵头/责任）`,
    value: (m) => `${m.unitOrigin.lead}/${m.unitOrigin.responsible}`,
  },
  { key: 'deadlineRaw', label: '完成时限（原文）', description: '完成时限原文', value: (m) => m.deadline?.raw ?? null },
  { key: 'deadlineDate', label: '完成时限（日期）', description: '时限所指的最后一天（ISO）；分阶段时为最晚一步', value: (m) => m.deadline?.date ?? null },
  { key: 'deadlineKind', label: '时限类型', description: codebookOf(DEADLINE_KIND_LABEL), value: (m) => m.deadline?.kind ?? null },
  { key: 'targets', label: '量化目标', description: '原文中的量化目标短语，以；分隔', value: (m) => m.targets.map((t) => t.text).join('；') },
  { key: 'themes', label: '主题', description: '所属主题编号，以、分隔', value: (m) => list(m.themes) },
  { key: 'url', label: '链接', description: '措施在本站的永久链接', value: (m) => m.url },
  { key: 'sourceFile', label: '来源文件', description: '来源文件在仓库中的路径', value: (m) => m.source.file },
  { key: 'sourceLine', label: '来源行号', description: '措施在来源文件中的起始行', value: (m) => m.source.line },
  { key: 'sourcePage', label: '来源页码', description: '汇编页码；非汇编来源为空', value: (m) => m.source.page },
];

/** A download as CSV: the English keys as headers, as the codebook lists them. */
export function downloadCsv<T>(columns: Column<T>[], rows: T[]): string {
  return tableToCsv({ caption: '', columns, rows }, { header: 'key' });
}

export const UNIT_COLUMNS: DownloadColumn<UnitEntry>[] = [
  { key: 'name', label: '单位', description: '补全前缀后的单位名称', value: (u) => u.name },
  { key: 'slug', label: '页面编号', description: '单位页面的地址：/units/<编号>/', value: (u) => u.slug },
  { key: 'lead', label: '牵头任务数', description: '作为牵头单位的措施数', value: (u) => u.lead.length },
  { key: 'responsible', label: '参与任务数', description: '作为责任或配合单位的措施数', value: (u) => u.responsible.length },
  { key: 'documents', label: '文件数', description: '涉及的文件数', value: (u) => new Set([...u.lead, ...u.responsible].map((m) => m.documentId)).size },
];
