// How alike two measures' texts are, in the four ways rows of counterparts
// (counterparts.ts) read them: openings by their character pairs (dice), a
// sentence copied word for word (copiedSentences), a term both quote that few
// others do (rarelyQuoted), and words weighed by their rarity on a theme page
// (wordCosines). Pure functions over texts.
import { NOT_REFORM } from './reform-order.ts';

/** A measure as these read it: its id and text. */
interface Text {
  id: string;
  text?: string;
}

/** Han characters a verbatim run must hold to count as a shared sentence (推进政务数据跨层级跨部门跨地区共享逐步融合 is 20). */
const COPIED_RUN = 20;
/** Characters of a text read for shared sentences: a measure runs to a few hundred; a 2 MB line is not cut into runs whole. */
const COPIED_TEXT = 3000;
/** A run more measures than this share is boilerplate (a clause naming who acts), not a copied sentence. */
const COPIED_HOLDERS = 6;

/** Dice coefficient of two strings' character pairs. */
export function dice(a: string, b: string): number {
  const pairs = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const [x, y] = [pairs(a), pairs(b)];
  if (!x.length || !y.length) return 0;
  const rest = [...y];
  let shared = 0;
  for (const p of x) {
    const at = rest.indexOf(p);
    if (at >= 0) {
      shared++;
      rest.splice(at, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * Pairs of measures whose texts share a run of COPIED_RUN Han characters: a
 * sentence one copied from the other. 陕西's 推进数据资源共享 and 咸阳's
 * 提升数据共享和安全保障能力 share 推进政务数据跨层级、跨部门、跨地区共享，逐步融合社会第三方数据
 * and no other word a page-wide weighing found rare enough (a site review found them in no row).
 */
export function copiedSentences(measures: Text[]): [string, string][] {
  const holders = new Map<string, Set<string>>();
  for (const m of measures) {
    // Runs stay inside a sentence, and brackets (who acts: 各设区市政府按职责分工负责) are not read.
    const sentences = (m.text ?? '')
      .slice(0, COPIED_TEXT)
      .replace(/[（(〔【][^）)〕】]*[）)〕】]/g, '。')
      .split(/[。；;！？!?\n]/)
      .map((sentence) => sentence.replace(/[^\p{Script=Han}]/gu, ''));
    for (const han of sentences)
      for (let i = 0; i + COPIED_RUN <= han.length; i++) {
        const run = han.slice(i, i + COPIED_RUN);
        const ids = holders.get(run) ?? new Set<string>();
        holders.set(run, ids.add(m.id));
      }
  }
  const pairs = new Set<string>();
  for (const ids of holders.values()) {
    if (ids.size < 2 || ids.size > COPIED_HOLDERS) continue;
    const list = [...ids].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pairs.add(`${list[i]}\n${list[j]}`);
  }
  return [...pairs].map((p) => p.split('\n') as [string, string]);
}

/** A quoted term more measures of a page than this quote is the page's common word, not one reform. */
const QUOTED_HOLDERS = 3;
/** A measure quoting more terms than this lists reforms (咸阳's “简政放权”领域重点围绕…): it is about none of them. */
const QUOTING_A_LIST = 6;
/** A measure this short (Han characters) is about what it quotes: 探索推行“带押过户”. */
const SHORT_TEXT = 60;

/**
 * Pairs of measures of different wording that quote the same term, the name
 * of the reform they adopt (银川's 推行…“刷脸办电” and 陕西's 实现“刷脸办电”、
 * “一证办电”, which a site review found in no row together): a term of three
 * characters or more that at most QUOTED_HOLDERS measures of the page quote,
 * that is no slogan (NOT_REFORM), and that one of the two names in its title
 * or opening clause — where it quotes at most two terms — or quotes in a short
 * text. On the drawn theme pages' tuning part (tests/fixtures/labels, row
 * groups), quoted terms lifted the reader's counterparts standing in a row
 * beside one from 41.4% to 46.0%, and the rows' pairs the reader groups from
 * 90.6% to 93.9%.
 */
export function rarelyQuoted(measures: (Text & { title?: string | null })[]): [string, string][] {
  const holders = new Map<string, Set<string>>();
  const about = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, term: string, id: string) => map.set(term, (map.get(term) ?? new Set<string>()).add(id));
  for (const m of measures) {
    const text = m.text ?? '';
    const quoted = quotedTerms(text);
    if (quoted.size > QUOTING_A_LIST) continue;
    const opening = quotedTerms(`${m.title ?? ''}${text.split(/[，。；：,;:]/)[0]}`);
    const short = text.replace(/[^\p{Script=Han}]/gu, '').length <= SHORT_TEXT;
    for (const term of quoted) {
      add(holders, term, m.id);
      if (short || (opening.has(term) && opening.size <= 2)) add(about, term, m.id);
    }
  }
  const pairs = new Set<string>();
  for (const [term, ids] of holders) {
    if (ids.size < 2 || ids.size > QUOTED_HOLDERS) continue;
    const list = [...ids].sort();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) if (about.get(term)?.has(list[i]!) || about.get(term)?.has(list[j]!)) pairs.add(`${list[i]}\n${list[j]}`);
  }
  return [...pairs].map((p) => p.split('\n') as [string, string]);
}

/**
 * Ways of serving that plans apply to any matter: a shared one says nothing of what is served. Blind
 * readers of the rows this link first made (tests/fixtures/labels/rows-7) found 银川's 用工登记、社保登记
 * “一件事一次办” beside 铜川's graduates' employment services, and 银川's 不动产交易、纳税、登记“一窗办理”
 * beside 克拉玛依's 公积金 and mortgage window.
 */
export const SERVICE_MODE = /^一件事|^一窗|^一网通办/;

/** The terms a text quotes, as names (Han, Latin letters, digits and +), three characters or more, no slogan and no way of serving. */
function quotedTerms(text: string): Set<string> {
  const terms = [...text.matchAll(/[“"]([^”"]{2,12})[”"]/g)].map((q) => q[1]!.replace(/[^\p{Script=Han}a-zA-Z0-9+]/gu, ''));
  return new Set(terms.filter((t) => t.length >= 3 && !NOT_REFORM.test(t) && !SERVICE_MODE.test(t)));
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** A text's Han words, as ICU's dictionary segments them. */
export const words = (text: string) => [...segmenter.segment(text)].filter((w) => w.isWordLike && /\p{Script=Han}/u.test(w.segment)).map((w) => w.segment);

/** Every pair's cosine of TF-IDF word vectors, the words' rarity read among these measures only (one theme page). */
export function wordCosines(measures: Text[]): [string, string, number][] {
  const texts = measures.map((m) => words(m.text ?? ''));
  const df = new Map<string, number>();
  for (const ws of texts) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  const vectors = texts.map((ws) => {
    const counts = new Map<string, number>();
    for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
    const v = [...counts].map(([w, c]) => [w, (1 + Math.log(c)) * Math.log(measures.length / df.get(w)!)] as const);
    const norm = Math.hypot(...v.map(([, x]) => x)) || 1;
    return new Map(v.map(([w, x]) => [w, x / norm]));
  });
  const out: [string, string, number][] = [];
  for (let i = 0; i < measures.length; i++)
    for (let j = i + 1; j < measures.length; j++) {
      let dot = 0;
      for (const [w, x] of vectors[i]!) dot += x * (vectors[j]!.get(w) ?? 0);
      out.push([measures[i]!.id, measures[j]!.id, dot]);
    }
  return out;
}
