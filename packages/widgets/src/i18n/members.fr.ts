import type { MembersMessages } from './members.js';
import { memberKindNames } from './member-kinds.js';

// Typography of Quebec (OQLF): a non-breaking space before the colon and inside « ».
// fr-CA groups thousands with a space: 1 000 membres.
const count = (value: number) => value.toLocaleString('fr-CA');
const members = (value: number) => `${count(value)}\u00a0membre${value > 1 ? 's' : ''}`;

export const membersFr = {
  loading: 'Chargement de l’annuaire…',
  errorTitle: 'L’annuaire n’a pas pu être affiché',
  errors: {
    'not-found': 'Le fichier de l’annuaire est introuvable à cette adresse (erreur 404).',
    server: 'Le serveur qui héberge l’annuaire éprouve un problème. Réessayez dans un moment.',
    'not-json': 'Le fichier reçu n’est pas un fichier JSON lisible.',
    'not-community':
      'Le fichier reçu n’est ni une communauté ni un Sommet GICS, ni une réponse de l’index Murmurations.',
    network:
      'Impossible de joindre le serveur de l’annuaire. Vérifiez votre connexion, puis réessayez.',
  },
  retry: 'Réessayer',
  empty: 'Aucun membre n’apparaît encore dans l’annuaire.',
  noMatch: 'Aucun membre ne correspond à ces filtres.',
  clearFilters: 'Effacer les filtres',
  resultCount: (shown, total) =>
    shown === total ? members(total) : `${members(shown)} sur ${count(total)}`,
  showMore: (remaining) => `Afficher la suite (encore ${members(remaining)})`,
  filtersLabel: 'Filtrer les membres',
  showFilters: (set) => (set ? `Filtres (${set})` : 'Filtres'),
  search: 'Rechercher',
  kind: 'Type',
  country: 'Pays',
  place: 'Lieu',
  theme: 'Thème',
  language: 'Langue',
  any: { kinds: 'Tous', countries: 'Tous', themes: 'Tous', languages: 'Toutes' },
  option: (label, value) => `${label} (${count(value)})`,
  memberKinds: memberKindNames.fr,
  viewsLabel: 'Affichage',
  views: { list: 'Liste', countries: 'Par pays', map: 'Carte' },
  noCountry: 'Pays non précisé',
  memberCount: members,
  speaks: 'Langues',
  tags: 'Mots-clés',
  mapLoading: 'Chargement de la carte…',
  nearPlace: (value, place) => `${members(value)} près de ${place}`,
  showAll: 'Afficher tous les membres',
} satisfies MembersMessages;
