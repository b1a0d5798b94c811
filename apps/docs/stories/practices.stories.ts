import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { gicsCommunity } from '@gics/core/samples/community';
import '@gics/widgets/practices.js';
import type { GicsPractices } from '@gics/widgets';
import type { Language } from '../.storybook/toolbar.js';

/**
 * What the story feeds the library: the community sample (as an object), the same with no
 * practices, or an address that fails or never answers.
 */
type Data = 'sample' | 'empty' | 'error' | 'loading';

interface PracticesArgs {
  /** Unset: the toolbar's language decides (through the story root's `lang`). */
  lang?: Language;
  sort: 'newest' | 'title';
  colorScheme: 'light' | 'dark';
  practiceHref: string;
  width: string;
  data: Data;
}

const SOURCES: Partial<Record<Data, string>> = {
  error: '/no-such-practices.json',
  loading: 'http://10.255.255.1/community.json',
};

function libraryOf(canvasElement: HTMLElement): GicsPractices {
  return canvasElement.querySelector('gics-practices')!;
}

function inside<T extends Element = HTMLElement>(library: GicsPractices, selector: string): T {
  const found = library.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const meta = {
  title: 'Widgets/Practices',
  component: 'gics-practices',
  args: { sort: 'newest', colorScheme: 'light', practiceHref: '', width: '100%', data: 'sample' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    sort: { control: 'inline-radio', options: ['newest', 'title'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
    data: { control: 'select', options: ['sample', 'empty', 'error', 'loading'] },
  },
  render: (args) => {
    const community =
      args.data === 'sample'
        ? gicsCommunity
        : args.data === 'empty'
          ? { ...gicsCommunity, practices: [] }
          : undefined;
    return html`<div lang=${ifDefined(args.lang)} style="max-width: ${args.width}">
      <gics-practices
        sort=${args.sort}
        color-scheme=${args.colorScheme}
        practice-href=${args.practiceHref}
        src=${SOURCES[args.data] ?? ''}
        .community=${community}
      ></gics-practices>
    </div>`;
  },
} satisfies Meta<PracticesArgs>;

export default meta;
type Story = StoryObj<PracticesArgs>;

/** The library beside its filters, each value with the number of practices it would show. */
export const Library: Story = {};

export const French: Story = { args: { lang: 'fr' } };

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { colorScheme: 'dark', lang: 'en' } };

export const DarkFrench: Story = {
  name: 'Dark, French',
  args: { colorScheme: 'dark', lang: 'fr' },
};

/** By title, A to Z as French sorts (« Économie » among the E's). */
export const ByTitle: Story = { name: 'A to Z', args: { sort: 'title', lang: 'fr' } };

/**
 * On a phone the filters fold behind a button; ticks wait for "Apply", which names how many
 * practices it will show, and focus never moves.
 */
export const Narrow: Story = {
  name: 'At 320 px, filters open',
  args: { width: '320px', lang: 'fr' },
  play: async ({ canvasElement }) => {
    const library = libraryOf(canvasElement);
    await waitFor(() => expect(inside(library, '.panel-toggle')).toBeTruthy());
    await userEvent.click(inside(library, '.panel-toggle'));
    await userEvent.click(inside(library, '.facet input'));
    await waitFor(() => expect(inside(library, '.apply').textContent).toMatch(/\d/));
  },
};

export const NarrowDark: Story = {
  name: 'At 320 px, dark',
  args: { width: '320px', lang: 'en', colorScheme: 'dark' },
};

/** A search that matches nothing: the library says so and offers to clear the filters. */
export const NoMatch: Story = {
  name: 'No match',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const library = libraryOf(canvasElement);
    await waitFor(() => expect(inside(library, '#practices-query')).toBeTruthy());
    await userEvent.type(inside(library, '#practices-query'), 'zzz');
    await waitFor(() => expect(inside(library, '.empty')).toBeTruthy());
  },
};

/** A practice's dialog: its body in Markdown, links, authors and related practices. */
export const DetailOpen: Story = {
  name: 'Detail open',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const library = libraryOf(canvasElement);
    await waitFor(() => expect(inside(library, '[data-open]')).toBeTruthy());
    library.open(gicsCommunity.practices[0]!.id);
    await waitFor(() => expect(inside<HTMLDialogElement>(library, 'dialog').open).toBe(true));
  },
};

/** Titles link to the host's own pages (`practice-href`) instead of the dialog. */
export const HostPages: Story = {
  name: 'Linked to the host’s pages',
  args: { lang: 'en', practiceHref: '/practices/{id}' },
};

export const Loading: Story = { args: { data: 'loading' } };

export const LoadError: Story = { name: 'Error', args: { data: 'error' } };

export const Empty: Story = { args: { data: 'empty' } };
