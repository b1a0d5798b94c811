/**
 * `<gics-agenda>`: the flow, owned by this file.
 *
 *   `.summit` set, or `src` (+ `format`, `feed-time-zone`) changed
 *     → `loadSummit` / `readSummit` (load.ts): fetch, detect, import, `parseSummit` lenient
 *         loading: skeleton, `aria-busy`            error: message + "Try again", `gics-agenda-error`
 *     → ready: lookups, the search index (built once here), favourites (favorites.ts),
 *       `themes` preselected, the URL read (`sync-url`), `#workshop-<id>` opened;
 *       `gics-agenda-load` with what was left out (and one `console.warn`)
 *   every render: filters → `filterWorkshops` → `groupWorkshopsByDay` in the chosen zone
 *     → list (day h2, slot h3, cards) | grid (one day: rooms × time) | mine (favourites,
 *       conflicts in words, .ics download)
 *   a card's title → `gics-workshop-open` (cancelable) → `<dialog>.showModal()`;
 *   closing returns focus to the opener. With `workshop-href`, titles link to the host instead.
 *
 * All agenda logic (grouping, filtering, search, conflicts, now/next, formatting, calendar
 * export) comes from `@gics/core`; this file only wires it to the DOM. Data is rendered as
 * text, never as HTML.
 */
import {
  LitElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  filterWorkshops,
  findConflicts,
  formatDayHeading,
  formatTime,
  formatTimeRange,
  formatTimeZoneLabel,
  groupWorkshopsByDay,
  happeningNow,
  isSameTimeZone,
  conferenceDayStart,
  dayOptionsOf,
  listDays,
  listLanguages,
  listRooms,
  minutesIntoConferenceDay,
  prepareWorkshopSearch,
  toEpoch,
  upNext,
  wallClockMinutes,
  workshopRoom,
  type AgendaDay,
  type AgendaRoom,
  type DayOptions,
} from '@gics/core/agenda';
import {
  isValidTimeZone,
  localize,
  type Language,
  type Member,
  type Summit,
  type Theme,
  type Workshop,
  type WorkshopFormat,
} from '@gics/core/summit';
import { GicsAgendaErrorEvent } from '../events/agenda-error.js';
import { GicsAgendaLoadEvent } from '../events/agenda-load.js';
import { GicsFavoriteChangeEvent } from '../events/favorite-change.js';
import { GicsWorkshopOpenEvent } from '../events/workshop-open.js';
import { agendaMessages, type AgendaMessages } from '../i18n/agenda.js';
import { languageOf, observeDocumentLang } from '../internal/language.js';
import { languageOption } from '../internal/language-name.js';
import { styleProperties } from '../internal/style-properties.js';
import { tokens } from '../styles/tokens.js';
import { badgeStyles } from '../theme-badge/theme-badge.styles.js';
import { themeBadgeTemplate } from '../theme-badge/theme-badge-template.js';
import { cardStyles } from '../workshop-card/workshop-card.styles.js';
import { renderWorkshopCard, safeHref, type CardContext } from '../workshop-card/card-template.js';
import { agendaStyles } from './agenda.styles.js';
import { downloadText } from './download.js';
import type * as OnDemandExports from './on-demand.js';

type OnDemand = typeof OnDemandExports;
let onDemandModule: Promise<OnDemand> | undefined;
/** The dialog's content and the calendar export, fetched once, the first time one is needed. */
const loadOnDemand = () => (onDemandModule ??= import('./on-demand.js'));
let detailSheet: CSSStyleSheet | undefined;
import { FavoriteStore } from './favorites.js';
import { loadSummit, readSummit, type LoadOutcome } from './load.js';
import {
  BACKGROUND_RENDER_LIMIT,
  FIRST_CARDS,
  firstWorkshops,
  MORE_CARDS,
  readingRank,
} from './progressive.js';
import { AGENDA_VIEWS, type AgendaErrorKind, type AgendaView, type FeedFormat } from './types.js';
import {
  hasFilters,
  NO_FILTERS,
  readUrlState,
  workshopIdFromHash,
  writeUrlState,
  type Filters,
} from './url-state.js';

/** Below this width the grid is unreadable: the list is shown instead. */
const NARROW_WIDTH = 640;
const SEARCH_DELAY = 150;
const CLOCK_TICK = 60_000;

function listConverter(value: string | null): string[] {
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface GridLayout {
  /** Every room of the day, hidden ones included (the room picker lists them all). */
  allRooms: AgendaRoom[];
  /** The rooms shown, one column each. */
  rooms: AgendaRoom[];
  /** Whether some workshops of the day have no room (an extra column). */
  roomless: boolean;
  /** Row boundaries, in minutes since the conference day's start. */
  rows: number[];
  /** The wall-clock minute (in the zone shown) the conference day starts at, for row labels. */
  firstMinute: number;
  /** The day's workshops in the rooms shown, by start time: the order their cells render in. */
  workshops: Workshop[];
  /** Each workshop's start and end, in minutes since the conference day's start. */
  minutes: Map<Workshop, readonly [start: number, end: number]>;
  /** The key of a workshop's room (its column), `''` when it has none. */
  roomOf: (workshop: Workshop) => string;
}

/** The length of a conference day on the grid, in minutes. */
const DAY_MINUTES = 24 * 60;

/**
 * @summary The summit agenda: every workshop by day and time, a rooms × time grid, the
 * visitor's own agenda with conflicts, filters and search, favourites kept in the browser,
 * calendar export, in French and English. Reads a GICS summit, or a pretalx, frab or
 * Sessionize feed.
 *
 * @tag gics-agenda
 *
 * @fires {GicsAgendaLoadEvent} gics-agenda-load - A summit is ready to show; `detail.warnings` lists what was left out.
 * @fires {GicsAgendaErrorEvent} gics-agenda-error - The summit could not be shown; `detail.kind` says why.
 * @fires {GicsFavoriteChangeEvent} gics-favorite-change - The visitor starred or unstarred a workshop.
 * @fires {GicsWorkshopOpenEvent} gics-workshop-open - Before the detail dialog opens; cancelable.
 *
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - View switcher, time-zone toggle and "jump to now".
 * @csspart filters - The filter panel.
 * @csspart chip - Each theme chip.
 * @csspart count - The result count (a polite live region).
 * @csspart day-heading - Each day's heading (sticky).
 * @csspart card - Each workshop card.
 * @csspart favorite-button - Each star toggle.
 * @csspart grid - The scrolling rooms × time grid.
 * @csspart dialog - The workshop detail `<dialog>`.
 * @csspart error - The error message.
 * @csspart notice - Quiet notices (favourites not kept).
 *
 * @cssprop --gics-agenda-accent - Pressed chips and buttons. Defaults to `--gics-color-primary`.
 * @cssprop --gics-agenda-background - Background behind the cards and sticky headings. Defaults to `--gics-color-surface`.
 * @cssprop --gics-agenda-sticky-top - Offset of sticky day headings, e.g. under a fixed site header. Defaults to `0`.
 * @cssprop --gics-agenda-grid-column-width - Narrowest a room column gets in the grid. Defaults to `14em`.
 * @cssprop --gics-agenda-grid-height - Tallest the grid gets before it scrolls. Defaults to `80vh`.
 * @cssprop --gics-agenda-favorite-color - A starred workshop's star.
 */
export class GicsAgenda extends LitElement {
  static override styles: CSSResultGroup = [tokens, badgeStyles, cardStyles, agendaStyles];

  /** Address of the agenda data: a GICS summit JSON, or a pretalx, frab or Sessionize JSON export. */
  @property() src = '';

  /** The summit to show, as an object. Takes precedence over `src`; checked leniently. */
  @property({ attribute: false }) summit?: unknown;

  /** The format of `src`: `auto` (detected, default), `gics`, `pretalx`, `frab` or `sessionize`. */
  @property() format: FeedFormat = 'auto';

  /** The event's IANA zone for feeds that do not name one (Sessionize). */
  @property({ attribute: 'feed-time-zone' }) feedTimeZone = '';

  /**
   * `fr` or `en`. Without it, the nearest ancestor's `lang` decides, then the browser's language.
   * @attr lang
   */
  @property({ reflect: true }) override lang!: string;

  /** `list` (default), `grid` (rooms × time, one day at a time) or `mine` (the favourites). */
  @property({ reflect: true }) view: AgendaView = 'list';

  /** `event` (the summit's zone, default), `local` (the visitor's) or an IANA zone. */
  @property({ attribute: 'time-zone' }) timeZone = 'event';

  /** Theme ids selected when the agenda appears, separated by spaces or commas. */
  @property({ converter: listConverter }) themes: string[] = [];

  /** Hides the filter panel (the view switcher stays). */
  @property({ attribute: 'hide-filters', type: Boolean }) hideFilters = false;

  /** Reflects filters, view and the open workshop in the page address, so a link can be shared. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** The current instant (ISO 8601), for demos and tests; the clock otherwise. */
  @property() now = '';

  /** Links cards to the host's pages instead of the dialog, e.g. `/ateliers/{id}`. */
  @property({ attribute: 'workshop-href' }) workshopHref = '';

  /** Grid density: smaller cards, more rooms on screen. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Forces the light or dark palette; by default the visitor's `prefers-color-scheme` decides. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';

  @state() private status: Status = 'idle';
  @state() private errorKind?: AgendaErrorKind;
  @state() private data?: Summit;
  @state() private filters: Filters = NO_FILTERS;
  @state() private favoritesVersion = 0;
  @state() private openId?: string;
  @state() private gridDay = '';
  @state() private hiddenRooms: ReadonlySet<string> = new Set();
  @state() private narrow = false;
  @state() private clock = Date.now();
  @state() private favoriteTouched = false;
  @state() private onDemand?: OnDemand;
  /** How many cards the list (or "my agenda") renders for now; see `progressive.ts`. */
  @state() private renderLimit = FIRST_CARDS;
  /** True while the visitor is typing a search: the count and the URL wait for a pause. */
  @state() private searching = false;

  private request?: AbortController;
  private favorites?: FavoriteStore;
  private themesById: ReadonlyMap<string, Theme> = new Map();
  private membersById: ReadonlyMap<string, Member> = new Map();
  private searchTimer?: ReturnType<typeof setTimeout>;
  private clockTimer?: ReturnType<typeof setInterval>;
  /** What the search box holds (ahead of `filters.query` while the debounce runs). */
  private queryInput = '';
  private opener?: HTMLElement;
  private filtered: Workshop[] = [];
  private grouped?: { source: readonly Workshop[]; zone: string; days: AgendaDay[] };
  /** The grid's layout and what it was made from: background renders of a day reuse it. */
  private gridCache?: { key: readonly unknown[]; layout: GridLayout };
  /** Values derived from the whole summit, computed once per summit (and zone or language). */
  private derived = new Map<string, unknown>();
  /** `favoriteIds` as of a favourites version: read several times per render. */
  private favoriteIdsCache?: { store: FavoriteStore; version: number; ids: string[] };
  /** The count last announced; kept while a search is being typed. */
  private announcedCount = '';
  /** Whether the last render left cards out, and how many there are in all. */
  private listTotal = 0;
  private listHidden = 0;
  /** The grid's cells in the order they render (set by the grid's render). */
  private gridCells: readonly Workshop[] = [];
  private growTimer?: ReturnType<typeof setTimeout>;
  private moreObserver?: IntersectionObserver;
  private readonly lang$ = observeDocumentLang(this);
  private readonly resize = new ResizeObserver((entries) => {
    const width = entries[0]?.contentRect.width ?? Infinity;
    const narrow = width > 0 && width < NARROW_WIDTH;
    // Next frame: switching views changes the layout being observed.
    if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
  });
  private readonly onHashChange = () => this.openFromHash();

  /** The summit on show, once loaded. */
  get loadedSummit(): Summit | undefined {
    return this.data;
  }

  /** The ids of the visitor's favourites for the summit on show. */
  get favoriteIds(): string[] {
    const store = this.favorites;
    if (!store) return [];
    const cached = this.favoriteIdsCache;
    if (cached?.store === store && cached.version === this.favoritesVersion) return cached.ids;
    const ids = (this.data?.workshops ?? []).filter((w) => store.has(w.id)).map((w) => w.id);
    this.favoriteIdsCache = { store, version: this.favoritesVersion, ids };
    return ids;
  }

  /** Opens a workshop's detail dialog (no effect with `workshop-href`, or for an unknown id). */
  open(workshopId: string): void {
    void this.openWorkshop(workshopId, 'method');
  }

  /** Loads `src` again (what "Try again" does). */
  reload(): void {
    void this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.lang$.connect();
    this.resize.observe(this);
    window.addEventListener('hashchange', this.onHashChange);
    this.clockTimer = setInterval(() => {
      if (!this.now) this.clock = Date.now();
    }, CLOCK_TICK);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lang$.disconnect();
    this.resize.disconnect();
    window.removeEventListener('hashchange', this.onHashChange);
    clearInterval(this.clockTimer);
    clearTimeout(this.searchTimer);
    clearTimeout(this.growTimer);
    this.moreObserver?.disconnect();
    this.request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('summit') && this.summit !== undefined) {
      void this.load();
    } else if (
      (changed.has('src') || changed.has('format') || changed.has('feedTimeZone')) &&
      this.summit === undefined
    ) {
      void this.load();
    }
    if (changed.has('themes') && this.status === 'ready') {
      this.filters = { ...this.filters, themes: this.knownThemes(this.themes) };
    }
    if (changed.has('view') && !(AGENDA_VIEWS as readonly string[]).includes(this.view)) {
      this.view = 'list';
    }
    // Private states are not in `PropertyValues<this>`'s keys: ask the map by name.
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    const listChanged =
      has('data') ||
      has('filters') ||
      has('view') ||
      has('timeZone') ||
      has('gridDay') ||
      has('hiddenRooms');
    if (this.data && listChanged) {
      this.filtered = this.applyFilters(this.data);
      if (this.view === 'grid') this.pickGridDay(this.data);
    }
    // A new list starts with its first cards again: a keystroke then costs a screenful of
    // cards, not the whole programme (see `progressive.ts`).
    if (listChanged && !has('renderLimit')) this.renderLimit = FIRST_CARDS;
  }

  /** The grid shows today during the summit, else the first day, until a tab is chosen. */
  private pickGridDay(summit: Summit): void {
    const days = listDays(summit.workshops, this.days);
    if (days.length === 0 || days.includes(this.gridDay)) return;
    const live = this.nowTarget(summit.workshops);
    const today = live ? this.dayOf(live) : '';
    this.gridDay = days.includes(today) ? today : days[0]!;
  }

  protected override updated(changed: PropertyValues): void {
    if (
      this.syncUrl &&
      this.status === 'ready' &&
      !this.searching &&
      (changed.has('filters') ||
        changed.has('searching') ||
        changed.has('view') ||
        changed.has('openId'))
    ) {
      writeUrlState(this.filters, this.view, changed.has('openId') ? this.openId : null);
    }
    this.planNextCards();
  }

  /**
   * After a render that left cards out: small programmes get their next cards in a later task
   * (so input stays responsive), large ones when the "show more" button nears the viewport.
   */
  private planNextCards(): void {
    clearTimeout(this.growTimer);
    this.moreObserver?.disconnect();
    if (this.listHidden === 0) return;
    // The grid shows one day, which it completes in the background however crowded: it
    // scrolls inside its own box, so it has no end of page for "show more" to wait at.
    if (this.listTotal <= BACKGROUND_RENDER_LIMIT || this.view === 'grid') {
      this.growTimer = setTimeout(() => this.showMoreCards(), 0);
      return;
    }
    const more = this.renderRoot.querySelector('.more');
    if (!more || typeof IntersectionObserver === 'undefined') return;
    this.moreObserver ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.showMoreCards();
      },
      { rootMargin: '0px 0px 100% 0px' },
    );
    this.moreObserver.observe(more);
  }

  private showMoreCards(): void {
    this.renderLimit += MORE_CARDS;
  }

  /** `compute()` once per summit for `key` (which names the zone or language it depends on). */
  private remember<T>(key: string, compute: () => T): T {
    if (!this.derived.has(key)) this.derived.set(key, compute());
    return this.derived.get(key) as T;
  }

  // ── Loading ────────────────────────────────────────────────────────────────────────────

  private async load(): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    const src = this.src;
    let outcome: LoadOutcome;
    if (this.summit !== undefined) {
      outcome = await readSummit(this.summit, { format: 'gics' });
    } else if (src) {
      this.status = 'loading';
      try {
        outcome = await loadSummit(src, {
          signal: request.signal,
          format: this.format,
          feedTimeZone: this.feedTimeZone || undefined,
        });
      } catch {
        return; // aborted: a newer load is under way, or the element left the page
      }
    } else {
      this.status = 'idle';
      return;
    }
    if (this.request !== request) return;
    this.request = undefined;
    if (!outcome.ok) {
      this.status = 'error';
      this.errorKind = outcome.kind;
      this.data = undefined;
      const message = agendaMessages[this.language].errors[outcome.kind];
      this.dispatchEvent(
        new GicsAgendaErrorEvent({
          kind: outcome.kind,
          message,
          ...(this.summit === undefined ? { src } : {}),
          ...(outcome.status === undefined ? {} : { status: outcome.status }),
          ...(outcome.problems ? { problems: outcome.problems } : {}),
        }),
      );
      return;
    }
    this.accept(outcome.summit);
    if (outcome.warnings.length > 0) {
      console.warn(
        `[gics] <gics-agenda> showed the summit without ${outcome.warnings.length} problem(s) it found in the data:`,
        outcome.warnings.map((warning) => `${warning.where}: ${warning.message.en}`),
      );
    }
    this.dispatchEvent(
      new GicsAgendaLoadEvent({
        summit: outcome.summit,
        format: outcome.format,
        warnings: outcome.warnings,
      }),
    );
    await this.updateComplete;
    this.openFromHash();
  }

  private accept(summit: Summit): void {
    this.data = summit;
    this.status = 'ready';
    this.errorKind = undefined;
    this.themesById = new Map(summit.themes.map((theme) => [theme.id, theme]));
    this.membersById = new Map(summit.members.map((member) => [member.id, member]));
    this.derived = new Map();
    this.grouped = undefined;
    this.warmSearchIndex(summit);
    this.favorites = new FavoriteStore(summit.id);
    let filters: Filters = { ...NO_FILTERS, themes: this.knownThemes(this.themes) };
    if (this.syncUrl) {
      const fromUrl = readUrlState(location.search);
      filters = { ...fromUrl.filters, themes: this.knownThemes(fromUrl.filters.themes) };
      if (filters.themes.length === 0 && fromUrl.filters.themes.length === 0) {
        filters.themes = this.knownThemes(this.themes);
      }
      if (fromUrl.view) this.view = fromUrl.view;
    }
    this.filters = filters;
    this.queryInput = filters.query;
    this.gridDay = '';
    this.hiddenRooms = new Set();
  }

  /**
   * Builds the summit's search index in a background task after the first render (folded text
   * and distinct words of every workshop), so the first keystroke costs what the others do.
   */
  private warmSearchIndex(summit: Summit): void {
    setTimeout(() => {
      if (this.data === summit) prepareWorkshopSearch(summit);
    }, 0);
  }

  private knownThemes(ids: readonly string[]): string[] {
    return ids.filter((id) => this.themesById.has(id));
  }

  // ── Derived values ─────────────────────────────────────────────────────────────────────

  private get language(): Language {
    return languageOf(this);
  }

  /** The zone times are shown in. */
  private get zone(): string {
    const event = this.data?.timeZone ?? localZone();
    if (this.timeZone === 'local') return localZone();
    if (this.timeZone && this.timeZone !== 'event' && isValidTimeZone(this.timeZone)) {
      return this.timeZone;
    }
    return event;
  }

  /**
   * How workshops fall on days: the summit's conference days (its zone and day change) when it
   * has a day change, else calendar days of the zone times are shown in.
   */
  private get days(): DayOptions {
    return this.data ? dayOptionsOf(this.data, this.zone) : { timeZone: this.zone };
  }

  private get instant(): number {
    const given = this.now ? toEpoch(this.now) : NaN;
    return Number.isNaN(given) ? this.clock : given;
  }

  private applyFilters(summit: Summit): Workshop[] {
    const f = this.filters;
    return filterWorkshops(summit, {
      themeIds: f.themes,
      formats: f.format ? [f.format as WorkshopFormat] : [],
      languages: f.language ? [f.language] : [],
      days: f.day && this.view !== 'grid' ? [f.day] : [],
      rooms: f.room ? [f.room] : [],
      query: f.query,
      ...dayOptionsOf(summit, this.zone),
    });
  }

  private hrefFor(workshop: Workshop): string | undefined {
    if (!this.workshopHref) return undefined;
    return safeHref(this.workshopHref.replaceAll('{id}', encodeURIComponent(workshop.id)));
  }

  private cardContext(lang: Language, headingLevel: number): Omit<CardContext, 'favorite'> {
    return {
      lang,
      t: agendaMessages[lang],
      timeZone: this.zone,
      eventTimeZone: this.data?.timeZone,
      themes: this.themesById,
      members: this.membersById,
      summit: this.data,
      headingLevel,
      opens: !this.workshopHref,
    };
  }

  // ── Actions ────────────────────────────────────────────────────────────────────────────

  private setFilters(next: Partial<Filters>): void {
    this.filters = { ...this.filters, ...next };
  }

  private clearFilters(): void {
    clearTimeout(this.searchTimer);
    this.searching = false;
    this.queryInput = '';
    this.filters = NO_FILTERS;
  }

  /**
   * The list follows every keystroke (within a frame: only its first cards are redrawn); the
   * count screen readers hear, and the page URL, wait until typing pauses, so neither chatters.
   */
  private onSearchInput(event: Event): void {
    this.queryInput = (event.target as HTMLInputElement).value;
    this.searching = true;
    this.setFilters({ query: this.queryInput });
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.searching = false), SEARCH_DELAY);
  }

  private toggleTheme(id: string): void {
    const themes = this.filters.themes.includes(id)
      ? this.filters.themes.filter((theme) => theme !== id)
      : [...this.filters.themes, id];
    this.setFilters({ themes });
  }

  private toggleFavorite(id: string): void {
    const store = this.favorites;
    if (!store) return;
    const favorite = store.toggle(id);
    this.favoritesVersion++;
    this.favoriteTouched = true;
    this.dispatchEvent(
      new GicsFavoriteChangeEvent({ workshopId: id, favorite, favoriteIds: this.favoriteIds }),
    );
  }

  /** One listener for every card: titles open the dialog, stars toggle favourites. */
  private onCardClick(event: Event): void {
    const target = event.target as Element;
    const star = target.closest<HTMLElement>('[data-favorite]');
    if (star) {
      this.toggleFavorite(star.dataset.favorite!);
      return;
    }
    const opener = target.closest<HTMLElement>('[data-open]');
    if (opener) void this.openWorkshop(opener.dataset.open!, 'card', opener);
  }

  private openFromHash(): void {
    const id = workshopIdFromHash(location.hash);
    if (id && id !== this.openId && this.status === 'ready') void this.openWorkshop(id, 'link');
  }

  private async openWorkshop(
    id: string,
    trigger: 'card' | 'link' | 'method',
    opener?: HTMLElement,
  ): Promise<void> {
    const workshop = this.data?.workshops.find((candidate) => candidate.id === id);
    if (!workshop || this.workshopHref) return;
    if (!this.dispatchEvent(new GicsWorkshopOpenEvent({ workshop, trigger }))) return;
    this.opener = opener ?? (this.shadowRoot?.activeElement as HTMLElement | null) ?? undefined;
    const onDemand = (this.onDemand ??= await loadOnDemand());
    this.adoptDetailStyles(onDemand);
    this.openId = id;
    await this.updateComplete;
    // The agenda may have left the page while the dialog's module was loading.
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.isConnected && !dialog.open) dialog.showModal();
  }

  /** Adds the dialog's styles, which arrive with its content, to this agenda's shadow root. */
  private adoptDetailStyles(onDemand: OnDemand): void {
    const root = this.shadowRoot;
    if (!root) return;
    if (!detailSheet) {
      detailSheet = new CSSStyleSheet();
      detailSheet.replaceSync(onDemand.detailStyles);
    }
    if (!root.adoptedStyleSheets.includes(detailSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, detailSheet];
    }
  }

  private closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private onDialogClose(): void {
    const id = this.openId;
    this.openId = undefined;
    const back =
      this.opener?.isConnected === true
        ? this.opener
        : this.renderRoot.querySelector<HTMLElement>(`[data-open="${CSS.escape(id ?? '')}"]`);
    this.opener = undefined;
    back?.focus();
  }

  private async downloadFavorites(): Promise<void> {
    const summit = this.data;
    if (!summit) return;
    const { icsFileName, toICalendar } = await loadOnDemand();
    const lang = this.language;
    const text = toICalendar(summit, { lang, workshopIds: this.favoriteIds });
    downloadText(text, icsFileName(summit, lang), 'text/calendar;charset=utf-8');
  }

  private async downloadWorkshop(workshop: Workshop): Promise<void> {
    const summit = this.data;
    if (!summit) return;
    const { toICalendar } = await loadOnDemand();
    const lang = this.language;
    const text = toICalendar(summit, { lang, workshopIds: [workshop.id] });
    downloadText(text, `${workshop.id}.ics`, 'text/calendar;charset=utf-8');
  }

  private async jumpToNow(): Promise<void> {
    const target = this.nowTarget(this.filtered) ?? this.nowTarget(this.data?.workshops ?? []);
    if (!target) return;
    if (!this.filtered.includes(target)) this.clearFilters();
    if (this.view === 'mine') this.view = 'list';
    if (this.view === 'grid') this.gridDay = this.dayOf(target);
    await this.updateComplete;
    const rank =
      this.view === 'grid'
        ? this.gridCells.indexOf(target)
        : readingRank(this.groupedList(), target.id);
    if (rank >= this.renderLimit) {
      this.renderLimit = rank + MORE_CARDS;
      await this.updateComplete;
    }
    const card = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(target.id)}"]`);
    if (!card) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    card.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    (card.querySelector<HTMLElement>('[data-open], a') ?? card).focus({ preventScroll: true });
  }

  /** The first workshop under way, else the first of the next slot. */
  private nowTarget(workshops: readonly Workshop[]): Workshop | undefined {
    const instant = this.instant;
    return happeningNow(workshops, instant)[0] ?? upNext(workshops, instant)[0];
  }

  private dayOf(workshop: Workshop): string {
    return listDays([workshop], this.days)[0] ?? '';
  }

  /** Whether the summit is under way: between its first start and its last end. */
  private isLive(summit: Summit): boolean {
    const [first, last] = this.remember('span', () => {
      let first = Infinity;
      let last = -Infinity;
      for (const workshop of summit.workshops) {
        first = Math.min(first, toEpoch(workshop.start));
        last = Math.max(last, toEpoch(workshop.end));
      }
      return [first, last] as const;
    });
    const instant = this.instant;
    return first <= instant && instant < last;
  }

  /** The filtered workshops grouped by day and slot, regrouped only when they change. */
  private groupedList(): AgendaDay[] {
    const zone = this.zone;
    const cached = this.grouped;
    if (cached && cached.source === this.filtered && cached.zone === zone) return cached.days;
    const days = groupWorkshopsByDay(this.filtered, this.days);
    this.grouped = { source: this.filtered, zone, days };
    return days;
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────

  private renderToolbar(t: AgendaMessages, lang: Language, summit: Summit): TemplateResult {
    const eventZone = summit.timeZone;
    const local = localZone();
    const differs = !isSameTimeZone(eventZone, local);
    const current = this.timeZone === 'local' ? 'local' : 'event';
    const viewButton = (view: AgendaView) =>
      html`<button
        type="button"
        class="toggle"
        aria-pressed=${this.view === view ? 'true' : 'false'}
        @click=${() => (this.view = view)}
      >
        ${t.views[view]}${
          view === 'mine' && this.favoriteIds.length
            ? html` <span class="pill">${this.favoriteIds.length}</span>`
            : nothing
        }
      </button>`;
    const zoneButton = (zone: 'event' | 'local', label: string) =>
      html`<button
        type="button"
        class="toggle"
        aria-pressed=${current === zone ? 'true' : 'false'}
        @click=${() => (this.timeZone = zone)}
      >
        ${label}
      </button>`;
    return html`<div part="toolbar" class="toolbar">
      <div role="group" aria-labelledby="views-label" class="segmented">
        <span id="views-label" class="group-label">${t.viewsLabel}</span>
        ${AGENDA_VIEWS.map(viewButton)}
      </div>
      ${
        differs
          ? html`<div role="group" aria-labelledby="zone-label" class="segmented">
              <span id="zone-label" class="group-label">${t.timeZoneLabel}</span>
              ${zoneButton('event', formatTimeZoneLabel(eventZone, lang))}
              ${zoneButton('local', t.yourTime)}
            </div>`
          : nothing
      }
      ${
        this.isLive(summit) && this.view !== 'mine'
          ? html`<button type="button" class="action now-button" @click=${this.jumpToNow}>
              ${t.jumpToNow}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderSelect<T extends string>(
    id: keyof Filters,
    label: string,
    options: ReadonlyArray<readonly [T, string]>,
    t: AgendaMessages,
  ): TemplateResult | typeof nothing {
    if (options.length < 2 && !this.filters[id]) return nothing;
    const value = this.filters[id] as string;
    return html`<div class="field">
      <label for="filter-${id}">${label}</label>
      <select
        id="filter-${id}"
        @change=${(event: Event) =>
          this.setFilters({ [id]: (event.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${value === ''}>${t.any}</option>
        ${options.map(
          ([optionValue, text]) =>
            html`<option value=${optionValue} ?selected=${value === optionValue}>${text}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderFilters(t: AgendaMessages, lang: Language, summit: Summit): TemplateResult {
    const zone = this.zone;
    const { formats, languages, days, rooms } = this.remember(`options:${lang}:${zone}`, () => ({
      formats: [...new Set(summit.workshops.map((w) => w.format))].map(
        (format) => [format, t.formats[format]] as const,
      ),
      languages: listLanguages(summit.workshops).map(
        (language) => [language, languageOption(language, lang, t)] as const,
      ),
      days: listDays(summit.workshops, this.days).map(
        (day) => [day, formatDayHeading(day, { lang })] as const,
      ),
      rooms: listRooms(summit.workshops, { lang, summit }).map(
        (room) => [room.key, localize(room.name, lang)] as const,
      ),
    }));
    return html`<section part="filters" class="filters" aria-labelledby="filters-label">
      <h2 id="filters-label" class="vh">${t.filtersLabel}</h2>
      <div class="field search">
        <label for="filter-query">${t.search}</label>
        <input
          id="filter-query"
          type="search"
          autocomplete="off"
          .value=${this.queryInput}
          @input=${this.onSearchInput}
        />
      </div>
      ${
        summit.themes.length
          ? html`<div role="group" aria-labelledby="themes-label" class="chips">
              <span id="themes-label" class="group-label">${t.themes}</span>
              ${summit.themes.map(
                (theme) =>
                  html`<button
                    part="chip"
                    type="button"
                    class="chip"
                    aria-pressed=${this.filters.themes.includes(theme.id) ? 'true' : 'false'}
                    @click=${() => this.toggleTheme(theme.id)}
                  >
                    ${themeBadgeTemplate(localize(theme.name, lang), theme.color, 'chip-badge')}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      <div class="selects">
        ${this.renderSelect('format', t.format, formats, t)}
        ${this.renderSelect('language', t.language, languages, t)}
        ${this.view === 'grid' ? nothing : this.renderSelect('day', t.day, days, t)}
        ${this.renderSelect('room', t.room, rooms, t)}
      </div>
      ${
        hasFilters(this.filters)
          ? html`<button type="button" class="action" @click=${this.clearFilters}>
              ${t.clearFilters}
            </button>`
          : nothing
      }
    </section>`;
  }

  private renderDays(
    days: readonly AgendaDay[],
    lang: Language,
    extra?: (workshop: Workshop) => Partial<CardContext>,
  ): TemplateResult {
    // Days, slots and cards are mapped by position, not keyed with Lit's `repeat`: a new list
    // (a keystroke, a filter) then updates the cards already on the page in place rather than
    // moving DOM around, which is as fast with `guard`, and `repeat` cost 0.7 KB gzipped.
    const part = firstWorkshops(days, this.renderLimit);
    this.listTotal = part.total;
    this.listHidden = part.hidden;
    days = part.days;
    const base = this.cardContext(lang, 4);
    const store = this.favorites;
    const live = new Set(happeningNow(this.data?.workshops ?? [], this.instant));
    const zone = this.zone;
    const event = this.data?.timeZone;
    return html`${days.map(
      (day) =>
        html`<section class="day" aria-labelledby="day-${day.date}">
          <h2 part="day-heading" class="day-heading" id="day-${day.date}">
            ${formatDayHeading(day.date, { lang })}
          </h2>
          ${day.slots.map(
            (slot) =>
              html`<section class="slot">
                <h3 class="slot-heading">
                  ${
                    slot.end
                      ? formatTimeRange(slot.start, slot.end, {
                          lang,
                          timeZone: zone,
                          eventTimeZone: event,
                        })
                      : formatTime(slot.start, { lang, timeZone: zone, eventTimeZone: event })
                  }
                </h3>
                <ul class="cards" role="list">
                  ${slot.workshops.map((workshop) => {
                    const favorite = store?.has(workshop.id) ?? false;
                    const now = live.has(workshop);
                    const more = extra?.(workshop);
                    // A card is rebuilt only when something it shows changed: a keystroke
                    // or a star then costs a few cards, not a thousand.
                    return html`<li>
                      ${guard(
                        [workshop, lang, zone, favorite, now, more?.conflict, this.workshopHref],
                        () =>
                          renderWorkshopCard(workshop, {
                            ...base,
                            href: this.hrefFor(workshop),
                            favorite,
                            now,
                            ...more,
                          }),
                      )}
                    </li>`;
                  })}
                </ul>
              </section>`,
          )}
        </section>`,
    )}${
      part.hidden > 0 && part.total > BACKGROUND_RENDER_LIMIT
        ? html`<button type="button" class="action more" @click=${this.showMoreCards}>
            ${agendaMessages[lang].showMore(part.hidden)}
          </button>`
        : nothing
    }`;
  }

  private renderList(t: AgendaMessages, lang: Language, summit: Summit): TemplateResult {
    if (summit.workshops.length === 0) return html`<p class="empty">${t.empty}</p>`;
    if (this.filtered.length === 0) return this.renderNoMatch(t);
    return this.renderDays(this.groupedList(), lang);
  }

  private renderNoMatch(t: AgendaMessages): TemplateResult {
    return html`<div class="empty">
      <p>${t.noMatch}</p>
      <button type="button" class="action" @click=${this.clearFilters}>${t.clearFilters}</button>
    </div>`;
  }

  private renderMine(t: AgendaMessages, lang: Language, summit: Summit): TemplateResult {
    const store = this.favorites;
    const mine = summit.workshops.filter((workshop) => store?.has(workshop.id));
    if (mine.length === 0) return html`<p class="empty">${t.mineEmpty}</p>`;
    const conflicts = findConflicts(mine);
    const others = new Map<Workshop, string[]>();
    for (const { first, second } of conflicts) {
      others.set(first, [...(others.get(first) ?? []), localize(second.title, lang)]);
      others.set(second, [...(others.get(second) ?? []), localize(first.title, lang)]);
    }
    return html`<div class="mine-actions">
        ${
          conflicts.length
            ? html`<p class="conflict-summary">
                <span aria-hidden="true">⚠</span> ${t.conflictCount(conflicts.length)}
              </p>`
            : nothing
        }
        <button type="button" class="action" @click=${this.downloadFavorites}>
          ${t.downloadMine}
        </button>
      </div>
      ${this.renderDays(groupWorkshopsByDay(mine, this.days), lang, (workshop) => {
        const titles = others.get(workshop);
        return titles ? { conflict: t.conflict(titles) } : {};
      })}`;
  }

  private gridLayout(summit: Summit, day: string, lang: Language): GridLayout {
    const zone = this.zone;
    const key = [summit, this.filtered, day, lang, zone, this.hiddenRooms];
    const cached = this.gridCache;
    if (cached?.key.every((value, index) => value === key[index])) return cached.layout;
    const days = this.days;
    const ofDay = this.filtered.filter((workshop) => this.dayOf(workshop) === day);
    const all = summit.workshops.filter((workshop) => this.dayOf(workshop) === day);
    const allRooms = listRooms(all, { lang, summit });
    const rooms = allRooms.filter((room) => !this.hiddenRooms.has(room.key));
    const shown = new Set(rooms.map((room) => room.key));
    const roomOf = (workshop: Workshop) => workshopRoom(workshop, summit)?.key ?? '';
    const roomless = all.some((workshop) => roomOf(workshop) === '');
    const workshops = ofDay.filter((workshop) => {
      const key = roomOf(workshop);
      return key === '' ? roomless : shown.has(key);
    });
    const bounds = new Set<number>();
    const minutes: GridLayout['minutes'] = new Map();
    for (const workshop of workshops) {
      // Minutes into the conference day, so a night that runs past midnight stays at the
      // bottom of its day's grid rather than at the top of the next.
      const start = minutesIntoConferenceDay(workshop.start, days, zone);
      const length = Math.round((toEpoch(workshop.end) - toEpoch(workshop.start)) / 60_000);
      // A workshop running past the day's end ends at the bottom of the day's grid.
      const shownEnd = Math.max(start + 1, Math.min(start + length, DAY_MINUTES));
      minutes.set(workshop, [start, shownEnd]);
      bounds.add(start);
      bounds.add(shownEnd);
    }
    // By start time (a stable sort keeps the data's order within a time): a crowded day renders
    // a part at a time, and the first part is the top of the grid.
    workshops.sort((a, b) => minutes.get(a)![0] - minutes.get(b)![0]);
    const rows = [...bounds].sort((a, b) => a - b);
    // Row labels read wall-clock times: the day's first minute is its day change (midnight
    // without one) on the clocks of the zone shown.
    const firstMinute = day ? wallClockMinutes(conferenceDayStart(day, days), zone) : 0;
    const layout = { allRooms, rooms, roomless, rows, firstMinute, workshops, minutes, roomOf };
    this.gridCache = { key, layout };
    return layout;
  }

  private onTabKeydown(event: KeyboardEvent, days: readonly string[]): void {
    const index = days.indexOf(this.gridDay);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: days.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const day = days[(next + days.length) % days.length]!;
    this.gridDay = day;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${day}`)?.focus(),
    );
  }

  private toggleRoom(key: string): void {
    const hidden = new Set(this.hiddenRooms);
    if (hidden.has(key)) hidden.delete(key);
    else hidden.add(key);
    this.hiddenRooms = hidden;
  }

  private renderGrid(t: AgendaMessages, lang: Language, summit: Summit): TemplateResult {
    if (summit.workshops.length === 0) return html`<p class="empty">${t.empty}</p>`;
    if (this.narrow) return this.renderList(t, lang, summit);
    const days = listDays(summit.workshops, this.days);
    const day = this.gridDay;
    const layout = this.gridLayout(summit, day, lang);
    const { allRooms } = layout;
    const zone = this.zone;
    const event = summit.timeZone;
    const base = this.cardContext(lang, 3);
    const store = this.favorites;
    const live = new Set(happeningNow(summit.workshops, this.instant));
    const columnOf = new Map(layout.rooms.map((room, index) => [room.key, index + 2]));
    const column = (workshop: Workshop) =>
      columnOf.get(layout.roomOf(workshop)) ?? layout.rooms.length + 2;
    const rowOf = new Map(layout.rows.map((minute, index) => [minute, index + 2]));
    const row = (minute: number) => rowOf.get(minute)!;
    const columns = layout.rooms.length + (layout.roomless ? 1 : 0);
    // A crowded day (a large conference's pretalx feed has hundreds of talks a day) renders its
    // first cells at once and the rest in background tasks, as the list does.
    const cells = layout.workshops.slice(0, this.renderLimit);
    this.gridCells = layout.workshops;
    this.listTotal = layout.workshops.length;
    this.listHidden = layout.workshops.length - cells.length;
    return html`<div role="tablist" aria-label=${t.daysLabel} class="tabs">
        ${days.map(
          (date) =>
            html`<button
              role="tab"
              type="button"
              id="tab-${date}"
              aria-selected=${date === day ? 'true' : 'false'}
              aria-controls="grid-panel"
              tabindex=${date === day ? '0' : '-1'}
              @click=${() => (this.gridDay = date)}
              @keydown=${(e: KeyboardEvent) => this.onTabKeydown(e, days)}
            >
              ${formatDayHeading(date, { lang })}
            </button>`,
        )}
      </div>
      <div role="tabpanel" id="grid-panel" aria-labelledby="tab-${day}" class="grid-panel">
        <div class="grid-options">
          ${
            allRooms.length > 1
              ? html`<details class="rooms">
                  <summary>${t.roomsShown} (${layout.rooms.length}/${allRooms.length})</summary>
                  <ul role="list">
                    ${allRooms.map(
                      (room) =>
                        html`<li>
                          <label
                            ><input
                              type="checkbox"
                              .checked=${!this.hiddenRooms.has(room.key)}
                              @change=${() => this.toggleRoom(room.key)}
                            />
                            ${localize(room.name, lang)}</label
                          >
                        </li>`,
                    )}
                  </ul>
                </details>`
              : nothing
          }
          <label class="check"
            ><input
              type="checkbox"
              .checked=${this.compact}
              @change=${(e: Event) => (this.compact = (e.target as HTMLInputElement).checked)}
            />
            ${t.compact}</label
          >
        </div>
        ${
          layout.workshops.length === 0
            ? this.renderNoMatch(t)
            : html`<div
                part="grid"
                class="grid-scroll"
                role="region"
                aria-labelledby="tab-${day}"
                tabindex="0"
              >
                <div
                  class="grid"
                  style=${styleProperties({
                    '--_gics-grid-columns': String(Math.max(columns, 1)),
                    '--_gics-grid-rows': String(layout.rows.length),
                  })}
                >
                  <div class="grid-corner" aria-hidden="true">${t.time}</div>
                  ${layout.rooms.map(
                    (room, index) =>
                      html`<div
                        class="grid-room"
                        aria-hidden="true"
                        style=${styleProperties({ 'grid-column': String(index + 2) })}
                      >
                        ${localize(room.name, lang)}
                      </div>`,
                  )}
                  ${
                    layout.roomless
                      ? html`<div
                          class="grid-room"
                          aria-hidden="true"
                          style=${styleProperties({ 'grid-column': String(layout.rooms.length + 2) })}
                        >
                          ${t.noRoom}
                        </div>`
                      : nothing
                  }
                  ${layout.rows.map(
                    (minute, index) =>
                      html`<div
                        class="grid-time"
                        aria-hidden="true"
                        style=${styleProperties({ 'grid-row': String(index + 2) })}
                      >
                        ${formatTime(Date.UTC(2000, 0, 1, 0, layout.firstMinute + minute), {
                          lang,
                          timeZone: 'UTC',
                        })}
                      </div>`,
                  )}
                  ${cells.map((workshop) => {
                    const [start, end] = layout.minutes.get(workshop)!;
                    const favorite = store?.has(workshop.id) ?? false;
                    const now = live.has(workshop);
                    return html`<div
                      class="grid-cell"
                      style=${styleProperties({
                        'grid-row': `${row(start)} / ${row(end)}`,
                        'grid-column': String(column(workshop)),
                      })}
                    >
                      ${guard([workshop, lang, zone, favorite, now, this.workshopHref], () =>
                        renderWorkshopCard(workshop, {
                          ...base,
                          eventTimeZone: event,
                          href: this.hrefFor(workshop),
                          favorite,
                          now,
                        }),
                      )}
                    </div>`;
                  })}
                </div>
              </div>`
        }
      </div>`;
  }

  private renderDialog(t: AgendaMessages, lang: Language, summit: Summit): TemplateResult {
    const workshop = this.openId
      ? summit.workshops.find((candidate) => candidate.id === this.openId)
      : undefined;
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="dialog-title"
      @close=${this.onDialogClose}
    >
      ${workshop && this.onDemand ? this.renderDetail(this.onDemand, workshop, t, lang, summit) : nothing}
    </dialog>`;
  }

  private renderDetail(
    onDemand: OnDemand,
    workshop: Workshop,
    t: AgendaMessages,
    lang: Language,
    summit: Summit,
  ): TemplateResult {
    return onDemand.renderWorkshopDetail(workshop, {
      html,
      nothing,
      t,
      lang,
      summit,
      timeZone: this.zone,
      themes: workshop.themeIds
        .map((id) => this.themesById.get(id))
        .filter((theme): theme is Theme => theme !== undefined),
      speakers: workshop.speakerIds
        .map((id) => this.membersById.get(id))
        .filter((member): member is Member => member !== undefined),
      favorite: this.favorites?.has(workshop.id) ?? false,
      page: safeHref(workshop.url),
      badge: themeBadgeTemplate,
      close: () => this.closeDialog(),
      toggleFavorite: () => this.toggleFavorite(workshop.id),
      download: () => void this.downloadWorkshop(workshop),
    });
  }

  private renderState(t: AgendaMessages): TemplateResult {
    if (this.status === 'loading') {
      return html`<div class="skeleton" aria-hidden="true">
          ${[0, 1, 2].map(() => html`<div class="bone"></div>`)}
        </div>
        <p class="vh" role="status">${t.loading}</p>`;
    }
    if (this.status === 'error' && this.errorKind) {
      return html`<div part="error" class="error" role="alert">
        <p class="error-title">${t.errorTitle}</p>
        <p>${t.errors[this.errorKind]}</p>
        ${
          // Fetching again cannot give a feed its zone: only the page's attribute can.
          this.src && this.summit === undefined && this.errorKind !== 'no-time-zone'
            ? html`<button type="button" class="action" @click=${this.reload}>${t.retry}</button>`
            : nothing
        }
      </div>`;
    }
    return html`${nothing}`;
  }

  override render(): TemplateResult {
    const lang = this.language;
    const t = agendaMessages[lang];
    const summit = this.data;
    const busy = this.status === 'loading';
    if (!summit || this.status !== 'ready') {
      return html`<div part="base" class="base" lang=${lang} aria-busy=${busy ? 'true' : 'false'}>
        ${this.renderState(t)}
      </div>`;
    }
    this.listHidden = 0; // set again by the list, if this render shows one
    const view = this.view;
    const mine = view === 'mine';
    const shown = mine ? this.favoriteIds.length : this.filtered.length;
    const total = mine ? shown : summit.workshops.length;
    // While a search is typed the live region keeps its last words: screen readers would
    // otherwise read a count per keystroke.
    if (!this.searching || !this.announcedCount) this.announcedCount = t.resultCount(shown, total);
    const keepNotice =
      this.favorites && !this.favorites.persistent && (mine || this.favoriteTouched);
    return html`<div part="base" class="base view-${view}" lang=${lang} aria-busy="false">
      ${this.renderToolbar(t, lang, summit)}
      ${this.hideFilters || mine ? nothing : this.renderFilters(t, lang, summit)}
      <p part="count" class="count" role="status">${this.announcedCount}</p>
      ${keepNotice ? html`<p part="notice" class="notice">${t.storageUnavailable}</p>` : nothing}
      <div class="content" @click=${this.onCardClick}>
        ${
          mine
            ? this.renderMine(t, lang, summit)
            : view === 'grid'
              ? this.renderGrid(t, lang, summit)
              : this.renderList(t, lang, summit)
        }
      </div>
      ${this.renderDialog(t, lang, summit)}
    </div>`;
  }
}
