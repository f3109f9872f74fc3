// /compare/matrix.csv — the theme × place matrix as a table.
import type { APIRoute } from 'astro';
import { loadComparison } from '../../site-data/comparison.ts';
import { themeMatrix } from '../../domain/compare.ts';
import { loadCorpus } from '../../site-data/corpus.ts';
import { toCsv, type Column } from '../../domain/downloads.ts';

export const GET: APIRoute = async () => {
  const { themes, places } = await loadComparison();
  const corpus = await loadCorpus();
  const name = new Map(places.map((p) => [p.id, p.name]));
  const themeName = new Map(themes.map((t) => [t.id, t.name]));
  const rows = themeMatrix(themes, places, corpus.measures);
  const columns: Column<(typeof rows)[number]>[] = [
    { key: 'theme', label: '主题', description: '主题编号', value: (r) => r.theme },
    { key: 'themeName', label: '主题名称', description: '', value: (r) => themeName.get(r.theme) ?? '' },
    { key: 'place', label: '地区', description: '地区编号', value: (r) => r.place },
    { key: 'placeName', label: '地区名称', description: '', value: (r) => name.get(r.place) ?? '' },
    { key: 'state', label: '状态', description: 'target 有量化目标；measures 有措施无数字；none 未涉及；no-documents 未收录文件', value: (r) => r.state },
    { key: 'count', label: '措施数', description: '', value: (r) => r.count },
    { key: 'targetCount', label: '量化目标数', description: '', value: (r) => r.targetCount },
  ];
  return new Response(toCsv(rows, columns), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
