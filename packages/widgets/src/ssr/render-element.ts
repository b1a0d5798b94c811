/**
 * One GICS element as HTML a page can carry (Lit SSR, `@lit-labs/ssr`): the element's tag and
 * attributes, its shadow root as declarative shadow DOM (`<template shadowrootmode="open">`),
 * and, in its light DOM, the blocks a page without JavaScript and a search engine read:
 *
 *   <gics-agenda lang="fr" src="…" structured-data>
 *     <template shadowrootmode="open"><style>…</style> or <link rel="stylesheet">, the cards…</template>
 *     <script type="application/ld+json" data-gics-structured-data>…</script>   (schema.org)
 *     <script type="application/json" data-gics-data>…</script>                (internal/inline-data.ts)
 *   </gics-agenda>
 *
 * The element renders on the server as in a browser (its `willUpdate` and `render`, nothing
 * that needs a document), from the data block's content set as its `prerendered` property;
 * in the browser it reads the same block at its first update, so both draw the same DOM and
 * Lit hydrates it in place.
 *
 * What an element sets through the CSSOM in a browser (the agenda grid's positions), a server
 * cannot: the element gives it as rules (`serverStyles`), which join its styles, in the
 * `<style>` block or in the style sheet `stylesheet` names (`renderHostWithCss` gives its text).
 */
import { render, LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { CSSResult, type LitElement, type TemplateResult } from 'lit';
import { jsonLdText, scriptSafeJson, type JsonLd } from '@gics/core/structured-data';
import type { Problem } from '@gics/core/summit';
import { INLINE_DATA_ATTRIBUTE, type Prerendered } from '../internal/inline-data.js';
import { declaredSchemeCss } from '../styles/declared-scheme.js';

/** How the element's styles reach the page, and the palette they start with. */
export interface StylesOption {
  /**
   * The address of a style sheet holding the element's styles (`agendaCss()`, `practicesCss()`
   * or `membersCss()` give its text):
   * a `<link rel="stylesheet">` in the shadow root instead of a `<style>` block, for pages whose
   * Content-Security-Policy has no `'unsafe-inline'` for styles. By default, a `<style>` block.
   */
  stylesheet?: string | undefined;
  /**
   * `light` or `dark`: the element's palette, from the first paint and with JavaScript off
   * (its `color-scheme` attribute, which then stays). Without it the element follows the page's
   * colours once its script runs, and shows the light palette until then: on a page that is
   * always dark, say `dark`.
   */
  colorScheme?: 'light' | 'dark' | undefined;
}

/** Why data could not be rendered, as the element would say why it cannot show it. */
export class RenderError extends Error {
  /** The element's error kind (`not-summit`, `not-community`, `no-time-zone`…). */
  readonly kind: string;
  /** What was wrong in the data, when it was read. */
  readonly problems: readonly Problem[];

  constructor(what: string, kind: string, problems: readonly Problem[] = []) {
    super(`The data cannot be shown as ${what} (${kind}).`);
    this.name = 'RenderError';
    this.kind = kind;
    this.problems = problems;
  }
}

/** The address `template` (`/ateliers/{id}`) gives record `id`, absolute when it can be. */
export function recordPage(
  template: string | undefined,
  id: string,
  page: string | undefined,
): string | undefined {
  if (!template) return undefined;
  const href = template.replaceAll('{id}', encodeURIComponent(id));
  try {
    const url = new URL(href, page);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The light-DOM block of the element's schema.org JSON-LD, as the element itself writes it. */
export function structuredDataScript(jsonLd: JsonLd): string {
  return `<script type="application/ld+json" data-gics-structured-data>${jsonLdText(jsonLd)}</script>`;
}

/** The `<script type="application/json" data-gics-data>` block that carries `prerendered`. */
function inlineDataScript(prerendered: Prerendered): string {
  return `<script type="application/json" ${INLINE_DATA_ATTRIBUTE}>${scriptSafeJson(prerendered)}</script>`;
}

/** Registers `element` under `tag` in the server's registry (Lit SSR's shim), once. */
export function defineOnServer(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/** Escapes text for an HTML attribute value between double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** What an element adds to its styles for the render just made (see above). */
interface ServerStyled {
  readonly serverStyles?: string;
}

/**
 * The theme badges' colours, which a browser sets through the CSSOM (`styleProperties`), as
 * rules keyed by the `data-color` each badge carries: one rule per colour the render holds.
 */
function badgeColorRules(shadow: string): string {
  const colors = new Set(
    Array.from(shadow.matchAll(/ data-color="(#[0-9a-f]{3}|#[0-9a-f]{6})"/gi), (match) => match[1]),
  );
  return [...colors]
    .map((color) => `.badge[data-color="${color}"]{--_gics-theme-color:${color}}`)
    .join('\n');
}

/**
 * The renderer of every element: the rules `serverStyles` gives join its styles, which are
 * linked to `href` instead of inlined when there is one; `rendered` receives the element
 * `tag`'s rules.
 */
function stylesRenderer(
  tag: string,
  href: string | undefined,
  rendered: (serverStyles: string) => void,
): typeof LitElementRenderer {
  return class StylesRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo) {
      const parts = super.renderShadow(renderInfo);
      if (!parts) return parts;
      const list = [...parts];
      const start = list.indexOf('<style>');
      const end = list.indexOf('</style>');
      if (start === -1 || end < start) return list;
      // The element has drawn by now (its `willUpdate` ran when it connected).
      const extra =
        ((this.element as unknown as ServerStyled).serverStyles ?? '') +
        badgeColorRules(list.filter((part) => typeof part === 'string').join(''));
      // Before the script, the page's declared colour scheme (declared-scheme.ts).
      if (this.tagName === tag && !href) list.splice(end, 0, declaredSchemeCss);
      if (this.tagName === tag) rendered(extra);
      if (href) {
        list.splice(
          start,
          end - start + 1,
          `<link rel="stylesheet" href="${escapeAttribute(href)}">`,
        );
      } else if (extra) {
        list.splice(end, 0, extra);
      }
      return list;
    }
  };
}

/** An element's HTML, and the text of the style sheet `stylesheet` names for it. */
export interface RenderedHost {
  html: string;
  /** The element's styles and what this render adds to them (see above). */
  css: string;
}

/**
 * `host` (a template of the element alone, its data set as `.prerendered`) as HTML, with
 * `lightDom` (already escaped HTML) and the data block as its children.
 */
export function renderHost(
  tag: string,
  host: TemplateResult,
  prerendered: Prerendered,
  lightDom: readonly string[],
  options: StylesOption,
): string {
  return renderHostWithCss(tag, host, prerendered, lightDom, options).html;
}

/** `renderHost`, with the text of the element's style sheet for this render. */
export function renderHostWithCss(
  tag: string,
  host: TemplateResult,
  prerendered: Prerendered,
  lightDom: readonly string[],
  options: StylesOption,
): RenderedHost {
  let serverStyles = '';
  const renderer = stylesRenderer(tag, options.stylesheet, (extra) => (serverStyles = extra));
  const rendered = collectResultSync(render(host, { elementRenderers: [renderer] }));
  // The page is no Lit template: the markers of the host's own template are left out (those
  // inside the shadow root stay, hydration reads them).
  const element = rendered
    .replace(/^<!--lit-part [^>]*-->/, '')
    .replace(/^<!--lit-node \d+-->/, '')
    .replace(/<!--\/lit-part-->$/, '');
  // The opening tag as a person would write it: one space between attributes.
  const opening = element.indexOf('>');
  const tidy =
    element.slice(0, opening).replace(/\s+/g, ' ').replace(/ $/, '') + element.slice(opening);
  const close = `</${tag}>`;
  if (!tidy.endsWith(close)) throw new Error(`<${tag}> did not render as one element.`);
  const styles = stylesText(customElements.get(tag) as unknown as typeof LitElement);
  return {
    html:
      tidy.slice(0, -close.length) + [...lightDom, inlineDataScript(prerendered)].join('') + close,
    css: serverStyles ? `${styles}\n${serverStyles}` : styles,
  };
}

/** The text of an element class's styles, to serve as the style sheet `stylesheet` names. */
export function stylesText(element: typeof LitElement): string {
  // Asking for its attributes finalizes the class, which gathers its styles into
  // `elementStyles`, as defining it does in a browser; before, they are not all there.
  void element.observedAttributes;
  return [
    ...element.elementStyles.map((style) => (style instanceof CSSResult ? style.cssText : '')),
    declaredSchemeCss,
  ].join('\n');
}
