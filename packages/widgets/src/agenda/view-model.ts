/**
 * The agenda's view model: everything one render shows, computed once per update in
 * `willUpdate` (`agendaViewModel`) and read by the views, which write nothing back. The
 * progressive renderer, the URL and "jump to now" read the same model after the render.
 *
 *   element state (filters, view, day, rooms, favourites, clock, cards allowed…)
 *     → `agendaViewModel(input, memo)`: filtering, grouping, grid layout, counts, options,
 *       each kept in `AgendaMemo` while what it is made from stays the same object
 *     → `AgendaViewModel`, read-only in its types: views and controllers only read it
 *     → views (toolbar.ts, filters.ts, list.ts, grid-view.ts, mine.ts, dialog.ts, state.ts)
 *
 * The memo is what keeps a keystroke cheap: a search changes `filters`, so the filtered list
 * and its grouping are made again, while filter options, room lookups and the summit's span
 * are not; cards are `guard`ed on what they show (cards.ts).
 */
import {
  formatDayHeading,
  formatTimeZoneLabel,
  groupWorkshopsByDay,
  happeningNow,
  isSameTimeZone,
  dayOptionsOf,
  listDays,
  listLanguages,
  listRooms,
  toEpoch,
  type AgendaDay,
  type AgendaRoom,
  type DayGrid,
  type GridCell,
  type WorkshopTextSearch,
} from '@gics/core/agenda';
import {
  localize,
  type Language,
  type Member,
  type Summit,
  type Theme,
  type Workshop,
  type WorkshopFormat,
} from '@gics/core/summit';
import type { AgendaMessages } from '../i18n/agenda.js';
import { languageOption } from '../internal/language-name.js';
import type { CardContext } from '../workshop-card/card-template.js';
import type { LoadStatus } from '../internal/load-controller.js';
import type * as FilterEngine from '@gics/core/agenda/filter';
import type * as DetailModule from './detail.js';
import type * as GridViewModule from './grid-view.js';
import type * as MineModule from './mine.js';
import { BACKGROUND_RENDER_LIMIT, type CardsLeftOut } from '../internal/progressive.js';
import { firstWorkshops } from './progressive.js';
import type { AgendaErrorKind, AgendaView, DownloadPlace } from './types.js';
import { hasFilters, type Filters } from './url-state.js';
import { isPreview } from './load-controller.js';
import { loadRefresh } from './modules.js';

/** The module the dialog's content arrives in. */
export type DetailView = typeof DetailModule;

/** The views that arrive the first time they are shown, with the layout logic only they use. */
export interface AgendaViews {
  readonly grid?: typeof GridViewModule;
  readonly mine?: typeof MineModule;
}

/** What every card of a render shares. */
export interface CardsModel {
  /** The card context, less what differs from card to card. */
  readonly context: Omit<
    CardContext,
    'favorite' | 'headingLevel' | 'href' | 'now' | 'conflict' | 't'
  > & {
    t: AgendaMessages;
  };
  /** The ids of the visitor's favourites. */
  readonly favorites: ReadonlySet<string>;
  /** The workshops under way at the clock's instant. */
  readonly live: ReadonlySet<Workshop>;
  /** `workshop-href`: titles link there (`{id}` replaced) rather than opening the dialog. */
  readonly hrefTemplate: string;
  /** What the last refreshes changed, in words, by workshop id (see `ChangeMarks`). */
  readonly marks: ReadonlyMap<string, string>;
}

/** Days of cards as the list and my agenda show them, cut to the cards allowed for now. */
export interface DaysModel {
  readonly days: readonly AgendaDay[];
  /** Cards left out for now. */
  readonly hidden: number;
  /** Whether a "show more" button ends the list (too many cards to complete in the background). */
  readonly showMore: boolean;
  /** A conflict in words, for the workshops of my agenda that overlap another. */
  readonly conflicts?: ReadonlyMap<Workshop, string>;
}

/** The grid of one day, its tabs and options. */
export interface GridModel {
  readonly kind: 'grid';
  /** The conference days, one tab each. */
  readonly days: readonly string[];
  readonly grid: DayGrid;
  /** The cells rendered for now (the first ones of `grid.cells`). */
  readonly cells: readonly GridCell[];
  /**
   * Every day's grid, `grid` among them, when the grid is drawn for readers without JavaScript
   * (a pre-rendered agenda): no tab works for them, so every day is there, one after another.
   */
  readonly everyDay?: readonly DayGrid[];
  readonly hiddenRooms: ReadonlySet<string>;
  readonly compact: boolean;
}

/** My agenda: the favourites by day, and how many pairs of them overlap. */
export interface MineModel {
  readonly kind: 'mine';
  readonly list: DaysModel;
  readonly conflictCount: number;
}

/**
 * What the content area shows; `pending` while the module of the grid or of my agenda arrives
 * (`AgendaViews`, the first time each is shown).
 */
export type ContentModel =
  | { readonly kind: 'empty'; readonly message: string }
  | { readonly kind: 'no-match' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'list'; readonly list: DaysModel; readonly all: readonly AgendaDay[] }
  | MineModel
  | GridModel;

/** The toolbar: views, zone toggle, "jump to now". */
export interface ToolbarModel {
  readonly view: AgendaView;
  readonly favoriteCount: number;
  /**
   * The zone toggle, when the visitor's zone differs from the event's; on a pre-rendered agenda
   * always (its server could not know the visitor's zone), "Your time" only when it differs.
   */
  readonly zones?: { eventLabel: string; current: 'event' | 'local'; local: boolean };
  /** Whether "jump to now" is offered (the summit is under way). */
  readonly jump: boolean;
  /** Whether the controls wait for the whole programme (a preview is on show): drawn, inert. */
  readonly pending?: boolean;
  /** Too narrow for the grid: no grid button, and the list it falls back to pressed. */
  readonly narrow?: boolean;
}

/** A filter select's choices: values and their labels. */
export type FilterOptions<T extends string> = ReadonlyArray<readonly [T, string]>;

/** The filter panel. */
export interface FiltersModel {
  readonly filters: Filters;
  /** What the search box holds (ahead of `filters.query` while a search is typed). */
  readonly query: string;
  readonly themes: readonly Theme[];
  readonly formats: FilterOptions<WorkshopFormat>;
  readonly languages: FilterOptions<string>;
  /** The day select; not in the grid, whose tabs choose the day. */
  readonly days?: FilterOptions<string>;
  readonly rooms: FilterOptions<string>;
  /** Whether any filter is set ("Clear filters" is offered). */
  readonly active: boolean;
  /** Whether the panel is open where it folds, behind a "Filters" button (a narrow agenda). */
  readonly open: boolean;
  /** How many filters the panel's choices set, which its button says (the search box apart). */
  readonly picked: number;
  /**
   * Whether the filters wait for the whole programme (a preview is on show): drawn, inert, the
   * selects that the preview's choices show the whole has too.
   */
  readonly pending?: boolean;
}

/** The detail dialog. */
export interface DialogModel {
  /** The workshop open in it. */
  readonly workshop?: Workshop;
  /** Whether a refresh took that workshop out of the programme (its last version is shown). */
  readonly removed?: boolean;
  readonly favorite: boolean;
  /** Whether the last calendar download failed (its module did not arrive). */
  readonly downloadFailed: boolean;
  /** The dialog's content, once its module has arrived. */
  readonly detail?: DetailView;
}

/** Loading, an error, or nothing to show yet. */
export interface StateModel {
  readonly status: Exclude<LoadStatus, 'ready'>;
  readonly lang: Language;
  readonly t: AgendaMessages;
  readonly errorKind?: AgendaErrorKind;
  /** Whether "Try again" is offered. */
  readonly retry: boolean;
}

/** A summit on show. */
export interface ReadyModel {
  readonly status: 'ready';
  readonly lang: Language;
  readonly t: AgendaMessages;
  readonly summit: Summit;
  readonly view: AgendaView;
  /** The zone times are shown in. */
  readonly zone: string;
  /** The workshops the filters let through, in the summit's order. */
  readonly filtered: readonly Workshop[];
  /** The favourites, in the summit's order. */
  readonly favoriteIds: readonly string[];
  /** The count in the live region. */
  readonly count: string;
  /** Whether to say that favourites will not be kept. */
  readonly notice: boolean;
  /** What the last refresh changed, in words, for the polite live region ('' for nothing). */
  readonly updateNotice: string;
  /** Whether the last refresh failed (the programme shown stays). */
  readonly refreshFailing: boolean;
  /** Whether the last calendar download failed (its module did not arrive). */
  readonly downloadFailed: boolean;
  readonly toolbar: ToolbarModel;
  readonly filters?: FiltersModel;
  readonly content: ContentModel;
  readonly cards: CardsModel;
  readonly dialog: DialogModel;
  /** What this render leaves out, for the progressive renderer. */
  readonly leftOut: CardsLeftOut;
}

/** What one render of the agenda shows. */
export type AgendaViewModel = StateModel | ReadyModel;

/** What the view model is made from: the element's properties and its controllers' state. */
export interface AgendaInput {
  readonly lang: Language;
  readonly t: AgendaMessages;
  readonly status: LoadStatus;
  readonly errorKind: AgendaErrorKind | undefined;
  readonly retry: boolean;
  readonly summit: Summit | undefined;
  readonly view: AgendaView;
  /** Too narrow for the grid: the list is shown instead. */
  readonly narrow: boolean;
  /** The `time-zone` property, for the toggle's state. */
  readonly timeZone: string;
  readonly zone: string;
  readonly localZone: string;
  /**
   * Whether this update draws what a server drew (a pre-rendered agenda's first update, and the
   * server's own render): the grid then lays out every day.
   */
  readonly prerendered: boolean;
  /**
   * Whether the zone toggle's row shows even when the visitor's zone is the event's: the agenda
   * was pre-rendered, so the row was there before the visitor's zone was known, and stays.
   */
  readonly zoneRow: boolean;
  readonly filters: Filters;
  readonly query: string;
  readonly searching: boolean;
  /** The count announced by the previous render. */
  readonly announced: string;
  readonly favorites: ReadonlySet<string>;
  /** Whether favourites are kept (`undefined` before a summit is open). */
  readonly persistent: boolean | undefined;
  readonly favoritesTouched: boolean;
  readonly instant: number;
  /** Cards to render for now. */
  readonly limit: number;
  readonly gridDay: string;
  readonly hiddenRooms: ReadonlySet<string>;
  readonly hideFilters: boolean;
  /** Whether the filter panel is open where it folds (`FilterFold`, internal/filter-fold.ts). */
  readonly filtersOpen: boolean;
  readonly compact: boolean;
  readonly workshopHref: string;
  readonly openId: string | undefined;
  /** What refreshes changed: marks on cards, and the workshops they took out. */
  readonly changes: ChangeMarks;
  readonly updateNotice: string;
  readonly refreshFailing: boolean;
  /** Where the last calendar download failed (actions.ts), if it did. */
  readonly downloadFailed: DownloadPlace | undefined;
  readonly detail: DetailView | undefined;
  /** The grid and my agenda, each once its module has arrived. */
  readonly views: AgendaViews;
  /** The text search, once its module has arrived (`@gics/core/agenda/search`). */
  readonly textSearch: WorkshopTextSearch | undefined;
  /** The filtering, once its module has arrived (`@gics/core/agenda/filter`): a filter needs it. */
  readonly filterEngine: typeof FilterEngine | undefined;
}

/** How a refresh changed a workshop that stays in the programme, shown until `until` (epoch ms). */
export interface ChangeMark {
  readonly kind: 'moved' | 'added' | 'edited';
  readonly until: number;
  /** Where a moved workshop was in the programme shown before the refresh that moved it. */
  readonly from?: MovedFrom;
}

/** A moved workshop's times and room before it moved. */
export interface MovedFrom {
  readonly start: string;
  readonly end: string;
  /** Its room then, as the programme of then named it. */
  readonly room: AgendaRoom | undefined;
}

/** What refreshes changed, as the agenda keeps it. */
export interface ChangeMarks {
  readonly marks: ReadonlyMap<string, ChangeMark>;
  /** The last version of each workshop a refresh took out, by id (for an open dialog). */
  readonly removed: ReadonlyMap<string, Workshop>;
}

export const NO_CHANGES: ChangeMarks = { marks: new Map(), removed: new Map() };

/** One value, made again only when one of its sources is a different object. */
class Memo<T> {
  private key?: readonly unknown[];
  private value?: T;

  get(key: readonly unknown[], make: () => T): T {
    const last = this.key;
    if (last?.length !== key.length || !last.every((part, index) => part === key[index])) {
      this.value = make();
      this.key = key;
    }
    return this.value!;
  }
}

/** Values derived from the summit and what else the view model needs, kept between updates. */
export class AgendaMemo {
  readonly filtered = new Memo<readonly Workshop[]>();
  readonly grouped = new Memo<AgendaDay[]>();
  readonly grid = new Memo<DayGrid>();
  readonly mine = new Memo<{
    days: AgendaDay[];
    conflicts: Map<Workshop, string>;
    count: number;
  }>();
  readonly favoriteIds = new Memo<readonly string[]>();
  readonly live = new Memo<ReadonlySet<Workshop>>();
  readonly lookups = new Memo<{ themes: Map<string, Theme>; members: Map<string, Member> }>();
  readonly span = new Memo<readonly [first: number, last: number]>();
  readonly days = new Memo<string[]>();
  readonly options = new Memo<
    Omit<FiltersModel, 'filters' | 'query' | 'themes' | 'active' | 'open' | 'picked'>
  >();
  readonly marks = new Memo<ReadonlyMap<string, string>>();
}

/**
 * The marks still shown at `instant`, in words: "Moved (previously 10:00–11:00 a.m.)", "New"…
 * Marks exist only once a refresh has changed the programme, and their wording
 * (change-marks.ts) arrives with the refresher (refresh.ts) that made them.
 */
function markTexts(
  memo: AgendaMemo,
  summit: Summit,
  input: AgendaInput,
  zone: string,
): ReadonlyMap<string, string> {
  const { changes, instant, lang } = input;
  return memo.marks.get(
    [changes, summit, instant, lang, zone],
    () =>
      (changes.marks.size > 0 &&
        loadRefresh.arrived?.changeMarkTexts(changes, summit, { instant, lang, zone })) ||
      new Map(),
  );
}

/**
 * The workshops `filters` let through; the day filter does not apply in the grid. Without the
 * text search (still on its way), the query is left out. No filter lets every workshop through,
 * with no filtering; `undefined` while the filtering a filter needs is on its way.
 */
function filteredWorkshops(
  memo: AgendaMemo,
  summit: Summit,
  filters: Filters,
  grid: boolean,
  zone: string,
  search: WorkshopTextSearch | undefined,
  engine: typeof FilterEngine | undefined,
): readonly Workshop[] | undefined {
  if (!hasFilters(filters)) return summit.workshops;
  if (!engine) return undefined;
  return memo.filtered.get([summit, filters, grid, zone, search], () =>
    engine.filterWorkshopsWith(search, summit, {
      themeIds: filters.themes,
      formats: filters.format ? [filters.format] : [],
      languages: filters.language ? [filters.language] : [],
      days: filters.day && !grid ? [filters.day] : [],
      rooms: filters.room ? [filters.room] : [],
      query: search ? filters.query : '',
      ...dayOptionsOf(summit, zone),
    }),
  );
}

/** The summit's conference days as they fall in `zone`. */
export function summitDays(memo: AgendaMemo, summit: Summit, zone: string): readonly string[] {
  return memo.days.get([summit, zone], () =>
    listDays(summit.workshops, dayOptionsOf(summit, zone)),
  );
}

/** Whether `instant` is between the summit's first start and its last end. */
function isUnderWay(memo: AgendaMemo, summit: Summit, instant: number): boolean {
  const [first, last] = memo.span.get([summit], () => {
    let first = Infinity;
    let last = -Infinity;
    for (const workshop of summit.workshops) {
      first = Math.min(first, toEpoch(workshop.start));
      last = Math.max(last, toEpoch(workshop.end));
    }
    return [first, last] as const;
  });
  return first <= instant && instant < last;
}

/** `days` cut to `limit` cards, with what is left out. */
export function daysModel(
  days: readonly AgendaDay[],
  limit: number,
): DaysModel & { total: number } {
  const part = firstWorkshops(days, limit);
  return {
    days: part.days,
    hidden: part.hidden,
    total: part.total,
    showMore: part.hidden > 0 && part.total > BACKGROUND_RENDER_LIMIT,
  };
}

/** Nothing left out: the content area shows no cards, or all of them. */
export const NOTHING_LEFT_OUT: CardsLeftOut = { hidden: 0, total: 0, background: false };

/** What the content area shows, and the cards it leaves out for now. */
/**
 * Whether the grid shows: `view` is `grid` and the agenda is wide enough for it; too narrow,
 * the list shows instead, but a pre-rendered first update draws the grid the server drew, not
 * knowing the width, and the list follows in the next update.
 */
export function showsGrid(input: Pick<AgendaInput, 'view' | 'narrow' | 'prerendered'>): boolean {
  return input.view === 'grid' && (!input.narrow || input.prerendered);
}

function contentOf(
  input: AgendaInput,
  memo: AgendaMemo,
  summit: Summit,
  filtered: readonly Workshop[],
  favoriteIds: readonly string[],
): { content: ContentModel; leftOut: CardsLeftOut } {
  const { t, zone, limit, views } = input;
  const days = dayOptionsOf(summit, zone);
  const empty = (message: string) => ({
    content: { kind: 'empty', message } as const,
    leftOut: NOTHING_LEFT_OUT,
  });
  const pending = { content: { kind: 'pending' } as const, leftOut: NOTHING_LEFT_OUT };
  if (input.view === 'mine') {
    if (favoriteIds.length === 0) return empty(t.mineEmpty);
    return views.mine ? views.mine.mineContent(input, memo, summit) : pending;
  }
  if (summit.workshops.length === 0) return empty(t.empty);
  if (showsGrid(input)) {
    return views.grid ? views.grid.gridContent(input, memo, summit, filtered) : pending;
  }
  if (filtered.length === 0) return { content: { kind: 'no-match' }, leftOut: NOTHING_LEFT_OUT };
  const all = memo.grouped.get([filtered, zone], () => groupWorkshopsByDay(filtered, days));
  const { total, ...list } = daysModel(all, limit);
  return {
    content: { kind: 'list', list, all },
    leftOut: { hidden: list.hidden, total, background: false },
  };
}

/**
 * The view model of one update: a pure function of `input`, with `memo` keeping what has not
 * changed since the last update.
 */
export function agendaViewModel(input: AgendaInput, memo: AgendaMemo): AgendaViewModel {
  const { lang, t, summit } = input;
  if (!summit || input.status !== 'ready') {
    return {
      status: input.status === 'ready' ? 'idle' : input.status,
      lang,
      t,
      retry: input.retry,
      ...(input.errorKind ? { errorKind: input.errorKind } : {}),
    };
  }
  const { view, zone, filters, favorites } = input;
  // Too narrow for the grid, the list shows instead, with its day filter.
  const grid = showsGrid(input);
  const narrow = input.narrow && !input.prerendered;
  // A preview (the earliest workshops, the rest on its way) draws the whole's first cards, and
  // says nothing of the rest: no count, no favourites' count, no filter choice, no more cards.
  const preview = isPreview(summit);
  // The text search only matters to a query (the filtered list stays the same object when it
  // arrives without one); a query typed before it has arrived makes the content wait for it, as
  // a filter set before the filtering has arrived does.
  const querying = filters.query.trim() !== '';
  const search = querying ? input.textSearch : undefined;
  const found = filteredWorkshops(memo, summit, filters, grid, zone, search, input.filterEngine);
  const waiting = (querying && search === undefined) || found === undefined;
  const filtered = found ?? summit.workshops;
  const favoriteIds = memo.favoriteIds.get([summit, favorites], () =>
    summit.workshops.filter((w) => favorites.has(w.id)).map((w) => w.id),
  );
  const { themes, members } = memo.lookups.get([summit], () => ({
    themes: new Map(summit.themes.map((theme) => [theme.id, theme])),
    members: new Map(summit.members.map((member) => [member.id, member])),
  }));
  const cards: CardsModel = {
    context: {
      lang,
      t,
      timeZone: zone,
      eventTimeZone: summit.timeZone,
      themes,
      members,
      summit,
      opens: !input.workshopHref,
    },
    favorites,
    live: memo.live.get(
      [summit, input.instant],
      () => new Set(happeningNow(summit.workshops, input.instant)),
    ),
    hrefTemplate: input.workshopHref,
    marks: markTexts(memo, summit, input, zone),
  };

  const { content, leftOut } = waiting
    ? { content: { kind: 'pending' } as const, leftOut: NOTHING_LEFT_OUT }
    : contentOf(input, memo, summit, filtered, favoriteIds);
  const mine = view === 'mine';
  const shown = mine ? favoriteIds.length : filtered.length;
  const total = mine ? shown : summit.workshops.length;
  const local = input.localZone;
  const listed = input.openId
    ? summit.workshops.find((candidate) => candidate.id === input.openId)
    : undefined;
  const removedWorkshop =
    input.openId && !listed ? input.changes.removed.get(input.openId) : undefined;
  const openWorkshop = listed ?? removedWorkshop;
  return {
    status: 'ready',
    lang,
    t,
    summit,
    view,
    zone,
    filtered,
    favoriteIds,
    // While a search is typed the live region keeps its last words: screen readers would
    // otherwise read a count per keystroke.
    // During a preview, the live region says the programme is still loading, which is true.
    count: preview
      ? t.loading
      : waiting
        ? input.announced
        : input.searching && input.announced
          ? input.announced
          : t.resultCount(shown, total),
    notice: input.persistent === false && (mine || input.favoritesTouched),
    updateNotice: input.updateNotice,
    refreshFailing: input.refreshFailing,
    downloadFailed: input.downloadFailed === 'list',
    toolbar: {
      // A button pressed for a view not shown would mislead; `view` stays 'grid' for a wider
      // agenda.
      view: view === 'grid' && narrow ? 'list' : view,
      narrow,
      favoriteCount: preview ? 0 : favoriteIds.length,
      pending: preview,
      ...(isSameTimeZone(summit.timeZone, local) && !input.zoneRow
        ? {}
        : {
            zones: {
              eventLabel: formatTimeZoneLabel(summit.timeZone, lang),
              current: input.timeZone === 'local' ? 'local' : 'event',
              local: !isSameTimeZone(summit.timeZone, local),
            },
          }),
      jump: !preview && !mine && isUnderWay(memo, summit, input.instant),
    },
    ...(input.hideFilters || mine
      ? {}
      : {
          filters: {
            filters,
            query: input.query,
            themes: summit.themes,
            ...filterOptions(memo, summit, lang, t, zone, grid),
            // A preview's days are the first of the summit's: its inert day select is there
            // when the summit spans more than one day, as the whole's will be.
            ...(preview && summit.startDate < summit.endDate
              ? { days: [summit.startDate, summit.endDate].map((day) => [day, day] as const) }
              : {}),
            active: hasFilters(filters),
            open: input.filtersOpen,
            // The day is no filter in the grid, whose tabs choose it.
            picked: [
              ...filters.themes,
              filters.format,
              filters.language,
              !grid && filters.day,
              filters.room,
            ].filter(Boolean).length,
            pending: preview,
          },
        }),
    content,
    cards,
    dialog: {
      ...(openWorkshop ? { workshop: openWorkshop } : {}),
      favorite: openWorkshop ? favorites.has(openWorkshop.id) : false,
      downloadFailed: input.downloadFailed === 'dialog',
      ...(removedWorkshop ? { removed: true } : {}),
      ...(input.detail ? { detail: input.detail } : {}),
    },
    leftOut: preview ? NOTHING_LEFT_OUT : leftOut,
  };
}

/**
 * From how many workshops a summit's first render is prepared in tasks of its own
 * (`firstRenderSteps`): below it, the whole first render fits in one short task.
 */
export const PREPARED_FROM = 500;

/**
 * Steps that make, into `memo`, what the first render of `summit` in `zone` reads over every
 * workshop and keeps while the summit stays the same: its days in reading order (unfiltered);
 * then its span and its filters' choices. Each run in a task before the one that renders, so
 * that for a congress no task holds the page for long; the render then finds them made.
 */
export function firstRenderSteps(
  memo: AgendaMemo,
  summit: Summit,
  lang: Language,
  t: AgendaMessages,
  zone: string,
): Array<() => void> {
  return [
    () => {
      memo.grouped.get([summit.workshops, zone], () =>
        groupWorkshopsByDay(summit.workshops, dayOptionsOf(summit, zone)),
      );
    },
    () => {
      isUnderWay(memo, summit, 0);
      filterOptions(memo, summit, lang, t, zone, false);
    },
  ];
}

/** The filter selects' choices, made once per summit, language and zone. */
function filterOptions(
  memo: AgendaMemo,
  summit: Summit,
  lang: Language,
  t: AgendaMessages,
  zone: string,
  grid: boolean,
): Pick<FiltersModel, 'formats' | 'languages' | 'days' | 'rooms'> {
  const options = memo.options.get([summit, lang, zone], () => ({
    formats: [...new Set(summit.workshops.map((w) => w.format))].map(
      (format) => [format, t.formats[format]] as const,
    ),
    languages: listLanguages(summit.workshops).map(
      (language) => [language, languageOption(language, lang, t)] as const,
    ),
    days: summitDays(memo, summit, zone).map(
      (day) => [day, formatDayHeading(day, { lang })] as const,
    ),
    rooms: listRooms(summit.workshops, { lang, summit }).map(
      (room) => [room.key, localize(room.name, lang)] as const,
    ),
  }));
  const { formats, languages, rooms } = options;
  return grid ? { formats, languages, rooms } : options;
}

/** What the views ask the element to do: its event handlers, made once per element. */
export interface AgendaActions {
  showView(view: AgendaView): void;
  showZone(zone: 'event' | 'local'): void;
  jumpToNow(): void;
  search(event: Event): void;
  toggleTheme(id: string): void;
  setFilters(change: Partial<Filters>): void;
  /** Clears search and filters; `event`'s button keeps focus where the panel is (keep-focus.ts). */
  clearFilters(event?: Event): void;
  showDay(day: string): void;
  dayKeydown(event: KeyboardEvent, days: readonly string[]): void;
  toggleRoom(key: string): void;
  setCompact(compact: boolean): void;
  showMore(): void;
  /** One listener for every card: titles open the dialog, stars toggle favourites. */
  cardClick(event: Event): void;
  downloadFavorites(): void;
  closeDialog(): void;
  dialogClosed(): void;
  toggleFavorite(id: string): void;
  downloadWorkshop(workshop: Workshop): void;
  reload(): void;
}
