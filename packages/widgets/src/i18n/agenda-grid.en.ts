import type { AgendaGridMessages } from './agenda-grid.js';

export const agendaGridEn = {
  daysLabel: 'Days',
  time: 'Time',
  roomsShown: 'Rooms shown',
  compact: 'Compact',
  noRoom: 'Elsewhere',
} satisfies AgendaGridMessages;
