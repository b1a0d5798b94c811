/**
 * The element classes, without registering any tag. Import `@gics/widgets/all.js` (or one
 * `@gics/widgets/<element>.js`) to define the elements.
 */
export { GicsThemeBadge } from './theme-badge/theme-badge.js';
export { GicsNewsletterSignup } from './newsletter/newsletter-signup.js';
export { GicsSubscribeEvent, type GicsSubscribeDetail } from './events/subscribe.js';
export { GicsSubscribedEvent, type GicsSubscribedDetail } from './events/subscribed.js';
export {
  GicsSubscribeErrorEvent,
  type GicsSubscribeErrorDetail,
} from './events/subscribe-error.js';
export {
  FAULT_KINDS,
  FORM_FIELD_KEYS,
  PROVIDER_NAMES,
  type FaultKind,
  type FieldProblem,
  type FormFieldKey,
  type FormFieldNames,
  type Provider,
  type ProviderName,
  type ProviderRequest,
  type ProviderSettings,
  type SubscribeFailure,
  type SubscribeOutcome,
  type SubscribeSuccess,
} from './newsletter/providers/types.js';
