// The open-data downloads, built from the same collection records the pages
// show: one table feeds the JSON, the CSV and the codebook.
import { BODY_KIND_LABEL, BODY_ORIGIN_LABEL, codebookOf, DEADLINE_KIND_LABEL, THEME_BY_LABEL, TRANSMISSION_KIND_LABEL } from '../schemas/labels.ts';
import type { TransmissionRow } from '../schemas/analysis.ts';
import type { Measure, Target } from '../schemas/measure.ts';
import type { Metric } from '../schemas/analysis.ts';
import { targetLabel } from './target-key.ts';
import { BODY_ROLES, type BodyRole } from '../schemas/body.ts';
import { datedSentences, hasDueDate } from './dates.ts';
import { tableToCsv, type Column } from './table.ts';
import { type UnitEntry, unitMeasures } from './units.ts';
import { quantitySlug, targetClause, targetValue, targetWords, type QuantityTable } from './quantities.ts';
import type { MeasurePlacing } from './compare.ts';
import { numberedTitle } from './titles.ts';
import { sourceTextHref } from './source-text.ts';

/** A download's columns carry their codebook line. */
type DownloadColumn<T> = Column<T> & { description: string };

/** Lists in one cell are joined with ；: body names hold 、 themselves (县、区政府, 各县（市、区）), so 、 would split one name in two. */
const list = (values: string[]) => values.join('；');
/** Lead bodies first, then the responsible ones, then those supporting, each in the order the measure names them. */
const ordered = (m: Measure) => BODY_ROLES.flatMap((role) => m.bodies.filter((b) => b.role === role));
const named = (m: Measure, role: BodyRole) => m.bodies.filter((b) => b.role === role).map((b) => b.name);

/** A measure as a download row: its document's title, place and date, and its themes' names (a reader in Excel has no codebook at hand). */
export type MeasureRow = Measure &
  MeasurePlacing & {
    documentTitle: string;
    province: string;
    city: string | null;
    documentDate: string | null;
    documentYear: number | null;
    themeNames: string[];
    /** Each target as its document page's chip says it: what it measures, then its value (targetsRead). */
    targetsRead: string[];
  };

/** What the metrics are called, for a target's reading (content/metrics.json). */
type MetricNames = Map<string, Pick<Metric, 'name' | 'defaultQualifier'>>;

/**
 * A target as the site reads it, as its chip on the document page shows it: the comparable quantity and its
 * qualifier, else what its clause measures, then its value and year (信用贷款（新增） ≥ 130亿元). The CSV's phrases
 * alone had read 余额不低于130亿元 as a balance where the page reads a year's increase (an open-data review).
 */
export function targetReading(t: Target, text: string, metricById: MetricNames): string {
  const what = targetLabel(t, metricById) || targetWords(text, t);
  return `${what ? `${what} ` : ''}${targetValue(t)}${t.year ? `（${t.year}年）` : ''}`;
}

/** A measure beside its document, as every measure download writes it. */
export function toMeasureRow(
  m: Measure,
  d: { title: string; province: string; city: string | null; date: string | null; year: number | null },
  themeName: ReadonlyMap<string, string>,
  placing: MeasurePlacing,
  metricById: MetricNames,
): MeasureRow {
  return {
    ...m,
    ...placing,
    targetsRead: m.targets.map((t) => targetReading(t, m.text, metricById)),
    documentTitle: d.title,
    province: d.province,
    city: d.city,
    documentDate: d.date,
    documentYear: d.year,
    themeNames: m.themes.map((t) => themeName.get(t) ?? t),
  };
}

export const MEASURE_COLUMNS: DownloadColumn<MeasureRow>[] = [
  { key: 'id', label: '措施编号', description: '稳定编号：文件编号加条目编号；也是文件页面中的锚点', value: (m) => m.id },
  { key: 'documentId', label: '文件编号', description: '所属文件的编号', value: (m) => m.documentId },
  { key: 'documentTitle', label: '文件标题', description: '所属文件的标题', value: (m) => m.documentTitle },
  { key: 'province', label: '省区', description: '发文机关所在省区', value: (m) => m.province },
  { key: 'city', label: '城市', description: '发文机关所在城市；省级文件为空', value: (m) => m.city },
  {
    key: 'placeId',
    label: '地区编号',
    description: '对比页与 matrix.csv 的地区编号（placeId）：省级文件为省区编号（如 ningxia），市级文件为省区-城市（如 ningxia-yinchuan）',
    value: (m) => m.placeId,
  },
  { key: 'documentDate', label: '成文日期', description: '文件成文日期（ISO 格式）；原文未注明时为空', value: (m) => m.documentDate },
  {
    key: 'documentYear',
    label: '文件年份',
    description:
      '文件所属年份：成文日期的年份；未注明成文日期的任务清单、台账取其所细化的方案或标题所写的年份；都没有时为空。按年份筛选请用此列，成文日期为空的行不会漏掉',
    value: (m) => m.documentYear,
  },
  { key: 'label', label: '序号', description: '条目编号，照原文（如（一）、1.、表格序号）', value: (m) => m.label },
  { key: 'path', label: '所属标题', description: '上级各层标题，以 › 分隔', value: (m) => m.path.join(' › ') },
  { key: 'text', label: '措施原文', description: '条目全文（已修复换行与分页）', value: (m) => m.text },
  {
    key: 'leadBodies',
    label: '牵头单位',
    description: '牵头单位（所在地区与规范名称；泛指的一类单位如“各县区”照原文、不含地区，按 bodyIds 区分），以；分隔',
    value: (m) => list(named(m, 'lead')),
  },
  {
    key: 'responsibleBodies',
    label: '责任单位',
    description: '责任（负责、落实）单位（所在地区与规范名称），以；分隔',
    value: (m) => list(named(m, 'responsible')),
  },
  {
    key: 'supportBodies',
    label: '配合单位',
    description: '配合（协助、参与、协同）单位（所在地区与规范名称），以；分隔：协助牵头与责任单位，不对任务本身负责',
    value: (m) => list(named(m, 'support')),
  },
  {
    key: 'bodiesAsWritten',
    label: '单位（原文写法）',
    description: '各单位在原文中的写法（补全省略的前缀），与上三列一一对应：先牵头，再责任，后配合',
    value: (m) => list(ordered(m).map((b) => b.asWritten)),
  },
  { key: 'bodyIds', label: '单位编号', description: '各单位的编号（单位页面地址 /units/<编号>/），顺序同上', value: (m) => list(ordered(m).map((b) => b.id)) },
  {
    key: 'bodyOrigins',
    label: '单位出处',
    description: `各单位的出处：${codebookOf(BODY_ORIGIN_LABEL)}，顺序同上`,
    value: (m) => list(ordered(m).map((b) => b.origin)),
  },
  {
    key: 'openLists',
    label: '名单未列全',
    description: '原文以“等”结束名单：lead 牵头名单、responsible 责任名单、support 配合名单',
    value: (m) => list(BODY_ROLES.filter((r) => m.openLists[r])),
  },
  { key: 'deadlineRaw', label: '完成时限（原文）', description: '完成时限原文', value: (m) => m.deadline?.raw ?? null },
  {
    key: 'deadlineDate',
    label: '完成时限（日期）',
    description:
      '时限所指的最后一天（ISO）：“10月底”为10月31日，“上半年”为6月30日，“一季度”为3月31日；“X月前”指X月开始之前，为上个月的最后一天（“2023年7月前”为2023年6月30日）；分阶段时为最晚一步；原文与文件都未写年份时（如未注明日期的台账写“年底前”）为空',
    value: (m) => m.deadline?.date ?? null,
  },
  {
    key: 'deadlineDue',
    label: '到期日',
    description:
      '任务的到期日（ISO），即本站统计“有明确时限”与“已过期限”所用的日期；所写日期之后仍要长期坚持的（如“2023年6月底前并长期坚持”）、工作目标所写的目标年份（如“二、发展目标”中的“到2025年”）为空',
    value: (m) => (hasDueDate(m.deadline) ? m.deadline.date : null),
  },
  {
    key: 'deadlineGoal',
    label: '工作目标年份',
    description: '措施是文件的工作目标（如“二、发展目标”），所写日期为目标年份、不是完成时限时为 true（此时到期日为空），否则为 false；措施没有时限时为空',
    value: (m) => (m.deadline ? Boolean(m.deadline.goal) : null),
  },
  {
    key: 'deadlineYearInferred',
    label: '年份为推定',
    description: '原文时限未写年份（如“6月底前完成”），日期按文件年份推定时为 true，否则为 false；措施没有时限时为空',
    value: (m) => (m.deadline ? m.deadline.yearInferred : null),
  },
  { key: 'deadlineKind', label: '时限类型', description: codebookOf(DEADLINE_KIND_LABEL), value: (m) => m.deadline?.kind ?? null },
  {
    key: 'deadlineDates',
    label: '时限各日期',
    description: '时限写到的全部日期（ISO），由早到晚以；分隔：分阶段的（如“2023年底前…2024年底前…2025年底前”）各阶段都在，最后一个即完成时限（日期）',
    value: (m) => list(m.deadline?.dates ?? []),
  },
  {
    key: 'deadlineBeforeIssue',
    label: '时限早于成文日期',
    description:
      '完成时限（日期）早于文件成文日期时为 true（原文如此，如成文于7月10日的方案写“6月底前”），否则为 false；没有时限日期或文件未注明成文日期时为空',
    value: (m) => (m.deadline?.date && m.documentDate ? m.deadline.date < m.documentDate : null),
  },
  {
    key: 'deadlineSentences',
    label: '时限所在语句',
    description:
      '时限写在措施正文中、且只属于其中部分语句时，这些语句（以；分隔）：时限只约束这几句，不是整条措施的期限（如“年内新登记企业2万户”）；为空则时限属于整条措施',
    value: (m) => (m.deadline ? list(datedSentences(m.text, m.deadline)) : null),
  },
  {
    key: 'deadlineTextSteps',
    label: '正文另定的阶段期限',
    description: '完成时限之外、措施正文写明的更早阶段期限（ISO），以；分隔',
    value: (m) => list((m.deadline?.textSteps ?? []).map((s) => s.date)),
  },
  {
    key: 'carriedCells',
    label: '承上的空白格',
    description:
      '任务表中原表空白、按合并单元格读作上一行内容的栏目，以；分隔：lead 牵头单位、responsible 责任单位、support 配合单位、deadline 完成时限；这些栏的单位或时限出自上一行，原表本行未写',
    value: (m) => list(m.carriedCells ?? []),
  },
  {
    key: 'practiceFrom',
    label: '借鉴来源',
    description: '复制推广清单的“来源”栏：本条借鉴其做法的地方；其量化目标为该地做法，不计入比较',
    value: (m) => m.practiceFrom ?? null,
  },
  {
    key: 'restatedBy',
    label: '重述条目',
    description:
      '本地后出的任务清单或同一文件的附件台账逐条重述本条，或本条自有分工、其“具体举措”另列为措施（如铜川各项重点任务）时，重述它的措施中与本条最相近（具体举措为第一项）的一条的编号：对比页与 matrix.csv 只按重述条目计一次，本条不计；为空则本条自身计入（借鉴来源不为空的也不计）',
    value: (m) => m.restatedBy,
  },
  {
    key: 'restatedByAll',
    label: '全部重述条目',
    description: '重述本条的全部措施编号，以；分隔，第一个即“重述条目”：一条细化为几条的，几条都列出；本条的“具体举措”另列为措施的，为这些措施',
    value: (m) => (m.restatedByAll.length ? list(m.restatedByAll) : null),
  },
  {
    key: 'counted',
    label: '计入对比',
    description:
      '本条是否计入对比页与 matrix.csv 的措施数（true/false）：借鉴来源或重述条目不为空的为 false。按地区与主要主题（themes 的第一个）数 true 的行，即得矩阵各格的措施数；主题页下载的表另含次要主题与被重述的条目',
    value: (m) => m.counted,
  },
  {
    key: 'targets',
    label: '量化目标',
    description: '原文中的量化目标短语，以；分隔；短语前接其所量化的对象（原文中两者隔开的，如“创业带动就业”与“3000人”，接为一句）',
    // 8.4万人次 alone says nothing of what is counted: the subject the page shows beside it goes first (a review).
    value: (m) => m.targets.map((t) => targetClause({ subject: t.subject, text: t.text })).join('；'),
  },
  {
    key: 'targetsRead',
    label: '量化目标（本站读法）',
    description:
      '各量化目标按本站的读法，顺序同上：可比指标及其限定（如“信用贷款（新增）”，没有可比指标的为所量化的对象），再接数值与年份，与文件页所示相同；以；分隔',
    value: (m) => list(m.targetsRead),
  },
  { key: 'themes', label: '主题编号', description: '所属主题编号，以；分隔：第一个为主要主题，其后为次要主题', value: (m) => list(m.themes) },
  { key: 'themeNames', label: '主题', description: '所属主题的名称，顺序同上', value: (m) => list(m.themeNames) },
  {
    key: 'themeDecidedBy',
    label: '主要主题判定依据',
    // Targets only add secondary themes; the keyword rules, the learnt model and the codebook's title rulings choose primaries.
    description: `主要主题如何判定：${codebookOf({ cues: THEME_BY_LABEL.cues, learnt: THEME_BY_LABEL.learnt, ruling: THEME_BY_LABEL.ruling })}`,
    value: (m) => m.themeBasis.find((b) => b.role === 'primary')?.by ?? null,
  },
  {
    key: 'themeUnsure',
    label: '主要主题把握不大',
    description:
      '按人工标注训练的模型只以微弱优势选定主要主题时为 true（交叉验证中此类判定约一半与人工阅读一致，其他判定约九成一致），否则为 false；用主题做统计时可据此排除或复核',
    value: (m) => Boolean(m.themeBasis.find((b) => b.role === 'primary')?.unsure),
  },
  { key: 'url', label: '链接', description: '措施在本站的永久链接', value: (m) => m.url },
  { key: 'sourceFile', label: '来源文件', description: '来源文件在仓库中的路径', value: (m) => m.source.file },
  {
    key: 'sourceText',
    label: '来源文本',
    description:
      '行号所据的来源文本在本站的地址：纯文本来源即其原文，PDF、Word、Excel 与网页为提取出的文本（文件名后加 .txt），行号与来源行号、来源末行一一对应',
    value: (m) => sourceTextHref(m.source.file),
  },
  { key: 'sourceLine', label: '来源行号', description: '措施在来源文件中的起始行', value: (m) => m.source.line },
  { key: 'sourceEndLine', label: '来源末行', description: '措施在来源文件中的末行（与起始行相同即只占一行）', value: (m) => m.source.endLine },
  { key: 'sourcePage', label: '来源页码', description: '汇编页码；非汇编来源为空', value: (m) => m.source.page },
  { key: 'sourceEndPage', label: '来源末页', description: '措施跨页时所止的页码；不跨页为空', value: (m) => m.source.endPage ?? null },
];

/** A unit's task: the measure, and the unit's role in it. */
export type UnitTaskRow = MeasureRow & { role: BodyRole };

/** /units/<slug>.csv: the unit's role in each task first, then the measure's columns. */
export const UNIT_TASK_COLUMNS: DownloadColumn<UnitTaskRow>[] = [
  {
    key: 'role',
    label: '本单位角色',
    description: '本单位在该任务中的角色：lead 牵头；responsible 责任（负责、落实）；support 配合（协助、参与、协同）',
    value: (r) => r.role,
  },
  ...(MEASURE_COLUMNS as DownloadColumn<UnitTaskRow>[]),
];

/** A download as CSV: the English keys as headers, as the codebook lists them. */
export function downloadCsv<T>(columns: Column<T>[], rows: T[]): string {
  return tableToCsv({ caption: '', columns, rows }, { header: 'key' });
}

/** A body as units.csv lists it: with its measures per role counted once (onceByRole). */
export type UnitRow = UnitEntry & { once: Record<BodyRole, number> };

export const UNIT_COLUMNS: DownloadColumn<UnitRow>[] = [
  { key: 'id', label: '单位编号', description: '单位的编号：所在地区与规范名称；单位页面的地址 /units/<编号>/', value: (u) => u.body.id },
  {
    key: 'name',
    label: '单位',
    description:
      '所在地区与规范名称（如 银川市市场监督管理局）；泛指的一类单位（单位类型 group，如“各县区”“市直有关部门”）照原文称呼、不含地区，各地同名，须与 province、city 一并读或按 id 区分',
    value: (u) => u.body.name,
  },
  { key: 'canonical', label: '规范名称', description: '不含地区的规范名称（简称按本库的单位别名表还原为全称）', value: (u) => u.body.canonical },
  { key: 'province', label: '省区', description: '单位所在省区', value: (u) => u.body.province },
  { key: 'city', label: '城市', description: '单位所在城市；省级单位为空', value: (u) => u.body.city },
  {
    key: 'function',
    label: '职能类别',
    description: '职能类别编号；两个以上部门同属的类别另有同类单位页面 /units/kinds/<编号>/（同一部门的几个处室只算一个部门，如陕西省知识产权局的各处室）',
    value: (u) => u.body.function,
  },
  { key: 'kind', label: '单位类型', description: codebookOf(BODY_KIND_LABEL), value: (u) => u.body.kind },
  {
    key: 'department',
    label: '所属部门',
    description: '处室所属部门的规范名称（如 市场监督管理厅），同类单位页面将其计入该部门；不是处室的为空',
    value: (u) => u.body.department ?? null,
  },
  {
    key: 'writtenAs',
    label: '原文写法',
    description: '原文中的各种写法，以；分隔；列举中承前省略的前缀已补出（“市财政局、住建局”的住建局记作市住建局）',
    value: (u) => list(u.body.writtenAs.map((w) => w.text)),
  },
  {
    key: 'lead',
    label: '牵头任务数',
    description: '作为牵头单位的措施数（方案条目与重述它的细化条目都计入，与单位页面的总数相同）',
    value: (u) => u.lead.length,
  },
  { key: 'responsible', label: '责任任务数', description: '列为责任（负责、落实）单位的措施数（计法同上）', value: (u) => u.responsible.length },
  { key: 'support', label: '配合任务数', description: '列为配合（协助、参与、协同）单位的措施数（计法同上）', value: (u) => u.support.length },
  {
    key: 'leadOnce',
    label: '牵头任务数（不重复）',
    description:
      '同上，每项承诺只计一次：方案条目又由本单位也在其中的细化条目（本市任务清单、附件台账、具体举措）重述的，只计细化条目，与单位页面“不重复计算”所说的数相同',
    value: (u) => u.once.lead,
  },
  { key: 'responsibleOnce', label: '责任任务数（不重复）', description: '责任任务数，计法同 leadOnce', value: (u) => u.once.responsible },
  { key: 'supportOnce', label: '配合任务数（不重复）', description: '配合任务数，计法同 leadOnce', value: (u) => u.once.support },
  { key: 'documents', label: '文件数', description: '涉及的文件数', value: (u) => new Set(unitMeasures(u).map((m) => m.documentId)).size },
];

/** One target of a theme's quantity tables, as its chart or list on the theme page shows it. */
export type TargetRow = QuantityTable['rows'][number] & { table: QuantityTable };

/** Every target a theme page compares, a row each, grouped by quantity as the page draws them. */
export function targetRows(tables: QuantityTable[]): TargetRow[] {
  return tables.flatMap((table) => table.rows.map((row) => ({ ...row, table })));
}

const ranked = (t: QuantityTable) => !t.amount && t.direction !== null;

/** The theme page's charts and lists as data (/compare/targets/<theme>.csv), so an analyst can redo them (a site review). */
export const TARGET_COLUMNS: DownloadColumn<TargetRow>[] = [
  {
    key: 'quantityId',
    label: '指标编号',
    description: '可比量的编号：同一编号的目标在主题页画在同一张图或列在同一张表里',
    value: (r) => quantitySlug(r.table),
  },
  {
    key: 'quantity',
    label: '指标',
    description: '所比较的量，含分项（如 不动产登记时间（抵押登记））；没有归入指标的，为原文所写的对象',
    value: (r) => r.table.name,
  },
  {
    key: 'metricId',
    label: '指标类别编号',
    description: '所属指标类别（/data/metrics.json 的 id，含定义、单位、方向与不包含的内容）；按原文措辞比较的为空',
    value: (r) => r.table.metric?.id ?? '',
  },
  { key: 'qualifier', label: '分项', description: '指标的分项（一般登记、抵押登记、简易低风险项目……）；指标整体为空', value: (r) => r.table.qualifier },
  { key: 'unit', label: '单位', description: '单位，照原文（个工作日、小时不互相换算）', value: (r) => r.unit },
  { key: 'kind', label: '类型', description: 'level：要达到的水平；change：变化的幅度（缩短、增长）', value: (r) => r.kind },
  {
    key: 'ranked',
    label: '是否排序',
    description: '是：数值越小（或越大）越积极，主题页据此标出最积极者；否：数量、金额与存量只并列不排序',
    value: (r) => (ranked(r.table) ? '是' : '否'),
  },
  {
    key: 'direction',
    label: '积极方向',
    description: 'lower-is-better：越小越积极；higher-is-better：越大越积极；空：不排序',
    value: (r) => (ranked(r.table) ? r.table.direction! : ''),
  },
  { key: 'place', label: '地区', description: '提出目标的地区（省级文件为省区，市级文件为城市）', value: (r) => r.placeName },
  { key: 'placeId', label: '地区编号', description: '地区的编号，同 matrix.csv 的 placeId', value: (r) => r.place },
  { key: 'value', label: '数值', description: '目标值；区间为所承诺的一端', value: (r) => r.value },
  { key: 'rangeFrom', label: '区间起', description: '原文为区间（3至5个）时的起点；否则为空', value: (r) => r.range?.[0] ?? '' },
  { key: 'rangeTo', label: '区间止', description: '原文为区间时的终点；否则为空', value: (r) => r.range?.[1] ?? '' },
  {
    key: 'best',
    label: '最积极',
    description: '该地区参与排序的代表值（每地一个，图中画出的那个）为本指标最积极者时为“是”，并列者都标；同一地区的其他值与不排序的指标为空',
    value: (r) => (ranked(r.table) && r.best ? '是' : ''),
  },
  {
    key: 'year',
    label: '年份',
    description: '目标所指年份：目标自己写明的年份，否则措施时限的年份，否则文件成文年份；各地年份不一，比较时请留意',
    value: (r) => r.year ?? r.dueYear ?? r.issuedYear ?? '',
  },
  {
    key: 'yearFrom',
    label: '年份依据',
    description: 'target：目标写明；deadline：措施的完成时限；issued：文件成文年份；空：均未注明',
    value: (r) => (r.year ? 'target' : r.dueYear ? 'deadline' : r.issuedYear ? 'issued' : ''),
  },
  { key: 'text', label: '目标原文', description: '原文中的目标短语', value: (r) => r.text },
  { key: 'clause', label: '所在分句', description: '目标所在的分句，至目标为止', value: (r) => r.clause ?? '' },
  { key: 'measureId', label: '措施编号', description: '提出目标的措施', value: (r) => r.measureId },
  { key: 'url', label: '链接', description: '措施在本站的链接', value: (r) => r.href },
];

/** A row of a plan-to-plan comparison with the measures on either side, as /transmissions/<id>.csv writes it. */
export interface TransmissionCsvRow {
  row: TransmissionRow;
  upstream?: Pick<Measure, 'label' | 'title' | 'text' | 'url'>;
  downstream?: Pick<Measure, 'label' | 'title' | 'text' | 'url'>;
}

/** A measure named in one cell: its number and title, else its opening. */
const measureNamed = (m: TransmissionCsvRow['upstream']) => (m ? numberedTitle(m, 40) : null);
/** A change as upstream → downstream, a side with nothing written as —. */
const change = (r: TransmissionRow, field: 'target' | 'deadline') =>
  list(r.changes.filter((c) => c.field === field).map((c) => `${c.upstream ?? '—'} → ${c.downstream ?? c.baseline ?? '—'}`));

export const TRANSMISSION_COLUMNS: DownloadColumn<TransmissionCsvRow>[] = [
  { key: 'kind', label: '类型', description: `逐条对照的结果：${codebookOf(TRANSMISSION_KIND_LABEL)}`, value: (r) => r.row.kind },
  { key: 'upstreamId', label: '上级措施编号', description: '上级（或本市方案）措施的编号；新增行为空', value: (r) => r.row.upstream },
  { key: 'upstream', label: '上级措施', description: '上级措施的序号与标题（无标题时为开头）', value: (r) => measureNamed(r.upstream) },
  { key: 'downstreamId', label: '下级措施编号', description: '下级（或任务清单）措施的编号；未采纳行为空', value: (r) => r.row.downstream },
  { key: 'downstream', label: '下级措施', description: '下级措施的序号与标题（无标题时为开头）', value: (r) => measureNamed(r.downstream) },
  {
    key: 'alsoDownstream',
    label: '另行细化的下级措施',
    description: '细化同一上级措施的其他下级措施编号，以；分隔',
    value: (r) => list(r.row.alsoDownstream ?? []),
  },
  {
    key: 'by',
    label: '对应依据',
    description:
      '文字不相近时的对应依据（rewritten、title、opening、term、targets、merged、titled、named、contained、lifted、filed、goals、safeguard，见 /data/ 的 transmissions.json 说明）；文字相近时为空',
    value: (r) => r.row.by ?? null,
  },
  { key: 'score', label: '相似度', description: '两端措施文字的相似度（0–1）', value: (r) => r.row.score },
  { key: 'targetChange', label: '目标变化', description: '量化目标：上级写法 → 下级写法（— 为未写），以；分隔', value: (r) => change(r.row, 'target') },
  { key: 'deadlineChange', label: '时限变化', description: '时限：上级 → 下级（ISO 日期或原文，— 为未写）', value: (r) => change(r.row, 'deadline') },
  {
    key: 'kept',
    label: '不算改动的原因',
    description: 'reached 已达到或优于上级目标；upstreamOwn 上级时限为其本级部门或报送备案所定，下级不必重述；为空则无',
    value: (r) => list([...new Set(r.row.changes.flatMap((c) => [...(c.reached ? ['reached'] : []), ...(c.upstreamOwn ? ['upstreamOwn'] : [])]))]),
  },
  {
    key: 'untaken',
    label: '未见完整承接的分项',
    description:
      '沿用或有改动的行中，上级措施写了而下级未见承接或只承接了一部分的句子（按用词比对：下级任何一项措施都没有写这句三分之一以上的要紧词语），以；分隔；为空则无',
    value: (r) => list(r.row.untaken ?? []),
  },
  { key: 'upstreamUrl', label: '上级措施链接', description: '上级措施在本站的永久链接', value: (r) => r.upstream?.url ?? null },
  { key: 'downstreamUrl', label: '下级措施链接', description: '下级措施在本站的永久链接', value: (r) => r.downstream?.url ?? null },
];
