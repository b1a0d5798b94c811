import type { MembersMessages } from './members.js';
import { memberKindNames } from './member-kinds.js';

const count = (value: number) => value.toLocaleString('en-CA');
const members = (value: number) => `${count(value)} member${value === 1 ? '' : 's'}`;

export const membersEn = {
  loading: 'Loading the directory…',
  errorTitle: 'The directory could not be shown',
  errors: {
    'not-found': 'The directory file was not found at this address (error 404).',
    server: 'The server hosting the directory is having a problem. Try again in a moment.',
    'not-json': 'The file received is not a readable JSON file.',
    'not-community':
      'The file received is neither a GICS community nor a GICS summit, nor an answer of the Murmurations index.',
    network: 'The directory’s server could not be reached. Check your connection, then try again.',
  },
  retry: 'Try again',
  empty: 'No member is in the directory yet.',
  noMatch: 'No member matches these filters.',
  clearFilters: 'Clear filters',
  resultCount: (shown, total) =>
    shown === total ? members(total) : `${members(shown)} of ${count(total)}`,
  showMore: (remaining) => `Show more (${members(remaining)} to go)`,
  filtersLabel: 'Filter the members',
  showFilters: (set) => (set ? `Filters (${set})` : 'Filters'),
  search: 'Search',
  kind: 'Kind',
  country: 'Country',
  place: 'Place',
  theme: 'Theme',
  language: 'Language',
  any: { kinds: 'Any', countries: 'Any', themes: 'Any', languages: 'Any' },
  option: (label, value) => `${label} (${count(value)})`,
  memberKinds: memberKindNames.en,
  viewsLabel: 'View',
  views: { list: 'List', countries: 'By country', map: 'Map' },
  noCountry: 'Country not given',
  memberCount: members,
  speaks: 'Languages',
  tags: 'Keywords',
  mapLoading: 'Loading the map…',
  nearPlace: (value, place) => `${members(value)} near ${place}`,
  showAll: 'Show every member',
} satisfies MembersMessages;
