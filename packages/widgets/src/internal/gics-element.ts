/**
 * `GicsElement`: the base class of every GICS element (none extends `LitElement` directly). It
 * owns what they all share, so a component adds only its own behaviour:
 *
 * - **Language.** `this.language` is `fr` or `en`: the element's own `lang`, else the nearest
 *   ancestor's, else the document's, else the browser's; anything French is `fr`, everything
 *   else `en`. Read it in `render()` and wherever words are needed. When any `lang` attribute of
 *   the document changes, every connected element re-renders (Lit then updates only what
 *   changed): one `MutationObserver`, created with the first element, watches for all of them.
 * - **Colour scheme.** By default an element follows the page: its text is the page's text
 *   colour, and it takes the dark palette (the `dark` custom state, `:host(:state(dark))`) when
 *   that colour is light, which is what a dark page has. It looks again when the visitor's
 *   `prefers-color-scheme` changes and when the `class`, `style` or `data-theme` of `<html>` or
 *   `<body>` changes (how sites switch themes). The `color-scheme` attribute (`light` | `dark`)
 *   forces a palette. The tokens read both, so a component does nothing for it.
 * - **Styles.** `static styles` holds the design tokens; a component lists them first, then its
 *   own: `static override styles: CSSResultGroup = [GicsElement.styles, myStyles];`.
 * - **Events.** `this.emit(new GicsSomethingEvent(detail))` dispatches one of the classes in
 *   `src/events/` (any event the global event map names `gics-…`) and returns `false` when a
 *   listener cancelled it.
 * - **Define.** `GicsSomething.define('gics-something')` registers the tag once; a second copy
 *   of GICS Kit on the page skips it with a warning instead of throwing (`defineElement`). Only
 *   the define modules (`src/define/`) register tags: importing a class registers nothing.
 *
 * - **Pre-rendered.** An element rendered on a server (`@gics/widgets/ssr`) arrives with its
 *   shadow root, styles in a `<style>` or `<link>` of their own; once Lit's hydration support
 *   has taken that root over, the element adopts its styles as any other does and, once its
 *   first update has drawn, those go, so nothing in it (an accessibility checker included)
 *   needs an inline style the page's policy might refuse. A root this release's templates
 *   cannot hydrate (HTML written by another release of GICS Kit, which Lit refuses as a
 *   mismatch) is emptied and drawn again, with one console warning: the element then works
 *   as if nothing had been pre-rendered, rather than stay on the page inert.
 *
 * A subclass that overrides `connectedCallback` or `disconnectedCallback` calls `super` first.
 */
import { adoptStyles, isServer, LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Language } from '@gics/core';
import { tokens } from '../styles/tokens.js';
import { defineElement } from './define-element.js';

/** Every event a GICS element fires: the `gics-…` entries of the global event map. */
export type GicsEvent = {
  [Type in keyof GlobalEventHandlersEventMap]: Type extends `gics-${string}`
    ? GlobalEventHandlersEventMap[Type]
    : never;
}[keyof GlobalEventHandlersEventMap];

/** The connected elements, re-rendered when a `lang` attribute of the document changes. */
const followers = new Set<GicsElement>();
let langObserver: MutationObserver | undefined;
/** Watches `<html>` and `<body>` alone, not the page under them: a theme switch lives there. */
let themeObserver: MutationObserver | undefined;

/** Whether a computed colour is light (relative luminance above 0.4): the text of a dark page. */
export function isLightColor(color: string): boolean {
  const channels = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
  if (!channels) return false;
  const [red, green, blue] = channels.slice(1, 4).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue! > 0.4;
}

function schemeChanged(): void {
  for (const element of followers) element.followPageScheme();
}

export class GicsElement extends LitElement {
  /** The design tokens (`--gics-*` on the host, light and dark); components add their own after. */
  static override styles: CSSResultGroup = tokens;

  /**
   * Registers this class under `tag`, once per page: a tag already defined (by a second copy of
   * GICS Kit) is kept, with a warning, rather than throwing.
   */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  /**
   * `fr` or `en`. Without it, the nearest ancestor's `lang` decides, then the browser's language.
   * @attr lang
   */
  @property({ reflect: true }) override lang!: string;

  /**
   * Forces the light or dark palette (and its text colour); by default the element follows the
   * page: its text colour, and the dark palette on a page whose text is light.
   */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';

  private readonly internals = this.attachInternals();

  /** The language the element is shown in: its `lang`, else its nearest ancestor's, else the page's or the browser's. */
  get language(): Language {
    const tag =
      this.lang ||
      this.parentElement?.closest('[lang]')?.getAttribute('lang') ||
      document.documentElement.lang ||
      navigator.language;
    return /^fr\b/i.test(tag) ? 'fr' : 'en';
  }

  /** Whether the shadow root came from a server, and its first update has yet to hydrate it. */
  private hydrating = false;

  /** The shadow root; a pre-rendered one adopts its styles in place of the server's (see above). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = isServer ? null : this.shadowRoot;
    const root = super.createRenderRoot();
    if (prerendered && root === prerendered) {
      this.hydrating = true;
      adoptStyles(prerendered, (this.constructor as typeof LitElement).elementStyles);
      // The server's styles go once the first update has drawn: they may place what it places
      // through the CSSOM (a pre-rendered grid's cards), and it may wait for a module.
      void this.updateComplete.then(() => {
        for (const child of [...prerendered.children]) {
          if (child.matches('style, link[rel=stylesheet]')) child.remove();
        }
      });
    }
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    const hydrating = this.hydrating;
    this.hydrating = false;
    try {
      super.update(changed);
    } catch (error) {
      if (!hydrating) throw error;
      console.warn(
        `[gics] <${this.localName}> was pre-rendered by another release: drawn again.`,
        error,
      );
      // The hydration failed before it claimed the root: what it holds is the server's alone,
      // and it comes back if drawing again fails too, readable if inert.
      const root = this.renderRoot;
      const server = [...root.childNodes];
      root.replaceChildren();
      // Without Lit's hydration support, Lit drew before the server's first node: now gone.
      this.renderOptions.renderBefore = null;
      try {
        super.update(changed);
      } catch (again) {
        root.replaceChildren(...server);
        throw again;
      }
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followers.add(this);
    // Observing the same node again with the same options keeps its one registration.
    (langObserver ??= new MutationObserver(() => {
      for (const element of followers) element.requestUpdate();
    })).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    if (!themeObserver) {
      themeObserver = new MutationObserver(schemeChanged);
      const theme = { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] };
      themeObserver.observe(document.documentElement, theme);
      if (document.body) themeObserver.observe(document.body, theme);
      matchMedia('(prefers-color-scheme: dark)').addEventListener('change', schemeChanged);
    }
    this.followPageScheme();
  }

  /**
   * Takes the dark palette when the text colour the element inherits is light (a dark page),
   * the light one otherwise. Called when it connects and when the page may have switched theme.
   * @internal
   */
  followPageScheme(): void {
    // Custom states are recent (Chromium 125, Safari 17.4): without them, the light palette.
    const states = this.internals.states as CustomStateSet | undefined;
    if (!states) return;
    if (isLightColor(getComputedStyle(this).color)) states.add('dark');
    else states.delete('dark');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followers.delete(this);
  }

  /**
   * Dispatches `event` (one of the classes in `src/events/`) from this element. Returns `false`
   * when the event is cancelable and a listener cancelled it, `true` otherwise.
   */
  protected emit(event: GicsEvent): boolean {
    return this.dispatchEvent(event);
  }
}
