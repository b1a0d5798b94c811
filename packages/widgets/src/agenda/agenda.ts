/**
 * `<gics-agenda>`: the element's API and its wiring. The flow, owned by this file:
 *
 *   `.summit` set, or `src` (+ `format`, `feed-time-zone`) changed
 *     → `SummitLoad` (load-controller.ts) runs `loadSummit` / `readSummit` (load.ts): fetch,
 *       detect, import, `parseSummit` lenient; one load at a time, the older one aborted
 *         loading: skeleton, `aria-busy`            error: message + "Try again", `gics-agenda-error`
 *     → ready (`accept`): favourites (favorites.ts), `themes` preselected, the URL read
 *       (`sync-url`), the search index warmed, `#workshop-<id>` opened; `gics-agenda-load`
 *       with what was left out (and one `console.warn`)
 *   every update: `willUpdate` makes one `AgendaViewModel` (view-model.ts) from the properties
 *     and the controllers' state; `render` hands it to the views (toolbar.ts, filters.ts,
 *     list.ts, dialog.ts, internal/state-view.ts; grid-view.ts and mine.ts arrive on demand,
 *     modules.ts),
 *     which write nothing back
 *   after the render, the controllers read the same model: `ProgressiveRendering` plans the
 *     cards left out (internal/progressive.ts), `UrlSync` writes the address (url-state.ts);
 *     `Clock` (clock.ts) ticks the minutes for "happening now"; `SearchBox`
 *     (internal/search-box.ts) holds the count and the URL back while a search is typed
 *   a card's title → `gics-workshop-open` (cancelable) → `DetailDialog` (internal/detail-dialog.ts):
 *     `<dialog>.showModal()`, and on closing focus back to the opener. With `workshop-href`,
 *     titles link to the host instead.
 *
 * All agenda logic (grouping, filtering, search, conflicts, now/next, grid layout, formatting,
 * calendar export) comes from `@gics/core`; this file only wires it to the DOM. Data is
 * rendered as text, never as HTML.
 */
import {
  html,
  isServer,
  nothing,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import type { WorkshopTextSearch } from '@gics/core/agenda';
import type { Summit, Workshop } from '@gics/core/summit';
import { GicsAgendaErrorEvent } from '../events/agenda-error.js';
import { GicsAgendaLoadEvent } from '../events/agenda-load.js';
import { GicsAgendaUpdateEvent } from '../events/agenda-update.js';
import { GicsFavoriteChangeEvent } from '../events/favorite-change.js';
import { GicsWorkshopOpenEvent } from '../events/workshop-open.js';
import { agendaMessages } from '../i18n/agenda.js';
import { DetailDialog } from '../internal/detail-dialog.js';
import { GicsElement } from '../internal/gics-element.js';
import { listAttribute } from '../internal/list-attribute.js';
import { NarrowController } from '../internal/narrow.js';
import { MORE_CARDS, ProgressiveRendering } from '../internal/progressive.js';
import { SearchBox } from '../internal/search-box.js';
import { renderLoadState } from '../internal/state-view.js';
import { localTimeZone, resolveTimeZone } from '../internal/time-zone.js';
import { elementStyles, filterSelectStyles } from '../styles/element.styles.js';
import { badgeStyles } from '../theme-badge/theme-badge.styles.js';
import { cardStyles } from '../workshop-card/workshop-card.styles.js';
import { agendaStyles } from './agenda.styles.js';
import { Clock } from './clock.js';
import { renderDialog } from './dialog.js';
import { Favorites } from './favorites.js';
import { renderFilters } from './filters.js';
import { conferenceDayOf, dayForKey, gridDayFor, nowTarget } from './now-target.js';
import { scrollToCard } from './scroll-to-card.js';
import { renderDays, renderNoMatch } from './list.js';
import {
  loadParser,
  loadSummit,
  nextTask,
  readSummit,
  searchFromWorker,
  type LoadOutcome,
} from './load.js';
import { SummitLoad } from './load-controller.js';
import { readingRank } from './progressive.js';
import { absoluteUrl, pageUrl, StructuredData } from '../internal/structured-data.js';
import { readInlineData, type Prerendered } from '../internal/inline-data.js';
import { hrefFromTemplate } from '../internal/href.js';
import { ViewModules, viewArrival } from './view-modules.js';
import { LiveUpdates } from './live-updates.js';
import {
  loadDetail,
  loadDownload,
  loadFilterEngine,
  loadTextSearch,
  loadUrlQuery,
} from './modules.js';
import { renderToolbar } from './toolbar.js';
import { AGENDA_VIEWS, type AgendaView, type FeedFormat } from './types.js';
import { hasFilters, NO_FILTERS, UrlSync, workshopIdFromHash, type Filters } from './url-state.js';
import {
  AgendaMemo,
  agendaViewModel,
  prepareFirstRender,
  PREPARED_FROM,
  summitDays,
  type AgendaActions,
  type AgendaViews,
  type AgendaViewModel,
} from './view-model.js';

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
 * @fires {GicsAgendaUpdateEvent} gics-agenda-update - A refresh (`refresh`) brought a changed programme, now shown; `detail.changes` says what changed.
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
 * @csspart notice - Quiet notices (favourites not kept, a refresh that failed).
 * @csspart update - What the last refresh changed, in words (a polite live region).
 *
 * @cssprop --gics-agenda-accent - Pressed chips and buttons. Defaults to `--gics-color-primary`.
 * @cssprop --gics-agenda-background - Background behind the cards and sticky headings. Defaults to `--gics-color-surface`.
 * @cssprop --gics-agenda-sticky-top - Offset of sticky day headings, e.g. under a fixed site header. Defaults to `0`.
 * @cssprop --gics-agenda-grid-column-width - Narrowest a room column gets in the grid. Defaults to `14em`.
 * @cssprop --gics-agenda-grid-height - Tallest the grid gets before it scrolls. Defaults to `80vh`.
 * @cssprop --gics-agenda-favorite-color - A starred workshop's star.
 */
export class GicsAgenda extends GicsElement {
  static override styles: CSSResultGroup = [
    GicsElement.styles,
    badgeStyles,
    cardStyles,
    elementStyles,
    filterSelectStyles,
    agendaStyles,
  ];

  /** Address of the agenda data: a GICS summit JSON, or a pretalx, frab or Sessionize JSON export. */
  @property() src = '';

  /** The summit to show, as an object. Takes precedence over `src`; checked leniently. */
  @property({ attribute: false }) summit?: unknown;

  /** The format of `src`: `auto` (detected, default), `gics`, `pretalx`, `frab` or `sessionize`. */
  @property() format: FeedFormat = 'auto';

  /** The event's IANA zone for feeds that do not name one (Sessionize). */
  @property({ attribute: 'feed-time-zone' }) feedTimeZone = '';

  /** `list` (default), `grid` (rooms × time, one day at a time) or `mine` (the favourites). */
  @property({ reflect: true }) view: AgendaView = 'list';

  /** `event` (the summit's zone, default), `local` (the visitor's) or an IANA zone. */
  @property({ attribute: 'time-zone' }) timeZone = 'event';

  /** Theme ids selected when the agenda appears, separated by spaces or commas. */
  @property({ converter: listAttribute }) themes: string[] = [];

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

  /**
   * Puts the summit's schema.org JSON-LD (an `Event` with each workshop as a `subEvent`) in a
   * `<script type="application/ld+json">` child of the element, where search engines read it.
   */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /**
   * Fetches `src` again every this many seconds (30 at least) while the page is visible, and
   * when it is shown again: filters, search, view, favourites and the open dialog stay, changes
   * are announced and marked on the cards. `0` (default): never.
   */
  @property({ type: Number }) refresh = 0;

  @state() private filters: Filters = NO_FILTERS;
  @state() private gridDay = '';
  @state() private hiddenRooms: ReadonlySet<string> = new Set();
  /** The text search, once its module has arrived. */
  @state() private textSearch?: WorkshopTextSearch;
  private textSearchArriving?: Promise<unknown>;
  private filterEngineArriving?: Promise<unknown>;

  private readonly loader = new SummitLoad(this);
  private readonly favorites = new Favorites(this);
  private readonly clock = new Clock(this, () => this.now);
  private readonly progressive = new ProgressiveRendering(this, () =>
    this.model.status === 'ready' ? this.model.leftOut : { hidden: 0, total: 0, background: false },
  );
  private readonly url = new UrlSync(
    this,
    () =>
      this.syncUrl &&
      this.model.status === 'ready' &&
      !this.search.typing &&
      this.prerenderedAt === undefined
        ? { filters: this.filters, view: this.view, openId: this.dialog.openId }
        : undefined,
    (id) => this.openLinked(id),
  );
  private readonly dialog = new DetailDialog(this, loadDetail);
  private readonly structured = new StructuredData(this, () => {
    const summit = this.loader.status === 'ready' ? this.loader.summit : undefined;
    const lang = this.language;
    const template = this.workshopHref;
    return {
      enabled: this.structuredData && summit !== undefined,
      key: [summit, lang, template],
      make: ({ summitStructuredData }) =>
        summitStructuredData(summit!, {
          lang,
          pageUrl: pageUrl(),
          workshopUrl: (workshop) => absoluteUrl(hrefFromTemplate(template, workshop.id)),
        }),
    };
  });
  private readonly search = new SearchBox(this);
  private readonly modules = new ViewModules(this);
  private readonly live = new LiveUpdates(this, {
    loadedFromSrc: () =>
      this.summit === undefined && this.loader.status === 'ready' ? this.loader.summit : undefined,
    now: () => this.clock.now,
    favorites: () => this.favorites.ids,
    accepted: (summit, changes) => {
      this.loader.replace(summit);
      this.warmSearchIndex(summit);
      this.emit(new GicsAgendaUpdateEvent({ summit, changes }));
    },
  });
  private readonly memo = new AgendaMemo();
  /** What this update shows; made in `willUpdate`, read by `render` and the controllers. */
  private model: AgendaViewModel = {
    status: 'idle',
    lang: 'en',
    t: agendaMessages.en,
    retry: false,
  };
  /** What the list was made from at the last update: a new list starts from its first cards. */
  private listSources: readonly unknown[] = [];
  /** Below this width the grid is unreadable: the list is shown instead. */
  private readonly width = new NarrowController(this, 640);

  /**
   * What a server rendered this agenda with (`@gics/widgets/ssr` sets it there); in a browser
   * the agenda reads it from its `<script data-gics-data>` child instead.
   * @internal
   */
  prerendered?: Prerendered;
  /** The instant the server rendered at, until the pre-rendered first update is drawn. */
  private prerenderedAt?: number;
  /** Whether this agenda was pre-rendered: its zone toggle's row stays (`AgendaInput.zoneRow`). */
  private zoneRow = false;

  /** The summit on show, once loaded. */
  get loadedSummit(): Summit | undefined {
    return this.loader.summit;
  }

  /** The ids of the visitor's favourites for the summit on show. */
  get favoriteIds(): string[] {
    const summit = this.loader.summit;
    if (!summit) return [];
    const ids = this.favorites.ids;
    return summit.workshops.filter((w) => ids.has(w.id)).map((w) => w.id);
  }

  /** Opens a workshop's detail dialog (no effect with `workshop-href`, or for an unknown id). */
  open(workshopId: string): void {
    void this.openWorkshop(workshopId, 'method');
  }

  /**
   * Asks the server now whether the programme changed (conditionally, as `refresh` does), and
   * shows the changes as a refresh would: for hosts that learn of a change another way, such
   * as a push message. Resolves once the answer is shown; does nothing without `src`.
   */
  async checkForUpdates(): Promise<void> {
    await this.live.checkNow();
    await this.updateComplete;
  }

  /** Loads `src` again (what "Try again" does). */
  reload(): void {
    this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.showPrerendered()) {
      // The first update draws what the server rendered (showPrerendered).
    } else if (changed.has('summit') && this.summit !== undefined) {
      this.load();
    } else if (
      (changed.has('src') || changed.has('format') || changed.has('feedTimeZone')) &&
      this.summit === undefined
    ) {
      this.load();
    }
    if (changed.has('themes') && this.loader.status === 'ready') {
      this.filters = { ...this.filters, themes: this.knownThemes(this.themes) };
    }
    if (changed.has('view') && !(AGENDA_VIEWS as readonly string[]).includes(this.view)) {
      this.view = 'list';
    }
    const summit = this.loader.status === 'ready' ? this.loader.summit : undefined;
    // Zones are read once there is a summit: the page's first use of Intl is costly, and a load
    // worker has paid it by then (the browser's time-zone data is shared by its threads).
    const zone = summit ? this.zone : '';
    if (summit) {
      const sources = [summit, this.filters, this.view, zone, this.gridDay, this.hiddenRooms];
      if (sources.some((source, index) => source !== this.listSources[index])) {
        // A new list starts with its first cards again (see internal/progressive.ts).
        this.progressive.restart();
        // The grid shows today during the summit, else the first day, until a tab is chosen.
        if (this.view === 'grid') {
          const days = summitDays(this.memo, summit, zone);
          this.gridDay = gridDayFor(
            summit,
            days,
            zone,
            this.gridDay,
            this.prerenderedAt ?? this.clock.now,
          );
        }
        this.listSources = [summit, this.filters, this.view, zone, this.gridDay, this.hiddenRooms];
      }
    }
    if (summit && this.filters.query.trim() !== '') this.wantTextSearch();
    if (summit && hasFilters(this.filters)) this.wantFilterEngine();
    if (summit && this.view === 'mine') this.modules.want('mine');
    if (summit && this.view === 'grid' && !this.width.narrow) this.modules.want('grid');
    const lang = this.language;
    const previous = this.model;
    this.model = agendaViewModel(
      {
        lang,
        t: agendaMessages[lang],
        status: this.loader.status,
        errorKind: this.loader.errorKind,
        // Fetching again cannot give a feed its zone: only the page's attribute can.
        retry: !!this.src && this.summit === undefined && this.loader.errorKind !== 'no-time-zone',
        summit,
        view: this.view,
        narrow: this.width.narrow,
        timeZone: this.timeZone,
        zone,
        localZone: summit && this.prerenderedAt === undefined ? localTimeZone() : zone,
        prerendered: this.prerenderedAt !== undefined,
        zoneRow: this.zoneRow,
        filters: this.filters,
        query: this.search.text,
        searching: this.search.typing,
        announced: previous.status === 'ready' ? previous.count : '',
        favorites: this.favorites.ids,
        persistent: this.favorites.persistent,
        favoritesTouched: this.favorites.touched,
        instant: this.prerenderedAt ?? this.clock.now,
        limit: this.progressive.limit,
        gridDay: this.gridDay,
        hiddenRooms: this.hiddenRooms,
        hideFilters: this.hideFilters,
        compact: this.compact,
        workshopHref: this.workshopHref,
        openId: this.dialog.openId,
        detail: this.dialog.module,
        views: this.modules.views,
        textSearch: this.textSearch,
        filterEngine: loadFilterEngine.arrived,
        changes: this.live.changes,
        updateNotice: this.live.notice,
        refreshFailing: this.live.failing,
      },
      this.memo,
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('refresh')) this.live.sync();
  }

  /**
   * Holds an update until what it needs has arrived (`firstUpdateNeeds`, `updateNeeds`); what
   * the last update drew (the server's HTML of a pre-rendered agenda, the loading state) stays
   * on show meanwhile, so nothing flashes.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    const needs = [...(this.hasUpdated ? [] : this.firstUpdateNeeds()), ...this.updateNeeds()];
    if (needs.length > 0) await Promise.all(needs);
    return super.scheduleUpdate();
  }

  /**
   * What an update needs at once: the filtering, when a filter is set before it has arrived (one
   * that comes with the summit, from `themes` or the address, among others), so the first cards
   * drawn are the filtered ones.
   */
  private updateNeeds(): Array<Promise<unknown>> {
    const filtering = this.loader.status === 'ready' && hasFilters(this.filters);
    return filtering && !loadFilterEngine.arrived ? [this.wantFilterEngine()] : [];
  }

  /**
   * What the first update needs at once: for a pre-rendered agenda (its data block read here,
   * once), the parser that reads its summit, for a pre-rendered grid the grid's module, and the
   * filtering when `themes` selects some, as that update draws what the server drew; with
   * `sync-url`, the address's reader, fetched beside them for the update that follows. Each
   * resolves, arrived or not: without the parser, the agenda loads as if nothing had been
   * pre-rendered.
   */
  private firstUpdateNeeds(): Array<Promise<unknown>> {
    this.prerendered ??= readInlineData(this);
    if (!this.prerendered) return [];
    return [
      loadParser().catch(() => undefined),
      ...(this.view === 'grid' ? [viewArrival('grid')] : []),
      ...(this.themes.length > 0 ? [this.wantFilterEngine()] : []),
      ...(this.syncUrl ? [loadUrlQuery().catch(() => undefined)] : []),
    ];
  }

  /**
   * What a server's style sheet adds for the last render: what it places through the CSSOM
   * (the grid's positions), with the grid's styles, which arrive with its module. `''` for
   * the list.
   * @internal
   */
  get serverStyles(): string {
    const { model } = this;
    const grid = this.modules.views.grid;
    if (model.status !== 'ready' || model.content.kind !== 'grid' || !grid) return '';
    return `${grid.gridStyles}\n${grid.gridPlacementCss(model.content)}`;
  }

  /**
   * Resolves once a module on its way (a view, the text search, the filtering) has arrived and
   * rendered too.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const arriving = [this.textSearchArriving, this.filterEngineArriving].filter(Boolean);
    if (arriving.length > 0) await Promise.all(arriving);
    return (await this.modules.settled()) || arriving.length > 0 ? super.getUpdateComplete() : done;
  }

  /** Asks for the text search; a module that failed to arrive is asked for at the next query. */
  private wantTextSearch(): Promise<unknown> {
    if (this.textSearch) return Promise.resolve();
    return (this.textSearchArriving ??= loadTextSearch()
      .then((search) => (this.textSearch = search.WORKSHOP_TEXT_SEARCH))
      .catch(() => undefined)
      .finally(() => (this.textSearchArriving = undefined)));
  }

  /**
   * Asks for the filtering (shared by every agenda of the page), and renders again once it has
   * arrived if a filter waits for it; a module that failed to arrive is asked for at the next
   * update with a filter.
   */
  private wantFilterEngine(): Promise<unknown> {
    if (loadFilterEngine.arrived) return Promise.resolve();
    return (this.filterEngineArriving ??= loadFilterEngine()
      .then(() => {
        if (hasFilters(this.filters)) this.requestUpdate();
      })
      .catch(() => undefined)
      .finally(() => (this.filterEngineArriving = undefined)));
  }

  // ── Loading ────────────────────────────────────────────────────────────────────────────

  /**
   * At the first update of a pre-rendered agenda, shows the summit it carries as the server
   * rendered it (every card, the server's instant, the event's zone, no visitor state), so
   * hydration finds the DOM it would draw; the visitor's state (address, favourites, zone) and
   * the load event follow in the next update. `false` when there is nothing pre-rendered to show.
   */
  private showPrerendered(): boolean {
    const { prerendered } = this;
    this.prerendered = undefined;
    // On a server, `renderAgenda` has read the summit, so the parser is there.
    const parse = loadParser.arrived;
    if (!prerendered || !parse || this.summit !== undefined) return false;
    const parsed = parse(prerendered.data, { mode: 'lenient' });
    if (!parsed.ok) return false;
    const { summit } = parsed;
    this.loader.show(summit);
    this.prerenderedAt = prerendered.now;
    this.zoneRow = true;
    this.filters = { ...NO_FILTERS, themes: this.knownThemes(this.themes) };
    this.progressive.grow(Number.POSITIVE_INFINITY);
    if (isServer) return true;
    const { validators } = prerendered;
    void this.updateComplete.then(() => {
      this.prerenderedAt = undefined;
      // The visitor's state keeps every card on show: only a list it changes starts again.
      this.progressive.grow(this.progressive.limit);
      this.settled({ ok: true, summit, format: 'gics', warnings: [], validators }, this.src);
    });
    return true;
  }

  private load(): void {
    const { summit, src } = this;
    const settled = (outcome: LoadOutcome) => this.settled(outcome, src);
    // With `sync-url`, the summit shows with the address's filters: their reader arrives as it loads.
    const address = this.syncUrl ? loadUrlQuery().catch(() => undefined) : undefined;
    const withAddress = (loading: Promise<LoadOutcome>) =>
      Promise.all([loading, address]).then(([outcome]) => outcome);
    if (summit !== undefined) {
      void this.loader.run(
        () => withAddress(readSummit(summit, { format: 'gics' })),
        false,
        settled,
      );
    } else if (src) {
      const options = {
        format: this.format,
        feedTimeZone: this.feedTimeZone || undefined,
        keepValidators: this.refresh > 0,
      };
      void this.loader.run(
        (signal) => withAddress(loadSummit(src, { ...options, signal }).then(this.prepared)),
        true,
        settled,
      );
    } else {
      void this.loader.run(undefined, false, settled);
    }
  }

  /**
   * A congress's loaded summit, its first render prepared in a task of its own
   * (`prepareFirstRender`), so that the task drawing the first cards stays short.
   */
  private readonly prepared = async (outcome: LoadOutcome): Promise<LoadOutcome> => {
    if (outcome.ok !== true || outcome.summit.workshops.length < PREPARED_FROM) return outcome;
    const { summit } = outcome;
    const lang = this.language;
    const zone = resolveTimeZone(this.timeZone, summit.timeZone);
    prepareFirstRender(this.memo, summit, lang, agendaMessages[lang], zone);
    await nextTask();
    return outcome;
  };

  private settled(outcome: LoadOutcome, src: string): void {
    if (!outcome.ok) {
      const message = agendaMessages[this.language].errors[outcome.kind];
      this.emit(
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
    this.live.loaded(outcome.validators);
    if (outcome.warnings.length > 0) {
      console.warn(
        `[gics] <gics-agenda> showed the summit without ${outcome.warnings.length} problem(s) it found in the data:`,
        outcome.warnings.map((warning) => `${warning.where}: ${warning.message.en}`),
      );
    }
    this.emit(
      new GicsAgendaLoadEvent({
        summit: outcome.summit,
        format: outcome.format,
        warnings: outcome.warnings,
      }),
    );
    void this.updateComplete.then(() => this.openFromHash());
  }

  private accept(summit: Summit): void {
    this.warmSearchIndex(summit);
    // Filtering arrives after the first paint, ready for the first filter (or before it when a
    // filter comes with the summit: see `updateNeeds`).
    setTimeout(() => void loadFilterEngine().catch(() => undefined), 0);
    this.favorites.open(summit.id);
    let filters: Filters = { ...NO_FILTERS, themes: this.knownThemes(this.themes) };
    // Its module arrived with the summit (`load`, `firstUpdateNeeds`), unless it could not.
    const query = this.syncUrl ? loadUrlQuery.arrived : undefined;
    if (query) {
      const fromUrl = query.readUrlState(location.search);
      filters = { ...fromUrl.filters, themes: this.knownThemes(fromUrl.filters.themes) };
      if (filters.themes.length === 0 && fromUrl.filters.themes.length === 0) {
        filters.themes = this.knownThemes(this.themes);
      }
      if (fromUrl.view) this.view = fromUrl.view;
    }
    this.filters = filters;
    this.search.reset(filters.query);
    this.gridDay = '';
    this.hiddenRooms = new Set();
  }

  /**
   * After the first render, loads the text search and builds the summit's search index in a
   * background task (folded text and distinct words of every workshop), so the first
   * keystroke costs what the others do.
   */
  private warmSearchIndex(summit: Summit): void {
    setTimeout(() => {
      loadTextSearch().then(
        ({ WORKSHOP_TEXT_SEARCH, prepareWorkshopSearch }) => {
          this.textSearch ??= WORKSHOP_TEXT_SEARCH;
          if (this.loader.summit !== summit) return;
          // A load worker may be building it already (load.ts): then this finds it built.
          void searchFromWorker(summit).then(() =>
            setTimeout(() => prepareWorkshopSearch(summit), 0),
          );
        },
        // Asked for again at the first query.
        () => undefined,
      );
    }, 0);
  }

  private knownThemes(ids: readonly string[]): string[] {
    const themes = this.loader.summit?.themes ?? [];
    return ids.filter((id) => themes.some((theme) => theme.id === id));
  }

  // ── Derived values ─────────────────────────────────────────────────────────────────────

  /** The zone times are shown in. */
  private get zone(): string {
    return resolveTimeZone(this.timeZone, this.loader.summit?.timeZone);
  }

  // ── Actions ────────────────────────────────────────────────────────────────────────────

  /** The views' event handlers. */
  private readonly actions: AgendaActions = {
    showView: (view) => (this.view = view),
    showZone: (zone) => (this.timeZone = zone),
    jumpToNow: () => void this.jumpToNow(),
    search: (event) => {
      // The list follows every keystroke; the count and the URL wait for a pause (SearchBox).
      const text = (event.target as HTMLInputElement).value;
      this.search.typed(text);
      this.setFilters({ query: text });
    },
    toggleTheme: (id) => {
      const { themes } = this.filters;
      this.setFilters({
        themes: themes.includes(id) ? themes.filter((theme) => theme !== id) : [...themes, id],
      });
    },
    setFilters: (change) => this.setFilters(change),
    clearFilters: () => this.clearFilters(),
    showDay: (day) => (this.gridDay = day),
    dayKeydown: (event, days) => this.onTabKeydown(event, days),
    toggleRoom: (key) => {
      const hidden = new Set(this.hiddenRooms);
      if (!hidden.delete(key)) hidden.add(key);
      this.hiddenRooms = hidden;
    },
    setCompact: (compact) => (this.compact = compact),
    showMore: () => this.progressive.grow(),
    cardClick: (event) => this.onCardClick(event),
    downloadFavorites: () => this.download(this.favoriteIds),
    closeDialog: this.dialog.close,
    dialogClosed: this.dialog.closed,
    toggleFavorite: (id) => this.toggleFavorite(id),
    downloadWorkshop: ({ id }) => this.download([id], `${id}.ics`),
    reload: () => this.reload(),
  };

  private download(workshopIds: readonly string[], fileName?: string): void {
    const summit = this.loader.summit;
    if (!summit) return;
    const lang = this.language;
    loadDownload().then(
      ({ downloadCalendar }) => downloadCalendar(summit, lang, workshopIds, fileName),
      // Asked for again at the next download.
      () => undefined,
    );
  }

  private setFilters(next: Partial<Filters>): void {
    this.filters = { ...this.filters, ...next };
  }

  private clearFilters(): void {
    this.search.reset();
    this.filters = NO_FILTERS;
  }

  private onTabKeydown(event: KeyboardEvent, days: readonly string[]): void {
    const day = dayForKey(event.key, days, this.gridDay);
    if (day === undefined) return;
    event.preventDefault();
    this.gridDay = day;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${day}`)?.focus(),
    );
  }

  private toggleFavorite(id: string): void {
    const favorite = this.favorites.toggle(id);
    if (favorite === undefined) return;
    this.emit(
      new GicsFavoriteChangeEvent({ workshopId: id, favorite, favoriteIds: this.favoriteIds }),
    );
  }

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
    if (id) this.openLinked(id);
  }

  private openLinked(id: string): void {
    if (id !== this.dialog.openId && this.loader.status === 'ready')
      void this.openWorkshop(id, 'link');
  }

  private async openWorkshop(
    id: string,
    trigger: 'card' | 'link' | 'method',
    opener?: HTMLElement,
  ): Promise<void> {
    const workshop = this.loader.summit?.workshops.find((candidate) => candidate.id === id);
    if (!workshop || this.workshopHref) return;
    if (!this.emit(new GicsWorkshopOpenEvent({ workshop, trigger }))) return;
    await this.dialog.show(id, opener);
  }

  private async jumpToNow(): Promise<void> {
    const summit = this.loader.summit;
    if (this.model.status !== 'ready' || !summit) return;
    const { filtered } = this.model;
    const instant = this.clock.now;
    const target = nowTarget(filtered, instant) ?? nowTarget(summit.workshops, instant);
    if (!target) return;
    if (!filtered.includes(target)) this.clearFilters();
    if (this.view === 'mine') this.view = 'list';
    if (this.view === 'grid') this.gridDay = conferenceDayOf(summit, target, this.zone);
    await this.updateComplete;
    const rank = rankOf(this.model, target);
    if (rank >= this.progressive.limit) {
      this.progressive.grow(rank + MORE_CARDS);
      await this.updateComplete;
    }
    const card = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(target.id)}"]`);
    if (card) scrollToCard(card);
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    const model = this.model;
    const { lang, t } = model;
    if (model.status !== 'ready') return renderLoadState(model, this.actions.reload);
    const a = this.actions;
    return html`<div part="base" class="base view-${model.view}" lang=${lang} aria-busy="false">
      ${renderToolbar(model.toolbar, t, a)}
      ${model.filters ? renderFilters(model.filters, t, lang, a) : nothing}
      <p part="count" class="count" role="status">${model.count}</p>
      <p part="update" class="update" role="status">${model.updateNotice}</p>
      ${model.notice ? html`<p part="notice" class="notice">${t.storageUnavailable}</p>` : nothing}
      ${model.refreshFailing ? html`<p part="notice" class="notice">${t.refreshFailed}</p>` : nothing}
      <div class="content" @click=${a.cardClick}>
        ${renderContent(model, a, this.modules.views)}
      </div>
      ${renderDialog(model.dialog, { ...model.cards.context, summit: model.summit }, a)}
    </div>`;
  }
}

/** The content area of a model with a summit on show. */
function renderContent(
  model: Extract<AgendaViewModel, { status: 'ready' }>,
  a: AgendaActions,
  views: AgendaViews,
) {
  const { content, cards, t } = model;
  switch (content.kind) {
    case 'empty':
      return html`<p class="empty">${content.message}</p>`;
    case 'no-match':
      return renderNoMatch(t, a);
    case 'list':
      return renderDays(content.list, cards, a);
    case 'pending':
      return nothing;
    case 'grid':
      return views.grid!.renderGrid(content, cards, a);
    case 'mine':
      return views.mine!.renderMine(content, cards, a);
  }
}

/** Where `target` comes among the cards of the view shown (its 0-based rank), or -1. */
function rankOf(model: AgendaViewModel, target: Workshop): number {
  if (model.status !== 'ready') return -1;
  const { content } = model;
  if (content.kind === 'grid')
    return content.grid.cells.findIndex((cell) => cell.workshop === target);
  return content.kind === 'list' ? readingRank(content.all, target.id) : -1;
}
