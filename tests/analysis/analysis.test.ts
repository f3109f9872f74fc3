// Cross-document analysis on the real records.
import { beforeAll, describe, expect, test } from 'vitest';
import type { Analysis } from '../../scripts/build-site/analysis/analyze.ts';
import { mentionsIn, namesPattern, passedOnIn, quotedNames, reformNames } from '../../scripts/build-site/analysis/reforms.ts';
import { align, baselineClause, cites, wholeClause } from '../../scripts/build-site/analysis/transmission.ts';
import { titleOverlap } from '../../scripts/build-site/analysis/transmission-clues.ts';
import { realCorpus } from '../helpers/corpus.ts';

let corpus: Analysis;
const measures = () => corpus.documents.flatMap((d) => d.measures);
const byTitle = (part: string) => corpus.documents.find((d) => d.document.title.includes(part))!;

beforeAll(async () => {
  corpus = await realCorpus();
});

describe('themes', () => {
  test('every measure has a theme', () => {
    expect(
      measures()
        .filter((m) => m.themes.length === 0)
        .map((m) => m.id),
    ).toEqual([]);
  });
  test('company registration tasks are 开办企业 (000: 一照多址 row)', () => {
    const m = measures().find((x) => x.text.startsWith('持续推进“一照多址”改革'))!;
    expect(m.themes[0]).toBe('starting-business');
  });
  test('带押过户 is 登记财产', () => {
    const m = measures().find((x) => x.text.includes('带押过户') && x.documentId.startsWith('ningxia-shizuishan'))!;
    expect(m.themes).toContain('property-registration');
  });
});

describe('reforms', () => {
  test('带押过户 is tracked, adopted by 银川 and 石嘴山, dated in order', () => {
    const reform = corpus.reforms.find((r) => r.name === '带押过户')!;
    expect(reform.id).toBe('dai-ya-guo-hu');
    expect(new Set(reform.adoptions.map((a) => a.city))).toEqual(expect.objectContaining(new Set(['银川市', '石嘴山市'])));
    const dates = reform.adoptions.map((a) => a.date).filter(Boolean) as string[];
    expect(dates).toEqual([...dates].sort());
  });
  test('金昌’s “带押登记” is 带押过户; a reform that only heads a batch passed on to study (开展“一照多址”改革等24项改革举措) is not adopted there', () => {
    const cities = (name: string) => new Set(corpus.reforms.find((r) => r.name === name)!.adoptions.map((a) => a.city));
    expect(cities('带押过户').has('金昌市')).toBe(true);
    expect(cities('一照多址').has('庆阳市')).toBe(false);
    expect(cities('一照多址').has('嘉峪关市')).toBe(false);
    expect(cities('一照多址').has('银川市')).toBe(true);
    // …and the reform page says where the name stands without being adopted, and why.
    const passed = corpus.reforms.find((r) => r.name === '一照多址')!.passedOn;
    expect(
      passed
        .filter((p) => p.why === 'batch')
        .map((p) => p.city)
        .sort(),
    ).toEqual(['嘉峪关市', '庆阳市']);
  });
  test('容缺受理 is 容缺办理, also where a longer quoted name opens with it (咸阳 “容缺受理+承诺制”; a site review found 6 places missing)', () => {
    const reform = corpus.reforms.find((r) => r.name === '容缺办理')!;
    const places = new Set(reform.adoptions.map((a) => a.city ?? a.province));
    for (const place of ['咸阳市', '金昌市', '陇南市', '新疆', '甘肃', '陕西', '银川市', '石嘴山市']) expect(places.has(place), place).toBe(true);
    expect(corpus.reforms.some((r) => r.name.startsWith('容缺受理'))).toBe(false);
    // 白银 实行容缺审查 of land-use applications (a site review).
    expect(places.has('白银市')).toBe(true);
  });
  test('a name’s quote count keeps the forms folded into it, so each can be counted in the text (告知承诺制 into 告知承诺; an open-data review could not reproduce quoted)', () => {
    const names = reformNames([
      new Map([
        ['告知承诺', 2],
        ['告知承诺制', 3],
      ]),
      new Map([['告知承诺制', 1]]),
    ]);
    expect([...names.keys()]).toEqual(['告知承诺']);
    expect(names.get('告知承诺')!.count).toBe(6);
    expect([...names.get('告知承诺')!.forms]).toEqual([
      ['告知承诺', 2],
      ['告知承诺制', 4],
    ]);
    for (const reform of corpus.reforms)
      expect(
        Object.values(reform.quotedForms).reduce((a, b) => a + b, 0),
        reform.name,
      ).toBe(reform.quoted);
    // A variant is quoted for its reform; a quote holding punctuation of any script is a phrase (an open-data review).
    expect([...quotedNames([{ text: '推行“一窗受理,立等可取”，探索“带押登记”“带押过户”' }])]).toEqual([
      ['带押登记', 1],
      ['带押过户', 1],
    ]);
    expect(corpus.reforms.find((r) => r.name === '带押过户')!.quotedForms).toHaveProperty('带押登记');
  });
  test('个转企 written out is 个转企 (陕西 支持个体工商户转型企业, 陇南 个体工商户转企业; a site review found both missing); growth alone (个体工商户转型升级、高质量发展) is not', () => {
    const places = new Set(corpus.reforms.find((r) => r.name === '个转企')!.adoptions.map((a) => a.city ?? a.province));
    for (const place of ['陕西', '陇南市', '宁夏', '甘肃', '银川市']) expect(places.has(place), place).toBe(true);
    const pattern = namesPattern(['个转企']);
    expect([...mentionsIn([{ id: 'm', text: '实施个体工商户转企业工程' }], pattern).keys()]).toEqual(['个转企']);
    expect([...mentionsIn([{ id: 'm', text: '推动个体工商户转型升级、高质量发展' }], pattern).keys()]).toEqual([]);
  });
  test('a service mode with 能/可 is the mode: 就近能办 is 就近办 (铜川), 掌上可办 is 掌上办 (石嘴山 2020, its first); 网上可办 stays a plain word', () => {
    const reform = (name: string) => corpus.reforms.find((r) => r.name === name)!;
    expect(reform('就近办').adoptions.some((a) => a.city === '铜川市')).toBe(true);
    expect(reform('掌上办').adoptions[0]).toMatchObject({ city: '石嘴山市', date: '2020-07-10' });
    expect([...mentionsIn([{ id: 'm', text: '大力推进网上可办' }], namesPattern(['网上办'])).keys()]).toEqual([]);
  });
  test('a mention that adopts nothing is kept apart with why: a batch passed on to study, another place’s practice', () => {
    const pattern = namesPattern(['一照多址', '证照联办']);
    const batch = '对国家明确由非试点地区参考借鉴的开展“一照多址”改革等24 项改革举措，立足市情实际研究借鉴';
    expect([...passedOnIn([{ id: 'a', text: batch }], pattern)]).toEqual([['一照多址', [{ measureId: 'a', why: 'batch', from: null }]]]);
    expect([...passedOnIn([{ id: 'b', text: '推行“证照联办”', practiceFrom: '西安高新区' }], pattern)]).toEqual([
      ['证照联办', [{ measureId: 'b', why: 'practice', from: '西安高新区' }]],
    ]);
    // A measure that also adopts the name in its own words adopts it.
    const both = `${batch}。全面推行“一照多址”改革`;
    expect([...passedOnIn([{ id: 'c', text: both }], pattern)]).toEqual([]);
    expect([...mentionsIn([{ id: 'c', text: both }], pattern).keys()]).toEqual(['一照多址']);
  });
  test('a name the measure moves on from is no adoption: 克拉玛依 实现从“减证便民”向“无证利民”升级 (a site review); 持续深化“减证便民”行动 is one', () => {
    const pattern = namesPattern(['减证便民']);
    const surpassed = '全面推行证明事项告知承诺制，实现从“减证便民”向“无证利民”升级';
    expect([...mentionsIn([{ id: 'k', text: surpassed }], pattern).keys()]).toEqual([]);
    expect([...passedOnIn([{ id: 'k', text: surpassed }], pattern)]).toEqual([['减证便民', [{ measureId: 'k', why: 'surpassed', from: null }]]]);
    expect([...mentionsIn([{ id: 's', text: '持续深化“减证便民”行动' }], pattern).keys()]).toEqual(['减证便民']);
    const reform = corpus.reforms.find((r) => r.name === '减证便民')!;
    expect(reform.adoptions.some((a) => a.city === '克拉玛依市')).toBe(false);
    expect(reform.passedOn.find((p) => p.city === '克拉玛依市')?.why).toBe('surpassed');
  });
  test('跨区域通办 written out is 跨域通办 (咸阳 西咸一体化“跨区域通办”; a site review found 咸阳 missing)', () => {
    expect(corpus.reforms.find((r) => r.name === '跨域通办')!.adoptions.some((a) => a.city === '咸阳市')).toBe(true);
  });
  test('免填单 is 免填写 and 有诉即办 is 接诉即办 (001 石嘴山 推行“一证办理”“免填单”; 002 铜川 有诉即办; a review found both missing)', () => {
    const adopters = (name: string) => corpus.reforms.find((r) => r.name === name)!.adoptions.map((a) => a.city);
    expect(adopters('免填写')).toContain('石嘴山市');
    expect(adopters('接诉即办')).toContain('铜川市');
  });
  test('a name that is only part of another word is no mention: 承诺办结时限, 掌上办税, 自助办税, 豁免提交, 申请人承诺办理 (a site review)', () => {
    const pattern = namesPattern(['承诺办', '掌上办', '自助办', '免提交', '证照分离']);
    const mentions = (text: string, path: string[] = []) => [...mentionsIn([{ id: 'm', text, path }], pattern).keys()];
    expect(mentions('公布办理条件、申请材料、承诺办结时限、跑动次数')).toEqual([]);
    expect(mentions('设置“非接触式”办税体验区、掌上办税体验区、自助办税区')).toEqual([]);
    expect(mentions('对符合条件的市场主体豁免提交清算报告')).toEqual([]);
    expect(mentions('海关依据申请人承诺办理相关事项')).toEqual([]);
    // Plain words for doing a thing online, by oneself, elsewhere: not the named reforms (a site review).
    const plain = namesPattern(['网上办', '自助办', '异地办']);
    const plainMentions = (text: string) => [...mentionsIn([{ id: 'm', text }], plain).keys()];
    expect(plainMentions('抓紧推动清单事项全部实现网上办理；实行登记自助办理；提供异地办事服务；巡回办证和网上办证')).toEqual([]);
    expect(plainMentions('推动更多政务服务“就近办”“自助办”，实现网上办、异地办')).toEqual(['自助办', '网上办', '异地办']);
    // …办事项 lists the reform's items: 石嘴山's 全市通办事项目录 names 全市通办, which is 市域通办.
    expect([...mentionsIn([{ id: 'm', text: '形成50全市通办事项目录' }], namesPattern(['市域通办'])).keys()]).toEqual(['市域通办']);
    expect(mentions('推行“承诺办+容缺办”，实现掌上办、免提交')).toEqual(['承诺办', '掌上办', '免提交']);
    // A reform named in the heading a measure stands under is the measure's (克拉玛依 （四）深入推进“证照分离”改革).
    expect(mentions('12.扩大告知承诺适用范围。', ['（四）深入推进“证照分离”改革'])).toEqual(['证照分离']);
  });
  test('a heading that names several reforms splits them among its items (克拉玛依 （十六）…“一网通办”“一件事一次办”“跨省通办”; a site review found its 公证 item under 一件事)', () => {
    const pattern = namesPattern(['一网通办', '一件事', '跨省通办']);
    const heading = ['（十六）深入推进政务服务事项“一网通办”“一件事一次办”“跨省通办”'];
    const items = [
      { id: 'm47', text: '47.动态调整全程网办负面清单，推动政务服务平台统一身份认证。', path: heading },
      { id: 'm48', text: '48.推出“出生一件事”“入学一件事”等18个“一件事”。', path: heading },
      { id: 'm49', text: '49.推进政务服务“跨省通办”。', path: heading },
      { id: 'm50', text: '50.强化公证服务便捷性，实现四项公证事项网上“跨省通办”。', path: heading },
    ];
    const found = mentionsIn(items, pattern);
    expect(found.get('一件事')).toEqual(['m48']);
    expect(found.get('跨省通办')).toEqual(['m49', 'm50']);
    // No item states 一网通办: the heading's promise is the unclaimed item's.
    expect(found.get('一网通办')).toEqual(['m47']);
    const corpusItems = corpus.reforms.find((r) => r.name === '一件事')!.adoptions.find((a) => a.city === '克拉玛依市')!.measureIds;
    expect(corpusItems.length).toBe(1);
    // A reform named as the premise of another is no second reform to split: 甘孜's items take both (a review).
    const premise = ['二、纵深推进“一网通办”前提下的“最多跑一次”改革'];
    const garze = mentionsIn(
      [
        { id: 'm5', text: '（五）拓展“一网通办”范围。', path: premise },
        { id: 'm6', text: '（六）强化政务数据支撑保障能力。', path: premise },
      ],
      namesPattern(['一网通办', '最多跑一次']),
    );
    expect(garze.get('最多跑一次')).toEqual(['m5', 'm6']);
    expect(garze.get('一网通办')).toEqual(['m5', 'm6']);
  });
  test('a 复制推广 row names another place’s practice: no adoption by its issuer (陕西 782号 offers 青岛’s “首违不罚”, 安徽’s “个转企”)', () => {
    const pattern = namesPattern(['首违不罚']);
    expect([...mentionsIn([{ id: 'm', text: '实施“首违不罚”', practiceFrom: '青岛市' }], pattern).keys()]).toEqual([]);
    const copied = byTitle('复制推广学习借鉴省内外优化营商环境典型经验做法').document.id;
    for (const r of corpus.reforms)
      expect(
        r.adoptions.some((a) => a.documentId === copied && a.measureIds.some((id) => id.includes('-r'))),
        r.name,
      ).toBe(false);
  });
  test('a quoted slogan that names a thing with the words after it is that thing: “办不成事”反映窗口, in six places (a site review)', () => {
    expect([...quotedNames([{ text: '设置“办不成事”反映窗口，提供兜底服务。深化“放管服”改革' }])]).toEqual([['办不成事反映窗口', 1]]);
    const pattern = namesPattern(['办不成事反映窗口']);
    const mentions = (text: string) => [...mentionsIn([{ id: 'm', text }], pattern).keys()];
    expect(mentions('优化“办不成事”反映窗口，提升兜底服务水平')).toEqual(['办不成事反映窗口']);
    expect(mentions('设立“办不成事反映窗口”')).toEqual(['办不成事反映窗口']);
    expect(mentions('开展“办不成事”专项行动')).toEqual([]);
    const window = corpus.reforms.find((r) => r.name === '办不成事反映窗口');
    expect(new Set(window?.adoptions.map((a) => a.city ?? a.province))).toEqual(new Set(['陕西', '甘肃', '咸阳市', '陇南市', '金昌市', '甘孜藏族自治州']));
    expect(corpus.reforms.some((r) => r.name === '办不成事')).toBe(false);
  });
  test('names many plans quote are tracked though no formula coins them: “好差评”, “个转企”, “用地清单制”', () => {
    const names = new Set(corpus.reforms.map((r) => r.name));
    for (const name of ['好差评', '个转企', '用地清单制']) expect(names.has(name), name).toBe(true);
    expect(names.has('承诺办')).toBe(false);
  });
  test('every tracked reform is adopted in two or more places', () => {
    for (const r of corpus.reforms) expect(new Set(r.adoptions.map((a) => a.city ?? a.province)).size, r.name).toBeGreaterThanOrEqual(2);
  });
  test('reforms are ranked by how many places adopted them, then by documents, as /reforms/ says (告知承诺, 15 places, before 一网通办, 13)', () => {
    const places = (r: (typeof corpus.reforms)[number]) => new Set(r.adoptions.map((a) => a.city ?? a.province)).size;
    const ranks = corpus.reforms.map((r) => [places(r), r.adoptions.length] as const);
    for (let i = 1; i < ranks.length; i++) {
      const [[p0, d0], [p1, d1]] = [ranks[i - 1]!, ranks[i]!];
      expect(p0 > p1 || (p0 === p1 && d0 >= d1), corpus.reforms[i]!.name).toBe(true);
    }
  });
  test('campaign names and slogans are not reforms', () => {
    const names = corpus.reforms.map((r) => r.name);
    for (const slogan of ['放管服', '十四五', '一刀切', '最后一公里', '秦务员']) expect(names).not.toContain(slogan);
  });
  test('a generic phrase is no reform: 服务承诺, bare 不见面, 一站式服务, 一专多能, 零门槛, 一企一策, 一事一议, 无事不扰 (a site review found unrelated uses counted as one)', () => {
    const names = corpus.reforms.map((r) => r.name);
    for (const phrase of ['服务承诺', '不见面', '一站式服务', '一专多能', '零门槛', '一企一策', '一事一议', '无事不扰']) expect(names).not.toContain(phrase);
  });
  test('one reform under several names is one: 一窗综办, 一窗通办, 一窗式 and 一窗办理 are 一窗受理; 全省通办 and 区内通办 are 省内通办; 全市通办 is 市域通办; 零次跑 is 零跑腿', () => {
    const names = corpus.reforms.map((r) => r.name);
    for (const variant of ['一窗综办', '一窗通办', '一窗式', '一窗办理', '全省通办', '区内通办', '全市通办', '零次跑']) expect(names).not.toContain(variant);
    const window = corpus.reforms.find((r) => r.name === '一窗受理')!;
    // 石嘴山 2020's 推进不动产登记一窗办理 counts once, under the one reform.
    expect(window.adoptions.filter((a) => a.city === '石嘴山市' && a.date === '2020-07-10')).toHaveLength(1);
    expect(new Set(window.adoptions.map((a) => a.city ?? a.province)).size).toBeGreaterThan(9);
    const pattern = namesPattern(['一窗受理', '省内通办']);
    expect([...mentionsIn([{ id: 'm', text: '全面提高线下“一窗综办”水平，推进“区内通办”' }], pattern).keys()].sort()).toEqual(['一窗受理', '省内通办']);
  });
  test('utilities transferred with the property are 同步过户 however joined: 联动过户 (陕西, 咸阳, 石嘴山), 联合过户 (克拉玛依; a review found four adoptions missing)', () => {
    const transfer = corpus.reforms.find((r) => r.name === '同步过户')!;
    expect(new Set(transfer.adoptions.map((a) => a.city ?? a.province))).toEqual(new Set(['石嘴山市', '陕西', '银川市', '咸阳市', '克拉玛依市']));
    expect(corpus.reforms.map((r) => r.name)).not.toContain('联动过户');
  });
});

describe('similar measures', () => {
  test('a measure’s counterparts come from other documents, best first', () => {
    for (const m of measures().slice(0, 300)) {
      expect(m.similar.every((s) => s.documentId !== m.documentId)).toBe(true);
      expect(m.similar.map((s) => s.score)).toEqual([...m.similar.map((s) => s.score)].sort((a, b) => b - a));
    }
  });
  test('陇南 takes its items over from 甘肃’s 2023 work points: its first item’s closest match is there', () => {
    const longnan = byTitle('2023年陇南市深化“放管服”改革工作要点');
    const gansu = byTitle('2023年甘肃省深化简政放权放管结合优化服务改革工作要点');
    expect(longnan.measures[0].similar[0].documentId).toBe(gansu.document.id);
  });
});

describe('transmissions', () => {
  test('a date the province sets its own departments, or for filing the implementing plan, is not a deadline the city dropped (秦务员 → 咸阳; a site review)', () => {
    const t = corpus.transmissions.find((x) => x.id === 'shaanxi-2023-828e46--shaanxi-xianyang-2023-ea66ce')!;
    const row = (upstream: string) => t.rows.find((r) => r.upstream === upstream)!;
    // 2023年6月底前，省级行业主管部门…认领; 工作方案2023年5月底前报省政府办公厅备案.
    // The row stays kept, and says why the date is not the city's (a second review read it as breaking 沿用's rule).
    for (const id of ['shaanxi-2023-828e46-m2-1-1', 'shaanxi-2023-828e46-m3-1']) {
      expect(row(id).kind).toBe('kept');
      expect(row(id).changes.filter((c) => c.field === 'deadline')).toEqual([expect.objectContaining({ upstreamOwn: true, downstream: null })]);
    }
    // A date every level is held to still counts: 2023年底前，实现同一政务服务事项…
    expect(row('shaanxi-2023-828e46-m2-1-2').changes.some((c) => c.field === 'deadline')).toBe(true);
  });
  test('an item one of whose sentences a city measure copies word for word is merged there (陕西 3 推进政务服务事项动态管理: 确保政务服务事项数据同源、动态更新、联动管理 in 咸阳 1; a site review read it as 未采纳)', () => {
    const t = corpus.transmissions.find((x) => x.id === 'shaanxi-2023-828e46--shaanxi-xianyang-2023-ea66ce')!;
    expect(t.rows.find((r) => r.upstream === 'shaanxi-2023-828e46-m2-1-3')).toMatchObject({ downstream: 'shaanxi-xianyang-2023-ea66ce-m2-1-1', by: 'merged' });
  });
  test('a title’s quoted name the city words otherwise is matched by the names the text quotes (拓展“跨域通办” → 咸阳 推进“跨省通办”“省内通办”; a site review read 未采纳 + 新增)', () => {
    const t = corpus.transmissions.find((x) => x.id === 'shaanxi-2023-828e46--shaanxi-xianyang-2023-ea66ce')!;
    expect(t.rows.find((r) => r.upstream === 'shaanxi-2023-828e46-m2-3-16')?.downstream).toBe('shaanxi-xianyang-2023-ea66ce-m2-3-15');
    expect(t.rows.some((r) => r.kind === 'added' && r.downstream === 'shaanxi-xianyang-2023-ea66ce-m2-3-15')).toBe(false);
  });
  test('咸阳 implements 陕西’s 秦务员 plan, and cites it', () => {
    const shaanxi = byTitle('陕西省人民政府办公厅关于印发加快推进政务服务标准化规范化便利化');
    const xianyang = byTitle('咸阳市人民政府办公室关于印发加快推进政务服务标准化规范化便利化');
    const pair = corpus.transmissions.find((t) => t.upstreamId === shaanxi.document.id && t.downstreamId === xianyang.document.id)!;
    expect(pair.basis).toBe('citation');
    expect(pair.rows.filter((r) => r.kind === 'kept' || r.kind === 'changed').length).toBeGreaterThan(10);
  });
  test('a deadline the task list adds where the plan set none keeps the measure “沿用”, the added deadline said; a changed target or deadline is “有改动” (银川)', () => {
    const pair = corpus.transmissions.find((t) => t.downstreamId === 'ningxia-yinchuan-2023-71c31c')!;
    const kept = pair.rows.filter((r) => r.kind === 'kept');
    expect(kept.some((r) => r.changes.length === 1 && r.changes[0]!.field === 'deadline' && r.changes[0]!.upstream === null)).toBe(true);
    for (const r of pair.rows.filter((x) => x.kind === 'changed')) expect(r.changes.some((c) => c.upstream !== null)).toBe(true);
  });
  test('a target the city adds where the plan set none changes no commitment: 哈密’s 95% for 新疆’s unquantified 办税缴费 item is “沿用”, the target said (a blind reading)', () => {
    const pair = corpus.transmissions.find((t) => t.downstreamId === 'xinjiang-hami-2023-95a698')!;
    const row = pair.rows.find((r) => r.upstream === 'xinjiang-2023-a62e8a-m3-14')!;
    expect(row.kind).toBe('kept');
    expect(row.changes).toContainEqual({ field: 'target', upstream: null, downstream: '实现95%' });
  });
  test('a plan item its task list splits over several rows does not drop a target another row keeps (银川: 由4天压缩至4小时 is row 35’s)', () => {
    const pair = corpus.transmissions.find((t) => t.downstreamId === 'ningxia-yinchuan-2023-71c31c')!;
    const row = pair.rows.find((r) => r.upstream === 'ningxia-yinchuan-2023-516c1d-m3-3-1')!;
    expect(row.changes.filter((c) => c.field === 'target')).toEqual([]);
  });
  test('a task-list row that opens with the plan’s own sentence is no 新增 (银川 r42 探索推行“带押过户”, r44 不动产权利限制状况查询; a site review)', () => {
    const pair = corpus.transmissions.find((t) => t.downstreamId === 'ningxia-yinchuan-2023-71c31c')!;
    const added = new Set(pair.rows.filter((r) => r.kind === 'added').map((r) => r.downstream));
    for (const row of ['r19', 'r20', 'r42', 'r44', 'r55']) expect(added.has(`ningxia-yinchuan-2023-71c31c-${row}`), row).toBe(false);
    // Rows the list files under a plan item's own title (its 目标任务 column) detail that item (a second review).
    for (const row of ['r75', 'r87', 'r93', 'r201', 'r256']) expect(added.has(`ningxia-yinchuan-2023-71c31c-${row}`), row).toBe(false);
    const r42 = pair.rows.find((r) => r.downstream === 'ningxia-yinchuan-2023-71c31c-r42' || r.alsoDownstream?.includes('ningxia-yinchuan-2023-71c31c-r42'))!;
    expect(r42.upstream).toBe('ningxia-yinchuan-2023-516c1d-m3-3-2');
  });
  test('哈密 implements 新疆’s plan on lowering institutional transaction costs; a step its text keeps under a later 完成时限 is the plan’s deadline kept (a site review)', () => {
    const hami = byTitle('哈密市落实优化营商环境降低市场主体制度性交易成本工作方案');
    const pair = corpus.transmissions.find((t) => t.downstreamId === hami.document.id && t.upstreamId.startsWith('xinjiang-'))!;
    // 新疆 （六） 2023年3月底，完成涉企违规收费专项整治 → 哈密 2023年3月底前，配合自治区完成…, 完成时限 2023年12月30日.
    const fees = pair.rows.find((r) => r.downstream === 'xinjiang-hami-2023-95a698-m2-6')!;
    expect(fees).toMatchObject({ kind: 'kept', changes: [] });
  });
  test('a measure the city rewrote is not both 未采纳 and 新增: 金昌’s 深化“异地办” and 纵深推进投资项目审批制度改革 are 甘肃’s, matched by title and said so', () => {
    const gansu = byTitle('2023年甘肃省深化简政放权放管结合优化服务改革工作要点');
    const jinchang = corpus.transmissions.find((t) => t.upstreamId === gansu.document.id && byId(t.downstreamId).document.city === '金昌市')!;
    const all = new Map(measures().map((m) => [m.id, m]));
    const title = (id: string | null) => (id ? all.get(id)?.title : null);
    for (const name of ['深化“异地办”', '纵深推进投资项目审批制度改革']) {
      const row = jinchang.rows.find((r) => title(r.upstream) === name)!;
      expect(row.kind, name).not.toBe('dropped');
      expect(title(row.downstream), name).toBe(name);
    }
    const dropped = jinchang.rows.filter((r) => r.kind === 'dropped').map((r) => title(r.upstream));
    const added = new Set(jinchang.rows.filter((r) => r.kind === 'added').map((r) => title(r.downstream)));
    expect(dropped.filter((t) => t && added.has(t))).toEqual([]);
    expect(jinchang.rows.some((r) => r.by === 'title')).toBe(true);
  });
  test('titles alike name one item only when they share most of their words; a task list without titles pairs none by title', () => {
    expect(titleOverlap('持续规范中介服务', '持续规范中介服务')).toBe(1);
    expect(titleOverlap('推进“双随机、一公开”监管', '深化“双随机、一公开”监管')).toBeGreaterThanOrEqual(0.6);
    expect(titleOverlap('温暖特殊群体', '提供更多便利服务')).toBe(0);
    expect(titleOverlap('优化企业融资服务水平', null)).toBe(0);
    const yinchuan = corpus.transmissions.find((t) => byId(t.upstreamId).document.city === '银川市')!;
    expect(yinchuan.rows.some((r) => r.by === 'title' || r.by === 'rewritten')).toBe(false);
  });
  test('every upstream and downstream measure appears exactly once in a pair’s rows', () => {
    for (const t of corpus.transmissions) {
      const up = byId(t.upstreamId)
        .measures.map((m) => m.id)
        .sort();
      const down = byId(t.downstreamId)
        .measures.map((m) => m.id)
        .sort();
      expect(
        t.rows
          .map((r) => r.upstream)
          .filter(Boolean)
          .sort(),
      ).toEqual(up);
      // A downstream measure is matched, or details a matched one, or is new — never new and matched both.
      const named = t.rows.flatMap((r) => [r.downstream, ...(r.alsoDownstream ?? [])]).filter(Boolean);
      expect([...new Set(named)].sort()).toEqual(down);
      const taken = new Set(t.rows.filter((r) => r.kind !== 'added').flatMap((r) => [r.downstream, ...(r.alsoDownstream ?? [])]));
      expect(t.rows.filter((r) => r.kind === 'added' && taken.has(r.downstream))).toEqual([]);
    }
  });
  test('a measure rewritten but for its opening sentence is matched by it (陕西 26 推进数据资源共享 → 咸阳 28 提升数据共享和安全保障能力)', () => {
    const pair = corpus.transmissions.find((t) => t.id === 'shaanxi-2023-828e46--shaanxi-xianyang-2023-ea66ce')!;
    const row = pair.rows.find((r) => r.upstream === 'shaanxi-2023-828e46-m2-4-26')!;
    expect(row).toMatchObject({ kind: 'kept', downstream: 'shaanxi-xianyang-2023-ea66ce-m2-4-28', by: 'opening' });
  });
  test('a plan item a task list splits over rows is taken over, its other rows named, its targets not dropped (银川 便利企业开办: 80% in one row, 2万户 in another)', () => {
    const pair = corpus.transmissions.find((t) => t.downstreamId === 'ningxia-yinchuan-2023-71c31c')!;
    const all = new Map(measures().map((m) => [m.id, m]));
    const row = pair.rows.find((r) => all.get(r.upstream ?? '')?.title === '进一步便利企业开办')!;
    // Its targets all carry over; the one change is the date: the plan's 年内 for 新登记企业2万户 is the task list's 10月底.
    expect(row.changes).toEqual([{ field: 'deadline', upstream: '2023-12-31', downstream: '2023-10-31' }]);
    const detailed = [row.downstream!, ...(row.alsoDownstream ?? [])].flatMap((id) => all.get(id)!.targets.map((t) => `${t.value}${t.unit}`));
    expect(detailed).toEqual(expect.arrayContaining(['80%', '2万户']));
    // Restating a target in other words (2个工作日以内 → 2个工作日内) or in another row changes nothing.
    expect(pair.rows.filter((r) => r.kind === 'changed').length).toBeLessThanOrEqual(2);
    // Rows written in the item's own words (r3 整合企业开办实名认证信息…, r4, r5) detail it: they are not new.
    const added = new Set(pair.rows.filter((r) => r.kind === 'added').map((r) => all.get(r.downstream!)!.label));
    for (const label of ['3', '4', '5']) expect(added.has(label), `r${label}`).toBe(false);
    expect(added.size).toBeLessThan(60);
  });
  test('a rewritten item is matched by the reform its title quotes (甘肃 26 提升12345热线“一号响应”能力 → 金昌 44 打响“接诉即办”服务品牌; 陕西 14 “好差评” → 咸阳 12 规范开展评估评价)', () => {
    const all = new Map(measures().map((m) => [m.id, m]));
    const title = (id: string | null) => (id ? all.get(id)?.title : null);
    const rowOf = (pair: string, upTitle: string) => corpus.transmissions.find((t) => t.id === pair)!.rows.find((r) => title(r.upstream) === upTitle)!;
    expect(title(rowOf('gansu-2023-40691b--gansu-jinchang-2023-44f9fb', '提升12345热线“一号响应”能力').downstream)).toBe('打响“接诉即办”服务品牌');
    expect(title(rowOf('shaanxi-2023-828e46--shaanxi-xianyang-2023-ea66ce', '规范开展政务服务“好差评”').downstream)).toBe('规范开展评估评价');
  });
  test('a target the implementing plan states as the level it builds on is shown, and kept when that level meets it (甘肃 1个工作日 → 金昌 在…0.5个工作日以内的基础上)', () => {
    const pair = corpus.transmissions.find((t) => t.id === 'gansu-2023-40691b--gansu-jinchang-2023-44f9fb')!;
    const row = pair.rows.find((r) => r.upstream === 'gansu-2023-40691b-m5-34')!;
    expect(row.changes.find((c) => c.field === 'target')).toMatchObject({
      upstream: '压减至1个工作日',
      baseline: '全市企业开办全流程办理时限压减至0.5个工作日以内',
      reached: true,
    });
    // 0.5 days is within 1: 金昌 keeps 甘肃's commitment, it does not change it (a site review).
    expect(row.kind).toBe('kept');
    // So does all of its new industrial projects against 甘肃's 不低于30％ of them (a second review).
    const standard = pair.rows.find((r) => r.upstream === 'gansu-2023-40691b-m5-39')!;
    expect(standard.kind).toBe('kept');
    expect(standard.changes[0]).toMatchObject({ reached: true, whole: expect.stringContaining('全部采用区域评估和“标准地”供地') });
    const share = [{ text: '不低于30％', value: 30, unit: '%', comparator: '>=' as const }];
    const upstream = '采取“标准地”制度供应的工业项目用地宗数不低于30％。';
    expect(wholeClause('新批工业项目全部采用“标准地”供地。', upstream, share)).toBe('新批工业项目全部采用“标准地”供地');
    // 全部 about something else is no such clause.
    expect(wholeClause('全部纳入清单管理，推行“标准地”改革。', upstream, share)).toBeNull();
  });
  test('an undated item of a plan that dates its 工作目标 stage by stage says so (咸阳: 2023年底前；2024年底前；2025年底前)', () => {
    const pair = corpus.transmissions.find((t) => t.id === 'shaanxi-2023-828e46--shaanxi-xianyang-2023-ea66ce')!;
    const undated = pair.rows.flatMap((r) => r.changes).filter((c) => c.field === 'deadline' && c.downstream === null && !c.upstreamOwn);
    expect(undated.length).toBeGreaterThan(0);
    for (const c of undated) expect(c.goals).toBe('2023年底前；2024年底前；2025年底前');
    // A plan with no dated goals section (金昌) adds nothing.
    const jinchang = corpus.transmissions.find((t) => t.id === 'gansu-2023-40691b--gansu-jinchang-2023-44f9fb')!;
    expect(jinchang.rows.flatMap((r) => r.changes).some((c) => c.goals)).toBe(false);
    expect(baselineClause('在压减至0.5个工作日以内的基础上，营业执照即来即办', new Set(['个工作日']))).toBe('在压减至0.5个工作日以内的基础上');
    expect(baselineClause('在压减至0.5个工作日以内的基础上，营业执照即来即办', new Set(['%']))).toBeNull();
    expect(baselineClause('压减至0.5个工作日以内，营业执照即来即办', new Set(['个工作日']))).toBeNull();
  });
  test('a provincial department’s plan that cites the province’s takes on its share (陕西市场监管局 突破年方案 ← 陕西 突破年实施意见, named without 陕西省)', () => {
    const pair = corpus.transmissions.find((t) => t.id === 'shaanxi-2023-887975--shaanxi-2023-41083e')!;
    expect(pair).toMatchObject({ basis: 'citation' });
    const all = new Map(measures().map((m) => [m.id, m]));
    const titles = pair.rows.filter((r) => r.kind === 'kept' || r.kind === 'changed').map((r) => [all.get(r.upstream!)!.title, all.get(r.downstream!)!.title]);
    expect(titles).toContainEqual(['开展涉企违规收费专项整治', '开展涉企违规收费专项整治']);
    // 强化工作机制's object, 工作机制, is every plan's words: no clue to a match (it named 构建全链条企业信用监管制度体系).
    // …its taking measure is found by the name both quote, “坐窗口、走流程、跟执法” (a site review).
    expect(titles.find(([up]) => up === '强化工作机制')).toEqual(['强化工作机制', '扎实开展“坐窗口、走流程、跟执法”活动']);
    // Measures that copy a quarter of an item's words take it on with others (部12, 部14 from 省23 营造公平竞争市场环境): not 新增.
    const fair = pair.rows.find((r) => all.get(r.upstream ?? '')?.title === '营造公平竞争市场环境')!;
    const detailing = [fair.downstream, ...(fair.alsoDownstream ?? [])].map((id) => all.get(id!)!.title);
    expect(detailing).toEqual(expect.arrayContaining(['全面落实公平竞争审查制度', '推进包容审慎监管']));
    // Provincial plans alike on one subject are not paired without a citation.
    const uncited = corpus.transmissions.filter((t) => t.basis !== 'citation' && !byId(t.downstreamId).document.city);
    expect(uncited).toEqual([]);
  });
  test('a plan of the same province is cited by its title without the province', () => {
    const doc = {
      id: 'x',
      title: '中共陕西省委陕西省人民政府印发《陕西省推进营商环境突破年实施意见》',
      docNumber: null,
      date: null,
      province: '陕西',
      city: null,
      level: 'province' as const,
    };
    expect(cites('按照省委、省政府推进营商环境突破年实施意见相关要求', doc)).toBe(true);
    expect(cites('按照省委、省政府关于营商环境的部署', doc)).toBe(false);
  });
  test('an item merged into a measure that took in others is taken over, said so (甘肃 27 强化规划引领 → 金昌 6 完善数字政府规划设计)', () => {
    const gansu = byTitle('2023年甘肃省深化简政放权放管结合优化服务改革工作要点');
    const jinchang = corpus.transmissions.find((t) => t.upstreamId === gansu.document.id && byId(t.downstreamId).document.city === '金昌市')!;
    const all = new Map(measures().map((m) => [m.id, m]));
    const row = jinchang.rows.find((r) => all.get(r.upstream ?? '')?.title === '强化规划引领')!;
    expect(row).toMatchObject({ kind: 'kept', by: 'merged' });
    expect(all.get(row.downstream!)!.title).toBe('完善数字政府规划设计');
  });
});

describe('aligning two plans, on literal measures', () => {
  const m = (id: string, title: string, targets: [string, number, string][] = [], opening = '') => ({
    id,
    title,
    deadline: null,
    targets: targets.map(([text, value, unit]) => ({ text, value, unit })),
    opening,
  });
  test('an item whose title stands in a longer title of a measure already taken is merged there (陕西 规范审批服务 → 咸阳 规范审批服务行为; a site review read it as 未采纳)', () => {
    const up = [m('u1', '规范政务服务行为'), m('u2', '规范审批服务')];
    const rows = align(up, [m('d1', '规范审批服务行为')], (a) => (a.id === 'u1' ? 0.9 : 0));
    expect(rows.find((r) => r.upstream === 'u2')).toMatchObject({ kind: 'kept', downstream: 'd1', by: 'titled' });
    // A downstream title that is part of the item's own is no merging: the item stays 未采纳.
    const shorter = align([m('u1', '规范审批服务'), m('u2', '规范审批服务行为')], [m('d1', '规范审批服务')], (a) => (a.id === 'u1' ? 0.9 : 0));
    expect(shorter.find((r) => r.upstream === 'u2')).toMatchObject({ kind: 'dropped' });
  });
  test('an item whose quoted names all stand quoted in a title listing more is merged there (甘肃 推进“就近办” → 甘肃交通运输厅 13; a site review read it as 未承接)', () => {
    const up = [m('u1', '推进“掌上办”'), m('u2', '推进“就近办”'), m('u3', '推进“办不成事”反映窗口')];
    const rows = align(up, [m('d1', '推进“掌上办”“集成办”，深化“异地办”“就近办”')], (a) => (a.id === 'u1' ? 0.9 : 0));
    expect(rows.find((r) => r.upstream === 'u2')).toMatchObject({ kind: 'kept', downstream: 'd1', by: 'titled' });
    expect(rows.find((r) => r.upstream === 'u3')).toMatchObject({ kind: 'dropped' });
  });
  test('an item whose title names a thing one measure’s text alone holds word for word is taken on there (甘肃 推进跨部门综合监管 → 交通运输厅 5; a site review)', () => {
    const up = [m('u1', '持续提高政府监管效能'), m('u2', '推进跨部门综合监管'), m('u3', '健全督查考核评价机制'), m('u4', '加快实施信用风险分类监管')];
    const down = [
      { ...m('d1', '持续提高监管效能'), text: '打造“无事不扰、无处不在”监管模式，推进“公路运输车辆”跨部门综合监管工作。' },
      { ...m('d2', '狠抓任务落实'), text: '健全督查考核评价机制，落实信用风险分类监管。' },
      { ...m('d3', '深化信用监管'), text: '逐步开展企业信用风险分类监管。' },
    ];
    const rows = align(up, down, (a, b) => (a.id === 'u1' && b.id === 'd1' ? 0.9 : 0));
    expect(rows.find((r) => r.upstream === 'u2')).toMatchObject({ kind: 'kept', downstream: 'd1', by: 'named' });
    // A plan's own machinery (督查考核评价机制) names no thing; a name two measures hold says nothing of which took it on.
    expect(rows.find((r) => r.upstream === 'u3')).toMatchObject({ kind: 'dropped' });
    expect(rows.find((r) => r.upstream === 'u4')?.kind).toBe('dropped');
  });
  test('where no measure holds the thing whole, one with a sentence holding both its terms takes it on; short common words apart do not (甘肃 强化重大项目帮办代办 → 陇南 21; a site review read it as 未采纳)', () => {
    const up = [m('u1', '强化重大项目帮办代办'), m('u2', '规范网上办事服务')];
    const down = [
      { ...m('d1', '规范政务服务场所办事服务'), text: '优化“帮办代办”窗口，提升对重大项目、招商引资项目及老年人、残疾人等特殊群体的帮办代办服务水平。' },
      { ...m('d2', '推行帮办代办制'), text: '全面推行帮办代办制。对重大项目实行优先办。' },
      { ...m('d3', '简化企业开办流程'), text: '做好网上登记与窗口登记的衔接，为申请人提供简便易用的服务，方便申请人办事。' },
    ];
    const rows = align(up, down, () => 0);
    expect(rows.find((r) => r.upstream === 'u1')).toMatchObject({ kind: 'kept', downstream: 'd1', by: 'named' });
    // 网上, 办事, 服务: no term of four characters stands in d3's sentence.
    expect(rows.find((r) => r.upstream === 'u2')?.kind).toBe('dropped');
  });
  test('a target restated in other words is the same promise: 2个工作日以内 and 2个工作日内', () => {
    const rows = align([m('u1', '压缩退税时间', [['2个工作日以内', 2, '个工作日']])], [m('d1', '压缩退税时间', [['2个工作日内', 2, '个工作日']])], () => 0.9);
    expect(rows[0]).toMatchObject({ kind: 'kept', changes: [] });
  });
  test('openings that share twelve characters match; a shorter shared run does not', () => {
    const up = [m('u1', '推进数据资源共享', [], '推进政务数据跨层级跨部门跨地区共享逐步融合社会第三方数据')];
    expect(align(up, [m('d1', '提升数据共享和安全保障能力', [], '推进政务数据跨层级跨部门跨地区共享向上推动')], () => 0)[0]).toMatchObject({
      downstream: 'd1',
      by: 'opening',
    });
    expect(align(up, [m('d1', '提升安全保障能力', [], '推进政务数据安全')], () => 0)[0]).toMatchObject({ kind: 'dropped' });
  });
  test('a rewritten item whose title quotes a reform only one unmatched measure names is matched by it; where several name it, the one sharing the title’s words', () => {
    const up = [m('u1', '规范开展政务服务“好差评”')];
    const one = [
      { ...m('d1', '规范开展评估评价'), text: '统一开展政务服务“好差评”' },
      { ...m('d2', '强化平台支撑'), text: '完善平台' },
    ];
    expect(align(up, one, () => 0)[0]).toMatchObject({ downstream: 'd1', by: 'term' });
    const two = [one[0]!, { ...m('d2', '强化监督考核'), text: '将“好差评”结果纳入考核' }];
    expect(align(up, two, () => 0)[0]).toMatchObject({ downstream: 'd1', by: 'term' });
    const none = [
      { ...m('d1', '强化监督考核'), text: '将“好差评”结果纳入考核' },
      { ...m('d2', '完善评价体系'), text: '推行“好差评”' },
    ];
    expect(align(up, none, () => 0)[0]).toMatchObject({ kind: 'dropped' });
  });
  test('a title that quotes nothing offers its object, which one measure alone must name (陕西 22 温暖特殊群体 → 咸阳 24 提供更多便利服务)', () => {
    const up = [m('u1', '温暖特殊群体')];
    const one = [
      { ...m('d1', '提供更多便利服务'), text: '为老年人、残疾人等特殊群体提供便利' },
      { ...m('d2', '强化平台'), text: '完善平台' },
    ];
    expect(align(up, one, () => 0)[0]).toMatchObject({ downstream: 'd1', by: 'term' });
    const two = [one[0]!, { ...m('d2', '温暖服务'), text: '关爱特殊群体' }];
    expect(align(up, two, () => 0)[0]).toMatchObject({ kind: 'dropped' });
  });
  test('an item whose words stand in a measure that took in others too is merged into it; a row written in an item’s words details it', () => {
    const words = '推进政务数据跨层级跨部门跨地区共享逐步融合社会第三方数据加快完善基础数据库和相关主题库';
    const up = [m('u1', '推进数据资源共享'), m('u2', '强化安全')].map((x, i) => ({ ...x, text: i === 0 ? words : '落实网络安全责任制度' }));
    const down = [
      { ...m('d1', '数据共享与安全'), text: `${words}。落实网络安全责任制度，开展攻防演练` },
      { ...m('d2', ''), text: '加快完善基础数据库和相关主题库' },
    ];
    const rows = align(up, down, (a, b) => (a.id === 'u2' && b.id === 'd1' ? 0.5 : 0));
    expect(rows.find((r) => r.upstream === 'u2')).toMatchObject({ kind: 'kept', downstream: 'd1' });
    expect(rows.find((r) => r.upstream === 'u1')).toMatchObject({ kind: 'kept', downstream: 'd1', by: 'merged', alsoDownstream: ['d2'] });
    expect(rows.filter((r) => r.kind === 'added')).toEqual([]);
  });
  test('a row opening with an item’s sentence word for word details it; a short common clause, or one several items hold, does not (银川 r42 探索推行“带押过户”; a site review)', () => {
    const up = [{ ...m('u1', '提升不动产登记便利化水平'), text: '全面推行“互联网+不动产登记”。探索推行“带押过户”。推进窗口建设。' }];
    const down = [
      { ...m('d1', ''), text: '全面推行“互联网+不动产登记”，推动更多事项网上办。' },
      { ...m('d2', ''), text: '探索推行“带押过户”。' },
      { ...m('d3', ''), text: '推进窗口建设，配齐窗口工作人员。' },
    ];
    const rows = align(up, down, (_a, b) => (b.id === 'd1' ? 0.9 : 0));
    expect(rows.find((r) => r.upstream === 'u1')).toMatchObject({ kind: 'kept', downstream: 'd1', alsoDownstream: ['d2'] });
    // 推进窗口建设 is six characters, fewer than a lifted opening needs.
    expect(rows.filter((r) => r.kind === 'added').map((r) => r.downstream)).toEqual(['d3']);
    // An item no other row took is taken by the row lifting its sentence, and says so.
    expect(align([up[0]!], [down[1]!], () => 0)[0]).toMatchObject({ kind: 'kept', downstream: 'd2', by: 'lifted' });
  });
  test('a row filed under a heading that is one item’s title details it, listed in document order; a short or shared title names none (银川 清单 r93 under 1.切实提升办电效率; a site review found five such rows 新增)', () => {
    const up = [m('u1', '切实提升办电效率'), m('u2', '加强领导'), m('u3', '优化审批服务流程'), m('u4', '优化审批服务流程')];
    const under = (id: string, path: string[]) => ({ ...m(id, ''), text: '推行同步过户。', path });
    const down = [
      under('d1', ['(七)优化供电服务', '1.切实提升办电效率']),
      under('d2', ['(七)优化供电服务', '1.切实提升办电效率']),
      under('d3', ['三、加强领导']),
      under('d4', ['2.优化审批服务流程']),
    ];
    const rows = align(up, down, (a, b) => (a.id === 'u1' && b.id === 'd2' ? 0.9 : 0));
    expect(rows.find((r) => r.upstream === 'u1')).toMatchObject({ kind: 'kept', downstream: 'd2', alsoDownstream: ['d1'] });
    // 强化组织领导 is under six characters; 优化审批服务流程 is two items' title.
    expect(rows.filter((r) => r.kind === 'added').map((r) => r.downstream)).toEqual(['d3', 'd4']);
    // An item no other row took is taken by the row filed under it, and says so.
    expect(align([up[0]!], [down[0]!], () => 0)[0]).toMatchObject({ kind: 'kept', downstream: 'd1', by: 'filed' });
  });
  test('a plan’s goals a department takes in part, in its own goals, are taken there; goals elsewhere, or no shared quantity, are not (陕西 工作目标 → 省市场监管局 （一）市场主体活力持续激发; a site review read them as 未承接 and 新增)', () => {
    const goals = m('u1', '工作目标', [
      ['压减到1个工作日内', 1, '个工作日'],
      ['新增高新技术企业3500家', 3500, '家'],
    ]);
    const under = (id: string, path: string[], targets: [string, number, string][]) => ({ ...m(id, id, targets), path });
    const down = [
      under('d1', ['二、工作目标'], [['压减到1个工作日以内', 1, '个工作日']]),
      under('d2', ['二、工作目标'], []),
      under('d3', ['三、重点任务'], [['压减到1个工作日以内', 1, '个工作日']]),
    ];
    const rows = align([goals], down, () => 0);
    expect(rows.find((r) => r.upstream === 'u1')).toMatchObject({ downstream: 'd1', by: 'goals' });
    expect(rows.filter((r) => r.kind === 'added').map((r) => r.downstream)).toEqual(['d2', 'd3']);
    expect(align([goals], [down[2]!], () => 0)[0]).toMatchObject({ kind: 'dropped' });
  });
  test('a safeguard rewritten in the implementing plan’s words pairs by its kind, where each side has one of that kind; two of a kind pair none (甘肃 抓好组织实施 → 交通运输厅 加强组织领导; a site review read them as 未承接 and 新增)', () => {
    const under = (id: string, title: string, section = '六、强化组织保障') => ({ ...m(id, title), path: [section] });
    const up = [under('u1', '抓好组织实施'), under('u2', '加强督导调研'), under('u3', '鼓励改革创新')];
    const down = [under('d1', '加强组织领导', '三、保障措施'), under('d2', '强化督查问效', '三、保障措施'), under('d3', '压实督导责任', '三、保障措施')];
    const rows = align(up, down, () => 0);
    expect(rows.find((r) => r.upstream === 'u1')).toMatchObject({ kind: 'kept', downstream: 'd1', by: 'safeguard' });
    // Two measures of 督导's kind: which took it on is not told by its kind.
    expect(rows.find((r) => r.upstream === 'u2')?.kind).toBe('dropped');
    expect(rows.find((r) => r.upstream === 'u3')?.kind).toBe('dropped');
    // A task outside any safeguard section whose title names no check or assessment is no safeguard.
    expect(align([{ ...m('u1', '推进组织实施'), path: ['二、重点任务'] }], [under('d1', '加强组织领导', '三、保障措施')], () => 0)[0]?.kind).toBe('dropped');
  });
  test('a measure whose title quotes a name one item’s text alone quotes details that item; a name two items quote details neither (省市场监管局 扎实开展“坐窗口、走流程、跟执法”活动; a site review read it as 新增)', () => {
    const up = [
      { ...m('u1', '强化工作机制'), text: '主要负责同志每半年参加1次“坐窗口、走流程、跟执法”活动。' },
      { ...m('u2', '优化政务服务'), text: '推进“一网通办”。' },
      { ...m('u3', '优化网上服务'), text: '拓展“一网通办”服务。' },
    ];
    const down = [m('d1', '扎实开展“坐窗口、走流程、跟执法”活动'), m('d2', '推广“一网通办”')];
    const rows = align(up, down, () => 0);
    expect(rows.find((r) => r.upstream === 'u1')).toMatchObject({ kind: 'kept', downstream: 'd1', by: 'term' });
    expect(rows.find((r) => r.downstream === 'd2')?.kind).toBe('added');
  });
  test('an item no row is close to, whose targets all stand in rows, is detailed by them; one common number alone is not enough', () => {
    const up = [
      m('u1', '进一步便利企业开办', [
        ['达80%', 80, '%'],
        ['2万户', 2, '万户'],
      ]),
    ];
    const down = [m('d1', '', [['达80%', 80, '%']]), m('d2', '', [['2万户', 2, '万户']])];
    expect(align(up, down, () => 0)[0]).toMatchObject({ kind: 'kept', downstream: 'd1', alsoDownstream: ['d2'], by: 'targets' });
    expect(align([m('u1', '优化审批', [['100%', 100, '%']])], [m('d1', '另一件事', [['100%', 100, '%']])], () => 0)[0]).toMatchObject({ kind: 'dropped' });
  });
  test('of rows stating a matched item’s other number, the one whose clause reads like the item’s details it, not the first (银川 电子退税 90%: r190, not r57’s other 90%; a site review)', () => {
    const up = [
      {
        ...m('u1', '优化退税服务', [
          ['5个工作日', 5, '个工作日'],
          ['90%', 90, '%'],
        ]),
        text: '正常退税平均办理时间压缩至5个工作日，电子退税比例达到90%以上。',
      },
    ];
    const down = [
      { ...m('d0', '', [['5个工作日', 5, '个工作日']]), text: '正常退税平均办理时间压缩至5个工作日。' },
      { ...m('d1', '', [['90%', 90, '%']]), text: '全市新增注册企业全程网办率达到90%以上。' },
      { ...m('d2', '', [['90%', 90, '%']]), text: '推行电子退税，电子退税比例达90%以上。' },
    ];
    const rows = align(up, down, (_a, b) => (b.id === 'd0' ? 0.9 : 0));
    expect(rows.find((r) => r.upstream === 'u1')).toMatchObject({ downstream: 'd0', alsoDownstream: ['d2'] });
    expect(rows.filter((r) => r.kind === 'added').map((r) => r.downstream)).toEqual(['d1']);
  });
  test('a task-list row with a third of its words from one plan item details it (银川 r40 扩大不动产产权证免费邮寄范围 from 提升不动产登记便利化水平; a site review found it 新增)', () => {
    const item = '建立交房即交证服务专窗推行不动产登记全程网办扩大不动产产权证免费邮寄范围实现线上申请线下邮寄';
    const up = [{ ...m('u1', '提升不动产登记便利化水平'), text: item }];
    const down = [
      { ...m('d1', ''), text: '建立交房即交证服务专窗，首次登记一并收取委托书。' },
      { ...m('d2', ''), text: '扩大不动产产权证免费邮寄范围至各县（市）区。' },
      { ...m('d3', ''), text: '开展营商环境宣传月活动，评选优秀案例。' },
    ];
    const rows = align(up, down, (_a, b) => (b.id === 'd1' ? 0.9 : 0));
    expect(rows.find((r) => r.upstream === 'u1')).toMatchObject({ downstream: 'd1', alsoDownstream: ['d2'] });
    expect(rows.filter((r) => r.kind === 'added').map((r) => r.downstream)).toEqual(['d3']);
  });
});

describe('comparable metrics', () => {
  test('石嘴山’s 1 个工作日 is company registration time', () => {
    const m = measures().find((x) => x.text.startsWith('1不断提升企业开办效率'))!;
    expect(m.targets.find((t) => t.value === 1)?.metric).toBe('business-startup-time');
  });
  test('a target is only given a metric stated in one of the metric’s units', () => {
    const units = new Map([['business-startup-time', ['个工作日', '工作日', '小时', '天']]]);
    for (const t of measures()
      .flatMap((m) => m.targets)
      .filter((x) => x.metric === 'business-startup-time'))
      expect(units.get('business-startup-time')).toContain(t.unit);
  });
});

function byId(id: string) {
  return corpus.documents.find((d) => d.document.id === id)!;
}
