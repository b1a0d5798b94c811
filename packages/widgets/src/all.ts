/**
 * Defines every GICS element. This is the entry of the one-file CDN build.
 *
 * It calls `defineElement` itself instead of importing `./define/*.js`: an entry that imports
 * another entry makes the bundler move the shared `defineElement(...)` call into a chunk, which
 * `sideEffects` does not list, so an app's bundler would drop the registration silently.
 */
import { defineElement } from './internal/define-element.js';
import { GicsAgenda, GicsNewsletterSignup, GicsThemeBadge, GicsWorkshopCard } from './index.js';

defineElement('gics-theme-badge', GicsThemeBadge);
defineElement('gics-newsletter-signup', GicsNewsletterSignup);
defineElement('gics-workshop-card', GicsWorkshopCard);
defineElement('gics-agenda', GicsAgenda);

declare global {
  // The same entries as the define modules', so `all.d.ts` carries them too.
  interface HTMLElementTagNameMap {
    'gics-theme-badge': GicsThemeBadge;
    'gics-newsletter-signup': GicsNewsletterSignup;
    'gics-workshop-card': GicsWorkshopCard;
    'gics-agenda': GicsAgenda;
  }
}

export * from './index.js';
