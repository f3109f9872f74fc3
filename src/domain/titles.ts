// How documents and places are named where space is short.
import type { Level } from '../schemas/document.ts';
import { LEVEL_LABEL } from '../schemas/labels.ts';

/**
 * A document's title without the covering notice around it: 《…》 of
 * “XX人民政府关于印发《…》的通知” — the plan itself, as readers name it. Used
 * where a measure lists documents elsewhere: five per measure on a long
 * document, so the wrapper alone would be a sizeable share of the page.
 */
export function shortTitle(title: string): string {
  const core = title
    .replace(/^.*?关于印发/, '')
    .replace(/的通知$/, '')
    .replace(/^《(.*)》$/, '$1');
  return core || title;
}

/** A place as a comparison names it: a province's own documents are 陕西省级, not 陕西省 (which would include its cities). */
export function placeLabel(place: { level: Level; province: string; city?: string | null; name?: string }): string {
  return place.level === 'province' ? `${place.province}${LEVEL_LABEL.province}` : (place.city ?? place.name ?? place.province);
}
