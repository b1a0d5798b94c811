/**
 * Brand themes for the toolbar: how a co-op can dress the widgets in its own colours by setting
 * the global tokens, and nothing else (no `::part`, no per-component properties). Each theme sets
 * the light value and the `-dark` value of the colours it changes.
 *
 * Every theme must keep WCAG 2.2 AA contrast in both schemes: `tests/brand-themes.test.ts` checks
 * the numbers, and the "Every brand theme" story runs axe over each of them.
 */
import {
  DESIGN_TOKENS,
  defaultValue,
  type ColorScheme,
  type ThemeProperty,
  type TokenName,
} from './design-tokens.js';

export interface BrandTheme {
  /** As shown in the toolbar. */
  name: string;
  /** One line on what the theme shows. */
  description: string;
  /** Global custom properties, and nothing else. */
  tokens: Partial<Record<ThemeProperty, string>>;
}

export const BRAND_THEMES = {
  gics: {
    name: 'GICS',
    description: 'The defaults: what a page gets without setting any token.',
    tokens: {},
  },
  'cooperative-exemple': {
    name: 'Coopérative Exemple',
    description: 'A green co-op with softer corners and a humanist sans-serif.',
    tokens: {
      '--gics-color-primary': '#1d6b3a',
      '--gics-color-text': '#16261b',
      '--gics-color-surface': '#f7fbf7',
      '--gics-color-muted': '#4a5d50',
      '--gics-color-border': '#6b8573',
      '--gics-color-primary-dark': '#8fdaa9',
      '--gics-color-text-dark': '#e2f1e6',
      '--gics-color-surface-dark': '#0f1f16',
      '--gics-color-muted-dark': '#a3bcab',
      '--gics-color-border-dark': '#6b8b76',
      '--gics-radius': '0.75em',
      '--gics-font-family': '"Trebuchet MS", "Segoe UI", Roboto, sans-serif',
    },
  },
  'mutuelle-fictive': {
    name: 'Mutuelle Fictive',
    description: 'A burgundy mutual with almost square corners and a serif typeface.',
    tokens: {
      '--gics-color-primary': '#84173a',
      '--gics-color-text': '#2b1319',
      '--gics-color-surface': '#fffafb',
      '--gics-color-muted': '#6a4a52',
      '--gics-color-border': '#987a82',
      '--gics-color-primary-dark': '#f5a8c0',
      '--gics-color-text-dark': '#f8e9ed',
      '--gics-color-surface-dark': '#1f1015',
      '--gics-color-muted-dark': '#c8a9b1',
      '--gics-color-border-dark': '#8e6b74',
      '--gics-radius': '0.125em',
      '--gics-font-family': 'Georgia, "Times New Roman", serif',
    },
  },
  'high-contrast': {
    name: 'High contrast',
    description: 'Black, white and one strong accent: 7:1 or more for all text (WCAG AAA).',
    tokens: {
      '--gics-color-primary': '#0000c8',
      '--gics-color-text': '#000000',
      '--gics-color-surface': '#ffffff',
      '--gics-color-muted': '#262626',
      '--gics-color-border': '#000000',
      '--gics-color-primary-dark': '#ffe600',
      '--gics-color-text-dark': '#ffffff',
      '--gics-color-surface-dark': '#000000',
      '--gics-color-muted-dark': '#e6e6e6',
      '--gics-color-border-dark': '#ffffff',
      '--gics-radius': '0',
      '--gics-font-family': 'Verdana, "DejaVu Sans", sans-serif',
    },
  },
} as const satisfies Record<string, BrandTheme>;

export type BrandThemeId = keyof typeof BRAND_THEMES;
export const BRAND_THEME_IDS = Object.keys(BRAND_THEMES) as BrandThemeId[];

export function isBrandThemeId(value: unknown): value is BrandThemeId {
  return typeof value === 'string' && Object.hasOwn(BRAND_THEMES, value);
}

/** The value a widget ends up with for a token, under a theme and a scheme. */
export function resolvedToken(id: BrandThemeId, name: TokenName, scheme: ColorScheme): string {
  const tokens: BrandTheme['tokens'] = BRAND_THEMES[id].tokens;
  // In the dark scheme a widget reads `<name>-dark` for colours, never the light value.
  const isColor = DESIGN_TOKENS.some((token) => token.name === name && token.kind === 'color');
  const property = scheme === 'dark' && isColor ? (`${name}-dark` as ThemeProperty) : name;
  return tokens[property] ?? defaultValue(name, scheme);
}

/** Every token a widget sees under a theme and a scheme (colours resolved for that scheme). */
export function resolvedPalette(id: BrandThemeId, scheme: ColorScheme): Record<TokenName, string> {
  return Object.fromEntries(
    DESIGN_TOKENS.map((token) => [token.name, resolvedToken(id, token.name, scheme)]),
  ) as Record<TokenName, string>;
}

/**
 * The theme as a `style` attribute: `--gics-color-primary: …; …`, only what the theme sets (empty
 * for the defaults). With `complete`, every property is written, defaults included, so the theme
 * shows the same whatever an ancestor sets.
 */
export function themeStyle(id: BrandThemeId, { complete = false } = {}): string {
  const tokens: BrandTheme['tokens'] = BRAND_THEMES[id].tokens;
  const entries = complete
    ? DESIGN_TOKENS.flatMap((token): Array<[string, string]> => [
        [token.name, resolvedToken(id, token.name, 'light')],
        ...(token.kind === 'color'
          ? [[`${token.name}-dark`, resolvedToken(id, token.name, 'dark')] as [string, string]]
          : []),
      ])
    : Object.entries(tokens);
  return entries.map(([property, value]) => `${property}: ${value};`).join(' ');
}
