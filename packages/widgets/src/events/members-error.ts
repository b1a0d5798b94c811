import type { Problem } from '@gics/core';
import type { MembersErrorKind } from '../members/types.js';

export interface GicsMembersErrorDetail {
  /**
   * What went wrong: `not-found`, `server`, `not-json`, `not-community` (neither a community, a
   * summit nor Murmurations profiles) or `network`.
   */
  kind: MembersErrorKind;
  /** The message shown to the visitor, in the element's language. */
  message: string;
  /** The address that was fetched, when the data came from `src`. */
  src?: string;
  /** The HTTP status, for `not-found` and `server`. */
  status?: number;
  /** For `not-community`: why the document is not usable, in French and English. */
  problems?: Problem[];
}

/** Fired by `<gics-members>` when it could not show a directory. Not fired for an aborted load. */
export class GicsMembersErrorEvent extends CustomEvent<GicsMembersErrorDetail> {
  constructor(detail: GicsMembersErrorDetail) {
    super('gics-members-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-members-error': GicsMembersErrorEvent;
  }
}
