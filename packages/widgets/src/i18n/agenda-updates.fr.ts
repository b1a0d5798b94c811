import type { AgendaUpdateMessages } from './agenda-updates.js';

// fr-CA groups thousands with a space: 1 000 ateliers.
const count = (value: number) => value.toLocaleString('fr-CA');

export const agendaUpdatesFr = {
  programmeUpdated: (changes, favorites) => {
    const parts = [
      [changes.moved, 'déplacé'],
      [changes.cancelled, 'annulé'],
      [changes.added, 'ajouté'],
      [changes.removed, 'retiré'],
      [changes.edited, 'modifié'],
    ]
      .filter(([number]) => (number as number) > 0)
      .map(([number, what], index) => {
        const plural = (number as number) > 1 ? 's' : '';
        const noun = index === 0 ? `\u00a0atelier${plural}` : '';
        return `${count(number as number)}${noun} ${what as string}${plural}`;
      });
    const mine = favorites > 0 ? `, dont ${count(favorites)} de vos favoris` : '';
    return `Programme mis à jour\u00a0: ${parts.join(', ')}${mine}.`;
  },
  moved: 'Déplacé',
  movedFrom: (where) => `Déplacé (avant\u00a0: ${where})`,
  addedMark: 'Nouveau',
  editedMark: 'Modifié',
} satisfies AgendaUpdateMessages;
