import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { parseSummit } from '@gics/core';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '@gics/widgets/workshop-card.js';

const parsed = parseSummit(montreal2023);
const summit = parsed.ok ? parsed.summit : undefined;

interface CardArgs {
  lang: 'fr' | 'en';
  index: number;
  timeZone: string;
  href: string;
  now: boolean;
  colorScheme: 'light' | 'dark';
}

const meta = {
  title: 'Widgets/Workshop card',
  component: 'gics-workshop-card',
  args: { lang: 'fr', index: 0, timeZone: 'event', href: '', now: false, colorScheme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    index: { control: { type: 'range', min: 0, max: 11 } },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) =>
    html`<div lang=${args.lang} style="max-width: 24rem">
      <gics-workshop-card
        .workshop=${summit?.workshops[args.index]}
        .summit=${summit}
        time-zone=${args.timeZone}
        href=${args.href}
        ?now=${args.now}
        color-scheme=${args.colorScheme}
      ></gics-workshop-card>
    </div>`,
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('gics-workshop-card')!;
    await card.updateComplete;
    await expect(card.shadowRoot!.querySelector('[role="heading"]')).toBeTruthy();
  },
};

export const Featured: Story = {
  args: { href: '/ateliers/numerique-inclusif', index: 5, lang: 'en' },
};

export const HappeningNow: Story = { args: { now: true, colorScheme: 'dark' } };
