// The order /reforms/ promises: most widely adopted first — by places (a city,
// else a province's own documents), then by documents, then by name. The
// analysis writes reforms in it and the site reads them back in it, from one
// definition.

interface Adopted {
  name: string;
  adoptions: { province: string; city: string | null }[];
}

/** How many places adopted a reform. */
export function adoptingPlaces(reform: Pick<Adopted, 'adoptions'>): number {
  return new Set(reform.adoptions.map((a) => a.city ?? a.province)).size;
}

export function byAdoption(a: Adopted, b: Adopted): number {
  return adoptingPlaces(b) - adoptingPlaces(a) || b.adoptions.length - a.adoptions.length || a.name.localeCompare(b.name, 'zh');
}
