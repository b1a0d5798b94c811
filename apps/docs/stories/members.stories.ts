import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { gicsCommunity } from '@gics/core/samples/community';
import '@gics/widgets/members.js';
import type { GicsMembers } from '@gics/widgets';
import type { Language } from '../.storybook/toolbar.js';

/**
 * What the story feeds the directory: the community sample (as an object), the same without
 * members, or an address that fails or never answers.
 */
type Data = 'sample' | 'empty' | 'error' | 'loading';

interface MembersArgs {
  /** Unset: the toolbar's language decides (through the story root's `lang`). */
  lang?: Language;
  view: 'list' | 'countries' | 'map';
  colorScheme: 'light' | 'dark';
  width: string;
  data: Data;
}

const SOURCES: Partial<Record<Data, string>> = {
  error: '/no-such-community.json',
  loading: 'http://10.255.255.1/community.json',
};

function membersOf(canvasElement: HTMLElement): GicsMembers {
  return canvasElement.querySelector('gics-members')!;
}

function inside<T extends Element = HTMLElement>(members: GicsMembers, selector: string): T {
  const found = members.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

const meta = {
  title: 'Widgets/Members',
  component: 'gics-members',
  args: { view: 'list', colorScheme: 'light', width: '100%', data: 'sample' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    view: { control: 'inline-radio', options: ['list', 'countries', 'map'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
    data: { control: 'select', options: ['sample', 'empty', 'error', 'loading'] },
  },
  render: (args) => {
    const community =
      args.data === 'sample'
        ? gicsCommunity
        : args.data === 'empty'
          ? { ...gicsCommunity, members: [], practices: [] }
          : undefined;
    return html`<div lang=${ifDefined(args.lang)} style="max-width: ${args.width}">
      <gics-members
        view=${args.view}
        color-scheme=${args.colorScheme}
        src=${SOURCES[args.data] ?? ''}
        .community=${community}
      ></gics-members>
    </div>`;
  },
} satisfies Meta<MembersArgs>;

export default meta;
type Story = StoryObj<MembersArgs>;

export const List: Story = {};

export const ByCountry: Story = { name: 'By country', args: { view: 'countries' } };

/**
 * The world map beside the list: Natural Earth's outline drawn from the page itself, no tiles
 * and no third party. Close members share a marker with their count; Tab goes from marker to
 * marker in the list's order, + and − zoom, 0 shows the whole world.
 */
export const WorldMap: Story = { name: 'Map', args: { view: 'map' } };

/** The map on a phone: above the list, its markers still reachable one by one. */
export const MapNarrow: Story = {
  name: 'Map at 320 px',
  args: { view: 'map', width: '320px' },
  play: async ({ canvasElement }) => {
    const members = membersOf(canvasElement);
    await waitFor(() => expect(inside(members, '.marker')).toBeTruthy());
  },
};

/**
 * The list on a phone (320 px): the search box, then « Filtres » / "Filters", which folds the
 * selects so the members come first and says how many filters are set. Wider than 40em, the
 * filters are not folded.
 */
export const NarrowFilters: Story = {
  name: 'Narrow, filters folded',
  args: { width: '320px' },
  play: async ({ canvasElement }) => {
    const members = membersOf(canvasElement);
    await waitFor(() => expect(inside(members, 'button.fold')).toBeTruthy());
    const fold = inside<HTMLButtonElement>(members, 'button.fold');
    await expect(fold.getAttribute('aria-expanded')).toBe('false');
    await expect(inside(members, '#filter-countries').checkVisibility()).toBe(false);
    await userEvent.click(fold);
    await expect(fold.getAttribute('aria-expanded')).toBe('true');
    const countries = inside<HTMLSelectElement>(members, '#filter-countries');
    await expect(countries.checkVisibility()).toBe(true);
    await userEvent.selectOptions(countries, 'CA');
    await waitFor(() => expect(fold.textContent?.replace(/\s+/g, ' ').trim()).toMatch(/\(1\)/));
  },
};

/** A search that matches nobody: the directory says so and offers to clear the filters. */
export const NoMatch: Story = {
  name: 'No match',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const members = membersOf(canvasElement);
    await waitFor(() => expect(inside(members, '#filter-query')).toBeTruthy());
    await userEvent.type(inside(members, '#filter-query'), 'zzz');
    await waitFor(() => expect(inside(members, '.empty')).toBeTruthy());
  },
};

/** A member's dialog: bio, links and the practices they shared. */
export const DetailOpen: Story = {
  name: 'Detail open',
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const members = membersOf(canvasElement);
    await waitFor(() => expect(inside(members, '[data-open]')).toBeTruthy());
    members.open('habitat-rosemont');
    await waitFor(() => expect(inside<HTMLDialogElement>(members, 'dialog').open).toBe(true));
  },
};

export const Loading: Story = { args: { data: 'loading' } };

export const LoadError: Story = { name: 'Error', args: { data: 'error' } };

export const Empty: Story = { args: { data: 'empty' } };

export const Dark: Story = { args: { colorScheme: 'dark', lang: 'en', view: 'map' } };
