// The corpus order every listing and download keeps: newest first; undated
// documents last, by title; then by id, so the order is total: Astro's glob
// loader lists entries in the order it finished reading them (ten files at a
// time), which varies between builds, and two documents can share date and
// title (a duplicate in the sources).
interface Dated {
  id: string;
  data: { date: string | null; title: string };
}

export function byDateDesc(a: Dated, b: Dated): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  return db.localeCompare(da) || a.data.title.localeCompare(b.data.title, 'zh') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
