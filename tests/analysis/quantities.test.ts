// What a target measures, read from its own clause (cut from the sources).
import { describe, expect, test } from 'vitest';
import { quantityReader } from '../../scripts/build-site/analysis/quantities.ts';
import { extractTargets } from '../../scripts/build-site/converter/stages/extract-targets.ts';
import { quantityKey, subjectKey } from '../../src/domain/target-key.ts';
import { type MetricRow, sameWording } from '../../src/domain/quantities.ts';
import { metrics } from '../helpers/corpus.ts';

const read = quantityReader(metrics);
const quantities = (text: string) => extractTargets(text).map((t) => ({ text: t.text, ...read(t, text), key: quantityKey({ ...t, ...read(t, text) }) }));

describe('metric and qualifier from the target’s own clause', () => {
  test('不动产登记: 一般登记 and 抵押登记 are two quantities, the second clause taking its metric from the sentence', () => {
    const [general, mortgage] = quantities('不动产登记一般登记压缩至1个工作日，抵押登记压缩至2个工作日。');
    expect(general).toMatchObject({ metric: 'property-registration-time', qualifier: '一般登记' });
    expect(mortgage).toMatchObject({ metric: 'property-registration-time', qualifier: '抵押登记' });
    expect(general!.key).not.toBe(mortgage!.key);
  });
  test('简易注销’s notice period is one quantity however it is worded; a tender’s or a liquidation’s notice is not it (003 宁夏 压缩公告时间至20天; 002 陇南 公示时间压缩至20天; a site review)', () => {
    const [ningxia] = quantities('深化简易注销登记改革，压缩公告时间至20天。');
    const [longnan] = quantities('将简易注销适用范围扩大至未发生债权债务的市场主体，公示时间压缩至20天。');
    expect(ningxia).toMatchObject({ metric: 'simple-deregistration-notice-time' });
    expect(longnan!.key).toBe(ningxia!.key);
    expect(quantities('中标候选人公示时间压缩至3天。')[0]?.metric).toBeUndefined();
    expect(quantities('压缩企业清算公告时间至20天。')[0]?.metric).toBeUndefined();
  });
  test('a seal’s 刻制时限 is 印章刻制时间 (001 石嘴山 刻制时限控制在0.5天以内; a review found it labelled 刻制时限)', () => {
    expect(quantities('公布印章制作企业名称、收费标准,刻制时限控制在0.5天以内。')[0]).toMatchObject({ metric: 'seal-engraving-time' });
  });
  test('a clause that opens on its number names what it measures after it (002: 85%政务服务事项“一网通办”，55%事项“全程网办”)', () => {
    const [oneNetwork, fullOnline] = quantities('共享数据接口调用突破千万次，85%政务服务事项“一网通办”，55%事项“全程网办、全程掌办”。');
    expect(oneNetwork).toMatchObject({ metric: 'one-network-rate', subject: '政务服务事项一网通办' });
    expect(fullOnline).toMatchObject({ metric: 'full-online-rate', qualifier: '网办且掌办' });
    // A share that must also be done on a phone is a stricter quantity than 全程网办 alone (reader r4, chart-pairs-4 p018).
    expect(fullOnline!.key).not.toBe(quantities('政务服务事项全程网办率达到50%以上')[0]!.key);
  });
  test('a number before any subject (实现95%以上…) is read for what follows; 全程网办 of 税费 is stricter than 网上办 (石嘴山 台账, 哈密)', () => {
    const [strict] = quantities('全面推行纳税缴费“网上办”，实现95%以上税费服务事项“全程网办”、个人高频税费事项“全程掌办”。');
    expect(strict).toMatchObject({ metric: 'tax-online-rate', qualifier: '全程网办' });
    const [online] = quantities('拓展“非接触式”办税缴费范围，实现95%税费服务事项“网上办”。');
    expect(online).toMatchObject({ metric: 'tax-online-rate', qualifier: '' });
    expect(strict!.key).not.toBe(online!.key);
  });
  test('subjects lose the verbs around them: 达…达到, 实行, 压降; a verb of giving names what follows the amount (002)', () => {
    expect(quantities('力争年内达“一件事”集成套餐服务达到100 项。')[0]!.subject).toBe('一件事集成套餐服务');
    expect(quantities('业扩工单实行100%回访')[0]!.subject).toBe('业扩工单回访');
    expect(quantities('实现电子表单事项覆盖率40%，纸质材料压降20%，')[1]!.subject).toBe('纸质材料');
    expect(quantities('引导政府性融资担保机构提供不低于2 亿元担保')[0]!.subject).toBe('政府性融资担保机构提供担保');
  });
  test('a metric named in another clause of the sentence does not claim a target with its own subject (企业开办 … 市场主体总数)', () => {
    const [, stock] = quantities('企业平均开办时间压缩到1个工作日以内，全市市场主体总数达20万户以上。');
    expect(stock!.metric).toBeUndefined();
  });
  test('each metric’s own excludes: 印章刻制 is not 企业开办时间, 高价值 is its own metric', () => {
    expect(quantities('企业开办全流程中印章刻制压缩至0.5个工作日')[0]!.metric).toBe('seal-engraving-time');
    expect(quantities('每万人高价值发明专利拥有量达到2.9件')[0]!.metric).toBe('high-value-patents-per-10k');
    expect(quantities('万人有效发明专利拥有量达到11.5件')[0]!.metric).toBe('patents-per-10k');
  });
  test('sub-cases coordinated under one limit: the category 等 sums them up in, else the run itself (石嘴山 2020)', () => {
    const [, mortgage, general] = quantities(
      '依人民法院和仲裁委员会生效法律文书办理转移登记、补换证登记1个工作日内办结,抵押权登记2个工作日内办结,首次登记、转移登记等一般登记及在建建筑物抵押登记4个工作日内办结。',
    );
    expect(mortgage!.qualifier).toBe('抵押登记');
    expect(general!.qualifier).toBe('一般登记');
    // Two cases sharing one limit are neither case's alone: charted only beside the same pair.
    const [both] = quantities('不动产登记一般登记和抵押登记压缩至1个工作日');
    expect(both!.qualifier).toBe('一般登记、抵押登记');
    // Nested sub-cases are not a run: the most specific stands (简易低风险 within 全流程).
    expect(quantities('将社会投资简易低风险工程建设项目全流程审批时间压缩至15个工作日')[0]!.qualifier).toBe('简易低风险项目');
  });
  test('the default qualifier: 工程建设项目 without one is the 全流程 time; 简易低风险 is apart', () => {
    expect(quantities('工程建设项目全流程审批时间压减至55个工作日以内')[0]).toMatchObject({ metric: 'construction-approval-time', qualifier: '全流程' });
    expect(quantities('社会投资简易低风险工程建设项目全流程审批时间压缩至15个工作日')[0]).toMatchObject({
      metric: 'construction-approval-time',
      qualifier: '简易低风险项目',
    });
  });
  test('获得电力 for small firms splits by case: no external works, external works, a transformer or line extension (石嘴山 2020)', () => {
    const keys = quantities(
      '采用低压接入的中小微企业,不涉及电力接入外线工程的时间压减至2个工作日以内,涉及电力接入外线工程的压减至5个工作日以内,涉及变压器更换及低压公用线路延伸的压减至10个工作日以内。',
    ).map((q) => q.qualifier);
    expect(keys).toEqual(['低压接入·无外线工程', '低压接入·有外线工程', '低压接入·变压器更换或线路延伸']);
    // The whole process for small firms (陕西 2023) is none of those cases.
    expect(quantities('全面实现160千瓦及以下小微企业“三零”服务城乡全覆盖，全过程办电时间不超过15个工作日。')[0]!.qualifier).toBe('低压接入');
  });
  test('units are never converted: 小时 and 个工作日 are two quantities', () => {
    const [days] = quantities('企业开办时间压缩至1个工作日');
    const [hours] = quantities('企业开办时间压缩至4小时');
    expect(days!.metric).toBe(hours!.metric);
    expect(days!.key).not.toBe(hours!.key);
  });
});

describe('sub-cases read from the sentence', () => {
  test('平均 yields to a sub-case named since the last number (银川: “不动产+水电气”同步过户…平均办结时间), not to one with a number of its own (金昌)', () => {
    expect(quantities('拓展“不动产+水电气”同步过户成果，将平均办结时间由4天压缩至4小时内。')[0]).toMatchObject({ qualifier: '与水电气同步过户' });
    const jinchang = quantities('持续压减不动产登记办理时限，试行“带押登记”，一般件2个工作日办结，复杂件4个工作日办结，平均时间压缩至3.5个工作日以内。');
    expect(jinchang.map((q) => q.qualifier)).toEqual(['一般件', '复杂件', '平均']);
  });
  test('one sub-case named twice in a run is that sub-case (石嘴山: 依…生效法律文书办理转移登记、补换证登记1个工作日)', () => {
    const [first] = quantities(
      '纯身份信息和地址发生变化的变更登记、依人民法院和仲裁委员会生效法律文书办理转移登记、补换证登记1个工作日内办结,抵押权登记2个工作日内办结。',
    );
    expect(first).toMatchObject({ metric: 'property-registration-time', qualifier: '依法律文书转移、变更及补换证登记' });
  });
  test('小型低风险 and 简易低风险 projects are two categories, never one chart (陕西, 咸阳 40 days against 甘肃, 陇南, 金昌 14–15)', () => {
    const [small] = quantities('小型低风险工程建设项目审批时间压减到40个工作日。');
    const [simple] = quantities('简易低风险项目全流程审批时限压缩至15个工作日以内。');
    expect(small).toMatchObject({ metric: 'construction-approval-time', qualifier: '小型低风险项目' });
    expect(simple).toMatchObject({ metric: 'construction-approval-time', qualifier: '简易低风险项目' });
    expect(small!.key).not.toBe(simple!.key);
  });
  test('高频事项网办率 is the 高频事项 share, not all items’ (陕西, 咸阳)', () => {
    expect(quantities('高频事项网办率达到90%以上。')[0]).toMatchObject({ metric: 'online-rate', qualifier: '高频事项' });
  });
  test('a share of items that can be handled online is not the share handled online (网上可办 vs 网办率; a site review)', () => {
    const [can] = quantities('政务服务事项网上可办率达到95%以上。');
    const [done] = quantities('政务服务事项网办率达到95%以上。');
    expect(can).toMatchObject({ metric: 'online-rate', qualifier: '网上可办' });
    expect(can!.key).not.toBe(done!.key);
  });
});

describe('targets no metric covers', () => {
  test('are keyed by their subject as written, frame words trimmed', () => {
    expect(quantities('力争2023年末，全市新增公共停车位5000个。')[0]).toMatchObject({ subject: '新增公共停车位', key: '~|新增公共停车位|个|level' });
  });
  test('one quantity worded twice is one key: whose it is and 比率/比例, 政务服务大厅/政务大厅 set aside (001 石嘴山 plan and annex; a review)', () => {
    const main = quantities('各县区、各部门的政务服务事项进驻政务大厅比例达到100%')[0]!;
    const annex = quantities('各部门的政务服务事项进驻政务服务大厅比率达到100%')[0]!;
    expect(main.key).toBe('~|政务服务事项进驻政务大厅比例|%|level');
    expect(annex.key).toBe(main.key);
    // Whose it is stays where too little would be left to name a quantity by.
    expect(subjectKey('各部门的比例')).toBe('各部门的比例');
  });
  test('a subject that names who acts or from when is charted nowhere (公安交管部门1个工作日内, 退费手续齐备后7个工作日内)', () => {
    // Who acts is no quantity; what they do within the limit, after the number, is.
    expect(quantities('公安交管部门1个工作日内派员上门查验车辆')[0]).toMatchObject({
      subject: '公安交管部门派员上门查验车辆',
      key: '~|公安交管部门派员上门查验车辆|个工作日|level',
    });
    expect(quantities('公安交管部门1个工作日内')[0]?.key ?? null).toBeNull();
    expect(quantities('退费手续齐备后7个工作日内退还')[0]?.key ?? null).toBeNull();
    expect(quantities('覆盖市级部门30家以上')[0]?.key).toBe('~|覆盖市级部门|家|level');
  });
  test('a subject that only says it is a time or a rate is charted nowhere', () => {
    const [t] = quantities('审批时间压缩至5个工作日');
    expect(t!.metric).toBeUndefined();
    expect(t!.key).toBeNull();
  });
  test('分别 gives each value its own list item (000: 落地率、资金到位率分别达到60%和10%以上)', () => {
    const [arbitration, mediation] = quantities('确保仲裁结案率和调解率分别达到90%、60%以上。');
    expect(arbitration).toMatchObject({ subject: '仲裁结案率' });
    expect(mediation).toMatchObject({ subject: '调解率' });
    const [landed, funded] = quantities('力争年内招商引资项目落地率、资金到位率分别达到60%和10%以上。');
    expect(landed).toMatchObject({ subject: '招商引资项目落地率' });
    expect(funded).toMatchObject({ subject: '资金到位率' });
    // Fewer items than values: whose value is whose is not said.
    const [, second] = quantities('确保结案率分别达到90%、60%以上。');
    expect(second?.key ?? null).toBeNull();
  });
  test('a value earlier in the clause closes its own sub-case (002: 留言3个工作日内答复、简单常见问题1个工作日内答复)', () => {
    const [, , simple] = quantities('找错平台留言3个工作日内答复、咨询留言5个工作日内答复、简单常见问题1个工作日内答复。');
    expect(simple).toMatchObject({ subject: '简单常见问题' });
    // …and so does a goal its own result word closes (002 宁夏: 年内做到图文解读全覆盖、动漫视频占比20%; a site review).
    expect(quantities('年内做到图文解读全覆盖、动漫视频占比20%。')[0]).toMatchObject({ subject: '动漫视频占比' });
  });
  test('a verb before the number is no part of the subject (每天允许货车通行的时间放宽到不少于7小时; 抽检量在确保4批)', () => {
    expect(quantities('每天允许货车通行的时间放宽到不少于7小时。')[0]?.subject).toBe('每天允许货车通行的时间');
    expect(quantities('农产品和食品抽检量在确保4批以上。')[0]?.subject).toBe('农产品和食品抽检量');
  });
  test('涉及 and 将 frame a subject; 场次 is counted in 场', () => {
    // …which leaves a subject that says only that it is an approval's time: it names no procedure, so it is charted nowhere
    // (001: 接电 and 供暖报装 each promise 行政审批时长不超过3个工作日).
    expect(quantities('涉及行政审批时长不超过3个工作日')[0]).toMatchObject({ subject: '行政审批时长', key: null });
    expect(quantities('交管部门将在5个工作日内办结')[0]?.subject).toBe('交管部门办结');
    // 50场次 and 300场 count the same thing: one job-fairs chart (000, 002).
    expect(quantities('每年开展线上线下招聘会50场次以上')[0]).toMatchObject({ key: 'job-fairs||场|level' });
    expect(quantities('组织开展各类线上、线下招聘活动不少于300场。')[0]).toMatchObject({ key: 'job-fairs||场|level' });
  });
});

describe('stop 26: a site review of the subjects and metrics', () => {
  test('a share followed by the act it counts names the act (000: 业扩工单实行100%回访; 002: 新设立民营企业100%发放电子营业执照)', () => {
    expect(quantities('业扩工单实行100%回访。')[0]).toMatchObject({ subject: '业扩工单回访' });
    expect(quantities('新设立民营企业100%发放电子营业执照和电子印章。')[0]).toMatchObject({ subject: '新设立民营企业发放电子营业执照和电子印章' });
  });
  test('a time whose clause names who it is for is read for what follows it (000: 对符合条件的企业在10个工作日内解除失信限制措施)', () => {
    expect(quantities('对符合条件的企业在10个工作日内解除失信限制措施。')[0]).toMatchObject({ metric: 'credit-repair-time' });
  });
  test('a verb or 的 at a subject’s edge is no part of it (前进1—2个名次; 实现至少20%的个人事项…)', () => {
    expect(quantities('包容普惠创新6项均前进1—2个名次。')[0]!.subject).toBe('包容普惠创新6项');
    expect(quantities('压缩公告时间至20天。')[0]!.subject).toBe('公告时间');
  });
  test('“一业一证”: two places’ shares of high-frequency trades covered are one quantity, the module’s share of 准营事项 another (002: 宁夏 50%, 004: 石嘴山 50%, 000: 银川 80%)', () => {
    const [ningxia] = quantities('分批有序推进“一业一证”改革，力争高频事项覆盖达50%以上。');
    const [shizuishan] = quantities('持续推广“一业一证”改革，药店、餐饮店、便利店等高频事项覆盖率达50%。');
    const [yinchuan] = quantities('不断优化宁夏政务服务网银川站“一业一证”模块功能，实现准营事项覆盖率达80%。');
    expect(ningxia).toMatchObject({ metric: 'one-license-coverage' });
    expect(shizuishan!.key).toBe(ningxia!.key);
    expect(yinchuan!.metric).toBeUndefined();
  });
  test('注销登记 of a firm is no property registration (002: 深化简易注销登记改革，压缩公告时间至20天)', () => {
    expect(quantities('深化简易注销登记改革，压缩公告时间至20天。')[0]!.metric).not.toBe('property-registration-time');
  });
});

describe('a site review of the credit, water and tax pages', () => {
  test('a sub-case named in an earlier clause that states its own limit is not the target’s (001:842 石嘴山: …小微企业贷款综合成本不高于年初水平，…担保费率下降到1%)', () => {
    const [rate] = quantities('各银行机构力争普惠型小微企业贷款综合成本不高于年初水平,各融资性担保机构将政策性融资担保费率下降到1%。');
    expect(rate).toMatchObject({ metric: 'guarantee-fee-rate', qualifier: '' });
    // Compared with 银川's 1% (000:179), which names no sub-case either.
    expect(rate!.key).toBe(quantities('政府性融资担保机构担保费率降至1%以下。')[0]!.key);
    // A clause that only qualifies still names the target's sub-case (a year is no statement of its own).
    const [low] = quantities('到2023年，采用低压接入的中小微企业，不涉及电力接入外线工程的，办电时间压减至2个工作日。');
    expect(low!.qualifier).toBe(quantities('采用低压接入的中小微企业，不涉及电力接入外线工程的，办电时间压减至2个工作日。')[0]!.qualifier);
  });
  test('a bare limit after a condition ending in 的 is that condition’s (001:558 石嘴山 有外线工程接入且需办理行政审批和管理事项的,不超过25个工作日)', () => {
    const limits = quantities('有外线工程的不超过15个工作日;有外线工程接入且需办理行政审批和管理事项的,不超过25个工作日。');
    expect(limits[1]).toMatchObject({ subject: '有外线工程接入且需办理行政审批和管理事项' });
    expect(limits[1]!.key).not.toBeNull();
  });
  test('a clause naming no metric is its sentence’s topic’s: 在用气方面…；…25个工作日 is a gas time, a sub-case of its own (001:558; a review found it listed without saying it is for gas)', () => {
    const text =
      '在用水方面,无外线工程接入不超过2个工作日,有外线工程的不超过15个工作日;在用气方面,无外线工程接入不超过7个工作日,有外线工程的不超过15个工作日;有外线工程接入且需办理行政审批和管理事项的,不超过25个工作日。';
    const [waterPlain, waterLine, gasPlain, gasLine, gasApproval] = quantities(text);
    expect(waterPlain).toMatchObject({ metric: 'water-connection-time', qualifier: '无外线工程' });
    expect(waterLine).toMatchObject({ metric: 'water-connection-time', qualifier: '有外线工程' });
    expect(gasPlain).toMatchObject({ metric: 'gas-connection-time', qualifier: '无外线工程' });
    expect(gasLine).toMatchObject({ metric: 'gas-connection-time', qualifier: '有外线工程' });
    expect(gasApproval).toMatchObject({ metric: 'gas-connection-time', qualifier: '有外线工程且需办理行政审批' });
    // 且无需办理 is the plain case: not the approval sub-case.
    expect(quantities('有外线工程接入且无需办理行政审批和管理事项的小型商业用气报装,不超过15个工作日。')[0]!.qualifier).toBe('有外线工程');
    // A topic opens only its own 。-sentence.
    expect(quantities('在用气方面,无外线工程接入不超过7个工作日。审批时间不超过5个工作日。')[1]!.metric).toBeUndefined();
  });
  test('完成 before a share is a verb, and the share is of what follows (002 宁夏 完成80%市场监管所标准化建设任务; a site review read the subject as 完成)', () => {
    expect(quantities('改进不足、扩大范围，完成80%市场监管所标准化建设任务。')[0]).toMatchObject({ subject: '市场监管所标准化建设任务' });
  });
  test('the baseline a change is counted from is no part of what is measured (001:688 在2019年基础上再提速10%)', () => {
    expect(quantities('将正常出口退税的平均办理时间在2019年基础上再提速10%。')[0]).toMatchObject({ subject: '正常出口退税的平均办理时间' });
  });
});

describe('targets one sentence word for word (a review: most ties were a province’s sentence copied by its city)', () => {
  const row = (place: string, clause: string, value = 80) =>
    ({ place, placeName: place, value, unit: '%', kind: 'level', text: `${value}%`, clause, measureId: place, href: '', best: false }) as MetricRow;
  test('places whose headline target is one sentence, quotes and punctuation aside, are grouped with its words', () => {
    const table = {
      direction: 'higher-is-better' as const,
      rows: [
        row('shaanxi', '部门信息孤岛打通率超过80%'),
        row('shaanxi-xianyang', '部门“信息孤岛”打通率超过80%'),
        row('ningxia', '部门信息孤岛打通率达到85%', 85),
      ],
    };
    expect(sameWording(table)).toEqual([{ places: ['shaanxi', 'shaanxi-xianyang'], words: '部门信息孤岛打通率超过80%' }]);
  });
  test('a few common words are no copy, nor one sentence with two values', () => {
    expect(sameWording({ direction: 'lower-is-better', rows: [row('a', '压缩至1个工作日', 1), row('b', '压缩至1个工作日', 1)] })).toEqual([]);
    expect(sameWording({ direction: 'higher-is-better', rows: [row('a', '部门信息孤岛打通率超过80%'), row('b', '部门信息孤岛打通率超过80%', 90)] })).toEqual(
      [],
    );
  });
});
