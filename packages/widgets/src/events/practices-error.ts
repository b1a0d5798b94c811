import type { Problem } from '@gics/core';
import type { PracticesErrorKind } from '../practices/types.js';

export interface GicsPracticesErrorDetail {
  /**
   * What went wrong: `not-found`, `server`, `not-json`, `not-community` (neither a community nor a
   * summit document) or `network`.
   */
  kind: PracticesErrorKind;
  /** The message shown to the visitor, in the library's language. */
  message: string;
  /** The address that was fetched, when the data came from `src`. */
  src?: string;
  /** The HTTP status, for `not-found` and `server`. */
  status?: number;
  /** For `not-community`: why the document is not usable, in French and English. */
  problems?: Problem[];
}

/** Fired by `<gics-practices>` when it could not show a library. Not fired for an aborted load. */
export class GicsPracticesErrorEvent extends CustomEvent<GicsPracticesErrorDetail> {
  constructor(detail: GicsPracticesErrorDetail) {
    super('gics-practices-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-practices-error': GicsPracticesErrorEvent;
  }
}
