import { areas } from '../../config/sections.ts';
import { glossary } from '../../data/glossary.ts';
import { type AnswerHit, type FilterCounts, filterCounts, loadEngine, searchAnswers } from './engine.ts';
import { activeFilters, type Filters, filterQuery } from './filters.ts';
import { element, glossaryCard, resultItem } from './render.ts';
import { searchPageUrl } from './search-url.ts';
import { glossaryMatches, nearTerms } from './suggestions.ts';

const FILTER_NAMES = ['section', 'level', 'tag'] as const;

export interface SearchOptions {
  /** A search to run at once (the search page's address), filters applied once their values load. */
  initial?: { query: string; filters: Filters };
  /** Called after each render with what it answers (the search page keeps its address in step). */
  onShow?: (query: string, filters: Filters) => void;
}

/**
 * Everything a search panel (SearchPanel.astro) does, in the dialog or on the search page:
 * searches on every keystroke (no debounce: a newer query cancels an older one), filters by
 * section, level and tag, shows matching glossary terms above the answers, and suggestions when
 * nothing matches. The dialog loads it on first use (opener.ts owns opening, closing and the
 * shortcuts); the search page loads it at once (search-page.ts).
 */
export function attachSearch(panel: HTMLElement, base: string, options: SearchOptions = {}): void {
  const input = panel.querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
  const status = panel.querySelector('[data-search-status]') as HTMLElement;
  const results = panel.querySelector('[data-search-results]') as HTMLOListElement;
  const glossaryBox = panel.querySelector('[data-search-glossary]') as HTMLElement;
  const empty = panel.querySelector('[data-search-empty]') as HTMLElement;
  const pageLink = panel.querySelector<HTMLAnchorElement>('a[data-search-page-link]');
  const selects = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, panel.querySelector(`select[data-filter="${name}"]`) as HTMLSelectElement]),
  ) as Record<(typeof FILTER_NAMES)[number], HTMLSelectElement>;

  let current: AbortController | undefined;
  let searching = false;

  /**
   * One ranking at a time: a keystroke during a ranking cancels it (it stops at its next step)
   * and the latest query runs once it has stopped. Starting a ranking per keystroke instead
   * would pile up index lookups that nothing reads, and the last keystroke would wait for them.
   */
  const run = () => {
    current?.abort();
    if (searching) return;
    searching = true;
    void (async () => {
      try {
        do await rank();
        while (current?.signal.aborted);
      } finally {
        // Cleared with no await after the last check: a query typed from here on starts a new loop.
        searching = false;
      }
    })();
  };

  const rank = async () => {
    const attempt = new AbortController();
    current = attempt;
    const query = input.value;
    const filters: Filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, selects[name].value]));
    try {
      const hits = await searchAnswers(base, query, filters, {
        signal: attempt.signal,
        onFirstHits: (first) => showFirst(query, filters, first),
      });
      if (!attempt.signal.aborted) show(query, filters, hits);
    } catch {
      if (attempt.signal.aborted) return;
      // The index exists only after a build; the dev server serves the last one, if any.
      status.textContent = import.meta.env.DEV
        ? 'No search index yet: the dev server searches the last build’s index. Run npm run build once, then search again.'
        : 'The search index could not be loaded. Reload the page to try again, or browse a section.';
      results.replaceChildren();
      glossaryBox.hidden = true;
      fillSuggestions(empty, '', base, () => undefined);
      empty.hidden = false;
    }
  };

  /**
   * The answers for the query so far: the first screenful (`complete` false, the list marked
   * busy while the rest loads), then all of them with the count and suggestions.
   */
  const showAnswers = (query: string, filters: Filters, hits: AnswerHit[], complete: boolean) => {
    const terms = glossaryMatches(query, glossary).slice(0, 2);
    glossaryBox.replaceChildren(...terms.map((term) => glossaryCard(term, base)));
    glossaryBox.hidden = terms.length === 0;
    results.replaceChildren(...hits.map((hit, position) => resultItem(hit, query, position)));
    if (complete) results.removeAttribute('aria-busy');
    else results.setAttribute('aria-busy', 'true');
    // The query and filters these results answer: lets tests (and the bench) wait for exactly this render.
    results.dataset.query = query;
    results.dataset.filters = filterQuery(filters);
  };

  const showFirst = (query: string, filters: Filters, hits: AnswerHit[]) => {
    showAnswers(query, filters, hits, false);
    empty.hidden = true;
  };

  const show = (query: string, filters: Filters, hits: AnswerHit[]) => {
    const active = activeFilters(filters);
    showAnswers(query, active, hits, true);
    const searched = query.trim() !== '' || Object.keys(active).length > 0;
    empty.hidden = !searched || hits.length > 0;
    if (!empty.hidden)
      fillSuggestions(empty, query, base, (term) => {
        input.value = term;
        run();
        input.focus();
      });
    const found = !searched
      ? ''
      : hits.length === 0
        ? `No answers for “${query.trim()}”.`
        : `${hits.length === 1 ? '1 answer' : `${hits.length} answers`}${hits.length >= 12 ? ' (best 12)' : ''}.`;
    // While writing, results come from the last build, not from the pages being edited.
    status.textContent = found && import.meta.env.DEV ? `${found} From the last build’s index.` : found;
    if (pageLink) pageLink.href = searchPageUrl(base, query, active);
    options.onShow?.(query, active);
  };

  input.addEventListener('input', () => run());
  for (const select of Object.values(selects)) select.addEventListener('change', () => run());
  panel.addEventListener('keydown', (event) => moveThroughResults(event, input, results));
  panel.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    results.querySelector<HTMLAnchorElement>('a[data-result]')?.click();
  });
  const filtersLoaded = filterCounts(base)
    .then((counts) => fillFilters(selects, counts))
    .catch(() => undefined);
  if (options.initial) {
    const { query, filters } = options.initial;
    input.value = query;
    // The filter options arrive with the index: a search with filters waits for them.
    if (Object.keys(activeFilters(filters)).length === 0) run();
    else
      void filtersLoaded.then(() => {
        for (const name of FILTER_NAMES) selectValue(selects[name], filters[name]);
        run();
      });
  } else if (input.value) {
    // The reader may have typed before this module arrived.
    run();
  }
}

/** Selects `value` if the select offers it (an address may name a filter value that no longer exists). */
function selectValue(select: HTMLSelectElement, value: string | undefined): void {
  if (value && [...select.options].some((option) => option.value === value)) select.value = value;
}

/** Loads the search engine ahead of the first query (button hovered or focused). */
export function warmSearch(base: string): void {
  void loadEngine(base);
}

/** Arrow keys move between the input and the results; Enter follows the focused result. */
function moveThroughResults(event: KeyboardEvent, input: HTMLInputElement, results: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...results.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  if (links.length === 0) return;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
  event.preventDefault();
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
}

function fillFilters(selects: Record<string, HTMLSelectElement>, counts: FilterCounts): void {
  for (const [name, select] of Object.entries(selects)) {
    const values = Object.entries(counts[name] ?? {}).sort(([a], [b]) => a.localeCompare(b));
    select.append(...values.map(([value, count]) => element('option', { value }, [`${value} (${count})`])));
  }
}

function fillSuggestions(box: HTMLElement, query: string, base: string, searchFor: (term: string) => void): void {
  const near = nearTerms(query, glossary);
  const children: HTMLElement[] = [];
  if (near.length > 0) {
    const buttons = near.map((term) => {
      const button = element('button', { type: 'button', class: 'search-suggestion' }, [term.term]);
      button.addEventListener('click', () => searchFor(term.term));
      return element('li', {}, [button]);
    });
    children.push(element('p', {}, ['Did you mean:']), element('ul', { class: 'search-suggestions' }, buttons));
  }
  const sectionLinks = areas.flatMap((area) =>
    area.sections.map((section) =>
      element('li', {}, [element('a', { href: `${base}${section.directory}/` }, [section.label])]),
    ),
  );
  children.push(
    element('p', {}, [
      'Or browse a section, the ',
      element('a', { href: `${base}glossary/` }, ['glossary']),
      ' or the ',
      element('a', { href: `${base}tags/` }, ['tags']),
      ':',
    ]),
    element('ul', { class: 'search-sections' }, sectionLinks),
  );
  box.replaceChildren(...children);
}
