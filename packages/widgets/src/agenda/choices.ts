/**
 * What the visitor chose to see, beside the agenda's public properties (`view`, `time-zone`,
 * `compact`): the filters, the grid's day and the rooms hidden from the grid. Setting one
 * renders the host again, as a Lit state property does.
 *
 * A summit starts with `themes` preselected, or with `sync-url` with the address's filters
 * (`start`); the views change the choices through the agenda's actions (actions.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Summit } from '@gics/core/summit';
import type { SearchBox } from '../internal/search-box.js';
import { loadUrlQuery } from './modules.js';
import type { Writable } from './parts.js';
import type { AgendaView } from './types.js';
import { NO_FILTERS, type Filters } from './url-state.js';

/** The values a visitor chooses. */
export interface ChoiceValues {
  /** The filters set, search words included. */
  filters: Filters;
  /** The day the grid shows (`YYYY-MM-DD`); `''` until the grid picks or is given one. */
  gridDay: string;
  /** The keys of the rooms the grid leaves out. */
  hiddenRooms: ReadonlySet<string>;
}

/** The visitor's choices, and the ways to change them. */
export interface Choices extends Readonly<ChoiceValues> {
  /** Changes some choices, and renders the host again. */
  set(change: Partial<ChoiceValues>): void;
  /** Sets `change` on the filters, keeping the others. */
  filter(change: Partial<Filters>): void;
  /**
   * The visitor typed `text` in the search box: the list follows every keystroke; the count
   * and the URL wait for a pause (internal/search-box.ts).
   */
  type(text: string): void;
  /** Clears every filter and the search box. */
  clear(): void;
  /** Selects theme `id`, or unselects it. */
  toggleTheme(id: string): void;
  /** Hides room `key` from the grid, or shows it again. */
  toggleRoom(key: string): void;
  /**
   * The choices a newly shown summit starts with: the `themes` it knows, or with `sync-url` the
   * filters the address gives (its themes, else `themes`), every room and the grid's own day.
   * Returns the view the address names, if any.
   */
  start(summit: Summit, themes: readonly string[], syncUrl: boolean): AgendaView | undefined;
}

/** The choices of agenda `host`; `search` is its search box, whose text follows the words. */
export function visitorChoices(host: ReactiveControllerHost, search: SearchBox): Choices {
  const choices: Writable<Choices> = {
    filters: NO_FILTERS,
    gridDay: '',
    hiddenRooms: new Set(),
    set: (change) => {
      Object.assign(choices, change);
      host.requestUpdate();
    },
    filter: (change) => choices.set({ filters: { ...choices.filters, ...change } }),
    type: (text) => {
      search.typed(text);
      choices.filter({ query: text });
    },
    clear: () => {
      search.reset();
      choices.set({ filters: NO_FILTERS });
    },
    toggleTheme: (id) => {
      const { themes } = choices.filters;
      choices.filter({
        themes: themes.includes(id) ? themes.filter((theme) => theme !== id) : [...themes, id],
      });
    },
    toggleRoom: (key) => {
      const hidden = new Set(choices.hiddenRooms);
      if (!hidden.delete(key)) hidden.add(key);
      choices.set({ hiddenRooms: hidden });
    },
    start: (summit, themes, syncUrl) => {
      let filters: Filters = { ...NO_FILTERS, themes: knownThemes(summit, themes) };
      let view: AgendaView | undefined;
      // Its module arrived with the summit (the agenda's load, its first update), unless it could not.
      const query = syncUrl ? loadUrlQuery.arrived : undefined;
      if (query) {
        const fromUrl = query.readUrlState(location.search);
        filters = { ...fromUrl.filters, themes: knownThemes(summit, fromUrl.filters.themes) };
        if (filters.themes.length === 0 && fromUrl.filters.themes.length === 0) {
          filters.themes = knownThemes(summit, themes);
        }
        view = fromUrl.view;
      }
      choices.set({ filters, gridDay: '', hiddenRooms: new Set() });
      search.reset(filters.query);
      return view;
    },
  };
  return choices;
}

/** The ids among `ids` of themes `summit` has. */
export function knownThemes(summit: Summit | undefined, ids: readonly string[]): string[] {
  const themes = summit?.themes ?? [];
  return ids.filter((id) => themes.some((theme) => theme.id === id));
}
