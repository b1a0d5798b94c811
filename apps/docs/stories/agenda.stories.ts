import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { localize, type Workshop } from '@gics/core';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import '@gics/widgets/agenda.js';
import type { GicsAgenda } from '@gics/widgets';
import { toolbarGlobals, type Language } from '../.storybook/toolbar.js';
import { crowdedDay, longProgramme } from './long-programme.js';

/**
 * What the story feeds the agenda: the Montréal 2023 sample (as an object), variations of it, a
 * long programme built from it, a pretalx feed or a congress-like frab feed (with or without its
 * time zone) fetched from the docs' own static files, or an address that fails or never answers.
 */
type Data =
  | 'sample'
  | 'empty'
  | 'partial'
  | 'long'
  | 'crowded'
  | 'pretalx'
  | 'congress'
  | 'no-time-zone'
  | 'error'
  | 'loading';

interface AgendaArgs {
  /** Unset: the toolbar's language decides (through the story root's `lang`). */
  lang?: Language;
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

const LONG_COUNT = 1000;
/** Cards a list shows at once before the rest follow (the widgets' README, `<gics-agenda>`). */
const FIRST_CARDS = 24;
/** Built once, when a story first asks for it, not when the file loads. */
let long: ReturnType<typeof longProgramme> | undefined;
const CROWDED_ROOMS = 30;
const CROWDED_ROWS = 6;
let crowded: ReturnType<typeof crowdedDay> | undefined;

/**
 * The address of a file in static/, relative to the page the story runs in. Vite's base is `/`
 * under `storybook dev` and Vitest, where static files are served from the root, and `./` in the
 * static build, which may be published in a sub-folder (`https://example.coop/gics-kit/`).
 */
function staticUrl(file: string): string {
  return `${import.meta.env.BASE_URL}${file}`;
}

/** The pretalx widget JSON the "Fed by a pretalx feed" story loads (our importer's fixture). */
const PRETALX_FEED = 'feeds/pretalx-widget.json';
/**
 * An invented congress-like frab `schedule.json`: two conference days from 11:00 to 04:00 the
 * next morning, eight rooms listed in `conference.rooms` in the organiser's order (each day keys
 * them alphabetically), Markdown abstracts, sessions in German, English and Spanish, and the
 * organisers' own session types.
 */
const CONGRESS_FEED = 'feeds/frab-congress.json';
/** The congress's rooms as `conference.rooms` lists them. */
const CONGRESS_ROOMS = [
  'Zentralhalle',
  'Saal Lumen',
  'Saal Borealis',
  'Bühne Ost',
  'Werkstatt Eins',
  'Werkstatt Zwei',
  'Lounge',
  'Dachgarten',
];
const CONGRESS_SESSIONS = 60;
/** A small frab feed without `time_zone_name` (its dates carry offsets, which name no zone). */
const NO_TIME_ZONE_FEED = 'feeds/frab-no-time-zone.json';

/**
 * The address each fetched kind of data loads. `error` asks the Storybook server for a file it
 * does not have (404); `loading` an address that never answers within the story.
 */
const SOURCES: Partial<Record<Data, string>> = {
  pretalx: staticUrl(PRETALX_FEED),
  congress: staticUrl(CONGRESS_FEED),
  'no-time-zone': staticUrl(NO_TIME_ZONE_FEED),
  error: '/no-such-agenda.json',
  loading: 'http://10.255.255.1/agenda.json',
};

function agendaOf(canvasElement: HTMLElement): GicsAgenda {
  return canvasElement.querySelector('gics-agenda')!;
}

function inside<T extends HTMLElement = HTMLElement>(agenda: GicsAgenda, selector: string): T {
  return agenda.shadowRoot!.querySelector<T>(selector)!;
}

/** The count's words with every kind of space made plain (French uses narrow no-break ones). */
function countText(agenda: GicsAgenda): string {
  return (inside(agenda, '[part="count"]').textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A workshop's title as the English agenda shows it (a frab feed's titles are plain text). */
function titleOf(workshop: Workshop): string {
  return localize(workshop.title, 'en');
}

function cardCount(agenda: GicsAgenda): number {
  return agenda.shadowRoot!.querySelectorAll('[part="card"]').length;
}

async function ready(canvasElement: HTMLElement, timeout = 1000): Promise<GicsAgenda> {
  const agenda = agendaOf(canvasElement);
  await waitFor(() => expect(agenda.shadowRoot?.querySelector('[part="count"]')).toBeTruthy(), {
    timeout,
  });
  return agenda;
}

/** The language the agenda shows: the story's own `lang`, else the toolbar's. */
function languageOf(args: AgendaArgs, globals: Record<string, unknown>): Language {
  return args.lang ?? toolbarGlobals(globals).language;
}

const meta = {
  title: 'Widgets/Agenda',
  component: 'gics-agenda',
  args: {
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
    data: {
      control: 'select',
      options: [
        'sample',
        'empty',
        'partial',
        'long',
        'crowded',
        'pretalx',
        'congress',
        'no-time-zone',
        'error',
        'loading',
      ],
    },
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
            : args.data === 'long'
              ? (long ??= longProgramme(LONG_COUNT))
              : args.data === 'crowded'
                ? (crowded ??= crowdedDay(CROWDED_ROOMS, CROWDED_ROWS))
                : undefined;
    const src = SOURCES[args.data] ?? '';
    return html`<div lang=${ifDefined(args.lang)} style="max-width: ${args.width}">
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

/**
 * One day of 180 workshops in 30 rooms, as a large conference's feed fills a grid. The grid
 * scrolls sideways and down inside its own box with the times and rooms kept in view; "Rooms
 * shown" hides columns and "Compact" tightens the cells. Cells render from the earliest hour
 * down, the first at once and the rest in later tasks.
 */
export const CrowdedGrid: Story = {
  name: 'Crowded grid day',
  args: { view: 'grid', data: 'crowded' },
  play: async ({ canvasElement }) => {
    const agenda = await ready(canvasElement, 10_000);
    const cells = () => agenda.shadowRoot!.querySelectorAll('.grid-cell').length;
    await waitFor(() => expect(cells()).toBe(CROWDED_ROOMS * CROWDED_ROWS));
    await expect(agenda.shadowRoot!.querySelectorAll('.grid-room')).toHaveLength(CROWDED_ROOMS);
    const scroller = inside(agenda, '[part="grid"]');
    await expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
  },
};

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
  play: async ({ canvasElement, args, globals }) => {
    const lang = languageOf(args, globals);
    const agenda = await ready(canvasElement);
    const theme = montreal2023.themes.find((candidate) => candidate.name.fr === 'Numérisation')!;
    const chip = [...agenda.shadowRoot!.querySelectorAll<HTMLElement>('[part="chip"]')].find(
      (button) => button.textContent?.includes(theme.name[lang]),
    )!;
    await userEvent.click(chip);
    await expect(chip.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() =>
      expect(countText(agenda)).toBe(lang === 'fr' ? '4 ateliers sur 12' : '4 of 12 workshops'),
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
    // The dialog's content is a module of its own, fetched on the first open: give a cold dev
    // server (a fresh CI machine) time to serve it.
    await waitFor(() => expect(dialog.open).toBe(true), { timeout: 15_000 });
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

/**
 * A thousand workshops (the Montréal sample repeated over the summer). The first cards show at
 * once and the rest follow in later tasks, so the page answers while the list is still growing;
 * up to 2,000 workshops the whole list is rendered in the background, with no "Show more".
 */
export const ThousandWorkshops: Story = {
  name: '1,000 workshops',
  args: { data: 'long' },
  parameters: {
    // axe checks the toolbar, the filters and the first day: the other days repeat the same card
    // template (checked in full by the List story), and checking 1,000 cards took axe over two
    // minutes on a busy CI machine.
    a11y: {
      context: { exclude: [{ fromShadowDom: ['gics-agenda', 'section.day ~ section.day'] }] },
    },
  },
  play: async ({ canvasElement, args, globals }) => {
    const lang = languageOf(args, globals);
    const agenda = await ready(canvasElement, 10_000);
    await expect(countText(agenda)).toBe(lang === 'fr' ? '1 000 ateliers' : '1,000 workshops');
    await waitFor(() => expect(cardCount(agenda)).toBe(LONG_COUNT), { timeout: 30_000 });
    await expect(agenda.shadowRoot!.querySelector('.more')).toBeNull();
    // The first paint may be over before a play function starts, so watch a new list instead:
    // a change of view starts again from the first cards, and the rest follow in later tasks.
    agenda.view = 'grid';
    await agenda.updateComplete;
    agenda.view = 'list';
    await agenda.updateComplete;
    await expect(cardCount(agenda)).toBe(FIRST_CARDS);
    await waitFor(() => expect(cardCount(agenda)).toBe(LONG_COUNT), { timeout: 30_000 });
  },
};

/**
 * A pretalx widget feed (`…/schedule/widgets/schedule.json`) fetched from the docs' static
 * files (static/feeds/); the agenda recognises the format on its own. The feed is our pretalx
 * importer's test fixture, flaws included: what the agenda cannot use (a talk without a time, a
 * speaker without a name…) is left out and listed once in the console and in
 * `gics-agenda-load`'s `warnings`; the rest is shown.
 */
export const PretalxFeed: Story = {
  name: 'Fed by a pretalx feed',
  args: { data: 'pretalx' },
  play: async ({ canvasElement }) => {
    const agenda = await ready(canvasElement, 10_000);
    await waitFor(() =>
      expect(agenda.shadowRoot!.textContent).toContain(
        'Des communs numériques pour les coopératives',
      ),
    );
  },
};

/**
 * `view="grid"` on a phone (320 px): too narrow for rooms side by side, the agenda shows the
 * list, and its toolbar presses « Liste » / "List" with no grid button (a wider agenda shows the
 * grid again). The day filter is there, as in any list.
 */
export const Narrow: Story = {
  args: { width: '320px', view: 'grid' },
  play: async ({ canvasElement, args, globals }) => {
    const lang = languageOf(args, globals);
    const agenda = await ready(canvasElement);
    const views = () =>
      [...agenda.shadowRoot!.querySelectorAll('[aria-labelledby="views-label"] > button')].map(
        (button) =>
          `${button.textContent!.replace(/\s+/g, ' ').trim()}${
            button.getAttribute('aria-pressed') === 'true' ? ' ✓' : ''
          }`,
      );
    await waitFor(() =>
      expect(views()).toEqual(
        lang === 'fr' ? ['Liste ✓', 'Mon programme'] : ['List ✓', 'My agenda'],
      ),
    );
    await expect(agenda.shadowRoot!.querySelectorAll('[role="tab"]')).toHaveLength(0);
    await expect(agenda.shadowRoot!.querySelector('#filter-day')).not.toBeNull();
  },
};

/**
 * The list on a phone (320 px): the search box, then « Filtres » / "Filters", which folds the
 * theme chips and the selects so the programme comes first, and says how many filters are set.
 * Choices still apply at once. Wider than 40em, the filters are not folded.
 */
export const NarrowFilters: Story = {
  name: 'Narrow, filters folded',
  args: { width: '320px' },
  play: async ({ canvasElement, args, globals }) => {
    const lang = languageOf(args, globals);
    const agenda = await ready(canvasElement);
    const fold = inside<HTMLButtonElement>(agenda, 'button.fold');
    await expect(fold.getAttribute('aria-expanded')).toBe('false');
    await expect(inside(agenda, '[part="chip"]').checkVisibility()).toBe(false);
    await userEvent.click(fold);
    await expect(fold.getAttribute('aria-expanded')).toBe('true');
    const chip = inside(agenda, '[part="chip"]');
    await expect(chip.checkVisibility()).toBe(true);
    await userEvent.click(chip);
    await waitFor(() => expect(fold.textContent?.replace(/\s+/g, ' ').trim()).toMatch(/\(1\)/));
    await waitFor(() =>
      expect(countText(agenda)).toMatch(lang === 'fr' ? / ateliers sur 12$/ : / of 12 workshops$/),
    );
  },
};

export const Dark: Story = { args: { colorScheme: 'dark', lang: 'en' } };

/**
 * A congress-like frab `schedule.json` (static/feeds/frab-congress.json, invented): two
 * conference days from 11:00 to 04:00 the next morning, eight rooms, sessions in German,
 * English and Spanish. The grid has one tab per conference day, not an extra one for the small
 * hours: a session at 00:30 on the 28th is on the 27th's grid, in its last rows. The rooms are
 * columns in the organiser's order (`conference.rooms`: the main hall first), not by name.
 * Open a session for its Markdown abstract rendered with its link; the language filter names
 * German and Spanish in the visitor's language.
 */
export const CongressGrid: Story = {
  name: 'Real congress schedule (frab)',
  args: { view: 'grid', data: 'congress' },
  play: async ({ canvasElement }) => {
    const agenda = await ready(canvasElement, 10_000);
    const tabs = () => [...agenda.shadowRoot!.querySelectorAll('[role="tab"]')];
    await waitFor(() => expect(tabs()).toHaveLength(2));
    await expect(tabs()[0]!.textContent).toContain('27');
    await expect(tabs()[1]!.textContent).toContain('28');
    const rooms = [...agenda.shadowRoot!.querySelectorAll('.grid-room')].map((room) =>
      room.textContent?.trim(),
    );
    await expect(rooms[0]).toBe('Zentralhalle');
    await expect(rooms).toEqual(CONGRESS_ROOMS);
    // The first night's sessions (after midnight on the 28th) are cells of the first tab.
    const night = agenda.loadedSummit!.workshops.filter((workshop) =>
      workshop.start.startsWith('2031-12-28T0'),
    );
    await expect(night.length).toBeGreaterThan(0);
    await waitFor(() => {
      const cells = [...agenda.shadowRoot!.querySelectorAll('.grid-cell')].map(
        (cell) => cell.textContent ?? '',
      );
      for (const workshop of night) {
        expect(cells.some((cell) => cell.includes(titleOf(workshop)))).toBe(true);
      }
    });
  },
};

/**
 * The same congress as a list: two day headings, each night's sessions at the end of the day
 * they belong to, and cards that show each abstract as plain text, Markdown marks removed.
 */
export const CongressList: Story = {
  name: 'Real congress schedule (frab), list',
  args: { data: 'congress' },
  play: async ({ canvasElement }) => {
    const agenda = await ready(canvasElement, 10_000);
    await waitFor(() => expect(cardCount(agenda)).toBe(CONGRESS_SESSIONS));
    const days = [...agenda.shadowRoot!.querySelectorAll('section.day')];
    await expect(days).toHaveLength(2);
    // The first day ends with the latest of its night's sessions, held in the small hours of the 28th.
    const night = agenda
      .loadedSummit!.workshops.filter((workshop) => workshop.start.startsWith('2031-12-28T0'))
      .sort((a, b) => a.start.localeCompare(b.start));
    const latest = night.at(-1)!;
    const lastOfFirstDay = [...days[0]!.querySelectorAll('[part="card"]')].at(-1)!;
    await expect(lastOfFirstDay.textContent).toContain(titleOf(latest));
    const summaries = [...agenda.shadowRoot!.querySelectorAll('.card-summary')].map(
      (summary) => summary.textContent ?? '',
    );
    await expect(summaries.length).toBeGreaterThan(0);
    await expect(summaries.filter((summary) => /\*\*|\]\(/.test(summary))).toEqual([]);
  },
};

/**
 * A frab feed without `time_zone_name` (static/feeds/frab-no-time-zone.json). Its dates carry
 * offsets, but an offset holds for one instant, not for a place's rules, so the agenda says what
 * is missing and how to give it (`feed-time-zone="Europe/Berlin"`), in the page's language, and
 * offers no "Try again": fetching the same feed again cannot help.
 */
export const NoTimeZone: Story = {
  name: 'Feed without a time zone',
  args: { data: 'no-time-zone' },
  play: async ({ canvasElement }) => {
    const agenda = agendaOf(canvasElement);
    await waitFor(
      () =>
        expect(agenda.shadowRoot?.querySelector('[role="alert"]')?.textContent).toContain(
          'feed-time-zone=',
        ),
      { timeout: 10_000 },
    );
    await expect(agenda.shadowRoot!.querySelector('[part="error"] button')).toBeNull();
  },
};
