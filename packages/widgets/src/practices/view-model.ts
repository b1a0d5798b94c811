/**
 * The library's view model: everything one render shows, computed once per update in
 * `willUpdate` (`practicesViewModel`) and read by the views (views.ts, dialog.ts), which write
 * nothing back. The progressive renderer reads the same model after the render.
 *
 *   element state (applied filters, the panel's ticks, words, sort, cards allowed…)
 *     → `practicesViewModel(input, memo)`: the practices the filters let through, in the sort's
 *       order, the facets with their counts, the cards of the first ones
 *     → `PracticesViewModel`, read-only in its types
 *
 * The memo keeps a keystroke cheap at thousands of practices: the sorted library is made once
 * per sort and language, a query keeps its order by walking it; facet counts wait for the
 * visitor to stop typing (their last counts show meanwhile), as the live count does.
 */
import {
  filterPractices,
  practiceFacets,
  practiceIndexOf,
  sortPractices,
  type Community,
  type FacetCount,
  type PracticeFacets,
  type PracticeFilter,
  type PracticeFilterValues,
  type PracticeQuery,
  type PracticeSort,
} from '@gics/core/community';
import type { Language, Member, Practice, Theme } from '@gics/core/summit';
import type { PracticesMessages } from '../i18n/practices.js';
import { BACKGROUND_RENDER_LIMIT, type CardsLeftOut } from '../internal/progressive.js';
import type { LoadStatus } from '../internal/load-controller.js';
import type * as DetailModule from './detail.js';
import type { PracticesErrorKind } from './types.js';

/** The module the dialog's content arrives in. */
export type DetailView = typeof DetailModule;

/** The values picked in each filter. */
export type Picks = { readonly [F in PracticeFilter]: ReadonlyArray<PracticeFilterValues[F]> };

/** No value picked. */
export const NO_PICKS: Picks = { themes: [], languages: [], kinds: [], countries: [], years: [] };

/** How many values `picks` holds in all. */
export function pickCount(picks: Picks): number {
  return Object.values(picks).reduce((sum, values) => sum + values.length, 0);
}

/** What every card of a render shares. */
export interface CardsModel {
  readonly lang: Language;
  readonly t: PracticesMessages;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly members: ReadonlyMap<string, Member>;
  /** `practice-href`: titles link there (`{id}` replaced) rather than opening the dialog. */
  readonly hrefTemplate: string;
}

/** One filter of the panel: its values with their counts and labels. */
export interface FacetModel<F extends PracticeFilter = PracticeFilter> {
  readonly filter: F;
  readonly values: ReadonlyArray<FacetCount<PracticeFilterValues[F]> & { label: string }>;
}

/** The search box, the sort and the filter panel. */
export interface FiltersModel {
  /** What the search box holds. */
  readonly text: string;
  readonly sort: PracticeSort;
  /** Every filter with a choice to make (two values or more, or one picked). */
  readonly facets: readonly FacetModel[];
  /** Values picked and applied. */
  readonly picked: number;
  /** Whether words or values are set ("Clear filters" is offered). */
  readonly active: boolean;
  /** Small screens: the panel opens with a button and applies its ticks with another. */
  readonly narrow: boolean;
  readonly open: boolean;
  /** Small screens: how many practices the ticks would show. */
  readonly pending: number;
}

/** What the content area shows. */
export type ContentModel =
  | { readonly kind: 'empty' }
  | { readonly kind: 'no-match' }
  | {
      readonly kind: 'list';
      /** The cards rendered for now. */
      readonly practices: readonly Practice[];
      readonly hidden: number;
      /** Whether a "show more" button ends the list (too many to complete in the background). */
      readonly showMore: boolean;
    };

/** Loading, an error, or nothing to show yet. */
export interface StateModel {
  readonly status: Exclude<LoadStatus, 'ready'>;
  readonly lang: Language;
  readonly t: PracticesMessages;
  readonly errorKind?: PracticesErrorKind;
  /** Whether "Try again" is offered. */
  readonly retry: boolean;
}

/** The detail dialog. */
export interface DialogModel {
  readonly practice?: Practice;
  readonly detail?: DetailView;
  /** What "copy link" said, when it was pressed. */
  readonly copied?: { readonly ok: boolean; readonly url: string };
}

/** A library on show. */
export interface ReadyModel {
  readonly status: 'ready';
  readonly lang: Language;
  readonly t: PracticesMessages;
  readonly community: Community;
  /** The practices the filters let through, in the sort's order. */
  readonly results: readonly Practice[];
  /** The count in the live region. */
  readonly count: string;
  readonly filters: FiltersModel;
  readonly content: ContentModel;
  readonly cards: CardsModel;
  readonly dialog: DialogModel;
  readonly leftOut: CardsLeftOut;
}

export type PracticesViewModel = StateModel | ReadyModel;

/** What the view model is made from: the element's properties and its controllers' state. */
export interface PracticesInput {
  readonly lang: Language;
  readonly t: PracticesMessages;
  readonly status: LoadStatus;
  readonly errorKind: PracticesErrorKind | undefined;
  readonly retry: boolean;
  readonly community: Community | undefined;
  /** The words the list follows. */
  readonly text: string;
  /** Whether the visitor typed within the last moments (counts wait). */
  readonly searching: boolean;
  /** The count announced by the previous render. */
  readonly announced: string;
  readonly picks: Picks;
  /** The panel's ticks on small screens, before "Apply"; `undefined` when none differ. */
  readonly draft: Picks | undefined;
  readonly sort: PracticeSort;
  readonly narrow: boolean;
  readonly panelOpen: boolean;
  readonly limit: number;
  readonly practiceHref: string;
  readonly openId: string | undefined;
  readonly detail: DetailView | undefined;
  readonly copied: DialogModel['copied'];
  /** Names a filter's value for the visitor (a country, a language…). */
  readonly label: <F extends PracticeFilter>(filter: F, value: PracticeFilterValues[F]) => string;
}

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

/** Values derived from the community, kept between updates while their sources stay the same. */
export class PracticesMemo {
  readonly sorted = new Memo<readonly Practice[]>();
  readonly results = new Memo<readonly Practice[]>();
  readonly facets = new Memo<PracticeFacets>();
  readonly pending = new Memo<number>();
  readonly lookups = new Memo<{
    themes: Map<string, Theme>;
    members: ReadonlyMap<string, Member>;
  }>();
  /** The facets last shown, kept while the visitor types. */
  shownFacets?: PracticeFacets;
}

/** The query of `picks` and `text`. */
export function queryOf(picks: Picks, text: string): PracticeQuery {
  return { ...picks, text };
}

function hasPicks(picks: Picks): boolean {
  return pickCount(picks) > 0;
}

/** The practices `query` lets through, in `sorted`'s order. */
function resultsOf(community: Community, sorted: readonly Practice[], query: PracticeQuery) {
  if (!(query.text ?? '').trim() && !hasPicks(query as Picks)) return sorted;
  const matches = new Set(filterPractices(community, query));
  return sorted.filter((practice) => matches.has(practice));
}

/** The view model of one update: a pure function of `input`, `memo` keeping what has not changed. */
export function practicesViewModel(input: PracticesInput, memo: PracticesMemo): PracticesViewModel {
  const { lang, t, community } = input;
  if (!community || input.status !== 'ready') {
    return {
      status: input.status === 'ready' ? 'idle' : input.status,
      lang,
      t,
      retry: input.retry,
      ...(input.errorKind ? { errorKind: input.errorKind } : {}),
    };
  }
  const { picks, text, sort } = input;
  const sorted = memo.sorted.get([community, sort, lang], () =>
    sortPractices(community.practices, sort, lang),
  );
  const results = memo.results.get([sorted, picks, text], () =>
    resultsOf(community, sorted, queryOf(picks, text)),
  );
  // The panel counts what its ticks would show: the draft's on small screens.
  const ticks = input.narrow && input.draft ? input.draft : picks;
  let facets = memo.shownFacets;
  if (!input.searching || !facets) {
    facets = memo.facets.get([community, ticks, text], () =>
      practiceFacets(community, queryOf(ticks, text)),
    );
    memo.shownFacets = facets;
  }
  const pending =
    input.narrow && input.draft
      ? memo.pending.get(
          [community, input.draft, text],
          () => resultsOf(community, community.practices, queryOf(input.draft!, text)).length,
        )
      : results.length;
  const { themes, members } = memo.lookups.get([community], () => ({
    themes: new Map(community.themes.map((theme) => [theme.id, theme])),
    members: practiceIndexOf(community).members,
  }));
  const total = community.practices.length;
  const shown = results.slice(0, input.limit);
  const hidden = results.length - shown.length;
  const content: ContentModel =
    total === 0
      ? { kind: 'empty' }
      : results.length === 0
        ? { kind: 'no-match' }
        : {
            kind: 'list',
            practices: shown,
            hidden,
            showMore: hidden > 0 && results.length > BACKGROUND_RENDER_LIMIT,
          };
  const open = input.openId
    ? community.practices.find((practice) => practice.id === input.openId)
    : undefined;
  return {
    status: 'ready',
    lang,
    t,
    community,
    results,
    // While a search is typed the live region keeps its last words: screen readers would
    // otherwise read a count per keystroke.
    count:
      input.searching && input.announced ? input.announced : t.resultCount(results.length, total),
    filters: {
      text,
      sort,
      facets: facetModels(facets, input.label, lang),
      picked: pickCount(picks),
      active: text.trim() !== '' || hasPicks(picks),
      narrow: input.narrow,
      open: input.panelOpen,
      pending,
    },
    content,
    cards: { lang, t, themes, members, hrefTemplate: input.practiceHref },
    dialog: {
      ...(open ? { practice: open } : {}),
      ...(input.detail ? { detail: input.detail } : {}),
      ...(input.copied ? { copied: input.copied } : {}),
    },
    leftOut: { hidden, total: results.length, background: false },
  };
}

/**
 * Filters whose values are names (a language, a country): listed in the alphabetical order of
 * those names in the visitor's language, as they read them. Themes keep the community's order,
 * member kinds theirs, years the newest first.
 */
const NAMED_FILTERS: ReadonlySet<PracticeFilter> = new Set(['languages', 'countries']);

const nameCollators = new Map<Language, Intl.Collator>();

/** The filters worth showing, each value named. */
function facetModels(
  facets: PracticeFacets,
  label: PracticesInput['label'],
  lang: Language,
): readonly FacetModel[] {
  const models: FacetModel[] = [];
  for (const filter of Object.keys(facets) as PracticeFilter[]) {
    const values = facets[filter] as Array<FacetCount<PracticeFilterValues[typeof filter]>>;
    if (values.length < 2 && !values.some((value) => value.selected)) continue;
    const named = values.map((value) => ({ ...value, label: label(filter, value.value) }));
    if (NAMED_FILTERS.has(filter)) {
      let collator = nameCollators.get(lang);
      if (!collator) nameCollators.set(lang, (collator = new Intl.Collator(lang)));
      named.sort((a, b) => collator.compare(a.label, b.label));
    }
    models.push({ filter, values: named } as FacetModel);
  }
  return models;
}

/** What the views ask the element to do: its event handlers, made once per element. */
export interface PracticesActions {
  search(event: Event): void;
  sort(event: Event): void;
  /** A filter value ticked or unticked: applied at once, or kept for "Apply" on small screens. */
  toggle(filter: PracticeFilter, value: string | number): void;
  togglePanel(): void;
  apply(): void;
  clearFilters(event?: Event): void;
  showMore(): void;
  /** One listener for every card: titles open the dialog. */
  cardClick(event: Event): void;
  /** A related practice in the dialog. */
  openRelated(event: Event, id: string): void;
  closeDialog(): void;
  dialogClosed(): void;
  copyLink(): void;
  print(): void;
  reload(): void;
}
