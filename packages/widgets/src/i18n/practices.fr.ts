import type { PracticesMessages } from './practices.js';
import { memberKindNames } from './member-kinds.js';

// Typography of Quebec (OQLF): a non-breaking space before the colon and inside « », none
// before ? or !. Written as \u00a0 so no editor swallows it.
// fr-CA groups thousands with a space: 1 000 pratiques.
const count = (value: number) => value.toLocaleString('fr-CA');
const practices = (value: number) => `${count(value)}\u00a0pratique${value > 1 ? 's' : ''}`;

export const practicesFr = {
  bilingual: 'Bilingue',
  inLanguage: (name) => `En ${name}`,
  loading: 'Chargement des pratiques…',
  errorTitle: 'La bibliothèque de pratiques n’a pas pu être affichée',
  errors: {
    'not-found': 'Le fichier des pratiques est introuvable à cette adresse (erreur 404).',
    server: 'Le serveur qui héberge les pratiques éprouve un problème. Réessayez dans un moment.',
    'not-json': 'Le fichier reçu n’est pas un fichier JSON lisible.',
    'not-community':
      'Le fichier reçu n’est ni une communauté de pratique GICS ni un programme de Sommet GICS.',
    network:
      'Impossible de joindre le serveur des pratiques. Vérifiez votre connexion, puis réessayez.',
  },
  retry: 'Réessayer',
  empty: 'Aucune pratique n’a encore été partagée.',
  noMatch: 'Aucune pratique ne correspond à cette recherche ni à ces filtres.',
  clearFilters: 'Effacer les filtres',
  resultCount: (shown, total) =>
    shown === total ? practices(total) : `${count(shown)} sur ${practices(total)}`,
  showMore: (remaining) => `Afficher la suite (encore ${practices(remaining)})`,
  filtersLabel: 'Filtrer les pratiques',
  search: 'Rechercher',
  sort: 'Trier par',
  sorts: { newest: 'Plus récentes d’abord', title: 'Titre (A à Z)' },
  filters: {
    themes: 'Thème',
    languages: 'Langue',
    kinds: 'Type de membre',
    countries: 'Pays',
    years: 'Année',
  },
  showFilters: (picked) => (picked ? `Filtres (${count(picked)})` : 'Filtres'),
  apply: (value) => `Afficher ${practices(value)}`,
  facetCount: (value) => practices(value),
  memberKinds: memberKindNames.fr,
  shared: (date) => `Partagée le ${date}`,
  updated: (date) => `Mise à jour le ${date}`,
  availableIn: (names) => `En ${names}`,
  by: 'Par',
} satisfies PracticesMessages;
