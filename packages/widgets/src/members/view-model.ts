/**
 * The directory's view model: everything one render shows, computed once per update in
 * `willUpdate` (`membersViewModel`) and read by the views, which write nothing back.
 *
 *   element state (query, filters, view, place picked on the map, cards allowed, open member…)
 *     → `membersViewModel(input, memo)`: `filterMembers` and `memberFacets` from the core, the
 *       grouping by country, the count, each kept in `MembersMemo` while what it is made from
 *       stays the same object
 *     → `MembersViewModel`, read-only: views (views.ts, detail.ts, map-view.ts) only read it
 *
 * The memo is what keeps a keystroke cheap: a search changes the query, so the filtered list,
 * its facets and its groups are made again, while the lookups of themes are not.
 */
import {
  filterMembers,
  groupMembersByCountry,
  memberFacets,
  memberIndexOf,
  type FacetCount,
  type MemberCountryGroup,
  type MemberFacets,
  type MemberFilter,
  type MemberQuery,
} from '@gics/core/community';
import { localize, type Language, type Member, type Theme } from '@gics/core/summit';
import type { MembersMessages } from '../i18n/members.js';
import { languageOption } from '../internal/language-name.js';
import type { MembersData } from './load.js';
import type { LoadStatus } from '../internal/load-controller.js';
import type { CardsLeftOut } from '../internal/progressive.js';
import type * as DetailModule from './detail.js';
import type * as MapModule from './map-view.js';
import { regionName } from '../internal/region-name.js';
import type { MembersErrorKind, MembersView } from './types.js';

/** The module the dialog's content arrives in. */
export type DetailView = typeof DetailModule;
/** The module the map arrives in. */
export type MapViewModule = typeof MapModule;

/** One picked value per filter; `''` for none. */
export type MemberFilters = { readonly [F in MemberFilter]: string };

export const NO_FILTERS: MemberFilters = { kinds: '', countries: '', themes: '', languages: '' };

/** The handlers the views call. */
export interface MembersActions {
  search: (event: Event) => void;
  setFilter: (filter: MemberFilter, value: string) => void;
  clearFilters: (event?: Event) => void;
  showView: (view: MembersView) => void;
  showMore: () => void;
  cardClick: (event: Event) => void;
  closeDialog: () => void;
  dialogClosed: () => void;
  reload: () => void;
  showAll: () => void;
}

/** Members picked on the map: the list shows them only. */
export interface PlacePick {
  readonly ids: ReadonlySet<string>;
  readonly name: string;
}

/** What the element hands `membersViewModel`. */
export interface MembersInput {
  lang: Language;
  t: MembersMessages;
  status: LoadStatus;
  errorKind?: MembersErrorKind;
  retry: boolean;
  data?: MembersData;
  view: MembersView;
  query: string;
  filters: MemberFilters;
  /** Whether a search is being typed: the count waits for a pause. */
  searching: boolean;
  /** The count the live region said last. */
  announced: string;
  /** Members picked on the map. */
  place?: PlacePick;
  /** How many cards to render for now. */
  limit: number;
  /** Hides the filter panel. */
  hideFilters: boolean;
  /** Whether the filter panel is open where it folds (a narrow directory). */
  filtersOpen: boolean;
  allowRemoteImages: boolean;
  workshopHref: string;
  practiceHref: string;
  openId?: string;
  detail?: DetailView;
  map?: MapViewModule;
}

/** What every card shares. */
export interface CardContext {
  readonly lang: Language;
  readonly t: MembersMessages;
  readonly allowRemoteImages: boolean;
}

/** One filter's select: its options (value, label with count) and the value picked. */
export interface FilterSelect {
  readonly filter: MemberFilter;
  readonly label: string;
  readonly options: ReadonlyArray<readonly [value: string, label: string]>;
  readonly value: string;
}

export interface FiltersModel {
  readonly query: string;
  readonly selects: readonly FilterSelect[];
  readonly active: boolean;
  /** How many selects are set: what the button of a folded panel says. */
  readonly picked: number;
  /** Whether the panel is open where it folds (`FilterFold`, internal/filter-fold.ts). */
  readonly open: boolean;
}

export type ContentModel =
  | { readonly kind: 'empty' }
  | { readonly kind: 'no-match' }
  | { readonly kind: 'list'; readonly members: readonly Member[]; readonly hidden: number }
  | {
      readonly kind: 'countries';
      readonly groups: ReadonlyArray<MemberCountryGroup & { shown: readonly Member[] }>;
      readonly hidden: number;
    };

export interface DialogModel {
  readonly member?: Member;
  readonly detail?: DetailView;
}

export type StateModel = {
  readonly status: Exclude<LoadStatus, 'ready'>;
  readonly lang: Language;
  readonly t: MembersMessages;
  readonly errorKind?: MembersErrorKind;
  readonly retry: boolean;
};

export type ReadyModel = {
  readonly status: 'ready';
  readonly lang: Language;
  readonly t: MembersMessages;
  readonly view: MembersView;
  readonly data: MembersData;
  readonly filters?: FiltersModel;
  readonly count: string;
  /** Every member the search and the filters keep, in order: what the map shows. */
  readonly matching: readonly Member[];
  /** `matching`, narrowed to the place picked on the map: what the list shows. */
  readonly filtered: readonly Member[];
  readonly place?: PlacePick;
  readonly content: ContentModel;
  readonly leftOut: CardsLeftOut;
  readonly cards: CardContext;
  readonly dialog: DialogModel;
  readonly map?: MapViewModule;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly workshopHref: string;
  readonly practiceHref: string;
};

export type MembersViewModel = StateModel | ReadyModel;

/** What the view model keeps from one update to the next while its sources stay the same. */
export class MembersMemo {
  private key: readonly unknown[] = [];
  private value?: { filtered: Member[]; facets: MemberFacets };
  private themesOf?: { source: unknown; map: Map<string, Theme> };
  private groupsOf?: { filtered: unknown; lang: Language; groups: MemberCountryGroup[] };

  /** The filtered members and facets of `query` over `source`. */
  results(source: MembersData['source'], query: MemberQuery, key: readonly unknown[]) {
    if (!this.value || key.some((part, index) => part !== this.key[index])) {
      this.value = { filtered: filterMembers(source, query), facets: memberFacets(source, query) };
      this.key = key;
    }
    return this.value;
  }

  themes(data: MembersData): Map<string, Theme> {
    if (this.themesOf?.source !== data.source) {
      const map = new Map((data.source.themes ?? []).map((theme) => [theme.id, theme]));
      this.themesOf = { source: data.source, map };
    }
    return this.themesOf.map;
  }

  groups(filtered: readonly Member[], lang: Language): MemberCountryGroup[] {
    if (this.groupsOf?.filtered !== filtered || this.groupsOf.lang !== lang) {
      this.groupsOf = { filtered, lang, groups: groupMembersByCountry(filtered, lang) };
    }
    return this.groupsOf.groups;
  }
}

function queryOf(text: string, filters: MemberFilters): MemberQuery {
  const pick = (value: string) => (value ? [value] : undefined);
  return {
    text,
    kinds: pick(filters.kinds) as MemberQuery['kinds'],
    countries: pick(filters.countries),
    themes: pick(filters.themes),
    languages: pick(filters.languages),
  };
}

/** The label of a filter's value, before its count. */
function valueLabel(
  filter: MemberFilter,
  value: string,
  lang: Language,
  t: MembersMessages,
  themes: ReadonlyMap<string, Theme>,
): string {
  switch (filter) {
    case 'kinds':
      return t.memberKinds[value as keyof MembersMessages['memberKinds']] ?? value;
    case 'countries':
      return regionName(value, lang);
    case 'themes': {
      const theme = themes.get(value);
      return theme ? localize(theme.name, lang) : value;
    }
    case 'languages':
      return languageOption(value, lang, { bilingual: '', inLanguage: (name) => name });
  }
}

const FILTER_LABELS = {
  kinds: 'kind',
  countries: 'country',
  themes: 'theme',
  languages: 'language',
} as const satisfies Record<MemberFilter, keyof MembersMessages>;

function filtersModel(
  facets: MemberFacets,
  input: MembersInput,
  themes: ReadonlyMap<string, Theme>,
): FiltersModel {
  const { lang, t, filters } = input;
  const selects: FilterSelect[] = [];
  for (const filter of Object.keys(FILTER_LABELS) as MemberFilter[]) {
    const counts = facets[filter] as Array<FacetCount<string>>;
    const value = filters[filter];
    if (counts.length < 2 && !value) continue;
    const options = counts.map(({ value: option, count }) => {
      const label = t.option(valueLabel(filter, option, lang, t, themes), count);
      return [option, label] as const;
    });
    // Countries and languages read best in alphabetical order of their names in the visitor's
    // language; kinds and themes keep their own order.
    if (filter === 'countries' || filter === 'languages') {
      const collator = new Intl.Collator(lang);
      options.sort((a, b) => collator.compare(a[1], b[1]));
    }
    selects.push({ filter, label: t[FILTER_LABELS[filter]], options, value });
  }
  const active = !!input.query.trim() || Object.values(filters).some(Boolean) || !!input.place;
  const picked = selects.filter((select) => select.value).length;
  return { query: input.query, selects, active, picked, open: input.filtersOpen };
}

/** The view model of one update. */
export function membersViewModel(input: MembersInput, memo: MembersMemo): MembersViewModel {
  const { lang, t, data } = input;
  if (input.status !== 'ready' || !data) {
    return {
      status: input.status === 'ready' ? 'idle' : input.status,
      lang,
      t,
      errorKind: input.errorKind,
      retry: input.retry,
    };
  }
  const { source } = data;
  const themes = memo.themes(data);
  const query = queryOf(input.query, input.filters);
  const { filtered: matching, facets } = memo.results(source, query, [
    source,
    input.query,
    input.filters,
  ]);
  const listed = memberIndexOf(source).members.length;
  const place = input.place;
  const filtered = place ? matching.filter((member) => place.ids.has(member.id)) : matching;
  const count = input.searching
    ? input.announced
    : place
      ? t.nearPlace(filtered.length, place.name)
      : t.resultCount(filtered.length, listed);
  let content: ContentModel;
  let leftOut: CardsLeftOut = { hidden: 0, total: filtered.length, background: false };
  if (listed === 0) content = { kind: 'empty' };
  else if (filtered.length === 0) content = { kind: 'no-match' };
  else if (input.view === 'countries') {
    let room = input.limit;
    const groups = memo.groups(filtered, lang).map((group) => {
      const shown = room > 0 ? group.members.slice(0, room) : [];
      room -= shown.length;
      return { ...group, shown };
    });
    const hidden = Math.max(0, filtered.length - input.limit);
    content = {
      kind: 'countries',
      groups: groups.filter((group) => group.shown.length > 0),
      hidden,
    };
    leftOut = { hidden, total: filtered.length, background: false };
  } else {
    const members = filtered.slice(0, input.limit);
    const hidden = filtered.length - members.length;
    content = { kind: 'list', members, hidden };
    leftOut = { hidden, total: filtered.length, background: false };
  }
  const member = input.openId
    ? memberIndexOf(source).members.find((candidate) => candidate.id === input.openId)
    : undefined;
  return {
    status: 'ready',
    lang,
    t,
    view: input.view,
    data,
    filters: input.hideFilters ? undefined : filtersModel(facets, input, themes),
    count,
    matching,
    filtered,
    place,
    content,
    leftOut,
    cards: { lang, t, allowRemoteImages: input.allowRemoteImages },
    dialog: { member, detail: input.detail },
    map: input.map,
    themes,
    workshopHref: input.workshopHref,
    practiceHref: input.practiceHref,
  };
}
