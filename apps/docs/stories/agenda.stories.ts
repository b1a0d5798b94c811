import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '@gics/widgets/agenda.js';
import type { GicsAgenda } from '@gics/widgets';

/** What the story feeds the agenda. */
type Data = 'sample' | 'empty' | 'partial' | 'error' | 'loading';

interface AgendaArgs {
  lang: 'fr' | 'en';
  view: 'list' | 'grid' | 'mine';
  timeZone: string;
  colorScheme: 'light' | 'dark';
  themes: string;
  now: string;
  width: string;
  data: Data;
  favorites: string[];
}

const PARTIAL = {
  ...montreal2023,
  workshops: [...montreal2023.workshops, { id: 'sans-titre', start: 'mardi', end: 'midi' }],
};

function agendaOf(canvasElement: HTMLElement): GicsAgenda {
  return canvasElement.querySelector('gics-agenda')!;
}

function inside<T extends HTMLElement = HTMLElement>(agenda: GicsAgenda, selector: string): T {
  return agenda.shadowRoot!.querySelector<T>(selector)!;
}

async function ready(canvasElement: HTMLElement): Promise<GicsAgenda> {
  const agenda = agendaOf(canvasElement);
  await waitFor(() => expect(agenda.shadowRoot?.querySelector('[part="count"]')).toBeTruthy());
  return agenda;
}

const meta = {
  title: 'Widgets/Agenda',
  component: 'gics-agenda',
  args: {
    lang: 'fr',
    view: 'list',
    timeZone: 'event',
    colorScheme: 'light',
    themes: '',
    now: '',
    width: '100%',
    data: 'sample',
    favorites: [],
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    view: { control: 'inline-radio', options: ['list', 'grid', 'mine'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
    data: { control: 'select', options: ['sample', 'empty', 'partial', 'error', 'loading'] },
  },
  render: (args) => {
    localStorage.setItem(
      'gics-agenda:favorites:gics-montreal-2023',
      JSON.stringify(args.favorites),
    );
    const summit =
      args.data === 'sample'
        ? montreal2023
        : args.data === 'empty'
          ? { ...montreal2023, workshops: [] }
          : args.data === 'partial'
            ? PARTIAL
            : undefined;
    // `error` asks the Storybook server for a file it does not have (404); `loading` for an
    // address that never answers within the story.
    const src =
      args.data === 'error'
        ? '/no-such-agenda.json'
        : args.data === 'loading'
          ? 'http://10.255.255.1/agenda.json'
          : '';
    return html`<div lang=${args.lang} style="max-width: ${args.width}">
      <gics-agenda
        view=${args.view}
        time-zone=${args.timeZone}
        color-scheme=${args.colorScheme}
        themes=${args.themes}
        now=${args.now}
        src=${src}
        .summit=${summit}
      ></gics-agenda>
    </div>`;
  },
} satisfies Meta<AgendaArgs>;

export default meta;
type Story = StoryObj<AgendaArgs>;

export const List: Story = {};

export const Grid: Story = { args: { view: 'grid', lang: 'en' } };

export const Mine: Story = {
  args: {
    view: 'mine',
    favorites: [
      'economie-circulaire-cooperative',
      'numerique-inclusif',
      'modeles-affaires-circulaires',
    ],
  },
};

export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const agenda = await ready(canvasElement);
    const chip = [...agenda.shadowRoot!.querySelectorAll<HTMLElement>('[part="chip"]')].find(
      (button) => button.textContent?.includes('Numérisation'),
    )!;
    await userEvent.click(chip);
    await expect(chip.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() =>
      expect(inside(agenda, '[part="count"]').textContent).toBe('4\u00a0ateliers sur 12'),
    );
  },
};

/**
 * Opens a workshop, closes it with its close button and checks focus goes back to the title.
 * A play function's keys are synthetic (untrusted) events, which a native `<dialog>` rightly
 * ignores, so Escape is tested with real key presses in the widgets' component tests.
 */
export const DetailOpen: Story = {
  play: async ({ canvasElement }) => {
    const agenda = await ready(canvasElement);
    const title = inside(agenda, '.title-button');
    await userEvent.click(title);
    const dialog = inside<HTMLDialogElement>(agenda, 'dialog');
    await waitFor(() => expect(dialog.open).toBe(true));
    await userEvent.click(inside(agenda, 'dialog .close'));
    await waitFor(() => expect(dialog.open).toBe(false));
    await waitFor(() => expect(agenda.shadowRoot!.activeElement).toBe(title));
    await userEvent.click(title);
    await waitFor(() => expect(dialog.open).toBe(true));
  },
};

export const Favourite: Story = {
  play: async ({ canvasElement }) => {
    const agenda = await ready(canvasElement);
    const star = inside(agenda, '[part="favorite-button"]');
    await userEvent.click(star);
    await expect(star.getAttribute('aria-pressed')).toBe('true');
  },
};

export const Loading: Story = { args: { data: 'loading' } };

export const Error: Story = { args: { data: 'error' } };

export const Empty: Story = { args: { data: 'empty' } };

export const PartialData: Story = { args: { data: 'partial' } };

export const HappeningNow: Story = { args: { now: '2023-05-17T10:45:00-04:00' } };

export const Narrow: Story = { args: { width: '320px', view: 'grid' } };

export const Dark: Story = { args: { colorScheme: 'dark', lang: 'en' } };
