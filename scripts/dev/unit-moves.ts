// node scripts/dev/unit-moves.ts [--from <commit>] [--step N] [--merge]
// Writes content/moved-units.json: every unit page (/units/<slug>/) an earlier
// commit published that today's corpus no longer has, because its body was
// renamed, merged or re-placed, with every place its tasks were named (source
// line and the name as written), so the build can send the old URL to the body
// that now holds those tasks, or list the bodies they went to
// (src/domain/moved-units.ts). Links people saved and cited keep working.
//
// It converts the sources at each commit that changed how bodies are named
// (in a scratch worktree, with this checkout's node_modules) and reads the
// body ids of the measures. Run `npm run ingest` first: today's ids are read
// from content/. A full run converts every naming commit since --from (an
// hour on two cores); `--merge --from <the last commit before a rename>`
// converts that commit and the naming commits after it only, and keeps the
// moves already in content/moved-units.json whose ids are still unpublished.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { MovedUnit, UnitRef } from '../../src/schemas/moved-unit.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { from: { type: 'string', default: '3044111' }, step: { type: 'string', default: '1' }, merge: { type: 'boolean', default: false } },
});
/** What decides a body's id: its naming rules, the taxonomies, the converter that reads the names. */
const NAMING = ['src/domain/bodies.ts', 'src/domain/places.ts', 'content/bodies.json', 'content/provinces.json', 'scripts/build-site/converter'];

interface Seen {
  name: string;
  refs: UnitRef[];
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** Body id → its name and every place it was named, from a content/measures directory. */
function bodiesIn(contentDir: string): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  const dir = path.join(contentDir, 'measures');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    const measures: { source?: { file: string; line: number }; bodies?: { id: string; name: string; asWritten: string }[] }[] = Array.isArray(data)
      ? data
      : (data.measures ?? []);
    for (const m of measures) {
      if (!m.source) continue;
      for (const b of m.bodies ?? []) {
        let s = seen.get(b.id);
        if (!s) seen.set(b.id, (s = { name: b.name, refs: [] }));
        const source = `${m.source.file}:${m.source.line}`;
        if (!s.refs.some((r) => r.source === source && r.asWritten === b.asWritten)) s.refs.push({ source, asWritten: b.asWritten });
      }
    }
  }
  return seen;
}

const naming = git('log', '--format=%h', '--reverse', `${values.from}^..HEAD`, '--', ...NAMING)
  .split('\n')
  .filter(Boolean)
  .filter((_, i, all) => i % Number(values.step) === 0 || i === all.length - 1);
// The commit before a rename need not touch the naming files itself, yet its ids are the old ones.
const from = git('rev-parse', '--short', values.from);
const commits = values.merge && !naming.includes(from) ? [from, ...naming] : naming;
const live = bodiesIn(path.join(root, 'content'));
const worktree = mkdtempSync(path.join(tmpdir(), 'unit-moves-'));
git('worktree', 'add', '--detach', worktree, commits[0]!);
symlinkSync(path.join(root, 'node_modules'), path.join(worktree, 'node_modules'));
const movesFile = path.join(root, 'content/moved-units.json');
const kept: MovedUnit[] = values.merge ? JSON.parse(readFileSync(movesFile, 'utf8')) : [];
const gone = new Map<string, Seen>(kept.filter((m) => !live.has(m.from)).map((m) => [m.from, { name: m.name, refs: m.refs }]));
try {
  for (const [i, commit] of commits.entries()) {
    execFileSync('git', ['checkout', '--quiet', '--detach', commit], { cwd: worktree });
    rmSync(path.join(worktree, 'content/measures'), { recursive: true, force: true });
    try {
      execFileSync('npm', ['run', '--silent', 'ingest'], {
        cwd: worktree,
        stdio: 'ignore',
        env: { ...process.env, PATH: `${path.join(root, 'node_modules/.bin')}:${process.env.PATH}` },
      });
    } catch {
      console.log(`${commit}: ingest failed, skipped`);
      continue;
    }
    if (!existsSync(path.join(worktree, 'content/measures'))) continue;
    let added = 0;
    for (const [id, s] of bodiesIn(path.join(worktree, 'content'))) {
      if (live.has(id)) continue;
      if (!gone.has(id)) added++;
      gone.set(id, s);
    }
    console.log(`${String(i + 1).padStart(3)}/${commits.length} ${commit}: ${added} ids no longer published`);
  }
} finally {
  git('worktree', 'remove', '--force', worktree);
}
const moved: MovedUnit[] = [...gone].sort(([a], [b]) => a.localeCompare(b)).map(([from, s]) => ({ from, name: s.name, refs: s.refs }));
writeFileSync(movesFile, `${JSON.stringify(moved, null, 1)}\n`);
console.log(`${moved.length} moved unit pages → content/moved-units.json`);
