// /compare/<theme>.csv — the measures of one theme, by place.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../lib/analysis.ts';
import { themeColumns } from '../../lib/compare.ts';
import { loadCorpus } from '../../lib/corpus.ts';
import { MEASURE_COLUMNS, toCsv } from '../../lib/downloads.ts';

export async function getStaticPaths() {
  const { themes } = await loadComparison();
  return themes.map((theme) => ({ params: { theme: theme.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const corpus = await loadCorpus();
  const { places } = await loadComparison();
  const docs = corpus.documentDataById;
  const rows = themeColumns(params.theme!, places, corpus.measures).flatMap((c) =>
    c.measures.map((m) => {
      const d = docs.get(m.documentId)!;
      return { ...m, documentTitle: d.title, province: d.province, city: d.city, documentDate: d.date };
    }),
  );
  return new Response(toCsv(rows, MEASURE_COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
