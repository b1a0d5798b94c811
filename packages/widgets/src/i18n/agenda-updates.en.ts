import type { AgendaUpdateMessages } from './agenda-updates.js';

const count = (value: number) => value.toLocaleString('en-CA');

export const agendaUpdatesEn = {
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
  moved: 'Moved',
  movedFrom: (where) => `Moved (previously ${where})`,
  addedMark: 'New',
  editedMark: 'Updated',
} satisfies AgendaUpdateMessages;
