import type { AgendaDetailMessages } from './agenda-detail.js';
import { memberKindNames } from './member-kinds.js';

export const agendaDetailEn = {
  memberKinds: memberKindNames.en,
  save: 'Save to my agenda',
  when: 'When',
  close: 'Close',
  addToCalendar: 'Add to your calendar',
  downloadIcs: 'Download (.ics)',
  google: 'Google Calendar',
  outlook: 'Outlook',
  workshopPage: 'Workshop page',
  links: 'Links',
  newTab: '(opens in a new tab)',
} satisfies AgendaDetailMessages;
