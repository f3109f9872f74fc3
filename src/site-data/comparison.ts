// The comparison layer as the site reads it: themes, metrics, reforms,
// transmissions, places and bodies, loaded once per build.
import { getCollection } from 'astro:content';
import type { Metric, Reform, Transmission } from '../schemas/analysis.ts';
import type { Theme } from '../schemas/theme.ts';
import type { Place } from '../domain/compare.ts';
import { byAdoption } from '../domain/reform-order.ts';
import type { Restatement } from '../domain/restatements.ts';
import { loadCorpus, type MeasureRecord } from './corpus.ts';
import { themeColumns, type ThemeColumn } from '../domain/compare.ts';
import { sideBySide, type SideBySide } from '../domain/side-by-side.ts';
import { alignedRows } from '../domain/counterparts.ts';
import { themeView } from '../paging/compare-pages.ts';
import { unitIndex, unitKinds, type UnitEntry, type UnitKind } from '../domain/units.ts';
import { unitRedirects, type UnitRedirect } from '../domain/moved-units.ts';
import { movedUnitsSchema } from '../schemas/moved-unit.ts';
import taxonomy from '../../content/themes.json';
import movedUnits from '../../content/moved-units.json';

export interface ComparisonData {
  themes: Theme[];
  metrics: Metric[];
  reforms: Reform[];
  transmissions: Transmission[];
  places: Place[];
  /** Measures a later document of the same place restates, counted once as their restatement. */
  restated: Map<string, Restatement>;
  units: UnitEntry[];
  /** Functions held by two or more bodies: /units/kinds/<id>/ */
  unitKinds: UnitKind[];
  /** Unit pages earlier builds published under ids no body has now, and the pages they lead to. */
  unitRedirects: UnitRedirect[];
  themeName: Map<string, string>;
  reformName: Map<string, string>;
}

let cached: Promise<ComparisonData> | undefined;

export function loadComparison(): Promise<ComparisonData> {
  cached ??= (async () => {
    const corpus = await loadCorpus();
    // Pages list themes in the taxonomy's own order (indicators first, then the extras).
    const order = new Map(taxonomy.themes.map((t, i) => [t.id, i]));
    const themes = (await getCollection('themes')).map((e) => e.data).sort((a, b) => (order.get(a.id) ?? 99) - (order.get(b.id) ?? 99));
    const reforms = (await getCollection('reforms')).map((e) => e.data).sort(byAdoption);
    const units = unitIndex(
      corpus.measures,
      (await getCollection('bodies')).map((e) => e.data),
    );
    const transmissions = (await getCollection('transmissions')).map((e) => e.data);
    return {
      themes,
      metrics: (await getCollection('metrics')).map((e) => e.data),
      reforms,
      transmissions,
      places: corpus.places,
      restated: corpus.restated,
      units,
      unitKinds: unitKinds(units),
      unitRedirects: unitRedirects(movedUnitsSchema.parse(movedUnits), corpus.measures, new Set(units.map((u) => u.slug))),
      themeName: new Map(themes.map((t) => [t.id, t.name])),
      reformName: new Map(reforms.map((r) => [r.id, r.name])),
    };
  })();
  return cached;
}

/** A theme's national columns and view: every place side by side while they fit the page budget, else a summary. */
export interface ThemeComparison {
  columns: ThemeColumn<MeasureRecord>[];
  view: { mode: 'side-by-side'; layout: SideBySide<MeasureRecord> } | { mode: 'summary'; layout: null };
}

const comparisons = new Map<string, Promise<ThemeComparison>>();

/**
 * A theme laid out once per build: its page and its province pages read the
 * same rows (a province page cuts its rows from them: provinceRows), and the
 * rows are aligned once, not once per reader.
 */
export function loadThemeComparison(theme: string): Promise<ThemeComparison> {
  let loaded = comparisons.get(theme);
  if (!loaded) {
    loaded = (async () => {
      const [{ measures }, { places, restated, reformName }] = await Promise.all([loadCorpus(), loadComparison()]);
      const columns = themeColumns(theme, places, measures, restated);
      return { columns, view: themeView(columns, () => sideBySide(columns, alignedRows(columns, reformName))) };
    })();
    comparisons.set(theme, loaded);
  }
  return loaded;
}
