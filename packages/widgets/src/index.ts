/**
 * The element classes, without registering any tag. Import `@gics/widgets/all.js` (or one
 * `@gics/widgets/<element>.js`) to define the elements.
 */
export { GicsThemeBadge } from './theme-badge/theme-badge.js';
export { GicsNewsletterSignup } from './newsletter/newsletter-signup.js';
export { GicsAgenda } from './agenda/agenda.js';
export { GicsWorkshopCard } from './workshop-card/workshop-card.js';
export { GicsMembers } from './members/members.js';
export {
  MEMBERS_ERROR_KINDS,
  MEMBERS_VIEWS,
  type MembersErrorKind,
  type MembersFormat,
  type MembersView,
} from './members/types.js';
export { GicsMembersLoadEvent, type GicsMembersLoadDetail } from './events/members-load.js';
export { GicsMembersErrorEvent, type GicsMembersErrorDetail } from './events/members-error.js';
export { GicsMemberOpenEvent, type GicsMemberOpenDetail } from './events/member-open.js';
export { GicsPractices } from './practices/practices.js';
export {
  PRACTICES_ERROR_KINDS,
  type PracticesErrorKind,
  type PracticesSourceKind,
} from './practices/types.js';
export { GicsPracticesLoadEvent, type GicsPracticesLoadDetail } from './events/practices-load.js';
export {
  GicsPracticesErrorEvent,
  type GicsPracticesErrorDetail,
} from './events/practices-error.js';
export { GicsPracticeOpenEvent, type GicsPracticeOpenDetail } from './events/practice-open.js';
export { GicsPracticeForm } from './practice-form/practice-form.js';
export {
  AGENDA_ERROR_KINDS,
  AGENDA_VIEWS,
  FEED_FORMATS,
  type AgendaErrorKind,
  type AgendaView,
  type FeedFormat,
} from './agenda/types.js';
export { GicsAgendaLoadEvent, type GicsAgendaLoadDetail } from './events/agenda-load.js';
export { GicsAgendaErrorEvent, type GicsAgendaErrorDetail } from './events/agenda-error.js';
export {
  GicsFavoriteChangeEvent,
  type GicsFavoriteChangeDetail,
} from './events/favorite-change.js';
export { GicsWorkshopOpenEvent, type GicsWorkshopOpenDetail } from './events/workshop-open.js';
export { GicsAgendaUpdateEvent, type GicsAgendaUpdateDetail } from './events/agenda-update.js';
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
export {
  GicsPracticeSubmitEvent,
  type GicsPracticeSubmitDetail,
} from './events/practice-submit.js';
export {
  GicsPracticeSubmittedEvent,
  type GicsPracticeSubmittedDetail,
} from './events/practice-submitted.js';
export {
  GicsPracticeSubmitErrorEvent,
  type GicsPracticeSubmitErrorDetail,
} from './events/practice-submit-error.js';
export {
  PRACTICE_PROVIDERS,
  type PracticeFaultKind,
  type PracticeProvider,
  type PracticeSubmitFailure,
  type PracticeSubmitOutcome,
  type PracticeSubmitSuccess,
} from './practice-form/types.js';
