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
  search: 'Search',
  themes: 'Themes',
  format: 'Format',
  language: 'Language',
  day: 'Day',
  any: { format: 'All', language: 'All', day: 'All', room: 'All' },
  memberKinds: {
    cooperative: 'Co-operative',
    mutual: 'Mutual',
    academic: 'Academic',
    individual: 'Individual member',
    other: 'Other',
  },
  viewsLabel: 'View',
  views: { list: 'List', grid: 'Grid', mine: 'My agenda' },
  timeZoneLabel: 'Times shown in',
  yourTime: 'Your time',
  save: 'Save to my agenda',
  storageUnavailable:
    'Your browser does not let us keep your choices: your agenda will be forgotten after this visit.',
  mineEmpty: 'Your agenda is empty. Select a workshop’s star to add it.',
  downloadMine: 'Download my agenda (.ics)',
  conflict: (titles) => `Time conflict with ${titles.map((title) => `“${title}”`).join(', ')}`,
  conflictCount: (count) =>
    count === 1 ? '1 time conflict in your agenda' : `${count} time conflicts in your agenda`,
  jumpToNow: 'Jump to now',
  when: 'When',
  close: 'Close',
  addToCalendar: 'Add to your calendar',
  downloadIcs: 'Download (.ics)',
  google: 'Google Calendar',
  outlook: 'Outlook',
  workshopPage: 'Workshop page',
  links: 'Links',
  newTab: '(opens in a new tab)',
  daysLabel: 'Days',
  time: 'Time',
  roomsShown: 'Rooms shown',
  compact: 'Compact',
  noRoom: 'Elsewhere',
  programmeUpdated: (changes, favorites) => {
    const parts = [
      [changes.moved, 'moved'],
      [changes.cancelled, 'cancelled'],
      [changes.added, 'added'],
      [changes.removed, 'removed'],
      [changes.edited, 'changed'],
    ]
      .filter(([number]) => (number as number) > 0)
      .map(([number, what], index) => {
        const noun = index === 0 ? ` workshop${(number as number) > 1 ? 's' : ''}` : '';
        return `${count(number as number)}${noun} ${what as string}`;
      });
    const mine =
      favorites > 0
        ? `, ${count(favorites)} of them ${favorites > 1 ? 'are' : 'is'} in your agenda`
        : '';
    return `Programme updated: ${parts.join(', ')}${mine}.`;
  },
  movedTo: (where) => `Moved: ${where}`,
  addedMark: 'New',
  editedMark: 'Updated',
  removedFromProgramme: 'This workshop is no longer in the programme.',
  refreshFailed:
    'The programme could not be updated. This one stays on screen; trying again shortly.',
} satisfies AgendaMessages;
