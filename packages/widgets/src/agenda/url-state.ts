/**
 * The agenda's state in the page address, for `sync-url` and deep links.
 *
 * - Filters and view go in the query string (url-query.ts, which reads and writes it, arrives
 *   on demand with `sync-url`). Only the agenda's keys are touched; the host's own parameters
 *   stay as they are.
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
import { loadUrlQuery } from './modules.js';
import type { AgendaView } from './types.js';

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

/** A workshop's deep link, `#workshop-<id>`. */
export const WORKSHOP_FRAGMENT = /^#workshop-(.+)$/;

/** The workshop id of a `#workshop-<id>` fragment. */
export function workshopIdFromHash(hash: string): string | undefined {
  const match = WORKSHOP_FRAGMENT.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
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
    const openId = state.openId === last?.openId ? null : state.openId;
    this.written = state;
    const query = loadUrlQuery.arrived;
    if (query) query.writeUrlState(state.filters, state.view, openId);
    else {
      // Writes in order once the module has arrived; one that does not arrive writes nothing.
      loadUrlQuery().then(
        ({ writeUrlState }) => writeUrlState(state.filters, state.view, openId),
        () => undefined,
      );
    }
  }

  private readonly onHashChange = (): void => {
    const id = workshopIdFromHash(location.hash);
    if (id) this.linked(id);
  };
}
