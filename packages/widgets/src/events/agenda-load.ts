import type { ImportNote, Problem, SourceFormat, Summit } from '@gics/core';

export interface GicsAgendaLoadDetail {
  /** The summit as shown: invalid records already left out. */
  summit: Summit;
  /** The format `src` was read as (`gics` for a summit set as a property). */
  format: SourceFormat;
  /**
   * What was left out or changed: invalid workshops, themes or members skipped by `parseSummit`
   * (`record_dropped`, followed by their problems), references dropped, and, for a pretalx,
   * frab or Sessionize feed, the importer's notes. Empty when the data was clean.
   */
  warnings: Array<Problem | ImportNote>;
}

/** Fired by `<gics-agenda>` each time a summit is ready to show, from `src` or `.summit`. */
export class GicsAgendaLoadEvent extends CustomEvent<GicsAgendaLoadDetail> {
  constructor(detail: GicsAgendaLoadDetail) {
    super('gics-agenda-load', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-agenda-load': GicsAgendaLoadEvent;
  }
}
