/**
 * The agenda's filters and view in the page's query string, for `sync-url`:
 * `?theme=a,b&format=panel&language=fr&day=2023-05-16&room=Grande%20salle&q=climat&view=grid`.
 * Only these keys are touched; the host's own parameters stay as they are. The agenda loads
 * this module only with `sync-url` (`loadUrlQuery`), before it shows a summit; `UrlSync`
 * (url-state.ts) says when to write.
 */
import type { WorkshopFormat } from '@gics/core/summit';
import { workshopCardMessages } from '../i18n/workshop-card.js';
import { AGENDA_VIEWS, type AgendaView } from './types.js';
import { WORKSHOP_FRAGMENT, type Filters } from './url-state.js';

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
  else if (openId === undefined && WORKSHOP_FRAGMENT.test(url.hash)) url.hash = '';
  const next = url.href.endsWith('#') ? url.href.slice(0, -1) : url.href;
  if (next !== location.href) history.replaceState(history.state, '', next);
}
