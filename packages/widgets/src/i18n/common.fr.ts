import type { CommonMessages } from './common.js';

export const commonFr = {
  retry: 'Réessayer',
  newTab: '(s’ouvre dans un nouvel onglet)',
} satisfies CommonMessages;
