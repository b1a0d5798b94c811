import type { AgendaMessages } from './agenda.js';
import { workshopCardEn } from './workshop-card.en.js';

const count = (value: number) => value.toLocaleString('en-CA');

export const agendaEn = {
  ...workshopCardEn,
  loading: 'Loading the agenda…',
  errorTitle: 'The agenda could not be shown',
  errors: {
    'not-found': 'The agenda file was not found at this address (error 404).',
    server: 'The server hosting the agenda is having a problem. Try again in a moment.',
    'not-json': 'The file received is not a readable JSON file.',
    'not-summit':
      'The file received is not a GICS summit agenda, nor a pretalx, frab or Sessionize export we recognize.',
    'no-time-zone':
      'This schedule does not say which time zone its times are in. Give the event’s zone to the agenda, for example <gics-agenda feed-time-zone="Europe/Berlin">.',
    network: 'We could not reach the agenda’s server. Check your connection, then try again.',
  },
  retry: 'Try again',
  empty: 'There are no workshops in the agenda yet.',
  noMatch: 'No workshops match these filters.',
  clearFilters: 'Clear filters',
  resultCount: (shown, total) =>
    shown === total
      ? `${count(total)} workshop${total === 1 ? '' : 's'}`
      : `${count(shown)} of ${count(total)} workshop${total === 1 ? '' : 's'}`,
  showMore: (remaining) =>
    `Show more (${count(remaining)} more workshop${remaining === 1 ? '' : 's'})`,
  filtersLabel: 'Filter workshops',
  showFilters: (set) => (set ? `Filters (${set})` : 'Filters'),
  search: 'Search',
  themes: 'Themes',
  format: 'Format',
  language: 'Language',
  day: 'Day',
  any: { format: 'All', language: 'All', day: 'All', room: 'All' },
  viewsLabel: 'View',
  views: { list: 'List', grid: 'Grid', mine: 'My agenda' },
  timeZoneLabel: 'Times shown in',
  yourTime: 'Your time',
  storageUnavailable:
    'Your browser does not let us keep your choices: your agenda will be forgotten after this visit.',
  mineEmpty: 'Your agenda is empty. Select a workshop’s star to add it.',
  jumpToNow: 'Jump to now',
  removedFromProgramme: 'This workshop is no longer in the programme.',
  refreshFailed:
    'The programme could not be updated. This one stays on screen; trying again shortly.',
  downloadFailed: 'The calendar file could not be prepared. Check your connection, then try again.',
} satisfies AgendaMessages;
