/**
 * `src/styles/tokens.ts`, written from the token table in `src/styles/design-tokens.ts`.
 *
 * Each token becomes a private property with the page's value or the default:
 * `--_gics-radius: var(--gics-radius, 0.375em)`. A colour has a second public property for the
 * dark scheme (`--gics-color-primary-dark`). Which scheme applies:
 *
 * - no `color-scheme` attribute: the page's, as `GicsElement` reads it from the text colour the
 *   host inherits (light text: a dark page, the `dark` state), and a token with a `following`
 *   default (the text colour) takes it in both schemes, so the element's text is the page's;
 * - `color-scheme="light"` or `"dark"`: that palette, every token with its own default;
 * - before the element is defined (pre-rendered HTML before its script, or JavaScript off), with
 *   no attribute: the light palette with its own text colour; in pre-rendered HTML, the colour
 *   scheme the page declares (`declaredSchemeModule`).
 */
import {
  DESIGN_TOKENS,
  HOST_TEXT_PROPERTIES,
  PRIVATE_HOST_PROPERTIES,
  type DesignToken,
} from '../src/styles/design-tokens.js';
import { generatedHeader } from './surface.js';

const privateName = (token: DesignToken) => token.name.replace(/^--gics-/, '--_gics-');

/** The CSS declarations, one a line, indented by `indent`. */
function declarations(entries: [string, string][], indent: string): string {
  return entries.map(([property, value]) => `${indent}${property}: ${value};`).join('\n');
}

/** The whole of `src/styles/tokens.ts`. */
export function tokensModule(tokens: readonly DesignToken[] = DESIGN_TOKENS): string {
  const value = (
    token: DesignToken,
    scheme: 'light' | 'dark',
    forced: boolean,
  ): [string, string] => {
    const fallback = !forced && token.following !== undefined ? token.following : token[scheme]!;
    const name = scheme === 'dark' ? `${token.name}-dark` : token.name;
    return [privateName(token), `var(${name}, ${fallback})`];
  };
  const colours = tokens.filter((token) => token.dark !== undefined);
  const following = tokens.filter((token) => token.following !== undefined);
  const base = tokens.map((token) => value(token, 'light', false));
  const forcedLight = following.map((token) => value(token, 'light', true));
  const followingDark = colours.map((token) => value(token, 'dark', false));
  const forcedDark = colours.map((token) => value(token, 'dark', true));
  return `${generatedHeader('src/styles/design-tokens.ts')}
import { css } from 'lit';

/**
 * Global design tokens, declared on every GICS element's host with a fallback so a host page can
 * set them once on \`:root\` (or any ancestor) and every widget follows. Components read them
 * through their own public hooks, e.g. \`var(--gics-theme-badge-color, var(--gics-color-text))\`.
 *
 * Colours: without a \`color-scheme\` attribute, an element follows the page: the light palette,
 * or the dark one when the page's text is light (the \`dark\` state, set by \`GicsElement\`), and
 * its text is the page's own colour. \`color-scheme="light"\` or \`"dark"\` forces a palette,
 * text colour included. Until the element is defined (pre-rendered HTML before its script runs,
 * or with JavaScript off) it cannot read the page's text colour: it shows the light palette with
 * its own text colour, unless \`color-scheme\` says otherwise, or the server's styles follow the
 * scheme the page declares (\`declared-scheme.ts\`).
 *
 * Sizing: the host's font size is \`--gics-font-size\`, by default \`medium\` (the visitor's browser
 * font size, whatever the page does to its root), and every length inside is in \`em\`, so a
 * theme's \`html { font-size: 62.5% }\` changes nothing while the visitor's preference still
 * scales the whole element. \`--_gics-space\` and \`--_gics-radius\` hold \`em\` lengths, resolved
 * where they are used: a rule on an element with a smaller font gets a proportionally smaller
 * gap. \`--_gics-target\` is the side of every button a finger aims at: 44 px at least.
 *
 * Inherited text properties that a theme sets on \`body\` and that would break the layout
 * (line height, letter and word spacing, capitals, alignment, white space, weight, style) get
 * the elements' own values here; the font family and the text colour follow the page, with
 * tokens to choose others.
 */
export const tokens = css\`
  :host {
${declarations([...base, ...Object.entries(PRIVATE_HOST_PROPERTIES)], '    ')}
    color-scheme: light;
${declarations(Object.entries(HOST_TEXT_PROPERTIES), '    ')}
  }

  :host([color-scheme='light']),
  :host(:not(:defined)) {
${declarations(forcedLight, '    ')}
  }

  :host(:state(dark):not([color-scheme])) {
${declarations(followingDark, '    ')}
    color-scheme: dark;
  }

  :host([color-scheme='dark']) {
${declarations(forcedDark, '    ')}
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none !important;
  }
\`;
`;
}

/**
 * `src/styles/declared-scheme.ts`: the rules a server adds to a pre-rendered element's styles
 * (`@gics/widgets/ssr`), and nothing else imports. Until its script defines the element, it
 * cannot read the page's text colour; it follows the colour scheme the page declares instead
 * (CSS `color-scheme` on `:root` or an ancestor, which the host then inherits; light when none),
 * each colour its scheme's default through `light-dark()`, text colour included, where browsers
 * have it. A defined element never matches them, and elements drawn in the browser have nothing
 * to show before they are defined: no bundle carries them.
 */
export function declaredSchemeModule(tokens: readonly DesignToken[] = DESIGN_TOKENS): string {
  const declared = tokens
    .filter((token) => token.dark !== undefined)
    .map((token): [string, string] => [
      privateName(token),
      `light-dark(var(${token.name}, ${token.light}), var(${token.name}-dark, ${token.dark!}))`,
    ]);
  return `${generatedHeader('src/styles/design-tokens.ts')}
/**
 * What a server adds to a pre-rendered element's styles: until its script runs (or without
 * JavaScript), the element follows the colour scheme the page declares (CSS \`color-scheme\`,
 * light when none), each palette with its own text colour, in browsers with \`light-dark()\`;
 * others show the light palette. Only \`@gics/widgets/ssr\` imports it.
 */
export const declaredSchemeCss = \`@supports (color: light-dark(#000, #fff)) {
  :host(:not(:defined):not([color-scheme])) {
${declarations(declared, '    ')}
    color-scheme: inherit;
  }
}\`;
`;
}
