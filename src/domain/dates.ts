// Dates the way Chinese readers write them, and the one rule for when a
// deadline is past due: every page, chart and table asks these.
import type { Deadline } from '../schemas/measure.ts';
import { DEADLINE_STATUS_LABEL, NOT_STATED } from '../schemas/labels.ts';

/** 2023-06-03 → 2023年6月3日; a missing date says so. */
export function chineseDate(iso: string | null | undefined): string {
  if (!iso) return NOT_STATED;
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2023-06 or 2023-06-03 → 2023年6月 */
export function chineseMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${y}年${m}月`;
}

/**
 * A deadline is past due when its (last) date lies before the corpus's as-of
 * date — the newest source's date, never the clock, so a build is the same
 * whenever it runs. Ongoing, undated and unreadable deadlines never are.
 */
export function isPastDue(deadline: Pick<Deadline, 'date'> | null | undefined, asOf: string | null): boolean {
  return Boolean(deadline?.date && asOf && deadline.date < asOf);
}

/** 已过期限 or 未到期限. */
export function deadlineStatus(pastDue: boolean): string {
  return DEADLINE_STATUS_LABEL[pastDue ? 'past-due' : 'pending'];
}
