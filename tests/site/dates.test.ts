// How pages say a deadline: src/domain/dates.ts.
import { expect, test } from 'vitest';
import {
  beforeIssue,
  buildDay,
  cardDeadline,
  datedQuote,
  datedSentences,
  deadlineReadingNotes,
  deadlineText,
  goalDated,
  hasDueDate,
  isPastDue,
  stageDated,
  stageOf,
} from '../../src/domain/dates.ts';
import { targetYears } from '../../src/domain/target-key.ts';

// 石嘴山 2020, 001:55: one step dated, the others not (a site review read 6月30日 as the whole task's deadline).
const shizuishan = '按照“一个统一全流程全覆盖”要求,20206月底前开展工程建设项目全流程审批事项清理工作。进一步优化审批流程,推行告知承诺制。建设网上中介超市。';

test('a date in a task’s running text binds its sentence: that sentence is quoted when the task has others', () => {
  expect(datedSentences(shizuishan, { raw: '20206月底前', origin: 'text' })).toEqual([
    '按照“一个统一全流程全覆盖”要求,20206月底前开展工程建设项目全流程审批事项清理工作',
  ]);
  // A task that is the dated sentence alone, or a deadline from a column, needs no quotation.
  expect(datedSentences('2023年底前实现全覆盖。', { raw: '2023年底前', origin: 'text' })).toEqual([]);
  expect(datedSentences(shizuishan, { raw: '2020年底前', origin: 'column' })).toEqual([]);
});

test('a sentence dated in stages is quoted over every stage, not around the last alone (石嘴山 001:143; a site review)', () => {
  const sentence =
    '组织行业协会商会全面自查收费情况,20206月底前全面清理取消违法违规收取的入会费、赞助费、会议费、培训费、评比表彰费等,202010月底前对行业协会商会乱收费自查自纠情况组织开展抽查检查';
  const quoted = datedQuote(sentence, '20206月底前；202010月底前');
  expect(quoted).toContain('20206月底前全面清理');
  expect(quoted).toContain('202010月底前对行业协会商会乱收费');
  expect(quoted.startsWith('“…')).toBe(true);
  // One date: a dozen characters before it and the words it binds.
  expect(datedQuote('按照“一个统一全流程全覆盖”要求,20206月底前开展工程建设项目全流程审批事项清理工作', '20206月底前')).toBe(
    '“…统一全流程全覆盖”要求,20206月底前开展工程建设项目全流程审批事项清理工作”',
  );
});

test('a card quotes a long dated sentence around its date, not from its start (金昌 41: 力争年内; a site review)', () => {
  const sentence =
    '围绕企业开办、项目投资、金融服务、不动产登记等领域主题式集成服务，结合企业个人全生命服务周期，不断拓展“一件事一次办”主题服务范围，并协调多部门梳理联办事项表单，做到“一次告知、一表申请、一套材料、一窗受理、一网办理、一口发证”，为企业和群众提供套餐式、主题式集成服务，力争年内达“一件事”集成套餐服务达到100项';
  expect(datedQuote(sentence, '年内')).toContain('力争年内达“一件事”集成套餐服务达到100项');
  // Words the sentence does not hold as written: its opening is quoted, not its last dozen characters.
  expect(datedQuote(sentence, '2023年底前').startsWith('“围绕企业开办')).toBe(true);
});

test('a dated stage kept up after is never past due; a date before as-of is', () => {
  expect(isPastDue({ date: '2023-06-30', continues: true }, '2025-06-04')).toBe(false);
  expect(isPastDue({ date: '2023-06-30' }, '2025-06-04')).toBe(true);
  expect(isPastDue({ date: '2025-06-04' }, '2025-06-04')).toBe(false);
});

test('deadlines are judged on the build day in China time, or on the day SOURCE_DATE_EPOCH pins', () => {
  // 2026-12-05 17:30 UTC is already the 6th in Beijing.
  expect(buildDay({}, new Date('2026-12-05T17:30:00Z'))).toBe('2026-12-06');
  expect(buildDay({}, new Date('2026-12-05T15:30:00Z'))).toBe('2026-12-05');
  expect(buildDay({ SOURCE_DATE_EPOCH: '1749000000' }, new Date('2030-01-01T00:00:00Z'))).toBe('2025-06-04');
  expect(() => buildDay({ SOURCE_DATE_EPOCH: '2025-06-04' })).toThrow(/SOURCE_DATE_EPOCH/);
});

test('a date the task is kept up after is said to be a stage wherever it is shown, and counted apart (克拉玛依: 2023年12月底前并长期坚持; a site review)', () => {
  const stage = { date: '2023-12-31', raw: '2023年12月底前并长期坚持', continues: true as const, yearInferred: false };
  expect(deadlineReadingNotes(stage)).toEqual(['原文“2023年12月底前并长期坚持”：该日为阶段期限，此后长期坚持，不计为已过期限']);
  expect(deadlineReadingNotes({ date: '2025-11-30', raw: '2025年12月前', yearInferred: false })).toEqual(['原文“2025年12月前”，按该月之前计']);
  expect(deadlineReadingNotes({ date: '2023-06-30', raw: '2023年6月底前', yearInferred: false })).toEqual([]);
  expect(stageDated([stage, { date: '2023-06-30' }, null])).toBe(1);
});

test('a deadline before its document’s own date is said to be as printed, and past due from the start (石嘴山 20206月底前, signed 2020-07-10; a site review)', () => {
  const early = { date: '2020-06-30', raw: '20206月底前', yearInferred: false };
  expect(deadlineReadingNotes(early, '2020-07-10')).toEqual(['早于文件成文日期2020年7月10日，原文如此']);
  expect(beforeIssue(early, '2020-07-10')).toBe(true);
  // Due on the day of issue, or with no date of issue to judge by: nothing to say.
  expect(deadlineReadingNotes(early, '2020-06-30')).toEqual([]);
  expect(beforeIssue(early, null)).toBe(false);
});

test('a card shown for words no dated sentence holds says so, beside the task’s date (新疆 a62e8a （三）: 2023年6月底前 of the 许可事项清单, not of 一业一证; a site review)', () => {
  const text =
    '（三）规范实施行政许可和行政备案。2023年6月底前，自治区、市、县级编制完成本级行政许可事项清单及办事指南。深入推进告知承诺等改革。积极探索“一业一证”改革，推动行政许可减环节。';
  const deadline = { raw: '2023年6月底前', date: '2023-06-30', kind: 'date' as const, dates: ['2023-06-30'], origin: 'text' as const, yearInferred: false };
  expect(cardDeadline(deadline, text, '一业一证')).toMatchObject({ shown: '2023年6月30日', wordUndated: true });
  expect(cardDeadline(deadline, text, '行政许可事项清单').wordUndated).toBeUndefined();
  expect(cardDeadline(deadline, text, undefined).wordUndated).toBeUndefined();
  // A column's deadline binds the whole task.
  expect(cardDeadline({ ...deadline, origin: 'column' as const }, text, '一业一证').wordUndated).toBeUndefined();
});

test('words in the task’s own title take the task’s dates, however its sentences spread them (咸阳 26 推出新一批“一件事一次办”事项; a review)', () => {
  const title = '围绕企业和个人全生命周期推出新一批“一件事一次办”事项';
  const text = `26．${title}。按照先易后难、分步实施原则，6月底完成梳理，10月底实现全流程上线运行，11月底评估总结。`;
  const stages = [
    { raw: '6月底', date: '2023-06-30' },
    { raw: '10月底', date: '2023-10-31' },
    { raw: '11月底', date: '2023-11-30' },
  ];
  const deadline = {
    raw: '6月底；10月底；11月底',
    date: '2023-11-30',
    kind: 'multiple' as const,
    dates: stages.map((x) => x.date),
    origin: 'text' as const,
    yearInferred: true,
    stages,
  };
  expect(cardDeadline(deadline, text, '一件事', title).wordUndated).toBeUndefined();
  // Without its title the words stand in an undated sentence, as before.
  expect(cardDeadline(deadline, text, '一件事').wordUndated).toBe(true);
});

test('a card shown for words of one sentence of a task due in stages gives that sentence’s stage (陕西 网上办: 2023, not the last stage’s 2025; a site review)', () => {
  const text = '2023年底前，省、市、县五级政务服务实现网上办、掌上办。2024年底前，实现一网通办。2025年底前，全面建成。';
  const stages = [
    { raw: '2023年底前', date: '2023-12-31' },
    { raw: '2024年底前', date: '2024-12-31' },
    { raw: '2025年底前', date: '2025-12-31' },
  ];
  expect(stageOf(text, { stages }, '网上办')).toMatchObject({ date: '2023-12-31', sentence: '2023年底前，省、市、县五级政务服务实现网上办、掌上办' });
  expect(stageOf(text, { stages }, '一网通办')?.date).toBe('2024-12-31');
  expect(stageOf(text, {}, '网上办')).toBeUndefined();
  expect(stageOf('推进改革。2023年底前，完成。', { stages }, '推进改革')).toBeUndefined();
  // Named first in undated aims, then dated: the first sentence a stage dates is the reform's (陕西 m2-3-16's 跨省通办
  // and 全省通办, 002:1696 then 1707–1709; a review found both cards saying 所在句未写时限).
  const aims = '全面推进“跨省通办、全省通办”。2024年底前，全面实现“全省通办”。2025年底前，实现更多事项“跨省通办”“全省通办”。';
  expect(stageOf(aims, { stages }, '跨省通办')?.date).toBe('2025-12-31');
  expect(stageOf(aims, { stages }, '全省通办')?.date).toBe('2024-12-31');
});

test('a target with no year of its own is for the stage of its sentence, not the task’s last (宁夏 完成80%…（2024年12月前完成） in a task due 2025; a site review)', () => {
  const text =
    '第一步，先行实施（2023年12月前完成）。第二步，扩大范围，完成80%市场监管所标准化建设任务（2024年12月前完成）。第三步，全面完成（2025年12月前完成）。';
  const deadline = {
    raw: '2023年12月前；2024年12月前；2025年12月前',
    date: '2025-11-30',
    kind: 'multiple' as const,
    dates: ['2023-11-30', '2024-11-30', '2025-11-30'],
    origin: 'text' as const,
    yearInferred: false,
    stages: [
      { raw: '2023年12月前', date: '2023-11-30' },
      { raw: '2024年12月前', date: '2024-11-30' },
      { raw: '2025年12月前', date: '2025-11-30' },
    ],
  };
  expect(targetYears({ text: '完成80%' }, { deadline, documentId: 'd', text }, () => 2023)).toEqual({ dueYear: 2024 });
  // Without stages, the task's date; without a date, the document's year.
  expect(targetYears({ text: '完成80%' }, { deadline: { ...deadline, stages: undefined }, documentId: 'd', text }, () => 2023)).toEqual({ dueYear: 2025 });
  expect(targetYears({ text: '完成80%' }, { deadline: null, documentId: 'd', text }, () => 2023)).toEqual({ issuedYear: 2023 });
});

test('a period a relief applies over is said as its span, never as a date due (新疆 实施期限为2023年5月1日至2023年8月31日)', () => {
  const period = { raw: '实施期限为2023年5月1日至2023年8月31日', date: null, kind: 'period' as const, period: { from: '2023-05-01', to: '2023-08-31' } };
  expect(deadlineText(period)).toBe('执行期限2023年5月1日至2023年8月31日（政策适用期间，不是完成时限）');
  expect(deadlineText({ ...period, period: { from: null, to: '2024-12-31' } })).toBe('执行期限至2024年12月31日（政策适用期间，不是完成时限）');
  expect(isPastDue(period, '2026-12-06')).toBe(false);
});

test('a plan’s goals are dated by the years they are for, never due; the page says so, and counts them apart (延安 二、发展目标 到2025年; a review found them drawn as past-due tasks)', () => {
  const goal = { date: '2025-12-31', raw: '到2025年；到2025年', goal: true as const, yearInferred: false };
  expect(hasDueDate(goal)).toBe(false);
  expect(isPastDue(goal, '2026-12-07')).toBe(false);
  expect(deadlineReadingNotes(goal)).toEqual(['原文为工作目标，“到2025年”为目标年份，不是完成时限，不计为已过期限']);
  expect(goalDated([goal, { date: '2025-12-31' }, null])).toBe(1);
});

test('a year the text does not write, and a span from the document’s issue, are said as the site reads them (甘肃 6月底前完成; 宁夏 本要点印发后30日内; a review)', () => {
  expect(deadlineReadingNotes({ date: '2023-06-30', raw: '6月底前完成', yearInferred: true })).toEqual(['原文“6月底前完成”未写年份，按文件年份2023年计']);
  expect(deadlineReadingNotes({ date: '2023-07-20', raw: '印发后30日内', yearInferred: false, fromIssue: true })).toEqual([
    '原文“印发后30日内”，自文件成文日期起算',
  ]);
});

test('a card shown for a goal’s stage keeps it a goal’s year, never past due (一网通办 of 陕西’s 工作目标: 2024年底前; a review)', () => {
  const text = '2023年底前，五级政务服务能力显著提升。2024年底前，政务服务全面实现“一网通办”。';
  const stages = [
    { raw: '2023年底前', date: '2023-12-31' },
    { raw: '2024年底前', date: '2024-12-31' },
  ];
  const goal = {
    raw: '2023年底前；2024年底前',
    date: '2024-12-31',
    kind: 'multiple' as const,
    dates: ['2023-12-31', '2024-12-31'],
    origin: 'text' as const,
    yearInferred: false,
    stages,
    goal: true as const,
  };
  const card = cardDeadline(goal, text, '一网通办');
  expect(card.shown).toBe('2024年12月31日');
  expect(isPastDue(card.due, '2026-12-07')).toBe(false);
});

test('a line says in brief what a date is where it is no plain due date (theme lines showed 克拉玛依’s …并长期坚持 and 2025年12月前 bare; a review)', () => {
  const base = { kind: 'date' as const };
  expect(deadlineText({ ...base, date: '2023-12-31', raw: '2023年12月底前并长期坚持', continues: true })).toBe('2023年12月31日（阶段期限，此后长期坚持）');
  expect(deadlineText({ ...base, date: '2025-11-30', raw: '2025年12月前' })).toBe('2025年11月30日（原文“2025年12月前”）');
  expect(deadlineText({ ...base, date: '2025-12-31', raw: '到2025年', goal: true })).toBe('2025年12月31日（目标年份，不是完成时限）');
  expect(deadlineText({ ...base, date: '2023-06-30', raw: '2023年6月底前' })).toBe('2023年6月30日');
});

test('a measure’s heading on its own line is no part of the sentence a note quotes (宁夏 13dc79 二、总体目标 ⏎ 到2025年…; a review)', () => {
  const text = '二、总体目标\n到2025年，全区市场监管所事权职责基本厘清。到2035年，全面建成现代化市场监管所。加强队伍建设。';
  expect(datedSentences(text, { raw: '到2025年', origin: 'text' })).toEqual(['到2025年，全区市场监管所事权职责基本厘清']);
});
