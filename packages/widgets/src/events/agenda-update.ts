import type { ProgrammeChanges, Summit } from '@gics/core';

export interface GicsAgendaUpdateDetail {
  /** The newer programme, now shown. */
  summit: Summit;
  /** What changed from the programme shown before: added, removed, cancelled, moved, edited. */
  changes: ProgrammeChanges;
}

/**
 * Fired by `<gics-agenda refresh>` when a refresh of `src` brought a changed programme, once it
 * is shown (filters, view, favourites and the open dialog kept).
 */
export class GicsAgendaUpdateEvent extends CustomEvent<GicsAgendaUpdateDetail> {
  constructor(detail: GicsAgendaUpdateDetail) {
    super('gics-agenda-update', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-agenda-update': GicsAgendaUpdateEvent;
  }
}
