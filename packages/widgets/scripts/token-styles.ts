/**
 * `src/styles/tokens.ts`, written from the token table in `src/styles/design-tokens.ts`.
 *
 * Each token becomes a private property with the page's value or the default:
 * `--_gics-radius: var(--gics-radius, 0.375em)`. A colour has a second public property for the
 * dark scheme (`--gics-color-primary-dark`), which applies when the visitor prefers dark and the
 * host does not say `color-scheme="light"`, or when the host says `color-scheme="dark"`. A media
 * query and an attribute cannot share one rule, so the CSS holds those dark declarations twice;
 * the table holds them once.
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
  const light: [string, string][] = tokens.map((token) => [
    privateName(token),
    `var(${token.name}, ${token.light})`,
  ]);
  const dark: [string, string][] = tokens.flatMap((token) =>
    token.dark === undefined
      ? []
      : [[privateName(token), `var(${token.name}-dark, ${token.dark})`] as [string, string]],
  );
  return `${generatedHeader('src/styles/design-tokens.ts')}
import { css } from 'lit';

/**
 * Global design tokens, declared on every GICS element's host with a fallback so a host page can
 * set them once on \`:root\` (or any ancestor) and every widget follows. Components read them
 * through their own public hooks, e.g. \`var(--gics-theme-badge-color, var(--gics-color-text))\`.
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
 * the elements' own values here; the font family and the colours have tokens instead.
 */
export const tokens = css\`
  :host {
${declarations([...light, ...Object.entries(PRIVATE_HOST_PROPERTIES)], '    ')}
    color-scheme: light dark;
${declarations(Object.entries(HOST_TEXT_PROPERTIES), '    ')}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
${declarations(dark, '      ')}
    }
  }

  :host([color-scheme='dark']) {
${declarations(dark, '    ')}
  }

  :host([hidden]) {
    display: none !important;
  }
\`;
`;
}
