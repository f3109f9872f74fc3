// Which quantity a target is (its chart's key) and on which theme it is
// compared: the two facts the theme pages and the matrix must agree on, in a
// module both read (src/domain/quantities.ts builds the tables, compare.ts
// the matrix).
import type { Metric } from '../schemas/analysis.ts';
import type { Measure, Target } from '../schemas/measure.ts';
import { stageOf } from './dates.ts';

/** Verbs of an amount of change (缩短30天, 提高5个百分点): the converter reads them, a page says them. */
export const CHANGE_VERB = '(压缩|压减|缩短|减少|降低|提高|提升|增长|增加|提速|前进|下降|压降)';

/** A phrase that ends as a body's name does (市自然资源局, 公安交管部门, 市政府办; not 企业开办). */
export const BODY_NAME = /(部门|局|厅|委|(?<=[府委政])办|办公室|中心|公司|法院|检察院|银行|管委会)$/;

/** The key a chart groups targets by; null when the target is charted nowhere. */
export function quantityKey(t: Pick<Target, 'metric' | 'qualifier' | 'subject' | 'unit' | 'kind'>): string | null {
  if (t.metric) return [t.metric, t.qualifier ?? '', t.unit, t.kind].join('|');
  if (t.subject && isSpecific(t.subject)) return ['~', subjectKey(t.subject), t.unit, t.kind].join('|');
  return null;
}

/**
 * A subject as charts group it: whose it is (各县区、各部门的) and a synonym's wording set aside, so a plan
 * and its annex wording one quantity twice are one (石嘴山 进驻政务大厅比例 / 进驻政务服务大厅比率; a review).
 */
export function subjectKey(subject: string): string {
  return subject
    .replace(/^各[\u4e00-\u9fff、（）]{1,12}的(?=.{4})/u, '')
    .replace(/比率$/u, '比例')
    .replace(/政务服务大厅/gu, '政务大厅');
}

/**
 * A subject that says what is measured, not only that it is a time or a rate
 * (审批时间, 覆盖率), nor who acts (公安交管部门1个工作日内派员) or from when
 * (退费手续齐备后7个工作日内): those name no quantity to chart.
 */
export function isSpecific(subject: string): boolean {
  // 调解率 names its rate in three characters (…仲裁结案率和调解率分别达到90%、60%; a site review found its chip cut to
  // “…和调解率分别达到90%、”); the generic rates among them (覆盖率, 办结率) are refused below.
  if ([...subject].length < 4 && !/^[\u4e00-\u9fff]{2}率$/.test(subject)) return false;
  if (/[后前]$/.test(subject)) return false;
  // 覆盖市级部门30家 counts bodies; 公安交管部门1个工作日 names who acts.
  if (BODY_NAME.test(subject) && !/^(覆盖|接入|进驻|联通)/.test(subject)) return false;
  return !/^(?:平均)?(?:行政)?(?:办理|办结|审批|审核|答复|反馈|受理|处理|办件)?(?:时间|时限|时长|用时|周期|环节|材料|事项)$|^(?:覆盖率|比例|占比|比重|满意度|办结率|完成率|上线率|使用率)$/.test(
    subject,
  );
}

/**
 * The theme a target is compared on: its metric's theme; else, in a measure
 * filed under the procedural theme (a plan's 工作目标 listing many areas' goals,
 * as the codebook rules), the theme its own clause names; else the primary
 * theme of the measure that states it.
 */
export function targetTheme(metrics: Metric[]): (target: Measure['targets'][number], measure: Pick<Measure, 'themes'>) => string | undefined {
  const themeOfMetric = new Map(metrics.map((m) => [m.id, m.theme]));
  return (target, measure) =>
    (target.metric && themeOfMetric.get(target.metric)) || (measure.themes[0] === PROCEDURAL_THEME && target.theme) || measure.themes[0];
}

/** 组织保障与督查考核: where goals and safeguards are filed, not an area a target is set in. */
export const PROCEDURAL_THEME = 'organization';

/**
 * One entry per promise. A plan and its annex, or a task list restating it, state one target twice,
 * one copy perhaps without the year its deadline column gives: the same value in one place and year,
 * or the same value in the same words, is one promise, dated where either copy is (the copy with a
 * year, else with a deadline, is kept). Theme pages list these and the matrix counts them, the same.
 */
export function onePerPromise<T>(
  items: readonly T[],
  of: (item: T) => { target: Pick<Target, 'year' | 'value' | 'text'>; deadline: { date: string | null } | null; place: string },
): T[] {
  const read = items.map((item) => ({ item, ...of(item) }));
  const dated = read.sort(
    (a, b) =>
      Number(b.target.year !== undefined) - Number(a.target.year !== undefined) || Number(Boolean(b.deadline?.date)) - Number(Boolean(a.deadline?.date)),
  );
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const { item, target: t, place } of dated) {
    const same = `${place}|${t.year ?? ''}|${t.value}`;
    const worded = `${place}|${t.value}|${t.text}`;
    if (seen.has(same) || (t.year === undefined && seen.has(worded))) continue;
    seen.add(same).add(worded);
    kept.push(item);
  }
  return kept;
}

/** The targets a measure sets its own place: a 复制推广 row (practiceFrom) states another place's figures. */
export function ownTargets(measure: Pick<Measure, 'targets' | 'practiceFrom'>): Measure['targets'] {
  return measure.practiceFrom ? [] : measure.targets;
}

/** A metric's name with its qualifier where it is not the metric's default: 不动产登记时间（抵押登记）. */
export function metricName(metric: Pick<Metric, 'name' | 'defaultQualifier'>, qualifier: string): string {
  return qualifier && qualifier !== metric.defaultQualifier ? `${metric.name}（${qualifier}）` : metric.name;
}

/**
 * What a target measures, for a chip beside its number or a matrix note: its
 * metric (and qualifier) where it has one, else its clause's subject when that
 * names a quantity; '' when neither does, and the chip shows the number alone.
 */
export function targetLabel(t: Pick<Target, 'metric' | 'qualifier' | 'subject'>, metricById: Map<string, Pick<Metric, 'name' | 'defaultQualifier'>>): string {
  const metric = t.metric ? metricById.get(t.metric) : undefined;
  if (metric) return metricName(metric, t.qualifier ?? '');
  return t.subject && isSpecific(t.subject) ? t.subject : '';
}

/**
 * Which year a target's number is for, when it names none: the stage of its
 * sentence where the measure is due in stages (宁夏 完成80%市场监管所标准化建设任务
 * （2024年12月前完成） in a task whose last stage is 2025; a site review), else
 * its measure's deadline's (a 2020 plan's promise beside a 2023 one's), else
 * its document's.
 */
export function targetYears(
  t: Pick<Target, 'year' | 'text'>,
  m: Pick<Measure, 'deadline' | 'documentId' | 'text'>,
  yearOfDocument: (documentId: string) => number | null | undefined,
): { dueYear?: number; issuedYear?: number } {
  if (t.year !== undefined) return {};
  const due = (m.deadline && stageOf(m.text, m.deadline, t.text)?.date) ?? m.deadline?.date;
  if (due) return { dueYear: Number(due.slice(0, 4)) };
  const issued = yearOfDocument(m.documentId);
  return issued ? { issuedYear: issued } : {};
}

/** The year a value is for, as pages say it: 2023年目标, 时限 2020年, 2020年文件; '' when none is known. */
export function yearLabel(r: { year?: number | undefined; dueYear?: number | undefined; issuedYear?: number | undefined }): string {
  if (r.year !== undefined) return `${r.year}年目标`;
  if (r.dueYear !== undefined) return `时限 ${r.dueYear}年`;
  return r.issuedYear !== undefined ? `${r.issuedYear}年文件` : '';
}
