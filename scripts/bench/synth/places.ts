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

export interface Setting {
  yearShift: number;
  /** Added to every day of a full date (within its digit count), so one document's dates agree with each other. */
  dayShift: number;
}

export function setting(random: Rng): Setting {
  return { yearShift: random.between(-2, 2), dayShift: random.between(1, 8) };
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
export function moveCompilation(text: string, random: Rng): string {
  const sources = PROVINCES.filter((p) => text.includes(`）${p.name}`));
  const others = random.shuffle(PROVINCES.filter((p) => !COMPILATION_HOME.includes(p.name) && p.cities.length > 0));
  let result = text;
  sources.forEach((from, i) => {
    const to = others[i % others.length];
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
