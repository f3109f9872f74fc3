// The search page (/search/): reads the query and filters from the URL, runs
// the search as the user types, renders filters with counts and results with
// passages, and writes the state back to the URL so it can be shared.
import { chineseDate } from '../domain/dates.ts';
import { findProvince } from '../domain/places.ts';
import { bundlesFor, Catalog, type DocumentResult, loadRootManifest, SearchEngine } from './engine.ts';
import { facetCounts, filterKeys, filterLabel, matches, type Selection, YEAR_NOT_STATED } from './facets.ts';
import { textRanges, type Passage } from './highlight.ts';
import type { ManifestDocument, RootManifest, SearchBundle } from './manifest.ts';
import { startPagefind } from './pagefind-api.ts';
import { nextBundles, PAGE_SIZE } from './progressive.ts';
import { parseQuery, quotedQuery, type ParsedQuery } from './query.ts';
import { otherForms, type ReformForms } from './reform-forms.ts';
import { documentLink, readState, writeState, type SearchState } from './url-state.ts';

/** Results whose passages are fetched at once; the rest load as they scroll into view. */
const EAGER_PASSAGES = 3;
const TYPING_DELAY_MS = 220;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('.search-form');
const input = $<HTMLInputElement>('#site-search');
const status = $<HTMLElement>('[data-status]');
const list = $<HTMLOListElement>('[data-results]');
const more = $<HTMLButtonElement>('[data-more]');
const completeButton = $<HTMLButtonElement>('[data-complete]');
const facetsBox = $<HTMLElement>('[data-facets]');
const reformForms = JSON.parse($<HTMLElement>('[data-search]').dataset.reformForms ?? '[]') as ReformForms[];
const filtersPanel = $<HTMLDetailsElement>('.search-filters');

let root: RootManifest;
let catalog: Catalog;
let engine: SearchEngine;
let keys: string[] = [];
let state: SearchState = { q: '', filters: {} };
let generation = 0;
/** The last search: its query, the bundles it covered, its results over them, and whether it covered every bundle of its scope. */
let last: { q: string; query: ParsedQuery; covered: readonly SearchBundle[]; results: DocumentResult[]; complete: boolean } | undefined;
let shown: DocumentResult[] = [];
let rendered = 0;
let observer: IntersectionObserver | undefined;

/** An element with properties and children; text children are set as text, never parsed as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** Text with the query's phrases marked. */
function marked(text: string, phrases: readonly string[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = 0;
  for (const [start, end] of textRanges(text, phrases)) {
    out.push(text.slice(at, start), el('mark', {}, text.slice(start, end)));
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

function passageNodes(passage: Passage): (Node | string)[] {
  return [passage.cutBefore ? '…' : '', ...passage.spans.map((span) => (span.hit ? el('mark', {}, span.text) : span.text)), passage.cutAfter ? '…' : ''];
}

function place(result: DocumentResult): string {
  const f = result.document.filters;
  return [f.province?.[0], f.city?.[0]].filter(Boolean).join(' · ');
}

function renderResult(result: DocumentResult, query: ParsedQuery): HTMLLIElement {
  const phrases = query.phrases.map((p) => p.text);
  const { document: doc } = result;
  // A document without a signature date may still name its year (银川市2023年…任务清单): said, as the year filter counts it.
  const year = doc.filters.year?.find((y) => y !== YEAR_NOT_STATED);
  const when = doc.date ? chineseDate(doc.date) : year ? `${year}年（成文日期未注明）` : '日期未注明';
  const meta = [place(result), when, doc.filters.level?.[0]].filter(Boolean).join(' · ');
  const item = el(
    'li',
    { className: 'result' },
    el('h2', { className: 'result__title' }, el('a', { href: documentLink(doc.url, query.text) }, ...marked(doc.title, phrases))),
    el('p', { className: 'result__meta' }, meta, result.hits ? el('span', { className: 'result__count' }, ` · ${result.occurrences} 处匹配`) : ''),
  );
  item.dataset.url = doc.url;
  return item;
}

type Details = Awaited<ReturnType<SearchEngine['details']>>;

async function loadDetails(item: HTMLLIElement, result: DocumentResult, query: ParsedQuery, records = 1) {
  showDetails(item, result, query, await engine.details(result, query, records));
}

function showDetails(item: HTMLLIElement, result: DocumentResult, query: ParsedQuery, detail: Details) {
  delete item.dataset.pending;
  for (const old of item.querySelectorAll('.result__passage, .result__subs, .result__more-hits')) old.remove();
  if (detail.passage) item.append(el('p', { className: 'result__passage' }, ...passageNodes(detail.passage)));
  if (detail.subResults.length) {
    item.append(
      el(
        'ul',
        { className: 'result__subs' },
        ...detail.subResults.map((sub, i) =>
          el(
            'li',
            {},
            el('a', { href: sub.url, className: 'result__sub-link' }, sub.label),
            sub.hits > 1 ? el('span', { className: 'result__count' }, ` ${sub.hits} 处`) : '',
            // The first sub-result holds the hit the main passage shows already.
            i > 0 ? el('p', { className: 'result__sub-passage' }, ...passageNodes(sub.passage)) : '',
          ),
        ),
      ),
    );
  }
  if (detail.moreHits > 0) {
    const button = el('button', { type: 'button', className: 'result__more-hits link-button' }, `另有 ${detail.moreHits} 处匹配，展开`);
    button.addEventListener('click', () => {
      button.disabled = true;
      void loadDetails(item, result, query, result.hits!.records.length).then(() => item.querySelector<HTMLElement>('.result__subs a')?.focus());
    });
    item.append(button);
  }
}

/** Passages of results further down load when they scroll into view: each costs a fragment. */
const loaders = new WeakMap<Element, () => void>();
function observe(item: HTMLLIElement, result: DocumentResult, query: ParsedQuery) {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer!.unobserve(entry.target);
      loaders.get(entry.target)?.();
    }
  });
  loaders.set(item, () => void loadDetails(item, result, query).catch(reportError));
  observer.observe(item);
}

/**
 * Appends the next results. On a search's first render (`settle`) a result
 * inside the viewport is shown with its passage already in place, so it never
 * grows in view and pushes the results below it (layout shift): the first few
 * passages are fetched together and the results appended in order as theirs
 * arrive. Otherwise — past the fold, and for “显示更多”, which a click asks
 * for and which then runs at once — a result comes with a placeholder and its
 * passage loads as it scrolls into view. Returns false when a newer search
 * took over meanwhile.
 */
async function renderMore(query: ParsedQuery, mine: number, settle: boolean): Promise<boolean> {
  const next = shown.slice(rendered, rendered + PAGE_SIZE);
  const first = rendered;
  rendered += next.length;
  // Shown again under the new results, so it never sits where they will go.
  if (settle) more.hidden = true;
  const fetched = next.map((r, i) => (settle && r.hits && first + i < EAGER_PASSAGES ? engine.details(r, query, 1) : undefined));
  for (const [i, result] of next.entries()) {
    const item = renderResult(result, query);
    if (settle && result.hits && list.getBoundingClientRect().bottom < window.innerHeight) {
      try {
        showDetails(item, result, query, await (fetched[i] ?? engine.details(result, query, 1)));
      } catch (error) {
        reportError(error);
      }
      if (mine !== generation) return false;
    } else if (result.hits) {
      item.dataset.pending = '';
      item.append(el('p', { className: 'result__passage' }, '正在载入匹配段落…'));
      observe(item, result, query);
    }
    list.append(item);
  }
  const left = shown.length - rendered;
  // A partial search offers more as long as provinces are left to search.
  more.hidden = left <= 0 && (last?.complete ?? true);
  more.textContent = left > 0 ? `显示更多（还有 ${left} 篇）` : '检索其余省份，显示更多';
  return true;
}

/** Documents of the bundles a search covered: the universe its filter counts are over. */
function documentsOf(bundles: readonly SearchBundle[]): ManifestDocument[] {
  return bundles.flatMap((bundle) => catalog.documents.slice(catalog.offset(bundle), catalog.offset(bundle) + bundle.documents)).filter((d) => d !== undefined);
}

/** Provinces whose bundles a search did not cover: offered in the 省份 filter without a count. */
function unsearchedProvinces(covered: readonly SearchBundle[]): string[] {
  return root.bundles.filter((b) => !covered.includes(b)).flatMap((b) => b.provinces);
}

function renderFacets(results: DocumentResult[], covered: readonly SearchBundle[]) {
  const focused = document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement) ? document.activeElement : null;
  const refocus = focused ? `${focused.name}\u0000${focused.value}` : null;
  const counts = facetCounts(
    documentsOf(covered),
    results.map((r) => r.document),
    keys,
    state.filters,
    { province: unsearchedProvinces(covered) },
  );
  const groups = keys
    .filter((key) => counts[key].some((v) => v.count === null || v.count > 0 || v.selected))
    .map((key) =>
      el(
        'fieldset',
        { className: 'facet' },
        el('legend', {}, filterLabel(key)),
        // Themes are a document's (any of its measures'): a passage found need not be of the theme (a site review).
        ...(key === 'theme' ? [el('p', { className: 'facet__note' }, '按整份文件计：文件中有措施属该主题即列入，匹配段落不一定属该主题。')] : []),
        el(
          'ul',
          {},
          // Values no result has are left out (a long city list would be mostly zeros), unless selected;
          // provinces not searched yet are offered without a count (checking one searches it).
          ...counts[key]
            .filter(({ count, selected }) => count === null || count > 0 || selected)
            .map(({ value, count, selected }) => {
              const box = el('input', { type: 'checkbox', name: key, value, checked: selected });
              const tally =
                count === null
                  ? el(
                      'span',
                      { className: 'facet__count facet__count--unknown', title: '尚未检索该省份' },
                      '–',
                      el('span', { className: 'visually-hidden' }, '（尚未检索）'),
                    )
                  : el('span', { className: 'facet__count' }, String(count), el('span', { className: 'visually-hidden' }, ' 篇'));
              return el('li', {}, el('label', {}, box, ` ${value} `, tally));
            }),
        ),
      ),
    );
  const active = Object.values(state.filters).some((v) => v.length);
  const clear = el('button', { type: 'button', className: 'link-button facet__clear', hidden: !active }, '清除筛选');
  clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    void run('push');
    input.focus();
  });
  facetsBox.replaceChildren(...groups, clear);
  const selected = Object.values(state.filters).reduce((sum, v) => sum + v.length, 0);
  filtersPanel.querySelector('summary')!.textContent = selected ? `筛选（已选 ${selected} 项）` : '筛选';
  if (refocus) {
    for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input')) if (`${box.name}\u0000${box.value}` === refocus) box.focus();
  }
}

/**
 * `total`: results before filtering, or null when the search covered only some provinces (the rest were not searched);
 * `someSearched`: whether it covered any (a province no bundle holds covers none).
 */
function statusText(query: ParsedQuery, total: number | null, filtered: number, occurrences: number, someSearched = true): string {
  const active = Object.values(state.filters).some((v) => v.length);
  const documents = root.bundles.reduce((sum, b) => sum + b.documents, 0);
  if (!query.phrases.length) {
    if (state.q) return `“${state.q}”中没有可检索的文字。共收录 ${documents} 篇文件。`;
    return active ? `符合筛选条件的文件 ${filtered} 篇。` : `共收录 ${documents} 篇文件。输入检索词，或按条件筛选。`;
  }
  const q = quotedQuery(query.text);
  // A link that opens on a province searches that province only: the others' “–” says not searched, not none (a site review).
  const unfiltered =
    total !== null && active && filtered !== total
      ? `（不筛选时 ${total} 篇）`
      : total === null && active && someSearched
        ? '（只检索了所选省份；其他省份标“–”，表示尚未检索，勾选即检索）'
        : '';
  if (filtered === 0) return total === null || total > 0 ? `${q}：筛选条件下没有结果${unfiltered}。` : `没有找到含有${q}的文件。`;
  return `${q}：${filtered} 篇文件，${occurrences} 处匹配${unfiltered}。`;
}

/** The bundles the current state needs: the chosen provinces', or all. */
function scope(): SearchBundle[] {
  return bundlesFor(root, state.filters.province ?? []);
}

/**
 * Searches the bundles of `needed` in batches (progressive.ts) until the
 * search is complete or has a first page of results and the rest would cost
 * too much; `complete` searches them all. Null when a newer run started.
 */
async function searchInBatches(query: ParsedQuery, needed: readonly SearchBundle[], complete: boolean, mine: number): Promise<DocumentResult[] | null> {
  let results: DocumentResult[] | null = null;
  for (;;) {
    // What was merged before answers first (no network); then the next batch, if any.
    const batch =
      results || engine.searched.length === 0
        ? nextBundles({
            scope: needed,
            searched: engine.searched,
            shown: results ? results.filter((r) => matches(r.document, state.filters)).length : 0,
            positions: results ? engine.positions : [],
            bytesPerPosition: root.bytesPerPosition,
            complete,
          })
        : [];
    if (results && batch.length === 0) return results;
    results = await engine.search(query, batch);
    if (mine !== generation) return null;
  }
}

/** Runs the search for `state`, renders it, and records it in the URL (`push`: a new history entry); `complete` searches every province of its scope. */
async function run(history: 'push' | 'replace' | 'none', { complete = false, keep = 0 } = {}) {
  const mine = ++generation;
  list.dataset.state = 'loading';
  const query = parseQuery(state.q);
  const needed = scope();
  let results: DocumentResult[];
  let covered: readonly SearchBundle[];
  if (!query.phrases.length && last && !last.q && needed.every((b) => last!.covered.includes(b))) {
    ({ results, covered } = last);
  } else {
    if (query.phrases.length) status.textContent = `正在检索${quotedQuery(query.text)}…`;
    try {
      if (query.phrases.length) {
        const found = await searchInBatches(query, needed, complete, mine);
        if (found === null) return;
        results = found;
        covered = [...engine.searched];
      } else {
        await catalog.load(needed);
        covered = root.bundles.filter((b) => needed.includes(b) || last?.covered.includes(b));
        results = catalog.browse(covered);
      }
    } catch (error) {
      if (mine === generation) fail(error);
      return;
    }
  }
  if (mine !== generation) return;
  last = { q: query.text, query, covered, results, complete: needed.every((b) => covered.includes(b)) };

  const url = `${location.pathname}${writeState(state, keys)}`;
  if (history !== 'none' && url !== `${location.pathname}${location.search}`) window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  document.title = query.text ? `${quotedQuery(query.text)} · 检索 · 营商环境政策库` : '检索 · 营商环境政策库';

  shown = results.filter((r) => matches(r.document, state.filters));
  renderFacets(results, covered);
  observer?.disconnect();
  list.replaceChildren();
  rendered = 0;
  if (!(await renderMore(query, mine, true))) return;
  while (rendered < keep && rendered < shown.length) if (!(await renderMore(query, mine, false))) return;
  list.dataset.total = String(shown.length);
  list.dataset.coverage = last.complete ? 'complete' : 'partial';
  const searchedProvinces = needed.filter((b) => covered.includes(b)).length;
  status.textContent = last.complete
    ? statusText(
        query,
        covered.length === root.bundles.length ? results.length : null,
        shown.length,
        shown.reduce((sum, r) => sum + r.occurrences, 0),
        covered.length > 0,
      )
    : `${quotedQuery(query.text)}：已检索 ${searchedProvinces} 个省份（共 ${needed.length} 个），找到 ${shown.length} 篇文件，${shown.reduce((sum, r) => sum + r.occurrences, 0)} 处匹配；先按已检索省份排序。`;
  // 青海 finds nothing when it holds no document: the status says so and links to its page, which says it too.
  const place = shown.length === 0 && last.complete ? findProvince(query.text) : undefined;
  if (place) status.append(' ', el('a', { href: `/provinces/${place.slug}/` }, `${place.fullName}的页面`), '列出该地收录情况。');
  // Nothing at all, and no place to point to: say what to try (一網通辦 in traditional characters finds nothing; a site review).
  else if (shown.length === 0 && last.complete && query.phrases.length && covered.length === root.bundles.length && !results.length)
    status.append(' 检索按原文逐字匹配：可改用简体字、减少字数或拆成几个词，也可', el('a', { href: '/provinces/' }, '按地区浏览全部文件'), '。');
  // A reform its documents also write otherwise is found under each way only as written (金昌's 带押登记 for 带押过户; a site review).
  const named = query.phrases.length === 1 ? otherForms(state.q, reformForms) : undefined;
  if (named) {
    const links = named.others.flatMap((form, i) => [
      ...(i > 0 ? ['、'] : []),
      el('a', { href: `/search/?q=${encodeURIComponent(form)}` }, form.includes('“') ? form : `“${form}”`),
    ]);
    status.append(
      ' ',
      `改革事项“${named.reform.name}”在各地文件中另写作`,
      ...links,
      '，可分别检索；',
      el('a', { href: named.reform.url }, '各地采用情况'),
      '。',
    );
  }
  completeButton.hidden = last.complete;
  completeButton.textContent = `检索全部 ${needed.length} 个省份`;
  list.dataset.state = 'done';
}

/** Searches the provinces a partial search left out, keeping at least `keep` results on screen. */
function completeSearch(keep: number) {
  void run('none', { complete: true, keep });
}

/** An index that would not load is said to be that, with a way to try again: never “nothing found” (a site review). */
function fail(error: unknown, again: () => void = () => void run('none')) {
  console.warn(error);
  list.dataset.state = 'error';
  const retry = el('button', { type: 'button', className: 'link-button' }, '重试');
  retry.dataset.retry = '';
  retry.addEventListener('click', again);
  status.replaceChildren('检索索引未能加载，可能是网络中断，结果不完整，请', retry, '；也可', el('a', { href: '/provinces/' }, '按地区浏览全部文件'), '。');
}

function reportError(error: unknown) {
  console.warn('passage not loaded:', error);
}

let typing: ReturnType<typeof setTimeout> | undefined;
let composing = false;
/**
 * Whether the history entry is a query still being typed. The first search a
 * spell of typing runs gets an entry of its own, so Back returns to the query
 * before it (a site review: typing, with an input method or not, made none);
 * later keystrokes of the same spell replace it rather than leave one entry
 * per pause. The spell ends when the box loses focus or a search is settled
 * another way (Enter, a filter, Back).
 */
let typedEntry = false;
function scheduleSearch() {
  clearTimeout(typing);
  typing = setTimeout(() => {
    state = { ...state, q: input.value.trim() };
    void run(typedEntry ? 'replace' : 'push');
    typedEntry = true;
  }, TYPING_DELAY_MS);
}

/** How far a reader had read, kept in the history entry: Back or a reload shows as many results, at the same place (a site review). */
interface ReadingPlace {
  shown?: number;
  complete?: boolean;
  scroll?: number;
}

function rememberReading(place: ReadingPlace) {
  window.history.replaceState({ ...(window.history.state as ReadingPlace | null), ...place }, '');
}

/** Runs the search of the URL, with as many results as its entry says were shown. */
async function restore(place: ReadingPlace | null) {
  await run('none', { keep: place?.shown ?? 0, complete: place?.complete ?? false });
  if (place?.scroll) window.scrollTo(0, place.scroll);
}

async function start() {
  $<HTMLElement>('[data-nojs]').hidden = true;
  status.textContent = '正在加载检索…';
  // Closed in the page, so a phone's single column never shifts; beside the results there is room.
  if (window.matchMedia('(min-width: 761px)').matches) filtersPanel.open = true;
  try {
    root = await loadRootManifest();
  } catch (error) {
    fail(error, () => location.reload());
    return;
  }
  catalog = new Catalog(root);
  engine = new SearchEngine(catalog, startPagefind);
  keys = filterKeys(root.filterKeys);
  state = readState(location.search, keys);
  input.value = state.q;

  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => {
    composing = false;
    scheduleSearch();
  });
  input.addEventListener('input', () => {
    if (!composing) scheduleSearch();
  });
  // Start loading the index while the user is still typing the first word: what a search would load first.
  input.addEventListener(
    'focus',
    () => {
      const first = nextBundles({
        scope: scope(),
        searched: engine.searched,
        shown: 0,
        positions: [],
        bytesPerPosition: root.bytesPerPosition,
        complete: false,
      });
      void engine.include(first).catch(() => undefined);
    },
    { once: true },
  );
  input.addEventListener('blur', () => (typedEntry = false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    state = { ...state, q: input.value.trim() };
    // The spell's own entry already holds this query: the URL is the same and none is added.
    void run('push');
    typedEntry = false;
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = new Set(state.filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    const filters: Record<string, readonly string[]> = { ...state.filters, [box.name]: [...values] };
    state = { ...state, filters: filters as Selection };
    typedEntry = false;
    void run('push');
  });
  more.addEventListener('click', () => {
    const first = rendered;
    if (first >= shown.length && !last!.complete) {
      // Past what a partial search found: search the rest, then show the next page.
      void run('none', { complete: true, keep: first + PAGE_SIZE }).then(() => {
        rememberReading({ shown: rendered, complete: true });
        list.children[first]?.querySelector('a')?.focus();
      });
      return;
    }
    void renderMore(last!.query, generation, false).then(() => rememberReading({ shown: rendered, complete: last?.complete ?? false }));
    list.children[first]?.querySelector('a')?.focus();
  });
  completeButton.addEventListener('click', () => {
    completeSearch(rendered);
    rememberReading({ complete: true });
  });
  window.addEventListener('popstate', (event) => {
    state = readState(location.search, keys);
    input.value = state.q;
    typedEntry = false;
    void restore(event.state as ReadingPlace | null);
  });
  // Leaving for a document: where the reader was, for Back (when the browser did not keep the page) and for a reload.
  window.addEventListener('pagehide', () => rememberReading({ scroll: window.scrollY }));
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typingInField = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === '/' && !typingInField && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
  const place = window.history.state as ReadingPlace | null;
  // Scrolled to by restore() once the results it had are shown again, not by the browser before they are.
  if (place?.scroll) window.history.scrollRestoration = 'manual';
  await restore(place);
}

void start();
