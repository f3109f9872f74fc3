// Developer aid: lists suspicious extracted values for review.
import { readFileSync, readdirSync } from 'node:fs';
const all = readdirSync('content/measures').flatMap((f) => JSON.parse(readFileSync(`content/measures/${f}`, 'utf8')));
const units = new Map<string, number>();
for (const m of all) for (const u of [...m.leadUnitsNormalized, ...m.responsibleUnitsNormalized]) units.set(u, (units.get(u) ?? 0) + 1);
console.log('units:', units.size);
const odd = [...units].filter(
  ([u]) =>
    u.length > 18 ||
    /牵头|负责|配合|落实|完成|时限|[。；：:]|^\d/.test(u) ||
    !/(局|委|办|厅|院|会|中心|公司|政府|部|室|处|队|行|所|集团|单位|部门|区县|县区|各地|海关|小组|组|站|社|联|馆|台|团)$/.test(u),
);
console.log(odd.map(([u, n]) => `${u}×${n}`).join(' | '));
console.log(
  '\nshort texts:',
  all
    .filter((m) => m.text.length < 15)
    .map((m) => `${m.id}: ${m.text}`)
    .join('\n'),
);
console.log(
  '\nlong texts (>1500):',
  all
    .filter((m) => m.text.length > 1500)
    .map((m) => `${m.id}: ${m.text.length}`)
    .join('\n'),
);
console.log(
  '\nunreadable deadlines:',
  all
    .filter((m) => m.deadline?.kind === 'unreadable')
    .map((m) => `${m.id}: ${m.deadline.raw}`)
    .join('\n'),
);
const raws = new Map<string, number>();
for (const m of all)
  if (m.deadline)
    raws.set(
      `${m.deadline.origin}:${m.deadline.raw}→${m.deadline.date}/${m.deadline.kind}`,
      (raws.get(`${m.deadline.origin}:${m.deadline.raw}→${m.deadline.date}/${m.deadline.kind}`) ?? 0) + 1,
    );
console.log(
  '\ndeadlines:',
  [...raws]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ×${n}`)
    .join('\n'),
);
