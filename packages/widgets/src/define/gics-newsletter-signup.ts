import { GicsNewsletterSignup } from '../newsletter/newsletter-signup.js';
import { defineElement } from '../internal/define-element.js';

defineElement('gics-newsletter-signup', GicsNewsletterSignup);

declare global {
  interface HTMLElementTagNameMap {
    'gics-newsletter-signup': GicsNewsletterSignup;
  }
}

export { GicsNewsletterSignup };
// Re-exported so this module's typings carry the events' `GlobalEventHandlersEventMap` entries:
// `addEventListener('gics-subscribed', …)` is typed with only this subpath imported.
export type { GicsSubscribeEvent } from '../events/subscribe.js';
export type { GicsSubscribedEvent } from '../events/subscribed.js';
export type { GicsSubscribeErrorEvent } from '../events/subscribe-error.js';
