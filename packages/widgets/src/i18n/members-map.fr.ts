import type { MembersMapMessages } from './members-map.js';

// fr-CA groups thousands with a space: 1 000 membres.
const count = (value: number) => value.toLocaleString('fr-CA');
const members = (value: number) => `${count(value)}\u00a0membre${value > 1 ? 's' : ''}`;

export const membersMapFr = {
  mapLabel: 'Carte des membres',
  controlsLabel: 'Zoom de la carte',
  mapHelp:
    'Tabulation pour passer d’un repère à l’autre, dans l’ordre de la liste. Touches + et − pour zoomer, flèches pour déplacer la carte, 0 pour revoir le monde entier.',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  zoomReset: 'Monde entier',
  markerGroup: (value, place) => `${members(value)} près de ${place}`,
  unplaced: (value) =>
    value > 1
      ? `${members(value)} sans lieu sur la carte figurent dans la liste.`
      : '1\u00a0membre sans lieu sur la carte figure dans la liste.',
} satisfies MembersMapMessages;
