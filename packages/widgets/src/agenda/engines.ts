/**
 * The agenda's search and filtering, which arrive on demand (modules.ts), and what its updates
 * wait for of them:
 *
 *   after the first paint → `warmSearch`: the text search arrives and the summit's search index
 *     is built in a background task, so the first keystroke costs what the others do;
 *     `warmFiltering`: the filtering arrives, ready for the first filter
 *   a query typed before the text search is there → `wantTextSearch`: the host renders again
 *     once it has arrived
 *   a filter set before the filtering is there → `wantFilterEngine`, and the update waits for it
 *     (`needs`), so the first cards drawn are the filtered ones
 *   `updateComplete` → also waits for what is on its way (`arriving`)
 *
 * A module that failed to arrive is asked for again the next time it is wanted.
 */
import type { ReactiveControllerHost } from 'lit';
import type { WorkshopTextSearch } from '@gics/core/agenda';
import type { Summit } from '@gics/core/summit';
import type { Choices } from './choices.js';
import { searchFromWorker } from './load.js';
import type { SummitLoad } from './load-controller.js';
import { loadFilterEngine, loadTextSearch } from './modules.js';
import type { Writable } from './parts.js';
import { hasFilters } from './url-state.js';

/** The text search and the filtering of one agenda. */
export interface SearchEngines {
  /** The text search, once its module has arrived. */
  readonly textSearch?: WorkshopTextSearch;
  /**
   * What an update needs at once: the filtering, when a filter is set on a summit on show (one
   * that comes with the summit, from `themes` or the address, among others), so the first cards
   * drawn are the filtered ones.
   */
  needs(): Array<Promise<unknown>>;
  /** The modules on their way, which `updateComplete` waits for. */
  arriving(): Array<Promise<unknown>>;
  /** Asks for the text search; the host renders again once it has arrived. */
  wantTextSearch(): Promise<unknown>;
  /**
   * Asks for the filtering (shared by every agenda of the page), and renders again once it has
   * arrived if a filter waits for it.
   */
  wantFilterEngine(): Promise<unknown>;
  /**
   * After the first render, loads the text search and builds `summit`'s search index in a
   * background task (folded text and distinct words of every workshop).
   */
  warmSearch(summit: Summit): void;
  /**
   * Loads the filtering after the first paint, ready for the first filter (or before it when a
   * filter comes with the summit: see `needs`).
   */
  warmFiltering(): void;
}

/**
 * The search and filtering of agenda `host`, for the visitor's `choices` and the summit
 * `loader` shows.
 */
export function searchEngines(
  host: ReactiveControllerHost,
  choices: Choices,
  loader: SummitLoad,
): SearchEngines {
  let textSearchArriving: Promise<unknown> | undefined;
  let filterEngineArriving: Promise<unknown> | undefined;
  const filtering = () => hasFilters(choices.filters);
  // Searches with `search` from now on, and renders again with it.
  const use = (search: WorkshopTextSearch) => {
    if (engines.textSearch) return;
    engines.textSearch = search;
    host.requestUpdate();
  };
  const engines: Writable<SearchEngines> = {
    needs: () =>
      loader.status === 'ready' && filtering() && !loadFilterEngine.arrived
        ? [engines.wantFilterEngine()]
        : [],
    arriving: () =>
      [textSearchArriving, filterEngineArriving].filter((arriving) => arriving !== undefined),
    wantTextSearch: () =>
      engines.textSearch
        ? Promise.resolve()
        : (textSearchArriving ??= loadTextSearch()
            .then((search) => use(search.WORKSHOP_TEXT_SEARCH))
            .catch(() => undefined)
            .finally(() => (textSearchArriving = undefined))),
    wantFilterEngine: () =>
      loadFilterEngine.arrived
        ? Promise.resolve()
        : (filterEngineArriving ??= loadFilterEngine()
            .then(() => {
              if (filtering()) host.requestUpdate();
            })
            .catch(() => undefined)
            .finally(() => (filterEngineArriving = undefined))),
    warmSearch: (summit) => {
      setTimeout(() => {
        loadTextSearch().then(
          ({ WORKSHOP_TEXT_SEARCH, prepareWorkshopSearch }) => {
            use(WORKSHOP_TEXT_SEARCH);
            if (loader.summit !== summit) return;
            // A load worker may be building it already (load.ts): then this finds it built.
            void searchFromWorker(summit).then(() =>
              setTimeout(() => prepareWorkshopSearch(summit), 0),
            );
          },
          // Asked for again at the first query.
          () => undefined,
        );
      }, 0);
    },
    warmFiltering: () => {
      setTimeout(() => void loadFilterEngine().catch(() => undefined), 0);
    },
  };
  return engines;
}
