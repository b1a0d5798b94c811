/**
 * The live widgets at the top of the Introduction (introduction.mdx). They are stories rather
 * than plain tags in the MDX so that the toolbar's language, colour scheme and brand theme reach
 * them (through the story root, see `.storybook/toolbar.ts`), and so that each runs as a test
 * with axe. Hidden from the sidebar (`!dev`): the Introduction page is where they belong.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '@gics/widgets/agenda.js';
import '@gics/widgets/newsletter-signup.js';
// Answers the signup marked `data-docs-demo`, so nothing leaves the page.
import './live-examples.js';

const meta = {
  title: 'Introduction',
  // introduction.mdx is this file's documentation page.
  tags: ['!autodocs', '!dev'],
} satisfies Meta;

export default meta;

/** The Montréal 2023 summit's agenda, in the toolbar's language. */
export const LiveAgenda: StoryObj = {
  name: 'Live agenda',
  render: () => html`<gics-agenda .summit=${montreal2023}></gics-agenda>`,
  play: async ({ canvasElement }) => {
    const agenda = canvasElement.querySelector('gics-agenda')!;
    await waitFor(() =>
      expect(agenda.shadowRoot?.querySelectorAll('[part="card"]').length).toBe(
        montreal2023.workshops.length,
      ),
    );
  },
};

/** A signup the page itself answers ("check your inbox"), in the toolbar's language. */
export const LiveSignup: StoryObj = {
  name: 'Live signup',
  render: () =>
    html`<gics-newsletter-signup
      data-docs-demo=""
      name-field="optional"
      sender-name="Coopérative GICS"
      sender-contact="123, rue de la Coopération, Montréal (Québec) H2X 1Y4 · info@gics.coop"
      privacy-url="https://gics.coop/confidentialite"
    ></gics-newsletter-signup>`,
};
