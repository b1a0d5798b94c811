/**
 * The agenda's state in the page address, for `sync-url` and deep links.
 *
 * - Filters and view go in the query string: `?theme=a,b&format=panel&language=fr&day=2023-05-16
 *   &room=Grande%20salle&q=climat&view=grid`. Only these keys are touched; the host's own
 *   parameters stay as they are.
 * - The open workshop goes in the fragment, `#workshop-<id>`, the same deep link that opens the
 *   dialog on arrival whether `sync-url` is set or not.
 *
 * Written with `history.replaceState`, so filtering never floods the Back button.
 *
 * `UrlSync` is the agenda's reactive controller for it: after each update it writes what
 * changed since its last write (nothing while the visitor types a search), and it reports
 * `#workshop-<id>` fragments the page navigates to.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WorkshopFormat } from '@gics/core/summit';
import { workshopCardMessages } from '../i18n/workshop-card.js';
import { AGENDA_VIEWS, type AgendaView } from './types.js';

/** The filters a visitor set; `''` is no restriction. */
export interface Filters {
  /** Theme ids; a workshop with any of them passes. */
  themes: string[];
  format: WorkshopFormat | '';
  /** A BCP 47 tag, or `bilingual`, as `listLanguages` gives them. */
  language: string;
  /** A conference day, `YYYY-MM-DD`. */
  day: string;
  /** A room's key (`AgendaRoom.key`). */
  room: string;
  /** The search words, as typed. */
  query: string;
}

/** No filter set: every workshop shows. */
export const NO_FILTERS: Filters = {
  themes: [],
  format: '',
  language: '',
  day: '',
  room: '',
  query: '',
};

/** Whether any filter is set (blank search words are none). */
export function hasFilters(filters: Filters): boolean {
  return (
    filters.themes.length > 0 ||
    filters.format !== '' ||
    filters.language !== '' ||
    filters.day !== '' ||
    filters.room !== '' ||
    filters.query.trim() !== ''
  );
}

const KEYS = {
  themes: 'theme',
  format: 'format',
  language: 'language',
  day: 'day',
  room: 'room',
  query: 'q',
} as const satisfies Record<keyof Filters, string>;

/** The filters and view a query string (`location.search`) gives; unknown values are left out. */
export function readUrlState(search: string): { filters: Filters; view?: AgendaView } {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key) ?? '';
  const view = get('view');
  const format = get(KEYS.format);
  return {
    filters: {
      themes: get(KEYS.themes).split(',').filter(Boolean),
      format: isFormat(format) ? format : '',
      language: get(KEYS.language),
      day: get(KEYS.day),
      room: get(KEYS.room),
      query: get(KEYS.query),
    },
    view: (AGENDA_VIEWS as readonly string[]).includes(view) ? (view as AgendaView) : undefined,
  };
}

/**
 * Whether `value` names a workshop format. The card's words name every format (a
 * `Record<WorkshopFormat, string>`), and they are in the first load already, which the core's
 * list of formats (beside the summit schema) is not.
 */
function isFormat(value: string): value is WorkshopFormat {
  return Object.hasOwn(workshopCardMessages.en.formats, value);
}

const HASH = /^#workshop-(.+)$/;

/** The workshop id of a `#workshop-<id>` fragment. */
export function workshopIdFromHash(hash: string): string | undefined {
  const match = HASH.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

/**
 * Writes filters, view and the open workshop into the page address, leaving the host's own
 * parameters alone. `openId`: the open workshop, `undefined` when none, `null` to leave the
 * fragment alone.
 */
export function writeUrlState(
  filters: Filters,
  view: AgendaView,
  openId: string | undefined | null,
): void {
  const url = new URL(location.href);
  const params = url.searchParams;
  const set = (key: string, value: string) => {
    if (value) params.set(key, value);
    else params.delete(key);
  };
  set(KEYS.themes, filters.themes.join(','));
  set(KEYS.format, filters.format);
  set(KEYS.language, filters.language);
  set(KEYS.day, filters.day);
  set(KEYS.room, filters.room);
  set(KEYS.query, filters.query.trim());
  set('view', view === 'list' ? '' : view);
  if (openId) url.hash = `workshop-${encodeURIComponent(openId)}`;
  else if (openId === undefined && HASH.test(url.hash)) url.hash = '';
  const next = url.href.endsWith('#') ? url.href.slice(0, -1) : url.href;
  if (next !== location.href) history.replaceState(history.state, '', next);
}

/** What the page address shows. */
export interface UrlState {
  filters: Filters;
  view: AgendaView;
  /** The open workshop, `undefined` when none. */
  openId: string | undefined;
}

/** Keeps the page address in step with the agenda, and follows `#workshop-<id>` links. */
export class UrlSync implements ReactiveController {
  private written?: UrlState;

  /**
   * @param current What the address should show now; `undefined` to leave it as it is (no
   *   `sync-url`, nothing on show, or a search being typed).
   * @param linked Called with the fragment's workshop id when the page's fragment changes.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly current: () => UrlState | undefined,
    private readonly linked: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    const state = this.current();
    const last = this.written;
    if (!state) return;
    if (
      last?.filters === state.filters &&
      last.view === state.view &&
      last.openId === state.openId
    ) {
      return;
    }
    // The fragment is written only when the open workshop changed: a deep link the page
    // arrived with stays until its dialog opens.
    writeUrlState(state.filters, state.view, state.openId === last?.openId ? null : state.openId);
    this.written = state;
  }

  private readonly onHashChange = (): void => {
    const id = workshopIdFromHash(location.hash);
    if (id) this.linked(id);
  };
}
