// How a reform's page stays under the page budget when hundreds of documents
// adopt it: the whole timeline while it fits, else a summary (a row per place,
// the first adoption in each province on the chart) and the adoptions cut into
// pages, in the same chronological order. Pure functions over plain records.
import type { Reform } from '../schemas/analysis.ts';
import { cutPages, groupStarts, LISTING_BUDGET_BYTES } from './budget.ts';

type Adoption = Reform['adoptions'][number];

/** An adoption in the list (heading, document line) and its dot and table row in the timeline, measured on the built site. */
export const ADOPTION_BYTES = 1500;
/** A measure card of 200 characters on a reform page. */
export const REFORM_CARD_BYTES = 900;

export function adoptionBytes(adoption: Pick<Adoption, 'measureIds'>): number {
  return ADOPTION_BYTES + adoption.measureIds.length * REFORM_CARD_BYTES;
}

/** Dated adoptions by date (ties keep their order), then the undated ones: the order the page reads in. */
export function chronological<A extends Pick<Adoption, 'date'>>(adoptions: A[]): A[] {
  return [...adoptions.filter((a) => a.date).sort((a, b) => a.date!.localeCompare(b.date!)), ...adoptions.filter((a) => !a.date)];
}

export type ReformPageMode = 'whole' | 'paged';

export function reformPageMode(adoptions: Pick<Adoption, 'measureIds'>[], budget = LISTING_BUDGET_BYTES): ReformPageMode {
  return adoptions.reduce((n, a) => n + adoptionBytes(a), 0) <= budget ? 'whole' : 'paged';
}

export interface AdoptionPlace {
  id: string;
  name: string;
  province: string;
}

export interface ReformPlaceRow {
  place: AdoptionPlace;
  documents: number;
  /** Earliest stated date among the place's adopting documents (null when none states one). */
  first: string | null;
  /** The page (1-based) of the place's first adoption in the chronological list. */
  page: number;
}

export interface ReformListing<A extends Adoption> {
  mode: ReformPageMode;
  /** Adoptions in reading order. */
  adoptions: A[];
  /** Start index of each page (a single page in whole mode). */
  starts: number[];
  /** The place of each adoption, in reading order. */
  placeIds: string[];
  /** A row per place, in the places' order (province by province). */
  places: ReformPlaceRow[];
}

/**
 * A reform's adoptions in reading order, cut into pages when they exceed the
 * budget, with a row per place saying how many of its documents adopt the
 * reform, when first, and on which page its first adoption is.
 */
export function reformListing<A extends Adoption>(
  reform: { adoptions: A[] },
  placeOf: (adoption: A) => AdoptionPlace,
  placeOrder: (placeId: string) => number,
  budget = LISTING_BUDGET_BYTES,
): ReformListing<A> {
  const adoptions = chronological(reform.adoptions);
  const mode = reformPageMode(adoptions, budget);
  const starts = mode === 'whole' ? [0] : cutPages(adoptions.map(adoptionBytes), budget);
  const places = adoptions.map(placeOf);
  const placeIds = places.map((p) => p.id);
  const byId = new Map(places.map((p) => [p.id, p]));
  const rows = groupStarts(placeIds, starts).map((g) => {
    const own = adoptions.filter((_, i) => placeIds[i] === g.key);
    return {
      place: byId.get(g.key)!,
      documents: new Set(own.map((a) => a.documentId)).size,
      first: own.find((a) => a.date)?.date ?? null,
      page: g.page,
    };
  });
  rows.sort((a, b) => placeOrder(a.place.id) - placeOrder(b.place.id) || a.place.name.localeCompare(b.place.name, 'zh'));
  return { mode, adoptions, starts, placeIds, places: rows };
}

/**
 * The timeline of a paged reform page: each province's first adoption (the
 * earliest dated, else its first undated one), so the chart shows how the
 * reform spread across provinces with at most one lane per province.
 */
export function firstPerProvince<A extends Pick<Adoption, 'date' | 'province'>>(adoptions: A[]): A[] {
  const first = new Map<string, A>();
  for (const a of chronological(adoptions)) if (!first.has(a.province)) first.set(a.province, a);
  return [...first.values()];
}
