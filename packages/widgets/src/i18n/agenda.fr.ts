import type { AgendaMessages } from './agenda.js';
import { workshopCardFr } from './workshop-card.fr.js';

// Typography of Quebec (OQLF): a non-breaking space before the colon, none before ? or !.
// Written as \u00a0 so no editor swallows it.
// fr-CA groups thousands with a space: 1 000 ateliers.
const count = (value: number) => value.toLocaleString('fr-CA');

export const agendaFr = {
  ...workshopCardFr,
  loading: 'Chargement du programme…',
  errorTitle: 'Le programme n’a pas pu être affiché',
  errors: {
    'not-found': 'Le fichier du programme est introuvable à cette adresse (erreur 404).',
    server: 'Le serveur qui héberge le programme éprouve un problème. Réessayez dans un moment.',
    'not-json': 'Le fichier reçu n’est pas un fichier JSON lisible.',
    'not-summit':
      'Le fichier reçu n’est pas un programme de Sommet GICS, ni un export pretalx, frab ou Sessionize reconnu.',
    'no-time-zone':
      'Ce programme n’indique pas le fuseau horaire de ses heures. Donnez celui de l’événement à l’agenda, par exemple <gics-agenda feed-time-zone="America/Toronto">.',
    network:
      'Impossible de joindre le serveur du programme. Vérifiez votre connexion, puis réessayez.',
  },
  retry: 'Réessayer',
  empty: 'Aucun atelier n’est encore au programme.',
  noMatch: 'Aucun atelier ne correspond à ces filtres.',
  clearFilters: 'Effacer les filtres',
  resultCount: (shown, total) =>
    shown === total
      ? `${count(total)}\u00a0atelier${total > 1 ? 's' : ''}`
      : `${count(shown)}\u00a0atelier${shown > 1 ? 's' : ''} sur ${count(total)}`,
  showMore: (remaining) =>
    `Afficher la suite (encore ${count(remaining)}\u00a0atelier${remaining > 1 ? 's' : ''})`,
  filtersLabel: 'Filtrer les ateliers',
  showFilters: (set) => (set ? `Filtres (${set})` : 'Filtres'),
  search: 'Rechercher',
  themes: 'Thèmes',
  format: 'Format',
  language: 'Langue',
  day: 'Jour',
  any: { format: 'Tous', language: 'Toutes', day: 'Tous', room: 'Toutes' },
  viewsLabel: 'Affichage',
  views: { list: 'Liste', grid: 'Grille', mine: 'Mon programme' },
  timeZoneLabel: 'Heures affichées',
  yourTime: 'Votre heure',
  storageUnavailable:
    'Votre navigateur ne permet pas de conserver vos choix\u00a0: votre programme sera oublié à la fin de cette visite.',
  mineEmpty: 'Votre programme est vide. Sélectionnez l’étoile d’un atelier pour l’y ajouter.',
  jumpToNow: 'Aller à maintenant',
  removedFromProgramme: 'Cet atelier ne figure plus au programme.',
  refreshFailed:
    'Le programme n’a pas pu être mis à jour. Celui-ci reste affiché\u00a0; nouvel essai sous peu.',
  downloadFailed:
    'Le fichier de calendrier n’a pas pu être préparé. Vérifiez votre connexion, puis réessayez.',
} satisfies AgendaMessages;
