// Quantitative targets in a measure's text: a number with a unit that the
// plan commits to reach — a time limit (压缩至3个工作日, 1个工作日内办结), a
// rate (网办率达到90%以上), a count to add (新增市场主体2万户), a change
// (审理周期缩短30天). A number is listed only with evidence that it is one
// (a verb of commitment before it, 以内/以上/办结 after it) and none that it is
// something else: a subsidy or fee (给予10万元奖励, 减免30%), a tax rate, a
// threshold of eligibility (投资100万元以上的项目), a baseline (由原来20个工作日),
// service hours (24小时在线), the count of a list written out (…等6项), the
// plan's own parts (5个方面102项任务), a date, a 文号, a phone number.
import { CHANGE_VERB } from '../../../../src/domain/target-key.ts';
import type { Target } from '../../../../src/schemas/measure.ts';

/** Units of measure, longest first so 个工作日 wins over 工作日 and 日. */
const TARGET_UNITS = [
  '个工作日',
  '工作日',
  '个小时',
  '小时',
  '分钟',
  '个半月',
  '个月',
  '天',
  '日',
  '个百分点',
  '%',
  '％',
  '‰',
  '万户',
  '户',
  '万家',
  '家次',
  '家',
  '万人次',
  '人次',
  '万人',
  '人',
  '名',
  '亿元',
  '万元',
  '元',
  '万立方米',
  '立方米',
  '万条次',
  '辆',
  '套',
  '场次',
  '个名次',
  '名次',
  '万个',
  '千瓦',
  '千伏安',
  'KVA',
  'kVA',
  '公里',
  '公顷',
  '万亩',
  '亩',
  '平方米',
  '项',
  '万件',
  '件',
  '个',
  '次',
  '条',
  '批次/千人',
  '批',
  '所',
  '座',
  '场',
  '单',
  '倍',
  '份',
  '年',
  '类',
  '种',
];
export const UNIT_PATTERN = TARGET_UNITS.map((u) => u.replace(/[%]/g, '\\$&')).join('|');

/**
 * A number with its unit, or a range of two (3至5个, 1—2个名次, 30%-50%): the
 * range is one commitment, read from what stands before its first number.
 */
const QUANTITY = new RegExp(`(?:(\\d+(?:\\.\\d+)?)\\s*(?:${UNIT_PATTERN})?\\s*(?:-|—|－|~|～|至|到)\\s*)?(\\d+(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})`, 'g');
/** 由4天压缩至4小时, 从15个工作日压缩到5个工作日: the first is where things stand, the second the target. */
const FROM_TO = new RegExp(
  `(?:由|从)(?:原来的?|之前的?|现行的?)?\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})\\s*(?:以内|以上)?\\s*(?:压缩|压减|缩短|减少|降低|提高|提升|增加|扩大|调整)?\\s*(?:至|到|为)\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNIT_PATTERN})`,
  'g',
);

/** Verbs of commitment before a number, with the direction they set; longest first. */
const LEVEL_VERBS: [string, Target['comparator']][] = (
  [
    ['压缩至', '<='],
    ['压缩到', '<='],
    ['压减至', '<='],
    ['压减到', '<='],
    ['缩短至', '<='],
    ['缩短到', '<='],
    ['精简至', '<='],
    ['精简为', '<='],
    ['减少至', '<='],
    ['减少到', '<='],
    ['降低至', '<='],
    ['降低到', '<='],
    ['降至', '<='],
    ['下降到', '<='],
    ['下降至', '<='],
    ['控制在', '<='],
    ['压缩在', '<='],
    ['不超过', '<='],
    ['不得超过', '<='],
    ['不得多于', '<='],
    ['不得高于', '<='],
    ['不多于', '<='],
    ['不高于', '<='],
    ['最多', '<='],
    ['达到', '>='],
    ['达', '>='],
    ['超过', '>'],
    ['不低于', '>='],
    ['不少于', '>='],
    ['不得低于', '>='],
    ['不得少于', '>='],
    ['至少', '>='],
    ['至少有', '>='],
    ['提高至', '>='],
    ['提高到', '>='],
    ['提升至', '>='],
    ['提升到', '>='],
    ['增至', '>='],
    ['增加到', '>='],
    ['增长到', '>='],
    ['保持在', '>='],
    ['稳定在', '>='],
    // A capacity to meet (满足100万个以上用户同时在线使用; a review found 咸阳's dropping it unreported).
    ['满足', '>='],
    ['新增', '='],
    ['培育', '='],
    ['新登记', '='],
    ['引进', '='],
    ['实施', '='],
    ['组建', '='],
    ['建设', '='],
    ['新建', '='],
    ['完成', '='],
    ['发行', '='],
    ['发放', '='],
    ['召开', '='],
    ['开展', '='],
    ['举办', '='],
    ['选聘', '='],
    ['采购', '='],
    ['梳理', '='],
    ['突破', '>='],
    ['超', '>'],
    ['力争', '='],
    ['实现', '='],
    ['确保', '='],
    ['培养', '='],
    ['入驻', '='],
    ['服务', '='],
    ['提供', '='],
    ['推出', '='],
  ] as [string, Target['comparator']][]
).sort((a, b) => b[0].length - a[0].length);
/** Verbs of an amount of change: 缩短30天, 提高5个百分点, 增长10%以上 (not followed by 至/到). */
const CHANGE_VERBS = new RegExp(`${CHANGE_VERB}(了)?$`);

const SUFFIX_AT_MOST = /^(以内|以下|之内|内)/;
const SUFFIX_AT_LEAST = /^(以上|及以上)/;
const SUFFIX_ABOUT = /^左右/;
/** After the unit: the number is a time limit to finish in (3个工作日内办结, 1个工作日办结). */
const SUFFIX_DONE = /^(以?内)?(办结|完成|办理完毕|办完|答复|反馈|审核|解除|推送|出具)/;

/** After the unit: a share reached (政务服务事项100%实现网上可办, 90%以上覆盖, 业扩工单100%回访, 新设立企业100%发放电子营业执照). */
const SUFFIX_ACHIEVED = /^(以上)?(实现|覆盖|可网办|网上可办|全程网办|即办|回访|公开|共享|归集|进驻|接入|联网|发放)/;
/** Verbs that take an object before their number (新增市场主体2万户, 选聘观察员50名); only these reach over a noun. */
const AHEAD_VERB =
  '(新增|新登记|培育|引进|新建|新改扩建|推出|入库|累计完成|完成|发放|办理|达到|力争|突破|开展|举办|组建|实施|采购|建设|选聘|申报|提供|打造|建成|创建|改造|带动|发行)';
const AHEAD_VERBS = new RegExp(`${AHEAD_VERB}((?:[^，。；、\\d“”《》]|“[^“”\\d，。；]{1,8}”){1,12})$`);
/** The same verb ahead of a list that ends in 等 (组建光伏材料、半导体硅等创新联合体5个): the list is its object. */
const AHEAD_OF_LIST = new RegExp(`${AHEAD_VERB}([^，。；\\d“”《》]{1,20}等[^，。；、\\d“”《》]{1,8})$`);

/** A verb of cutting or raising, its object, then 至/到 (压缩公告时间至20天): the verb sets the direction. */
const VERB_OBJECT_TO = /(压缩|压减|缩短|减少|降低|提高|提升)[^，。；、\d“”《》]{1,12}(?:至|到)$/;

/** The verb of commitment a few characters ahead of the number, if any. */
function aheadVerb(before: string): string | undefined {
  const trimmed = before.replace(/\s+$/, '');
  return (AHEAD_VERBS.exec(trimmed) ?? AHEAD_OF_LIST.exec(trimmed))?.[1];
}

/** A subsidy, reward, fee cut or price: an amount given or charged, not a level reached. */
const SUBSIDY_BEFORE =
  /(给予|奖励|补贴|补助|资助|奖补|扶持|减免|减按|减征|免收|返还|分别给予|一次性(?!就业)|最高|按照?|支持|加计|收取|给予不超过|不超过投资额的|比例为|贴息|分档|按不高于|费用|承担|收费)[^，。；]{0,6}$/;
const SUBSIDY_AFTER = /^(以内|以下|以上)?(的)?(奖励|补贴|补助|资助|奖补|支持|资金|贴息|扶持|减免|费用|加价|预付款|保证金|检验检测费|的比例)/;
/** A rule's parameter rather than a level to reach: a set-aside share, a cap on a loan or guarantee, a term. */
const PARAMETER_BEFORE = /(预留|单笔|单户|上限|额度|期限|贷款期)[^，。；]{0,12}$/;
/** A rate that is a tax, a fee or a price. */
const RATE_WORD = /(税率|征收率|预征率|税额|费率标准|电价|加价|利率|折扣|系数|担保比例|风险分担|分担)/;
/** A condition of eligibility: 投资100万元以上的项目, 营业收入首次突破10亿元的, 160KVA及以下的小微企业. */
const THRESHOLD_AFTER = /^(以上|以下|及以上|及以下|（含）|\(含\)|（含本数）)?(的|（含本数）的|、)/;
const THRESHOLD_BEFORE =
  /(对|凡|投资|营业收入|销售额|用工量|资产|规模|金额|合同估算价|单项合同|容量|额度|期限|贷款最高|首次突破|年满|满(?!意)|累计|超过|低于|在)[^，。；]{0,8}$/;
/** A size that bounds who a measure is for (160千瓦及以下小微企业, 4次及以上停电客户): the bound names a noun, not a level to reach. */
const THRESHOLD_NOUN_AFTER = /^(及以下|及以上)(?!的)(?!(实现|覆盖|可|即|办|完成|达|的))[\u4e00-\u9fff]/;
/**
 * A procedure's own time limit restated (应当在1个工作日内推送, 自作出决定之日起7个工作日内公示,
 * 税务等部门于10天内反馈), or a period within which something is allowed (3年之内可以恢复经营):
 * a rule of how an office works, not a level the plan promises to reach. So is a span from the
 * document's issue (在本要点印发后30日内…公开) or a decision's (决策出台后10个工作日内): a deadline, not a target.
 */
const PROCEDURE_BEFORE = /(应当在|应在|须在|需在|必须在|之日起|印发后|出台后|(?<![低高少多小大等属])于)\s*$/;
const PERMITTED_AFTER = /^(之内|以内|内)[^，。；]{0,2}可以/;
/** Where things stand or stood: a baseline, or a result reported as done. */
const BASELINE_BEFORE = /((?<!理)由|从|原来|原(?!则|材料)|之前|现有|已有|已经|目前|现行|全省现有|累计已|已达|已实现|已累计|基础上)[^，。；]{0,8}$/;
/** A change counted from where things stand (在2019年基础上再提速10%, 在现有基础上提高5个百分点): the change is the target. */
const CHANGE_ON_BASELINE = new RegExp(`(基础上|现有)[^，。；\\d]{0,4}${CHANGE_VERB}\\s*$`);
const REPORTED_AFTER = /^[^，。；]{0,6}?(了|以来)/;
/** Service around the clock (24小时在线, 7×24小时): hours of service, not a time limit. */
const SERVICE_HOURS = /(7\s*[×xX*]\s*|全天)$/;
/** The count of a list written out before it (…等6项), or of the plan's own parts. */
const LIST_COUNT_BEFORE = /(等|共|涵盖|包括|围绕|对照|涉及|以下|如下|首批|全市|全省|全区)$/;
const PLAN_PARTS_AFTER =
  /^(个?方面|项(?:重点)?(任务|措施|举措|工作|改革|指标|内容|政策|事项清单)|条(措施|举措|意见|政策|重点产业链|产业链)|大行动|大工程|大专项|大体系|个(环节|领域|行业|专项|板块|维度|方面)(?![内办]))/;
/** Numbers that are names: “1+8”, “三个100%” (an opening quote before, a closing one after); not a number after a quoted name (新增“个转企”500户). */
const NAME_AROUND = /[“"《]\s*$/;

/**
 * Documents that pass on other places' practice (典型经验做法, 案例) report what
 * was done — 实现开办企业全流程2小时办结 is a result there, not a promise — so
 * their numbers are targets only where the sentence looks ahead (力争全年…提高至85%以上).
 */
const REPORTS_PRACTICE = /(典型经验|经验做法|典型案例|案例汇编|工作总结|经验材料)/;
const LOOKS_AHEAD = /(力争|确保|计划|预计|到\s*\d{4}\s*年(底|末)?)[^。；]*$/;

export function extractTargets(text: string, documentTitle = ''): Target[] {
  const targets = targetsIn(text);
  if (!REPORTS_PRACTICE.test(documentTitle)) return targets;
  return targets.filter((t) => LOOKS_AHEAD.test(text.slice(0, t.offset)));
}

function targetsIn(text: string): Target[] {
  const targets: Target[] = [];
  const years = yearIndex(text);
  // 由…至… spans, in text order: the quantity before 至 is a baseline, the one after it the target.
  const spans: [number, number][] = [];
  for (const m of text.matchAll(FROM_TO)) {
    const start = m.index;
    spans.push([start, start + m[0].length]);
    const to = Number(m[3]);
    const from = Number(m[1]);
    targets.push({
      text: m[0],
      value: to,
      unit: unitName(m[4]!),
      from: { value: from, unit: unitName(m[2]!) },
      comparator: to <= from ? '<=' : '>=',
      kind: 'level',
      offset: start,
      ...years(start),
    });
  }
  let span = 0;
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, low, number, unit] = m as unknown as [string, string | undefined, string, string];
    const rangeUnit = low === undefined ? undefined : /^[\d.]+\s*(\D*?)\s*(?:-|—|－|~|～|至|到)/.exec(whole)?.[1];
    // A range whose halves have different units (3天至5个工作日) is not read as one.
    const range = low !== undefined && (rangeUnit === '' || rangeUnit === unit);
    let start = range ? m.index : m.index + whole.lastIndexOf(number, whole.length - unit.length);
    let end = m.index + whole.length;
    while (span < spans.length && spans[span]![1] <= start) span++;
    if (span < spans.length && spans[span]![0] < end) continue;
    const before = clauseBefore(text, start);
    const after = text.slice(end, end + 12);
    const trimmed = before.replace(/\s+$/, '');
    // 使用率100%, 满意度90%, 发明专利拥有量11.5件: a rate's or level's own name is evidence enough.
    const rateNamed = (/[率度]$|比例$|占比$/.test(trimmed) && /%|％/.test(unit)) || /拥有量$/.test(trimmed);
    // The verb a few characters ahead, over its object (新登记企业2万户), and a verb of change right before the number.
    const ahead = aheadVerb(clauseBefore(text, start, 32));
    const change = CHANGE_VERBS.exec(trimmed);
    // 全年完成城建投资1200亿元以上, 市本级投资增加10%以上 (西安; a site review): a verb of commitment ahead of its
    // object, or a change, commits, where 投资 before a bound elsewhere names who qualifies (投资100万元以上项目).
    const commits = /^(完成|累计完成|达到|突破)$/.test(ahead ?? '') || change !== null;
    if (!isQuantity(text, start, end, number, unit) || isNotTarget(before, after, number, unit, rateNamed || commits) || isRewardCondition(text, end, unit))
      continue;
    // 租赁期限不低于5年，不超过20年: a bound that continues a rule's parameter (期限, 额度) in the clause before.
    if (/^(不超过|不得超过|不高于|不低于|不少于|最多|最长)$/.test(before.trim()) && PARAMETER_BEFORE.test(clauseBefore(text, start - before.length - 1, 24)))
      continue;
    const verb = LEVEL_VERBS.find(([word]) => trimmed.endsWith(word));
    // 新登记企业2万户, 培育上市企业1家: the verb's object stands between it and the number.
    const verbAhead = verb ? undefined : ahead;
    const verbOverObject = verb || verbAhead ? undefined : VERB_OBJECT_TO.exec(clauseBefore(text, start, 32).replace(/\s+$/, ''))?.[1];
    // 由之前的不得少于25天，缩短5天，调整为不得少于20天: a legal waiting period's change, restated, not a time target.
    if (change && /不得(少于|低于)/.test(sentenceAt(text, start))) continue;
    const atMost = SUFFIX_AT_MOST.exec(after) ?? SUFFIX_DONE.exec(after);
    const atLeast = SUFFIX_AT_LEAST.exec(after);
    // 新增城镇就业4.3万人次，农村劳动力转移就业8.4万人次: a bare noun and number in the
    // clause right after a target of the same unit carries on its commitment.
    const previous = targets.at(-1);
    const carried =
      previous !== undefined &&
      previous.unit === unitName(unit) &&
      /^[\u4e00-\u9fff]{2,14}$/.test(before) &&
      /^(以上|以内|左右)?[，、,]$/.test(text.slice(previous.offset + previous.text.length, start - before.length));
    // 85%政务服务事项“一网通办”: a clause that opens on a share of 事项 states the share reached.
    const shareOfItems = before.trim() === '' && /%|％/.test(unit) && /^(以上)?的?[^，。；\d]{0,6}事项/.test(after);
    // Evidence that this is a commitment, not a number the text merely mentions.
    const committed =
      Boolean(verb || verbAhead || verbOverObject || rateNamed || change || atMost || atLeast) || SUFFIX_ABOUT.test(after) || SUFFIX_ACHIEVED.test(after);
    if (!committed && !carried && !shareOfItems) continue;
    if (verb) start = text.lastIndexOf(verb[0], start);
    else if (verbAhead) start = text.lastIndexOf(verbAhead, start);
    else if (verbOverObject) start = text.lastIndexOf(verbOverObject, start);
    else if (change) start = text.lastIndexOf(change[0], start);
    const suffix = SUFFIX_AT_MOST.exec(after) ?? SUFFIX_AT_LEAST.exec(after) ?? SUFFIX_ABOUT.exec(after);
    if (suffix) end += suffix[0].length;
    // 2个工作日办结 is a limit to finish within, as 2个工作日内 is.
    const stated: Target['comparator'] =
      SUFFIX_AT_MOST.test(after) || SUFFIX_DONE.test(after)
        ? '<='
        : SUFFIX_AT_LEAST.test(after)
          ? '>='
          : SUFFIX_ABOUT.test(after)
            ? '='
            : /^的?基础上/.test(after)
              ? '>='
              : (verb?.[1] ?? (verbOverObject ? (/^提/.test(verbOverObject) ? '>=' : '<=') : '='));
    // A range commits to its near end: at most the upper for a limit, at least the lower otherwise.
    const comparator: Target['comparator'] = range && stated !== '<=' ? '>=' : stated;
    // 3个半月 is three and a half months.
    const value = (range && comparator === '>=' ? Number(low) : Number(number)) + (unit === '个半月' ? 0.5 : 0);
    const isChange = Boolean(change) && !verb && !/^(至|到|为)/.test(after);
    targets.push({
      text: text.slice(start, end),
      value,
      ...(range ? { range: [Number(low), Number(number)] as [number, number] } : {}),
      unit: unitName(unit),
      comparator,
      kind: isChange ? 'change' : 'level',
      offset: start,
      ...years(start),
    });
  }
  return targets.sort((a, b) => a.offset - b.offset);
}

/** The sentence (between 。) that holds an offset. */
function sentenceAt(text: string, offset: number): string {
  const from = text.lastIndexOf('。', offset - 1) + 1;
  const to = text.indexOf('。', offset);
  return text.slice(from, to < 0 ? text.length : to);
}

/** The text of the number's own clause before it (back to the last ，；。 or line break), at most `max` characters. */
function clauseBefore(text: string, offset: number, max = 16): string {
  const from = Math.max(0, offset - max);
  const window = text.slice(from, offset);
  const cut = Math.max(
    window.lastIndexOf('，'),
    window.lastIndexOf('；'),
    window.lastIndexOf('。'),
    window.lastIndexOf('\n'),
    window.lastIndexOf(','),
    window.lastIndexOf(';'),
  );
  return cut >= 0 ? window.slice(cut + 1) : window;
}

/** Rejects numbers that are dates, 文号, phone numbers, item numbers or parts of a range's first half. */
function isQuantity(text: string, start: number, end: number, number: string, unit: string): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  if (unit === '年' && (number.length === 4 || /^[底末内前度版]/.test(after) || /^\d+月/.test(after))) return false;
  if (unit === '日' && (/月\s*$/.test(text.slice(Math.max(0, start - 3), start)) || /^[前起后]/.test(after))) return false;
  if (unit === '个月' && !/^[内前]/.test(after) && /年\s*$/.test(before)) return false;
  if (/[〔[（(第×x*+—\-－~～]\s*$/.test(before) && !/[（(]\s*$/.test(before)) return false;
  if (/^[〕\]月号]/.test(after) && unit !== '%') return false;
  // A rate per head whose unit the list above does not hold (…/万人), not a count.
  if (/^\s*[/／]/.test(after)) return false;
  // A range's first value (3至5个, 30%-50%): the range is stated by its second value.
  if (/^\s*[-—－~～至到]\s*\d/.test(text.slice(start + number.length, start + number.length + 3)) && unit === '') return false;
  if (number.length >= 5 && !number.includes('.') && unit !== '元' && unit !== '万元' && unit !== '户' && unit !== '人' && unit !== '人次') return false;
  return true;
}

/**
 * A sum a firm must reach to earn a reward (实缴注册资本不低于5000万元，…对地方经济贡献不低于300万元，
 * 一次性给予300万元奖励): its sentence goes on to give the reward, so the sum is a condition; and a
 * share a reward is reckoned at.
 */
function isRewardCondition(text: string, end: number, unit: string): boolean {
  const rest = /^[^。；]*/.exec(text.slice(end))![0];
  // 按实际完成固定资产投资额1%给予企业一次性奖励: a share the reward is reckoned at.
  if (/%|％/.test(unit)) return /^[^，,]{0,4}(给予|奖励|奖补|补贴|补助)/.test(rest);
  return /元$/.test(unit) && /(给予|奖励|奖补|补贴|补助|资助)/.test(rest);
}

function isNotTarget(before: string, after: string, number: string, unit: string, rateNamed: boolean): boolean {
  if (SUBSIDY_BEFORE.test(before) && /元|%|％/.test(unit)) return true;
  if (SUBSIDY_AFTER.test(after)) return true;
  // 法定期限内执结率95%以上: a named rate is a level, whatever condition its name carries.
  if (PARAMETER_BEFORE.test(before) && !rateNamed) return true;
  if (RATE_WORD.test(before) || RATE_WORD.test(after.slice(0, 6))) return true;
  // 保持在95%以上, 金额达到3亿元以上: a verb of commitment makes it a level, not a condition.
  const committed = LEVEL_VERBS.some(([word]) => before.replace(/\s+$/, '').endsWith(word));
  // 实现至少20%的个人事项…自动获取: after a verb of commitment, a share of things is the level reached.
  const share = committed && /%|％/.test(unit);
  // 在确保4批次/千人的基础上逐步增加: what is ensured is a floor the plan commits to, not a condition or where things stand.
  const floor = /确保\s*$/.test(before) && /^的?基础上/.test(after);
  if (!share && !floor && THRESHOLD_AFTER.test(after) && /^(以上|以下|及以上|及以下)?(的|（含本数）的)/.test(after)) return true;
  if (!committed && !rateNamed && THRESHOLD_BEFORE.test(before) && /^(以上|以下|及以上|及以下)/.test(after)) return true;
  // 应当具备2年以上基层工作经历: a qualification a post requires, not a level to reach.
  if (/(具备|具有)\s*$/.test(before)) return true;
  // 3年以上未结破产案件: the bound describes which cases, not a level to reach.
  if (/^(以上|以下|及以上|及以下)(未|无)/.test(after)) return true;
  if (/首次突破$/.test(before)) return true;
  if (THRESHOLD_NOUN_AFTER.test(after)) return true;
  // A duration a rule forbids going under (投标期限不得少于20天) is a legal waiting period, not a time target.
  if (/(天|日|工作日|小时|分钟|个月)$/.test(unit) && /不得(少于|低于)\s*$/.test(before)) return true;
  if (/(天|日|工作日|小时|个月|年)$/.test(unit) && (PERMITTED_AFTER.test(after) || (PROCEDURE_BEFORE.test(before) && /^(以?内|之内)/.test(after)))) return true;
  if (BASELINE_BEFORE.test(before) && !CHANGE_ON_BASELINE.test(before)) return true;
  if (REPORTED_AFTER.test(after) || (/^(以内|以上|以下)?的?基础上/.test(after) && !floor)) return true;
  if (unit.endsWith('小时') && (SERVICE_HOURS.test(before) || /^(在线|不打烊|服务|值守|全天候|及时|响应|受理|咨询|热线)/.test(after) || number === '24'))
    return true;
  if (LIST_COUNT_BEFORE.test(before.replace(/\s+$/, '')) && /^(项|个|类|条|件|种|批)$/.test(unit)) return true;
  if (PLAN_PARTS_AFTER.test(`${unit === '个' ? '个' : unit}${after}`.slice(unit === '个' ? 0 : unit.length)) && /^(个|项|条|大)$/.test(unit)) return true;
  if (PLAN_PARTS_AFTER.test(after) && /^(项|条|个)$/.test(unit)) return true;
  // An opening quote makes a name only of what it closes on soon (“15分钟政务服务圈”); a quoted pledge runs on
  // past its clause (做到“1个工作日内认领信息，…3个工作日内反馈办理结果”: a review found its 1个工作日 unlisted).
  const quotedName = /《\s*$/.test(before.slice(-2)) || (NAME_AROUND.test(before.slice(-2)) && /^[^，。；,;]{0,10}[”"]/.test(after));
  if (quotedName || /^[”"》]/.test(after)) return true;
  return false;
}

/**
 * The year a per-year series gives each value: the nearest “2024 年” before it
 * in the same sentence. A sentence ends at 。 only: “2024年底前，…；高频事项
 * 网办率达到90%以上” sets one year for its whole list of clauses. Years and sentence
 * ends are found once per text, so a long text with many values stays linear.
 */
function yearIndex(text: string): (offset: number) => { year?: number } {
  // A year in a title (《计量发展规划（2021—2035年）》) dates the title, not the sentence's targets.
  const titles = [...text.matchAll(/《[^《》]*》/g)].map((m) => [m.index, m.index + m[0].length] as const);
  // A year a change is counted from (在2019年基础上再提速10%) is the baseline's, not the target's.
  const years = [...text.matchAll(/(\d{4})\s*年(?!\s*\d{1,2}\s*月)(?!的?基础上)/g)]
    .filter((m) => +m[1]! >= 1990 && +m[1]! <= 2100 && !titles.some(([from, to]) => from < m.index && m.index < to))
    .map((m) => ({ at: m.index, year: Number(m[1]) }));
  const stops = [...text.matchAll(/。/g)].map((m) => m.index);
  const lastBefore = <T>(list: T[], offset: number, at: (item: T) => number): T | undefined => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(list[mid]!) < offset) lo = mid + 1;
      else hi = mid;
    }
    return list[lo - 1];
  };
  return (offset) => {
    const year = lastBefore(years, offset, (y) => y.at);
    const stop = lastBefore(stops, offset, (i) => i) ?? -1;
    return year && year.at > stop ? { year: year.year } : {};
  };
}

export function unitName(unit: string): string {
  if (unit === '场次') return '场';
  if (unit === '个半月') return '个月';
  return unit === '％' ? '%' : unit === 'KVA' || unit === 'kVA' ? '千伏安' : unit === '工作日' ? '个工作日' : unit === '个小时' ? '小时' : unit;
}
