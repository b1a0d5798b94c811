import type { PracticesMessages } from './practices.js';
import { memberKindNames } from './member-kinds.js';

const count = (value: number) => value.toLocaleString('en-CA');
const practices = (value: number) => `${count(value)} practice${value === 1 ? '' : 's'}`;

export const practicesEn = {
  bilingual: 'Bilingual',
  inLanguage: (name) => `In ${name}`,
  loading: 'Loading the practices…',
  errorTitle: 'The practices library could not be shown',
  errors: {
    'not-found': 'The practices file was not found at this address (error 404).',
    server: 'The server hosting the practices is having a problem. Try again in a moment.',
    'not-json': 'The file received is not a readable JSON file.',
    'not-community': 'The file received is neither a GICS community of practice nor a GICS summit.',
    network: 'We could not reach the practices’ server. Check your connection, then try again.',
  },
  retry: 'Try again',
  empty: 'No practices have been shared yet.',
  noMatch: 'No practices match this search and these filters.',
  clearFilters: 'Clear filters',
  resultCount: (shown, total) =>
    shown === total ? practices(total) : `${count(shown)} of ${practices(total)}`,
  showMore: (remaining) => `Show more (${practices(remaining)} more)`,
  filtersLabel: 'Filter practices',
  search: 'Search',
  sort: 'Sort by',
  sorts: { newest: 'Newest first', title: 'Title (A to Z)' },
  filters: {
    themes: 'Theme',
    languages: 'Language',
    kinds: 'Member type',
    countries: 'Country',
    years: 'Year',
  },
  showFilters: (picked) => (picked ? `Filters (${count(picked)})` : 'Filters'),
  apply: (value) => `Show ${practices(value)}`,
  facetCount: (value) => practices(value),
  memberKinds: memberKindNames.en,
  shared: (date) => `Shared ${date}`,
  updated: (date) => `Updated ${date}`,
  availableIn: (names) => `In ${names}`,
  by: 'By',
} satisfies PracticesMessages;
