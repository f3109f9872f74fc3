// The search page (/search/): reads the query and filters from the URL, runs
// the search as the user types, renders filters with counts and results with
// passages, and writes the state back to the URL so it can be shared.
import { chineseDate } from '../domain/dates.ts';
import { allDocuments, loadManifest, SearchEngine, type DocumentResult } from './engine.ts';
import { facetCounts, filterKeys, filterLabel, matches, type Selection } from './facets.ts';
import { textRanges, type Passage } from './highlight.ts';
import type { Manifest } from './manifest.ts';
import { loadPagefind } from './pagefind-api.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { documentLink, readState, writeState, type SearchState } from './url-state.ts';

/** Results rendered per “显示更多”. */
const PAGE_SIZE = 20;
/** Results whose passages are fetched at once; the rest load as they scroll into view. */
const EAGER_PASSAGES = 3;
const TYPING_DELAY_MS = 220;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('.search-form');
const input = $<HTMLInputElement>('#site-search');
const status = $<HTMLElement>('[data-status]');
const list = $<HTMLOListElement>('[data-results]');
const more = $<HTMLButtonElement>('[data-more]');
const facetsBox = $<HTMLElement>('[data-facets]');
const filtersPanel = $<HTMLDetailsElement>('.search-filters');

let manifest: Manifest;
let manifestLoad: Promise<Manifest>;
let keys: string[] = [];
let state: SearchState = { q: '', filters: {} };
let engine: Promise<SearchEngine> | undefined;
let generation = 0;
let last: { q: string; query: ParsedQuery; results: DocumentResult[] } | undefined;
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
  const meta = [place(result), doc.date ? chineseDate(doc.date) : '日期未注明', doc.filters.level?.[0]].filter(Boolean).join(' · ');
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
  showDetails(item, result, query, await (await engine!).details(result, query, records));
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
  const search = settle && next.some((r) => r.hits) ? await engine! : undefined;
  const fetched = next.map((r, i) => (search && r.hits && first + i < EAGER_PASSAGES ? search.details(r, query, 1) : undefined));
  for (const [i, result] of next.entries()) {
    const item = renderResult(result, query);
    if (search && result.hits && list.getBoundingClientRect().bottom < window.innerHeight) {
      try {
        showDetails(item, result, query, await (fetched[i] ?? search.details(result, query, 1)));
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
  more.hidden = left <= 0;
  more.textContent = `显示更多（还有 ${left} 篇）`;
  return true;
}

function renderFacets(results: DocumentResult[]) {
  const focused = document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement) ? document.activeElement : null;
  const refocus = focused ? `${focused.name}\u0000${focused.value}` : null;
  const counts = facetCounts(
    manifest.documents,
    results.map((r) => r.document),
    keys,
    state.filters,
  );
  const groups = keys
    .filter((key) => counts[key].some((v) => v.count > 0 || v.selected))
    .map((key) =>
      el(
        'fieldset',
        { className: 'facet' },
        el('legend', {}, filterLabel(key)),
        el(
          'ul',
          {},
          // Values no result has are left out (a long city list would be mostly zeros), unless selected.
          ...counts[key]
            .filter(({ count, selected }) => count > 0 || selected)
            .map(({ value, count, selected }) => {
              const box = el('input', { type: 'checkbox', name: key, value, checked: selected });
              return el(
                'li',
                {},
                el(
                  'label',
                  {},
                  box,
                  ` ${value} `,
                  el('span', { className: 'facet__count' }, String(count), el('span', { className: 'visually-hidden' }, ' 篇')),
                ),
              );
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

function statusText(query: ParsedQuery, total: number, filtered: number, occurrences: number): string {
  const active = Object.values(state.filters).some((v) => v.length);
  if (!query.phrases.length) {
    if (state.q) return `“${state.q}”中没有可检索的文字。共收录 ${manifest.documents.length} 篇文件。`;
    return active ? `符合筛选条件的文件 ${filtered} 篇。` : `共收录 ${total} 篇文件。输入检索词，或按条件筛选。`;
  }
  const q = `“${query.text}”`;
  if (filtered === 0) return total > 0 ? `${q}：筛选条件下没有结果（不筛选时 ${total} 篇）。` : `没有找到含有${q}的文件。`;
  return `${q}：${filtered} 篇文件，${occurrences} 处匹配${active && filtered !== total ? `（不筛选时 ${total} 篇）` : ''}。`;
}

function getEngine(): Promise<SearchEngine> {
  engine ??= Promise.all([loadPagefind(), manifestLoad]).then(([pagefind, loaded]) => new SearchEngine(pagefind, loaded));
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Runs the search for `state`, renders it, and records it in the URL (`push`: a new history entry). */
async function run(history: 'push' | 'replace' | 'none') {
  const mine = ++generation;
  list.dataset.state = 'loading';
  const query = parseQuery(state.q);
  let results: DocumentResult[];
  if (last && last.q === query.text) {
    results = last.results;
  } else if (query.phrases.length) {
    status.textContent = `正在检索“${query.text}”…`;
    try {
      results = await (await getEngine()).search(query);
    } catch (error) {
      if (mine === generation) fail(error);
      return;
    }
  } else {
    results = allDocuments(manifest);
  }
  if (mine !== generation) return;
  last = { q: query.text, query, results };

  const url = `${location.pathname}${writeState(state, keys)}`;
  if (history !== 'none' && url !== `${location.pathname}${location.search}`) window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  document.title = query.text ? `“${query.text}” · 检索 · 营商环境政策库` : '检索 · 营商环境政策库';

  shown = results.filter((r) => matches(r.document, state.filters));
  renderFacets(results);
  observer?.disconnect();
  list.replaceChildren();
  rendered = 0;
  if (!(await renderMore(query, mine, true))) return;
  list.dataset.total = String(shown.length);
  status.textContent = statusText(
    query,
    results.length,
    shown.length,
    shown.reduce((sum, r) => sum + r.occurrences, 0),
  );
  list.dataset.state = 'done';
}

function fail(error: unknown) {
  console.warn(error);
  list.dataset.state = 'error';
  status.textContent = '检索索引未能加载。站点需先经 npm run build 生成索引；也可按地区浏览全部文件。';
}

function reportError(error: unknown) {
  console.warn('passage not loaded:', error);
}

let typing: ReturnType<typeof setTimeout> | undefined;
let composing = false;
function scheduleSearch() {
  clearTimeout(typing);
  typing = setTimeout(() => {
    state = { ...state, q: input.value.trim() };
    void run('replace');
  }, TYPING_DELAY_MS);
}

async function start() {
  $<HTMLElement>('[data-nojs]').hidden = true;
  status.textContent = '正在加载检索…';
  // Closed in the page, so a phone's single column never shifts; beside the results there is room.
  if (window.matchMedia('(min-width: 761px)').matches) filtersPanel.open = true;
  manifestLoad = loadManifest();
  // A shared link with a query needs the index at once: load it beside the manifest, not after it.
  if (new URLSearchParams(location.search).get('q')) void getEngine().catch(() => undefined);
  try {
    manifest = await manifestLoad;
  } catch (error) {
    fail(error);
    return;
  }
  keys = filterKeys(manifest.filterKeys);
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
  // Start loading the index while the user is still typing the first word.
  input.addEventListener('focus', () => void getEngine().catch(() => undefined), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    state = { ...state, q: input.value.trim() };
    void run('push');
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = new Set(state.filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    const filters: Record<string, readonly string[]> = { ...state.filters, [box.name]: [...values] };
    state = { ...state, filters: filters as Selection };
    void run('push');
  });
  more.addEventListener('click', () => {
    const first = rendered;
    void renderMore(last!.query, generation, false);
    list.children[first]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    state = readState(location.search, keys);
    input.value = state.q;
    void run('none');
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typingInField = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === '/' && !typingInField && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
  await run('none');
}

void start();
