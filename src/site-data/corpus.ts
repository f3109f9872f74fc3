// The corpus as the site reads it: documents and provinces from the content
// collections, measures from the measure store (measures.ts), grouped once per
// build for every page that needs them.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { byDateDesc } from '../domain/document-order.ts';
import { buildDay } from '../domain/dates.ts';
import { findCity, findProvince, NORTHWEST } from '../domain/places.ts';
import type { Measure } from '../schemas/measure.ts';
import { similarApart } from '../paging/document-pages.ts';
import { placesOf, type Place } from '../domain/compare.ts';
import { restatedFromOf, restatedMeasures, restatementLinks, type Restatement } from '../domain/restatements.ts';
import { nameBodies, readMeasures } from './measures.ts';
import { rankingBodiesOf, type RankingBodies } from '../domain/units.ts';

export type DocumentEntry = CollectionEntry<'documents'>;
export type MeasureRecord = Measure;

export interface ProvinceView {
  name: string;
  fullName: string;
  slug: string;
  url: string;
  /** The sources list the province with no document (青海（暂无）). */
  listedEmpty: boolean;
  documents: DocumentEntry[];
  provincial: DocumentEntry[];
  cities: CityView[];
}

export interface CityView {
  name: string;
  slug: string;
  url: string;
  province: string;
  documents: DocumentEntry[];
}

export interface Corpus {
  documents: DocumentEntry[];
  measures: MeasureRecord[];
  measuresByDocument: Map<string, MeasureRecord[]>;
  /** Lookups every page shares: built once, never per page or per measure (at 100× that is the difference between seconds and hours). */
  documentById: Map<string, DocumentEntry>;
  /** The year a document was issued, or null (what a 2020 plan's value beside a 2023 one's is dated by). */
  yearOfDocument: (documentId: string) => number | null | undefined;
  measureById: Map<string, MeasureRecord>;
  documentDataById: Map<string, DocumentEntry['data']>;
  titleById: Map<string, string>;
  /** The places comparisons set side by side: each province's own documents, then each city's. */
  places: Place[];
  /** Measures a later document of the same place, or their own document's annex, restates: counted once, as the restatement. */
  restated: Map<string, Restatement>;
  /** The other way: each restating entry's items (a ledger entry's plan item). */
  restatedFrom: Map<string, string[]>;
  /** Documents whose similar measures are on a page of their own (/documents/<id>/similar/, src/paging/document-pages.ts). */
  similarApart: Set<string>;
  provinces: ProvinceView[];
  /** Newest document date: the date the corpus speaks for (资料截至). */
  sourcesAsOf: string | null;
  /** The day deadlines are judged past due on: the build day (`buildDay`), never the sources' date. */
  asOf: string;
  years: number[];
  /** How rankings of bodies read them: collectives (各区县: kind `group`) apart, each division as its department. */
  rankingBodies: RankingBodies;
}

let cached: Promise<Corpus> | undefined;

export function loadCorpus(): Promise<Corpus> {
  cached ??= build();
  return cached;
}

/** A document's MDX page, compiled: its content and headings. */
export function renderDocument(entry: DocumentEntry) {
  return render(entry);
}

export function provinceUrl(slug: string): string {
  return `/provinces/${slug}/`;
}

export function cityUrl(provinceSlug: string, citySlug: string): string {
  return `/provinces/${provinceSlug}/${citySlug}/`;
}

/** Breadcrumbs from browsing by place down to a document's place: 按地区浏览 › province › city. */
export function placeCrumbs(d: { province: string; city: string | null }): { label: string; href: string }[] {
  const provinceSlug = findProvince(d.province)?.slug ?? d.province;
  return [
    { label: '按地区浏览', href: '/provinces/' },
    { label: d.province, href: provinceUrl(provinceSlug) },
    ...(d.city ? [{ label: d.city, href: cityUrl(provinceSlug, citySlugOf(d.city)) }] : []),
  ];
}

export function citySlugOf(city: string): string {
  return findCity(city)?.city.slug ?? `c-${[...city].map((c) => c.codePointAt(0)!.toString(36)).join('')}`;
}

async function build(): Promise<Corpus> {
  const documents = (await getCollection('documents')).sort(byDateDesc);
  const measures = await readMeasures();
  const bodies = (await getCollection('bodies')).map((e) => e.data);
  nameBodies(measures, new Map(bodies.map((b) => [b.id, b.name])));
  const measuresByDocument = new Map<string, MeasureRecord[]>();
  for (const m of measures) {
    const list = measuresByDocument.get(m.documentId);
    if (list) list.push(m);
    else measuresByDocument.set(m.documentId, [m]);
  }
  for (const list of measuresByDocument.values()) list.sort((a, b) => a.ordinal - b.ordinal);

  const listed = (await getCollection('provinces')).map((p) => p.data);
  const order = (name: string) => (NORTHWEST.includes(name) ? NORTHWEST.indexOf(name) : NORTHWEST.length);
  const provinces: ProvinceView[] = listed
    .sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name, 'zh'))
    .map((p) => {
      const docs = documents.filter((d) => d.data.province === p.name);
      const cityNames = [...new Set(docs.map((d) => d.data.city).filter((c): c is string => Boolean(c)))];
      const known = findProvince(p.name);
      const cities = cityNames
        .map((name) => {
          const slug = citySlugOf(name);
          return { name, slug, url: cityUrl(p.slug, slug), province: p.name, documents: docs.filter((d) => d.data.city === name) };
        })
        // Cities in the gazetteer's order, then any other by name.
        .sort((a, b) => {
          const ia = known?.cities.findIndex((c) => c.name === a.name) ?? -1;
          const ib = known?.cities.findIndex((c) => c.name === b.name) ?? -1;
          return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.name.localeCompare(b.name, 'zh');
        });
      return {
        name: p.name,
        fullName: p.fullName,
        slug: p.slug,
        url: provinceUrl(p.slug),
        listedEmpty: p.listedEmpty,
        documents: docs,
        provincial: docs.filter((d) => d.data.level === 'province'),
        cities,
      };
    });
  const dates = documents
    .map((d) => d.data.date)
    .filter((d): d is string => Boolean(d))
    .sort();
  const years = [...new Set(documents.map((d) => d.data.year).filter((y): y is number => y !== null))].sort();
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const measureById = new Map(measures.map((m) => [m.id, m]));
  const documentDataById = new Map(documents.map((d) => [d.id, d.data]));
  const titleById = new Map(documents.map((d) => [d.id, d.data.title]));
  // A plan item restated row by row (a task list, an annex ledger): counted once, and each card links the other.
  const transmissions = (await getCollection('transmissions')).map((e) => e.data);
  const places = placesOf(
    provinces,
    documents.map((d) => d.data),
  );
  const restated = restatedMeasures(transmissions, places, measures);
  const restatedFrom = restatedFromOf(restated);
  // The page's size is estimated with the restatement lines its cards carry (MeasureRestatements).
  const sized = (list: MeasureRecord[]) => list.map((m) => ({ ...m, restatements: restatementLinks(m, restated, restatedFrom, measureById) }));
  const similarApartIds = new Set([...measuresByDocument].filter(([, list]) => similarApart(sized(list))).map(([id]) => id));
  return {
    documents,
    measures,
    measuresByDocument,
    documentById,
    yearOfDocument: (id: string) => documentById.get(id)?.data.year,
    measureById,
    documentDataById,
    titleById,
    similarApart: similarApartIds,
    places,
    restated,
    restatedFrom,
    provinces,
    sourcesAsOf: dates.at(-1) ?? null,
    asOf: buildDay(process.env),
    years,
    rankingBodies: rankingBodiesOf(bodies),
  };
}
