import type { AgendaDetailMessages } from './agenda-detail.js';
import { memberKindNames } from './member-kinds.js';

export const agendaDetailFr = {
  memberKinds: memberKindNames.fr,
  save: 'Ajouter à mon programme',
  when: 'Quand',
  close: 'Fermer',
  addToCalendar: 'Ajouter à votre agenda',
  downloadIcs: 'Télécharger (.ics)',
  google: 'Google Agenda',
  outlook: 'Outlook',
  workshopPage: 'Page de l’atelier',
  links: 'Liens',
  newTab: '(s’ouvre dans un nouvel onglet)',
} satisfies AgendaDetailMessages;
