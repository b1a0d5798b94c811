import type { PracticesDetailMessages } from './practices-detail.js';

export const practicesDetailFr = {
  themes: 'Thèmes',
  sharedOn: 'Date de partage',
  updatedOn: 'Mise à jour',
  languages: 'Langues',
  tags: 'Mots-clés',
  authors: 'Auteurs et autrices',
  links: 'Liens',
  related: 'Pratiques apparentées',
  close: 'Fermer',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  copyFailed: 'Copiez ce lien\u00a0:',
  print: 'Imprimer',
  practicePage: 'Page de la pratique',
  newTab: '(s’ouvre dans un nouvel onglet)',
} satisfies PracticesDetailMessages;
