// Dates and counts the way Chinese readers write them.

/** 2023-06-03 → 2023年6月3日 */
export function chineseDate(iso: string | null | undefined): string {
  if (!iso) return '未注明';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2023-06-03 → 2023年6月 */
export function chineseMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${y}年${m}月`;
}

export const LEVEL_LABEL: Record<string, string> = { province: '省级', city: '市级' };

export const DEADLINE_KIND_LABEL: Record<string, string> = {
  date: '限期',
  ongoing: '长期',
  multiple: '分阶段',
  unreadable: '未能识别',
};

export const UNIT_ORIGIN_LABEL: Record<string, string> = {
  column: '表格列',
  item: '条目原文',
  heading: '上级标题',
  'document-rule': '文件统一规定',
  none: '未注明',
};

export function comparatorLabel(c: string): string {
  return c === '<=' ? '≤' : c === '>=' ? '≥' : '=';
}

/** Said beside units that were not written in the measure itself (column or item). */
export const UNIT_ORIGIN_NOTE: Record<string, string | undefined> = {
  heading: '据上级标题',
  'document-rule': '据文件统一规定',
};

/**
 * A document's title without the covering notice around it: 《…》 of
 * “XX人民政府关于印发《…》的通知” — the plan itself, as readers name it. Used
 * where a measure lists documents elsewhere: five per measure on a long
 * document, so the wrapper alone would be a sizeable share of the page.
 */
export function shortTitle(title: string): string {
  const core = title.replace(/^.*?关于印发/, '').replace(/的通知$/, '').replace(/^《(.*)》$/, '$1');
  return core || title;
}
