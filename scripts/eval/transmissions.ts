// The transmissions (scripts/build-site/analysis/transmission.ts) against a
// blind reading of items drawn from each upstream plan
// (transmissions.sample.json, draw-transmissions.ts; readings/transmission-P*.jsonl,
// guides/transmissions.md): whether the implementing document takes an item on,
// in which measure, and whether it keeps the item's numbers and deadlines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis } from '../build-site/analysis/analyze.ts';
import { root } from './corpus.ts';
import { jsonl, type Split } from './labels.ts';
import { pct } from './themes.ts';

/** The items drawn from each pair's upstream plan and every measure of its implementing document, as the readers saw them (draw-transmissions.ts writes it). */
export interface TransmissionSample {
  pairs: {
    id: string;
    upstream: string;
    downstream: string;
    items: { ref: string; key: string; split: Split; text: string; path: string[] }[];
    measures: { ref: string; key: string; text: string; path: string[] }[];
  }[];
}

interface TransmissionReading {
  item: string;
  taken: boolean;
  measures: string[];
  commitments: 'none' | 'same' | 'changed' | 'dropped' | null;
  what?: string;
  why: string;
}

export interface TransmissionScore {
  items: number;
  /** Items the reader and the site both call taken on, or both not. */
  agree: number;
  readerTaken: number;
  siteTaken: number;
  /** Items both call taken on (of the reader's: found; of the site's: held right), and of them those where a measure the site names is one the reader names. */
  both: number;
  sameMeasure: number;
  /** Of the items both call taken on, those where the site and the reader agree whether the commitments stand. */
  commitmentsAgree: number;
  /** Items the reader says change or drop a commitment, and of them those the site marks changed. */
  readerChanged: number;
  siteChanged: number;
  mismatches: string[];
}

export function scoreTransmissions(corpus: Analysis, split?: Split): TransmissionScore {
  const sample = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/labels/transmissions.sample.json'), 'utf8')) as TransmissionSample;
  const keyOf = new Map(corpus.documents.flatMap((d) => d.measures).map((m) => [m.id, `${m.source.file}:${m.source.line}`]));
  const s: TransmissionScore = {
    items: 0,
    agree: 0,
    readerTaken: 0,
    siteTaken: 0,
    both: 0,
    sameMeasure: 0,
    commitmentsAgree: 0,
    readerChanged: 0,
    siteChanged: 0,
    mismatches: [],
  };
  sample.pairs.forEach((pair, p) => {
    const transmission = corpus.transmissions.find((t) => t.id === pair.id);
    const readings = new Map(jsonl<TransmissionReading>(`readings/transmission-P${p + 1}.jsonl`).map((r) => [r.item, r]));
    const measureKey = new Map(pair.measures.map((m) => [m.ref, m.key]));
    for (const item of pair.items.filter((i) => !split || i.split === split)) {
      const reading = readings.get(item.ref);
      if (!reading) continue;
      const row = transmission?.rows.find((r) => r.upstream && keyOf.get(r.upstream) === item.key);
      const siteTaken = row?.kind === 'kept' || row?.kind === 'changed';
      const siteMeasures = siteTaken ? [row!.downstream!, ...(row!.alsoDownstream ?? [])].map((id) => keyOf.get(id)) : [];
      const readerMeasures = new Set(reading.measures.map((ref) => measureKey.get(ref)));
      s.items++;
      if (siteTaken === reading.taken) s.agree++;
      else
        s.mismatches.push(
          `${item.ref} ${item.key}: site ${row?.kind ?? 'no row'}, reader ${reading.taken ? `taken in ${reading.measures.join(' ')}` : 'not taken'} — ${reading.why}`,
        );
      if (reading.taken) s.readerTaken++;
      if (siteTaken) s.siteTaken++;
      if (!reading.taken || !siteTaken) continue;
      s.both++;
      if (siteMeasures.some((k) => readerMeasures.has(k))) s.sameMeasure++;
      else s.mismatches.push(`${item.ref} ${item.key}: site's measure ${siteMeasures.join(' ')} is not the reader's ${reading.measures.join(' ')}`);
      const readerChanged = reading.commitments === 'changed' || reading.commitments === 'dropped';
      if (readerChanged) s.readerChanged++;
      if (readerChanged && row!.kind === 'changed') s.siteChanged++;
      if (readerChanged === (row!.kind === 'changed')) s.commitmentsAgree++;
      else s.mismatches.push(`${item.ref} ${item.key}: site ${row!.kind}, reader ${reading.commitments} — ${reading.what ?? reading.why}`);
    }
  });
  return s;
}

export function transmissionFigures(s: TransmissionScore): string {
  return `${s.items} items · taken on or not, agree ${pct(s.agree, s.items)} · reader's taken found ${pct(s.both, s.readerTaken)} of ${s.readerTaken} · site's taken the reader holds taken ${pct(s.both, s.siteTaken)} of ${s.siteTaken} · the same measure ${pct(s.sameMeasure, s.both)} of ${s.both} · commitments kept or not, agree ${pct(s.commitmentsAgree, s.both)} (reader's changed or dropped marked changed: ${s.siteChanged} of ${s.readerChanged})`;
}
