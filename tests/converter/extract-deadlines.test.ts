import { describe, expect, test } from 'vitest';
import type { MeasureDraft } from '../../scripts/build-site/converter/model.ts';
import { extractDeadline, readDeadline } from '../../scripts/build-site/converter/stages/extract-deadlines.ts';

// Deadline phrases as the sources write them (file: line where one occurs).
const cases: [string, number | null, string | null, string][] = [
  ['2023 年 10 月底', 2023, '2023-10-31', 'date'], // 000:5
  ['2023年12月底', 2023, '2023-12-31', 'date'], // 000:8
  ['2020年底前', 2020, '2020-12-31', 'date'], // 001:198
  ['20206月底前', 2020, '2020-06-30', 'date'], // 001:206, 年 lost
  ['202010月底前', 2020, '2020-10-31', 'date'], // 001:143, 年 lost
  ['年底前', 2023, '2023-12-31', 'date'], // no year: the document's
  ['上半年', 2023, '2023-06-30', 'date'],
  ['一季度', 2023, '2023-03-31', 'date'],
  ['2023年第三季度', 2023, '2023-09-30', 'date'],
  ['2024年2月底前', 2023, '2024-02-29', 'date'], // leap year
  ['2023年12月30日', 2023, '2023-12-30', 'date'], // 002:12142
  ['长期', 2020, null, 'ongoing'], // 001:696
  ['长期坚持', 2023, null, 'ongoing'],
  ['2023年12月底前并长期坚持', 2023, '2023-12-31', 'multiple'], // 002:11349
  ['20206月底、7月底前', 2020, '2020-07-31', 'multiple'],
  ['适时', 2020, null, 'discretionary'], // 001:892: left open on purpose, not unread (a site review)
  ['2023年7月前', 2023, '2023-06-30', 'date'], // 002:4860, before July begins (a site review)
  ['2024年1月前', 2023, '2023-12-31', 'date'],
  ['8月前', 2023, '2023-07-31', 'date'],
  ['6月30日', 2023, '2023-06-30', 'date'], // a day without its year: the document's
];

describe('readDeadline', () => {
  test.each(cases)('%s (document year %s) → %s %s', (raw, year, date, kind) => {
    const deadline = readDeadline(raw, year, 'column');
    expect(deadline.date).toBe(date);
    expect(deadline.kind).toBe(kind);
    expect(deadline.raw).toBe(raw);
  });

  test('a deadline without a year in a document without a year has no date', () => {
    const deadline = readDeadline('年底前', null, 'text');
    expect(deadline.date).toBeNull();
  });

  test('multiple dates keep every step, ascending, and the latest as date', () => {
    const deadline = readDeadline('2023年6月底前完成初步，12月底前全面完成', 2023, 'field');
    expect(deadline.dates).toEqual(['2023-06-30', '2023-12-31']);
    expect(deadline.date).toBe('2023-12-31');
  });

  test('a dated stage the task is kept up after is marked so, and only that (002:11335; a site review read it shown as overdue)', () => {
    expect(readDeadline('2023年6月底前并长期坚持', 2023, 'field').continues).toBe(true);
    expect(readDeadline('2023年6月底前完成初步，12月底前全面完成', 2023, 'field').continues).toBeUndefined();
    expect(readDeadline('长期坚持', 2023, 'field').continues).toBeUndefined();
  });

  test('a year written out is not marked inferred; a bare 年底前 is', () => {
    expect(readDeadline('2023年底前', 2023, 'field').yearInferred).toBe(false);
    expect(readDeadline('年底前', 2023, 'field').yearInferred).toBe(true);
  });
});

describe('deadlines in a task’s running text', () => {
  const inText = (text: string) => extractDeadline({ text, fields: {}, title: null, path: [] } as unknown as MeasureDraft, 2023)?.date ?? null;
  test('the end of a period is not a deadline (002: 2012年至2022年间制发的证照; 实施期限为…至2023年8月31日)', () => {
    expect(inText('优先汇聚2012年至2022年间制发的有效证照，推动…')).toBeNull();
    expect(inText('减免30%的检验检测费用，实施期限为2023年5月1日至2023年8月31日。')).toBeNull();
    expect(inText('执行期限为2023年1月1日至2023年12月31日。')).toBeNull();
  });
  test('the steps of a yearly procedure are not deadlines (002: 白银 每年1月底前…于2月底前)', () => {
    expect(inText('每年1月底前提出申请，提交县区政府审核，于2月底前给出书面审核意见。')).toBeNull();
  });
  test('a term extended for the public is not a deadline, nor is a year read off a full date (002: 新疆 缴纳期限届满日自动延长至2023年6月15日)', () => {
    expect(inText('该专利年费缴纳期限届满日自动延长至2023年6月15日，期间不产生滞纳金。')).toBeNull();
    expect(inText('确保至2024年全面完成。')).toBe('2024-12-31');
  });
  test('a date inside what a task carries out names its period, not when the task is due (铜川 落实好2023年3月前阶段性调整价格补贴联动机制; a site review)', () => {
    expect(inText('指导督促各区县落实好2023年3月前阶段性调整价格补贴联动机制。')).toBeNull();
    expect(inText('确保2023年3月前完成。')).toBe('2023-02-28');
  });
  test('a plan’s own deadline in its text stands (到2025年底前)', () => {
    expect(inText('力争到2025年底前全面建成。')).toBe('2025-12-31');
  });
});

describe('steps a task’s text dates under its 完成时限', () => {
  const read = (text: string, deadline?: string) =>
    extractDeadline({ text, fields: deadline ? { deadline } : {}, title: null, path: [] } as unknown as MeasureDraft, 2023);
  test('a sentence opening on its date without 前 dates the task (002:11059 新疆 2023 年3 月底，完成涉企违规收费专项整治; a site review read it as undated)', () => {
    expect(read('坚决防止以罚增收。2023年3月底，完成涉企违规收费专项整治，重点查处…')?.date).toBe('2023-03-31');
    // Inside a sentence, 3月底 with a comma after it is no deadline of the task.
    expect(read('截至2023年3月底，全市已登记市场主体20万户。')).toBeNull();
  });
  test('days without a year before 前 date the task in the document’s year, each a step (002:2688 咸阳-style steps; a review read such days as undated)', () => {
    const steps = read('各县区于7月14日前完成自查，12月20日前完成整改。')!;
    expect(steps).toMatchObject({ date: '2023-12-20', dates: ['2023-07-14', '2023-12-20'], kind: 'multiple', yearInferred: true });
    // Days progress is reported by are said as written, a schedule, not the task's due date (002:349 陕西, 002:8087 金昌).
    expect(read('并分别于6月20日、9月20日、12月10日前向市政府办公室报送工作落实情况。')).toMatchObject({
      raw: '于6月20日、9月20日、12月10日前',
      kind: 'recurring',
    });
    // A yearly date is a rule (said as one, with no date), and a day with no 前 is no deadline.
    expect(read('每年6月30日前报送上一年度工作情况。')).toMatchObject({ kind: 'recurring', date: null });
    expect(read('自2023年5月1日起施行，6月1日起全面推开。')).toBeNull();
  });
  test('clauses that open on their month’s end date the task’s steps, the last its deadline (002:2688 咸阳 6月底完成…，10月底实现…，11月底评估总结; a site review read it as undated)', () => {
    const xianyang = read('按照先易后难、分步实施原则，6 月底完成新的一批事项业务梳理，10 月底实现全流程上线运行，11 月底评估总结。')!;
    expect(xianyang.date).toBe('2023-11-30');
    expect(xianyang.dates).toEqual(['2023-06-30', '2023-10-31', '2023-11-30']);
    // A month's end that is no step of the task: a count as at that day, a rule's recurring date.
    expect(read('截至6月底，全市已登记市场主体20万户。')).toBeNull();
    expect(read('每年6月底完成年报公示。')).toMatchObject({ kind: 'recurring', date: null });
  });
  test('an earlier step in the text is kept beside the column’s date, which stays the deadline (002:12185 哈密)', () => {
    const hami = read('坚决防止以罚增收。2023年3月底前，配合自治区完成涉企违规收费专项整治。', '2023年12月30日')!;
    expect(hami.date).toBe('2023-12-30');
    expect(hami.kind).toBe('date');
    expect(hami.textSteps).toEqual([{ raw: '2023年3月底前', date: '2023-03-31' }]);
  });
  test('the 完成时限 line itself, a date after the column’s and a period before the document’s year are no steps (002 克拉玛依 71.2022年3月前阶段性调整…)', () => {
    expect(read('推进…。完成时限：2023年12月底前', '2023年12月底前')!.textSteps).toBeUndefined();
    expect(read('2024年6月底前全面推开。', '2023年12月底前')!.textSteps).toBeUndefined();
    expect(read('71.2022年3月前阶段性调整价格补贴联动机制，进一步扩大保障范围。', '2023年12月底前')!.textSteps).toBeUndefined();
  });
});

describe('a deadline the text sets in stages (a site review of the reform pages)', () => {
  const read = (text: string) => extractDeadline({ text, fields: {}, title: null, path: [] } as unknown as MeasureDraft, 2023);
  test('each stage keeps its phrase and date, so a page can give the stage of one sentence (002:1534 陕西 工作目标)', () => {
    const shaanxi = read('2023年底前，省、市、县五级政务服务事项实现网上办、掌上办。2024年底前，…实现一网通办。2025年底前，…全面建成。')!;
    expect(shaanxi.date).toBe('2025-12-31');
    expect(shaanxi.stages).toEqual([
      { raw: '2023年底前', date: '2023-12-31' },
      { raw: '2024年底前', date: '2024-12-31' },
      { raw: '2025年底前', date: '2025-12-31' },
    ]);
    expect(read('2023年底前，完成…。')!.stages).toBeUndefined();
  });
  test('a goal the plan strives for by a year’s end is due then (002:5288 银川 力争2023年末，…累计担保总额超450亿元; a site review found it undated)', () => {
    expect(read('推动担保机构扩面增量。力争2023年末，政策性担保机构累计担保总额超450亿元。')).toMatchObject({ date: '2023-12-31', kind: 'date' });
  });
  test('a phrase without a year takes the year its sentence wrote before it, as written, not inferred (001:45 石嘴山 2020年上半年…试点,年底前全面推开; a review read 未写年份)', () => {
    const read2020 = (text: string) => extractDeadline({ text, fields: {}, title: null, path: [] } as unknown as MeasureDraft, 2020);
    expect(read2020('2020年上半年在市辖区开展试点,年底前全面推开证照分离改革全覆盖工作。')).toMatchObject({
      raw: '年底前',
      date: '2020-12-31',
      yearInferred: false,
    });
    // A later year written first is the phrase's year; a baseline year or another sentence's is not.
    expect(read('2024年上半年开展试点，年底前全面推开。')).toMatchObject({ date: '2024-12-31', yearInferred: false });
    expect(read('在2022年基础上，年底前再压减10%。')).toMatchObject({ date: '2023-12-31', yearInferred: true });
    expect(read('2022年以来成效明显，年底前全面推开。')).toMatchObject({ date: '2023-12-31', yearInferred: true });
    expect(read('2024年开展试点。年底前全面推开。')).toMatchObject({ yearInferred: true });
  });
  test('年内 opening a clause is the document year’s end; a span after a count is not (002 银川 年内新登记企业2万户; 宁夏 年内做到图文解读全覆盖)', () => {
    expect(read('推行企业登记信息变更网上办理等改革。年内新登记企业2万户。')).toMatchObject({ date: '2023-12-31', kind: 'date', yearInferred: true });
    expect(read('提供综合解读服务；年内做到图文解读全覆盖、动漫视频占比20%。')).toMatchObject({ date: '2023-12-31' });
    expect(read('力争年内招商引资项目落地率达到60%。')).toMatchObject({ date: '2023-12-31' });
    expect(read('对毕业两年内初次创业学生给予补贴，5年内按不高于80%的比例奖励。')).toBeNull();
    // A call for results within the year dates no task (宁夏 a81e07 强化组织领导, 002; a deadlines review).
    expect(read('各单位要高度重视，确保年内工作取得实效，要结合本地实际细化措施。')).toBeNull();
    expect(read('力争年内取得明显成效。')).toBeNull();
  });
  test('the span a relief applies over is a period, not a due date (002 甘肃 执行期限为2023年1月1日至2023年12月31日; 新疆 实施期限为2023年5月1日至2023年8月31日)', () => {
    expect(read('按照当期可抵扣进项税额加计10%抵减应纳税额。执行期限为2023年1月1日至2023年12月31日。')).toMatchObject({
      kind: 'period',
      date: null,
      dates: [],
      period: { from: '2023-01-01', to: '2023-12-31' },
    });
    expect(read('减半征收“六税两费”。执行期限至2024年12月31日。')).toMatchObject({ kind: 'period', period: { from: null, to: '2024-12-31' } });
    // A task due by a date keeps it: the period is read only where nothing falls due.
    expect(read('2023年6月底前完成，实施期限为2023年5月1日至2023年8月31日。')).toMatchObject({ kind: 'date', date: '2023-06-30' });
  });
  test('a year ten or more past the document’s is a vision, not a deadline (002:4614 宁夏 总体目标 到2025年……到2035年)', () => {
    const ningxia = read('到2025年，全区市场监管所事权职责基本厘清。到2035年，全面建成现代化市场监管所。')!;
    expect(ningxia).toMatchObject({ date: '2025-12-31', kind: 'date', raw: '到2025年', visions: [{ raw: '到2035年', date: '2035-12-31' }] });
    expect(read('到2035年，基本实现社会主义现代化。')).toBeNull();
  });
});

describe('what a date in a plan is for (a deadlines review)', () => {
  const draft = (text: string, title: string | null, path: string[] = []) => ({ text, fields: {}, title, path }) as unknown as MeasureDraft;
  test('a goal statement’s dates are the years its goals are for, not a task’s deadline (002:2072 延安 二、发展目标; 002:1530 陕西 （二）工作目标)', () => {
    expect(extractDeadline(draft('到2025 年，市级“专精特新”中小企业达到40 户。', '发展目标'), 2023)).toMatchObject({ date: '2025-12-31', goal: true });
    expect(extractDeadline(draft('2023年底前，五级政务服务能力和水平显著提升。2024年底前，政务服务全面实现“一网通办”。', '工作目标'), 2023)).toMatchObject({
      goal: true,
      kind: 'multiple',
    });
    // An item under a goals heading is one too; a task that names a goal (实现小微企业两增目标) is not.
    expect(extractDeadline(draft('到2025年，市场主体活力持续激发。', '市场主体活力持续激发', ['二、工作目标']), 2023)).toMatchObject({ goal: true });
    expect(extractDeadline(draft('2020年底前实现小微企业两增目标。', '实现小微企业两增目标'), 2020)?.goal).toBeUndefined();
  });
  test('a time that comes round is said as written, with no date: a routine, not a task done by then (002:4003 宁夏 每年9月; 002:142 陕西 每年一季度前; 002:9983 白银 次年3月底前)', () => {
    const kind = (text: string) => extractDeadline(draft(text, null), 2023, '2023-06-20');
    expect(kind('每年9月集中组织政府开放活动，设置答疑、座谈环节。')).toMatchObject({ raw: '每年9月', date: null, kind: 'recurring' });
    expect(kind('牵头单位于每年一季度前制定跨部门综合监管工作计划。')).toMatchObject({ raw: '每年一季度前', kind: 'recurring' });
    expect(kind('由牵头部门负责，在次年3月底前足额落实。')).toMatchObject({ raw: '次年3月底前', kind: 'recurring' });
    expect(kind('各牵头单位每月20日前将工作进展报省营商办。')).toMatchObject({ raw: '每月20日前', kind: 'recurring' });
    // Every routine time, once each (001 石嘴山: 每月20日前 to the lead, 每月25日前 to 市发改委; a review).
    expect(kind('责任单位要于每月20日前报牵头单位，牵头单位于每月25日前报市发改委。')).toMatchObject({ raw: '每月20日前；每月25日前' });
    // How often, not by when: no time at all.
    expect(kind('领导小组每季度召开推进会，每年开展一次评估。')).toBeNull();
    // A date of its own wins: the rule is a step beside it.
    expect(kind('2023年底前建成平台，此后每年9月更新。')).toMatchObject({ date: '2023-12-31', kind: 'date' });
  });
  test('the dates progress is reported by are a schedule, not when the task falls due; a deliverable sent by a date is (002:8087 金昌, 002:350 陕西 3aa8c0, 002:4280 陕西 828e46; reviews)', () => {
    const kind = (text: string) => extractDeadline(draft(text, null), 2023, '2023-03-01');
    expect(kind('推动各项改革举措落地见效，并分别于6月20日、9月20日、12月10日前向市政府办公室报送工作落实情况。')).toMatchObject({
      raw: '于6月20日、9月20日、12月10日前',
      date: null,
      kind: 'recurring',
    });
    expect(kind('请各地区各部门于7月14日和12月20日前，分别将复制推广借鉴工作情况报省营商办。')).toMatchObject({ date: null, kind: 'recurring' });
    expect(kind('抓紧细化并制定本级工作方案，工作方案2023年5月底前报省政府办公厅备案。')).toMatchObject({ date: '2023-05-31', kind: 'date' });
    // A task done by a date, then reported: the date is the task's.
    expect(kind('2023年6月底前完成平台建设，并将完成情况报市营商办。')).toMatchObject({ date: '2023-06-30' });
  });
  test('a date without a year already past when the plan was issued is a yearly rule, not this year’s deadline (002:3970 宁夏 34646b 于3月31日前向社会公开, issued 2023-06-20)', () => {
    const text = '依法编制本单位年度重大行政决策事项目录，通过本单位门户网站于3月31日前向社会公开，公开率达到100%。';
    expect(extractDeadline(draft(text, null), 2023, '2023-06-20')).toMatchObject({ raw: '于3月31日前', date: null, kind: 'recurring' });
    expect(extractDeadline(draft(text, null), 2023, '2023-03-01')).toMatchObject({ date: '2023-03-31', yearInferred: true });
  });
  test('a phrase without its year takes the one written before it, not the document’s, and is no inference (001:1286 石嘴山 20206月底、7月底前; a review)', () => {
    expect(readDeadline('20206月底、7月底前', 2023, 'field')).toMatchObject({ dates: ['2020-06-30', '2020-07-31'], yearInferred: false });
    expect(readDeadline('6月底前完成', 2023, 'field')).toMatchObject({ date: '2023-06-30', yearInferred: true });
  });
  test('到2023年年底前 is one phrase whose year is written (002:6492 甘肃 9bfde2; a review found 年底前 read apart, its year called inferred)', () => {
    expect(extractDeadline(draft('到2023 年年底前，全省公共资源交易全流程电子化。', null), 2023)).toMatchObject({
      raw: '到2023年年底前',
      date: '2023-12-31',
      yearInferred: false,
    });
  });
  test('a span from the document’s issue is dated from its signature; working days are left unread (002:4055 宁夏 在本要点印发后30日内在本级政府网站公开)', () => {
    expect(extractDeadline(draft('在本要点印发后30日内在本级政府网站公开。', null), 2023, '2023-06-20')).toMatchObject({
      date: '2023-07-20',
      fromIssue: true,
      kind: 'date',
    });
    expect(extractDeadline(draft('本方案印发之日起3个月内完成清理。', null), 2023, '2023-06-20')).toMatchObject({ date: '2023-09-20' });
    expect(extractDeadline(draft('本方案印发后10个工作日内报送。', null), 2023, '2023-06-20')).toBeNull();
    expect(extractDeadline(draft('在本要点印发后30日内公开。', null), 2023, null)).toBeNull();
  });
});
