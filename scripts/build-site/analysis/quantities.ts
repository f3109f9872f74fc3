// What exactly a target measures, read from the target's own clause: the
// comparable metric (content/metrics.json) and its qualifier, and the clause's
// subject as written. A chart compares only targets with the same metric,
// qualifier, unit and kind; a target no metric covers is compared only with
// targets whose subject reads the same (a plan's items repeated in another
// document). Anything less sure is listed, never charted.
import type { Metric, MetricTaxonomy } from '../../../src/schemas/analysis.ts';
import type { Target } from '../../../src/schemas/measure.ts';
import { BODY_NAME } from '../../../src/domain/target-key.ts';

export interface TargetQuantity {
  metric?: string;
  qualifier?: string;
  subject?: string;
}

export function quantityReader(taxonomy: MetricTaxonomy): (target: Target, text: string) => TargetQuantity {
  const byUnit = new Map<string, Metric[]>();
  for (const metric of taxonomy.metrics) for (const unit of metric.units) byUnit.set(unit, [...(byUnit.get(unit) ?? []), metric]);
  return (target, text) => {
    const valueAt = target.offset + (target.from ? 0 : Math.max(0, target.text.search(/\d/)));
    let start = clauseStart(text, target.offset);
    // 有外线工程接入且需办理行政审批和管理事项的，不超过25个工作日: a bare limit after a condition ending in
    // 的 is that condition's (a site review found it listed nowhere on its theme page).
    if (!subjectOf(text.slice(start, valueAt)) && /的[，,]$/.test(text.slice(Math.max(0, start - 2), start))) start = clauseStart(text, start - 1);
    const ahead = text.slice(start, valueAt).replace(/的[，,]/, '的');
    const aheadSubject = subjectOf(ahead);
    // 85%政务服务事项“一网通办”, 实现95%以上税费服务事项“全程网办”: a clause whose number comes
    // before any subject (frame words and verbs aside) names what it measures after it.
    const clause = aheadSubject ? ahead : clauseAfter(text, target.offset + target.text.length);
    const sentenceAt = sentenceStart(text, target.offset);
    const sentence = text.slice(sentenceAt, valueAt);
    // 结案率和调解率分别达到90%、60%: the later values' clause reaches back to the list 分别 distributes.
    const respectively = sentence.lastIndexOf('分别');
    const listed = respectively >= 0 && !/[，,；;：:]/.test(sentence.slice(respectively));
    const written = listed ? subjectOf(text.slice(clauseStart(text, sentenceAt + respectively), valueAt)) : aheadSubject || subjectOf(clause);
    // 公安交管部门1个工作日内派员上门查验车辆: the body says who acts; what is timed follows the number.
    // 担保机构提供不低于2亿元担保: a verb that gives something names it after the number.
    const actsOnWhatFollows = BODY_NAME.test(written) || GIVING_VERB.test(written);
    // 业扩工单实行100%回访: a share followed by the act it counts names that act (回访), not only its object.
    const act = /%|％/.test(target.unit) ? ACHIEVED_ACT.exec(text.slice(target.offset + target.text.length))?.[1] : undefined;
    const subject = actsOnWhatFollows ? `${written}${predicateAfter(text, target.offset + target.text.length)}` : act && written ? `${written}${act}` : written;
    const candidates = byUnit.get(target.unit) ?? [];
    const own = nearest(candidates, clause);
    let metric = own?.metric;
    let scope = clause;
    // 不动产登记一般登记压缩至1个工作日，抵押登记压缩至2个工作日: the second clause
    // names only the qualifier; its metric stands earlier in the sentence.
    if (!metric) {
      const earlier = nearest(candidates, sentence);
      if (earlier && (subject.length <= 4 || earlier.metric.qualifiers.some((q) => q.keywords.some((k) => clause.includes(k))))) {
        metric = earlier.metric;
        scope = sentence.slice(earlier.at);
      }
    }
    // 在用气方面，无外线工程接入不超过7个工作日…；有外线工程接入且需办理行政审批和管理事项的，不超过25个工作日:
    // a topic opens a run of ；-clauses, and a clause naming no metric is the topic's (a review found the 25
    // days listed without saying they are for gas).
    if (!metric) {
      const framed = nearest(candidates, topicOf(text, target.offset));
      if (framed) metric = framed.metric;
    }
    // 对符合条件的企业在10个工作日内解除失信限制措施: a time whose clause names who it is for names
    // what is timed after the number.
    if (!metric && aheadSubject) {
      const after = clauseAfter(text, target.offset + target.text.length);
      const behind = nearest(candidates, after);
      if (behind) {
        metric = behind.metric;
        scope = after;
      }
    }
    if (metric?.excludes.some((word) => clause.includes(word))) metric = undefined;
    const result: TargetQuantity = {};
    if (subject.length >= 2) result.subject = subject;
    if (metric) {
      result.metric = metric.id;
      // The own clause first; then the sentence before it, where the sub-case often stands
      // (采用低压接入的中小微企业，不涉及电力接入外线工程的…压减至2个工作日).
      const own = qualifierOf(metric, clause);
      // 平均 says how a time is counted, not of what: a sub-case named since the sentence's last
      // number comes first (“不动产+水电气”同步过户成果，将平均办结时间由4天压缩至4小时内), but not one
      // that carries a number of its own (一般件2个工作日办结，复杂件4个工作日办结，平均时间压缩至3.5个工作日).
      const lead = sentence.slice(0, Math.max(0, sentence.length - clause.length));
      const unnumbered = lead.slice(lead.search(/\d[^\d]*$/) + 1);
      const named = own === AVERAGE ? qualifierOf(metric, unnumbered) : undefined;
      result.qualifier =
        (named && named !== AVERAGE ? named : own) ??
        qualifierOf(metric, scope) ??
        qualifierOf(metric, sinceLastStatement(sentence)) ??
        metric.defaultQualifier;
    }
    return result;
  };
}

/** A clause that states a limit of its own (普惠型小微企业贷款综合成本不高于年初水平); a number alone may be a scope (160千瓦及以下小微企业). */
const OWN_STATEMENT = /不高于|不低于|不超过|不少于|不多于|达到|降至|降到|压减至|压缩至|提高到|提升至/;

/**
 * The sentence from after its last earlier clause that states a limit of its own: a sub-case named in
 * that clause is its statement's (石嘴山's 各融资性担保机构将…担保费率下降到1% after 力争普惠型小微企业贷款综合成本不高于年初水平
 * is no 小微企业 fee rate; a site review), while one named in a clause that only qualifies
 * (采用低压接入的中小微企业，…压减至2个工作日) stays the target's.
 */
function sinceLastStatement(sentence: string): string {
  const clauses = sentence.split(/(?<=[，,])/);
  const last = clauses.slice(0, -1).findLastIndex((c) => OWN_STATEMENT.test(c));
  return clauses.slice(last + 1).join('');
}

/** The qualifier that says a time is an average (content/metrics.json): weaker than any sub-case. */
const AVERAGE = '平均';

/** The metric whose keyword stands last in the text (nearest the number), among those no exclude word in the text rules out. */
function nearest(metrics: Metric[], text: string): { metric: Metric; at: number } | undefined {
  let best: { metric: Metric; at: number } | undefined;
  for (const metric of metrics) {
    if (metric.excludes.some((word) => text.includes(word))) continue;
    for (const keyword of metric.keywords) {
      const at = text.lastIndexOf(keyword);
      if (at >= 0 && (!best || at > best.at)) best = { metric, at };
    }
  }
  return best;
}

/**
 * The sub-case a text names. One named: it. Several coordinated with one limit
 * (首次登记、转移登记等一般登记及在建建筑物抵押登记4个工作日): the category a 等
 * sums them up in, else the run itself (一般登记、抵押登记), which charts only
 * beside the same run — a limit shared by two cases is neither case's alone.
 * Otherwise the first in the metric's order: nested sub-cases
 * (社会投资简易低风险工程建设项目全流程) are read most specific first.
 */
function qualifierOf(metric: Metric, text: string): string | undefined {
  const run = coordinatedRun(metric, text);
  // One sub-case named twice in a run (依…生效法律文书办理转移登记、补换证登记) is that sub-case.
  if (run.length > 0) return run.find((m) => m.summary)?.name ?? run.map((m) => m.name).join('、');
  return metric.qualifiers.find((q) => q.keywords.some((k) => text.includes(k)))?.name;
}

/** Between two coordinated sub-cases: 、及和与 or 等, then at most a short modifier (及在建建筑物抵押登记). */
const COORDINATOR = /^(?:、|及|和|与|以及|或|等)[^，,；;。：:、\d]{0,6}$/;

/** The last run of the metric's sub-cases the text names one after another, joined by coordinators. */
function coordinatedRun(metric: Metric, text: string): { name: string; summary: boolean }[] {
  const mentions: { name: string; at: number; end: number }[] = [];
  for (const q of metric.qualifiers)
    for (const k of q.keywords) for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) mentions.push({ name: q.name, at, end: at + k.length });
  // A keyword inside a longer one (留抵退税 in 制造业留抵退税) is the same mention.
  const outer = mentions
    .filter((m) => !mentions.some((o) => o !== m && o.at <= m.at && m.end <= o.end && o.end - o.at > m.end - m.at))
    .sort((a, b) => a.at - b.at);
  let run: { name: string; summary: boolean; end: number }[] = [];
  for (const m of outer) {
    const last = run.at(-1);
    const gap = last ? text.slice(last.end, m.at) : '';
    const member = { name: m.name, summary: last !== undefined && gap.startsWith('等'), end: m.end };
    if (last && m.name === last.name && m.at < last.end) continue;
    run = last && COORDINATOR.test(gap) ? [...run, member] : [member];
  }
  // A run of one mention is no run; a run of several, each sub-case once.
  return run.length >= 2 ? run.filter((m, i) => run.findIndex((o) => o.name === m.name) === i) : [];
}

/**
 * Where the target's own clause begins: after the last ，；。：or line break, or
 * after a 、 that closes a previous number (打通率超过80%、数据归集率达到90%).
 */
function clauseStart(text: string, offset: number): number {
  const stop = Math.max(0, offset - SENTENCE_REACH);
  for (let i = offset - 1; i >= stop; i--) {
    const c = text[i]!;
    if ('，,；;。：:\n！？'.includes(c)) return i + 1;
    if (c === '、' && /[\d%％]\S{0,3}$/.test(text.slice(Math.max(0, i - 6), i))) return i + 1;
  }
  return stop;
}

/** The topic (用气 of 在用气方面，) the target's 。-sentence last opened before it, or ''. */
function topicOf(text: string, offset: number): string {
  const from = Math.max(0, offset - TOPIC_REACH);
  const before = text.slice(from, offset);
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1);
  return [...sentence.matchAll(/在([^，,；;。：:]{1,10})方面[，,]/g)].at(-1)?.[1] ?? '';
}
const TOPIC_REACH = 300;

/** Where the target's sentence begins, looking back at most SENTENCE_REACH characters: a metric named further back is another sentence's, and a text without stops stays linear. */
function sentenceStart(text: string, offset: number): number {
  const stop = Math.max(0, offset - SENTENCE_REACH);
  for (let i = offset - 1; i >= stop; i--) if ('。；;\n'.includes(text[i]!)) return i + 1;
  return stop;
}
const SENTENCE_REACH = 120;

/** The act a share counts, right after it (100%回访, 90%以上覆盖). */
// What is issued may be two things (发放电子营业执照和电子印章: a review found 和电子印章 dropped from the label).
const ACHIEVED_ACT = /^(?:以上)?(回访|覆盖|公开|共享|归集|进驻|接入|联网|发放[^，。；、]{0,12})/;

/** Verbs whose object follows the amount (提供不低于2亿元担保, 投放…贷款). */
const GIVING_VERB = /(提供|投放|给予)$/;

/** Frame words before a clause's subject: time, place, aspiration (力争2023年末全市…), a verb over its object (压缩公告时间至20天). */
const LEADING =
  /^(?:、|的|涉及|力争|确保|实现|推动|推进|做到|努力|争取|引导|达到|达|压缩|压减|缩短|降低|减少|提高|提升|年内|全年|当年|每年|今年|其中|同时|并且?|且|将|把|使|对|在|全市|全省|全区|全州|全县|市县|各地|各县（市、区）|市本级|进一步|逐步|\d{4}年(?:底|末|内)?(?:前)?|到\d{4}年(?:底|末)?|\d{1,2}月(?:底|末)?(?:前)?|一季度|上半年|下半年|年底前|年底)+/;
/** Where a change is counted from, at a subject's end (在2019年基础上, 在现有基础上). */
const BASELINE_TAIL = /在[^在，,；;]{0,10}基础上$/;
/** Verbs and fillers between a subject and its number (…审批时间压减至, …达到, …不低于). */
const TRAILING =
  /(?:至少有|至少|完成|前进|放宽|延长|确保|力争|实行|压降|压缩|压减|缩短|减少|降低|下降|提速|再|降|精简|控制|提高|提升|增加|增长|增至|保持|稳定|达到|达|超过|超|突破|不低于|不少于|不超过|不高于|不多于|不得少于|不得|最多|分别|均|在|为|至|到|以内|的|了|将|平均|累计|全年|每年|年均)+$/;

/** The rest of a clause after its number, to the next stop. */
function clauseAfter(text: string, offset: number): string {
  return /^[^，,；;。：:\n]*/.exec(text.slice(offset))![0];
}

/** What follows a number in its clause (派员上门查验车辆), at most 12 characters: the act a body's time limit is for. */
function predicateAfter(text: string, offset: number): string {
  const rest = text.slice(offset).replace(/^(以?内|之内)/, '');
  return /^[^，,；;。：:\n（(]{0,12}/.exec(rest)![0];
}

/** The clause's subject, as written: frame words, verbs, quotes and brackets trimmed. */
function subjectOf(clause: string): string {
  let s = clause
    .replace(/\s+/g, '')
    .replace(/[“”"‘’《》〈〉]/g, '')
    .replace(/[（(][^）)]*[）)]/g, '');
  // 落地率、资金到位率分别达到60%和70%: each value is its own list item's.
  const respectively = /^(.*?)分别(.*)$/.exec(s);
  if (respectively) {
    const items = respectively[1]!.split(/[、和及与]/);
    const index = respectively[2]!.match(/\d+(?:\.\d+)?/g)?.length ?? 0;
    // A list that does not split into as many items as values says nothing of which is whose.
    s = items.length > index && items.length > 1 ? items[index]! : '';
  }
  // 留言3个工作日内答复、简单常见问题1个工作日: a value earlier in the clause closes its own sub-case.
  const lastValue = s.search(/\d[^\d]*$/);
  const nextCase = lastValue < 0 ? -1 : s.indexOf('、', lastValue);
  if (nextCase >= 0) s = s.slice(nextCase + 1);
  // 年内做到图文解读全覆盖、动漫视频占比20%: a goal its own result word closes (全覆盖) is a sub-case of its own too.
  const closed = /^.*(?:全覆盖|全面覆盖|全部完成|全部上线|应上尽上|应进必进)、/.exec(s);
  if (closed) s = s.slice(closed[0].length);
  // 平均办理时间在2019年基础上再提速: the baseline a change is counted from is not what is measured.
  for (let i = 0; i < 3; i++) s = s.replace(LEADING, '').replace(TRAILING, '').replace(BASELINE_TAIL, '');
  return s;
}
