/**
 * `<gics-members>`: the element's API and its wiring. The flow, owned by this file:
 *
 *   `.community` set, or `src` changed
 *     → `LoadController` (internal/load-controller.ts) runs `loadMembers` / `readMembers` (load.ts): fetch,
 *       detect (community, summit, Murmurations profiles or Index answer), import on demand,
 *       read leniently; one load at a time, the older one aborted
 *         loading: skeleton, `aria-busy`            error: message + "Try again", `gics-members-error`
 *     → ready: `gics-members-load`; the search texts built while the page is idle; `#member-<id>`
 *       opened
 *   every update: `willUpdate` makes one `MembersViewModel` (view-model.ts) from the properties
 *     and the controllers' state; `render` hands it to the views (views.ts; the map, map-view.ts,
 *     and the dialog's content, detail.ts, arrive on demand, modules.ts), which write nothing back
 *   after the render, `ProgressiveRendering` (internal/progressive.ts) plans the cards left out;
 *     `SearchBox` (internal/search-box.ts) holds the count back while words are typed
 *   a card's name or a member's marker → `gics-member-open` (cancelable) → `DetailDialog`
 *     (internal/detail-dialog.ts): `<dialog>.showModal()`, and on closing focus back to what
 *     opened it
 *
 * Only members who may be listed (`isListedMember`) are ever searched, counted, shown or mapped:
 * the core's directory functions leave the others out. Data is rendered as text, never as HTML;
 * images show only from the page's own origin unless `allow-remote-images` is set.
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
import {
  memberIndexOf,
  parseCommunityUnworded,
  prepareMemberSearch,
  type MemberFilter,
} from '@gics/core/community';
import { parseSummitUnworded, type Member } from '@gics/core/summit';
import { GicsMemberOpenEvent } from '../events/member-open.js';
import { GicsMembersErrorEvent } from '../events/members-error.js';
import { GicsMembersLoadEvent } from '../events/members-load.js';
import { membersMessages } from '../i18n/members.js';
import { elementStyles, filterSelectStyles } from '../styles/element.styles.js';
import { DetailDialog } from '../internal/detail-dialog.js';
import { GicsElement } from '../internal/gics-element.js';
import { LoadController } from '../internal/load-controller.js';
import { loadMembers, readMembers, type MembersData, type MembersOutcome } from './load.js';
import { membersStyles } from './members.styles.js';
import { adoptStyles } from '../internal/on-demand.js';
import { ProgressiveRendering } from '../internal/progressive.js';
import { SearchBox } from '../internal/search-box.js';
import { renderLoadState } from '../internal/state-view.js';
import { loadDetail, loadMap } from './modules.js';
import { MEMBERS_VIEWS, type MembersView } from './types.js';
import {
  MembersMemo,
  membersViewModel,
  NO_FILTERS,
  type MapViewModule,
  type MemberFilters,
  type MembersActions,
  type MembersViewModel,
  type PlacePick,
  type ReadyModel,
} from './view-model.js';
import { renderContent, renderDialog, renderFilters, renderToolbar } from './views.js';
import type { MapView, MapWidth } from './map-view.js';
import { pageUrl, StructuredData } from '../internal/structured-data.js';
import { takePrerendered, type Prerendered } from '../internal/inline-data.js';
import { warnLeftOut } from '../internal/left-out.js';
import { clearKeepingFocus } from '../internal/keep-focus.js';
import { filterFold } from '../internal/filter-fold.js';

const HASH_PREFIX = '#member-';

/**
 * @summary The community's member directory: co-operatives, mutuals, academics and people, as
 * cards with search and filters, grouped by country, or on a world map drawn without any
 * third-party request. Reads a GICS community or summit file, or Murmurations profiles.
 *
 * @tag gics-members
 *
 * @fires {GicsMembersLoadEvent} gics-members-load - A directory is ready to show; `detail.warnings` lists what was left out.
 * @fires {GicsMembersErrorEvent} gics-members-error - The directory could not be shown; `detail.kind` says why.
 * @fires {GicsMemberOpenEvent} gics-member-open - Before a member's dialog opens; cancelable.
 *
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - The view switcher.
 * @csspart filters - The search box and filters.
 * @csspart count - The result count (a polite live region).
 * @csspart card - Each member's card.
 * @csspart group-heading - Each country's heading in the view by country.
 * @csspart map - The map, its zoom buttons and markers.
 * @csspart dialog - The member detail `<dialog>`.
 * @csspart error - The error message.
 *
 * @cssprop --gics-members-accent - Pressed buttons, card edges and map markers. Defaults to `--gics-color-primary`.
 * @cssprop --gics-members-background - Background behind the cards and sticky headings. Defaults to `--gics-color-surface`.
 * @cssprop --gics-members-sticky-top - Offset of sticky headings and of the map, e.g. under a fixed site header. Defaults to `0`.
 * @cssprop --gics-members-land - The land on the map.
 * @cssprop --gics-members-sea - The sea on the map.
 */
export class GicsMembers extends GicsElement {
  static override styles: CSSResultGroup = [
    GicsElement.styles,
    elementStyles,
    filterSelectStyles,
    membersStyles,
  ];

  /**
   * Address of the directory's data: a GICS community or summit JSON file, Murmurations
   * profiles, or a Murmurations Index answer (`…/v2/nodes?…`).
   */
  @property() src = '';

  /** The community (or summit) to show, as an object. Takes precedence over `src`; checked leniently. */
  @property({ attribute: false }) community?: unknown;

  /** `list` (default), `countries` (grouped by country) or `map` (the world map beside the list). */
  @property({ reflect: true }) view: MembersView = 'list';

  /** Links a member's workshops to the host's agenda, e.g. `/programme#workshop-{id}`. */
  @property({ attribute: 'workshop-href' }) workshopHref = '';

  /** Links a member's practices to the host's pages, e.g. `/pratiques#practice-{id}`. */
  @property({ attribute: 'practice-href' }) practiceHref = '';

  /**
   * Shows logos and photos from any address. By default only images from the page's own origin
   * are shown, so a data file cannot make visitors' browsers call a third party.
   */
  @property({ attribute: 'allow-remote-images', type: Boolean }) allowRemoteImages = false;

  /**
   * Puts the listed members as schema.org JSON-LD (an `ItemList` of `Person`s, `Organization`s
   * and `Cooperative`s) in a `<script type="application/ld+json">` child of the element, where
   * search engines read it.
   */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** Hides the search box and filters (the view switcher stays). */
  @property({ attribute: 'hide-filters', type: Boolean }) hideFilters = false;

  @state() private filters: MemberFilters = NO_FILTERS;
  @state() private place?: PlacePick;
  @state() private mapView?: MapView;

  private readonly structured = new StructuredData(this, () => {
    const data = this.loader.status === 'ready' ? this.loader.data : undefined;
    const lang = this.language;
    return {
      enabled: this.structuredData && data !== undefined,
      key: [data?.community, lang],
      make: ({ membersStructuredData }) =>
        membersStructuredData(data!.community, { lang, pageUrl: pageUrl() }),
    };
  });
  private readonly loader = new LoadController<MembersOutcome, MembersData>(
    this,
    ({ community, source, summit }) => ({ community, source, summit }),
  );
  private readonly search = new SearchBox(this);
  /** Whether the filter panel is open where it folds (a narrow directory), and its toggle. */
  private readonly fold = filterFold(this);
  private readonly dialog = new DetailDialog(this, loadDetail);
  private readonly progressive = new ProgressiveRendering(this, () =>
    this.model.status === 'ready' ? this.model.leftOut : { hidden: 0, total: 0, background: false },
  );
  private readonly memo = new MembersMemo();
  private model: MembersViewModel = {
    status: 'idle',
    lang: 'en',
    t: membersMessages.en,
    retry: false,
  };
  private listSources: readonly unknown[] = [];
  private map?: MapViewModule;
  private mapWidth?: MapWidth;
  private mapArriving?: Promise<unknown>;
  private readonly onHashChange = () => this.openFromHash();

  /**
   * What a server rendered this directory with (`@gics/widgets/ssr` sets it there): its
   * community, and the summit it came from for a summit file; in a browser the directory reads
   * it from its `<script data-gics-data>` child instead.
   * @internal
   */
  prerendered?: Prerendered;

  /** The community on show, once loaded. */
  get loadedCommunity() {
    return this.loader.data?.community;
  }

  /** Opens a member's dialog (no effect for an unknown or unlisted id). */
  open(memberId: string): void {
    void this.openMember(memberId, 'method');
  }

  /** Loads `src` again (what "Try again" does). */
  reload(): void {
    this.load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.community === undefined && this.showPrerendered()) {
      // The first update draws what the server rendered (showPrerendered).
    } else if (changed.has('community') && this.community !== undefined) this.load();
    else if (changed.has('src') && this.community === undefined) this.load();
    if (changed.has('view') && !(MEMBERS_VIEWS as readonly string[]).includes(this.view)) {
      this.view = 'list';
    }
    const data = this.loader.status === 'ready' ? this.loader.data : undefined;
    if (data) {
      const sources = [data, this.search.text, this.filters, this.view, this.place];
      if (sources.some((source, index) => source !== this.listSources[index])) {
        this.progressive.restart();
        this.listSources = sources;
      }
      if (this.view === 'map') this.wantMap();
    }
    const lang = this.language;
    const previous = this.model;
    this.model = membersViewModel(
      {
        lang,
        t: membersMessages[lang],
        status: this.loader.status,
        errorKind: this.loader.errorKind,
        retry: !!this.src && this.community === undefined,
        data,
        view: this.view,
        query: this.search.text,
        filters: this.filters,
        searching: this.search.typing,
        announced: previous.status === 'ready' ? previous.count : '',
        place: this.place,
        limit: this.progressive.limit,
        hideFilters: this.hideFilters,
        filtersOpen: this.fold.open,
        allowRemoteImages: this.allowRemoteImages,
        workshopHref: this.workshopHref,
        practiceHref: this.practiceHref,
        openId: this.dialog.openId,
        detail: this.dialog.module,
        map: this.map,
      },
      this.memo,
    );
  }

  /** Resolves once the map's module, when it is on its way, has arrived and rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.mapArriving) return done;
    await this.mapArriving;
    return super.getUpdateComplete();
  }

  // ── Loading ────────────────────────────────────────────────────────────────────────────

  /**
   * At the first update of a pre-rendered directory, shows the members it carries as the
   * server rendered them (the list, nothing searched or filtered), so hydration finds the DOM it
   * would draw; the load event and a linked member follow in the next update. `false` when
   * there is nothing pre-rendered to show.
   */
  private showPrerendered(): boolean {
    const prerendered = takePrerendered(this);
    const carried = prerendered?.data as { community?: unknown; summit?: unknown } | undefined;
    if (!carried) return false;
    const community = parseCommunityUnworded(carried.community, { mode: 'lenient' });
    if (!community.ok) return false;
    const parsedSummit =
      carried.summit === undefined
        ? undefined
        : parseSummitUnworded(carried.summit, { mode: 'lenient' });
    const summit = parsedSummit?.ok ? parsedSummit.summit : undefined;
    const data: MembersData = {
      community: community.community,
      source: summit ?? community.community,
      ...(summit ? { summit } : {}),
    };
    this.loader.show(data);
    this.progressive.grow(Number.POSITIVE_INFINITY);
    if (isServer) return true;
    void this.updateComplete.then(() => {
      // Every card stays on show: only a list the visitor changes starts again.
      this.progressive.grow(this.progressive.limit);
      const format = summit ? 'summit' : 'community';
      this.settled({ ok: true, format, warnings: [], ...data }, this.src);
    });
    return true;
  }

  private load(): void {
    const { community, src } = this;
    const settled = (outcome: MembersOutcome) => this.settled(outcome, src);
    if (community !== undefined) {
      void this.loader.run(() => readMembers(community), false, settled);
    } else if (src) {
      void this.loader.run((signal) => loadMembers(src, signal), true, settled);
    } else {
      void this.loader.run(undefined, false, settled);
    }
  }

  private settled(outcome: MembersOutcome, src: string): void {
    if (!outcome.ok) {
      this.emit(
        new GicsMembersErrorEvent({
          kind: outcome.kind,
          message: membersMessages[this.language].errors[outcome.kind],
          ...(this.community === undefined ? { src } : {}),
          ...(outcome.status === undefined ? {} : { status: outcome.status }),
          ...(outcome.problems ? { problems: outcome.problems } : {}),
        }),
      );
      return;
    }
    this.search.text = '';
    this.filters = NO_FILTERS;
    this.place = undefined;
    const { source } = outcome;
    warnLeftOut('gics-members', 'the directory', outcome.warnings);
    this.emit(
      new GicsMembersLoadEvent({
        community: outcome.community,
        format: outcome.format,
        listed: memberIndexOf(source).members.length,
        warnings: outcome.warnings,
      }),
    );
    // The search texts are built while the page is idle, after the first screen.
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
    idle(() => {
      if (this.loader.data?.source === source) prepareMemberSearch(source);
    });
    void this.updateComplete.then(() => this.openFromHash());
  }

  // ── The map ────────────────────────────────────────────────────────────────────────────

  private wantMap(): void {
    if (this.map || this.mapArriving) return;
    this.mapArriving = loadMap()
      .then((module) => {
        this.map = module;
        adoptStyles(this.shadowRoot, module.mapStyles);
        this.mapWidth = new module.MapWidth(this);
        this.requestUpdate();
      })
      // Asked for again the next time the map is shown.
      .catch(() => undefined)
      .finally(() => (this.mapArriving = undefined));
  }

  // ── Actions ────────────────────────────────────────────────────────────────────────────

  private readonly actions: MembersActions = {
    search: (event) => {
      // The list follows every keystroke; the count waits for a pause (SearchBox).
      this.search.typed((event.target as HTMLInputElement).value);
      this.place = undefined;
      this.requestUpdate();
    },
    setFilter: (filter: MemberFilter, value: string) => {
      this.filters = { ...this.filters, [filter]: value };
      this.place = undefined;
    },
    clearFilters: (event) =>
      clearKeepingFocus(this, event, () => {
        // The text only: a count still waiting for the pause keeps waiting.
        this.search.text = '';
        this.filters = NO_FILTERS;
        this.place = undefined;
        this.requestUpdate();
      }),
    showView: (view) => (this.view = view),
    showMore: () => this.progressive.grow(),
    cardClick: (event) => {
      const opener = (event.target as Element).closest<HTMLElement>('[data-open]');
      if (opener) void this.openMember(opener.dataset.open!, 'card', opener);
    },
    closeDialog: this.dialog.close,
    dialogClosed: () => {
      // Another member opened since this one closed: the `close` event arrives a task later.
      if (this.renderRoot.querySelector('dialog')?.open) return;
      if (location.hash === `${HASH_PREFIX}${this.dialog.openId}`) {
        history.replaceState(history.state, '', location.pathname + location.search);
      }
      this.dialog.closed();
    },
    reload: () => this.reload(),
    showAll: () => (this.place = undefined),
  };

  private openFromHash(): void {
    if (!location.hash.startsWith(HASH_PREFIX)) return;
    const id = decodeURIComponent(location.hash.slice(HASH_PREFIX.length));
    if (id && id !== this.dialog.openId) void this.openMember(id, 'link');
  }

  private findMember(id: string): Member | undefined {
    const data = this.loader.data;
    return data ? memberIndexOf(data.source).members.find((member) => member.id === id) : undefined;
  }

  private async openMember(
    id: string,
    trigger: 'card' | 'marker' | 'link' | 'method',
    opener?: HTMLElement,
  ): Promise<void> {
    const member = this.findMember(id);
    if (!member || this.loader.status !== 'ready') return;
    if (!this.emit(new GicsMemberOpenEvent({ member, trigger }))) return;
    await this.dialog.show(id, opener);
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    const model = this.model;
    const { lang } = model;
    if (model.status !== 'ready') return renderLoadState(model, this.actions.reload);
    const a = this.actions;
    return html`<div part="base" class="base view-${model.view}" lang=${lang} aria-busy="false">
      ${renderToolbar(model, a)}
      ${model.filters ? renderFilters(model.filters, model.t, a, this.fold) : nothing}
      <h2 part="count" class="count"><span role="status">${model.count}</span></h2>
      ${model.view === 'map' ? this.renderMapView(model) : this.renderList(model)}
      ${renderDialog(model, a)}
    </div>`;
  }

  private renderList(model: ReadyModel): TemplateResult {
    return html`<div class="content" @click=${this.actions.cardClick}>
      ${this.renderPlacePick(model)} ${renderContent(model.content, model, this.actions)}
    </div>`;
  }

  private renderPlacePick(model: ReadyModel): TemplateResult | typeof nothing {
    return model.place
      ? html`<p class="place-pick">
          <button type="button" class="action" @click=${this.actions.showAll}>
            ${model.t.showAll}
          </button>
        </p>`
      : nothing;
  }

  /** The map with every member the search and filters keep, and the list beside it. */
  private renderMapView(model: ReadyModel): TemplateResult {
    const map = model.map;
    return html`<div class="map-layout">
      ${
        map
          ? map.renderMap(model.matching, {
              lang: model.lang,
              view: this.mapView ?? map.WORLD_VIEW,
              width: this.mapWidth?.width ?? 0,
              setView: (view) => (this.mapView = view),
              openMember: (member, opener) => void this.openMember(member.id, 'marker', opener),
              pickPlace: (picked, name) =>
                (this.place = { ids: new Set(picked.map((member) => member.id)), name }),
            })
          : html`<p class="map-loading">${model.t.mapLoading}</p>`
      }
      ${this.renderList(model)}
    </div>`;
  }
}
