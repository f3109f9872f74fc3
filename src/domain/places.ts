// Gazetteer of the provinces and prefecture-level places the corpus names.
// Used by the converter to place a document from its issuer or title, and by
// the site to order and link places. Slugs are written out (not generated) so
// URLs never change when a romanisation library changes its output.

export interface Province {
  /** Short name as used in the compilation's section headings (陕西). */
  name: string;
  /** Official full name (陕西省, 宁夏回族自治区). */
  fullName: string;
  /** Other ways the texts write it (宁夏自治区, 自治区 alone is not enough). */
  aliases: string[];
  slug: string;
  /** Prefecture-level places, the capital (省会) first. */
  cities: City[];
}

export interface City {
  /** Full name (银川市, 临夏回族自治州). */
  name: string;
  /** Name as commonly abbreviated in titles (银川, 临夏州). */
  aliases: string[];
  slug: string;
}

const city = (name: string, slug: string, ...aliases: string[]): City => ({
  name,
  slug,
  aliases: [name.replace(/(市|地区|自治州)$/, ''), ...aliases].filter((a) => a.length >= 2),
});

// biome-ignore format: a gazetteer reads best a few places to a line, as it was typed.
export const PROVINCES: Province[] = [
  {
    name: '陕西', fullName: '陕西省', slug: 'shaanxi', aliases: ['陕西省'],
    cities: [
      city('西安市', 'xian'), city('铜川市', 'tongchuan'), city('宝鸡市', 'baoji'),
      city('咸阳市', 'xianyang'), city('渭南市', 'weinan'), city('延安市', 'yanan'),
      city('汉中市', 'hanzhong'), city('榆林市', 'yulin'), city('安康市', 'ankang'),
      city('商洛市', 'shangluo'),
    ],
  },
  {
    name: '宁夏', fullName: '宁夏回族自治区', slug: 'ningxia', aliases: ['宁夏回族自治区', '宁夏自治区'],
    cities: [
      city('银川市', 'yinchuan'), city('石嘴山市', 'shizuishan'), city('吴忠市', 'wuzhong'),
      city('固原市', 'guyuan'), city('中卫市', 'zhongwei'),
    ],
  },
  {
    name: '甘肃', fullName: '甘肃省', slug: 'gansu', aliases: ['甘肃省'],
    cities: [
      city('兰州市', 'lanzhou'), city('嘉峪关市', 'jiayuguan'), city('金昌市', 'jinchang'),
      city('白银市', 'baiyin'), city('天水市', 'tianshui'), city('武威市', 'wuwei'),
      city('张掖市', 'zhangye'), city('平凉市', 'pingliang'), city('酒泉市', 'jiuquan'),
      city('庆阳市', 'qingyang'), city('定西市', 'dingxi'), city('陇南市', 'longnan'),
      city('临夏回族自治州', 'linxia', '临夏州'), city('甘南藏族自治州', 'gannan', '甘南州'),
    ],
  },
  {
    name: '青海', fullName: '青海省', slug: 'qinghai', aliases: ['青海省'],
    cities: [
      city('西宁市', 'xining'), city('海东市', 'haidong'),
      city('海北藏族自治州', 'haibei', '海北州'), city('黄南藏族自治州', 'huangnan', '黄南州'),
      city('海南藏族自治州', 'hainanzhou', '海南州'), city('果洛藏族自治州', 'guoluo', '果洛州'),
      city('玉树藏族自治州', 'yushu', '玉树州'), city('海西蒙古族藏族自治州', 'haixi', '海西州'),
    ],
  },
  {
    name: '新疆', fullName: '新疆维吾尔自治区', slug: 'xinjiang', aliases: ['新疆维吾尔自治区', '新疆自治区'],
    cities: [
      city('乌鲁木齐市', 'urumqi'), city('克拉玛依市', 'karamay'), city('吐鲁番市', 'turpan'),
      city('哈密市', 'hami'), city('昌吉回族自治州', 'changji', '昌吉州'),
      city('博尔塔拉蒙古自治州', 'bortala', '博州'), city('巴音郭楞蒙古自治州', 'bayingolin', '巴州'),
      city('阿克苏地区', 'aksu'), city('克孜勒苏柯尔克孜自治州', 'kizilsu', '克州'),
      city('喀什地区', 'kashgar'), city('和田地区', 'hotan'), city('伊犁哈萨克自治州', 'ili', '伊犁州'),
      city('塔城地区', 'tacheng'), city('阿勒泰地区', 'altay'),
    ],
  },
  {
    // Not a Northwest province: the compilation files one 甘孜州 document under 甘肃.
    name: '四川', fullName: '四川省', slug: 'sichuan', aliases: ['四川省'],
    cities: [city('成都市', 'chengdu'), city('绵阳市', 'mianyang'), city('宜宾市', 'yibin'), city('甘孜藏族自治州', 'garze', '甘孜州')],
  },
  // The rest of the country: provinces with a few prefecture-level cities each,
  // for a national corpus (and the benchmark's synthetic one).
  ...([
    ['北京', '北京市', 'beijing', []],
    ['天津', '天津市', 'tianjin', []],
    ['上海', '上海市', 'shanghai', []],
    ['重庆', '重庆市', 'chongqing', []],
    ['河北', '河北省', 'hebei', [['石家庄市', 'shijiazhuang'], ['唐山市', 'tangshan'], ['保定市', 'baoding']]],
    ['山西', '山西省', 'shanxi', [['太原市', 'taiyuan'], ['大同市', 'datong'], ['运城市', 'yuncheng']]],
    ['内蒙古', '内蒙古自治区', 'neimenggu', [['呼和浩特市', 'hohhot'], ['包头市', 'baotou'], ['鄂尔多斯市', 'ordos']]],
    ['辽宁', '辽宁省', 'liaoning', [['沈阳市', 'shenyang'], ['大连市', 'dalian'], ['鞍山市', 'anshan']]],
    ['吉林', '吉林省', 'jilin', [['长春市', 'changchun'], ['吉林市', 'jilinshi'], ['延边朝鲜族自治州', 'yanbian']]],
    ['黑龙江', '黑龙江省', 'heilongjiang', [['哈尔滨市', 'harbin'], ['齐齐哈尔市', 'qiqihar'], ['大庆市', 'daqing']]],
    ['江苏', '江苏省', 'jiangsu', [['南京市', 'nanjing'], ['苏州市', 'suzhou'], ['无锡市', 'wuxi']]],
    ['浙江', '浙江省', 'zhejiang', [['杭州市', 'hangzhou'], ['宁波市', 'ningbo'], ['温州市', 'wenzhou']]],
    ['安徽', '安徽省', 'anhui', [['合肥市', 'hefei'], ['芜湖市', 'wuhu'], ['蚌埠市', 'bengbu']]],
    ['福建', '福建省', 'fujian', [['福州市', 'fuzhou'], ['厦门市', 'xiamen'], ['泉州市', 'quanzhou']]],
    ['江西', '江西省', 'jiangxi', [['南昌市', 'nanchang'], ['赣州市', 'ganzhou'], ['九江市', 'jiujiang']]],
    ['山东', '山东省', 'shandong', [['济南市', 'jinan'], ['青岛市', 'qingdao'], ['烟台市', 'yantai']]],
    ['河南', '河南省', 'henan', [['郑州市', 'zhengzhou'], ['洛阳市', 'luoyang'], ['南阳市', 'nanyang']]],
    ['湖北', '湖北省', 'hubei', [['武汉市', 'wuhan'], ['宜昌市', 'yichang'], ['襄阳市', 'xiangyang']]],
    ['湖南', '湖南省', 'hunan', [['长沙市', 'changsha'], ['株洲市', 'zhuzhou'], ['岳阳市', 'yueyang']]],
    ['广东', '广东省', 'guangdong', [['广州市', 'guangzhou'], ['深圳市', 'shenzhen'], ['佛山市', 'foshan']]],
    ['广西', '广西壮族自治区', 'guangxi', [['南宁市', 'nanning'], ['柳州市', 'liuzhou'], ['桂林市', 'guilin']]],
    ['海南', '海南省', 'hainan', [['海口市', 'haikou'], ['三亚市', 'sanya']]],
    ['贵州', '贵州省', 'guizhou', [['贵阳市', 'guiyang'], ['遵义市', 'zunyi'], ['六盘水市', 'liupanshui']]],
    ['云南', '云南省', 'yunnan', [['昆明市', 'kunming'], ['曲靖市', 'qujing'], ['大理白族自治州', 'dali']]],
    ['西藏', '西藏自治区', 'xizang', [['拉萨市', 'lhasa'], ['日喀则市', 'shigatse']]],
  ] as [string, string, string, [string, string][]][]).map(([name, fullName, slug, cities]) => ({
    name,
    fullName,
    slug,
    aliases: [fullName],
    cities: cities.map(([c, s]) => city(c, s)),
  })),
];

/** Whether a city is its province's capital (listed first): 人行兰州中心支行 there is the province's bank office. */
export function isCapital(province: string, city: string | null | undefined): boolean {
  return Boolean(city) && findProvince(province)?.cities[0]?.name === city;
}

/**
 * The one-character names (简称) a province-level body's 文号 opens with
 * (陕政办发, 甘政办函). Provinces outside the gazetteer are listed too: a 文号
 * opening with one of them (湘 of 湖南 on a 甘肃 department's notice) is a
 * misprint or a borrowed number a reader should be told of.
 */
// biome-ignore format: one province to a pair, as the list is printed.
const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  京: '北京', 津: '天津', 冀: '河北', 晋: '山西', 蒙: '内蒙古', 辽: '辽宁', 吉: '吉林', 黑: '黑龙江',
  沪: '上海', 苏: '江苏', 浙: '浙江', 皖: '安徽', 闽: '福建', 赣: '江西', 鲁: '山东', 豫: '河南',
  鄂: '湖北', 湘: '湖南', 粤: '广东', 桂: '广西', 琼: '海南', 渝: '重庆', 川: '四川', 蜀: '四川',
  黔: '贵州', 贵: '贵州', 滇: '云南', 云: '云南', 藏: '西藏', 陕: '陕西', 秦: '陕西', 甘: '甘肃',
  陇: '甘肃', 青: '青海', 宁: '宁夏', 新: '新疆',
};

/** The province a province-level 文号's first character names, if it names one. */
export function docNumberProvince(docNumber: string): string | undefined {
  return PROVINCE_ABBREVIATIONS[docNumber.charAt(0)];
}

/** Provinces the compilation's Northwest chapter covers, in its order. */
export const NORTHWEST = ['陕西', '宁夏', '甘肃', '青海', '新疆'];

export function findProvince(name: string): Province | undefined {
  return PROVINCES.find((p) => p.name === name || p.fullName === name || p.aliases.includes(name));
}

export function findCity(name: string): { province: Province; city: City } | undefined {
  for (const province of PROVINCES) {
    const found = province.cities.find((c) => c.name === name || c.aliases.includes(name));
    if (found) return { province, city: found };
  }
  return undefined;
}

/** A city's name begins with it (甘孜 of 甘孜藏族自治州): a place a body's own name may carry in short. */
export function beginsCityName(head: string): boolean {
  return head.length >= 2 && PROVINCES.some((p) => p.cities.some((c) => c.name.startsWith(head)));
}

interface PlaceName {
  name: string;
  province: Province;
  city: City | null;
}

/** Every name a place goes by, longest first so 银川市 wins over 银川 at one position. */
const PLACE_NAMES: PlaceName[] = PROVINCES.flatMap((province) => [
  ...[province.fullName, ...province.aliases.filter((a) => a.length >= 2)].map((name) => ({ name, province, city: null })),
  ...province.cities.flatMap((city) => [city.name, ...city.aliases].map((name) => ({ name, province, city }))),
]).sort((a, b) => b.name.length - a.name.length);

const PLACE_PATTERN = new RegExp(PLACE_NAMES.map((p) => p.name).join('|'));

/** The place a text names first (a city name where both start at one position). */
export function placeNamedIn(text: string): { province: Province; city: City | null } | undefined {
  const match = PLACE_PATTERN.exec(text);
  if (!match) return undefined;
  const found = PLACE_NAMES.find((p) => p.name === match[0])!;
  return { province: found.province, city: found.city };
}

/** A place name a text begins with (银川市市场监管局 → 银川市), and the rest of the text. */
export function leadingPlace(text: string): { province: Province; city: City | null; rest: string } | undefined {
  // 石嘴山市场监管局 is 石嘴山 + 市场监管局: a 市 that begins 市场 or 市政(工程) belongs to the word after it.
  const found = PLACE_NAMES.find(
    (p) => text.startsWith(p.name) && text.length > p.name.length && !(p.name.endsWith('市') && /^(场|政(?![府务]))/.test(text.slice(p.name.length))),
  );
  return found && { province: found.province, city: found.city, rest: text.slice(found.name.length) };
}
