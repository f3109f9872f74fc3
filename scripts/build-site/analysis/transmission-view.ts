// What aligning two plans reads of a measure and of a document: a small view
// the ingest cache keeps beside each converted document, so an incremental
// run aligns a thousand plans without reading them whole.
import type { Measure } from '../../../src/schemas/measure.ts';

/** What aligning reads of a measure: which it is, and the fields a change is told by. */
/** `title`, the measure's short title, is what a rewritten measure keeps (null for a task-list row that has none). */
export type TransmissionMeasure = Pick<Measure, 'id' | 'deadline' | 'title'> & {
  targets: (Pick<Measure['targets'][number], 'text' | 'value' | 'unit'> & Partial<Pick<Measure['targets'][number], 'comparator'>>)[];
  /** The first sentence after the title: a rewritten measure often keeps it word for word. */
  opening?: string;
  /** The text, to tell how much of one measure's wording stands in another. */
  text?: string;
  /** The headings it stands under: a task list files its rows under the plan item they detail (目标任务). */
  path?: string[];
};

/**
 * What aligning reads of a document besides its fields: its measures as
 * above and its text (citations). An incremental run at 100× aligns a
 * thousand plans; reading this much of each instead of the whole converted
 * document (bodies, themes, MDX) is what keeps it within seconds.
 */
export interface TransmissionView {
  measures: TransmissionMeasure[];
  /** The document's full text, to find citations. */
  text: string;
}

/** A converted document's view (the cache keeps one beside each document). */
export function transmissionView(d: { measures: Measure[]; text: string }): TransmissionView {
  return {
    measures: d.measures.map((m) => ({
      id: m.id,
      deadline: m.deadline,
      targets: m.targets.map((t) => ({ text: t.text, value: t.value, unit: t.unit, comparator: t.comparator })),
      title: m.title,
      opening: openingOf(m.text, m.title),
      text: m.text,
      path: m.path,
    })),
    text: d.text,
  };
}

/** Openings are read to this many characters. */
const OPENING_CHARS = 60;

/** A measure's first sentence after its title, at most OPENING_CHARS characters, punctuation and spaces dropped. */
export function openingOf(text: string, title: string | null): string {
  const sentences = text
    .split(/[。；\n]/)
    .map((x) => x.replace(/[\s\p{P}\p{S}\d]+/gu, ''))
    .filter(Boolean);
  const first = title && sentences[0]?.endsWith(title.replace(/[\s\p{P}\p{S}\d]+/gu, '')) ? sentences[1] : sentences[0];
  return (first ?? '').slice(0, OPENING_CHARS);
}
