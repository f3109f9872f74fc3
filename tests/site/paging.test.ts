// The page-budget decisions on small literal fixtures: where listings are cut,
// which view a page uses, and where each group's entries begin.
import { describe, expect, test } from 'vitest';
import {
  bestPerGroup,
  CARD_BYTES,
  columnFirstPages,
  EMPTY_CELL_BYTES,
  ITEM_BYTES,
  matrixMode,
  provinceCells,
  provinceGroups,
  rowBytes,
  sideBySideBytes,
  sideBySidePages,
  targetChartMode,
  themePageMode,
  themeProvinceHref,
  themeSummary,
  themeView,
} from '../../src/paging/compare-pages.ts';
import type { MatrixCell, Place } from '../../src/domain/compare.ts';
import { tableColumns, type SideBySide } from '../../src/domain/side-by-side.ts';
import type { QuantityTable } from '../../src/domain/quantities.ts';
import { groupedListing, indexMode, letterAnchor, rankedListing, unitIndexListing, unitInitial, unitSortName } from '../../src/paging/index-pages.ts';
import {
  PAGE_BUDGET_BYTES,
  cutEvery,
  cutPages,
  firstOnPage,
  groupStarts,
  laterPageParams,
  pageHref,
  pageOf,
  pageParam,
  slicePages,
} from '../../src/paging/budget.ts';
import { bookTitle, cityLevel, docNumberShown, shortTitle } from '../../src/domain/titles.ts';
import {
  DOCUMENT_FRAME_BYTES,
  documentPageBytes,
  MEASURE_BYTES,
  RESTATEMENT_LINE_BYTES,
  RESTATEMENT_LINK_BYTES,
  SIMILAR_LINE_BYTES,
  similarApart,
  similarPageBytes,
} from '../../src/paging/document-pages.ts';
import {
  adoptionBytes,
  ADOPTION_BYTES,
  chronological,
  firstPerProvince,
  REFORM_CARD_BYTES,
  reformListing,
  reformPageMode,
} from '../../src/paging/reform-pages.ts';

describe('cutting a listing into pages', () => {
  test('items go on a page until the next would pass the budget', () => {
    expect(cutPages([3, 3, 3, 3, 3], 7)).toEqual([0, 2, 4]);
    expect(cutPages([7, 1, 6, 1], 7)).toEqual([0, 1, 3]);
  });
  test('an item heavier than the budget gets a page of its own; no items is one empty page', () => {
    expect(cutPages([2, 20, 2], 10)).toEqual([0, 1, 2]);
    expect(cutPages([20], 10)).toEqual([0]);
    expect(cutPages([], 10)).toEqual([0]);
  });
  test('fixed-size pages, their slices and which page holds an item', () => {
    expect(cutEvery(7, 3)).toEqual([0, 3, 6]);
    expect(cutEvery(0, 3)).toEqual([0]);
    expect(slicePages(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [0, 3, 6])).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]);
    expect([0, 2, 3, 5, 6].map((i) => pageOf([0, 3, 6], i))).toEqual([1, 1, 2, 2, 3]);
  });
  test('the listing’s own URL is page 1: routes under page/<n>/ start at 2', () => {
    expect(laterPageParams([0, 3, 6])).toEqual([{ params: { n: '2' } }, { params: { n: '3' } }]);
    expect(laterPageParams([0])).toEqual([]);
  });
  test('page 1 is the base URL; later pages add their number', () => {
    expect(pageHref('/reforms/x/', 1)).toBe('/reforms/x/');
    expect(pageHref('/reforms/x/', 3)).toBe('/reforms/x/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });
});

describe('where each group begins', () => {
  const keys = ['xa', 'xa', 'yc', 'xa', 'yc', 'zw', 'zw'];
  const starts = [0, 3, 6];
  test('one entry per key, at its first item, with its page and size — also when a group’s items are not consecutive', () => {
    expect(groupStarts(keys, starts)).toEqual([
      { key: 'xa', index: 0, page: 1, count: 3 },
      { key: 'yc', index: 2, page: 1, count: 2 },
      { key: 'zw', index: 5, page: 2, count: 2 },
    ]);
  });
  test('the first item of each group on a page carries its anchor there', () => {
    expect([...firstOnPage(keys, starts, 1)]).toEqual([0, 2]);
    expect([...firstOnPage(keys, starts, 2)]).toEqual([3, 4, 5]);
    expect([...firstOnPage(keys, starts, 3)]).toEqual([6]);
  });
});

const place = (id: string, province: string, level: Place['level'] = 'city'): Place => ({
  id,
  name: id,
  province,
  level,
  url: `/p/${id}/`,
  documentIds: [`${id}-doc`],
  lacksAnnexes: false,
});
const places = [
  place('shaanxi', '陕西', 'province'),
  place('shaanxi-xian', '陕西'),
  place('shaanxi-xianyang', '陕西'),
  place('ningxia', '宁夏', 'province'),
  place('ningxia-yinchuan', '宁夏'),
];

describe('a theme page: side by side or summary', () => {
  const layout = (shared: string[][][], rest: string[][], secondary: string[][] = rest.map(() => [])): SideBySide<string> => ({
    shared,
    rest,
    secondary,
  });
  test('a row of counterparts costs a card per filled cell and a little per empty one; a listed measure a line', () => {
    expect(rowBytes([['m'], [], []])).toBe(CARD_BYTES + 2 * EMPTY_CELL_BYTES);
    // A place's cell of two measures costs two cards.
    expect(rowBytes([['m', 'n'], ['o'], []])).toBe(3 * CARD_BYTES + EMPTY_CELL_BYTES);
    expect(sideBySideBytes(layout([[['a'], ['b'], []]], [['c'], [], ['d']], [[], ['e'], []]))).toBe(rowBytes([['a'], ['b'], []]) + 3 * ITEM_BYTES);
  });
  test('side by side while the layout fits the budget, summary past it — decided by size alone', () => {
    const l = layout([[['a'], ['b']]], [['c'], []]);
    expect(themePageMode(l, sideBySideBytes(l))).toBe('side-by-side');
    expect(themePageMode(l, sideBySideBytes(l) - 1)).toBe('summary');
  });
  test('nothing is laid out when the lines alone are over budget', () => {
    let laid = 0;
    const lay = () => {
      laid++;
      return layout([], [['a', 'b']]);
    };
    const columns = (n: number) => [{ measures: Array.from({ length: n }, () => 1), secondary: [] }];
    expect(themeView(columns(2), lay, 2 * ITEM_BYTES)).toEqual({ mode: 'side-by-side', layout: layout([], [['a', 'b']]) });
    expect(themeView(columns(3), lay, 2 * ITEM_BYTES)).toEqual({ mode: 'summary', layout: null });
    expect(laid).toBe(1);
    // Laid out, but the cards of its rows are over budget after all.
    expect(themeView(columns(2), () => layout([[['a'], ['b']]], [[], []]), 2 * ITEM_BYTES)).toEqual({ mode: 'summary', layout: null });
  });
  test('pages hold rows of counterparts first, then each column’s list, then the secondary measures; a list runs on', () => {
    const l = layout([[['a'], ['b'], []]], [['c', 'd'], [], ['e']], [[], ['s'], []]);
    const pages = sideBySidePages(l, rowBytes([['a'], ['b'], []]) + ITEM_BYTES);
    expect(pages).toEqual([layout([[['a'], ['b'], []]], [['c'], [], []]), layout([], [['d'], [], ['e']], [[], ['s'], []])]);
    expect(sideBySidePages(l, ITEM_BYTES).map((p) => p.secondary[1])).toEqual([[], [], [], [], ['s']]);
    expect(sideBySidePages(l)).toEqual([l]);
    expect(sideBySidePages(layout([], [[], []]))).toEqual([layout([], [[], []])]);
  });
  test('a column lands on the first page where it holds a measure on the theme; with secondary ones only, on none', () => {
    const pages = [layout([[['a'], [], []]], [[], [], []]), layout([], [[], ['b'], []], [[], [], ['s']])];
    expect(columnFirstPages(pages, 3)).toEqual([1, 2, null]);
    expect(columnFirstPages(pages, 3, 'secondary')).toEqual([null, null, 2]);
    expect(tableColumns(pages[1]!)).toEqual([1]);
  });
  test('places group by province, each province under its own slug', () => {
    expect(provinceGroups(places).map((g) => [g.province, g.slug, g.places.map((p) => p.id)])).toEqual([
      ['陕西', 'shaanxi', ['shaanxi', 'shaanxi-xian', 'shaanxi-xianyang']],
      ['宁夏', 'ningxia', ['ningxia', 'ningxia-yinchuan']],
    ]);
  });
  test('the summary counts each place’s measures on the theme and links to where they begin on its province’s page', () => {
    const m = (id: string, targets = 0) => ({ id, targets: Array.from({ length: targets }, () => ({})) });
    type M = ReturnType<typeof m>;
    const columns: Record<string, { place: Place; measures: M[]; secondary: M[] }[]> = {
      陕西: [
        { place: places[0]!, measures: [], secondary: [m('s1')] },
        { place: places[1]!, measures: [m('a', 1), m('b')], secondary: [] },
        { place: places[2]!, measures: [m('c')], secondary: [] },
      ],
      宁夏: [],
    };
    // Two lines a page: 西安's list starts on page 1, 咸阳's only on page 2; the secondary line goes last.
    const layoutOf = (cs: { measures: M[]; secondary: M[] }[]): SideBySide<M> => ({
      shared: [],
      rest: cs.map((c) => c.measures),
      secondary: cs.map((c) => c.secondary),
    });
    const summary = themeSummary('taxes', provinceGroups(places), (g) => columns[g.province]!, layoutOf, 2 * ITEM_BYTES);
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ measures: 3, targets: 1, secondary: 1, pages: 2 });
    // A place only touching the theme has a row of its own, under its secondary-<id>, leading to where its measures are listed apart.
    expect(summary[0]!.rows.map((r) => [r.anchor, r.measures, r.targets, r.secondary, r.href])).toEqual([
      ['secondary-shaanxi', 0, 0, 1, '/compare/taxes/shaanxi/2/#secondary-shaanxi'],
      ['shaanxi-xian', 2, 1, 0, '/compare/taxes/shaanxi/#shaanxi-xian'],
      ['shaanxi-xianyang', 1, 0, 0, '/compare/taxes/shaanxi/2/#shaanxi-xianyang'],
    ]);
    expect(themeProvinceHref('taxes', 'ningxia', 1)).toBe('/compare/taxes/ningxia/');
  });
});

describe('target charts', () => {
  const row = (place: string, value: number, unit = '天') => ({
    place,
    placeName: place,
    value,
    unit,
    kind: 'level' as const,
    text: `${value}${unit}`,
    measureId: `${place}-${value}`,
    href: `/d/#${place}-${value}`,
    best: false,
  });
  const table: QuantityTable = {
    key: 'days||天|level',
    name: '办理时间',
    metric: null,
    qualifier: '',
    unit: '天',
    kind: 'level',
    direction: 'lower-is-better',
    amount: false,
    rows: [row('shaanxi', 5), row('shaanxi-xian', 3), row('shaanxi-xian', 6), row('ningxia', 4), row('ningxia-yinchuan', 4)],
    places: 4,
    statedLevels: [],
  };
  test('a chart draws every target up to MAX_BARS, else the best of each group', () => {
    expect(targetChartMode(60)).toBe('all');
    expect(targetChartMode(61)).toBe('best-per-group');
  });
  test('the best headline of each group, by the table’s direction; the first of equals is kept', () => {
    const province = (id: string) => id.split('-')[0]!;
    expect(bestPerGroup(table, province).rows.map((r) => [r.place, r.value])).toEqual([
      ['shaanxi-xian', 3],
      ['ningxia', 4],
    ]);
    const higher = { ...table, direction: 'higher-is-better' as const };
    expect(bestPerGroup(higher, province).rows.map((r) => [r.place, r.value])).toEqual([
      ['shaanxi-xian', 6],
      ['ningxia', 4],
    ]);
  });
});

describe('the theme × place matrix', () => {
  test('a column per place while they fit, else per province', () => {
    expect(matrixMode(36)).toBe('places');
    expect(matrixMode(37)).toBe('provinces');
  });
  test('a province’s cell sums its places and takes the strongest state; no-documents only when no place holds any', () => {
    const cell = (p: string, state: MatrixCell['state'], count: number, targetCount = 0): MatrixCell => ({
      theme: 'taxes',
      place: p,
      state,
      count,
      secondaryCount: 0,
      targetCount,
      notes: [],
      moreNotes: 0,
      href: `/compare/taxes/#${p}`,
    });
    const cells = [
      cell('shaanxi', 'none', 0),
      cell('shaanxi-xian', 'measures', 2),
      cell('shaanxi-xianyang', 'target', 3, 1),
      cell('ningxia', 'no-documents', 0),
      cell('ningxia-yinchuan', 'no-documents', 0),
    ];
    expect(provinceCells([{ id: 'taxes' }], provinceGroups(places), cells)).toEqual([
      {
        theme: 'taxes',
        place: 'shaanxi',
        state: 'target',
        count: 5,
        secondaryCount: 0,
        targetCount: 1,
        notes: [],
        moreNotes: 0,
        href: '/compare/taxes/shaanxi/',
      },
      {
        theme: 'taxes',
        place: 'ningxia',
        state: 'no-documents',
        count: 0,
        secondaryCount: 0,
        targetCount: 0,
        notes: [],
        moreNotes: 0,
        href: '/compare/taxes/ningxia/',
      },
    ]);
  });
});

describe('a reform page: whole or paged', () => {
  const adoption = (documentId: string, date: string | null, province: string, city: string | null, measures = 1) => ({
    documentId,
    date,
    province,
    city,
    measureIds: Array.from({ length: measures }, (_, i) => `${documentId}-m${i}`),
  });
  const adoptions = [
    adoption('yc-2', '2023-05-01', '宁夏', '银川市'),
    adoption('xa-1', '2022-01-01', '陕西', '西安市', 2),
    adoption('nx-1', null, '宁夏', null),
    adoption('yc-1', '2021-03-01', '宁夏', '银川市'),
    adoption('xy-1', '2022-06-01', '陕西', '咸阳市'),
  ];
  const placeOf = (a: (typeof adoptions)[number]) => ({ id: a.city ?? a.province, name: a.city ?? `${a.province}省级`, province: a.province });
  const order = ['陕西', '西安市', '咸阳市', '宁夏', '银川市'];

  test('dated adoptions by date, then the undated ones', () => {
    expect(chronological(adoptions).map((a) => a.documentId)).toEqual(['yc-1', 'xa-1', 'xy-1', 'yc-2', 'nx-1']);
  });
  test('whole while the adoptions and their cards fit the budget', () => {
    expect(adoptionBytes(adoptions[1]!)).toBe(ADOPTION_BYTES + 2 * REFORM_CARD_BYTES);
    const total = adoptions.reduce((n, a) => n + adoptionBytes(a), 0);
    expect(reformPageMode(adoptions, total)).toBe('whole');
    expect(reformPageMode(adoptions, total - 1)).toBe('paged');
  });
  test('paged: a row per place in the places’ order, with its documents, first date and the page of its first adoption', () => {
    const budget = 2 * adoptionBytes(adoptions[0]!) + 1;
    const listing = reformListing({ adoptions }, placeOf, (id) => order.indexOf(id), budget);
    expect(listing.mode).toBe('paged');
    // yc-1 | xa-1 (two cards: a page of its own) | xy-1, yc-2 | nx-1
    expect(listing.starts).toEqual([0, 1, 2, 4]);
    expect(listing.places.map((r) => [r.place.id, r.documents, r.first, r.page])).toEqual([
      ['西安市', 1, '2022-01-01', 2],
      ['咸阳市', 1, '2022-06-01', 3],
      ['宁夏', 1, null, 4],
      ['银川市', 2, '2021-03-01', 1],
    ]);
    expect(listing.placeIds).toEqual(['银川市', '西安市', '咸阳市', '银川市', '宁夏']);
  });
  test('whole: one page, every adoption on it', () => {
    const listing = reformListing({ adoptions }, placeOf, (id) => order.indexOf(id));
    expect(listing).toMatchObject({ mode: 'whole', starts: [0] });
  });
  test('the paged chart: each province’s first adoption, dated before undated', () => {
    expect(firstPerProvince(adoptions).map((a) => a.documentId)).toEqual(['yc-1', 'xa-1']);
    expect(firstPerProvince([adoption('q-1', null, '青海', null), adoption('q-2', null, '青海', '西宁市')]).map((a) => a.documentId)).toEqual(['q-1']);
  });
});

describe('index pages', () => {
  test('one table while the rows fit a page', () => {
    expect(indexMode(300, 300)).toBe('whole');
    expect(indexMode(301, 300)).toBe('paged');
    expect(
      groupedListing(
        ['b', 'a'],
        2,
        (x) => x,
        (g) => g,
      ),
    ).toEqual({ mode: 'whole', items: ['b', 'a'], starts: [0], groups: [], keys: [] });
  });
  test('paged: rows group by group, order kept within a group, with where each group begins', () => {
    const rows = [
      { p: '宁夏', t: 1 },
      { p: '陕西', t: 2 },
      { p: '宁夏', t: 3 },
      { p: '陕西', t: 4 },
      { p: '甘肃', t: 5 },
    ];
    const order = ['陕西', '宁夏', '甘肃'];
    const listing = groupedListing(
      rows,
      2,
      (r) => r.p,
      (g) => order.indexOf(g),
    );
    expect(listing.items.map((r) => r.t)).toEqual([2, 4, 1, 3, 5]);
    expect(listing.starts).toEqual([0, 2, 4]);
    expect(listing.keys).toEqual(['陕西', '陕西', '宁夏', '宁夏', '甘肃']);
    expect(listing.groups.map((g) => [g.key, g.page, g.count])).toEqual([
      ['陕西', 1, 2],
      ['宁夏', 2, 2],
      ['甘肃', 3, 1],
    ]);
  });
  test('a ranking keeps its order across pages', () => {
    expect(rankedListing([5, 4, 3], 2)).toEqual({ mode: 'paged', items: [5, 4, 3], starts: [0, 2], groups: [], keys: [] });
  });
  test('bodies are filed without their level, by the pinyin initial; 市场/市政/市直 are words, not levels', () => {
    expect(unitSortName('市审批局')).toBe('审批局');
    expect(unitSortName('省发展改革委')).toBe('发展改革委');
    expect(unitSortName('市市场监管局')).toBe('市场监管局');
    expect(unitSortName('市场监管局')).toBe('市场监管局');
    expect(unitSortName('市政管理局')).toBe('市政管理局');
    expect(unitSortName('市委')).toBe('市委');
    expect(['市审批局', '省发展改革委', '人民银行兰州中心支行', '12345热线', 'ABC公司'].map(unitInitial)).toEqual(['S', 'F', 'R', '#', 'A']);
    expect(letterAnchor('#')).toBe('letter-other');
  });
  test('the units index, once paged, runs A to Z with # last and each letter’s first page', () => {
    const units = ['市审批局', '省发展改革委', '12345热线', '市财政局', '人社局'].map((name) => ({ name }));
    const listing = unitIndexListing(units, 2);
    expect(listing.items.map((u) => u.name)).toEqual(['市财政局', '省发展改革委', '人社局', '市审批局', '12345热线']);
    expect(listing.groups.map((g) => [g.key, g.page])).toEqual([
      ['C', 1],
      ['F', 1],
      ['R', 2],
      ['S', 2],
      ['#', 3],
    ]);
  });
});

describe('document pages', () => {
  test('similar measures name the plan, not the notice that covers it', () => {
    expect(shortTitle('定西市人民政府关于印发《定西市深化“放管服”改革优化营商环境重点任务工作方案》的通知')).toBe(
      '定西市深化“放管服”改革优化营商环境重点任务工作方案',
    );
    expect(shortTitle('关于印发银川市优化营商环境若干措施的通知')).toBe('银川市优化营商环境若干措施');
    expect(shortTitle('陕西省优化营商环境条例')).toBe('陕西省优化营商环境条例');
    // A notice that is itself the policy keeps its whole title (a review read 庆阳…改革举措 as cut off).
    expect(shortTitle('庆阳市人民政府办公室关于复制推广营商环境创新试点改革举措的通知')).toBe('庆阳市人民政府办公室关于复制推广营商环境创新试点改革举措的通知');
    expect(shortTitle('哈密市落实优化营商环境降低市场主体制度性交易成本工作方案的通知')).toBe('哈密市落实优化营商环境降低市场主体制度性交易成本工作方案');
  });
  test('a city’s documents are of the level it calls itself: 甘孜藏族自治州’s 州级, not 市级 (a review)', () => {
    expect(['甘孜藏族自治州', '阿克苏地区', '银川市'].map(cityLevel)).toEqual(['州级', '地区级', '市级']);
  });
  test('a title in book-title marks nests 〈〉 inside 《》, never 《《》》 (a site review)', () => {
    expect(bookTitle('中共陕西省委陕西省人民政府印发《陕西省推进营商环境突破年实施意见》')).toBe(
      '《中共陕西省委陕西省人民政府印发〈陕西省推进营商环境突破年实施意见〉》',
    );
    expect(bookTitle('《银川市优化营商环境若干措施》')).toBe('《银川市优化营商环境若干措施》');
    expect(bookTitle('陕西省优化营商环境条例')).toBe('《陕西省优化营商环境条例》');
  });
  test('a 文号 the source misprints says it is as printed wherever a document is named (甘肃省交通运输厅 湘政务函; a site review)', () => {
    expect(docNumberShown({ docNumber: '湘政务函〔2023〕9号', docNumberNote: '文号以“湘”（湖南的简称）起首…' })).toBe('湘政务函〔2023〕9号，原文如此');
    expect(docNumberShown({ docNumber: '银政办发〔2023〕5号', docNumberNote: null })).toBe('银政办发〔2023〕5号');
    expect(docNumberShown({ docNumber: null })).toBeNull();
  });
});

describe('document pages: similar measures inline or apart', () => {
  const measure = (chars: number, similar: number) => ({ text: '措'.repeat(chars), similar: Array.from({ length: similar }) });

  test('the estimate counts the frame, each measure, its text in UTF-8 and its similar lines', () => {
    expect(documentPageBytes([])).toBe(DOCUMENT_FRAME_BYTES);
    expect(documentPageBytes([measure(10, 2)])).toBe(DOCUMENT_FRAME_BYTES + MEASURE_BYTES + 30 + 2 * SIMILAR_LINE_BYTES);
    expect(similarPageBytes([measure(10, 0), measure(10, 5)])).toBe(DOCUMENT_FRAME_BYTES + 400 + 5 * SIMILAR_LINE_BYTES);
    // And its restatement lines: 银川's plan items each link their task list's rows (a review; the page outgrew its estimate).
    const restated = { ...measure(10, 0), restatements: { down: [[1, 2, 3]], up: [] } };
    expect(documentPageBytes([restated])).toBe(DOCUMENT_FRAME_BYTES + MEASURE_BYTES + 30 + RESTATEMENT_LINE_BYTES + RESTATEMENT_LINK_BYTES);
  });

  test('a plan as long as the real corpus’s longest keeps them; a third longer with five each moves them, and both pages fit', () => {
    // 227 measures of about 130 characters, 24 similar measures in all: the real corpus's longest plan.
    const longest = Array.from({ length: 227 }, (_, i) => measure(130, i < 24 ? 1 : 0));
    expect(similarApart(longest)).toBe(false);
    const longer = Array.from({ length: 300 }, () => measure(130, 5));
    expect(similarApart(longer)).toBe(true);
    expect(documentPageBytes(longer.map((m) => ({ ...m, similar: [] })))).toBeLessThan(PAGE_BUDGET_BYTES);
    expect(similarPageBytes(longer)).toBeLessThan(PAGE_BUDGET_BYTES);
  });
});
