// A theme's measures laid out to compare places, on small literal fixtures:
// which counterparts make rows, what each place lists, what stays apart, and
// how a measure is named in a line.
import { describe, expect, test } from 'vitest';
import { alignedRows, openingWords } from '../../src/domain/counterparts.ts';
import { documentRuns, pickerOrder, provinceRows, sideBySide, tableColumns } from '../../src/domain/side-by-side.ts';
import { measureAfterHeadline, measureHeadline } from '../../src/domain/titles.ts';

/** A measure and its links: an id alone is a strong link (0.6); [id, score] a link as close as that. */
const m = (id: string, similar: (string | [string, number])[] = [], title: string | null = null, text = '') => ({
  id,
  documentId: id.split('-')[0]!,
  title,
  label: '',
  text,
  similar: similar.map((s) => (typeof s === 'string' ? { id: s, score: 0.6 } : { id: s[0], score: s[1] })),
});
type M = ReturnType<typeof m>;
const column = (measures: M[], secondary: M[] = []) => ({ measures, secondary });
/** A row's cells as ids: null for an empty cell, the id for one measure, the ids for two. */
const ids = (rows: M[][][]) => rows.map((row) => row.map((cell) => (cell.length === 0 ? null : cell.length === 1 ? cell[0]!.id : cell.map((x) => x.id))));

describe('rows of counterparts', () => {
  test('a link counts both ways: B naming A lines them up though A names closer ones only', () => {
    const rows = alignedRows([column([m('a-1', ['x-9'])]), column([m('b-1', ['a-1'])])]);
    expect(ids(rows)).toEqual([['a-1', 'b-1']]);
  });
  test('a weak link joins rows only where every member of one links every member of the other (克拉玛依’s 交房即交证 beside four places’ 一窗受理; a site review)', () => {
    // b-1 and c-1 are a pair; d-1 links only c-1, weakly: it stays apart. e-1 links both: it joins.
    const rows = alignedRows([
      column([m('b-1', ['c-1'])]),
      column([m('c-1')]),
      column([m('d-1', [['c-1', 0.39]])]),
      column([
        m('e-1', [
          ['c-1', 0.35],
          ['b-1', 0.31],
        ]),
      ]),
    ]);
    expect(ids(rows)).toEqual([
      ['b-1', 'c-1', null, 'e-1'],
      [null, null, 'd-1', null],
    ]);
  });
  test('a measure lands in the row of its closest counterparts, whichever row was built first', () => {
    // a-1 is closest to c-1; b-1, weakly linked to a-1, belongs with d-1.
    const rows = alignedRows([
      column([
        m('a-1', [
          ['b-1', 0.31],
          ['c-1', 0.8],
        ]),
      ]),
      column([m('b-1', [['d-1', 0.9]])]),
      column([m('c-1')]),
      column([m('d-1')]),
    ]);
    expect(ids(rows)).toEqual([
      ['a-1', null, 'c-1', null],
      [null, 'b-1', null, 'd-1'],
    ]);
  });
  test('measures titled with the same words are counterparts whatever their text (深化“异地办” of 甘肃, 金昌 and 陇南)', () => {
    const rows = alignedRows([
      column([m('a-1', [], '深化“异地办”')]),
      column([m('b-1', [], '深化异地办')]),
      column([m('c-1', [], '深化“就近办”'), m('c-2', [], '抓落实')]),
      column([m('d-1', [], '抓落实')]),
    ]);
    expect(ids(rows)).toEqual([
      ['a-1', 'b-1', null, null],
      [null, null, 'c-1', null],
      [null, null, 'c-2', null],
      [null, null, null, 'd-1'],
    ]);
  });
  test('openings alike but for an adverb of effort are counterparts (银川’s 持续优化增值税留抵退税办理流程, 铜川’s 优化增值税留抵退税办理流程; a site review)', () => {
    const rows = alignedRows([
      column([m('a-1', [], null, '持续优化增值税留抵退税办理流程，简化退税审核程序')]),
      column([m('b-1', [], null, '优化增值税留抵退税办理流程，在实现信息系统自动推送退税提醒的基础上')]),
      column([m('c-1', [], null, '优化增值税发票服务流程，推行电子发票')]),
    ]);
    expect(ids(rows)[0]).toEqual(['a-1', 'b-1', null]);
    expect(openingWords({ title: '进一步持续深化“证照分离”改革', label: '', text: '' })).toBe('深化证照分离改革');
  });
  test('titles quoting the same terms are counterparts (推进“就近办”, 深化政务服务“就近办”); one quoting more is not thereby', () => {
    const rows = alignedRows([
      column([m('a-1', [], '推进“就近办”')]),
      column([m('b-1', [], '深化政务服务“就近办”')]),
      column([m('c-1', [], '推进“掌上办”“就近办”')]),
    ]);
    expect(ids(rows)).toEqual([
      ['a-1', 'b-1', null],
      [null, null, 'c-1'],
    ]);
  });
  test('an untitled text opening with the words another opens with is its counterpart (优化水利工程项目招标投标程序 of 铜川 and 克拉玛依); a short opening is not', () => {
    const rows = alignedRows([
      column([m('a-1', [], '优化水利工程项目招标投标程序，推动项目及时开工')]),
      column([m('b-1', [], null, '优化水利工程项目招标投标程序，严格落实《通知》')]),
      column([m('c-1', [], null, '各县区要，抓好落实'), m('c-2')]),
      column([m('d-1', [], null, '各县区要，抓好落实')]),
    ]);
    expect(ids(rows).slice(0, 2)).toEqual([
      ['a-1', 'b-1', null, null],
      [null, null, 'c-1', null],
    ]);
  });
  test('among measures opening alike, the closer texts pair first: a province’s cell holds the item its cities copied first (甘肃省政府’s, then 交通运输厅’s; a site review)', () => {
    // Column a is one place with two plans under the same title; b copied a-2.
    const rows = alignedRows([
      column([m('a-1', [], '推进政务数据共享应用'), m('a-2', [['b-1', 0.45]], '推进政务数据共享应用')]),
      column([m('b-1', [], '推进政务数据共享应用')]),
    ]);
    expect(ids(rows)).toEqual([[['a-2', 'a-1'], 'b-1']]);
  });
  test('rows kept apart by a place’s second measure on the same thing join, its cell holding both (甘肃’s two plans under one title, one copied by 金昌, the other by 陇南)', () => {
    const title = '推进政务数据共享应用';
    const rows = alignedRows([
      column([m('a-1', [['b-1', 0.9]], title), m('a-2', [['c-1', 0.9]], title)]),
      column([m('b-1', [], title)]),
      column([m('c-1', [], title)]),
    ]);
    expect(ids(rows)).toEqual([[['a-1', 'a-2'], 'b-1', 'c-1']]);
  });
  test('they do not join on a weak link, where most pairs across are unlinked, or past two measures a place', () => {
    // Every pair across is linked, but weakly.
    const weak = alignedRows([
      column([
        m('a-1', [
          ['b-1', 0.9],
          ['c-1', 0.4],
        ]),
        m('a-2', [
          ['c-1', 0.9],
          ['b-1', 0.4],
        ]),
      ]),
      column([m('b-1', [['c-1', 0.4]])]),
      column([m('c-1')]),
    ]);
    expect(ids(weak)).toHaveLength(2);
    // a-2's row shares nothing with b-1: one link of three pairs across.
    const star = alignedRows([column([m('a-1', [['b-1', 0.9]]), m('a-2', [['c-1', 0.9]])]), column([m('b-1', [['a-2', 0.6]])]), column([m('c-1')])]);
    expect(ids(star)).toHaveLength(2);
    const three = alignedRows([column([m('a-1', ['b-1']), m('a-2', ['b-1']), m('a-3', ['b-1'])]), column([m('b-1')])]);
    expect(ids(three)[0]).toEqual([['a-1', 'a-2'], 'b-1']);
  });
  test('openings nearly the same (切实规范政府采购和招投标, 规范政府采购和招投标) make a weak link strong', () => {
    const rows = alignedRows([
      column([m('a-1', [['b-1', 0.32]], '切实规范政府采购和招投标')]),
      column([m('b-1', [], '规范政府采购和招投标')]),
      column([m('c-1', [['b-1', 0.4]], '推进电子化交易')]),
    ]);
    // The strong pair forms first; c-1, linked to one of the two only, stays apart.
    expect(ids(rows)).toEqual([
      ['a-1', 'b-1', null],
      [null, null, 'c-1'],
    ]);
  });
  test('texts alike in the page’s rare words are counterparts where their openings share a word (陕西 推进数据资源共享, 咸阳 提升数据共享和安全保障能力); not where they share none', () => {
    const shared = '推进政务数据跨层级、跨部门、跨地区共享，逐步融合社会第三方数据。';
    const others = [
      '推进企业开办全程网办，压缩开办时间。',
      '深化工程建设项目审批制度改革，推行并联审批。',
      '加强知识产权保护，建立快速维权机制。',
      '推行非接触式办税缴费，提升纳税便利度。',
      '完善社会信用体系，健全信用修复机制。',
    ];
    const rows = alignedRows([
      column([m('a-1', [], '推进数据资源共享', `${shared}构建全省一体化政务服务大数据体系。`)]),
      column([m('b-1', [], '提升数据共享和安全保障能力', `${shared}确保网络数据安全。`)]),
      // c-1 says much the same in other words, no sentence copied.
      column([m('c-1', [], '加强平台建设统筹', '推进政务数据跨层级共享，融合社会第三方数据。优化平台架构体系。')]),
      ...others.map((text, i) => column([m(`f${i}-1`, [], null, text)])),
    ]);
    expect(ids(rows).filter((row) => row.filter(Boolean).length > 1)).toEqual([['a-1', 'b-1', null, null, null, null, null, null]]);
  });
  test('texts sharing a sentence word for word are counterparts; a clause many share (who acts) links nothing', () => {
    const copied = '推进政务数据跨层级、跨部门、跨地区共享，逐步融合社会第三方数据。';
    const who = '（各设区市政府及省级有关部门按职责分工负责）';
    const rows = alignedRows([
      column([m('a-1', [], '推进数据资源共享', `${copied}构建一体化政务服务大数据体系。`)]),
      column([m('b-1', [], '提升数据共享和安全保障能力', `确保网络数据安全。${copied}`)]),
      ...[
        '推行非接触式办税缴费',
        '完善社会信用体系',
        '加强知识产权保护',
        '深化工程建设项目审批',
        '推进企业开办全程网办',
        '优化获得电力服务',
        '规范涉企收费',
      ].map((t, i) => column([m(`f${i}-1`, [], t, `${t}。${who}`)])),
    ]);
    expect(ids(rows).filter((row) => row.filter(Boolean).length > 1)).toEqual([['a-1', 'b-1', null, null, null, null, null, null, null]]);
  });
  test('a reform both texts quote, which few measures quote, makes counterparts where one is about it (银川 推行…“刷脸办电”, 陕西 实现“刷脸办电”; a site review)', () => {
    const filler = ['完善社会信用体系', '加强知识产权保护', '深化工程建设项目审批', '规范涉企收费'].map((t, i) => column([m(`f${i}-1`, [], t, `${t}。`)]));
    const rows = (a: string, b: string, bTitle = '提升获得电力能力') =>
      ids(alignedRows([column([m('a-1', [], null, a)]), column([m('b-1', [], bTitle, b)]), ...filler])).filter((row) => row.filter(Boolean).length > 1);
    const shaanxi = '加快政企协同办电共享平台建设，督促电网企业加强用电报装信息管理，实现“刷脸办电”、“一证办电”。';
    expect(rows('推行居民客户“零证受理”和“刷脸办电”，企业客户“一证办电”和“容缺办理”。', shaanxi)).toEqual([['a-1', 'b-1', null, null, null, null]]);
    // Neither text is about the term: both mention it in passing, late in a long text.
    const a =
      '加强供电服务。压减居民停电时间，推广不停电作业，完善故障抢修机制，提高城乡配电网可靠性，公开停电信息，畅通客户诉求渠道，建立用电投诉快速响应机制。探索“刷脸办电”。';
    const b =
      '推进电网改造。建设坚强智能电网，扩大农网覆盖范围，降低小微企业接电成本，落实电价优惠政策，做好迎峰度夏，加快充电设施布局，推动新能源接入消纳。试行“刷脸办电”。';
    expect(rows(a, b, '优化电网建设')).toEqual([]);
    // A slogan (一站式) or a way of serving applied to any matter (一件事一次办) names no shared reform.
    expect(rows('推动企业用工登记、社保登记“一件事一次办”。', '加快实施高校毕业生就业公共服务“一件事一次办”改革。', '做好就业援助')).toEqual([]);
    expect(rows('在市民大厅开设知识产权咨询窗口，提供“一站式”服务。', '为企业提供“一站式”专利导航服务。', '激发创新动能')).toEqual([]);
  });
  test('measures whose titles or opening clauses name one tracked reform are counterparts, given the reforms’ names (陕西 and 银川 “一业一证”; a site review)', () => {
    const withReform = (x: M) => ({ ...x, reforms: ['yi-ye-yi-zheng'] });
    // Four measures of the page quote “一业一证”, two of them in passing: the quoted term is the page's common word.
    const filler = ['完善社会信用体系', '加强知识产权保护', '深化工程建设项目审批', '规范涉企收费'].map((t, i) =>
      column([withReform(m(`f${i}-1`, [], t, `${t}。${i < 2 ? '配合做好准营服务，衔接“一业一证”。' : ''}`))]),
    );
    const shaanxi = withReform(
      m(
        'a-1',
        [],
        '试点推行市场监管领域“一业一证”改革',
        '5.试点推行市场监管领域“一业一证”改革。探索在食品、特种设备、重要工业产品等领域推行许可业务并联审批。',
      ),
    );
    const yinchuan = withReform(m('b-1', [], null, '不断优化宁夏政务服务网银川站“一业一证”模块功能，实现准营事项覆盖率达80%。'));
    const shared = (names?: Map<string, string>) =>
      ids(alignedRows([column([shaanxi]), column([yinchuan]), ...filler], names)).filter((row) => row.filter(Boolean).length > 1);
    expect(shared(new Map([['yi-ye-yi-zheng', '一业一证']]))).toEqual([['a-1', 'b-1', null, null, null, null]]);
    expect(shared()).toEqual([]);
  });
  test('a term quoted by more than three measures of a page is its common word and links none', () => {
    const quoting = ['a', 'b', 'c', 'd'].map((p) => column([m(`${p}-1`, [], null, `推广“刷脸办电”。`)]));
    expect(ids(alignedRows(quoting)).filter((row) => row.filter(Boolean).length > 1)).toEqual([]);
  });
  test('links inside a place line nothing up', () => {
    const rows = alignedRows([column([m('a-1', ['a-2']), m('a-2')]), column([m('b-1')])]);
    expect(ids(rows)).toEqual([
      ['a-1', null],
      ['a-2', null],
      [null, 'b-1'],
    ]);
  });
});

describe('the side-by-side layout', () => {
  const columns = [
    column([m('a-1', ['b-1', 'c-1']), m('a-2')], [m('a-3')]),
    column([m('b-1'), m('b-2', ['c-2'])]),
    column([m('c-1'), m('c-2')]),
    column([], [m('d-1', ['a-1'])]),
  ];
  const layout = sideBySide(columns);
  test('only counterparts two or more places share make rows', () => {
    expect(ids(layout.shared)).toEqual([
      ['a-1', 'b-1', 'c-1', null],
      [null, 'b-2', 'c-2', null],
    ]);
  });
  test('each place lists its other measures in order; secondary ones stay apart and never line up', () => {
    expect(layout.rest.map((r) => r.map((x) => x.id))).toEqual([['a-2'], [], [], []]);
    expect(layout.secondary.map((r) => r.map((x) => x.id))).toEqual([['a-3'], [], [], ['d-1']]);
  });
  test('the table has a column for each place with a measure on the theme, not for one with secondary ones only; the first row’s places first', () => {
    // The fullest row holds a, b and c: they stand at the left, in their own order.
    expect(tableColumns(layout)).toEqual([0, 1, 2]);
  });
  test('places sharing as many rows stand by how many measures they hold (property registration: 银川’s 19 before places with 2)', () => {
    const layout2 = sideBySide([column([m('a-1', ['b-1'])]), column([m('b-1')]), column([m('c-1'), m('c-2')]), column([m('d-1'), m('d-2'), m('d-3')])]);
    expect(tableColumns(layout2)).toEqual([0, 1, 3, 2]);
  });
  test('among rows as full, those whose places stand first come first', () => {
    // 13 places where only the last two share much: their rows are not hidden behind rows of places off to the right.
    const wide = sideBySide([
      column([m('a-1', ['b-1'])]),
      column([m('b-1')]),
      column([m('c-1', ['d-1']), m('c-2', ['d-2']), m('c-3', ['d-3'])]),
      column([m('d-1'), m('d-2'), m('d-3')]),
    ]);
    expect(tableColumns(wide)).toEqual([2, 3, 0, 1]);
    expect(ids(wide.shared).at(-1)).toEqual(['a-1', 'b-1', null, null]);
  });
  test('the place picker names places in the order their columns stand, then places with no column', () => {
    const layout3 = sideBySide([column([m('a-1')]), column([], [m('b-1')]), column([m('c-1', ['d-1']), m('c-2')]), column([m('d-1')])]);
    expect(tableColumns(layout3)).toEqual([2, 3, 0]);
    expect(pickerOrder(['a', 'b', 'c', 'd'], layout3)).toEqual(['c', 'd', 'a', 'b']);
    expect(pickerOrder(['a', 'b'], null)).toEqual(['a', 'b']);
  });
  test('a province’s rows are cut from the national ones: it never pairs what the national page keeps apart (咸阳’s 行政备案 list, 铜川’s 行政许可 list; a site review)', () => {
    // a and b: another province's 行政备案 lists; c (咸阳) belongs with them; d (铜川) links c weakly.
    const all = [
      column([m('a-1', ['c-1'])]),
      column([m('b-1', ['c-1'])]),
      column([m('c-1', [['d-1', 0.36]]), m('c-2', ['d-2'])]),
      column([m('d-1'), m('d-2')]),
    ];
    const national = sideBySide(all);
    expect(ids(national.shared)).toEqual([
      ['a-1', 'b-1', 'c-1', null],
      [null, null, 'c-2', 'd-2'],
    ]);
    // Aligned alone, the province would pair c-1 with d-1.
    const own = all.slice(2);
    expect(ids(sideBySide(own).shared)).toContainEqual(['c-1', 'd-1']);
    const cut = sideBySide(own, provinceRows(national, [2, 3]));
    expect(ids(cut.shared)).toEqual([['c-2', 'd-2']]);
    expect(cut.rest.map((r) => r.map((x) => x.id))).toEqual([['c-1'], ['d-1']]);
  });
  test('a place’s list is cut into runs of one document each', () => {
    const runs = documentRuns([m('a-1'), m('a-2'), m('b-1'), m('a-3')]);
    expect(runs.map((r) => [r.documentId, r.measures.length])).toEqual([
      ['a', 2],
      ['b', 1],
      ['a', 1],
    ]);
  });
});

describe('a measure in one line', () => {
  const measure = (text: string, title: string | null = null, label = '') => ({ text, title, label });
  test('its short title, else its first sentence without its number', () => {
    expect(measureHeadline(measure('1.提升不动产登记便利化水平。建立服务专窗。', '提升不动产登记便利化水平', '1.'))).toBe('提升不动产登记便利化水平');
    expect(measureHeadline(measure('探索推行“带押过户”。'))).toBe('探索推行“带押过户”');
  });
  test('a long first sentence is cut at its first comma, else at the limit', () => {
    expect(measureHeadline(measure('拓展不动产登记平台功能，市场主体可在外地、家中、交易中介直接办理房屋转移登记、首次登记等业务。'))).toBe(
      '拓展不动产登记平台功能',
    );
    const ten = '一二三四五六七八九十';
    expect(measureHeadline(measure(`${ten.repeat(3)}一二三`))).toBe(`${ten.repeat(3)}…`);
  });
  test('a first clause that only frames the action (在全市范围内, 对标全国一流) runs on to the action', () => {
    expect(measureHeadline(measure('在全市范围内，推行工程建设项目“清单制+告知承诺制”审批，进一步压缩审批时间，提升审批效率。'))).toBe(
      '在全市范围内，推行工程建设项目“清单制+告知承诺制”审批',
    );
    expect(measureHeadline(measure('对标全国一流，持续深化工程建设项目审批制度改革，全面推行并联审批和告知承诺。'))).toBe(
      '对标全国一流，持续深化工程建设项目审批制度改革',
    );
    // A clause ending on its condition (经实名认证后) names nothing done: the headline runs on to the next clause.
    expect(measureHeadline(measure('支持任何人经实名认证后，依托“互联网+”不动产登记信息平台，查询不动产权利限制状况信息。'))).toBe(
      '支持任何人经实名认证后，依托“互联网+”不动产登记信息平台',
    );
  });
  test('an article headed by a word or two goes on with its first sentence, which the text under it then leaves out (白银 细则 第四条公示; a review found “申请” alone)', () => {
    const notice = measure('第四条公示\n通过新闻媒体向社会公示，公示期为7天。', '公示', '第四条');
    expect(measureHeadline(notice)).toBe('公示：通过新闻媒体向社会公示，公示期为7天');
    expect(measureAfterHeadline(notice)).toBe('');
    const applying = measure('第一条申请\n投资项目符合本政策规定条件的申请人，每年12月底前提出书面申请。提供以下材料：', '申请', '第一条');
    expect(measureHeadline(applying, 30)).toBe('申请：投资项目符合本政策规定条件的申请人');
    expect(measureAfterHeadline(applying)).toBe('提供以下材料：');
  });
  test('the clause naming who does it is left out: the card says who leads apart', () => {
    const text = '（四）推行简易注销。扩大适用范围，压缩公示时间。（市市场监管局牵头，市税务局配合）';
    expect(measureAfterHeadline(measure(text, '推行简易注销', '（四）'))).toBe('扩大适用范围，压缩公示时间。');
  });
  test('so are the lines of fields under it (002 克拉玛依 牵头单位：… 完成时限：…; a review found them inside a card’s title)', () => {
    const karamay = measure('58.落实阶段性缓缴政策\n牵头单位：市人社局\n责任单位：各区人民政府\n完成时限：2023年12月底', null, '58.');
    expect(measureHeadline(karamay)).toBe('落实阶段性缓缴政策');
    expect(measureAfterHeadline(karamay)).toBe('');
  });
});
