import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '@gics/widgets/theme-badge.js';

interface ThemeBadgeArgs {
  name: string;
  color: string;
}

const meta = {
  title: 'Widgets/Theme badge',
  component: 'gics-theme-badge',
  args: { name: 'Économie circulaire', color: '#2e7d32' },
  render: ({ name, color }) =>
    html`<gics-theme-badge name=${name} color=${color}></gics-theme-badge>`,
} satisfies Meta<ThemeBadgeArgs>;

export default meta;
type Story = StoryObj<ThemeBadgeArgs>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('gics-theme-badge')!;
    const label = badge.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!;
    await expect(label.innerText).toBe('Économie circulaire');
  },
};

export const WithoutColour: Story = {
  args: { name: 'Digitalization', color: '' },
};
