import { afterEach, describe, expect, it } from 'vitest';
import '../define/gics-theme-badge.js';
import type { GicsThemeBadge } from './theme-badge.js';
import { runElementBaseTests } from '../testing/element-base-tests.js';
import {
  cleanupFixtures,
  expectNoAxeViolations,
  fixture,
  underStrictCsp,
} from '../testing/helpers.js';

afterEach(cleanupFixtures);

describe('<gics-theme-badge>', () => {
  it('writes the theme name out, so colour is never the only cue', async () => {
    const badge = await fixture<GicsThemeBadge>(
      '<gics-theme-badge name="Économie circulaire" color="#2e7d32"></gics-theme-badge>',
    );
    const label = badge.shadowRoot!.querySelector('[part="label"]')!;
    expect((label as HTMLElement).innerText).toBe('Économie circulaire');
    const swatch = badge.shadowRoot!.querySelector<HTMLElement>('[part="swatch"]')!;
    expect(swatch.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(swatch).backgroundColor).toBe('rgb(46, 125, 50)');
  });

  it('updates when the name property changes', async () => {
    const badge = await fixture<GicsThemeBadge>('<gics-theme-badge name="A"></gics-theme-badge>');
    badge.name = 'Numérisation';
    await badge.updateComplete;
    expect(badge.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!.innerText).toBe(
      'Numérisation',
    );
  });

  it('refuses a colour that is not a hex value instead of injecting it into CSS', async () => {
    const badge = await fixture<GicsThemeBadge>(
      '<gics-theme-badge name="X" color="red; background: url(https://tracker.example)"></gics-theme-badge>',
    );
    const swatch = badge.shadowRoot!.querySelector<HTMLElement>('[part="swatch"]')!;
    expect(getComputedStyle(swatch).backgroundColor).toBe('rgb(140, 149, 159)');
  });

  it('lets the slot replace the label', async () => {
    const badge = await fixture<GicsThemeBadge>(
      '<gics-theme-badge name="Leadership coopératif">Leadership</gics-theme-badge>',
    );
    expect(badge.innerText.trim()).toBe('Leadership');
  });

  it('has no axe violations in light and dark', async () => {
    const light = await fixture<GicsThemeBadge>(
      '<gics-theme-badge name="Numérisation" color="#6a1b9a" color-scheme="light"></gics-theme-badge>',
    );
    await expectNoAxeViolations(light);
    const dark = await fixture<GicsThemeBadge>(
      '<gics-theme-badge name="Numérisation" color="#6a1b9a" color-scheme="dark"></gics-theme-badge>',
    );
    await expectNoAxeViolations(dark);
  });
});

describe('<gics-theme-badge> under a strict CSP', () => {
  it('shows its colour with no violation reported', async () => {
    const {
      document: page,
      violations,
      remove,
    } = await underStrictCsp(
      new URL('../define/gics-theme-badge.ts', import.meta.url).href,
      'gics-theme-badge',
      '<gics-theme-badge name="Numérisation" color="#6a1b9a"></gics-theme-badge>',
    );
    const badge = page.querySelector('gics-theme-badge')!;
    const pill = badge.shadowRoot!.querySelector<HTMLElement>('[part="badge"]')!;
    const swatch = badge.shadowRoot!.querySelector<HTMLElement>('[part="swatch"]')!;
    expect(violations).toEqual([]);
    expect(pill.style.getPropertyValue('--_gics-theme-color')).toBe('#6a1b9a');
    expect(getComputedStyle(swatch).backgroundColor).toBe('rgb(106, 27, 154)');
    remove();
  });
});

runElementBaseTests<GicsThemeBadge>('gics-theme-badge', (badge) => {
  badge.name = 'Économie circulaire';
});
