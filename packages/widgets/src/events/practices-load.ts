import type { Community, Problem } from '@gics/core';
import type { PracticesSourceKind } from '../practices/types.js';

export interface GicsPracticesLoadDetail {
  /** The community as shown (for a summit file, its themes, members and practices). */
  community: Community;
  /** Whether the data was a community document or a summit file. */
  source: PracticesSourceKind;
  /**
   * What was left out: invalid practices, members or themes skipped by the reader
   * (`record_dropped`, followed by their problems) and references to nothing. Empty when the
   * data was clean.
   */
  warnings: Problem[];
}

/** Fired by `<gics-practices>` each time a library is ready to show, from `src` or a property. */
export class GicsPracticesLoadEvent extends CustomEvent<GicsPracticesLoadDetail> {
  constructor(detail: GicsPracticesLoadDetail) {
    super('gics-practices-load', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-practices-load': GicsPracticesLoadEvent;
  }
}
