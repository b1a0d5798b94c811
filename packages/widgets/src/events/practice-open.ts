import type { Practice } from '@gics/core';

export interface GicsPracticeOpenDetail {
  /** The practice the visitor asked to see. */
  practice: Practice;
  /**
   * How: a card's title, a related practice in the dialog, a deep link (`#practice-<id>`, back
   * and forward included) or the `open()` method.
   */
  trigger: 'card' | 'related' | 'link' | 'method';
}

/**
 * Fired by `<gics-practices>` before it shows a practice in its detail dialog. Cancelable: cancel
 * it (`preventDefault()`) to show the practice your own way.
 */
export class GicsPracticeOpenEvent extends CustomEvent<GicsPracticeOpenDetail> {
  constructor(detail: GicsPracticeOpenDetail) {
    super('gics-practice-open', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-practice-open': GicsPracticeOpenEvent;
  }
}
