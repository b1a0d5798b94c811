import type { AgendaMessages } from './agenda.js';
import { workshopCardFr } from './workshop-card.fr.js';

// Typography of Quebec (OQLF): a non-breaking space before the colon and inside « »,
// none before ? or !. Written as \u00a0 so no editor swallows it.
const quote = (text: string) => `«\u00a0${text}\u00a0»`;
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
  search: 'Rechercher',
  themes: 'Thèmes',
  format: 'Format',
  language: 'Langue',
  day: 'Jour',
  any: { format: 'Tous', language: 'Toutes', day: 'Tous', room: 'Toutes' },
  memberKinds: {
    cooperative: 'Coopérative',
    mutual: 'Mutuelle',
    academic: 'Milieu universitaire',
    individual: 'Membre individuel',
    other: 'Autre',
  },
  viewsLabel: 'Affichage',
  views: { list: 'Liste', grid: 'Grille', mine: 'Mon programme' },
  timeZoneLabel: 'Heures affichées',
  yourTime: 'Votre heure',
  save: 'Ajouter à mon programme',
  storageUnavailable:
    'Votre navigateur ne permet pas de conserver vos choix\u00a0: votre programme sera oublié à la fin de cette visite.',
  mineEmpty: 'Votre programme est vide. Touchez l’étoile d’un atelier pour l’y ajouter.',
  downloadMine: 'Télécharger mon programme (.ics)',
  conflict: (titles) => `Conflit d’horaire avec ${titles.map(quote).join(', ')}`,
  conflictCount: (count) =>
    count === 1
      ? '1\u00a0conflit d’horaire dans votre programme'
      : `${count}\u00a0conflits d’horaire dans votre programme`,
  jumpToNow: 'Aller à maintenant',
  when: 'Quand',
  close: 'Fermer',
  addToCalendar: 'Ajouter à votre agenda',
  downloadIcs: 'Télécharger (.ics)',
  google: 'Google Agenda',
  outlook: 'Outlook',
  workshopPage: 'Page de l’atelier',
  links: 'Liens',
  newTab: '(s’ouvre dans un nouvel onglet)',
  daysLabel: 'Jours',
  time: 'Heure',
  roomsShown: 'Salles affichées',
  compact: 'Affichage compact',
  noRoom: 'Autre lieu',
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
  movedTo: (where) => `Déplacé\u00a0: ${where}`,
  addedMark: 'Nouveau',
  editedMark: 'Modifié',
  removedFromProgramme: 'Cet atelier ne figure plus au programme.',
  refreshFailed:
    'Le programme n’a pas pu être mis à jour. Celui-ci reste affiché\u00a0; nouvel essai sous peu.',
} satisfies AgendaMessages;
