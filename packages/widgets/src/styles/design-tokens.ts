/**
 * The global design tokens of GICS Kit, described once: the custom property a page sets, its
 * default in the light and dark schemes, what it changes and its kind. Two things are written
 * from this table and from nothing else:
 *
 * - `tokens.ts`, the `:host` styles every element starts with (`npm run generate` in
 *   packages/widgets writes it; `npm test` fails when it is stale);
 * - the docs' token table (apps/docs `.storybook/design-tokens.ts` imports this file), which the
 *   Theming guide, the toolbar's brand themes and the theme tests read.
 *
 * This module is data for the generator and the docs: no element imports it, so none of its
 * text reaches a bundle.
 */

/** How the docs group and preview a token. */
export type TokenKind = 'color' | 'length' | 'font';

/** One global token. */
export interface DesignToken {
  /** The custom property a page sets, e.g. `--gics-color-primary`. */
  name: `--gics-${string}`;
  kind: TokenKind;
  /** The default in the light scheme (and in both schemes for non-colours). */
  light: string;
  /** The default of `<name>-dark`, for colours only. */
  dark?: string;
  /**
   * The default while the host does not force a scheme (no `color-scheme` attribute), in either
   * scheme, when it differs from `light` and `dark`: the text colour is the page's own.
   */
  following?: string;
  /** What it changes, for a designer or a webmaster. */
  use: string;
}

export const DESIGN_TOKENS = [
  {
    name: '--gics-color-primary',
    kind: 'color',
    light: '#1f5f8b',
    dark: '#8cc8f2',
    use: 'Buttons, links, ticked boxes and the focus ring. Needs 4.5:1 against the surface colour.',
  },
  {
    name: '--gics-color-text',
    kind: 'color',
    light: '#1b1f24',
    dark: '#e6edf3',
    following: 'currentColor',
    use: "Body text and headings. By default the text colour of your page; the light or dark default when an element's `color-scheme` forces one.",
  },
  {
    name: '--gics-color-surface',
    kind: 'color',
    light: '#ffffff',
    dark: '#161b22',
    use: 'Background of the widgets, and the text colour on buttons.',
  },
  {
    name: '--gics-color-muted',
    kind: 'color',
    light: '#57606a',
    dark: '#9da7b3',
    use: 'Hints, times, rooms and other secondary text. Still needs 4.5:1 against the surface.',
  },
  {
    name: '--gics-color-border',
    kind: 'color',
    light: '#8c959f',
    dark: '#6e7681',
    use: 'Borders of fields, cards and badges. Needs 3:1 against the surface so fields stay visible.',
  },
  {
    name: '--gics-color-warning',
    kind: 'color',
    light: '#8a4b00',
    dark: '#f0b46b',
    use: 'Warnings in the agenda, such as two favourite workshops at the same time.',
  },
  {
    name: '--gics-color-favorite',
    kind: 'color',
    light: '#8a5a00',
    dark: '#e3b341',
    use: 'The star of a workshop marked as a favourite.',
  },
  {
    name: '--gics-color-skeleton',
    kind: 'color',
    light: '#e6e9ed',
    dark: '#2d333b',
    use: 'Grey placeholder blocks shown while the agenda loads (decorative).',
  },
  {
    name: '--gics-radius',
    kind: 'length',
    light: '0.375em',
    use: 'How round the corners of fields, buttons and cards are; 0 gives square corners.',
  },
  {
    name: '--gics-space',
    kind: 'length',
    light: '0.5em',
    use: 'The spacing unit: gaps and padding are multiples of it.',
  },
  {
    name: '--gics-font-size',
    kind: 'length',
    light: 'medium',
    use: "The widgets' font size, which every size inside them follows. By default the visitor's browser font size, whatever your page does to its root font size.",
  },
  {
    name: '--gics-line-height',
    kind: 'font',
    light: '1.45',
    use: 'Line height of the text, instead of the one your page sets on its body.',
  },
  {
    name: '--gics-sticky-offset',
    kind: 'length',
    light: '0px',
    use: 'Height of your fixed or sticky site header: sticky headings and anything scrolled into view stop below it.',
  },
  {
    name: '--gics-font-family',
    kind: 'font',
    light: 'inherit',
    use: 'The typeface. By default the widgets use the font of your page.',
  },
] as const satisfies readonly DesignToken[];

/**
 * Private properties on the host that no page sets: `--_gics-target` is the side of every
 * button a finger aims at, 44 px at least, and grows with the text.
 */
export const PRIVATE_HOST_PROPERTIES = {
  '--_gics-target': 'max(44px, 2.75em)',
} as const satisfies Record<`--_gics-${string}`, string>;

/**
 * The host's own text properties. The font and the line height come from their tokens; the
 * other inherited properties that a theme sets on `body` and that would break the layout
 * (weight, style, letter and word spacing, capitals, alignment, indent, white space) get the
 * elements' values, so a theme's body text cannot reshape a widget.
 */
export const HOST_TEXT_PROPERTIES = {
  'font-family': 'var(--_gics-font-family)',
  'font-size': 'var(--_gics-font-size)',
  'font-style': 'normal',
  'font-weight': 'normal',
  'line-height': 'var(--_gics-line-height)',
  'letter-spacing': 'normal',
  'word-spacing': 'normal',
  'text-transform': 'none',
  'text-align': 'start',
  'text-indent': '0',
  'white-space': 'normal',
} as const satisfies Record<string, string>;

export type TokenName = (typeof DESIGN_TOKENS)[number]['name'];
export type ColorTokenName = Extract<(typeof DESIGN_TOKENS)[number], { kind: 'color' }>['name'];
/** Every property a theme may set: the tokens, and `-dark` for the colours. */
export type ThemeProperty = TokenName | `${ColorTokenName}-dark`;

export type ColorScheme = 'light' | 'dark';

/** The default value of a token in a scheme (non-colours have one value for both). */
export function defaultValue(name: TokenName, scheme: ColorScheme): string {
  const token: DesignToken = DESIGN_TOKENS.find((candidate) => candidate.name === name)!;
  return (scheme === 'dark' && token.dark) || token.light;
}
