import type { Signup } from '@gics/core/newsletter';
import type { ProviderName, SubscribeFailure } from '../newsletter/providers/types.js';

export interface GicsSubscribeErrorDetail extends SubscribeFailure {
  /** What the visitor tried to send (still in the form; "Try again" resends it). */
  signup: Signup;
  /** The provider that sent it, or `undefined` when the host handled `gics-subscribe` itself. */
  provider: ProviderName | undefined;
}

/**
 * Fired by `<gics-newsletter-signup>` when a signup did not go through; `detail.kind` says why
 * (`timeout`, `offline`, `network`, `cors`, `server`, `rate-limited`, `invalid-response`,
 * `script`, `rejected`, `invalid`). Not fired for the form's own validation errors.
 */
export class GicsSubscribeErrorEvent extends CustomEvent<GicsSubscribeErrorDetail> {
  constructor(detail: GicsSubscribeErrorDetail) {
    super('gics-subscribe-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-subscribe-error': GicsSubscribeErrorEvent;
  }
}
