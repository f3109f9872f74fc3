// The order /reforms/ promises: most widely adopted first — by places (a city,
// else a province's own documents), then by documents, then by name. The
// analysis writes reforms in it and the site reads them back in it, from one
// definition.

interface Adopted {
  name: string;
  adoptions: { province: string; city: string | null }[];
}

/** How many places adopted a reform. */
export function adoptingPlaces(reform: Pick<Adopted, 'adoptions'>): number {
  return new Set(reform.adoptions.map((a) => a.city ?? a.province)).size;
}

export function byAdoption(a: Adopted, b: Adopted): number {
  return adoptingPlaces(b) - adoptingPlaces(a) || b.adoptions.length - a.adoptions.length || a.name.localeCompare(b.name, 'zh');
}

/**
 * Other names of a tracked reform: 金昌's “带押登记” (转移登记和抵押登记合并办理) is 带押过户.
 * A mention of the variant is a mention of the reform, and a card shown for the reform marks it.
 */
export const REFORM_VARIANTS: Record<string, string> = {
  带押登记: '带押过户',
  // Accepting an application with a non-essential paper missing: plans write it 容缺受理 as often as 容缺办理 (a site review found 6 places missing).
  容缺受理: '容缺办理',
  // 白银's 实行容缺审查 of land-use applications: the same acceptance with papers to follow (a site review).
  容缺审查: '容缺办理',
  // 轻微违法行为首次免罚 (陕西, 陕西市场监管局, 咸阳): the same first-offence waiver (行政处罚法 第三十三条; a site review).
  首次免罚: '首违不罚',
  // 个转企 written out (陕西's 支持个体工商户转型企业, 陇南's 个体工商户转企业; a site review found both places missing).
  // 个体工商户转型升级 alone (…、高质量发展) is growth, not becoming a company: only the forms that name the company count.
  个体工商户转型升级为企业: '个转企',
  个体工商户转型为企业: '个转企',
  个体工商户转型企业: '个转企',
  个体工商户转企业: '个转企',
  // The service modes with 能/可: 石嘴山 2020's 全城通办、就近能办、异地可办 and 掌上可办的标准, 铜川's 就近能办 (a site review).
  // 网上可办 stays plain: it is the name of a rate (网上可办率) as often as a slogan.
  就近能办: '就近办',
  就近可办: '就近办',
  掌上可办: '掌上办',
  异地可办: '异地办',
  // One comprehensive window, however a plan names it (a site review found five names counted apart, and
  // 石嘴山's 不动产登记一窗办理 with its 一窗受理 under two): 综合窗口 acceptance is 一窗受理.
  一窗办理: '一窗受理',
  一窗式: '一窗受理',
  一窗通办: '一窗受理',
  一窗综办: '一窗受理',
  // Province-wide handling, written for a province or an autonomous region (区内: 宁夏, 新疆), and city-wide.
  全省通办: '省内通办',
  区内通办: '省内通办',
  全市通办: '市域通办',
  // Handling across regions written out (咸阳's 西咸一体化“跨区域通办”, under 陕西's “跨域通办”; a site review found 咸阳 missing).
  跨区域通办: '跨域通办',
  // No form to fill in: 石嘴山 2020's 推行“一证办理”“免填单” of power connections (a review found 甘肃 2023 the earliest).
  免填单: '免填写',
  // Acting on every complaint: 铜川's 就近能办、一窗通办、有诉即办 (a review found it missing).
  有诉即办: '接诉即办',
  // Nothing to travel for: the same promise (陕西 and 咸阳 pair 零次跑 with 一次不用跑).
  零次跑: '零跑腿',
  // Utilities transferred with the property, however joined (陕西 and 咸阳 二手房转移登记及水电气联动过户, 克拉玛依
  // 推行二手房水电气暖联合过户, 石嘴山 水气联动过户; a review found four adoptions missing).
  联动过户: '同步过户',
  联合过户: '同步过户',
};

/**
 * Names that fit a formula but are slogans, campaigns, platforms or things, not reforms. A site review
 * found generic phrases counted as one reform across unrelated uses: 服务承诺 (an office's rules, a
 * mayor's pledge), bare 不见面 (job papers, bid openings, approvals, social insurance), 一专多能 (staff
 * training), 零门槛 (agents entering a hall), and the case-by-case 一企一策 and 一事一议. Rows of
 * counterparts (text-kinship.ts) read it too, with the slogans no formula fits but plans quote of
 * anything (一站式, 绿色通道, a platform's 我为政府网站找错): a quoted slogan names no shared reform.
 */
export const NOT_REFORM =
  /十四五|放管服|突破年|三抓三促|攻坚|行动|规划|条例|办法|方案|意见|通知|许可证$|清单$|秦务员|陕企通|政企通|秦创原|我的宁夏|甘快办|政务通|^营商环境|^互联网|一刀切|一对一|第一方阵|零容忍|一把手|一带一路|一盘棋|最后一公里|无处不在|两微一端|新三板|六新六特六优|九横十九纵|一河一山|一老一小|一县一区|一网双平面|两地三中心|明进暗不进|新官不理旧账|办不成事|一张图|一把尺|服务承诺|^不见面$|一专多能|零门槛|一企一策|一事一议|一站式|绿色通道|我为政府网站找错/;

/**
 * What a reform is named for when its quoted words are a slogan: “办不成事”反映窗口 is
 * a window every service hall opens, where 办不成事 alone is a campaign's motto.
 * The name is the whole (办不成事反映窗口); texts write it with the quotes.
 */
export const COINED_SUFFIX = /反映窗口$/;

/** How texts write a coined name: its slogan in quotes (“办不成事”反映窗口). */
export function quotedForm(name: string): string | undefined {
  const suffix = COINED_SUFFIX.exec(name)?.[0];
  return suffix ? `“${name.slice(0, -suffix.length)}”${suffix}` : undefined;
}

/** The ways a text may write a reform: its name, its variants, and a coined name's quoted form. */
export function writtenForms(name: string): string[] {
  const quoted = quotedForm(name);
  return [name, ...Object.keys(REFORM_VARIANTS).filter((v) => REFORM_VARIANTS[v] === name), ...(quoted ? [quoted] : [])];
}

/** The words that mention a reform in a text: its name, else one of its other written forms. */
export function reformWordIn(text: string, name: string): string | undefined {
  return writtenForms(name).find((w) => text.includes(w));
}
