import { describe, expect, test } from 'vitest';
import { extractTargets } from '../../scripts/build-site/converter/stages/extract-targets.ts';

const summary = (text: string) =>
  extractTargets(text).map(
    (t) => `${t.text}|${t.comparator}${t.value}${t.unit}${t.from ? `<-${t.from.value}${t.from.unit}` : ''}${t.year ? `@${t.year}` : ''}`,
  );

describe('extractTargets', () => {
  test('a limit with 以内 is an upper bound (001:43)', () => {
    expect(summary('企业开办时间压缩至1个工作日以内。')).toEqual(['压缩至1个工作日以内|<=1个工作日']);
  });
  test('由…压缩至… keeps the starting value (000: 不动产+水电气)', () => {
    expect(summary('将平均办结时间由4天压缩至4小时内。')).toEqual(['由4天压缩至4小时|<=4小时<-4天']);
  });
  test('a rate reached is a lower bound (000:10)', () => {
    expect(summary('实现准营事项覆盖率达 80%。')).toEqual(['达 80%|>=80%']);
  });
  test('a capacity to meet is a lower bound (002:1813 陕西 满足100万个以上用户同时在线使用; a review found 咸阳 dropping it unreported)', () => {
    expect(extractTargets('提升平台整体性能，满足100万个以上用户同时在线使用。')).toMatchObject([
      { value: 100, unit: '万个', comparator: '>=', kind: 'level' },
    ]);
  });
  test('不低于 is a lower bound, not 低于 (002: 白银)', () => {
    expect(summary('投资额不低于5000万元')).toEqual(['不低于5000万元|>=5000万元']);
  });
  test('per-year series carry their year (2023 年…; 2024 年…)', () => {
    expect(summary('2023年新增市场主体达到23.8万户；2024年达到25万户。')).toEqual(['达到23.8万户|>=23.8万户@2023', '达到25万户|>=25万户@2024']);
  });
  test('a year that opens a sentence covers every clause of it, past its semicolons; the next sentence’s year does not reach back (陕西 2024 年底前…；高频事项网办率达到90%以上。2025 年底前…)', () => {
    expect(summary('2024年底前，政务服务全面实现“一网通办”；高频事项网办率达到90%以上。2025年底前，水平大幅提升。')).toEqual(['达到90%以上|>=90%@2024']);
  });
  test('dates, 文号 and article counts are not targets', () => {
    expect(summary('（宁政规发〔2020〕5号）于2023年6月30日前印发《50条措施》，每月20日前报送')).toEqual([]);
  });
  test('a time to finish in is an upper bound, with or without 内 (002: 金昌 2个工作日办结)', () => {
    expect(summary('抵押登记2个工作日办结')).toEqual(['2个工作日|<=2个工作日']);
  });
  test('a decimal value keeps its decimals', () => {
    expect(summary('刻制时限控制在0.5天以内')).toEqual(['控制在0.5天以内|<=0.5天']);
  });
  test('左右 is approximate', () => {
    expect(summary('将用地审批时效压缩至法定时限50%左右')).toEqual(['50%左右|=50%']);
  });
});

// Cut from the sources: what is listed needs evidence of a commitment, and nothing that says it is something else.
describe('what is not a target', () => {
  test('service hours are not a time limit (003: 24小时政策智能咨询专线, 7×24小时)', () => {
    expect(summary('基于政策数据库开通全天24小时政策智能咨询专线')).toEqual([]);
    expect(summary('市县7×24小时工单督办')).toEqual([]);
  });
  test('a subsidy, a tax rate and an eligibility threshold are not targets (002: 白银 三十条)', () => {
    expect(summary('给予一次性奖励50万元')).toEqual([]);
    expect(summary('减按1%征收率征收增值税')).toEqual([]);
    expect(summary('对固定资产投资1亿元以上的项目')).toEqual([]);
  });
  test('a baseline and a level already reached are not targets (002: 在…的基础上)', () => {
    expect(summary('在全市企业开办全流程办理时限压减至0.5个工作日以内的基础上，营业执照“即来即办”成为常态')).toEqual([]);
    expect(summary('2022年，全市民营经济市场主体23.2万户')).toEqual([]);
  });
  test('the count of a list written out and the plan’s own parts are not targets', () => {
    expect(summary('涵盖开办企业、办理建筑许可等6项')).toEqual([]);
    expect(summary('围绕5个方面提出102项任务')).toEqual([]);
  });
  test('a rule’s parameter is not a level to reach (004: 预留…40%以上, 单笔担保金额提高到6000万元)', () => {
    expect(summary('预留该项目预算总额的40%以上面向中小企业采购')).toEqual([]);
    expect(summary('将单笔担保金额提高到6000万元')).toEqual([]);
  });
  test('a document that passes on others’ practice reports results, not promises', () => {
    expect(extractTargets('实现开办企业全流程2小时办结', '关于复制推广学习借鉴省内外优化营商环境典型经验做法的通知')).toEqual([]);
    expect(extractTargets('实现开办企业全流程2小时办结', '关于印发优化营商环境行动方案的通知')).toHaveLength(1);
    // Unless the sentence looks ahead (002:416, the same notice).
    expect(
      extractTargets('实现高频电子证照自动调用，力争全年高频电子证照应用率提高至85%以上', '关于复制推广学习借鉴省内外优化营商环境典型经验做法的通知').map(
        (t) => t.text,
      ),
    ).toEqual(['提高至85%以上']);
  });
  test('a duration a rule forbids going under is a legal waiting period, not a time target (002: 投标期限不得少于20天)', () => {
    expect(summary('由之前的不得少于25天，调整为不得少于20天')).toEqual([]);
    // A floor the plan promises stays a target (002:10601).
    expect(summary('每天允许货车通行的时间放宽到不少于7小时')).toEqual(['不少于7小时|>=7小时']);
  });
  test('a bound that names who a measure is for is not a level (002: 160千瓦及以下小微企业, 4次及以上客户)', () => {
    expect(summary('全面实现160千瓦及以下小微企业“三零”服务城乡全覆盖')).toEqual([]);
    expect(summary('严控重复停电4次及以上客户比例')).toEqual([]);
    // A level reached with 及以上 at the clause's end is still a target.
    expect(summary('满意度达到90%及以上。')).toEqual(['达到90%及以上|>=90%']);
  });
  test('a procedure’s own time limit, or a period something is allowed in, is not a level (002: 简易注销, 双公示, 歇业)', () => {
    expect(summary('市场监管部门应当在1个工作日内将相关信息推送给同级税务等部门')).toEqual([]);
    expect(summary('税务等部门于10天内反馈意见')).toEqual([]);
    expect(summary('在作出行政处罚决定之日起7个工作日内，通过单位网站进行公示')).toEqual([]);
    // A span from the document's issue is its deadline, not a level to reach (002:4055 宁夏 34646b; a review).
    expect(summary('并在本要点印发后30日内在本级政府网站公开')).toEqual([]);
    // So is a span from a decision's issue (002 宁夏 34646b 21.决策出台后10个工作日内，向社会公开意见的征集、采纳情况; a review).
    expect(summary('21.决策出台后10个工作日内，向社会公开意见的征集、采纳情况')).toEqual([]);
    // A refund's limit after a stage of a tender is one (001 石嘴山 中标候选人公示结束后5日内，退还…保证金).
    expect(summary('中标候选人公示结束后5日内，退还非中标候选人投标保证金')).toEqual(['5日内|<=5日']);
    expect(summary('3年之内可以随时恢复经营')).toEqual([]);
    // 不低于 and a promised limit stay targets.
    expect(summary('办理时间压缩至3个工作日内')).toEqual(['压缩至3个工作日内|<=3个工作日']);
  });
});

describe('what is a target', () => {
  test('an amount of investment a verb of commitment reaches, or a change of it, is a target; one that names who qualifies is not (002: 西安 城建投资; a site review)', () => {
    expect(summary('全年完成城建投资1200亿元以上，市本级投资增加10%以上，保障城建项目。')).toEqual([
      '完成城建投资1200亿元以上|>=1200亿元',
      '增加10%以上|>=10%',
    ]);
    expect(summary('对投资100万元以上项目给予支持。')).toEqual([]);
    expect(summary('对完成投资1亿元以上的企业给予奖励。')).toEqual([]);
  });
  test('a verb ahead of its object and number (000: 年内新登记企业2万户)', () => {
    expect(summary('年内新登记企业2万户。')).toEqual(['新登记企业2万户|=2万户']);
    expect(summary('培育上市企业1家')).toEqual(['培育上市企业1家|=1家']);
  });
  test('verbs of selecting, applying for and building reach over their object (002: 选聘观察员50名, 申报…孵化基地5家, 新改扩建…42所)', () => {
    expect(summary('公开选聘观察员50名')).toEqual(['选聘观察员50名|=50名']);
    expect(summary('申报自治区级创业孵化基地5家')).toEqual(['申报自治区级创业孵化基地5家|=5家']);
    expect(summary('新改扩建中小学校幼儿园42所')).toEqual(['新改扩建中小学校幼儿园42所|=42所']);
    // Not from inside an item of a list: the number counts the list.
    expect(summary('政府采购、招标投标、跨境贸易、纳税、办理破产、包容普惠创新6项均前进')).toEqual([]);
  });
  test('不得少于 and 至少 bound a count from below (002: 调研、督查不得少于4次)', () => {
    expect(summary('年内开展调研、督查不得少于4次。')).toEqual(['不得少于4次|>=4次']);
    expect(summary('每年开展集中培训至少2次')).toEqual(['至少2次|>=2次']);
    expect(summary('审批时间不得超过3个工作日')).toEqual(['不得超过3个工作日|<=3个工作日']);
    // 超过 is strictly more (a review read ≥ 80% for 超过80%); 超过…以上 is at least.
    expect(summary('部门“信息孤岛”打通率超过80%')).toEqual(['超过80%|>80%']);
    expect(summary('全流程电子退税的覆盖面超过90%以上')).toEqual(['超过90%以上|>=90%']);
  });
  test('超 and a rate’s own name are evidence (000: 累计担保总额超450亿元; 使用率100%)', () => {
    expect(summary('政策性担保机构累计担保总额超450亿元')).toEqual(['超450亿元|>450亿元']);
    expect(summary('检查记录表使用率100%')).toEqual(['100%|=100%']);
  });
  test('a verb of commitment outweighs words that look like a threshold (保持在95%以上, 满意度达90%以上)', () => {
    expect(summary('职业教育一次性就业率保持在95%以上')).toEqual(['保持在95%以上|>=95%']);
    expect(summary('全市食品安全满意度达90%以上')).toEqual(['达90%以上|>=90%']);
  });
  test('a range is one target that commits to its near end (002: 发行基础设施REITs项目3至5个, 前进1—2个名次)', () => {
    expect(summary('力争发行基础设施REITs项目3至5个，新增储备REITs项目8个以上。')).toEqual([
      '发行基础设施REITs项目3至5个|>=3个',
      '新增储备REITs项目8个以上|>=8个',
    ]);
    expect(summary('6项均前进1—2个名次')).toEqual(['前进1—2个名次|>=1个名次']);
    expect(summary('审批时间压缩至3-5个工作日')).toEqual(['压缩至3-5个工作日|<=5个工作日']);
    // Both ends are kept, for the page to say the range as written.
    expect(extractTargets('力争发行基础设施REITs项目3至5个')[0]?.range).toEqual([3, 5]);
    expect(extractTargets('新增储备REITs项目8个以上')[0]?.range).toBeUndefined();
    // Halves with different units are not one range; years are never one.
    expect(summary('2023年至2025年')).toEqual([]);
  });
  test('a named rate is a level whatever condition its name carries (002: 法定期限内执结率95%以上)', () => {
    expect(summary('有财产可供执行案件法定期限内执结率95%以上。')).toEqual(['95%以上|>=95%']);
    // Without a rate's name the same words still mark a rule's parameter.
    expect(summary('贷款期限3年以上的')).toEqual([]);
  });
  test('理由 is not a baseline’s 由 (002: “七日无理由退货”承诺单位1000家以上)', () => {
    expect(summary('发展“放心消费”和“七日无理由退货”承诺单位1000家以上；')).toEqual(['1000家以上|>=1000家']);
    expect(summary('由原来的20个工作日以上')).toEqual([]);
  });
  test('带动, 改造 and 发行 reach over their object; 万件 is a unit (002: 创业带动就业3000人, 商标有效注册量达到2万件)', () => {
    expect(summary('创业带动就业3000人。')).toEqual(['带动就业3000人|=3000人']);
    expect(summary('新建、提升改造社会公用计量标准20项。')).toEqual(['改造社会公用计量标准20项|=20项']);
    expect(summary('商标有效注册量达到2万件；')).toEqual(['达到2万件|>=2万件']);
  });
});

describe('commitments stated without a verb of their own', () => {
  test('a bare noun and number right after a target of the same unit carries its commitment (002: 新增城镇就业…，农村劳动力转移就业8.4万人次)', () => {
    expect(summary('新增城镇就业4.3万人次，农村劳动力转移就业8.4万人次。深化“互联网+就业”服务模式')).toEqual([
      '新增城镇就业4.3万人次|=4.3万人次',
      '8.4万人次|=8.4万人次',
    ]);
    // Another unit, or a clause that is not a bare noun, carries nothing.
    expect(summary('新增城镇就业4.3万人次，补贴标准每人1000元。')).toEqual(['新增城镇就业4.3万人次|=4.3万人次']);
  });
  test('a clause that opens on a share of 事项 states the share reached (002: 85%政务服务事项“一网通办”)', () => {
    expect(summary('共享数据接口调用突破千万次，85%政务服务事项“一网通办”，55%事项“全程网办、全程掌办”。')).toEqual(['85%|=85%', '55%|=55%']);
    expect(summary('其中，30%的企业享受补贴')).toEqual([]);
  });
  test('a verb reaches over a list that ends in 等 (002: 组建光伏材料、半导体硅等创新联合体5个)', () => {
    expect(summary('组建光伏材料、半导体硅等创新联合体5个，')).toEqual(['组建光伏材料、半导体硅等创新联合体5个|=5个']);
  });
  test('after a verb of commitment a share of things is a level, not a threshold (002: 实现至少20%的个人事项…; 至少有1项)', () => {
    expect(summary('实现至少20%的个人事项办事所需主要证照材料由应用系统自动获取')).toEqual(['至少20%|>=20%']);
    expect(summary('确保全年至少有1项典型经验被复制推广')).toEqual(['至少有1项|>=1项']);
    expect(summary('对投资20%以上的项目给予支持')).toEqual([]);
  });
  test('a share followed by the act reached is a level (002: 业扩工单100%回访)', () => {
    expect(summary('市县7×24小时工单督办，业扩工单100%回访，')).toEqual(['100%|=100%']);
  });
});

describe('read from a site review', () => {
  test('3个半月 is three and a half months, not 3个 (002: 重大复杂专利侵权纠纷案件办理时限不超过3个半月)', () => {
    expect(summary('重大复杂专利侵权纠纷案件办理时限不超过3个半月。')).toEqual(['不超过3个半月|<=3.5个月']);
  });
  test('a sum a firm must reach to earn a reward is a condition, not a target (002: 白银 招大引强奖, 第七条)', () => {
    expect(summary('实缴注册资本不低于5000 万元，正式运营一年后，对地方经济贡献不低于300 万元，一次性给予300 万元奖励。')).toEqual([]);
    expect(summary('第七条对当年新增固定资产超过1000 万元（不含土地投资和可对外出售的投资额）的文化旅游企业，一次性给予30 万元奖励。')).toEqual([]);
    expect(summary('新引进固定资产投资1亿元以上（含）项目，市政府按实际完成固定资产投资额1%给予企业一次性奖励，')).toEqual([]);
    // A plan's own sum, with no reward in its sentence, stays a target.
    expect(summary('政策性担保机构累计担保总额超450亿元。')).toEqual(['超450亿元|>450亿元']);
  });
  test('what a plan ensures as a floor to build on is a lower bound, in its unit per head (002: 陇南 在确保4批次/千人的基础上逐步增加)', () => {
    expect(summary('农产品和食品抽检量在确保4 批次/千人的基础上逐步增加。')).toEqual(['确保4 批次/千人|>=4批次/千人']);
    expect(summary('在现有20个的基础上')).toEqual([]);
  });
  test('a change counted from a baseline is the target, and the baseline’s year is not its year (001:688 石嘴山 在2019年基础上再提速10%; a site review)', () => {
    expect(summary('将正常出口退税的平均办理时间在2019年基础上再提速10%。')).toEqual(['提速10%|=10%']);
    expect(extractTargets('在2019年基础上再提速10%。')[0]!.kind).toBe('change');
    expect(summary('在现有基础上提高5个百分点')).toEqual(['提高5个百分点|=5个百分点']);
  });
  test('a qualification a post requires is not a level (002: 机关中层干部一般应当具备2年以上基层工作经历)', () => {
    expect(summary('机关中层干部一般应当具备2年以上基层工作经历')).toEqual([]);
  });
});

describe('bounds that say which cases', () => {
  test('a bound followed by 未 describes the cases, not a level (002: 3年以上未结破产案件)', () => {
    expect(summary('建立3年以上未结破产案件“一把手”包案清理机制')).toEqual([]);
  });
});

describe('stop 26: a site review of 宁夏 cc8b46 and 陇南', () => {
  test('a verb of cutting, its object, then 至: the verb sets the direction (002: 宁夏 压缩公告时间至20天)', () => {
    expect(summary('深化简易注销登记改革，压缩公告时间至20天。')).toEqual(['压缩公告时间至20天|<=20天']);
    expect(summary('降低平均停电时间至2小时以内。')).toEqual(['降低平均停电时间至2小时以内|<=2小时']);
  });
  test('a number right after a quoted name is no name itself (002: 全区新增“个转企”500户); one inside quotes still is', () => {
    expect(summary('全区新增“个转企”500户。')).toEqual(['新增“个转企”500户|=500户']);
    expect(summary('打造“三个100%”服务品牌')).toEqual([]);
    expect(summary('打造“15分钟政务服务圈”。')).toEqual([]);
  });
  test('a quoted pledge that runs past its clause is no name: its limits are targets (002:8253 陇南 做到“1个工作日内认领信息，…3个工作日内反馈办理结果”; a review)', () => {
    expect(summary('做到“1个工作日内认领信息，在相关行政审批办结后3个工作日内反馈办理结果”。')).toEqual(['1个工作日内|<=1个工作日', '3个工作日内|<=3个工作日']);
  });
  test('a share issued is a share reached (002: 新设立民营企业100%发放电子营业执照)', () => {
    expect(summary('新设立民营企业100%发放电子营业执照和电子印章。')).toEqual(['100%|=100%']);
  });
  test('a year in a title dates the title, not the sentence (002: 陇南 《计量发展规划（2021—2035 年）》…20 项)', () => {
    expect(summary('认真落实《计量发展规划（2021—2035 年）》，新建、提升改造社会公用计量标准20 项。')).toEqual(['改造社会公用计量标准20 项|=20项']);
  });
});

describe('stop 26: a second site review', () => {
  test('a bare noun and number after a target carries its commitment across an ASCII comma too (000 r180: 新增城镇就业4.3万人次,农村劳动力转移就业8.4万人次)', () => {
    expect(summary('新增城镇就业4.3万人次,农村劳动力转移就业8.4万人次。')).toEqual(['新增城镇就业4.3万人次|=4.3万人次', '8.4万人次|=8.4万人次']);
  });
  test('下降到 is a verb of commitment (001:842: 政策性融资担保费率下降到1%)', () => {
    expect(summary('各融资性担保机构将政策性融资担保费率下降到1%。')).toEqual(['下降到1%|<=1%']);
  });
  test('a bound that continues a rule’s parameter in the clause before is no target (002: 白银 租赁期限不低于5年，不超过20年)', () => {
    expect(summary('以长期租赁方式使用土地的，租赁期限不低于5年，不超过20年。')).toEqual([]);
  });
  test('a legal waiting period’s change, restated, is no time target (002: 克拉玛依 由之前的不得少于25天，缩短5天，调整为不得少于20天)', () => {
    expect(summary('由之前的不得少于25天，缩短5天，调整为不得少于20天。')).toEqual([]);
    expect(summary('破产案件平均审理周期缩短30天。')).toEqual(['缩短30天|=30天']);
  });
});
