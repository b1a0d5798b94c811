import type { Workshop } from '@gics/core';

export interface GicsWorkshopOpenDetail {
  /** The workshop the visitor asked to see. */
  workshop: Workshop;
  /** How: a card's title, a deep link (`#workshop-<id>`) or the `open()` method. */
  trigger: 'card' | 'link' | 'method';
}

/**
 * Fired by `<gics-agenda>` before it opens a workshop's detail dialog. Cancelable: cancel it
 * (`preventDefault()`) to show the workshop your own way.
 */
export class GicsWorkshopOpenEvent extends CustomEvent<GicsWorkshopOpenDetail> {
  constructor(detail: GicsWorkshopOpenDetail) {
    super('gics-workshop-open', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-workshop-open': GicsWorkshopOpenEvent;
  }
}
