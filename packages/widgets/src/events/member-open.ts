import type { Member } from '@gics/core';

export interface GicsMemberOpenDetail {
  /** The member the visitor asked to see. */
  member: Member;
  /** How: a card's name, a map marker, a deep link (`#member-<id>`) or the `open()` method. */
  trigger: 'card' | 'marker' | 'link' | 'method';
}

/**
 * Fired by `<gics-members>` before it opens a member's detail dialog. Cancelable: cancel it
 * (`preventDefault()`) to show the member your own way.
 */
export class GicsMemberOpenEvent extends CustomEvent<GicsMemberOpenDetail> {
  constructor(detail: GicsMemberOpenDetail) {
    super('gics-member-open', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-member-open': GicsMemberOpenEvent;
  }
}
