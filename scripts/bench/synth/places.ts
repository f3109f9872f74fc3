// Where and when a copy is set: a single-city source moves to another city
// anywhere in the country, a compilation's provinces to other provinces (and
// their cities with them), years shift by a few either way, dates and 文号
// change. Every replacement keeps a date's digit count where it can, so PDF
// lines keep their width.
import { PROVINCES, type City, type Province } from '../../../src/domain/places.ts';
import type { Rng } from './random.ts';

/** Places a single-city copy can move to: every province with cities in the gazetteer. */
export const TARGETS: { province: Province; city: City }[] = PROVINCES.flatMap((province) => province.cities.map((city) => ({ province, city })));

/** Provinces the compilation's own sections are about, which its copies leave. */
const COMPILATION_HOME = ['陕西', '宁夏', '甘肃', '青海', '新疆', '四川'];
/** Provinces a compilation copy moves to. */
const COMPILATION_TARGETS = PROVINCES.filter((p) => !COMPILATION_HOME.includes(p.name) && p.cities.length > 0);
const YEAR_SHIFTS = [0, 1, -1, 2, -2];

export interface Setting {
  yearShift: number;
  /** Added to every day of a full date (within its digit count), so one document's dates agree with each other. */
  dayShift: number;
}

/**
 * Where and when copy k of a file is set. The same city in the same year
 * would be the same document (its title, date and 文号 all alike, so the
 * converter numbers it as a duplicate); copies therefore take each
 * (city, year) pair once, in an order drawn from the seed: a file's first
 * 425 copies never repeat one.
 */
export function cityCopy(copy: number, home: string, order: Rng): { target: { province: Province; city: City }; yearShift: number } {
  // Not the original's own city and year: that copy would be the original document again.
  const pairs = YEAR_SHIFTS.flatMap((yearShift) => TARGETS.map((target) => ({ target, yearShift }))).filter(
    (p) => p.yearShift !== 0 || p.target.city.name !== home,
  );
  const shuffled = order.shuffle(pairs);
  return shuffled[(copy - 1) % shuffled.length];
}

/** A compilation copy's provinces: each of its sections to another province, (province, year) pairs not repeated within the first 105 copies. */
export function compilationCopy(copy: number, order: Rng): { targets: Province[]; yearShift: number } {
  const provinces = order.shuffle(COMPILATION_TARGETS);
  const n = provinces.length;
  const round = Math.floor((copy - 1) / n);
  return {
    targets: Array.from({ length: n }, (_, i) => provinces[(copy - 1 + i) % n]),
    yearShift: YEAR_SHIFTS[round % YEAR_SHIFTS.length],
  };
}

/** Moves a single-city source to another city, with its province. */
export function relocate(text: string, from: string, to: { province: Province; city: City }): string {
  const short = from.replace(/市$/, '');
  return text
    .split(from)
    .join(to.city.name)
    .split(short)
    .join(to.city.name.replace(/市$/, ''))
    .split('宁夏回族自治区')
    .join(to.province.fullName)
    .split('宁夏')
    .join(to.province.name)
    .split('自治区')
    .join(to.province.fullName.endsWith('自治区') ? '自治区' : '省');
}

/** A compilation copy moves each of its provinces to another (陕西 → 河北 …) and its cities with them. */
export function moveCompilation(text: string, targets: Province[]): string {
  // Its sections' provinces, and a province whose cities it names under another's section (甘孜州 under 甘肃).
  const sources = PROVINCES.filter((p) => text.includes(`）${p.name}`) || (p.name === '四川' && p.cities.some((c) => text.includes(c.name))));
  let result = text;
  sources.forEach((from, i) => {
    const to = targets[i % targets.length];
    // Full name and aliases first (宁夏回族自治区, 宁夏自治区), then the bare name (宁夏).
    for (const name of [from.fullName, ...from.aliases].sort((a, b) => b.length - a.length)) result = result.split(name).join(to.fullName);
    result = result.split(from.name).join(to.name);
    from.cities.forEach((c, j) => {
      const dest = to.cities[j % to.cities.length];
      result = result.split(c.name).join(dest.name);
      for (const alias of c.aliases) result = result.split(alias).join(dest.name.replace(/市$/, ''));
    });
  });
  return result;
}

/** Years written as years (2023年, 〔2023〕, 2023年底; also 20206月 where the source lost 年) shift; full dates' days move. */
export function shiftDates(text: string, { yearShift, dayShift }: Setting): string {
  return text
    .replace(/(?<!\d)(20[12]\d)(?=\s*(?:年|〕|﹞|\]|）|\)|\d{1,2}\s*月|\d{3,4}日|[-—－~至到]\s*20[12]\d))/g, (y) => String(Number(y) + yearShift))
    .replace(/(年\s*\d{1,2}\s*月\s*)(\d{1,2})(\s*日)/g, (_m, head: string, d: string, tail: string) => {
      const day = Number(d);
      // 3, 03 and 13 stay one digit, a padded digit and two digits.
      const moved = day < 10 ? ((day - 1 + dayShift) % 9) + 1 : ((day - 10 + dayShift) % 19) + 10;
      return `${head}${String(moved).padStart(d.length, '0')}${tail}`;
    });
}

/** New document numbers: 〔2023〕11 号 → 〔2023〕<another> 号, as many digits. */
export function renumberDocNumbers(text: string, random: Rng): string {
  return text.replace(/([〔﹝[]\d{4}[〕﹞\]]\s*)(\d{1,4})(\s*号)/g, (_m, head: string, n: string, tail: string) => {
    const low = n.length === 1 ? 1 : 10 ** (n.length - 1);
    return `${head}${random.between(low, 10 ** n.length - 1)}${tail}`;
  });
}
