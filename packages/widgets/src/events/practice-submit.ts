import type { PracticeSubmission } from '@gics/core/community';
import type { PracticeProvider } from '../practice-form/types.js';

export interface GicsPracticeSubmitDetail {
  /** The validated submission about to be sent, consent record and contact address included. */
  submission: PracticeSubmission;
  /** How it will be sent unless the event is cancelled (`event`: by the host in any case). */
  provider: PracticeProvider;
  /** `true` when the visitor pressed "Try again" after a fault (same data as before). */
  retry: boolean;
}

/**
 * Fired by `<gics-practice-form>` before it sends a valid submission. Cancel it
 * (`preventDefault()`) to send the submission yourself, then report back with the element's
 * `reportOutcome()`; with `provider="event"` the element always waits for that report.
 */
export class GicsPracticeSubmitEvent extends CustomEvent<GicsPracticeSubmitDetail> {
  constructor(detail: GicsPracticeSubmitDetail) {
    super('gics-practice-submit', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-practice-submit': GicsPracticeSubmitEvent;
  }
}
