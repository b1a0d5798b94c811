import type { Signup } from '@gics/core/newsletter';
import type { ProviderName } from '../newsletter/providers/types.js';

export interface GicsSubscribeDetail {
  /** The validated signup about to be sent, consent record included. */
  signup: Signup;
  /** The provider that will send it unless the event is cancelled. */
  provider: ProviderName;
  /** `true` when the visitor pressed "Try again" after a fault (same data as before). */
  retry: boolean;
}

/**
 * Fired by `<gics-newsletter-signup>` before it sends a valid signup. Cancel it
 * (`preventDefault()`) to send the signup yourself, then report back with the element's
 * `reportOutcome()`.
 */
export class GicsSubscribeEvent extends CustomEvent<GicsSubscribeDetail> {
  constructor(detail: GicsSubscribeDetail) {
    super('gics-subscribe', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-subscribe': GicsSubscribeEvent;
  }
}
