/**
 * The live examples of the Theming guide (theming.mdx): a playground where every global token is
 * a control, every brand theme of the toolbar in both schemes, and the toolbar itself at work.
 * Like every story, each runs as a test in Chromium with axe, so a theme that loses contrast, in
 * either scheme and with error messages showing, fails the build.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@gics/widgets/newsletter-signup.js';
import '@gics/widgets/theme-badge.js';
import type { GicsNewsletterSignup, GicsSubscribeEvent } from '@gics/widgets';
import {
  BRAND_THEMES,
  BRAND_THEME_IDS,
  resolvedPalette,
  themeStyle,
} from '../.storybook/brand-themes.js';
import {
  DESIGN_TOKENS,
  type ColorScheme,
  type ThemeProperty,
} from '../.storybook/design-tokens.js';

type PlaygroundArgs = Record<ThemeProperty, string>;

const SENDER = {
  name: 'Coopérative GICS',
  contact: '123, rue de la Coopération, Montréal (Québec) H2X 1Y4 · info@gics.coop',
  privacy: 'https://gics.coop/confidentialite',
};

const BADGES = [
  { name: 'Leadership coopératif', color: '#1F5FA8' },
  { name: 'Économie circulaire', color: '#2E7D32' },
  { name: 'Numérisation', color: '#6B3FA0' },
];

/** Stands in for a provider: cancels the request and reports a double opt-in success. */
function answerAtOnce(event: GicsSubscribeEvent): void {
  event.preventDefault();
  (event.currentTarget as GicsNewsletterSignup).reportOutcome({ ok: true, doubleOptIn: true });
}

/** A signup and three badges, as a page would show them, in one scheme. */
function sample(scheme: ColorScheme, extra: { nameField?: string } = {}): TemplateResult {
  return html`<gics-newsletter-signup
      color-scheme=${scheme}
      name-field=${extra.nameField ?? 'optional'}
      min-submit-time="0"
      sender-name=${SENDER.name}
      sender-contact=${SENDER.contact}
      privacy-url=${SENDER.privacy}
      @gics-subscribe=${answerAtOnce}
    ></gics-newsletter-signup>
    <p class="badges">
      ${BADGES.map(
        (badge) =>
          html`<gics-theme-badge
            color-scheme=${scheme}
            name=${badge.name}
            color=${badge.color}
          ></gics-theme-badge>`,
      )}
    </p>`;
}

const layout = html`<style>
  .theming-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: 1rem;
  }
  .theming-cell {
    padding: 1rem;
    border-radius: 0.5rem;
  }
  .theming-cell > .caption {
    margin: 0 0 0.75rem;
    font-weight: 700;
  }
  .theming-cell .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 1rem 0 0;
  }
</style>`;

/** Submits every signup in the story empty, so the error colours are on screen for axe too. */
async function showErrors(canvasElement: HTMLElement): Promise<void> {
  for (const element of canvasElement.querySelectorAll<GicsNewsletterSignup>(
    'gics-newsletter-signup',
  )) {
    await element.updateComplete;
    await userEvent.click(element.shadowRoot!.querySelector('[part~="button"]')!);
    await waitFor(() =>
      expect(element.shadowRoot!.querySelector('[part~="error-summary"]')).not.toBeNull(),
    );
  }
}

const meta = {
  title: 'Guides/Theming',
  // theming.mdx is this file's documentation page.
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;

/**
 * Every global token as a control, light values on the left and `-dark` values on the right.
 * Change one and both widgets follow; copy the values you like into your page's CSS.
 */
export const TokenPlayground: StoryObj<PlaygroundArgs> = {
  name: 'Token playground',
  args: Object.fromEntries(
    DESIGN_TOKENS.flatMap((token) => [
      [token.name, token.light],
      ...('dark' in token ? [[`${token.name}-dark`, token.dark]] : []),
    ]),
  ) as PlaygroundArgs,
  argTypes: Object.fromEntries(
    DESIGN_TOKENS.flatMap((token) => {
      const control = token.kind === 'color' ? 'color' : 'text';
      return [
        [token.name, { control, description: token.use, table: { category: 'Light' } }],
        ...('dark' in token
          ? [
              [
                `${token.name}-dark`,
                {
                  control,
                  description: `${token.name} in the dark scheme.`,
                  table: { category: 'Dark' },
                },
              ],
            ]
          : []),
      ];
    }),
  ),
  render: (args) => {
    const style = Object.entries(args)
      .map(([property, value]) => `${property}: ${value};`)
      .join(' ');
    return html`${layout}
      <div class="theming-grid" style=${style}>
        <div
          class="theming-cell"
          style="background: var(--gics-color-surface); color: var(--gics-color-text)"
        >
          <p class="caption">Light</p>
          ${sample('light')}
        </div>
        <div
          class="theming-cell"
          style="background: var(--gics-color-surface-dark); color: var(--gics-color-text-dark)"
        >
          <p class="caption">Dark</p>
          ${sample('dark')}
        </div>
      </div>`;
  },
};

/**
 * The toolbar's brand themes side by side, light and dark, with the error messages showing.
 * Each one sets global tokens only.
 */
export const EveryBrandTheme: StoryObj = {
  name: 'Every brand theme',
  render: () =>
    html`${layout}
      <div class="theming-grid">
        ${BRAND_THEME_IDS.flatMap((id) =>
          (['light', 'dark'] as const).map((scheme) => {
            const palette = resolvedPalette(id, scheme);
            const style = `${themeStyle(id, { complete: true })} background: ${palette['--gics-color-surface']}; color: ${palette['--gics-color-text']}; font-family: ${palette['--gics-font-family']};`;
            return html`<div class="theming-cell" style=${style}>
              <p class="caption">
                ${BRAND_THEMES[id].name} · ${scheme === 'dark' ? 'dark' : 'light'}
              </p>
              ${sample(scheme, { nameField: 'required' })}
            </div>`;
          }),
        )}
      </div>`,
  play: async ({ canvasElement }) => showErrors(canvasElement),
};

/**
 * What the toolbar does, pinned here to English, dark and High contrast: the signup has no
 * `lang` or `color-scheme` of its own and follows the page. Changing the story root's `lang`
 * re-renders it in French without losing what was typed.
 */
export const SetFromTheToolbar: StoryObj = {
  name: 'Set from the toolbar',
  globals: { language: 'en', colorScheme: 'dark', brand: 'high-contrast' },
  render: () =>
    html`<gics-newsletter-signup
      sender-name=${SENDER.name}
      sender-contact=${SENDER.contact}
      privacy-url=${SENDER.privacy}
    ></gics-newsletter-signup>`,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('docs-story-root')!;
    const element = canvasElement.querySelector('gics-newsletter-signup')!;
    await element.updateComplete;
    const label = () => element.shadowRoot!.querySelector('label[for="email"]')!.textContent;
    await expect(label()).toContain('Email address');
    await expect(element.getAttribute('color-scheme')).toBe('dark');
    await expect(
      getComputedStyle(element).getPropertyValue('--gics-color-primary-dark').trim(),
    ).toBe('#ffe600');
    const email = element.shadowRoot!.querySelector<HTMLInputElement>('#email')!;
    await userEvent.type(email, 'josee@coop.example');
    root.setAttribute('lang', 'fr');
    await waitFor(() => expect(label()).toContain('Adresse courriel'));
    await expect(email.value).toBe('josee@coop.example');
    root.setAttribute('lang', 'en');
    await waitFor(() => expect(label()).toContain('Email address'));
  },
};
