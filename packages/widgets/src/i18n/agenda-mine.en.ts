import type { AgendaMineMessages } from './agenda-mine.js';

export const agendaMineEn = {
  downloadMine: 'Download my agenda (.ics)',
  conflict: (titles) => `Time conflict with ${titles.map((title) => `“${title}”`).join(', ')}`,
  conflictCount: (count) =>
    count === 1 ? '1 time conflict in your agenda' : `${count} time conflicts in your agenda`,
} satisfies AgendaMineMessages;
