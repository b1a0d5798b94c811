import type { AgendaGridMessages } from './agenda-grid.js';

export const agendaGridFr = {
  daysLabel: 'Jours',
  time: 'Heure',
  roomsShown: 'Salles affichées',
  compact: 'Affichage compact',
  noRoom: 'Autre lieu',
} satisfies AgendaGridMessages;
