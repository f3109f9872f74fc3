// Small, realistic inputs shared by the chart tests: real place names and
// metric phrasing from the corpus, permalinks in the site's form.
import type {
  DatedShareInput,
  DeadlineTimelineInput,
  MultiYearTargetsInput,
  ReformTimelineInput,
  TargetComparisonInput,
  ThemeHeatmapInput,
} from '../../src/charts/types.ts';

export const deadlines: DeadlineTimelineInput = {
  asOf: '2023-09-15',
  rows: [
    { place: '银川市', month: '2023-03', count: 4, pastDue: true },
    { place: '银川市', month: '2023-06', count: 9, pastDue: true },
    { place: '银川市', month: '2023-09', count: 2, pastDue: true },
    { place: '银川市', month: '2023-09', count: 3, pastDue: false },
    { place: '银川市', month: '2023-12', count: 12, pastDue: false },
    { place: '石嘴山市', month: '2023-06', count: 5, pastDue: true },
    { place: '石嘴山市', month: '2023-10', count: 1, pastDue: false },
    { place: '石嘴山市', month: '2023-12', count: 7, pastDue: false },
    { place: '西安市', month: '2023-04', count: 2, pastDue: true },
    { place: '西安市', month: '2023-12', count: 6, pastDue: false },
    { place: '西安市', month: '2024-06', count: 3, pastDue: false },
    { place: '陕西省', month: '2023-12', count: 10, pastDue: false },
    { place: '陕西省', month: '2024-03', count: 1, pastDue: false },
  ],
};

export const datedShare: DatedShareInput = {
  rows: [
    { place: '银川市', dated: 31, total: 50 },
    { place: '石嘴山市', dated: 13, total: 41 },
    { place: '西安市', dated: 11, total: 88 },
    { place: '陕西省', dated: 0, total: 0 },
  ],
};

const permalink = (doc: string, item: string) => `/documents/${doc}/#${doc}-${item}`;

export const businessStartup: TargetComparisonInput = {
  metric: '企业开办时间',
  unit: '个工作日',
  direction: 'lower-is-better',
  rows: [
    { place: '陕西省', value: 3, label: '“压缩至3个工作日以内”', href: permalink('shaanxi-2023-1a2b3c', 'm2-4') },
    { place: '银川市', value: 0.5, label: '“压减至0.5个工作日以内”', href: permalink('ningxia-yinchuan-2023-4d5e6f', 'm1-3'), year: 2023 },
    { place: '石嘴山市', value: 1, label: '“压减至1个工作日”', href: permalink('ningxia-shizuishan-2023-7a8b9c', 'm3-1') },
    { place: '西安市', value: 1, label: '“1个工作日内”', href: permalink('shaanxi-xian-2023-0d1e2f', 'm2-2-9'), year: 2024 },
  ],
};

export const marketEntities: MultiYearTargetsInput = {
  metric: '市场主体数量',
  unit: '万户',
  series: [
    {
      place: '银川市',
      points: [
        { year: 2023, value: 23.8, href: permalink('ningxia-yinchuan-2023-4d5e6f', 'm1-1') },
        { year: 2024, value: 25.5, href: permalink('ningxia-yinchuan-2023-4d5e6f', 'm1-1') },
        { year: 2025, value: 27, href: permalink('ningxia-yinchuan-2023-4d5e6f', 'm1-1') },
      ],
    },
    {
      place: '石嘴山市',
      points: [
        { year: 2023, value: 6.2, href: permalink('ningxia-shizuishan-2023-7a8b9c', 'm1-2') },
        { year: 2025, value: 7, href: permalink('ningxia-shizuishan-2023-7a8b9c', 'm1-2') },
      ],
    },
    {
      place: '西安市',
      points: [
        { year: 2022, value: 150, href: permalink('shaanxi-xian-2022-5a6b7c', 'm1') },
        { year: 2023, value: 165, href: permalink('shaanxi-xian-2023-0d1e2f', 'm1') },
        { year: 2024, value: 180, href: permalink('shaanxi-xian-2023-0d1e2f', 'm1') },
      ],
    },
  ],
};

export const themes: ThemeHeatmapInput = {
  themes: [
    { id: 'market-entry', name: '企业开办' },
    { id: 'construction-permits', name: '工程建设项目审批' },
    { id: 'tax', name: '纳税服务' },
  ],
  places: [
    { id: 'yinchuan', name: '银川市' },
    { id: 'shizuishan', name: '石嘴山市' },
    { id: 'xian', name: '西安市' },
    { id: 'qinghai', name: '青海省' },
  ],
  cells: [
    { theme: 'market-entry', place: 'yinchuan', state: 'target', count: 6, href: '/themes/market-entry/yinchuan/' },
    { theme: 'market-entry', place: 'shizuishan', state: 'measures', count: 3, href: '/themes/market-entry/shizuishan/' },
    { theme: 'market-entry', place: 'xian', state: 'target', count: 4, href: '/themes/market-entry/xian/' },
    { theme: 'market-entry', place: 'qinghai', state: 'no-documents', count: 0 },
    { theme: 'construction-permits', place: 'yinchuan', state: 'target', count: 9, href: '/themes/construction-permits/yinchuan/' },
    // Measures that touch a theme only as their secondary one leave the cell's state and count alone.
    { theme: 'construction-permits', place: 'shizuishan', state: 'none', count: 0, secondaryCount: 2 },
    { theme: 'construction-permits', place: 'xian', state: 'measures', count: 2, href: '/themes/construction-permits/xian/' },
    { theme: 'construction-permits', place: 'qinghai', state: 'no-documents', count: 0 },
    { theme: 'tax', place: 'yinchuan', state: 'measures', count: 1, secondaryCount: 1, href: '/themes/tax/yinchuan/' },
    { theme: 'tax', place: 'shizuishan', state: 'none', count: 0 },
    { theme: 'tax', place: 'xian', state: 'none', count: 0 },
    { theme: 'tax', place: 'qinghai', state: 'no-documents', count: 0 },
  ],
};

export const oneNetwork: ReformTimelineInput = {
  reform: '企业开办“一网通办”',
  adoptions: [
    { place: '银川市', date: '2023-06-30', documentTitle: '银川市优化营商环境三年行动方案（2023—2025年）', href: '/documents/ningxia-yinchuan-2023-4d5e6f/' },
    { place: '西安市', date: '2021-03-05', documentTitle: '西安市持续优化营商环境若干措施', href: '/documents/shaanxi-xian-2021-3c4d5e/' },
    { place: '石嘴山市', date: null, documentTitle: '石嘴山市优化营商环境重点任务清单', href: '/documents/ningxia-shizuishan-2023-7a8b9c/' },
    { place: '陕西省', date: '2022-11-18', documentTitle: '陕西省优化营商环境条例实施方案', href: '/documents/shaanxi-2022-8e9f0a/' },
    { place: '西安市', date: '2023-02-10', documentTitle: '西安市2023年优化营商环境工作要点', href: '/documents/shaanxi-xian-2023-0d1e2f/' },
  ],
};
