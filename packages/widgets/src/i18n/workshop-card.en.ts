import type { WorkshopCardMessages } from './workshop-card.js';

export const workshopCardEn = {
  formats: {
    workshop: 'Workshop',
    plenary: 'Plenary',
    keynote: 'Keynote',
    talk: 'Talk',
    panel: 'Panel',
    networking: 'Networking',
    other: 'Other',
  },
  bilingual: 'Bilingual',
  inLanguage: (name) => `In ${name}`,
  room: 'Room',
  speakers: 'Speakers',
  happeningNow: 'Happening now',
  cancelled: 'Cancelled',
  favorite: (title) => `Save to my agenda: ${title}`,
} satisfies WorkshopCardMessages;
