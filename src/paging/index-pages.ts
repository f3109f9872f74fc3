// Index pages (/units/, /transmissions/, /reforms/) that list one row per
// record: one table while it is short, else pages of a fixed number of rows,
// ordered so that a summary on the first page can say where each group (a
// province, an initial letter) begins. Pure functions, tested on literals.
import { pinyin } from 'pinyin-pro';
import { cutEvery, groupStarts, type GroupStart } from './budget.ts';

/**
 * Rows per index page. Far under the byte budget (a row is 150–700 bytes):
 * the limit is what a reader scans on one page, and what keeps the first page
 * (summary included) quick at national scale.
 */
export const UNITS_PER_PAGE = 300;
export const TRANSMISSIONS_PER_PAGE = 200;
export const REFORMS_PER_PAGE = 300;

export type IndexMode = 'whole' | 'paged';

export function indexMode(count: number, perPage: number): IndexMode {
  return count <= perPage ? 'whole' : 'paged';
}

export interface GroupedListing<T> {
  mode: IndexMode;
  /** Rows in reading order: group by group when paged. */
  items: T[];
  starts: number[];
  /** Where each group begins (empty in whole mode, where the table is one). */
  groups: GroupStart[];
  /** The group of each row, in reading order (empty in whole mode). */
  keys: string[];
}

/**
 * A listing that stays as given while it fits one page; past that, ordered
 * group by group (groups in `groupOrder`, rows within a group keeping their
 * order, or `within` when given), cut every `perPage` rows, with each group's first page.
 */
export function groupedListing<T>(
  items: T[],
  perPage: number,
  groupOf: (item: T) => string,
  groupOrder: (group: string) => number | string,
  within?: (a: T, b: T) => number,
): GroupedListing<T> {
  if (indexMode(items.length, perPage) === 'whole') return { mode: 'whole', items, starts: [0], groups: [], keys: [] };
  // Each row's group is worked out once (it may cost a pinyin lookup), not in every comparison.
  const decorated = items.map((item) => {
    const group = groupOf(item);
    return { item, group, rank: groupOrder(group) };
  });
  decorated.sort((a, b) => {
    // Code-point order for string ranks: a locale would put # and ~ before the letters.
    const byGroup =
      typeof a.rank === 'number' && typeof b.rank === 'number'
        ? a.rank - b.rank
        : String(a.rank) < String(b.rank)
          ? -1
          : String(a.rank) > String(b.rank)
            ? 1
            : 0;
    return byGroup || (within ? within(a.item, b.item) : 0);
  });
  const starts = cutEvery(decorated.length, perPage);
  const keys = decorated.map((d) => d.group);
  return { mode: 'paged', items: decorated.map((d) => d.item), starts, groups: groupStarts(keys, starts), keys };
}

/** A ranking cut into pages of `perPage` rows, no groups: the order is the point. */
export function rankedListing<T>(items: T[], perPage: number): GroupedListing<T> {
  return { mode: indexMode(items.length, perPage), items, starts: cutEvery(items.length, perPage), groups: [], keys: [] };
}

/**
 * The name a body is filed under: without the level that prefixes most names
 * (市审批局 under 审批局, 省发展改革委 under 发展改革委), which would otherwise file
 * nearly every body under S. 市场/市政/市直 are words of their own and stay.
 */
export function unitSortName(name: string): string {
  const stripped = name.replace(/^(?:省|市(?![场政直])|州|县|区)/, '');
  return stripped.length >= 2 ? stripped : name;
}

/** The initial letter (A–Z) a body is filed under, by the pinyin of its sort name; # for names that start with no Han character or letter. */
export function unitInitial(name: string): string {
  const first = [...unitSortName(name)][0] ?? '';
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  if (!/\p{Script=Han}/u.test(first)) return '#';
  const letter = pinyin(first, { pattern: 'first', toneType: 'none' }).toUpperCase();
  return /^[A-Z]$/.test(letter) ? letter : '#';
}

/** Letters in order, # last. */
export function letterOrder(letter: string): string {
  return letter === '#' ? '~' : letter;
}

/**
 * The units index: as ranked (most tasks first) while short, else filed by
 * initial letter, then by sort name in pinyin order. A body files under its
 * canonical name (市场监督管理局), not its place, when it has one.
 */
export function unitIndexListing<U extends { name: string; sortName?: string }>(units: U[], perPage = UNITS_PER_PAGE): GroupedListing<U> {
  const sortName = (u: U) => u.sortName ?? unitSortName(u.name);
  return groupedListing(
    units,
    perPage,
    (u) => unitInitial(sortName(u)),
    letterOrder,
    (a, b) => sortName(a).localeCompare(sortName(b), 'zh') || a.name.localeCompare(b.name, 'zh'),
  );
}

/** The id a group's first row carries on its page: letter-A …, letter-other for #. */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter}`;
}
