/**
 * `<gics-agenda>`: the element's API and its wiring. The flow, owned by this file:
 *
 *   `.summit` set, or `src` (+ `format`, `feed-time-zone`) changed → the summit source
 *     (summit-source.ts) has `SummitLoad` (load-controller.ts) run `loadSummit` / `readSummit`
 *     (load.ts): fetch, detect, import, `parseSummit` lenient; one load at a time
 *         loading: skeleton, `aria-busy`            error: message + "Try again", `gics-agenda-error`
 *     → ready: the visitor's choices (choices.ts: `themes`, the URL with `sync-url`),
 *       favourites (favorites.ts), the search warmed (engines.ts), `#workshop-<id>` opened;
 *       `gics-agenda-load` with what was left out (and one `console.warn`)
 *   pre-rendered (`@gics/widgets/ssr`): the first update draws what the server drew, then the
 *     summit settles as a load's would (hydration.ts, and prerendered.ts, fetched only then); the
 *     list's later lists are hydrated in the background (later-lists.ts)
 *   every update: `scheduleUpdate` holds it until the on-demand modules it draws with have
 *     arrived (engines.ts, prerendered.ts); `willUpdate` makes one `AgendaViewModel`
 *     (view-model.ts) from the properties and the parts' state; `render` hands it to the views
 *     (toolbar.ts, filters.ts, content.ts, list.ts, dialog.ts, internal/state-view.ts; grid-view.ts
 *     and mine.ts arrive on demand, modules.ts), which write nothing back and call the actions
 *     (actions.ts: dialog, favourites, downloads, "jump to now")
 *   after the render, the controllers read the same model: `ProgressiveRendering` plans the
 *     cards left out (internal/progressive.ts), `UrlSync` writes the address (url-state.ts);
 *     `Clock` (clock.ts) ticks the minutes for "happening now"; `SearchBox`
 *     (internal/search-box.ts) holds the count and the URL back while a search is typed
 *
 * All agenda logic (grouping, filtering, search, conflicts, now/next, grid layout, formatting,
 * calendar export) comes from `@gics/core`; this file only wires it to the DOM. Data is
 * rendered as text, never as HTML.
 */
import {
  html,
  nothing,
  type PropertyDeclarations,
  type CSSResultGroup,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Summit } from '@gics/core/summit';
import { GicsAgendaUpdateEvent } from '../events/agenda-update.js';
import { agendaMessages } from '../i18n/agenda.js';
import { DetailDialog } from '../internal/detail-dialog.js';
import { GicsElement } from '../internal/gics-element.js';
import { listAttribute } from '../internal/list-attribute.js';
import { filterFold } from '../internal/filter-fold.js';
import { NarrowController } from '../internal/narrow.js';
import { FIRST_PAINT_CARDS, ProgressiveRendering } from '../internal/progressive.js';
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
import { gridDayFor } from './now-target.js';
import { SummitLoad } from './load-controller.js';
import { absoluteUrl, pageUrl, StructuredData } from '../internal/structured-data.js';
import type { Prerendered } from '../internal/inline-data.js';
import { hrefFromTemplate } from '../internal/href.js';
import { nextTask } from '../internal/next-task.js';
import { ViewModules } from './view-modules.js';
import { Live } from './live.js';
import { loadDetail, loadFilterEngine } from './modules.js';
import { renderToolbar } from './toolbar.js';
import { AGENDA_VIEWS, type AgendaView, type FeedFormat } from './types.js';
import { hasFilters, UrlSync } from './url-state.js';
import {
  AgendaMemo,
  agendaViewModel,
  showsGrid,
  summitDays,
  type AgendaViewModel,
} from './view-model.js';
import { agendaHandlers } from './actions.js';
import { knownThemes, visitorChoices } from './choices.js';
import { renderContent } from './content.js';
import { searchEngines } from './engines.js';
import { loadPrerendered, prerendering } from './hydration.js';
import { summitSource } from './summit-source.js';
import type { AgendaParts } from './parts.js';

/** The toolbar's view buttons (toolbar.ts). */
const VIEW_BUTTONS = '[aria-labelledby="views-label"] > button';

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

  // The public properties (documented on their fields below), as a table rather than decorators:
  // it minifies smaller, and the agenda's first load has the tightest budget of the elements.
  static override properties: PropertyDeclarations = {
    src: {},
    summit: { attribute: false },
    format: {},
    feedTimeZone: { attribute: 'feed-time-zone' },
    view: { reflect: true },
    timeZone: { attribute: 'time-zone' },
    themes: { converter: listAttribute },
    hideFilters: { attribute: 'hide-filters', type: Boolean },
    syncUrl: { attribute: 'sync-url', type: Boolean },
    now: {},
    workshopHref: { attribute: 'workshop-href' },
    compact: { type: Boolean, reflect: true },
    structuredData: { attribute: 'structured-data', type: Boolean },
    refresh: { type: Number },
  };

  /** Address of the agenda data: a GICS summit JSON, or a pretalx, frab or Sessionize JSON export. */
  src = '';

  /** The summit to show, as an object. Takes precedence over `src`; checked leniently. */
  summit?: unknown;

  /** The format of `src`: `auto` (detected, default), `gics`, `pretalx`, `frab` or `sessionize`. */
  format: FeedFormat = 'auto';

  /** The event's IANA zone for feeds that do not name one (Sessionize). */
  feedTimeZone = '';

  /**
   * `list` (default), `grid` (rooms × time, one day at a time) or `mine` (the favourites).
   * Under 640 px the grid shows as the list, whose button the toolbar presses (the grid's goes).
   */
  view: AgendaView = 'list';

  /** `event` (the summit's zone, default), `local` (the visitor's) or an IANA zone. */
  timeZone = 'event';

  /** Theme ids selected when the agenda appears, separated by spaces or commas. */
  themes: string[] = [];

  /** Hides the filter panel (the view switcher stays). */
  hideFilters = false;

  /** Reflects filters, view and the open workshop in the page address, so a link can be shared. */
  syncUrl = false;

  /** The current instant (ISO 8601), for demos and tests; the clock otherwise. */
  now = '';

  /** Links cards to the host's pages instead of the dialog, e.g. `/ateliers/{id}`. */
  workshopHref = '';

  /** Grid density: smaller cards, more rooms on screen. */
  compact = false;

  /**
   * Puts the summit's schema.org JSON-LD (an `Event` with each workshop as a `subEvent`) in a
   * `<script type="application/ld+json">` child of the element, where search engines read it.
   */
  structuredData = false;

  /**
   * Fetches `src` again every this many seconds (30 at least) while the page is visible, and
   * when it is shown again: filters, search, view, favourites and the open dialog stay, changes
   * are announced and marked on the cards. `0` (default): never.
   */
  refresh = 0;

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
      this.hydration.at === undefined
        ? { filters: this.choices.filters, view: this.view, openId: this.dialog.openId }
        : undefined,
    (id) => this.handlers.openLinked(id),
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
  private readonly choices = visitorChoices(this, this.search);
  private readonly engines = searchEngines(this, this.choices, this.loader);
  private readonly modules = new ViewModules(this);
  private readonly live = new Live(this, {
    loadedFromSrc: () =>
      this.summit === undefined && this.loader.status === 'ready' ? this.loader.summit : undefined,
    now: () => this.clock.now,
    favorites: () => this.favorites.ids,
    accepted: (summit, changes) => {
      this.loader.replace(summit);
      this.engines.warmSearch(summit);
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
  /** The view's button focused as an update starts, which the update may take away. */
  private focusedView?: Element | null;
  /** Below this width the grid is unreadable: the list is shown instead. */
  private readonly width = new NarrowController(this, 640);
  /** Whether the filter panel is open where it folds (a narrow agenda), and its toggle. */
  private readonly fold = filterFold(this);
  private readonly parts: AgendaParts = {
    loader: this.loader,
    choices: this.choices,
    favorites: this.favorites,
    progressive: this.progressive,
    dialog: this.dialog,
    clock: this.clock,
    engines: this.engines,
    live: this.live,
    memo: this.memo,
    model: () => this.model,
    zone: () => this.zone,
  };
  private readonly handlers = agendaHandlers(this, this.parts);
  private readonly source = summitSource(this, this.parts, this.handlers.openFromHash);
  private readonly hydration = prerendering(this, this.parts, (outcome) =>
    this.source.settled(outcome, this.src),
  );

  /**
   * What a server rendered this agenda with (`@gics/widgets/ssr` sets it there); in a browser
   * the agenda reads it from its `<script data-gics-data>` child instead.
   * @internal
   */
  prerendered?: Prerendered;

  /** The summit on show, once loaded. */
  get loadedSummit(): Summit | undefined {
    return this.loader.loaded;
  }

  /** The ids of the visitor's favourites for the summit on show. */
  get favoriteIds(): string[] {
    const summit = this.loader.loaded;
    if (!summit) return [];
    const ids = this.favorites.ids;
    return summit.workshops.filter((w) => ids.has(w.id)).map((w) => w.id);
  }

  /** Opens a workshop's detail dialog (no effect with `workshop-href`, or for an unknown id). */
  open(workshopId: string): void {
    void this.handlers.open(workshopId, 'method');
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
    this.source.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { choices, hydration } = this;
    this.focusedView = this.shadowRoot?.activeElement?.closest(VIEW_BUTTONS);
    if (!this.hasUpdated && hydration.show()) {
      // The first update draws what the server rendered (prerendered.ts).
    } else if (changed.has('summit') && this.summit !== undefined) {
      this.source.load();
    } else if (
      (changed.has('src') || changed.has('format') || changed.has('feedTimeZone')) &&
      this.summit === undefined
    ) {
      this.source.load();
    }
    if (changed.has('themes') && this.loader.status === 'ready') {
      choices.filter({ themes: knownThemes(this.loader.summit, this.themes) });
    }
    if (changed.has('view') && !(AGENDA_VIEWS as readonly string[]).includes(this.view)) {
      this.view = 'list';
    }
    const summit = this.loader.status === 'ready' ? this.loader.summit : undefined;
    // Zones are read once there is a summit: the page's first use of Intl is costly, and a load
    // worker has paid it by then (the browser's time-zone data is shared by its threads).
    const zone = summit ? this.zone : '';
    // What the list is made from: a new list starts with its first cards again
    // (internal/progressive.ts).
    const sources = () => [
      summit,
      choices.filters,
      this.view,
      zone,
      choices.gridDay,
      choices.hiddenRooms,
    ];
    if (summit && sources().some((source, index) => source !== this.listSources[index])) {
      // The page's first list: its first paint waits for these cards alone.
      const first = !this.listSources[0] && this.view === 'list';
      this.progressive.restart(first ? FIRST_PAINT_CARDS : undefined);
      // The grid shows today during the summit, else the first day, until a tab is chosen.
      if (this.view === 'grid') {
        const days = summitDays(this.memo, summit, zone);
        const instant = hydration.at ?? this.clock.now;
        choices.set({ gridDay: gridDayFor(summit, days, zone, choices.gridDay, instant) });
      }
      this.listSources = sources();
    }
    const { filters, gridDay, hiddenRooms } = choices;
    if (summit && filters.query.trim() !== '') this.engines.wantTextSearch();
    if (summit && hasFilters(filters)) this.engines.wantFilterEngine();
    if (summit && this.view === 'mine') this.modules.want('mine');
    const prerendered = hydration.at !== undefined;
    const narrow = this.width.narrow;
    if (summit && showsGrid({ view: this.view, narrow, prerendered })) this.modules.want('grid');
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
        narrow,
        timeZone: this.timeZone,
        zone,
        localZone: summit && hydration.at === undefined ? localTimeZone() : zone,
        prerendered,
        zoneRow: hydration.zoneRow,
        filters,
        query: this.search.text,
        searching: this.search.typing,
        announced: previous.status === 'ready' ? previous.count : '',
        favorites: this.favorites.ids,
        persistent: this.favorites.persistent,
        favoritesTouched: this.favorites.touched,
        instant: hydration.at ?? this.clock.now,
        limit: this.progressive.limit,
        gridDay,
        hiddenRooms,
        hideFilters: this.hideFilters,
        filtersOpen: this.fold.open,
        compact: this.compact,
        workshopHref: this.workshopHref,
        openId: this.dialog.openId,
        detail: this.dialog.module,
        views: this.modules.views,
        textSearch: this.engines.textSearch,
        filterEngine: loadFilterEngine.arrived,
        changes: this.live.changes,
        updateNotice: this.live.notice,
        refreshFailing: this.live.failing,
        downloadFailed: this.handlers.downloadFailed(),
      },
      this.memo,
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('refresh')) this.live.sync();
    // The grid's button goes as the agenda narrows (toolbar.ts): focus on it goes to the
    // pressed view's button, not to the page.
    if (this.focusedView?.isConnected === false && !this.shadowRoot!.activeElement) {
      this.renderRoot.querySelector<HTMLElement>(`${VIEW_BUTTONS}[aria-pressed="true"]`)?.focus();
    }
  }

  /**
   * Holds an update until what it needs has arrived (a pre-rendered agenda's first update:
   * prerendered.ts; a filter set before the filtering: engines.ts); what the last update drew
   * (the server's HTML of a pre-rendered agenda, the loading state) stays on show meanwhile, so
   * nothing flashes. Any other first update waits for the next task.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    const needs = [...(this.hasUpdated ? [] : this.hydration.needs()), ...this.engines.needs()];
    if (needs.length > 0) await Promise.all(needs);
    // The first update in a task of its own: the task that ran the page's modules, defined the
    // element and upgraded it would otherwise draw the agenda too, over 50 ms on a slow machine.
    else if (!this.hasUpdated) await nextTask();
    return super.scheduleUpdate();
  }

  /**
   * Resolves once a module on its way (a view, the text search, the filtering) has arrived and
   * rendered too.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const arriving = this.engines.arriving();
    if (arriving.length > 0) await Promise.all(arriving);
    return (await this.modules.settled()) || arriving.length > 0 ? super.getUpdateComplete() : done;
  }

  /**
   * What a server's style sheet adds for the last render (prerendered.ts): the grid's styles
   * and positions; `''` for the list.
   * @internal
   */
  get serverStyles(): string {
    return loadPrerendered.arrived?.serverStyles(this.model, this.modules.views) ?? '';
  }

  /** The zone times are shown in. */
  private get zone(): string {
    return resolveTimeZone(this.timeZone, this.loader.summit?.timeZone);
  }

  override render(): TemplateResult {
    const model = this.model;
    const { lang, t } = model;
    const a = this.handlers.actions;
    if (model.status !== 'ready') return renderLoadState(model, a.reload);
    return html`<div part="base" class="base view-${model.view}" lang=${lang} aria-busy="false">
      ${renderToolbar(model.toolbar, t, a)}
      ${model.filters ? renderFilters(model.filters, t, lang, a, this.fold) : nothing}
      <p part="count" class="count" role="status">${model.count}</p>
      <p part="update" class="update" role="status">${model.updateNotice}</p>
      ${model.notice ? html`<p part="notice" class="notice">${t.storageUnavailable}</p>` : nothing}
      ${model.refreshFailing ? html`<p part="notice" class="notice">${t.refreshFailed}</p>` : nothing}
      ${model.downloadFailed ? html`<p part="notice" class="notice" role="alert">${t.downloadFailed}</p>` : nothing}
      <div class="content" @click=${a.cardClick}>
        ${renderContent(model, a, this.modules.views)}
      </div>
      ${renderDialog(model.dialog, { ...model.cards.context, summit: model.summit }, a)}
    </div>`;
  }
}
