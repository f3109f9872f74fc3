// Which body a name is: a place and a canonical name. 银川's 市市场监管局 and
// 市市场监督管理局 are one body (银川市市场监督管理局); 兰州's is another. The
// taxonomy (content/bodies.json) says which names are one and what kind of
// body each is; a name it does not know keeps its own name as canonical.
// Pure, shared by the converter (which resolves every name it reads) and the
// site (which groups bodies into pages).
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import type { BodyKind, BodyTaxonomy } from '../schemas/body.ts';
import { beginsCityName, findCity, findProvince, isCapital, leadingPlace, placeNamedIn } from './places.ts';

/** Where a name was read: the document's place and issuers. */
export interface BodyContext {
  province: string;
  city: string | null;
  issuers: string[];
}

export interface ResolvedBody {
  id: string;
  /** With its place: 银川市市场监督管理局. */
  name: string;
  /** Without it: 市场监督管理局. */
  canonical: string;
  province: string;
  city: string | null;
  function: string;
  functionName: string;
  kind: BodyKind;
  /** The department it is a division of (市场监督管理厅 for 市场监督管理厅标准化处), where it is one. */
  department?: string;
}

const GROUP =
  /^(各|有关|相关|其他|其它|全体|[省市州县区]级|[省市州县]直|中、省|[市县区](?:[（(][^）)]*[）)])?、|县[（(]市、区[）)])|(有关|相关|各)(部门|单位|机构|处室)|有关单位|成员单位$|^直属单位$/;
/** Groups of lower governments (各县（市、区）人民政府, 各县区, 各开发区) and of departments (市级有关部门). */
const LOWER_GOVERNMENTS = /(政府|管委会|县|区|市|州|旗|地|乡镇|街道|开发区|园区|新区)([（(][^）)]*[）)])?$/;
const DEPARTMENTS = /(部门|单位|机构|处室)$/;
/** A group of parks: 各园区管委会, 各开发区, 各工业园区管委会 (not 各县区、各园区, which lists governments too). */
const PARK_GROUP = /^各[^、，,县市州旗乡镇街]{0,6}(园区|开发区|高新区|经开区|新区)(管委会|管理委员会)?$/;
/** 各县区, 各区县, 各县（市、区）: places listed without 政府, meaning their governments. */
const PLACES_AS_BODIES = /^各[县区市州旗、（）()]+$/;
/** Level prefixes: the document's province (省, 自治区) or its city (市, 州, 盟). */
const PROVINCE_LEVEL = /^(自治区|省)/;
const CITY_LEVEL = /^(市(?!场|政(?![务府])|民(?![政委族宗]))|州|盟)/;
/** A zone that is no city but names its own bodies (宁东市场监管局, of 宁东能源化工基地): the name stays whole. Zones named after a city (兰州新区) go by that city. */
const ZONE = /^宁东/;

/** The zone a body of its own zone stands in (宁东 of 宁东市场监管局), else null: it is no province's own body, nor any city's. */
export const bodyZone = (canonical: string): string | null => ZONE.exec(canonical)?.[0] ?? null;
/**
 * A state-level new area (兰州新区) answers to its province, listed with the
 * cities (各市州政府、兰州新区管委会): it is no body of the city it is named
 * after (a site review). So is the central bank's office in a capital
 * (人行兰州中心支行), the province's own; a prefecture's (人行陇南市中心支行) is the city's.
 */
const PROVINCIAL_NEW_AREA = /^新区/;
/** A development zone's committee, or the zone named for it (白银高新区, 咸阳市经开区管委会, 平凉工业园区（高新区）管委会). */
const PARK = /(高新区|经开区|经济开发区|经济技术开发区|开发区|工业园区|产业园区|综保区|综合保税区|新区)(（[^）]*）)?(管委会|管理委员会)?$/;
const CAPITAL_BANK = /^(人行|人民银行|中国人民银行).+中心支行$/;
/** What follows a place in a proper name: a university, a new or high-tech zone, a customs district. */
const PLACE_IN_NAME = /^(大学|学院|职业技术学院|师范|新区|高新区|高新技术产业开发区|经开区|经济开发区|经济技术开发区|开发区|综合保税区|海关)/;
/** A division of a department: 市场监管厅登记注册局, 交通运输厅法规处. */
const PARENT_DIVISION = /^(.+?(厅|局|委|办))(.{2,14}(处|室|科|局|中心|所|大队|支队))$/;

const KIND_BY_END: [RegExp, BodyKind][] = [
  [/(法院|中院)$/, 'court'],
  [/检察院$/, 'procuratorate'],
  [/(银行|支行|分行)$/, 'bank'],
  [/(公司|集团)$/, 'company'],
  [/^委|(工商联|团委|妇联|总工会)$/, 'party'],
  [/(政府|管委会|管理委员会)$/, 'government'],
  [/(中心|研究院|研究所|站|馆)$/, 'institution'],
];

export type BodyResolver = (name: string, context: BodyContext) => ResolvedBody;

export function bodyResolver(taxonomy: BodyTaxonomy): BodyResolver {
  const canonicalOf = new Map<string, string>();
  const provincialCanonical = new Map<string, string>();
  const functionOf = new Map<string, BodyTaxonomy['functions'][number]>();
  for (const f of taxonomy.functions) {
    for (const c of f.canonical) {
      canonicalOf.set(c, c);
      functionOf.set(c, f);
    }
    for (const a of f.aliases) {
      if (!a.provinces) canonicalOf.set(a.alias, a.canonical);
      for (const p of a.provinces ?? []) provincialCanonical.set(`${p}\u0000${a.alias}`, a.canonical);
    }
  }
  /** The canonical core of a name without its place: exact, as a parent's division, or a place-named body's ending. */
  const canonicalCore = (core: string): string => {
    const exact = canonicalOf.get(core);
    if (exact) return exact;
    const division = PARENT_DIVISION.exec(core);
    const parent = division && canonicalOf.get(division[1]!);
    // 信用监管处 and 信用监督管理处 are one division: the full form is the official one.
    if (division && parent) return `${parent}${division[3]!.replace(/监管(处|科)$/, '监督管理$1')}`;
    return core;
  };
  const cache = new Map<string, ResolvedBody>();

  return (name, context) => {
    const key = `${name}\u0000${context.province}\u0000${context.city ?? ''}\u0000${context.issuers.join('、')}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const resolved = resolve(name, context);
    cache.set(key, resolved);
    return resolved;
  };

  function resolve(name: string, context: BodyContext): ResolvedBody {
    // 人行市中心支行 in a 石嘴山 plan: the 市 of a state bank's or grid's branch is the document's city.
    const branch = context.city ? /^(人行|人民银行|中国人民银行|国网)市(?![场政])/.exec(name) : null;
    if (branch) return resolve(`${branch[1]}${context.city}${name.slice(branch[0].length)}`, context);
    // 国网石嘴山供电公司 and 石嘴山供电公司 are one company: resolved without 国网, written with it.
    const grid = /^国网/.test(name) && leadingPlace(name.slice(2));
    if (grid) return { ...resolve(name.slice(2), context), name };
    // 国家税务总局中卫市税务局 and 市税务局 are one bureau: resolved without the service's name, shown with it (below).
    if (/^国家税务总局.+税务局$/.test(name) && leadingPlace(name.slice(6))) return resolve(name.slice(6), context);
    // 省甘肃银保监局, 州甘孜银保监分局: a level prefix before a name that already carries that place adds nothing.
    const prefix = PROVINCE_LEVEL.exec(name) ?? CITY_LEVEL.exec(name);
    if (prefix && carriesPlace(name.slice(prefix[0].length), context, PROVINCE_LEVEL.test(name))) return resolve(name.slice(prefix[0].length), context);
    let province = context.province;
    let city = context.city;
    let core = name;
    let ownPlace = false;
    /** The place as the name wrote it before its core (金昌 of 金昌银保监分局), where it did. */
    let writtenPlace: string | undefined;
    const leading = leadingPlace(name);
    // 直属单位 in a department's own plan: that department's units (陕西省知识产权局直属单位), not the province's.
    const ownUnits = /^各?直属单位$/.test(name) ? departmentIssuer(context) : undefined;
    if (ownUnits) return finish(`${ownUnits}直属单位`, province, city, slugOf(`${ownUnits}直属单位`), '直属单位', 'group', `${ownUnits}直属单位`);
    // 相关处室 in a department's own plan: that department's divisions (宁夏市场监管厅's 相关承担监管职责的处室), not the
    // province's (a review found them a province-level unit of no department).
    const ownDivisions = /处室$/.test(name) && GROUP.test(name) ? departmentIssuer(context) : undefined;
    const divisions = `${ownDivisions}${name.replace(/^(省局|本局|本厅|省厅)/, '')}`;
    if (ownDivisions) return finish(divisions, province, city, 'relevant-departments', '有关部门', 'group', divisions);
    // 各市局 in a department's own plan: the cities' offices of that department (陕西省知识产权局 → 各市知识产权局), not any city bureau.
    const ownOffice = /^各市(?:[（(]区[）)])?局$/.test(name) ? departmentIssuer(context) : undefined;
    const officeCore = ownOffice ? leadingPlace(ownOffice)?.rest : undefined;
    const offices = officeCore && `各市${officeCore}`;
    if (offices) return finish(offices, province, city, slugOf(offices), offices, 'group', offices);
    if (GROUP.test(name)) {
      // 各园区管委会, 各开发区: parks' committees, no lower governments (a site review found them compared with 各县区政府).
      const fn = PARK_GROUP.test(name)
        ? ['park-committee', '园区管委会']
        : name === '各地'
          ? // 各地 is every locality, of any level: no one level's governments (甘肃 names it beside 各市州政府; a site review).
            ['localities', '各地（不分层级）']
          : LOWER_GOVERNMENTS.test(name)
            ? // A province's lower governments are its cities' (各市州政府), a city's its counties' (各县区): one level
              // each, compared with their like (a site review found 甘肃's 各市州 beside 石嘴山's 各县区).
              city
              ? ['lower-governments', '县（市、区）政府']
              : ['prefecture-governments', '市（州）政府']
            : DEPARTMENTS.test(name)
              ? ['relevant-departments', '有关部门']
              : null;
      // 领导小组各成员单位 and 领导小组成员单位 are one group; so are 各县区 and 各县区政府 (石嘴山's ledger
      // writes both; a site review found its county governments' tasks on two pages): a list of
      // places named as bodies is their governments.
      const key = name.replace(/各(成员单位)$/, '$1').replace(PLACES_AS_BODIES, '$&政府');
      return finish(name, province, city, fn?.[0] ?? slugOf(foldBrackets(key)), fn?.[1] ?? name, 'group', key);
    }
    const ownTing = /^省厅/.test(name) ? context.issuers.find((i) => /厅$/.test(i) && !/办公厅$/.test(i)) : undefined;
    const ownTingPlace = ownTing ? leadingPlace(ownTing) : undefined;
    if (ownTingPlace) {
      // 省厅驻政务大厅窗口 in a 厅's own plan: a post of the issuing 厅.
      city = null;
      core = `${ownTingPlace.rest}${name.slice(2)}`;
    } else if (ZONE.test(name)) {
      ownPlace = true;
    } else if (leading && PLACE_IN_NAME.test(leading.rest)) {
      // 延安大学, 兰州新区管委会, 兰州海关: the place is part of a proper name, not a level to write out (延安市大学).
      province = leading.province.name;
      city = PROVINCIAL_NEW_AREA.test(leading.rest) ? null : (leading.city?.name ?? null);
      ownPlace = true;
    } else if (leading) {
      province = leading.province.name;
      city = leading.city?.name ?? null;
      core = leading.rest;
      writtenPlace = name.slice(0, name.length - leading.rest.length);
    } else if (PROVINCE_LEVEL.test(name)) {
      city = null;
      core = name.replace(PROVINCE_LEVEL, '');
    } else if (CITY_LEVEL.test(name)) {
      // A prefecture's own court (陇南 市法院, 甘孜 州法院) is its intermediate court: 人民法院 alone names a county's.
      core = name.replace(CITY_LEVEL, '').replace(/^法院$/, '中级人民法院');
    } else if (/^厅/.test(name)) {
      // 厅法规处 in a department's own plan: a division of the issuing 厅.
      const issuer = context.issuers.find((i) => /厅$/.test(i));
      const issuerPlace = issuer ? leadingPlace(issuer) : undefined;
      if (issuerPlace) {
        city = null;
        core = `${issuerPlace.rest}${name.slice(1)}`;
      }
    } else if ((isDivisionName(name) || (name === '审批局' && !context.city)) && departmentIssuer(context)) {
      // 审批局 in a provincial department's plan is its own approval division: a 行政审批服务局 is a
      // city's or county's, and the province has none for it to mean (陕西省市场监督管理局: 审批局牵头，省局相关处室…).
      // 登记指导处 in a department's own plan: a division of the department that issued it.
      const issuer = departmentIssuer(context)!;
      const issuerPlace = leadingPlace(issuer);
      if (issuerPlace) {
        province = issuerPlace.province.name;
        city = issuerPlace.city?.name ?? null;
        core = `${issuerPlace.rest}${name}`;
      }
    } else {
      const named = placeNamedIn(name);
      // 国网银川供电公司, 银川海关: the place is inside the name, which stays whole.
      if (named) {
        province = named.province.name;
        city = named.city?.name ?? null;
        if (CAPITAL_BANK.test(name) && isCapital(province, city)) city = null;
        ownPlace = true;
      }
    }
    const canonical = ownPlace ? placeNamedKey(name, city) : (provincialCanonical.get(`${province}\u0000${core}`) ?? canonicalCore(core));
    const fn =
      functionOf.get(canonical) ??
      functionOf.get(canonicalOf.get(canonical) ?? '') ??
      functionByEnding(canonical) ??
      // 宁东市场监管局 is a market regulator, 人行石嘴山市中心支行 a branch of the central bank: their function
      // is the name past the place that stays in it.
      (ZONE.test(name) ? functionOf.get(canonicalCore(name.replace(ZONE, ''))) : undefined) ??
      (/^(中国人民银行|人民银行|人行)/.test(name) ? functionOf.get('人民银行中心支行') : undefined) ??
      (PARK.test(canonical) && !/^各/.test(name) ? functionOf.get('管理委员会') : undefined) ??
      // 政府办公厅〔省大数据管理局〕: a body written with its other name in brackets is of the first name's kind (a site
      // review found 甘肃's in no kinds page).
      (OTHER_NAME.test(canonical) ? functionOf.get(canonicalOf.get(canonical.replace(OTHER_NAME, '')) ?? '') : undefined) ??
      // 市场监督管理厅标准化处 is a division of the market regulator: its function is its parent's, so the
      // regulators compared side by side include it (a site review found 宁夏's 厅 in none of its 14 处室).
      divisionFunction(canonical);
    const kind = fn?.kind ?? KIND_BY_END.find(([re]) => re.test(canonical))?.[1] ?? 'department';
    // A company or a bank the text names without a place (丝绸之路信息港公司) keeps its own name.
    // Nor does a customs office (兴庆海关, 河东机场海关): it answers to the customs service, not the city.
    const placeless = !PROVINCE_LEVEL.test(name) && !CITY_LEVEL.test(name) && (kind === 'company' || kind === 'bank' || /海关$/.test(name));
    const place = fn?.placeAsWritten && writtenPlace ? writtenPlace : placeName(province, city);
    const placed = ownPlace || placeless ? name : carriesPlace(canonical, { province, city }, city === null) ? canonical : `${place}${canonical}`;
    // A local tax bureau answers to the State Taxation Administration, and that is its name: 国家税务总局银川市税务局.
    const display = !ownPlace && canonical === '税务局' ? `国家税务总局${placed}` : placed;
    const resolved = finish(display, province, city, fn?.id ?? slugOf(canonical), fn?.name ?? canonical, kind, canonical);
    const department = departmentOf(canonical);
    return department ? { ...resolved, department } : resolved;
  }

  /**
   * 登记指导处, 办公室, 稽查局, 机关纪委 in a department's own plan: a division of
   * that department, unless the taxonomy knows the name as a department of its own (税务局).
   */
  function isDivisionName(name: string): boolean {
    if (/^[^厅局委办]{2,12}(处|室|科)$/.test(name) || name === '办公室') return true;
    return /^[\u4e00-\u9fa5]{1,6}(局|办公室|纪委)$/.test(name) && !canonicalOf.has(name) && !functionByEnding(name);
  }

  /** A division's parent's function, where its canonical name is a known department's and a division's (canonicalCore). */
  function divisionFunction(canonical: string) {
    const department = departmentOf(canonical);
    return department ? functionOf.get(department) : undefined;
  }

  /** The department a canonical name is a division of: a known department's name and a division's (canonicalCore builds them so). */
  function departmentOf(canonical: string): string | undefined {
    const department = PARENT_DIVISION.exec(canonical)?.[1];
    return department && canonicalOf.get(department) === department ? department : undefined;
  }

  /** 石嘴山供电公司 is a power company: a known canonical ending after a place. */
  function functionByEnding(canonical: string) {
    for (const [form, target] of canonicalOf) {
      if (form.length >= 2 && canonical.endsWith(form) && canonical.length > form.length) {
        const head = canonical.slice(0, -form.length).replace(/^国网/, '');
        if (findProvince(head) || findCity(head) || placeNamedIn(head) || beginsCityName(head)) return functionOf.get(target);
      }
    }
    return undefined;
  }
}

/** Whether a name begins with the place its level prefix stands for: 甘肃银保监局 in 甘肃, 甘孜银保监分局 in 甘孜. */
function carriesPlace(name: string, context: Pick<BodyContext, 'province' | 'city'>, provinceLevel: boolean): boolean {
  const province = findProvince(context.province);
  const city = context.city ? findCity(context.city)?.city : undefined;
  // An autonomous prefecture goes by its first two characters (甘孜 of 甘孜藏族自治州).
  const short = city?.name.endsWith('自治州') ? city.name.slice(0, 2) : undefined;
  const names = provinceLevel || !city ? [province?.name, province?.fullName, ...(province?.aliases ?? [])] : [city.name, ...city.aliases, short];
  // The place must be followed by a name of its own (甘肃银保监局), not be one (甘肃省人民政府 is 省 + 人民政府).
  return names.some((n) => n && n.length >= 2 && name.startsWith(n) && name.length > n.length + 1);
}

/**
 * What makes two spellings of a place-named body one body: the central bank
 * as 人行, 人民银行 or 中国人民银行, and its city with or without 市
 * (人行陇南中心支行 and 人行陇南市中心支行).
 */
function placeNamedKey(name: string, city: string | null): string {
  let key = name.replace(/^(中国人民银行|人民银行)/, '人行');
  const found = city ? findCity(city)?.city : undefined;
  const short = found?.aliases.find((a) => found.name.startsWith(a) && a.length < found.name.length);
  if (found && short && found.name === `${short}市`) key = key.replace(found.name, short);
  return key;
}

function finish(name: string, province: string, city: string | null, fn: string, functionName: string, kind: BodyKind, canonical: string): ResolvedBody {
  const place = city
    ? `${findProvince(province)?.slug ?? slugOf(province)}-${findCity(city)?.city.slug ?? slugOf(city)}`
    : (findProvince(province)?.slug ?? slugOf(province));
  return { id: `${place}-${slugOf(foldBrackets(canonical))}`, name, canonical, province, city, function: fn, functionName, kind };
}

/** A body's other name in brackets after its own (省政府办公厅〔省大数据管理局〕). */
const OTHER_NAME = /[（(〔][^（()）〔〕]{2,20}[）)〕]$/;

/** Brackets folded and spaces dropped: two spellings of one name are one body. */
export function foldBrackets(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/[（〔［[〈]/g, '(')
    .replace(/[）〕］\]〉]/g, ')');
}

/** The one department that issued a document, if it was one (陕西省市场监督管理局). */
function departmentIssuer(context: BodyContext): string | undefined {
  const departments = context.issuers.filter((i) => /(局|厅|委员会|委|办公室)$/.test(i) && !/人民政府/.test(i));
  return departments.length === 1 && context.issuers.length === 1 ? departments[0] : undefined;
}

/** 银川市, 宁夏回族自治区: how a body's place is written before its name. */
function placeName(province: string, city: string | null): string {
  return city ?? findProvince(province)?.fullName ?? province;
}

/** Readable and stable: pinyin of the name plus a short hash (市场监督管理局 → shi-chang-jian-du-guan-li-ju-1a2b). */
export function slugOf(name: string): string {
  const latin = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed' })
    .map((p) => p.toLowerCase().replace(/[^a-z]/g, ''))
    .filter(Boolean)
    .slice(0, 8)
    .join('-');
  return `${latin || 'body'}-${createHash('sha1').update(name).digest('hex').slice(0, 4)}`;
}
