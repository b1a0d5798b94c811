import { GicsNewsletterSignup } from '../newsletter/newsletter-signup.js';
import { defineElement } from '../internal/define-element.js';

defineElement('gics-newsletter-signup', GicsNewsletterSignup);

declare global {
  interface HTMLElementTagNameMap {
    'gics-newsletter-signup': GicsNewsletterSignup;
  }
}

export { GicsNewsletterSignup };
