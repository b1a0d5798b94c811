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
 */
import { AGENDA_VIEWS, type AgendaView } from './types.js';

export interface Filters {
  themes: string[];
  format: string;
  language: string;
  day: string;
  room: string;
  query: string;
}

export const NO_FILTERS: Filters = {
  themes: [],
  format: '',
  language: '',
  day: '',
  room: '',
  query: '',
};

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

export function readUrlState(search: string): { filters: Filters; view?: AgendaView } {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(key) ?? '';
  const view = get('view');
  return {
    filters: {
      themes: get(KEYS.themes).split(',').filter(Boolean),
      format: get(KEYS.format),
      language: get(KEYS.language),
      day: get(KEYS.day),
      room: get(KEYS.room),
      query: get(KEYS.query),
    },
    view: (AGENDA_VIEWS as readonly string[]).includes(view) ? (view as AgendaView) : undefined,
  };
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

/** `openId`: the open workshop, `undefined` when none, `null` to leave the fragment alone. */
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
