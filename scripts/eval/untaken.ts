// The tasks a transmission row names as not taken on (src/domain/untaken-tasks.ts,
// the `untaken` field of kept and changed rows) against a blind reading:
// items drawn from each pair of plans (draw-transmissions.ts --tasks, untaken.sample.json),
// their tasks read one by one against the whole implementing document
// (readings/untaken-P1.jsonl …): taken on (yes), in part (partly), or not (no).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis } from '../build-site/analysis/analyze.ts';
import { root } from './corpus.ts';
import { jsonl, type Split } from './labels.ts';
import { pct } from './themes.ts';

export interface UntakenSample {
  pairs: {
    id: string;
    upstream: string;
    downstream: string;
    items: { ref: string; key: string; split: Split; text: string; path: string[]; tasks: string[] }[];
    measures: { ref: string; key: string; text: string; path: string[] }[];
  }[];
}

interface TaskReading {
  item: string;
  task: string;
  taken: 'yes' | 'partly' | 'no';
  measures: string[];
  why: string;
}

export interface UntakenScore {
  tasks: number;
  /** Tasks the site names as not taken on, by the reader's verdict (of the reader's not-taken tasks, `named.no` are named). */
  named: Record<TaskReading['taken'], number>;
  /** The reader's verdicts over all tasks. */
  read: Record<TaskReading['taken'], number>;
  /** The site's misses and false names (tuning part only, for reading). */
  mismatches: string[];
}

const READINGS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'];

export function scoreUntaken(corpus: Analysis, split?: Split): UntakenScore {
  const sample = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/labels/untaken.sample.json'), 'utf8')) as UntakenSample;
  const verdict = new Map(READINGS.flatMap((p) => jsonl<TaskReading>(`readings/untaken-${p}.jsonl`)).map((r) => [`${r.item} ${r.task}`, r.taken]));
  const keyOf = new Map(corpus.documents.flatMap((d) => d.measures).map((m) => [m.id, `${m.source.file}:${m.source.line}`]));
  const zero = () => ({ yes: 0, partly: 0, no: 0 });
  const s: UntakenScore = { tasks: 0, named: zero(), read: zero(), mismatches: [] };
  for (const pair of sample.pairs) {
    const t = corpus.transmissions.find((x) => x.id === pair.id);
    // What the site names for each upstream item of the pair, by the item's source key.
    const untakenOf = new Map((t?.rows ?? []).flatMap((r) => (r.upstream ? [[keyOf.get(r.upstream), new Set(r.untaken ?? [])] as const] : [])));
    for (const item of pair.items.filter((i) => !split || i.split === split)) {
      const named = untakenOf.get(item.key) ?? new Set<string>();
      item.tasks.forEach((task, k) => {
        const read = verdict.get(`${item.ref} T${k + 1}`);
        if (!read) throw new Error(`untaken: no reading of ${item.ref} T${k + 1}`);
        s.tasks++;
        s.read[read]++;
        if (named.has(task)) s.named[read]++;
        if (named.has(task) !== (read === 'no'))
          s.mismatches.push(`${item.ref} T${k + 1} reader ${read}, site ${named.has(task) ? 'names it' : 'does not'}: ${task.slice(0, 50)}`);
      });
    }
  }
  return s;
}

export function untakenFigures(s: UntakenScore): string {
  const named = s.named.yes + s.named.partly + s.named.no;
  return `${s.tasks} tasks · named untaken ${named}: reader no ${pct(s.named.no, named)}, no or partly ${pct(s.named.no + s.named.partly, named)} · reader's no ${s.read.no}, named ${pct(s.named.no, s.read.no)} · reader's partly ${s.read.partly}, named ${s.named.partly}`;
}
