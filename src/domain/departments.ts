// Like bodies side by side (/units/kinds/<function>/) compare departments, not
// their divisions: 陕西省市场监督管理局 with its twenty 处室 is one regulator
// beside 银川市市场监督管理局, and 宁夏's 厅, which the texts name only through
// its 处室, is there at all (a site review found it on no comparison). A row
// holds a department and its divisions of one place, each measure counted
// once, under the strongest role any of them has in it.
import { BODY_ROLES, type Body, type BodyRole } from '../schemas/body.ts';
import type { Measure } from '../schemas/measure.ts';
import { bodyZone } from './bodies.ts';
import { restatedAmong } from './restatements.ts';
import { placeLabel } from './titles.ts';

/** A body with its tasks by role, as a unit page holds it (units.ts UnitEntry). */
interface Unit {
  body: Body;
  name: string;
  lead: Measure[];
  responsible: Measure[];
  support: Measure[];
}

export interface DepartmentRow<U extends Unit = Unit> {
  /** The department's name with its place (宁夏回族自治区市场监督管理厅). */
  name: string;
  /** The department's own page, where the texts name it. */
  unit: U | null;
  /** Its divisions named in the texts, each with a page. */
  divisions: U[];
  lead: Measure[];
  responsible: Measure[];
  support: Measure[];
}

export function departmentRows<U extends Unit>(units: readonly U[], restated?: Parameters<typeof restatedAmong>[0]): DepartmentRow<U>[] {
  const rows = new Map<string, DepartmentRow<U>>();
  const rowOf = (key: string, name: string) => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { name, unit: null, divisions: [], lead: [], responsible: [], support: [] }));
    return row;
  };
  const place = (u: U) => `${u.body.province}\u0000${u.body.city ?? ''}`;
  for (const u of units) {
    const { department } = u.body;
    // The department's name with the place: the division's, up to where its department's canonical name ends.
    if (department) rowOf(`${place(u)}\u0000${department}`, u.name.slice(0, u.name.indexOf(department) + department.length)).divisions.push(u);
    else {
      const row = rowOf(`${place(u)}\u0000${u.body.canonical}`, u.name);
      row.unit = u;
      row.name = u.name;
    }
  }
  for (const row of rows.values()) {
    const role = new Map<string, { measure: Measure; role: BodyRole }>();
    for (const u of [...(row.unit ? [row.unit] : []), ...row.divisions])
      for (const r of BODY_ROLES)
        for (const measure of u[r]) {
          const held = role.get(measure.id);
          if (!held || BODY_ROLES.indexOf(r) < BODY_ROLES.indexOf(held.role)) role.set(measure.id, { measure, role: r });
        }
    // A plan item the body also holds in a row restating it counts once, as that row, as comparisons count it
    // (a site review found 铜川's 各区县 with 84 tasks, 66 of them distinct).
    for (const { measure, role: r } of role.values()) if (!restated || !restatedAmong(restated, measure.id, role)) row[r].push(measure);
  }
  return [...rows.values()];
}

/** A row's measures, each once. */
export const departmentMeasures = (row: DepartmentRow): Measure[] => BODY_ROLES.flatMap((role) => row[role]);

/** Where a row's department stands, as comparisons name places: 宁东（宁夏） for the 宁东 base's bureau, beside the cities', not 宁夏's own (a site review). */
export function departmentPlace(row: DepartmentRow): string {
  const { canonical, province, city } = (row.unit ?? row.divisions[0]!).body;
  const zone = bodyZone(canonical);
  return zone ? `${zone}（${province}）` : placeLabel({ level: city ? 'city' : 'province', province, city });
}
