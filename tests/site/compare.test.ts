// Comparison tables on the real records.
import { beforeAll, describe, expect, test } from 'vitest';
import { provinceRecords } from '../../scripts/build-site/converter/io/emit.ts';
import { citation, matrixColumns, placesOf, placeYears, themeColumns, themeMatrix, type Place } from '../../src/domain/compare.ts';
import {
  clauseOf,
  headlines,
  isAmount,
  otherUnits,
  quantityDefinition,
  quantityTables,
  rowsByPlace,
  targetClause,
  targetValue,
  targetWords,
  sentenceAround,
  uncomparedTargets,
} from '../../src/domain/quantities.ts';
import { extractTargets } from '../../scripts/build-site/converter/stages/extract-targets.ts';
import { restatedFromOf, restatedMeasures, restatementLinks, restatingAdoptions, restatingExample, restatingThemes } from '../../src/domain/restatements.ts';
import { bodyZone } from '../../src/domain/bodies.ts';
import { quantityKey, targetLabel } from '../../src/domain/target-key.ts';
import { tierWords, transmissionTier } from '../../src/domain/transmission-tier.ts';
import type { Transmission } from '../../src/schemas/analysis.ts';
import { targetComparison } from '../../src/charts/inputs.ts';
import { leadingBodies, rankingBodiesOf, unitIndex, unitListing, unitMeasures } from '../../src/domain/units.ts';
import type { Body } from '../../src/schemas/body.ts';
import type { Measure } from '../../src/schemas/measure.ts';
import type { PolicyDocument } from '../../src/schemas/document.ts';
import { metrics, realCorpus, themes } from '../helpers/corpus.ts';

let places: Place[];
let measures: Measure[];
let documents: PolicyDocument[];
let bodies: Body[];
let transmissions: Transmission[];

beforeAll(async () => {
  const corpus = await realCorpus();
  bodies = corpus.bodies;
  transmissions = corpus.transmissions;
  documents = corpus.documents.map((d) => d.document);
  measures = corpus.documents.flatMap((d) => d.measures);
  const provinces = provinceRecords([{ name: '青海', empty: true }], documents);
  places = placesOf(provinces, documents);
});

describe('places', () => {
  test('青海 has a column with no documents; 银川市 gathers its two documents', () => {
    expect(places.find((p) => p.province === '青海')?.documentIds).toEqual([]);
    expect(places.find((p) => p.name === '银川市')?.documentIds).toHaveLength(2);
  });
});

describe('target labels', () => {
  test('a rate named in three characters names its chip (银川 …仲裁结案率和调解率分别达到90%、60%以上; a site review); a generic rate does not', () => {
    const yinchuan = measures.find((m) => m.documentId.startsWith('ningxia-yinchuan-2023-516c1d') && m.text.includes('调解率'))!;
    expect(yinchuan.targets.map((t) => targetLabel(t, new Map()))).toEqual(['仲裁结案率', '调解率']);
    expect(targetLabel({ subject: '覆盖率' }, new Map())).toBe('');
  });
});

describe('stocks', () => {
  test('a stock a place holds (每万人高价值发明专利拥有量) is listed side by side, never ranked: its level is mostly the base (two site reviews)', () => {
    const tables = quantityTables('ip', metrics.metrics, places, measures).filter((t) => t.metric?.stock);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.amount, t.key).toBe(true);
      expect(t.rows.some((r) => r.best)).toBe(false);
      expect(targetComparison(t, (id) => id)).toBeNull();
    }
  });
});

describe('stated levels', () => {
  test('a level a place says it stands at sits beside the quantity’s table, apart from its ranked targets (金昌, 宁夏: 0.5 个工作日; site reviews)', () => {
    const table = quantityTables('starting-business', metrics.metrics, places, measures).find((t) => t.key === 'business-startup-time|全流程|个工作日|level')!;
    expect(table.statedLevels.map((l) => `${l.placeName} ${l.value}${l.unit}`)).toEqual(['宁夏自治区级 0.5个工作日', '金昌市 0.5个工作日']);
    expect(table.statedLevels[1]!.clause).toBe('在全市企业开办全流程办理时限压减至0.5个工作日以内的基础上');
    // Never a row of the chart: the most ambitious target stays a target.
    expect(table.rows.some((r) => r.value === 0.5)).toBe(false);
    // A level no comparable metric names is not kept: it could stand beside no chart.
    for (const m of measures) for (const l of m.statedLevels) expect(l.metric, m.id).toBeTruthy();
  });
});

describe('theme × place matrix', () => {
  test('“no document held” and “not addressed” are different states, never zero', () => {
    const cells = themeMatrix(themes.themes, places, measures);
    const qinghai = places.find((p) => p.province === '青海')!;
    expect(new Set(cells.filter((c) => c.place === qinghai.id).map((c) => c.state))).toEqual(new Set(['no-documents']));
    expect(cells.some((c) => c.state === 'none')).toBe(true);
    for (const c of cells) if (c.state === 'none' || c.state === 'no-documents') expect(c.count).toBe(0);
  });
  test('a place whose text only carries out annexes the sources lack is not judged on any theme (嘉峪关, 庆阳; a review read their 未涉及 as "addressed nothing")', () => {
    const cells = themeMatrix(themes.themes, places, measures);
    for (const name of ['嘉峪关市', '庆阳市']) {
      const place = places.find((p) => p.name === name)!;
      expect(place.lacksAnnexes, name).toBe(true);
      const states = new Map(cells.filter((c) => c.place === place.id).map((c) => [c.theme, c.state]));
      expect(states.get('organization'), name).toBe('measures');
      expect(new Set([...states].filter(([theme]) => theme !== 'organization').map(([, state]) => state)), name).toEqual(new Set(['no-documents']));
    }
    // 陕西 lacks two annexes too, but its text holds measures on most themes: its 未涉及 stands, said under its name.
    const shaanxi = places.find((p) => p.province === '陕西' && p.level === 'province')!;
    expect(shaanxi.lacksAnnexes).toBe(true);
    expect(cells.some((c) => c.place === shaanxi.id && c.state === 'none')).toBe(true);
  });
  test('every cell graded as having a target says, in a note, what each target measures, qualifier and all (a site review: 38 of 82 had none)', () => {
    const cells = themeMatrix(themes.themes, places, measures, metrics.metrics);
    for (const c of cells.filter((x) => x.state === 'target')) expect(c.notes.length, `${c.theme} × ${c.place}`).toBeGreaterThan(0);
    const shizuishan = places.find((p) => p.name === '石嘴山市')!;
    const water = cells.find((c) => c.theme === 'water-gas' && c.place === shizuishan.id)!;
    // 获得用水: 2 days without an outside line, 15 with one (sources/001 line 558), never a bare 获得用水时间.
    expect(
      water.notes.every((n) => /（[^）]+）：/.test(n)),
      water.notes.join(' / '),
    ).toBe(true);
  });
  test('notes are the same whatever order the measures come in, each says its year, and a cell counts the targets it does not quote (a site review)', () => {
    const year = new Map(documents.map((d) => [d.id, d.year]));
    const forward = themeMatrix(themes.themes, places, measures, metrics.metrics, undefined, (id) => year.get(id));
    const backward = themeMatrix(themes.themes, places, [...measures].reverse(), metrics.metrics, undefined, (id) => year.get(id));
    expect(backward.map((c) => [c.notes, c.moreNotes])).toEqual(forward.map((c) => [c.notes, c.moreNotes]));
    const shizuishan = places.find((p) => p.name === '石嘴山市')!;
    const water = forward.find((c) => c.theme === 'water-gas' && c.place === shizuishan.id)!;
    expect(water.moreNotes).toBeGreaterThan(0);
    expect(water.notes.length + water.moreNotes).toBeLessThanOrEqual(water.targetCount);
    for (const n of water.notes) expect(n).toMatch(/（(20\d\d年目标|时限 20\d\d年|20\d\d年文件)）$/);
    // A plan and its annex promise 40亿元 of new loans twice: one note.
    const credit = forward.find((c) => c.theme === 'credit' && c.place === shizuishan.id)!;
    expect(credit.notes.filter((n) => n.includes('40亿元')).length).toBeLessThanOrEqual(1);
  });
  test('a cell counts each target its theme page lists, once: a task list restating its plan’s target is no second one (银川 labor-market counted 20 where its page lists 10; a site review)', () => {
    const year = new Map(documents.map((d) => [d.id, d.year]));
    const restated = restatedMeasures(transmissions, places, measures);
    const cells = themeMatrix(themes.themes, places, measures, metrics.metrics, restated, (id) => year.get(id));
    for (const theme of themes.themes) {
      const rows = quantityTables(theme.id, metrics.metrics, places, measures, (id) => year.get(id), restated).flatMap((t) => t.rows);
      for (const place of places) {
        const cell = cells.find((c) => c.theme === theme.id && c.place === place.id)!;
        expect(cell.targetCount, `${theme.id} × ${place.name}`).toBe(rows.filter((r) => r.place === place.id).length);
      }
    }
  });
  test('a promise a plan item and the task-list row restating it both state is listed once, as the row’s, on one theme’s page (银川 中介服务机构入驻超市 200家 stood in two themes’ lists; a site review)', () => {
    const restated = restatedMeasures(transmissions, places, measures);
    const listed = themes.themes.flatMap((theme) =>
      quantityTables(theme.id, metrics.metrics, places, measures, undefined, restated).flatMap((t) => t.rows.map((r) => ({ theme: theme.id, ...r }))),
    );
    const restatedIds = new Set([...restated.keys()]);
    const byId = new Map(measures.map((m) => [m.id, m]));
    for (const r of listed.filter((x) => restatedIds.has(x.measureId))) {
      const by = byId.get(restated.get(r.measureId)!.by)!;
      expect(
        by.targets.some((t) => t.value === r.value && t.unit === r.unit),
        `${r.measureId} ${r.text}`,
      ).toBe(false);
    }
    const supermarket = listed.filter((r) => r.text.includes('200家') && r.placeName === '银川市' && /中介/.test(r.clause ?? ''));
    expect(new Set(supermarket.map((r) => r.theme)).size).toBeLessThanOrEqual(1);
  });
  test('a goal across several areas named in one clause grades none of them (银川: 政府采购、招标投标…6项均前进1—2个名次; a site review)', () => {
    const cells = themeMatrix(themes.themes, places, measures, metrics.metrics);
    const yinchuan = places.find((p) => p.name === '银川市')!;
    for (const theme of ['government-procurement', 'bidding', 'cross-border-trade', 'insolvency'])
      expect(
        cells.find((c) => c.theme === theme && c.place === yinchuan.id)?.notes.some((n) => n.includes('名次')),
        theme,
      ).toBe(false);
  });
  test('a place says which years its documents are of: 石嘴山’s are its 2020 plan and an undated ledger', () => {
    const year = new Map(documents.map((d) => [d.id, d.year]));
    expect(placeYears(places.find((p) => p.name === '石嘴山市')!, (id) => year.get(id))).toBe('2020、未注明');
    expect(placeYears(places.find((p) => p.province === '青海')!, (id) => year.get(id))).toBe('');
  });
  test('a cell has a target exactly when its theme page lists one of the place’s targets (陕西: 用水 in its 工作目标)', () => {
    const cells = themeMatrix(themes.themes, places, measures, metrics.metrics);
    for (const theme of themes.themes) {
      const listed = new Set(quantityTables(theme.id, metrics.metrics, places, measures).flatMap((t) => t.rows.map((r) => r.place)));
      for (const place of listed) expect(cells.find((c) => c.theme === theme.id && c.place === place)?.state, `${theme.id} × ${place}`).toBe('target');
      // And the other way: a dark cell leads to a page that lists the place's target.
      for (const c of cells) if (c.theme === theme.id && c.state === 'target') expect(listed.has(c.place), `${theme.id} × ${c.place}`).toBe(true);
    }
    const shaanxi = places.find((p) => p.province === '陕西' && p.level === 'province')!;
    expect(cells.find((c) => c.theme === 'water-gas' && c.place === shaanxi.id)?.state).toBe('target');
    // Its 工作目标's 数据归集率达到90% is a digital-government target, by the clause's own words.
    expect(cells.find((c) => c.theme === 'digital-government' && c.place === shaanxi.id)?.state).toBe('target');
  });
  test('a plan item its own city’s task list restates counts once, as the task; a city implementing its province, or a department its province, restates nothing', () => {
    const [plan, tasks] = places.find((p) => p.name === '银川市')!.documentIds as [string, string];
    const [gansu, department] = places.find((p) => p.province === '甘肃' && p.level === 'province')!.documentIds as [string, string];
    const longnan = places.find((p) => p.name === '陇南市')!.documentIds[0]!;
    const of = (doc: string) => measures.filter((m) => m.documentId === doc);
    const [up, down] = [of(plan)[3]!, of(tasks)[5]!];
    const [upLate] = [of(plan)[4]!];
    const row = (kind: Transmission['rows'][number]['kind'], u: Measure | null, d: Measure | null) => ({
      kind,
      upstream: u?.id ?? null,
      downstream: d?.id ?? null,
      score: null,
      changes: [],
    });
    const transmissions: Transmission[] = [
      {
        id: 'yinchuan',
        upstreamId: plan,
        downstreamId: tasks,
        basis: 'similarity',
        coverage: 0.9,
        rows: [row('changed', up, down), row('dropped', upLate, null), row('added', null, down)],
      },
      { id: 'gansu-longnan', upstreamId: gansu, downstreamId: longnan, basis: 'citation', coverage: 0.9, rows: [row('kept', of(gansu)[0]!, of(longnan)[0]!)] },
      // A department's plan taking on its share of the province's (甘肃交通运输厅's 证照分离).
      {
        id: 'gansu-department',
        upstreamId: gansu,
        downstreamId: department,
        basis: 'similarity',
        coverage: 0.3,
        rows: [row('kept', of(gansu)[1]!, of(department)[0]!)],
      },
    ];
    const restated = restatedMeasures(transmissions, places);
    expect([...restated]).toEqual([[up.id, { by: down.id, all: [down.id], transmission: 'yinchuan' }]]);
    const yinchuan = places.find((p) => p.name === '银川市')!.id;
    const count = (r?: typeof restated) =>
      themeMatrix(themes.themes, places, measures, [], r).find((c) => c.place === yinchuan && c.theme === up.themes[0])!.count;
    expect(count(restated)).toBe(count() - 1);
    const column = themeColumns(up.themes[0]!, places, measures, restated).find((c) => c.place.id === yinchuan)!;
    expect(column.restated).toEqual([up]);
    expect(column.measures).not.toContain(up);
  });
  test('a plan item its annex ledger breaks down under the item’s own title counts once, as the ledger’s entries (石嘴山 2020)', () => {
    const restated = restatedMeasures([], places, measures);
    const item = measures.find((m) => m.title === '进一步压缩不动产登记办理时间')!;
    const by = measures.find((m) => m.id === restated.get(item.id)?.by)!;
    expect(by.documentId).toBe(item.documentId);
    expect(by.path.at(-1)).toBe('1.进一步压缩不动产登记办理时间');
    expect(restated.get(item.id)!.transmission).toBeNull();
    // The entries themselves, and items no later heading names, stand.
    expect(restated.has(by.id)).toBe(false);
    // Else only tasks whose 具体举措 are measures of their own are restated in their document (below).
    expect(
      [...restated.keys()].every((id) => measures.find((m) => m.id === id)!.documentId === item.documentId || measures.find((m) => m.id === id)!.detailedBy),
    ).toBe(true);
    // An item whose title lost its 。 to the extraction is found by the heading its text opens with (a review found two counted twice).
    for (const opening of ['3持续推进互联网+政务服务', '1高水平应用国际贸易单一窗口']) {
      const untitled = measures.find((m) => m.documentId === item.documentId && m.title === null && m.text.startsWith(opening))!;
      expect(measures.find((m) => m.id === restated.get(untitled.id)?.by)?.path.at(-1)).toMatch(/^\d\.(持续推进互联网\+政务服务|高水平应用国际贸易单一窗口)$/);
    }
  });
  test('a task with its own bodies whose 具体举措 are measures counts once, as them (铜川 （二） and its 1.…7.; a site review found its bodies lost)', () => {
    const restated = restatedMeasures([], places, measures);
    const task = measures.find((m) => m.id === 'shaanxi-tongchuan-2023-962610-m1-2')!;
    expect(task.bodies.some((b) => b.asWritten === '市审计局')).toBe(true);
    const r = restated.get(task.id)!;
    expect(r.transmission).toBeNull();
    expect(r.all).toEqual(task.detailedBy);
    expect(r.all).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `${task.id}-${n}`));
    expect(r.all.every((id) => !restated.has(id))).toBe(true);
    const tongchuan = places.find((p) => p.name === '铜川市')!;
    const count = (x?: typeof restated) =>
      themeMatrix(themes.themes, places, measures, [], x).find((c) => c.place === tongchuan.id && c.theme === task.themes[0])!.count;
    expect(count(restated)).toBeLessThan(count());
  });
  test('a restated item’s note counts its entries by theme, not by the first entry’s (银川 强化投资者权益保护: two tasks on 保护中小投资者, one on 执行合同; a review)', () => {
    const primary: Record<string, string> = { r160: 'minority-investors', r161: 'minority-investors', r162: 'contracts' };
    expect(restatingThemes(['r162', 'r160', 'r161'], 'minority-investors', (id) => primary[id])).toEqual({
      here: 2,
      elsewhere: [{ theme: 'contracts', count: 1 }],
    });
    expect(restatingThemes(['r160', 'r161'], 'minority-investors', (id) => primary[id])).toEqual({ here: 2, elsewhere: [] });
    // An entry the corpus no longer has is counted nowhere.
    expect(restatingThemes(['gone', 'r162'], 'contracts', (id) => primary[id])).toEqual({ here: 1, elsewhere: [] });
  });
  test('a plan item’s card links the entries breaking it down, in runs, and each entry links its item; 具体举措 under their task need neither (石嘴山 2020 附件台账, 银川 任务清单; a review)', () => {
    const restated = restatedMeasures(transmissions, places, measures);
    const from = restatedFromOf(restated);
    const byId = new Map(measures.map((m) => [m.id, m]));
    const links = (id: string) => restatementLinks(byId.get(id)!, restated, from, byId);
    // 银川's 17号 登记财产 item: its task list's rows r37–r42 are one run.
    const [item] = [...restated].find(([, r]) => r.all.includes('ningxia-yinchuan-2023-71c31c-r42') && r.transmission !== null)!;
    const { down } = links(item);
    expect(new Set(down.flat().map((m) => m.id))).toEqual(new Set(restated.get(item)!.all));
    // In reading order, so a run is whole (r37–r42, not r41、r37–r40、r42; a review).
    const ordinals = down.flat().map((m) => m.ordinal);
    expect(ordinals).toEqual([...ordinals].sort((a, b) => a - b));
    expect(down.length).toBeLessThan(down.flat().length);
    expect(down.every((run) => run.every((m, i) => i === 0 || Number(m.label) === Number(run[i - 1]!.label) + 1))).toBe(true);
    expect(links('ningxia-yinchuan-2023-71c31c-r42').up.map((m) => m.id)).toContain(item);
    // 石嘴山's annex entry links its body item; the body item links the entries.
    const [ledgerItem, ledger] = [...restated].find(([id, r]) => id.startsWith('ningxia-shizuishan-2020') && r.transmission === null)!;
    expect(
      links(ledgerItem)
        .down.flat()
        .map((m) => m.id),
    ).toEqual(ledger.all);
    expect(links(ledger.all[0]!).up.map((m) => m.id)).toEqual([ledgerItem]);
    // 铜川's （二） and the 1.–7. printed under it: no links either way.
    expect(links('shaanxi-tongchuan-2023-962610-m1-2')).toEqual({ down: [], up: [] });
    expect(links('shaanxi-tongchuan-2023-962610-m1-2-1').up).toEqual([]);
  });
  test('a restated item quotes, as its example, the first entry the theme page lists, else its first (包容普惠创新: 打造便捷智慧交通; a review)', () => {
    const primary: Record<string, string> = { r243: 'government-services', r244: 'inclusive-innovation' };
    const restatement = { by: 'r243', all: ['r243', 'r244'] };
    expect(restatingExample(restatement, 'inclusive-innovation', (id) => primary[id])).toBe('r244');
    expect(restatingExample(restatement, 'contracts', (id) => primary[id])).toBe('r243');
  });
  test('银川 sets a quantified target on 开办企业', () => {
    const yinchuan = places.find((p) => p.name === '银川市')!;
    const cell = themeMatrix(themes.themes, places, measures).find((c) => c.place === yinchuan.id && c.theme === 'starting-business')!;
    expect(cell.state).toBe('target');
    expect(cell.count).toBeGreaterThan(10);
  });
});

describe('comparable targets', () => {
  test('a count or a sum of money is listed, never ranked: 银川’s 400亿元 of new loans is not “more ambitious” than 石嘴山’s 40亿元', () => {
    expect(isAmount('亿元', null)).toBe(true);
    expect(isAmount('家', { name: '新增上市企业' })).toBe(true);
    expect(isAmount('件', { name: '每万人发明专利拥有量' })).toBe(false);
    expect(isAmount('个工作日', null)).toBe(false);
    const amounts = themes.themes.flatMap((t) => quantityTables(t.id, metrics.metrics, places, measures)).filter((t) => t.amount);
    expect(amounts.some((t) => t.unit === '亿元' && t.places >= 2)).toBe(true);
    for (const t of amounts) {
      expect(
        t.rows.some((r) => r.best),
        t.key,
      ).toBe(false);
      expect(
        targetComparison(t, (id) => id),
        t.key,
      ).toBeNull();
    }
  });
  test('a target that names no year of its own carries its deadline’s year (石嘴山’s 2020 plan beside 银川’s 2023 one)', () => {
    const rows = themes.themes.flatMap((t) => quantityTables(t.id, metrics.metrics, places, measures)).flatMap((t) => t.rows);
    const byId = new Map(measures.map((m) => [m.id, m]));
    for (const r of rows) {
      const due = byId.get(r.measureId)?.deadline?.date;
      if (r.year === undefined && due) expect(r.dueYear, r.text).toBe(Number(due.slice(0, 4)));
      if (r.year !== undefined) expect(r.dueYear).toBeUndefined();
    }
    expect(rows.some((r) => r.dueYear === 2020)).toBe(true);
  });
  test('a value with neither a year nor a deadline of its own is dated by its document’s year (石嘴山’s 2020 plan beside 2023 ones)', () => {
    const yearOf = new Map(documents.map((d) => [d.id, d.year]));
    const rows = themes.themes.flatMap((t) => quantityTables(t.id, metrics.metrics, places, measures, (id) => yearOf.get(id))).flatMap((t) => t.rows);
    const undated = rows.filter((r) => r.year === undefined && r.dueYear === undefined);
    expect(undated.some((r) => r.issuedYear === 2020)).toBe(true);
    const byId = new Map(measures.map((m) => [m.id, m]));
    for (const r of undated) expect(r.issuedYear, r.measureId).toBe(yearOf.get(byId.get(r.measureId)!.documentId) ?? undefined);
  });
  test('on a chart, a value with no year of its own is dated by its measure’s deadline (石嘴山’s 2020 用气 limit beside 陕西’s)', () => {
    const table = quantityTables('water-gas', metrics.metrics, places, measures).find((t) => t.key === 'gas-connection-time|无外线工程|个工作日|level')!;
    const chart = targetComparison(table, (id) => places.find((p) => p.id === id)!.name)!;
    const shizuishan = chart.input.rows.find((r) => r.place === '石嘴山市')!;
    expect(shizuishan.year).toBe(2020);
    expect(shizuishan.label).toContain('（时限 2020年）');
  });
  test('a chart names the places that state its quantity in another unit, which it leaves out (企业开办: 甘孜’s 4小时 beside the 个工作日 chart)', () => {
    const tables = quantityTables('starting-business', metrics.metrics, places, measures);
    const days = tables.find((t) => t.metric?.id === 'business-startup-time' && t.unit === '个工作日' && t.places >= 2)!;
    const others = otherUnits(days, tables);
    expect(others.map((o) => o.unit)).toContain('小时');
    expect(others.find((o) => o.unit === '小时')!.places.some((p) => p.startsWith('甘孜'))).toBe(true);
    // A quantity no other unit states names none.
    expect(otherUnits({ ...days, metric: null }, tables)).toEqual([]);
  });
  test('a chip no metric names says what it counts: the words before its number, else after (培养5个以上创新团队; a site review)', () => {
    const text = '支持企业建设研发平台，培养5个以上创新团队，引进高层次人才。';
    expect(targetWords(text, { offset: text.indexOf('培养'), text: '培养5个以上' })).toBe('创新团队');
    const before = '推动银行业金融机构加大信贷投放，银税互动等企业信用贷款余额增长不低于130亿元。';
    expect(targetWords(before, { offset: before.indexOf('不低于'), text: '不低于130亿元' })).toBe('…动等企业信用贷款余额增长');
  });
  test('a time limit written before its action names the action (银川 r100 在1个工作日内办结; 石嘴山 公示结束后5日内退还; a site review)', () => {
    const within = '推动企业变更等事项全程在线并联办理，在1个工作日内办结。';
    expect(targetWords(within, { offset: within.indexOf('1个工作日'), text: '1个工作日' })).toBe('办结');
    const after = '中标候选人公示结束后5日内,退还非中标候选人投标保证金。';
    expect(targetWords(after, { offset: after.indexOf('5日内'), text: '5日内' })).toBe('退还非中标候选人投标保证…');
    // A level written after its quantity keeps the quantity: 开办时间压缩至1个工作日内办结 is of 开办时间.
    const level = '企业开办时间压缩至1个工作日内办结。';
    expect(targetWords(level, { offset: level.indexOf('1个工作日'), text: '1个工作日' })).toBe('企业开办时间压缩至');
  });
  test('a row quotes its clause verbatim: 余额增长不低于130亿元 keeps 增长, which the trimmed subject drops (银川)', () => {
    const text = '推动银行业金融机构加大信贷投放，银税互动等企业信用贷款余额增长不低于130亿元。';
    const t = { offset: text.indexOf('不低于'), text: '不低于130亿元' };
    expect(clauseOf(text, t)).toBe('银税互动等企业信用贷款余额增长不低于130亿元');
    expect(targetClause({ subject: '银税互动等企业信用贷款余额', text: t.text, clause: clauseOf(text, t) })).toContain('增长不低于');
    // A clause that opens on its number is quoted on to its end: “85%”, alone, says nothing (银川).
    const shares = '共享数据接口调用突破千万次，85%政务服务事项“一网通办”，55%事项“全程网办、全程掌办”。';
    expect(extractTargets(shares).map((x) => clauseOf(shares, x))).toEqual(['85%政务服务事项“一网通办”', '55%事项“全程网办、全程掌办”']);
    const rows = themes.themes.flatMap((th) => quantityTables(th.id, metrics.metrics, places, measures)).flatMap((q) => q.rows);
    const byId = new Map(measures.map((m) => [m.id, m]));
    for (const r of rows) expect(byId.get(r.measureId)!.text.replace(/\s+/g, ''), r.clause).toContain(r.clause!.replace(/^…/, '').replace(/\s+/g, ''));
  });
  test('a qualifier defined apart is explained as itself: 信用贷款（新增） is a year’s increase, not the balance the metric defines (a site review)', () => {
    const credit = metrics.metrics.find((m) => m.id === 'credit-loans')!;
    expect(quantityDefinition({ metric: credit, qualifier: '新增', name: '信用贷款（新增）' })).toEqual({
      name: '信用贷款（新增）',
      text: expect.stringMatching(/^一年内.*增量/),
    });
    expect(quantityDefinition({ metric: credit, qualifier: '', name: '信用贷款' })).toEqual({ name: '信用贷款', text: credit.definition });
    expect(quantityDefinition({ metric: null, qualifier: '', name: '可办事项' })).toBeNull();
  });
  test('words quoted around a target keep their quotes paired: 做到“1个工作日内认领信息，…3个工作日内反馈办理结果” (陇南; a site review found 反馈办理结果” on a chip)', () => {
    const text = '做到“1个工作日内认领信息，在相关行政审批办结后3个工作日内反馈办理结果”；加强部门间协作沟通';
    expect(targetWords(text, { offset: text.indexOf('3个工作日内'), text: '3个工作日内' })).toBe('反馈办理结果');
    const quoted = '推进“证照分离”改革，实现“一业一证”80%覆盖';
    expect(targetWords(quoted, { offset: quoted.indexOf('80%'), text: '80%' })).toBe('实现“一业一证”');
  });
  test('a clause says the words its subject and phrase share once (石嘴山: 引导各银行机构力争全年新增贷款40亿元)', () => {
    expect(targetClause({ subject: '引导各银行机构力争全年新增贷款', text: '力争全年新增贷款40亿元' })).toBe('引导各银行机构力争全年新增贷款40亿元');
    expect(targetClause({ subject: '普惠型小微企业贷款余额新增', text: '新增10亿元' })).toBe('普惠型小微企业贷款余额新增10亿元');
    // Quote marks aside, a text that names its subject is said once (宁夏 cc8b46 新增“个转企”500户; an open-data review).
    expect(targetClause({ subject: '新增个转企', text: '新增“个转企”500户' })).toBe('新增“个转企”500户');
    expect(targetClause({ subject: '企业开办时间', text: '压缩至1个工作日' })).toBe('企业开办时间压缩至1个工作日');
  });
  test('a target reads as its comparator and value, a range as its two ends (3–5个, not ≥ 3个)', () => {
    expect(targetValue({ comparator: '<=', value: 3, unit: '个工作日' })).toBe('≤ 3个工作日');
    expect(targetValue({ comparator: '=', value: 50, unit: '%', text: '提高到50%左右' })).toBe('约 50%');
    expect(targetValue({ comparator: '>=', value: 3, unit: '个', range: [3, 5] })).toBe('3–5个');
    // In a table cell, whose heading names the direction: the number and its unit.
    expect(targetValue({ value: 3, unit: '个工作日' })).toBe('3 个工作日');
    expect(targetValue({ value: 1, unit: '个名次', range: [1, 2] })).toBe('1–2 个名次');
    // An amount of change says its verb: 缩短30天 is not a 30-day level.
    expect(targetValue({ comparator: '=', value: 30, unit: '天', kind: 'change', text: '缩短30天' })).toBe('缩短 30天');
    expect(targetValue({ comparator: '=', value: 20, unit: '%', kind: 'change', text: '压降20%' })).toBe('压降 20%');
    expect(targetValue({ value: 30, unit: '天', kind: 'change', text: '缩短30天' })).toBe('缩短 30 天');
    // A change with a bound says it (002:2002 西安 投资增加10%以上; a review read 增加 10%).
    expect(targetValue({ comparator: '>=', value: 10, unit: '%', kind: 'change', text: '增加10%以上' })).toBe('增加 10%以上');
  });
  test('company registration time: the most ambitious headline is the lowest', () => {
    const table = quantityTables('starting-business', metrics.metrics, places, measures).find(
      (t) => t.metric?.id === 'business-startup-time' && t.unit === '个工作日',
    )!;
    const heads = [...headlines(table).values()];
    const best = Math.min(...heads.map((r) => r.value));
    expect(table.rows.filter((r) => r.best).every((r) => r.value === best)).toBe(true);
    expect(table.rows.every((r) => r.href.includes('#'))).toBe(true);
  });
  test('a later year that repeats a place’s value keeps the year it was first promised for; a new value is the latest (陇南 1 个工作日 for 2023 and 2025; a site review)', () => {
    const row = (year: number, value: number) => ({ place: 'longnan', year, value }) as Parameters<typeof headlines>[0]['rows'][number];
    const heads = (...rows: ReturnType<typeof row>[]) => headlines({ direction: 'lower-is-better', rows }).get('longnan')!;
    expect(heads(row(2023, 1), row(2025, 1)).year).toBe(2023);
    expect(heads(row(2025, 1), row(2023, 1)).year).toBe(2023);
    expect(heads(row(2023, 3), row(2025, 1))).toMatchObject({ year: 2025, value: 1 });
    // The latest commitment stands even where it is laxer: a plan revises what it promises.
    expect(heads(row(2020, 1), row(2023, 2))).toMatchObject({ year: 2023, value: 2 });
  });
  // Every chart the site draws, on every theme: one quantity, one bar per place, and no place both most and least ambitious.
  const charts = () =>
    themes.themes.flatMap((theme) =>
      quantityTables(theme.id, metrics.metrics, places, measures).flatMap((table) => {
        const chart = targetComparison(table, (id) => id);
        return chart ? [{ table, chart }] : [];
      }),
    );
  test('every comparison chart holds one quantity: one metric, qualifier, unit and kind', () => {
    expect(charts().length).toBeGreaterThan(3);
    const byMeasureUrl = new Map(measures.map((m) => [m.url, m]));
    for (const { table } of charts()) {
      for (const row of table.rows) {
        const target = byMeasureUrl.get(row.href)!.targets.find((t) => t.text === row.text && t.value === row.value)!;
        expect(quantityKey(target), `${table.name}: ${row.text}`).toBe(table.key);
        expect(row.unit).toBe(table.unit);
      }
    }
  });
  test('every comparison chart has one bar per place, and no place is both most and least ambitious', () => {
    for (const { table, chart } of charts()) {
      const rows = chart.input.rows;
      expect(new Set(rows.map((r) => r.place)).size, table.name).toBe(rows.length);
      const values = rows.map((r) => r.value);
      const lower = chart.input.direction === 'lower-is-better';
      const best = lower ? Math.min(...values) : Math.max(...values);
      const worst = lower ? Math.max(...values) : Math.min(...values);
      const most = rows.filter((r) => r.value === best).map((r) => r.place);
      const least = rows.filter((r) => r.value === worst).map((r) => r.place);
      if (best !== worst)
        expect(
          most.filter((p) => least.includes(p)),
          table.name,
        ).toEqual([]);
    }
  });
  test('不动产登记时间 never charts 一般登记 with 抵押登记', () => {
    const tables = quantityTables('property-registration', metrics.metrics, places, measures).filter((t) => t.metric?.id === 'property-registration-time');
    for (const t of tables) {
      const texts = t.rows.map((r) => r.text).join(' ');
      expect(texts.includes('抵押') && /一般登记/.test(texts) && t.qualifier === '', t.name).toBe(false);
    }
  });
  test('a limit shared by 一般登记 and 在建建筑物抵押登记 is 一般登记’s; a plan and its annex promise it once (石嘴山 2020)', () => {
    const tables = quantityTables('property-registration', metrics.metrics, places, measures).filter((t) => t.metric?.id === 'property-registration-time');
    const shizuishan = (qualifier: string) =>
      tables
        .find((t) => t.qualifier === qualifier && t.unit === '个工作日')!
        .rows.filter((r) => r.placeName === '石嘴山市')
        .map((r) => `${r.value}@${r.year ?? ''}`);
    expect(shizuishan('抵押登记')).toEqual(['2@2020']);
    expect(shizuishan('一般登记')).toContain('4@2020');
  });
  test('印章刻制时间 keeps the police filing of a seal apart from its carving (新疆 刻章备案的办理时限压缩至1个工作日; a site review)', () => {
    const tables = quantityTables('starting-business', metrics.metrics, places, measures).filter((t) => t.metric?.id === 'seal-engraving-time');
    const filing = tables.filter((t) => t.rows.some((r) => r.text.includes('压缩至1个工作日') && r.place === 'xinjiang'));
    expect(filing.map((t) => t.qualifier)).toEqual(['刻章备案']);
    expect(filing[0]!.name).toBe('印章刻制时间（刻章备案）');
  });
  test('a quantity only one place targets ranks nothing: no value is marked most ambitious', () => {
    const alone = themes.themes.flatMap((theme) => quantityTables(theme.id, metrics.metrics, places, measures).filter((t) => t.places === 1));
    expect(alone.length).toBeGreaterThan(3);
    for (const t of alone)
      expect(
        t.rows.filter((r) => r.best),
        t.name,
      ).toEqual([]);
  });
  test('a plain table has one row per place, with all its values', () => {
    const rows = quantityTables('property-registration', metrics.metrics, places, measures).flatMap((t) => rowsByPlace(t.rows));
    const total = quantityTables('property-registration', metrics.metrics, places, measures).reduce((n, t) => n + t.places, 0);
    expect(rows).toHaveLength(total);
  });
  test('theme columns hold measures whose primary theme it is, and secondary ones apart', () => {
    for (const column of themeColumns('property-registration', places, measures)) {
      for (const m of column.measures) expect(m.themes[0]).toBe('property-registration');
      for (const m of column.secondary) expect(m.themes.slice(1)).toContain('property-registration');
    }
  });
});

describe('targets compared with nothing', () => {
  test('a theme page lists the targets its measures set that name no quantity, and only those (石嘴山 审批时长不超过3个工作日 on 获得电力; two reviews)', () => {
    const restated = restatedMeasures(transmissions, places, measures);
    const rows = uncomparedTargets('electricity', places, measures, restated);
    expect(rows.some((r) => r.placeName === '石嘴山市' && r.text.includes('3个工作日') && r.clause.includes('审批时长'))).toBe(true);
    const listed = new Set(
      quantityTables('electricity', metrics.metrics, places, measures, undefined, restated).flatMap((t) => t.rows.map((r) => `${r.measureId}|${r.text}`)),
    );
    expect(rows.filter((r) => listed.has(`${r.measureId}|${r.text}`))).toEqual([]);
    // Its words are the sentence's: 在1个工作日内办结 alone says nothing of what is done.
    const text = '推行用水报装“一窗受理”。对于用水报装，在1个工作日内办结。';
    expect(sentenceAround(text, { offset: text.indexOf('1个'), text: '1个工作日内' })).toBe('对于用水报装，在1个工作日内办结');
    // Every target of the theme's own measures is in a table or in this list.
    const own = measures.filter((m) => m.themes[0] === 'electricity' && !m.practiceFrom && !restated.has(m.id));
    for (const m of own)
      for (const t of m.targets)
        expect(listed.has(`${m.id}|${t.text}`) || rows.some((r) => r.measureId === m.id && r.text === t.text), `${m.id} ${t.text}`).toBe(true);
  });
});

describe('units and citations', () => {
  test('one body per place and canonical name: 哈密’s 市市场监管局 and 市场监管局 are one, 银川’s another', () => {
    const index = unitIndex(measures, bodies);
    const yinchuan = index.find((u) => u.name === '银川市市场监督管理局')!;
    expect(yinchuan.slug).toMatch(/^ningxia-yinchuan-shi-chang-jian-du-guan-li-ju-[0-9a-f]{4}$/);
    expect(new Set(yinchuan.lead.map((m) => m.documentId)).size).toBeGreaterThan(1);
    const hami = index.find((u) => u.name === '哈密市市场监督管理局')!;
    expect(hami.body.writtenAs.map((w) => w.text)).toEqual(expect.arrayContaining(['市市场监管局', '市场监管局']));
    // A department's divisions (陕西省市场监督管理局登记指导处) share its function: one department a place, a zone
    // (宁东市场监管局 of 宁东能源化工基地) being a place of its own beside its province's 厅.
    const regulators = index.filter((u) => u.body.function === 'market-regulation' && !u.body.department);
    expect(new Set(regulators.map((u) => bodyZone(u.name) ?? u.body.city ?? u.body.province)).size).toBe(regulators.length);
    expect(regulators.length).toBeGreaterThan(5);
  });
  const body = (id: string, role: Measure['bodies'][number]['role'], origin = 'item') => ({ id, name: id, role, origin }) as Measure['bodies'][number];
  test('a place’s leading bodies count each commitment once: 石嘴山’s 市审批局 leads its plan items as their ledger entries (a review asked which body leads most)', () => {
    const shizuishan = places.find((p) => p.name === '石嘴山市')!;
    const own = measures.filter((m) => shizuishan.documentIds.includes(m.documentId));
    const restated = restatedMeasures([], places, measures);
    const [first, ...rest] = leadingBodies(own, restated).bodies;
    expect(first!.name).toBe('石嘴山市审批服务管理局');
    const ledger = own.filter((m) => !restated.has(m.id) && m.bodies.some((b) => b.id === first!.id && b.role === 'lead'));
    expect(first!.lead).toBe(ledger.length);
    expect(first!.lead).toBeLessThan(own.filter((m) => m.bodies.some((b) => b.id === first!.id && b.role === 'lead')).length);
    expect(rest.every((r) => r.lead <= first!.lead)).toBe(true);
    // A body that only supports or answers beside others is in charge of nothing here.
    expect(leadingBodies([{ id: 'x', themes: [], bodies: [body('b', 'support')] }], new Map()).bodies).toEqual([]);
    expect(leadingBodies([{ id: 'x', themes: [], bodies: [body('a', 'responsible'), body('b', 'responsible')] }], new Map()).bodies).toEqual([]);
  });
  test('a body alone responsible for a measure that names no lead is in charge of it: 陕西省市场监管局 85号’s （登记指导处负责，…） (a review found 登记指导处 missing from the ranking)', () => {
    const shaanxi = places.find((p) => p.name === '陕西省')!;
    const own = measures.filter((m) => shaanxi.documentIds.includes(m.documentId));
    const ranked = leadingBodies(own, restatedMeasures([], places, measures)).bodies;
    const registration = ranked.find((b) => b.name.endsWith('登记指导处'));
    expect(registration?.sole).toBeGreaterThanOrEqual(8);
    // A standing rule's bodies take no item from the body the item names: 省住建厅负责 stays in charge beside 各市州政府.
    const gansu = { id: 'g', themes: [], bodies: [body('住建厅', 'responsible'), body('各市州政府', 'responsible', 'document-rule')] };
    expect(leadingBodies([gansu], new Map()).bodies.map((b) => [b.id, b.sole, b.responsible])).toEqual([['住建厅', 1, 0]]);
  });
  test('a ranking of bodies lists no collective as one body and says when its cut falls inside a tie (a review found 各级党委政法委员会 ranked and the eighth place cut among equals)', () => {
    const xinjiang = places.find((p) => p.name === '新疆维吾尔自治区')!;
    const own = measures.filter((m) => xinjiang.documentIds.includes(m.documentId));
    const { collective } = rankingBodiesOf(bodies);
    const ranking = leadingBodies(own, restatedMeasures([], places, measures), { collective });
    expect(ranking.bodies.some((b) => collective!.has(b.id))).toBe(false);
    expect(leadingBodies(own, restatedMeasures([], places, measures)).bodies.some((b) => collective!.has(b.id))).toBe(true);
    // Nine bodies each leading one measure: eight shown, the ninth said to tie.
    const nine = Array.from({ length: 9 }, (_, i) => ({ id: `m${i}`, themes: [], bodies: [body(`b${i}`, 'lead')] }));
    expect(leadingBodies(nine, new Map())).toMatchObject({ tiedOut: 1, tiedAt: 1, unnamed: 0 });
    // Measures naming no body are counted apart, so a ranking over few of them says so.
    expect(leadingBodies([...nine, { id: 'n', themes: [], bodies: [body('s', 'support')] }], new Map())).toMatchObject({ unnamed: 1, counted: 10 });
    expect(leadingBodies(nine.slice(0, 8), new Map())).toMatchObject({ tiedOut: 0, tiedAt: null });
  });
  test('a ranked body says what the measures it is in charge of are about, each once under its primary theme (a review had to tally a unit CSV to learn 克拉玛依’s busiest bodies’ themes)', () => {
    const karamay = places.find((p) => p.name === '克拉玛依市')!;
    const own = measures.filter((m) => karamay.documentIds.includes(m.documentId));
    const ranked = leadingBodies(own, restatedMeasures([], places, measures), rankingBodiesOf(bodies)).bodies;
    for (const b of ranked)
      expect(
        b.themes.reduce((n, t) => n + t.count, 0),
        b.name,
      ).toBe(b.lead + b.sole);
    const centre = ranked.find((b) => b.name.includes('政务服务和公共资源交易中心'))!;
    expect(centre.themes[0]).toEqual({ theme: 'government-services', count: expect.any(Number) });
    // A body that only shares a measure does not take its theme; ties go by theme id, so every page lists them alike.
    const led = [
      { id: 'a', themes: ['taxes', 'credit'], bodies: [body('局', 'lead')] },
      { id: 'b', themes: ['credit'], bodies: [body('局', 'lead')] },
      { id: 'c', themes: ['bidding'], bodies: [body('其他', 'lead'), body('局', 'responsible')] },
    ];
    expect(leadingBodies(led, new Map()).bodies.find((b) => b.id === '局')!.themes).toEqual([
      { theme: 'credit', count: 1 },
      { theme: 'taxes', count: 1 },
    ]);
  });
  test('a division counts as its department, once a measure: 陕西省市场监督管理局 holds its 处’ items together (a review found 登记指导处 first with 8 while the 局 held far more)', () => {
    const shaanxi = places.find((p) => p.name === '陕西省')!;
    const own = measures.filter((m) => shaanxi.documentIds.includes(m.documentId));
    const restated = restatedMeasures([], places, measures);
    const [first] = leadingBodies(own, restated, rankingBodiesOf(bodies)).bodies;
    expect(first!.name).toBe('陕西省市场监督管理局');
    expect(first!.divisions.map((d) => d.name)).toContain('陕西省市场监督管理局登记指导处');
    // A department named only through its divisions is one body too, with no page of its own.
    const ip = leadingBodies(own, restated, rankingBodiesOf(bodies)).bodies.find((b) => b.name === '陕西省知识产权局');
    expect(ip).toMatchObject({ page: false });
    expect(ip!.divisions.length).toBeGreaterThan(1);
    const divisions = leadingBodies(own, restated).bodies.filter((b) => b.name.startsWith('陕西省市场监督管理局'));
    expect(first!.lead + first!.sole).toBeGreaterThan(Math.max(...divisions.map((b) => b.lead + b.sole)));
    // A lead only the heading over an item names is said apart (石嘴山's ledger entries under （一）…（市审批局牵头）; a review).
    const headed = [
      { id: 'h1', themes: [], bodies: [body('局', 'lead', 'heading'), body('税务局', 'responsible')] },
      { id: 'h2', themes: [], bodies: [body('局', 'lead', 'item')] },
    ];
    expect(leadingBodies(headed, new Map()).bodies.find((b) => b.id === '局')).toMatchObject({ lead: 2, leadByHeading: 1 });
    const shizuishan = places.find((p) => p.name === '石嘴山市')!;
    const approvals = leadingBodies(
      measures.filter((m) => shizuishan.documentIds.includes(m.documentId)),
      restated,
      rankingBodiesOf(bodies),
    ).bodies.find((b) => b.name === '石嘴山市审批服务管理局')!;
    expect(approvals.leadByHeading).toBeGreaterThan(0);
    expect(approvals.leadByHeading).toBeLessThanOrEqual(approvals.lead);
    // Two divisions of one department named together make the department alone responsible, counted once.
    const departmentOf = new Map([
      ['a处', { id: '局', name: '局' }],
      ['b处', { id: '局', name: '局' }],
    ]);
    const both = { id: 'x', themes: [], bodies: [body('a处', 'responsible'), body('b处', 'responsible')] };
    expect(leadingBodies([both], new Map(), { departmentOf }).bodies.map((b) => [b.id, b.sole, b.responsible, b.divisions.map((d) => d.id)])).toEqual([
      ['局', 1, 0, ['a处', 'b处']],
    ]);
  });
  test('a body’s tasks go document by document, in the documents’ order, each in reading order', () => {
    const unit = unitIndex(measures, bodies).find((u) => u.name === '银川市市场监督管理局')!;
    const { tasks, places: rows } = unitListing(unit, places, 25);
    expect(tasks).toHaveLength(unitMeasures(unit).length);
    expect(rows.map((r) => r.placeName)).toEqual(['银川市']);
    const documentOrder = places.find((p) => p.name === '银川市')!.documentIds;
    const keys = tasks.map((t) => [documentOrder.indexOf(t.measure.documentId), t.measure.ordinal]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  });
  test('a citation names title, 文号, date, clause and URL', () => {
    const m = measures.find((x) => x.documentId.startsWith('shaanxi-xianyang') && x.label === '1.')!;
    const d = documents.find((x) => x.id === m.documentId)!;
    const text = citation(m, d, 'https://example.org');
    expect(text).toContain(`《${d.title}》`);
    expect(text).toContain(d.docNumber!);
    expect(text).toContain('https://example.org/documents/');
  });
  test('a task-table row is cited by its 序号 under its headings (银川 任务清单, row 12)', () => {
    const m = measures.find((x) => x.id === 'ningxia-yinchuan-2023-71c31c-r12')!;
    const d = documents.find((x) => x.id === m.documentId)!;
    expect(citation(m, d, 'https://example.org').split('，').at(-2)).toMatch(/ 序号12$/);
  });
  test('a citation marks a title inside the title 〈〉, and where the clause is numbering alone it quotes the opening words', () => {
    const nested = documents.find((x) => /《.*《/.test(`《${x.title}`) && x.title.includes('《'))!;
    const m = measures.find((x) => x.documentId === nested.id)!;
    expect(citation(m, nested, 'https://example.org')).toMatch(/^[^《]*《[^《》]*〈[^《》]*〉[^《》]*》/);
    for (const measure of measures) {
      const d = documents.find((x) => x.id === measure.documentId)!;
      const locator = citation(measure, d, 'https://example.org').split('，').at(-2)!;
      expect(locator, measure.id).not.toMatch(/^[一二三四五六七八九十]+、$/);
    }
  });
});

describe('who implements whom in a transmission', () => {
  const doc = (id: string) => documents.find((d) => d.id === id)!;
  test('a city plan, a city task list and a provincial department each are named for what they are', () => {
    expect(transmissionTier(doc('gansu-2023-40691b'), doc('gansu-jinchang-2023-44f9fb'))).toBe('lower');
    expect(transmissionTier(doc('ningxia-yinchuan-2023-516c1d'), doc('ningxia-yinchuan-2023-71c31c'))).toBe('task-list');
    const department = doc('shaanxi-2023-41083e');
    expect(transmissionTier(doc('shaanxi-2023-887975'), department)).toBe('department');
    // A department takes on its remit: what its plan lacks is 未承接, not 未采纳.
    expect(tierWords('department', department)).toMatchObject({ who: '陕西省市场监督管理局', how: '如何承接省级方案', kind: { dropped: '未承接' } });
    expect(tierWords('lower', doc('gansu-jinchang-2023-44f9fb'))).toMatchObject({ who: '金昌市', kind: { dropped: '未采纳' } });
  });
});

test('a copied practice (practiceFrom: 陕西 782号’s list and 附件2) is no measure of its place on any theme page or matrix cell', () => {
  const copied = new Set(measures.filter((m) => m.practiceFrom).map((m) => m.id));
  expect(copied.size).toBe(34);
  for (const theme of themes.themes)
    for (const c of themeColumns(theme.id, places, measures))
      expect(
        [...c.measures, ...c.secondary].filter((m) => copied.has(m.id)),
        theme.id,
      ).toEqual([]);
  const counted = (ms: Measure[]) => themeMatrix(themes.themes, places, ms).map((c) => [c.count, c.secondaryCount]);
  expect(counted(measures)).toEqual(counted(measures.filter((m) => !copied.has(m.id))));
});

describe('reform adoptions stated twice', () => {
  test('a document whose adoption only restates another adopting document’s item is named, once per reform (银川 清单 r42 restating 17号’s 带押过户 item; a review read 4 documents as 4 adoptions)', () => {
    const restated = new Map([['plan-m1', { all: ['list-r41', 'list-r42'] }]]);
    const adoptions = [
      { documentId: 'plan', measureIds: ['plan-m1'] },
      { documentId: 'list', measureIds: ['list-r42'] },
      { documentId: 'other-city', measureIds: ['other-m3'] },
    ];
    expect([...restatingAdoptions(adoptions, restated)]).toEqual(['list']);
    // A document that also adopts in a measure of its own is an adoption of its own.
    expect(restatingAdoptions([adoptions[0]!, { documentId: 'list', measureIds: ['list-r42', 'list-r90'] }], restated).size).toBe(0);
  });
});

test('a matrix column says how many documents hold its place, and which department issued the only one (西安市住房和城乡建设局)', () => {
  const place = (id: string, documentIds: string[]): Place => ({
    id,
    name: id,
    province: '陕西',
    level: 'city',
    url: `/${id}/`,
    documentIds,
    lacksAnnexes: false,
  });
  const issuers: Record<string, string[]> = {
    a: ['西安市住房和城乡建设局'],
    b: ['铜川市人民政府办公室'],
    c: ['咸阳市人民政府办公室'],
    d: ['陕西省市场监督管理局'],
  };
  const columns = matrixColumns(
    [place('xian', ['a']), place('tongchuan', ['b']), place('xianyang', ['c', 'd'])],
    () => 2023,
    (id) => ({ issuers: issuers[id]! }),
  );
  expect(columns.map((c) => [c.documents, c.department])).toEqual([
    [1, '西安市住房和城乡建设局'],
    [1, undefined],
    [2, undefined],
  ]);
});
