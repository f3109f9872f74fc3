// Comparison across places, as pure functions over plain records, so the
// pages, the CSV downloads and the tests read the same tables.
import type { CellState, Metric } from '../schemas/analysis.ts';
import type { PolicyDocument } from '../schemas/document.ts';
import type { Measure } from '../schemas/measure.ts';
import type { Theme } from '../schemas/theme.ts';
import { findCity, findProvince } from './places.ts';
import { bookTitle, issuedByDepartment, placeLabel } from './titles.ts';
import { onePerPromise, ownTargets, PROCEDURAL_THEME, quantityKey, targetLabel, targetTheme, targetYears, yearLabel } from './target-key.ts';

/** A column of comparison: a province's own (provincial) documents, or a city's. */
export interface Place {
  id: string;
  name: string;
  province: string;
  level: 'province' | 'city';
  url: string;
  documentIds: string[];
  /** Some of its documents lack annexes the sources leave out or print without text (see lacksAnnexes). */
  lacksAnnexes: boolean;
}

/**
 * The years a place's documents were issued (2020、2023), 未注明 for one that
 * states none: a matrix puts places side by side whose plans may be years
 * apart (石嘴山's column is mostly its 2020 plan), and says so under each name.
 */
export function placeYears(place: Pick<Place, 'documentIds'>, yearOf: (documentId: string) => number | null | undefined): string {
  const years = [...new Set(place.documentIds.map((id) => yearOf(id) ?? null))];
  const stated = years.filter((y): y is number => y !== null).sort((a, b) => a - b);
  return [...stated.map(String), ...(years.includes(null) ? ['未注明'] : [])].join('、');
}

/** A matrix column: the place, when its documents were issued, what the sources lack of them, and how many they hold. */
export interface MatrixColumn {
  id: string;
  label: string;
  href: string;
  years: string;
  lacksAnnexes: boolean;
  documents: number;
  /** The department that issued the place's only document, when a department did (西安市住房和城乡建设局). */
  department?: string;
}

export function matrixColumns(
  places: Place[],
  yearOf: (documentId: string) => number | null | undefined,
  documentOf: (documentId: string) => Pick<PolicyDocument, 'issuers'> | undefined,
): MatrixColumn[] {
  return places.map((p) => {
    const only = p.documentIds.length === 1 ? documentOf(p.documentIds[0]!) : undefined;
    return {
      id: p.id,
      label: placeLabel(p),
      href: p.url,
      years: placeYears(p, yearOf),
      lacksAnnexes: p.lacksAnnexes,
      documents: p.documentIds.length,
      ...(only && issuedByDepartment(only) ? { department: only.issuers.join('、') } : {}),
    };
  });
}

/**
 * Whether some of a place's documents lack annexes the sources leave out (附件：…（略）) or print without text
 * (blank pages): its cells read the documents' text alone, and a 未涉及 there may be in the annex (庆阳's and
 * 嘉峪关's task lists; a review found them 未涉及 on every theme, unexplained).
 */
export function lacksAnnexes(
  documents: (Pick<PolicyDocument, 'omittedAnnexes' | 'textless'> & { source: Pick<PolicyDocument['source'], 'blankPages'> })[],
): boolean {
  return documents.some((d) => !d.textless && (d.omittedAnnexes?.some((a) => !CONTACT_LIST.test(a)) || d.source.blankPages));
}

/** An annex of contacts (西安's 涉及部门联系方式) holds no measures: its absence leaves the comparison whole. */
const CONTACT_LIST = /联系方式|联系人|通讯录/;

/** Provinces in order, each followed by its cities; a province listed with no document keeps its column. */
export function placesOf(provinces: { name: string; slug: string }[], documents: PolicyDocument[]): Place[] {
  const places: Place[] = [];
  for (const province of provinces) {
    const docs = documents.filter((d) => d.province === province.name);
    const own = docs.filter((d) => d.level === 'province');
    places.push({
      id: province.slug,
      name: findProvince(province.name)?.fullName ?? province.name,
      province: province.name,
      level: 'province',
      url: `/provinces/${province.slug}/`,
      documentIds: own.map((d) => d.id),
      lacksAnnexes: lacksAnnexes(own),
    });
    const cities = [...new Set(docs.map((d) => d.city).filter((c): c is string => Boolean(c)))];
    const order = (c: string) => findProvince(province.name)?.cities.findIndex((x) => x.name === c) ?? 99;
    for (const city of cities.sort((a, b) => order(a) - order(b))) {
      const slug = findCity(city)?.city.slug ?? city;
      const ofCity = docs.filter((d) => d.city === city);
      places.push({
        id: `${province.slug}-${slug}`,
        name: city,
        province: province.name,
        level: 'city',
        url: `/provinces/${province.slug}/${slug}/`,
        documentIds: ofCity.map((d) => d.id),
        lacksAnnexes: lacksAnnexes(ofCity),
      });
    }
  }
  return places;
}

/** The places a matrix shows: every province (its empty state is news), and cities with documents. */
export function matrixPlaces(places: Place[]): Place[] {
  return places.filter((p) => p.documentIds.length > 0 || p.level === 'province');
}

/** A theme × place cell of the matrix, graded as caniuse grades support (see CellState). */
export interface MatrixCell {
  theme: string;
  place: string;
  state: CellState;
  /** Measures of the place whose primary theme this is: the place acts on the theme. */
  count: number;
  /** Measures that touch the theme as their secondary one, counted apart. */
  secondaryCount: number;
  targetCount: number;
  /** Short numbered notes: the comparable targets set (what is measured: phrase (year)), at most three. */
  notes: string[];
  /** Distinct targets beyond the notes, which the cell says it leaves to the theme page. */
  moreNotes: number;
  href: string;
}

/** Where comparisons count a measure: its place's id, and the measure restating it, if one does. */
export interface MeasurePlacing {
  placeId: string | null;
  /** The measure restating it that is closest to it (restatements.ts); null when it counts itself. */
  restatedBy: string | null;
  /** Every measure restating it, `restatedBy` first: a plan item broken into six rows names all six. */
  restatedByAll: string[];
  /** Whether it counts as its place acting on its primary theme (countsForPlace): the matrix's counts are these rows'. */
  counted: boolean;
}

/** Each measure's placing (the downloads say both, so an analyst can rebuild the matrix's counts). */
export function placingOf(places: Place[], restated: Restated): (m: Pick<Measure, 'id' | 'documentId' | 'practiceFrom'>) => MeasurePlacing {
  const placeOf = new Map(places.flatMap((p) => p.documentIds.map((id) => [id, p.id] as const)));
  return (m) => ({
    placeId: placeOf.get(m.documentId) ?? null,
    restatedBy: restated.get(m.id)?.by ?? null,
    restatedByAll: restated.get(m.id)?.all ?? [],
    counted: countsForPlace(m, restated),
  });
}

/** Measures a later document of the same place restates (restatements.ts): counted once, as their restatement. */
export interface Restated {
  has(measureId: string): boolean;
  /** The measure that restates it (the first of `all`). */
  get(measureId: string): { by: string; all: string[] } | undefined;
}
export const NONE_RESTATED: Restated = { has: () => false, get: () => undefined };

/**
 * The measures with the targets their restatement states again dropped: a plan item's 200家 and the
 * task-list row restating it are one promise, listed and counted once, as the row's (where the two
 * copies got different themes, a site review found the promise in two themes' target lists).
 */
export function targetsOnce<M extends Pick<Measure, 'id' | 'targets'>>(measures: M[], restated: Restated): M[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  return measures.map((m) => {
    // Every entry restating it: a task's 200家 may be stated again in its third 具体举措, not its first.
    const restaters = (restated.get(m.id)?.all ?? []).flatMap((id) => byId.get(id) ?? []);
    if (!restaters.length) return m;
    const again = new Set(restaters.flatMap((r) => r.targets.map((t) => `${t.value}|${t.unit}`)));
    const own = m.targets.filter((t) => !again.has(`${t.value}|${t.unit}`));
    return own.length === m.targets.length ? m : { ...m, targets: own };
  });
}

/**
 * Does a measure count as its place acting on its themes? Not where a later document of the place
 * restates it (it counts as that), nor where it copies another place's practice (practiceFrom:
 * a 复制推广 notice hands those out to learn from, no commitment of its issuer).
 */
export const countsForPlace = (m: Pick<Measure, 'id' | 'practiceFrom'>, restated: Restated) => !m.practiceFrom && !restated.has(m.id);

export function themeMatrix(
  themes: Theme[],
  places: Place[],
  measures: Measure[],
  metrics: Metric[] = [],
  restated: Restated = NONE_RESTATED,
  yearOfDocument: (documentId: string) => number | null | undefined = () => undefined,
): MatrixCell[] {
  const byDocument = groupBy(targetsOnce(measures, restated), (m) => m.documentId);
  const metricById = new Map(metrics.map((m) => [m.id, m]));
  const themeOf = targetTheme(metrics);
  // Each place's measures, and its targets by the theme they count on, found once for every theme:
  // a target counts where its theme page lists it (targetTheme; a quantity it can name, quantityKey),
  // so 陕西's 工作目标, promising 用水 in 7 个工作日, gives the water-gas cell a target.
  const held = new Map(
    places.map((place) => {
      const all = place.documentIds.flatMap((id) => byDocument.get(id) ?? []);
      // In document order, then the measure's: the national and a province's matrix note the same targets first.
      const order = new Map(place.documentIds.map((id, i) => [id, i]));
      const listed = [...all]
        .sort((a, b) => order.get(a.documentId)! - order.get(b.documentId)! || a.ordinal - b.ordinal)
        .flatMap((m) =>
          ownTargets(m)
            .filter((t) => quantityKey(t) !== null)
            .map((t) => ({ t, m, theme: themeOf(t, m) })),
        );
      // A place whose text only covers the carrying out of annexes the sources lack (嘉峪关's and 庆阳's
      // notices of 复制推广 reforms) cannot be judged on any theme: a review read their 未涉及 as "addressed nothing".
      const unjudged = all.length === 0 || (place.lacksAnnexes && all.every((m) => m.themes[0] === PROCEDURAL_THEME));
      return [place.id, { all, unjudged, targetsOn: groupBy(listed, (x) => x.theme ?? '') }] as const;
    }),
  );
  return themes.flatMap((theme) =>
    places.map((place) => {
      const { all, unjudged, targetsOn } = held.get(place.id)!;
      const own = all.filter((m) => m.themes[0] === theme.id && countsForPlace(m, restated));
      const secondaryCount = all.filter((m) => m.themes.indexOf(theme.id) > 0 && countsForPlace(m, restated)).length;
      const on = targetsOn.get(theme.id) ?? [];
      // Each promise once, as the theme page lists it: a task list restating its plan's target is no second target.
      const targets = [...groupBy(on, (x) => quantityKey(x.t)!).values()].flatMap((same) =>
        onePerPromise(same, (x) => ({ target: x.t, deadline: x.m.deadline, place: place.id })),
      );
      const notes = notesFor(on, metricById, yearOfDocument);
      // A target set on the theme by a measure of another primary theme (it then has the theme as a
      // secondary one) still makes the cell one with a target, though no measure counts in it.
      // A place whose documents yield no measure at all (its text is not in the sources) holds no data.
      const state: CellState = targets.length ? 'target' : own.length ? 'measures' : unjudged ? 'no-documents' : 'none';
      return {
        theme: theme.id,
        place: place.id,
        state,
        count: own.length,
        secondaryCount,
        targetCount: targets.length,
        notes: notes.slice(0, MAX_NOTES),
        moreNotes: Math.max(0, notes.length - MAX_NOTES),
        // With no measure of its own there, the cell leads to the measures that set its target, listed apart.
        href: `/compare/${theme.id}/#${own.length ? place.id : `secondary-${place.id}`}`,
      };
    }),
  );
}

/**
 * The comparable targets a place set on the theme, as short notes: what each measures, with its qualifier (石嘴山's 获得用水时间（无外线工程）,
 * not a bare 获得用水时间 beside 陕西's), or its clause's subject where it has no
 * metric, so every graded cell says what its grade rests on (a site review
 * found 38 of 82 without a note).
 */
function notesFor(
  targets: { t: Measure['targets'][number]; m: Measure }[],
  metricById: Map<string, Metric>,
  yearOfDocument: (documentId: string) => number | null | undefined,
): string[] {
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const { t, m } of targets) {
    const label = targetLabel(t, metricById) || '未归类指标';
    // A plan and its annex state one promise twice (石嘴山's 40亿元 of new loans): one note.
    const promise = `${label}|${t.kind}|${t.value}|${t.unit}|${t.year ?? ''}`;
    if (seen.has(promise)) continue;
    seen.add(promise);
    // Plans years apart sit side by side: each note says which year its number is for, as the theme page does.
    const year = yearLabel({ year: t.year, ...targetYears(t, m, yearOfDocument) });
    notes.push(`${label}：${t.text}${year ? `（${year}）` : ''}`);
  }
  return notes;
}

/** Notes a cell quotes; the rest it counts and leaves to the theme page. */
const MAX_NOTES = 3;

/**
 * The measures of each place on a theme, in document order: those whose primary
 * theme it is, and apart from them those that touch it as a secondary theme.
 * A measure a later document of the place restates is neither: it stands apart,
 * counted once as its restatement. A copied practice (practiceFrom) is not the
 * place's and stays on its document's page only.
 */
export function themeColumns<M extends Measure>(theme: string, places: Place[], measures: M[], restated: Restated = NONE_RESTATED): ThemeColumn<M>[] {
  const byDocument = groupBy(targetsOnce(measures, restated), (m) => m.documentId);
  return places
    .filter((p) => p.documentIds.length > 0)
    .map((place) => {
      const all = place.documentIds.flatMap((id) => byDocument.get(id) ?? []);
      const counted = all.filter((m) => countsForPlace(m, restated));
      return {
        place,
        measures: counted.filter((m) => m.themes[0] === theme),
        secondary: counted.filter((m) => m.themes.indexOf(theme) > 0),
        restated: all.filter((m) => m.themes[0] === theme && restated.has(m.id)),
      };
    })
    .filter((c) => c.measures.length > 0 || c.secondary.length > 0 || c.restated.length > 0);
}

export interface ThemeColumn<M extends Measure = Measure> {
  place: Place;
  /** Measures whose primary theme this is. */
  measures: M[];
  /** Measures that touch the theme as a secondary one. */
  secondary: M[];
  /** Measures of the theme that a later document of the place restates: shown apart, not counted. */
  restated: M[];
}

/** How to cite a measure: document title, 文号, date, clause path, URL. */
export function citation(measure: Measure, document: PolicyDocument, siteUrl: string): string {
  // A title inside the title is marked 〈〉, as a book title within one is written (《…印发〈…50条措施〉》).
  const title = document.title.replace(/《/g, '〈').replace(/》/g, '〉');
  const parts = [
    `${document.issuers.join('、') || document.city || document.province}：${bookTitle(title)}`,
    document.docNumber,
    document.date,
    locator(measure),
    new URL(measure.url, siteUrl).href,
  ];
  return parts.filter(Boolean).join('，');
}

/** A measure's page, or pages where it runs over a break (1743–1744). */
export const pagesOf = (source: Pick<Measure['source'], 'page' | 'endPage'>): string =>
  source.endPage ? `${source.page}–${source.endPage}` : `${source.page}`;

/**
 * Where a measure stands in its source, as a reader finds it again: file,
 * lines (of the extracted text for a PDF, Word, Excel or web page), page,
 * and an Excel cell (sources/002….txt 第 6099–6103 行，第 1603 页).
 */
export function sourceLocator(source: Measure['source'], extracted: boolean): string {
  const lines = source.endLine > source.line ? `${source.line}–${source.endLine}` : `${source.line}`;
  return [
    `${source.file} ${extracted ? '提取文本' : ''}第 ${lines} 行`,
    source.page !== null ? `第 ${pagesOf(source)} 页` : null,
    source.cell ? `单元格 ${source.cell}` : null,
  ]
    .filter(Boolean)
    .join('，');
}

/** Numbering alone (一、, 十、, （三）, 第五条): a heading whose words were lost, or an item that has none. */
const NUMBERING_ONLY = /^[\s一二三四五六七八九十百零〇（）()、.．\d第条章节款项]*$/;

/** Where in the document: the headings and item number, and where those are numbering alone, the measure's opening words. */
function locator(measure: Measure): string {
  // A table row's label is its bare 序号 (12): said as such, or a reader takes it for a page.
  const label = /^\d+$/.test(measure.label) ? `序号${measure.label}` : measure.label;
  const place = [...measure.path, label].filter(Boolean).join(' ');
  if (!NUMBERING_ONLY.test(place)) return place;
  const words = (measure.title ?? measure.text).replace(/\s+/g, '');
  const opening = words.length > 20 ? `${words.slice(0, 20)}…` : words;
  return [place, `“${opening}”`].filter(Boolean).join(' ');
}

export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
