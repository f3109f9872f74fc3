// Developer aid: prints each document's measures one per line for review.
// node scripts/dev/review.ts [id-or-startLine-substring]
import { readFileSync, readdirSync } from 'node:fs';
const filter = process.argv[2] ?? '';
for (const f of readdirSync('content/measures').sort()) {
  const ms = JSON.parse(readFileSync(`content/measures/${f}`, 'utf8'));
  const mdx = readFileSync(`content/documents/${f.replace('.json', '.mdx')}`, 'utf8');
  const start = /startLine: (\d+)/.exec(mdx)![1];
  const title = /title: (.*)/.exec(mdx)![1];
  if (filter && !f.includes(filter) && start !== filter) continue;
  console.log(`\n=== ${f} L${start} ${title}`);
  for (const m of ms) {
    const d = m.deadline ? `${m.deadline.raw}→${m.deadline.date ?? m.deadline.kind}` : '-';
    const t = m.targets
      .map(
        (t: { text: string; value: number; unit: string; comparator: string; year?: number }) =>
          `${t.text}[${t.value}${t.unit}${t.comparator}${t.year ? `@${t.year}` : ''}]`,
      )
      .join(' ');
    console.log(
      `${m.label.padEnd(4)} L${m.source.line} ${m.path.at(-1)?.slice(0, 14) ?? ''} | ${m.text.replace(/\n/g, '⏎').slice(0, 40)}…${m.text.slice(-25).replace(/\n/g, '⏎')} | L=${m.leadUnitsNormalized.join('、')}(${m.unitOrigin.lead}) R=${m.responsibleUnitsNormalized.join('、').slice(0, 60)}(${m.unitOrigin.responsible}) | D=${d} | T=${t}`,
    );
  }
}
