import type { AgendaMineMessages } from './agenda-mine.js';

// Typography of Quebec (OQLF): a non-breaking space inside « ». Written as \u00a0 so no editor
// swallows it.
const quote = (text: string) => `«\u00a0${text}\u00a0»`;

export const agendaMineFr = {
  downloadMine: 'Télécharger mon programme (.ics)',
  conflict: (titles) => `Conflit d’horaire avec ${titles.map(quote).join(', ')}`,
  conflictCount: (count) =>
    count === 1
      ? '1\u00a0conflit d’horaire dans votre programme'
      : `${count}\u00a0conflits d’horaire dans votre programme`,
} satisfies AgendaMineMessages;
