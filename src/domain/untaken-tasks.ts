// Tasks of a plan item that its implementing document does not take on, or
// only in part (a blind reading finds most named tasks half taken on). An
// item the implementing plan keeps (沿用) may keep its title and drop half its
// sentences: 新疆's 办税缴费 item asks for 全疆通办 and a cross-province bank
// account rule that 哈密's restatement leaves out (a site review). The page
// names such sentences, so "kept" does not hide what was dropped.
//
// A task is a sentence of the item (。 or ；) of twelve Han characters or more,
// the title and the clause naming who acts left out. It is not taken on when
// fewer than a third of its telling words — words of two characters or more
// that few measures of the two documents use — stand in the implementing
// measures, nor in any one measure of the implementing document: the words
// may be elsewhere, but not together. Pure functions over texts.
import { words } from './text-kinship.ts';

interface Text {
  text: string;
  title?: string | null;
}

/** A sentence this short (Han characters) is a slogan or a clause, not a task. */
const TASK_CHARS = 12;
/**
 * A word more than this share of the two documents' measures use tells nothing of a task (推进, 政务服务)…
 * On the tuning part of the untaken set (tests/fixtures/labels), 0.08 named 14 tasks, 78.6% of them
 * not taken on or only in part; 0.10 named 12, 83.3%, and still four of the reader's five not taken on.
 */
const COMMON_SHARE = 0.1;
/** …though a word two measures use may still tell, however short the two plans. */
const COMMON_FLOOR = 2;
/** A task needs this many telling words to be judged at all. */
const TELLING_WORDS = 2;
/** Below this share of its telling words found, a task is not taken on. */
const FOUND_SHARE = 1 / 3;
/** Who acts, in brackets: （省税务局牵头，…按职责分工负责）. */
const WHO_ACTS = /[（(][^（）()]*(?:牵头|负责|配合|责任单位|完成时限)[^（）()]*[）)]/g;

/** A sentence that says what a thing is worth, not what to do: 政务诚信，在…方面发挥着重要作用 (a site review). */
const STATEMENT = /(?:发挥着|起着)[^。；]{0,8}作用$|具有[^。；]{0,8}意义$/;
/** A task the upstream plan gives its own government's offices (省政府办公厅负责审核、修订): not one for the implementing plan to take on. */
const UPSTREAM_OWN = /^(?:省|自治区)(?:人民)?政府(?:办公厅)?|^(?:省|自治区)级|^省直/;

/** Is this task one the upstream plan sets its own government's offices? The page says so beside it. */
export const upstreamOwnTask = (task: string) => UPSTREAM_OWN.test(task);

const han = (s: string) => s.replace(/[^\p{Script=Han}]/gu, '');

/** An item's tasks: its sentences of TASK_CHARS Han characters or more, its title, who acts and statements of worth left out. */
export function itemTasks(item: Text): string[] {
  const title = han(item.title ?? '');
  return item.text
    .replace(WHO_ACTS, '')
    .split(/[。；;\n]/)
    .map((s) => s.replace(/^\s*[（(]?[0-9一二三四五六七八九十]+[、.．)）]\s*/, '').trim())
    .filter((s) => han(s).length >= TASK_CHARS && !STATEMENT.test(s) && !(title && han(s).startsWith(title) && han(s).length < title.length + 6));
}

/**
 * A reader of the tasks an implementing plan (`down`) leaves out of the items
 * of the plan it follows (`up`): given an item and the implementing measures
 * that take it on, the item's tasks that neither they nor any one measure of
 * `down` take on. Words are weighed among the measures of both plans, and
 * each text is cut into words once. An item of one task is taken on or not as
 * a whole, so it has none.
 */
export function untakenTasks(up: readonly Text[], down: readonly Text[]): (item: Text, taking: readonly Text[]) => string[] {
  const wordsOf = new Map<string, Set<string>>();
  const wordSet = (text: string) => {
    let set = wordsOf.get(text);
    if (!set) wordsOf.set(text, (set = new Set(words(text))));
    return set;
  };
  const documents = [...up, ...down];
  const df = new Map<string, number>();
  for (const m of documents) for (const w of wordSet(m.text)) df.set(w, (df.get(w) ?? 0) + 1);
  const common = Math.max(COMMON_FLOOR, documents.length * COMMON_SHARE);
  const telling = (task: string) => [...wordSet(task)].filter((w) => w.length >= 2 && (df.get(w) ?? 0) <= common);
  const found = (ws: string[], there: Set<string>) => ws.filter((w) => there.has(w)).length / ws.length;
  return (item, taking) => {
    const tasks = itemTasks(item);
    if (tasks.length < 2) return [];
    const taken = new Set(taking.flatMap((m) => [...wordSet(m.text)]));
    return tasks.filter((task) => {
      const ws = telling(task);
      if (ws.length < TELLING_WORDS) return false;
      return found(ws, taken) < FOUND_SHARE && down.every((m) => found(ws, wordSet(m.text)) < FOUND_SHARE);
    });
  };
}

/**
 * A task stating a target is decided by it: stating one the implementing plan lost, it is not taken on
 * (陕西 工作目标's 企业年均纳税时间压减到70个小时: a site review found it unlisted beside the lost target),
 * stating only targets kept or reached, it is (金昌 新批工业项目全部采用“标准地”供地 meets 不低于30％: the
 * page said so and listed the sentence as untaken). Tasks stating none go by their words (`byWords`).
 */
export function decidedByTargets(item: Text, byWords: readonly string[], lost: readonly string[], kept: readonly string[]): string[] {
  const tasks = itemTasks(item);
  if (tasks.length < 2) return [...byWords];
  const states = (task: string, targets: readonly string[]) => targets.some((t) => task.includes(t));
  return tasks.filter((task) => states(task, lost) || (!states(task, kept) && byWords.includes(task)));
}
