import type { Problem } from '@gics/core';
import type { AgendaErrorKind } from '../agenda/types.js';

export interface GicsAgendaErrorDetail {
  /**
   * What went wrong: `not-found`, `server`, `not-json`, `not-summit`, `no-time-zone` (a feed
   * that does not say its zone: set `feed-time-zone`) or `network`.
   */
  kind: AgendaErrorKind;
  /** The message shown to the visitor, in the agenda's language. */
  message: string;
  /** The address that was fetched, when the data came from `src`. */
  src?: string;
  /** The HTTP status, for `not-found` and `server`. */
  status?: number;
  /**
   * For `not-summit` and `no-time-zone`: why the document is not a usable summit, in French and
   * English.
   */
  problems?: Problem[];
}

/** Fired by `<gics-agenda>` when it could not show a summit. Not fired for an aborted load. */
export class GicsAgendaErrorEvent extends CustomEvent<GicsAgendaErrorDetail> {
  constructor(detail: GicsAgendaErrorDetail) {
    super('gics-agenda-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-agenda-error': GicsAgendaErrorEvent;
  }
}
