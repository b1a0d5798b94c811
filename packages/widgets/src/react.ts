/**
 * JSX types for React 19, which sets custom elements' properties and listens to their events
 * natively (no wrapper component). Load them once, in any file of the app:
 *
 * ```ts
 * import type {} from '@gics/widgets/react';
 * ```
 *
 * How React 19 treats a prop on a custom element, and so how each is typed here:
 * - a name starting with `on` adds a listener for the event named by the rest, exactly as
 *   written (`ongics-agenda-load` listens to `gics-agenda-load`; `onGicsAgendaLoad` would
 *   listen to an event called `GicsAgendaLoad`, which no GICS element fires), typed with the
 *   event's own class so `event.detail` is typed;
 * - a name the element has as a property (`summit`, `hideFilters`) is set as that property
 *   once the tag is defined, so it takes the property's type, objects and arrays included;
 * - any other name is set as an attribute: the dashed ones (`hide-filters`) are typed from
 *   their property.
 * Plus React's own props for any HTML element (`className`, `style`, `ref`, `aria-*`…).
 *
 * This module has no runtime code.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  GicsAttributes,
  GicsElements,
  GicsEvents,
  GicsProperties,
  GicsTag,
} from './jsx/elements.js';

/** `on` + the event's name, as React 19 expects for a custom element's event. */
type ReactEventProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** Everything JSX accepts on `<Tag>` in React 19. */
export type GicsReactProps<Tag extends GicsTag> = GicsProperties<Tag> &
  GicsAttributes<Tag> &
  ReactEventProps<GicsEvents[Tag]> &
  DetailedHTMLProps<HTMLAttributes<GicsElements[Tag]>, GicsElements[Tag]>;

/** The GICS entries added to React's `JSX.IntrinsicElements`. */
export type GicsReactElements = { [Tag in GicsTag]: GicsReactProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges into React's own
    interface IntrinsicElements extends GicsReactElements {}
  }
}

declare global {
  // So `document.querySelector('gics-agenda')` and a `ref`'s element are the GICS classes in an
  // app that only loads the tags from the CDN build.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges into the DOM's own
  interface HTMLElementTagNameMap extends GicsElements {}
}
