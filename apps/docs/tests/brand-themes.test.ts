/**
 * Every brand theme of the toolbar keeps WCAG 2.2 AA contrast, in both schemes, for everything
 * the widgets draw with the global tokens and with the signup's own error and success colours.
 * The "Every brand theme" story runs axe over the same themes on real pixels; these numbers say
 * which pair failed and by how much, and also cover borders, which axe does not measure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BRAND_THEMES,
  BRAND_THEME_IDS,
  resolvedPalette,
  themeStyle,
} from '../.storybook/brand-themes.js';
import { DESIGN_TOKENS, type ColorScheme } from '../.storybook/design-tokens.js';
import { contrastRatio } from './contrast.js';

/** The signup's error and success colours: its own defaults, read from its styles. */
function signupDefault(property: string): string {
  const styles = readFileSync(
    fileURLToPath(
      new URL(
        '../../../packages/widgets/src/newsletter/newsletter-signup.styles.ts',
        import.meta.url,
      ),
    ),
    'utf8',
  );
  const match = new RegExp(`var\\(${property},\\s*(#[0-9a-fA-F]{3,6})\\)`).exec(styles);
  if (!match) throw new Error(`${property} has no default in newsletter-signup.styles.ts`);
  return match[1]!;
}

const SCHEMES: ColorScheme[] = ['light', 'dark'];
const cases = BRAND_THEME_IDS.flatMap((id) => SCHEMES.map((scheme) => [id, scheme] as const));

/** Text needs 4.5:1 (1.4.3); borders and icons 3:1 (1.4.11). */
const TEXT = 4.5;
const NON_TEXT = 3;

describe('brand themes', () => {
  it('set global tokens only', () => {
    const allowed = new Set(
      DESIGN_TOKENS.flatMap((token) =>
        token.kind === 'color' ? [token.name, `${token.name}-dark`] : [token.name],
      ),
    );
    for (const id of BRAND_THEME_IDS) {
      for (const property of Object.keys(BRAND_THEMES[id].tokens)) {
        expect(allowed, `${id} sets ${property}`).toContain(property);
      }
    }
  });

  it('write complete styles that name every token', () => {
    for (const id of BRAND_THEME_IDS) {
      const style = themeStyle(id, { complete: true });
      for (const token of DESIGN_TOKENS) expect(style).toContain(`${token.name}:`);
    }
  });

  it.each(cases)('%s (%s) keeps AA contrast against its surface', (id, scheme) => {
    const palette = resolvedPalette(id, scheme);
    const surface = palette['--gics-color-surface'];
    const suffix = scheme === 'dark' ? '-dark' : '';
    const pairs: Array<[string, string, number]> = [
      ['text', palette['--gics-color-text'], TEXT],
      ['muted text', palette['--gics-color-muted'], TEXT],
      ['primary (links, button labels on primary)', palette['--gics-color-primary'], TEXT],
      ['warning text', palette['--gics-color-warning'], TEXT],
      ['signup errors', signupDefault(`--gics-newsletter-error-color${suffix}`), TEXT],
      ['field borders', palette['--gics-color-border'], NON_TEXT],
      ['favourite star', palette['--gics-color-favorite'], NON_TEXT],
      [
        'signup success border',
        signupDefault(`--gics-newsletter-success-color${suffix}`),
        NON_TEXT,
      ],
    ];
    const failing = pairs
      .map(([what, colour, minimum]) => ({
        what,
        colour,
        ratio: Math.round(contrastRatio(colour, surface) * 100) / 100,
        minimum,
      }))
      .filter(({ ratio, minimum }) => ratio < minimum);
    expect(failing, `on ${surface}`).toEqual([]);
  });

  it('High contrast reaches 7:1 (AAA) for all text in both schemes', () => {
    for (const scheme of SCHEMES) {
      const palette = resolvedPalette('high-contrast', scheme);
      const surface = palette['--gics-color-surface'];
      for (const token of [
        '--gics-color-text',
        '--gics-color-muted',
        '--gics-color-primary',
      ] as const) {
        expect(
          contrastRatio(palette[token], surface),
          `${token} (${scheme})`,
        ).toBeGreaterThanOrEqual(7);
      }
    }
  });
});
