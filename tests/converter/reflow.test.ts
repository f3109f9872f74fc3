import { describe, expect, test } from 'vitest';
import type { Line } from '../../scripts/build-site/converter/model.ts';
import { mendBrokenNumbers, reflow } from '../../scripts/build-site/converter/layouts/compilation/reflow.ts';
import { tidySpaces } from '../../scripts/build-site/converter/text/spacing.ts';

const lines = (text: string): Line[] => text.split('\n').map((t, i) => ({ n: i + 1, text: t, page: 1 }));

describe('PDF line repair', () => {
  test('a signature signed with a seal on another’s behalf (…办公室（代章）) is a block of its own, not the end of the attachment list (陕西 782号, 002:353–356; a site review)', () => {
    const text = [
      '附件1.第一批复制推广借鉴的省外改革措施清单',
      '2.西安高新区推行“四维创新”全链条服务构建企业全生命周期保障新模式',
      '陕西省优化提升营商环境工作领导小组办公室（代章）',
      '2023 年5 月9 日',
    ].join('\n');
    expect(reflow(lines(text)).map((b) => b.text)).toEqual([
      '附件1.第一批复制推广借鉴的省外改革措施清单',
      '2.西安高新区推行“四维创新”全链条服务构建企业全生命周期保障新模式',
      '陕西省优化提升营商环境工作领导小组办公室（代章）',
      '2023年5月9日',
    ]);
  });
  test('an annex’s title, wrapped over two lines, is a block of its own, not the opening of its first paragraph (陕西 782号 附件2, 002:673–677; a site review)', () => {
    const text = [
      '附件2',
      '西安高新区推行“四维创新”全链条服务',
      '构建企业全生命周期保障新模式',
      '近年来，西安高新区坚持树牢企业“全生命周期”服务理念，围绕破解企业发展中的难',
      '点、堵点、痛点，推行“四维创新”全链条服务，通过服务创新、体系创新、保障创新、监',
    ].join('\n');
    expect(reflow(lines(text)).map((b) => b.text)).toEqual([
      '附件2',
      '西安高新区推行“四维创新”全链条服务构建企业全生命周期保障新模式',
      '近年来，西安高新区坚持树牢企业“全生命周期”服务理念，围绕破解企业发展中的难点、堵点、痛点，推行“四维创新”全链条服务，通过服务创新、体系创新、保障创新、监',
    ]);
    // A table's header cells after 附件1 are no title: they stay as they were read (002:357–361).
    const table = ['附件1', '第一批复制推广借鉴的省外改革措施清单', '序', '号', '改革措施'].join('\n');
    expect(reflow(lines(table)).map((b) => b.text)[1]).not.toBe('第一批复制推广借鉴的省外改革措施清单序号');
  });
  test('after the last numbered item a plan’s closing exhortation is a paragraph of its own, inside an item it is the item’s (002:11286–11301 新疆 （二十三）; a review)', () => {
    const text = [
      '（二十三）整治不作为乱作为。“法无授权不可为、法定职责必须为”。坚决纠正各种',
      '懒政怠政等不履职和重形式不重实绩等不正确履职行为，',
      '平台等渠道作用，及时查处市场主体和群众反映的不作为、乱作为问题。',
      '各地各部门要认真贯彻落实党中央、国务院决策部署，加强组织实施、强化协同配合，',
      '确保各项措施落地见效，',
      '为各类市场主体健康发展营造良好环境。',
    ].join('\n');
    const blocks = reflow(lines(text)).map((b) => b.text);
    expect(blocks).toHaveLength(2);
    expect(blocks[1]).toMatch(/^各地各部门要认真贯彻落实/);
    // 002:9642–9646 陇南: the item's own sentence, on a line the extraction broke after its title.
    const inside = [
      '（一）',
      '强化组织领导。',
      '各级各部门要认真贯彻落实党中央和省委、',
      '省政府关于加强市场',
      '监管的各项决策部署，',
      '（二）强化督查。',
    ].join('\n');
    expect(reflow(lines(inside)).map((b) => b.text)[0]).toMatch(/^（一）强化组织领导。各级各部门要认真贯彻落实/);
  });
  test('an attached plan’s title a page break wrapped is one block; a signature before a title is none of it (002:10978–10983 新疆 5号; 宁夏 知识产权局; a review)', () => {
    const text = [
      '新疆维吾尔自治区人民政府办公厅',
      '2023 年1 月17 日',
      '自治区落实优化营商环境降低市场主体',
      '制度性交易成本工作方案',
      '优化营商环境、降低制度性交易成本是减轻市场主体负担、激发市场活力的重要举措。',
    ].join('\n');
    expect(reflow(lines(text)).map((b) => b.text)).toEqual([
      '新疆维吾尔自治区人民政府办公厅',
      '2023年1月17日',
      '自治区落实优化营商环境降低市场主体制度性交易成本工作方案',
      '优化营商环境、降低制度性交易成本是减轻市场主体负担、激发市场活力的重要举措。',
    ]);
    const signed = ['（此件公开发布）', '宁夏回族自治区知识产权局', '2023 年3 月13 日', '2023年宁夏知识产权行政保护工作实施方案'].join('\n');
    expect(reflow(lines(signed)).map((b) => b.text)).toEqual([
      '（此件公开发布）',
      '宁夏回族自治区知识产权局',
      '2023年3月13日',
      '2023年宁夏知识产权行政保护工作实施方案',
    ]);
  });
  test('the addressees end at their colon, though the sentence after them would fill the printed line (002:887–892 陕西 85号; a review)', () => {
    const text = [
      '各设区市、韩城市、杨凌示范区市场监管局，省局机关各处室、各直属行政机构、各直属事',
      '业单位：',
      '现将《陕西省市场监督管理局推进营商环境突破年活动实施方案》',
      '印发给你们，',
      '请结合',
      '实际，认真抓好贯彻落实。',
    ].join('\n');
    expect(reflow(lines(text)).map((b) => b.text)).toEqual([
      '各设区市、韩城市、杨凌示范区市场监管局，省局机关各处室、各直属行政机构、各直属事业单位：',
      '现将《陕西省市场监督管理局推进营商环境突破年活动实施方案》印发给你们，请结合实际，认真抓好贯彻落实。',
    ]);
  });
  test('an attached title whose quotes hold a mark is a block of its own (新疆 83号 002:10422–10425: “办实事、解民忧”; a review found it run into the preamble)', () => {
    const text = [
      '（此件公开发布）',
      '自治区市场监督管理局“办实事、解民忧”',
      '纾困解难的若干措施',
      '为深入学习贯彻党的二十大精神，',
      '扎实开展学习贯彻习近平新时代中国特色社会主义思',
    ].join('\n');
    expect(
      reflow(lines(text))
        .map((b) => b.text)
        .slice(0, 2),
    ).toEqual(['（此件公开发布）', '自治区市场监督管理局“办实事、解民忧”纾困解难的若干措施']);
  });
  test('fragments the extraction broke at their marks fill a printed line whose stops print half wide; a whole line after a short one starts a paragraph (哈密 002:12309–12313; 陕西 002:1219–1222; a review)', () => {
    const hami = [
      '（十二）持续优化投资和建设项目审批服务。持续深化工程建设项目审批制度改革，',
      '按',
      '照国家、',
      '自治区要求完善统一的工程建设项目审批和管理体系。',
      '提高重大项目审批服务效率，',
      '全面推行多图联审、',
      '联合验收、证明事项告知承诺备案制等措施。',
    ].join('\n');
    expect(reflow(lines(hami))).toHaveLength(1);
    const shaanxi = [
      '推进。存量资产加快盘活，力争发行基础设施REITs 项目3 至5 个，新增储备REITs 项目8',
      '个以上。',
      '推广一批典型经验。坚持扬优势、锻长板，巩固拓展工作成果，打造更多营商环境“单',
      '项冠军”。',
    ].join('\n');
    expect(reflow(lines(shaanxi))).toHaveLength(2);
  });
  test('an attached plan’s title whose first line fills the page is a block of its own (陕西 1号 002:1501–1506; a review)', () => {
    const text = [
      '陕西省人民政府办公厅',
      '2023 年1 月14 日',
      '陕西省加快推进政务服务标准化规范化便利化大力提升“秦务员”政务服务能力实施',
      '方案',
      '为深入贯彻落实《国务院关于加快推进政务服务标准化规范化便利化的指导意见》',
      '（国',
    ].join('\n');
    expect(reflow(lines(text)).map((b) => b.text)).toEqual([
      '陕西省人民政府办公厅',
      '2023年1月14日',
      '陕西省加快推进政务服务标准化规范化便利化大力提升“秦务员”政务服务能力实施方案',
      '为深入贯彻落实《国务院关于加快推进政务服务标准化规范化便利化的指导意见》（国',
    ]);
  });
  test('a printed line assembled from fragments runs on while the next fragment still fits, so a stop mid-line ends no paragraph (甘肃 002:5866–5879, 宁夏 002:4282–4294; a review)', () => {
    const gansu = [
      '（五）探索推行环评“打捆”审批。省生态环境厅要优化环评事项办理，积极开展环评',
      '审批方式改革试点，',
      '对需编制环评影响报告表且不涉及敏感区域的城市道路、',
      '生活垃圾转运',
      '站、污水处理厂等项目，位于相同行政区且项目类型相同的，可“打捆”开展环评审批，同',
      '类型建设项目在办理环评手续时，',
      '各建设单位可以共同编制一个环境影响评价文件，',
      '由环评',
      '审批部门出具一个批复意见。',
      '各建设单位作为项目建设的责任主体，',
      '分别对照环境影响评价',
      '文件及批复要求进行项目建设运行，承担各自项目的生态环境保护主体责任。',
      '（省生态环境',
      '厅负责，10 月底前完成）',
      '（六）',
    ].join('\n');
    expect(reflow(lines(gansu)).map((b) => b.text.slice(0, 6))).toEqual(['（五）探索推', '（六）']);
    const ningxia = [
      '16.对民营企业参与标准制定给予补助。',
      '在工业和信息化领域，',
      '对主导制修订国际标准、',
      '国家标准、',
      '行业标准的民营企业，',
      '每项标准分别给予一次性50 万元、',
      '30 万元、',
      '20 万元补助；',
      '对参与制修订国际标准、',
      '国家标准、行业标准的民营企业，按照主导制修订同类标准补助额',
      '度的50%给予一次性补助。鼓励制定高于国家、行业标准的地方标准，对地方标准主导制定',
    ].join('\n');
    expect(reflow(lines(ningxia))).toHaveLength(1);
  });
  test('a printed line already full, or a whole line, takes no fragment after it: the fragment opens the next printed line (咸阳 002:2750–2757)', () => {
    const xianyang = [
      '强化行政权力约束，',
      '坚决整治群众身边腐败和不正之风，',
      '建设廉洁政府，不断提高政府执行',
      '力和公信力。',
      '（市政府办公室、市司法局牵头，市级有关部门及各县市区政府按职责分工负',
      '责）',
      '各县市区市级各部门要围绕工作重点，进一步解放思想，细化举措，夯实责任，抓好落',
      '实。要按照“三个年”活动要求，以时时放心不下的责任感、积极担当作为的精气神持之以',
    ].join('\n');
    expect(reflow(lines(xianyang)).map((b) => b.text.slice(0, 6))).toEqual(['强化行政权力', '各县市区市级']);
  });
  test('addressees that open a document end at their colon, though they fill their printed line and open on no 各 (金昌 48号 002:7502–7506; a review)', () => {
    const text = [
      '永昌县、金川区人民政府，市政府有关部门、单位，中央、省属在金有关单位：',
      '《2023 年金昌市深化简政放权放管结合优化服务改革提质增效活动工作方',
      '案》已经市政府同意，现印发给你们，请认真抓好贯彻落实。',
    ].join('\n');
    expect(reflow(lines(text)).map((b) => b.text)).toEqual([
      '永昌县、金川区人民政府，市政府有关部门、单位，中央、省属在金有关单位：',
      '《2023年金昌市深化简政放权放管结合优化服务改革提质增效活动工作方案》已经市政府同意，现印发给你们，请认真抓好贯彻落实。',
    ]);
  });
  test('fragments of one printed line join; a short line ending a sentence ends the paragraph (002:10–40)', () => {
    const text = [
      '为认真贯彻',
      '《国务院办公厅关于深入推进跨部门综合监管的指导意见》',
      '（国办发',
      '〔2023〕',
      '1 号），全面落实跨部门综合监管责任，加快建设全国统一大市场，维护公平有序的市场环',
      '境，制定如下实施意见。',
      '一、总体要求',
      '坚持以习近平新时代中国特色社会主义思想为指导，',
    ].join('\n');
    expect(reflow(lines(text)).map((b) => b.text)).toEqual([
      '为认真贯彻《国务院办公厅关于深入推进跨部门综合监管的指导意见》（国办发〔2023〕1号），全面落实跨部门综合监管责任，加快建设全国统一大市场，维护公平有序的市场环境，制定如下实施意见。',
      '一、总体要求',
      '坚持以习近平新时代中国特色社会主义思想为指导，',
    ]);
  });
  test('a numbered title ends where a sentence begins, though the broken lines after it would fill its printed line (金昌 002:7513; a site review)', () => {
    const text = ['一、总体要求', '坚持以习近平新时代中国特色社会主义思想为指导，', '全面贯彻党的二十大精神，', '深入落'].join('\n');
    expect(reflow(lines(text)).map((b) => b.text)).toEqual(['一、总体要求', '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落']);
    // An item whose title ends in punctuation runs on into its text, as its printed line did.
    const item = ['3.提升重大项目投资审批效率。', '依托推进有效投资重要项目协调机制，', '加强部门协同，'].join('\n');
    expect(reflow(lines(item))).toHaveLength(1);
  });
  test('a signature’s name over its date is a block of its own, though the sentence before it overfilled its printed line (金昌 002:7505–7508; a site review)', () => {
    const text = [
      '《2023 年金昌市深化简政放权放管结合优化服务改革提质增效活动工作方',
      '案》已经市政府同意，现印发给你们，请认真抓好贯彻落实。',
      '金昌市人民政府办公室',
      '2023 年5 月29 日',
    ].join('\n');
    expect(
      reflow(lines(text))
        .map((b) => b.text)
        .slice(-2),
    ).toEqual(['金昌市人民政府办公室', '2023年5月29日']);
  });
  test('a date the extraction broke one token a line is one line again, and the signature reads as one (宁夏 9269c4, 002:4088–4097; a site review)', () => {
    const text = ['附件：', '2023', ' 年全区第一批优化营商环境典型经验清单', '宁夏回族自治区发展改革委', '2023', ' 年', '5', ' 月', '19', ' 日'].join('\n');
    expect(mendBrokenNumbers(lines(text)).map((l) => l.text)).toEqual([
      '附件：',
      '2023年全区第一批优化营商环境典型经验清单',
      '宁夏回族自治区发展改革委',
      '2023年5月19日',
    ]);
    expect(
      reflow(lines(text))
        .map((b) => b.text)
        .slice(-2),
    ).toEqual(['宁夏回族自治区发展改革委', '2023年5月19日']);
    // Two numbers on lines of their own (a table's cells) stay apart.
    expect(mendBrokenNumbers(lines('2023\n15')).map((l) => l.text)).toEqual(['2023', '15']);
  });
  test('a year the extraction put on a line of its own ends the block where its 年底前 line does (828e46-m2-3-18, 002:1749–1751; an open-data review)', () => {
    const text = ['在日常生产生活中广泛应用。', '2025', '年底前，高频政务服务事项在“秦务员”平台移动端实现“跨省通办”。'].join('\n');
    const mended = mendBrokenNumbers(lines(text));
    expect(mended.map((l) => [l.n, l.lastN])).toEqual([
      [1, undefined],
      [2, 3],
    ]);
    expect(reflow(lines(text)).map((b) => [b.span.line, b.span.endLine])).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });
  test('a marker alone on a line joins the text after it (002:52)', () => {
    expect(reflow(lines('（一）\n全面建立省市县三级跨部门综合监管事项清单。')).map((b) => b.text)).toEqual([
      '（一）全面建立省市县三级跨部门综合监管事项清单。',
    ]);
  });
  test('a unit clause broken inside a name stays one block (002:8211)', () => {
    const text =
      '带有市场准入性质的隐性壁垒，确保各类市场主体平等进入、公平竞争。\n（牵头单位：市发\n展改革委、市商务局、市市场监管局；责任单位：市政府有关部门、省驻陇南有关单位）';
    expect(reflow(lines(text)).at(-1)!.text).toContain('（牵头单位：市发展改革委、');
  });
  test('a bracketed unit clause ends its task even where the lines after it fill its printed line (延安, 002:2439–2443)', () => {
    const text = [
      '曝光和整治力度。（市工信局、市考核办牵头，市统计局、市财政局、市委宣传部配合，各',
      '县(市、区)落实）',
      '本行动方案涉及奖补资金由市财政专项列支。',
      '涉及行动方案工作经费，',
      '依据预算做好保',
      '障。本行动方案自印发之日起施行，有效期三年。',
    ].join('\n');
    const blocks = reflow(lines(text)).map((b) => b.text);
    expect(blocks[0]).toMatch(/各县\(市、区\)落实）$/);
    expect(blocks[1]).toMatch(/^本行动方案涉及奖补资金/);
  });
  test('a signature date stands alone', () => {
    expect(
      reflow(lines('特此通知。\n陕西省知识产权局\n2023 年4 月26 日'))
        .map((b) => b.text)
        .at(-1),
    ).toBe('2023年4月26日');
  });
});

describe('spaces left by extraction', () => {
  test.each([
    ['2023 年6 月3 日', '2023年6月3日'],
    ['银川市营 商环境', '银川市营商环境'],
    ['推广“服务券” （政府掏钱）', '推广“服务券”（政府掏钱）'],
    ['税务Ukey 40 个', '税务Ukey 40个'],
  ])('%s → %s', (input, output) => expect(tidySpaces(input)).toBe(output));
});

describe('what follows a notice’s last item (stop 26, a site review)', () => {
  test('a note on what is attached is a block of its own, not the end of the paragraph before it (002:10145, 庆阳)', () => {
    const text = [
      '问题，重要情况及时报告市营商办、市发展改革委。要总结梳理、宣传推介我市优化营商环',
      '境典型经验做法，推动形成人人都是营商环境、事事关乎营商环境的良好氛围。',
      '附件：庆阳市复制推广营商环境创新试点改革举措细化清单（略）',
      '庆阳市人民政府办公室',
      '2023 年2 月10 日',
    ].join('\n');
    const blocks = reflow(lines(text)).map((b) => b.text);
    expect(blocks.at(-3)).toBe('附件：庆阳市复制推广营商环境创新试点改革举措细化清单（略）');
    expect(blocks[0]!.endsWith('良好氛围。')).toBe(true);
  });
  test('a blank form’s title ends the item before it (002:10046, 白银 奖补申请表)', () => {
    const text = [
      '受国家法律保护。',
      '申领人获得的奖金收入',
      '应依法纳税（由奖金兑付部门代扣代缴）。',
      '白银市招商引资项目奖补申请表',
      '填报单位：填报日期：（万元）',
      '项目单位',
    ].join('\n');
    const blocks = reflow(lines(text)).map((b) => b.text);
    expect(blocks).toContain('白银市招商引资项目奖补申请表');
    expect(blocks[0]!.endsWith('代扣代缴）。')).toBe(true);
  });
});

describe('labelled fields on lines of their own (002:11466, 克拉玛依)', () => {
  test('each is a paragraph, not run into the task’s text and one another; inside brackets they stay one clause', () => {
    const text = ['防止“监管真空”和“自由落体”。', '牵头单位：市市场监管局', '责任单位：各区人民政府，市级各有关部门', '完成时限：2023 年6 月底前'].join('\n');
    expect(reflow(lines(text)).map((b) => b.text)).toEqual([
      '防止“监管真空”和“自由落体”。',
      '牵头单位：市市场监管局',
      '责任单位：各区人民政府，市级各有关部门',
      '完成时限：2023年6月底前',
    ]);
    const bracketed = ['推进政务服务。（牵头单位：市工信局，', '责任单位：各区人民政府）'].join('\n');
    expect(reflow(lines(bracketed))).toHaveLength(1);
  });
});
