/**
 * `<gics-practices>`: the element's API and its wiring. The flow, owned by this file:
 *
 *   `.community` / `.practices` set, or `src` changed
 *     → `LoadController` (internal/load-controller.ts) runs `loadCommunity` / `readCommunity` (load.ts):
 *       fetch, tell a community from a summit, read leniently; one load at a time
 *         loading: skeleton, `aria-busy`          error: message + "Try again", `gics-practices-error`
 *     → ready (`accept`): filters cleared, the search prepared in idle slices
 *       (search-preparation.ts), `#practice-<id>` opened; `gics-practices-load` with what was
 *       left out (and one `console.warn`)
 *   every update: `willUpdate` makes one `PracticesViewModel` (view-model.ts) from the
 *     properties and the controllers' state; `render` hands it to the views (views.ts), which
 *     write nothing back
 *   after the render, `ProgressiveRendering` (internal/progressive.ts) plans the cards left
 *     out; `SearchBox` (internal/search-box.ts) holds the count and the facet counts back
 *     while words are typed; `NarrowController` tells small screens, where ticks wait for "Apply"
 *   a card's title → `gics-practice-open` (cancelable) → `PracticeDialog` (detail-dialog.ts):
 *     `#practice-<id>` pushed, `<dialog>.showModal()`; back, forward and closing keep the
 *     address and the dialog in step. With `practice-href`, titles link to the host instead.
 *
 * All library logic (search, filters, facet counts, sorts) comes from `@gics/core/community`;
 * this file only wires it to the DOM. Data is rendered as text, never as HTML.
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
  parseCommunityUnworded,
  PRACTICE_SORTS,
  type Community,
  type PracticeFilter,
  type PracticeFilterValues,
  type PracticeSort,
} from '@gics/core/community';
import { localize } from '@gics/core/summit';
import { GicsPracticeOpenEvent } from '../events/practice-open.js';
import { GicsPracticesErrorEvent } from '../events/practices-error.js';
import { GicsPracticesLoadEvent } from '../events/practices-load.js';
import { practicesMessages } from '../i18n/practices.js';
import { GicsElement } from '../internal/gics-element.js';
import { languageOption } from '../internal/language-name.js';
import { LoadController } from '../internal/load-controller.js';
import { NarrowController } from '../internal/narrow.js';
import { ProgressiveRendering } from '../internal/progressive.js';
import { SearchBox } from '../internal/search-box.js';
import { renderLoadState } from '../internal/state-view.js';
import { regionName } from '../internal/region-name.js';
import { elementStyles } from '../styles/element.styles.js';
import { badgeStyles } from '../theme-badge/theme-badge.styles.js';
import { themeBadgeTemplate } from '../theme-badge/theme-badge-template.js';
import { PracticeDialog, practiceIdFromHash, practiceLink } from './detail-dialog.js';
import { composeSource, loadCommunity, readCommunity, type LoadOutcome } from './load.js';
import { practicesStyles } from './practices.styles.js';
import { SearchPreparation } from './search-preparation.js';
import {
  NO_PICKS,
  PracticesMemo,
  practicesViewModel,
  type Picks,
  type PracticesActions,
  type PracticesViewModel,
} from './view-model.js';
import { renderContent, renderFilters, renderSearch } from './views.js';
import { hrefFromTemplate } from '../internal/href.js';
import { absoluteUrl, pageUrl, StructuredData } from '../internal/structured-data.js';
import { takePrerendered, type Prerendered } from '../internal/inline-data.js';
import { warnLeftOut } from '../internal/left-out.js';
import { clearKeepingFocus } from '../internal/keep-focus.js';

/**
 * Below this width (CSS pixels) the filters fold into a panel whose ticks wait for "Apply"; the
 * styles' container query puts them beside the cards from the same width.
 */
const NARROW = 640;

/**
 * @summary The community's library of good practices: search, filters with counts (theme,
 * language, member type, country, year), newest or A–Z order, and each practice in a dialog
 * with a link of its own, in French and English. Reads a GICS community or summit file.
 *
 * @tag gics-practices
 *
 * @fires {GicsPracticesLoadEvent} gics-practices-load - A library is ready to show; `detail.warnings` lists what was left out.
 * @fires {GicsPracticesErrorEvent} gics-practices-error - The library could not be shown; `detail.kind` says why.
 * @fires {GicsPracticeOpenEvent} gics-practice-open - Before a practice's dialog opens; cancelable.
 *
 * @csspart base - The wrapper around everything.
 * @csspart search - The search box and the sort select.
 * @csspart filters - The filter panel.
 * @csspart count - The result count (a polite live region).
 * @csspart card - Each practice's card.
 * @csspart card-link - Each card's title link.
 * @csspart dialog - The practice's `<dialog>`.
 * @csspart error - The error message.
 *
 * @cssprop --gics-practices-accent - Links, ticked boxes and focused fields. Defaults to `--gics-color-primary`.
 * @cssprop --gics-practices-background - Background behind the cards. Defaults to `--gics-color-surface`.
 * @cssprop --gics-practices-card-width - Narrowest a card gets before the grid drops a column. Defaults to `18em`.
 */
export class GicsPractices extends GicsElement {
  static override styles: CSSResultGroup = [
    GicsElement.styles,
    badgeStyles,
    elementStyles,
    practicesStyles,
  ];

  /** Address of the library's data: a GICS community JSON, or a GICS summit JSON. */
  @property() src = '';

  /** The community (or summit) to show, as an object. Takes precedence over `src`; checked leniently. */
  @property({ attribute: false }) community?: unknown;

  /**
   * Practices to show, as a list: replaces the practices of `.community` (whose themes and members
   * they name), or stands alone. Takes precedence over `src`; checked leniently.
   */
  @property({ attribute: false }) practices?: unknown;

  /** `newest` (last revised or shared first, default) or `title` (A–Z in the visitor's language). */
  @property({ reflect: true }) sort: PracticeSort = 'newest';

  /** Links cards to the host's pages instead of the dialog, e.g. `/practices/{id}`. */
  @property({ attribute: 'practice-href' }) practiceHref = '';

  /**
   * Puts the practices as schema.org JSON-LD (an `ItemList` of `CreativeWork`s) in a
   * `<script type="application/ld+json">` child of the element, where search engines read it.
   */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** Values picked and applied. */
  @state() private picks: Picks = NO_PICKS;
  /** The panel's ticks on small screens, before "Apply". */
  @state() private draft?: Picks;
  @state() private panelOpen = false;

  private readonly structured = new StructuredData(this, () => {
    const community = this.loader.status === 'ready' ? this.loader.data : undefined;
    const lang = this.language;
    const template = this.practiceHref;
    return {
      enabled: this.structuredData && community !== undefined,
      key: [community, lang, template],
      make: ({ practicesStructuredData }) =>
        practicesStructuredData(community!, {
          lang,
          pageUrl: pageUrl(),
          entryUrl: (practice) => absoluteUrl(hrefFromTemplate(template, practice.id)),
        }),
    };
  });
  private readonly loader = new LoadController<LoadOutcome, Community>(
    this,
    (outcome) => outcome.community,
  );
  private readonly search = new SearchBox(this);
  private readonly preparation = new SearchPreparation(this);
  private readonly width = new NarrowController(this, NARROW);
  private readonly dialog = new PracticeDialog(this, (id) => this.follow(id));
  private readonly progressive = new ProgressiveRendering(this, () =>
    this.model.status === 'ready' ? this.model.leftOut : { hidden: 0, total: 0, background: false },
  );
  private readonly memo = new PracticesMemo();
  /** What this update shows; made in `willUpdate`, read by `render` and the controllers. */
  private model: PracticesViewModel = {
    status: 'idle',
    lang: 'en',
    t: practicesMessages.en,
    retry: false,
  };
  /** What the list was made from at the last update: a new list starts from its first cards. */
  private listSources: readonly unknown[] = [];

  /**
   * What a server rendered this library with (`@gics/widgets/ssr` sets it there); in a browser
   * the library reads it from its `<script data-gics-data>` child instead.
   * @internal
   */
  prerendered?: Prerendered;

  /** The community on show, once loaded (for a summit, its themes, members and practices). */
  get loadedCommunity(): Community | undefined {
    return this.loader.data;
  }

  /** Opens a practice's dialog (no effect with `practice-href`, or for an unknown id). */
  open(practiceId: string): void {
    void this.openPractice(practiceId, 'method');
  }

  /** Loads `src` again (what "Try again" does). */
  reload(): void {
    this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const given = this.community !== undefined || this.practices !== undefined;
    // A pre-rendered first update draws what the server drew, whose width it could not know: a
    // narrow library's panel folds in the next update.
    let narrow = this.width.narrow;
    if (!this.hasUpdated && !given && this.showPrerendered()) {
      // The first update draws what the server rendered (showPrerendered).
      narrow = false;
    } else if ((changed.has('community') || changed.has('practices')) && given) this.load();
    else if (changed.has('src') && !given) this.load();
    if (changed.has('sort') && !(PRACTICE_SORTS as readonly string[]).includes(this.sort)) {
      this.sort = 'newest';
    }
    if (!narrow) {
      this.draft = undefined;
      this.panelOpen = false;
    }
    const community = this.loader.status === 'ready' ? this.loader.data : undefined;
    const sources = [community, this.picks, this.search.text, this.sort];
    if (sources.some((source, index) => source !== this.listSources[index])) {
      // A new list starts with its first cards again (internal/progressive.ts).
      this.progressive.restart();
      this.listSources = sources;
    }
    const lang = this.language;
    const t = practicesMessages[lang];
    const previous = this.model;
    this.model = practicesViewModel(
      {
        lang,
        t,
        status: this.loader.status,
        errorKind: this.loader.errorKind,
        retry: !!this.src && !given,
        community,
        text: this.search.text,
        searching: this.search.typing,
        announced: previous.status === 'ready' ? previous.count : '',
        picks: this.picks,
        draft: this.draft,
        sort: this.sort,
        narrow,
        panelOpen: this.panelOpen,
        limit: this.progressive.limit,
        practiceHref: this.practiceHref,
        openId: this.dialog.openId,
        detail: this.dialog.module,
        copied: this.dialog.copied,
        label: (filter, value) => this.label(filter, value),
      },
      this.memo,
    );
  }

  // ── Loading ────────────────────────────────────────────────────────────────────────────

  /**
   * At the first update of a pre-rendered library, shows the community it carries as the server
   * rendered it (every card, nothing picked), so hydration finds the DOM it would draw; the load
   * event and a linked practice follow in the next update. `false` when there is nothing
   * pre-rendered to show.
   */
  private showPrerendered(): boolean {
    const prerendered = takePrerendered(this);
    if (!prerendered) return false;
    const parsed = parseCommunityUnworded(prerendered.data, { mode: 'lenient' });
    if (!parsed.ok) return false;
    const { community } = parsed;
    this.loader.show(community);
    this.progressive.grow(Number.POSITIVE_INFINITY);
    if (isServer) return true;
    void this.updateComplete.then(() => {
      // Every card stays on show: only a list the visitor changes starts again.
      this.progressive.grow(this.progressive.limit);
      this.settled({ ok: true, community, source: 'community', warnings: [] }, this.src);
      // Drawn at its own width from now on (a narrow library folds its panel).
      if (this.width.narrow) this.requestUpdate();
    });
    return true;
  }

  private load(): void {
    const { src } = this;
    const settled = (outcome: LoadOutcome) => this.settled(outcome, src);
    if (this.community !== undefined || this.practices !== undefined) {
      const document = composeSource(this.community, this.practices);
      void this.loader.run(() => readCommunity(document), false, settled);
    } else if (src) {
      void this.loader.run((signal) => loadCommunity(src, { signal }), true, settled);
    } else {
      void this.loader.run(undefined, false, settled);
    }
  }

  private settled(outcome: LoadOutcome, src: string): void {
    const given = this.community !== undefined || this.practices !== undefined;
    if (!outcome.ok) {
      this.emit(
        new GicsPracticesErrorEvent({
          kind: outcome.kind,
          message: practicesMessages[this.language].errors[outcome.kind],
          ...(given ? {} : { src }),
          ...(outcome.status === undefined ? {} : { status: outcome.status }),
          ...(outcome.problems ? { problems: outcome.problems } : {}),
        }),
      );
      return;
    }
    this.picks = NO_PICKS;
    this.draft = undefined;
    this.search.reset();
    this.preparation.prepare(outcome.community);
    warnLeftOut('gics-practices', 'the library', outcome.warnings);
    this.emit(
      new GicsPracticesLoadEvent({
        community: outcome.community,
        source: outcome.source,
        warnings: outcome.warnings,
      }),
    );
    void this.updateComplete.then(() => this.follow(practiceIdFromHash(location.hash)));
  }

  // ── Words ──────────────────────────────────────────────────────────────────────────────

  /** A filter value as the visitor reads it. */
  private label<F extends PracticeFilter>(filter: F, value: PracticeFilterValues[F]): string {
    const lang = this.language;
    const t = practicesMessages[lang];
    switch (filter) {
      case 'themes': {
        const theme = this.loader.data?.themes.find((candidate) => candidate.id === value);
        return theme ? localize(theme.name, lang) : String(value);
      }
      case 'languages':
        return languageOption(String(value), lang, t);
      case 'kinds':
        return t.memberKinds[value as PracticeFilterValues['kinds']];
      case 'countries':
        return regionName(String(value), lang);
      default:
        return String(value);
    }
  }

  // ── Actions ────────────────────────────────────────────────────────────────────────────

  /** The views' event handlers. */
  private readonly actions: PracticesActions = {
    search: (event) => {
      // The list follows every keystroke; the count and the facets wait for a pause (SearchBox).
      this.search.typed((event.target as HTMLInputElement).value);
      this.requestUpdate();
    },
    sort: (event) => {
      this.sort = (event.target as HTMLSelectElement).value as PracticeSort;
    },
    toggle: (filter, value) => {
      const from = this.width.narrow ? (this.draft ?? this.picks) : this.picks;
      const values = from[filter] as ReadonlyArray<string | number>;
      const next = {
        ...from,
        [filter]: values.includes(value)
          ? values.filter((candidate) => candidate !== value)
          : [...values, value],
      } as Picks;
      if (this.width.narrow) this.draft = next;
      else this.picks = next;
    },
    togglePanel: () => {
      this.panelOpen = !this.panelOpen;
      this.draft = undefined;
    },
    apply: () => {
      if (this.draft) this.picks = this.draft;
      this.draft = undefined;
    },
    clearFilters: (event) =>
      clearKeepingFocus(this, event, () => {
        this.search.reset();
        this.picks = NO_PICKS;
        this.draft = undefined;
        this.requestUpdate();
      }),
    showMore: () => this.progressive.grow(),
    cardClick: (event) => {
      const link = (event.target as Element).closest<HTMLElement>('[data-open]');
      if (!link || !plainClick(event)) return;
      event.preventDefault();
      void this.openPractice(link.dataset.open!, 'card', link);
    },
    openRelated: (event, id) => {
      if (!plainClick(event)) return;
      event.preventDefault();
      void this.openPractice(id, 'related');
    },
    closeDialog: this.dialog.close,
    dialogClosed: this.dialog.closed,
    copyLink: () => void this.copyLink(),
    print: () => window.print(),
    reload: () => this.reload(),
  };

  /** Back or forward landed on an address: show the practice it names, or none. */
  private follow(id: string | undefined): void {
    if (id === undefined) {
      if (this.dialog.openId !== undefined) this.dialog.close();
    } else if (id !== this.dialog.openId && this.loader.status === 'ready') {
      void this.openPractice(id, 'link');
    }
  }

  private async openPractice(
    id: string,
    trigger: 'card' | 'related' | 'link' | 'method',
    opener?: HTMLElement,
  ): Promise<void> {
    const practice = this.loader.data?.practices.find((candidate) => candidate.id === id);
    if (!practice || this.practiceHref) return;
    if (!this.emit(new GicsPracticeOpenEvent({ practice, trigger }))) return;
    await this.dialog.show(id, opener, trigger === 'card' || trigger === 'related');
  }

  private async copyLink(): Promise<void> {
    const id = this.dialog.openId;
    if (id === undefined) return;
    const url = practiceLink(id);
    let ok = true;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      ok = false;
    }
    if (this.dialog.openId !== id) return;
    this.dialog.copied = { ok, url };
    this.requestUpdate();
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    const model = this.model;
    const { lang, t } = model;
    if (model.status !== 'ready') return renderLoadState(model, this.actions.reload);
    const a = this.actions;
    const { filters, cards, dialog } = model;
    return html`<div
      part="base"
      class="base${filters.narrow ? ' narrow' : ''}"
      lang=${lang}
      aria-busy="false"
    >
      ${model.community.practices.length ? renderSearch(filters, t, a) : nothing}
      <div class="layout">
        ${model.community.practices.length ? renderFilters(filters, cards, a) : nothing}
        <div class="results">
          <h2 part="count" class="count"><span role="status">${model.count}</span></h2>
          <div class="content" @click=${a.cardClick}>${renderContent(model.content, cards, a)}</div>
        </div>
      </div>
      <dialog part="dialog" class="dialog" aria-labelledby="dialog-title" @close=${a.dialogClosed}>
        ${
          dialog.practice && dialog.detail
            ? dialog.detail.renderPracticeDetail(dialog.practice, {
                t,
                lang,
                practices: model.community.practices,
                themes: cards.themes,
                members: cards.members,
                badge: themeBadgeTemplate,
                copied: dialog.copied,
                close: a.closeDialog,
                copyLink: a.copyLink,
                print: a.print,
                openRelated: a.openRelated,
              })
            : nothing
        }
      </dialog>
    </div>`;
  }
}

/** A primary click without modifier keys: others open the link in a new tab or window. */
function plainClick(event: Event): boolean {
  const mouse = event as MouseEvent;
  return !(mouse.button > 0 || mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.altKey);
}
