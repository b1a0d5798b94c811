/**
 * What a framework template may set on each GICS element, and which events each one fires,
 * shared by the React (`../react.ts`) and Vue (`../vue.ts`) declarations.
 *
 * Only the names are listed here: every type is read from the element and event classes
 * themselves, so a property whose type changes in its class changes in JSX and Vue templates
 * too. The consumer test (apps/consumer-test) checks these lists against
 * `custom-elements.json`, so an attribute, property or event added to an element without being
 * added here fails the build.
 */
import type { GicsAgenda } from '../agenda/agenda.js';
import type { GicsAgendaErrorEvent } from '../events/agenda-error.js';
import type { GicsAgendaLoadEvent } from '../events/agenda-load.js';
import type { GicsFavoriteChangeEvent } from '../events/favorite-change.js';
import type { GicsSubscribeErrorEvent } from '../events/subscribe-error.js';
import type { GicsSubscribeEvent } from '../events/subscribe.js';
import type { GicsSubscribedEvent } from '../events/subscribed.js';
import type { GicsWorkshopOpenEvent } from '../events/workshop-open.js';
import type { GicsNewsletterSignup } from '../newsletter/newsletter-signup.js';
import type { GicsThemeBadge } from '../theme-badge/theme-badge.js';
import type { GicsWorkshopCard } from '../workshop-card/workshop-card.js';

/** Each tag's class. */
export interface GicsElements {
  'gics-agenda': GicsAgenda;
  'gics-newsletter-signup': GicsNewsletterSignup;
  'gics-theme-badge': GicsThemeBadge;
  'gics-workshop-card': GicsWorkshopCard;
}

export type GicsTag = keyof GicsElements;

/**
 * The public, writable properties of each element. Read-only ones (`loadedSummit`,
 * `favoriteIds`, `language`) are left out: a template cannot set them.
 */
interface SettableProperties {
  'gics-agenda':
    | 'src'
    | 'summit'
    | 'format'
    | 'feedTimeZone'
    | 'lang'
    | 'view'
    | 'timeZone'
    | 'themes'
    | 'hideFilters'
    | 'syncUrl'
    | 'now'
    | 'workshopHref'
    | 'compact'
    | 'colorScheme';
  'gics-newsletter-signup':
    | 'action'
    | 'provider'
    | 'lang'
    | 'layout'
    | 'nameField'
    | 'colorScheme'
    | 'senderName'
    | 'senderContact'
    | 'privacyUrl'
    | 'themes'
    | 'src'
    | 'lists'
    | 'fieldNames'
    | 'mailchimpGroup'
    | 'mailchimpPermission'
    | 'doubleOptIn'
    | 'minSubmitTime'
    | 'timeout';
  'gics-theme-badge': 'name' | 'color' | 'colorScheme';
  'gics-workshop-card':
    'workshop' | 'summit' | 'lang' | 'timeZone' | 'href' | 'headingLevel' | 'now' | 'colorScheme';
}

/** Every settable property of `Tag`, optional, with the type its class declares. */
export type GicsProperties<Tag extends GicsTag> = {
  [Name in SettableProperties[Tag] & keyof GicsElements[Tag]]?: GicsElements[Tag][Name];
};

/**
 * Attributes whose name is not the property's (the dashed ones), mapped to their property.
 * Attributes named like their property (`src`, `view`…) need no entry: both frameworks set
 * the property when the element has it, so the property's type is the one that applies.
 */
interface DashedAttributes {
  'gics-agenda': {
    'feed-time-zone': 'feedTimeZone';
    'time-zone': 'timeZone';
    'hide-filters': 'hideFilters';
    'sync-url': 'syncUrl';
    'workshop-href': 'workshopHref';
    'color-scheme': 'colorScheme';
  };
  'gics-newsletter-signup': {
    'name-field': 'nameField';
    'color-scheme': 'colorScheme';
    'sender-name': 'senderName';
    'sender-contact': 'senderContact';
    'privacy-url': 'privacyUrl';
    'field-names': 'fieldNames';
    'mailchimp-group': 'mailchimpGroup';
    'mailchimp-permission': 'mailchimpPermission';
    'double-opt-in': 'doubleOptIn';
    'min-submit-time': 'minSubmitTime';
  };
  'gics-theme-badge': { 'color-scheme': 'colorScheme' };
  'gics-workshop-card': {
    'time-zone': 'timeZone';
    'heading-level': 'headingLevel';
    'color-scheme': 'colorScheme';
  };
}

/**
 * What an attribute accepts, from its property's type: booleans stay booleans (React and Vue
 * remove the attribute for `false`), numbers may be written as text, string unions keep their
 * values, and lists or objects are written as text (`themes="a b"`, `field-names='{…}'`).
 */
type AttributeValue<T> = [T] extends [boolean]
  ? boolean
  : [T] extends [number]
    ? number | `${number}`
    : [T] extends [string]
      ? T
      : string;

/** The dashed attributes of `Tag`, optional, typed from their property. */
export type GicsAttributes<Tag extends GicsTag> = {
  [Attribute in keyof DashedAttributes[Tag]]?: AttributeValue<
    NonNullable<GicsElements[Tag][DashedAttributes[Tag][Attribute] & keyof GicsElements[Tag]]>
  >;
};

/** The events each element fires, by name, with the event class it dispatches. */
export interface GicsEvents {
  'gics-agenda': {
    'gics-agenda-load': GicsAgendaLoadEvent;
    'gics-agenda-error': GicsAgendaErrorEvent;
    'gics-favorite-change': GicsFavoriteChangeEvent;
    'gics-workshop-open': GicsWorkshopOpenEvent;
  };
  'gics-newsletter-signup': {
    'gics-subscribe': GicsSubscribeEvent;
    'gics-subscribed': GicsSubscribedEvent;
    'gics-subscribe-error': GicsSubscribeErrorEvent;
  };
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- fires no events
  'gics-theme-badge': {};
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- fires no events
  'gics-workshop-card': {};
}
