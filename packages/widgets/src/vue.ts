/**
 * Types for Vue 3 templates (checked by vue-tsc and the Vue editor extension). Load them once,
 * in any file of the app:
 *
 * ```ts
 * import type {} from '@gics/widgets/vue';
 * ```
 *
 * and tell Vue's compiler that `gics-*` tags are custom elements
 * (`compilerOptions.isCustomElement`, see the README), or it looks for Vue components of that
 * name.
 *
 * How Vue treats a binding on a custom element, and so how each is typed here:
 * - `@gics-agenda-load` compiles to the prop `onGicsAgendaLoad`, which Vue turns back into a
 *   listener for `gics-agenda-load`: each event is typed as that camel-cased `on…` prop, with
 *   the event's own class so `event.detail` is typed;
 * - a binding named exactly like one of the element's properties (`:summit`, `:hideFilters`)
 *   is set as that property, so each prop takes its property's type, objects and arrays
 *   included; vue-tsc also accepts the dashed spelling (`hide-filters`) for the same prop,
 *   which Vue sets as an attribute (fine for text and a bare boolean, see the README).
 *
 * This module has no runtime code.
 */
import type { DefineComponent } from 'vue';
import type { GicsElements, GicsEvents, GicsProperties, GicsTag } from './jsx/elements.js';

/** `gics-agenda-load` → `GicsAgendaLoad`. */
type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<Name>;

/** `on` + the event's name in PascalCase, the prop Vue compiles `@event-name` to. */
type VueEventProps<Events> = {
  [Name in keyof Events & string as `on${PascalCase<Name>}`]?: (event: Events[Name]) => void;
};

/** Every prop and event a Vue template may bind on `<Tag>`. */
export type GicsVueProps<Tag extends GicsTag> = GicsProperties<Tag> &
  VueEventProps<GicsEvents[Tag]>;

/** The GICS entries added to Vue's `GlobalComponents`. */
export type GicsVueComponents = { [Tag in GicsTag]: DefineComponent<GicsVueProps<Tag>> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges into Vue's own
  interface GlobalComponents extends GicsVueComponents {}
}

declare global {
  // So a template ref's element is the GICS class in an app that only loads the CDN build.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges into the DOM's own
  interface HTMLElementTagNameMap extends GicsElements {}
}
