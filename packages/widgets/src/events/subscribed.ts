import type { Signup } from '@gics/core/newsletter';
import type { ProviderName } from '../newsletter/providers/types.js';

export interface GicsSubscribedDetail {
  /** What was sent, with the consent record to keep as proof. */
  signup: Signup;
  /** The provider that sent it, or `undefined` when the host handled `gics-subscribe` itself. */
  provider: ProviderName | undefined;
  /** Whether the visitor must confirm from their inbox (as the provider said, else `double-opt-in`). */
  doubleOptIn: boolean;
  /** The address was already subscribed. */
  alreadySubscribed: boolean;
  /** The provider's answer as received. */
  response?: unknown;
}

/** Fired by `<gics-newsletter-signup>` when the provider accepted a signup. */
export class GicsSubscribedEvent extends CustomEvent<GicsSubscribedDetail> {
  constructor(detail: GicsSubscribedDetail) {
    super('gics-subscribed', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-subscribed': GicsSubscribedEvent;
  }
}
