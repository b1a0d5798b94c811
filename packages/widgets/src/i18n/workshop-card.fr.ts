import type { WorkshopCardMessages } from './workshop-card.js';

// Typography of Quebec (OQLF): a non-breaking space before the colon. Written as \u00a0 so no
// editor swallows it.
export const workshopCardFr = {
  formats: {
    workshop: 'Atelier',
    plenary: 'Plénière',
    keynote: 'Conférence d’ouverture',
    talk: 'Présentation',
    panel: 'Panel',
    networking: 'Réseautage',
    other: 'Autre',
  },
  bilingual: 'Bilingue',
  inLanguage: (name) => `En ${name}`,
  room: 'Salle',
  speakers: 'Animation',
  happeningNow: 'En cours',
  cancelled: 'Annulé',
  favorite: (title) => `Ajouter à mon programme\u00a0: ${title}`,
} satisfies WorkshopCardMessages;
