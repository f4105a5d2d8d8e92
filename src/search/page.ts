/**
 * The search page in the browser: loads Pagefind and the fold map on first use, runs a query,
 * and writes what src/search/results.ts computes into the page. The thin, impure shell.
 */
import { foldMap, foldWith, looseQuery, pagefindQuery, queryTerms } from './query.ts';
import { countFilters, type Filters, filtersHtml, type Hit, itemHits, moreLabel, type ResultPage, resultsHtml, stateFromSearch, statusLine, urlOf } from './results.ts';

type Response = { results: Array<{ id: string; data: () => Promise<ResultPage> }>; filters: Record<string, Record<string, number>> };
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Filters }) => Promise<Response>;
  filters: () => Promise<Record<string, Record<string, number>>>;
};

/**
 * Plans whose items are read at a time (each is a fragment to fetch: a plan's whole text), items
 * shown at a time, and the items the first read looks for — a screenful, so a query's first
 * answer costs a few plans' text, not ten.
 */
const PAGES = 5;
const SHOWN = 60;
const FIRST_SCREEN = 10;

export interface SearchPageOptions {
  /** The site's base path, with slashes at both ends. */
  base: string;
  /** Base paths of other shards whose indexes this one merges. */
  merge: string[];
}

export function startSearchPage({ base, merge }: SearchPageOptions): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-results]')!;
  const filterBox = document.querySelector<HTMLElement>('[data-filters]')!;
  const moreButton = document.querySelector<HTMLButtonElement>('[data-more]')!;
  const filterToggle = document.querySelector<HTMLButtonElement>('[data-filters-toggle]')!;

  let engine: Promise<{ pagefind: Pagefind; fold: (s: string) => string }> | null = null;
  // Pagefind and the fold map load on first use only.
  const load = () => {
    engine ??= (async () => {
      const [pagefind, map] = await Promise.all([
        import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
        fetch(`${base}search/fold.json`).then((r) => r.json()),
      ]);
      // Long excerpts cover a whole item, so the page can check that an item holds the phrase and
      // cut its own excerpt around it.
      await pagefind.options({ baseUrl: base, excerptLength: 300 });
      // A sharded build merges the other shards' indexes, so one search covers every plan.
      for (const other of merge) await pagefind.mergeIndex(`${other}pagefind/`, { baseUrl: other });
      await pagefind.init();
      const m = foldMap(map);
      return { pagefind, fold: (s: string) => foldWith(m, s) };
    })();
    return engine;
  };
  // The filter index (every plan's year, level, issuer and topics) loads when the reader asks for
  // filters, or comes with filters in the URL: on a large site it weighs as much as a query.
  let filtersLoaded: Promise<void> | null = null;
  const loadFilters = () => {
    filtersLoaded ??= load().then(async ({ pagefind }) => {
      // Filter counts come back with results only once the filter index is loaded.
      await pagefind.filters();
    });
    return filtersLoaded;
  };

  let current = 0;
  // The query being read: its matching plans, most relevant first, and how far they have been read.
  let reading: {
    ticket: number;
    q: string;
    chosen: Response['results'];
    loaded: number;
    hits: Hit[];
    shown: number;
    read: (from: number) => Promise<Hit[]>;
  } | null = null;

  const show = () => {
    if (!reading) return;
    const { q, hits, chosen, loaded, shown } = reading;
    status.textContent = statusLine(q, hits.length, chosen.length, loaded, shown);
    list.innerHTML = resultsHtml(hits, shown);
    const label = moreLabel(hits.length, shown, loaded, chosen.length);
    moreButton.hidden = label === null;
    moreButton.textContent = label ?? '';
  };

  // 更多结果: show what is read, else read the next plans — until every matching plan is read.
  moreButton.addEventListener('click', async () => {
    const r = reading;
    if (!r) return;
    const target = r.shown + SHOWN;
    moreButton.disabled = true;
    while (r.hits.length < target && r.loaded < r.chosen.length && r.ticket === current) {
      const more = await r.read(r.loaded);
      r.loaded = Math.min(r.chosen.length, r.loaded + PAGES);
      r.hits.push(...more);
    }
    moreButton.disabled = false;
    if (r.ticket !== current) return;
    r.shown = target;
    show();
  });

  const run = async (q: string, filters: Filters) => {
    const ticket = ++current;
    input.value = q;
    if (!q.trim()) {
      reading = null;
      list.replaceChildren();
      filterBox.replaceChildren();
      filterToggle.hidden = true;
      moreButton.hidden = true;
      status.textContent = '输入词语后按回车检索。';
      return;
    }
    status.textContent = '正在检索……';
    const { pagefind, fold } = await load();
    const filtering = Object.keys(filters).length > 0 || filterToggle.getAttribute('aria-expanded') === 'true';
    if (filtering) await loadFilters();
    const terms = queryTerms(q, fold);
    // The phrase query finds the plans (and their filter counts); their items come from each
    // plan's own text (itemsOfPage). A phrase that starts or ends inside an indexed word finds
    // nothing: then the words are asked for loose, and only items that hold the phrase are kept.
    const phrase = await pagefind.search(pagefindQuery(q, fold), { filters });
    const exact = phrase.results.length > 0 || !terms.some((t) => t.length > 2);
    const response = exact ? phrase : await pagefind.search(looseQuery(q, fold), { filters });
    const chosen = response.results;
    const read = async (from: number) => itemHits(await Promise.all(chosen.slice(from, from + PAGES).map((r) => r.data())), terms, fold, filters.专题);
    const hits: Hit[] = [];
    let loaded = 0;
    while (loaded < chosen.length && (loaded === 0 || hits.length < FIRST_SCREEN)) {
      hits.push(...(await read(loaded)));
      loaded = Math.min(chosen.length, loaded + PAGES);
    }
    if (ticket !== current) return;
    reading = { ticket, q, chosen, loaded, hits, shown: SHOWN, read };
    filterBox.innerHTML = filtering ? filtersHtml(exact ? response.filters : countFilters(hits), filters) : '';
    filterToggle.hidden = filtering || chosen.length === 0;
    show();
  };

  const selectedFilters = () => {
    const filters: Filters = {};
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) filters[box.name] = [...(filters[box.name] ?? []), box.value];
    return filters;
  };

  const commit = (push: boolean) => {
    const state = { q: input.value.trim(), filters: selectedFilters() };
    const next = urlOf(location.pathname, state);
    if (next !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', next);
    void run(state.q, state.filters);
  };

  let typing: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = window.setTimeout(() => commit(false), 250);
  });
  input.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit(true);
  });
  filterBox.addEventListener('change', () => commit(true));
  filterToggle.addEventListener('click', () => {
    filterToggle.setAttribute('aria-expanded', 'true');
    filterToggle.hidden = true;
    commit(false);
  });
  window.addEventListener('popstate', () => {
    const { q, filters } = stateFromSearch(location.search);
    void run(q, filters);
  });

  // Arrow keys move between the search box and the results; Escape returns to the box.
  document.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
      links[Math.min(at + 1, links.length - 1)]?.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? input : links[at - 1]!).focus();
      event.preventDefault();
    } else if (event.key === 'Escape' && at >= 0) {
      input.focus();
    }
  });

  const initial = stateFromSearch(location.search);
  if (initial.q) void run(initial.q, initial.filters);
  else input.focus();
}
