// What two measures are about, read from their subject lines (their opening
// words: a title's first clause, else the text's, where a plan says what the
// item does): the tracked reform both name. Rows of counterparts (counterparts.ts) read this
// as a weak link: texts written anew under one reform share few characters,
// so the character analysis misses them (a site review found 陕西's
// 试点推行市场监管领域“一业一证”改革 in no row beside 银川's 优化…“一业一证”模块功能).
// A rare term of five characters both heads hold was read too and not kept:
// ICU's words cut 不动产登记 and 标准化水平 into terms no reader would call one
// thing (tests/fixtures/labels/README.md, rows, eighth draw). Pure functions.
import { reformWordIn } from './reform-order.ts';
import { SERVICE_MODE } from './text-kinship.ts';

/** A measure as this reads it: its id and the tracked reforms it names. */
interface Named {
  id: string;
  /** Ids of the tracked reforms (content/analysis/reforms.json) the measure names. */
  reforms?: readonly string[];
}

/** A reform more measures of a page than this are about is the page's common ground, not one thing done. */
const REFORM_HOLDERS = 6;
/** A head naming more reforms than this lists them: it is about none. */
const REFORMS_IN_HEAD = 2;

/**
 * Pairs of measures whose subject lines (`subjectOf`: counterparts.ts
 * openingWords) name the same tracked reform, its other written forms
 * counted (REFORM_VARIANTS): 加大“个转企”支持力度 and 支持个体工商户转型企业. A way of serving (一件事, 一窗, 一网通办) is applied to
 * any matter and names none (readers of rows-7 found 银川's 用工登记“一件事一次办”
 * beside 铜川's graduates' services), and a reform more than REFORM_HOLDERS
 * measures of the page are about says nothing of which two belong together.
 */
export function sameReformSubject(
  measures: readonly Named[],
  subjectOf: (id: string) => string | null,
  reformName: ReadonlyMap<string, string>,
): [string, string][] {
  const about = new Map<string, string[]>();
  for (const m of measures) {
    const line = subjectOf(m.id) ?? '';
    const named = (m.reforms ?? []).filter((id) => {
      const name = reformName.get(id);
      return name !== undefined && reformWordIn(line, name) !== undefined;
    });
    if (named.length > REFORMS_IN_HEAD) continue;
    for (const id of named) if (!SERVICE_MODE.test(reformName.get(id)!)) about.set(id, [...(about.get(id) ?? []), m.id]);
  }
  const pairs = new Set<string>();
  for (const ids of about.values()) {
    if (ids.length > REFORM_HOLDERS) continue;
    const list = [...ids].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pairs.add(`${list[i]}\n${list[j]}`);
  }
  return [...pairs].map((p) => p.split('\n') as [string, string]);
}
