import type { MembersDetailMessages } from './members-detail.js';

export const membersDetailFr = {
  close: 'Fermer',
  website: 'Site Web',
  links: 'Liens',
  workshops: 'Ateliers animés',
  practices: 'Pratiques partagées',
  newTab: '(s’ouvre dans un nouvel onglet)',
} satisfies MembersDetailMessages;
