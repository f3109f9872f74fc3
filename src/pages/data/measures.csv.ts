// /data/measures.csv — the measures as a spreadsheet (UTF-8 with BOM for Excel).
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../site-data/corpus.ts';
import { downloadCsv, MEASURE_COLUMNS } from '../../domain/downloads.ts';

export const GET: APIRoute = async () => {
  const { documents, measuresByDocument } = await loadCorpus();
  const rows = documents.flatMap((d) =>
    (measuresByDocument.get(d.id) ?? []).map((m) => ({
      ...m,
      documentTitle: d.data.title,
      province: d.data.province,
      city: d.data.city,
      documentDate: d.data.date,
    })),
  );
  return new Response(downloadCsv(MEASURE_COLUMNS, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
