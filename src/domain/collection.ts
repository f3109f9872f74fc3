// When the collected documents were issued: most come from one compilation of
// a few months, so the order in which places "adopted" a reform is the order
// of the documents held, not of the reforms (a journalist's review read
// 石嘴山 as earliest on 29 reforms only because its 2020 plan is the one older
// file). Pages that order places by date say so with these figures.
import { groupBy } from './compare.ts';
import { chineseDate } from './dates.ts';
import { documentPlace } from './titles.ts';

interface Dated {
  date: string | null;
  compilation: string | null;
  province: string;
  city: string | null;
}

export interface CollectionWindow {
  total: number;
  /** The compilation most documents come from, with how many and the span of their dates. */
  compilation: { name: string; count: number; from: string; to: string } | null;
  /** The dated documents outside it: their place and date, oldest first. */
  others: { place: string; date: string }[];
}

export function collectionWindow(documents: Dated[]): CollectionWindow {
  const byCompilation = groupBy(
    documents.filter((d) => d.compilation),
    (d) => d.compilation!,
  );
  const [name, held] = [...byCompilation].sort((a, b) => b[1].length - a[1].length)[0] ?? [null, []];
  const dates = held.flatMap((d) => (d.date ? [d.date] : [])).sort();
  return {
    total: documents.length,
    compilation: name && dates.length ? { name, count: held.length, from: dates[0]!, to: dates.at(-1)! } : null,
    others: documents
      .filter((d) => d.compilation !== name && d.date)
      .map((d) => ({ place: documentPlace(d), date: d.date! }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
}

/** The caveat in words: 本库所收 42 份文件中，38 份出自《…》（成文于…至…），另有…；时间先后只反映所收文件。 */
export function collectionCaveat(w: CollectionWindow): string {
  if (!w.compilation) return '时间先后只反映本库所收文件的成文日期，不代表各地推行改革的先后。';
  const others = w.others.map((o) => `${o.place}（${chineseDate(o.date)}）`).join('、');
  return `本库所收 ${w.total} 份文件中，${w.compilation.count} 份出自汇编“${w.compilation.name}”，成文于 ${chineseDate(w.compilation.from)} 至 ${chineseDate(w.compilation.to)}${others ? `；其余注明日期的是${others}的文件` : ''}。时间先后只反映所收文件的成文日期，“最早”指所收文件中最早，不代表该地率先推行。`;
}
