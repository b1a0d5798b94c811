import type { MembersMapMessages } from './members-map.js';

const count = (value: number) => value.toLocaleString('en-CA');
const members = (value: number) => `${count(value)} member${value === 1 ? '' : 's'}`;

export const membersMapEn = {
  mapLabel: 'Map of the members',
  controlsLabel: 'Map zoom',
  mapHelp:
    'Tab moves from marker to marker, in the order of the list. Press + and − to zoom, the arrow keys to move the map, 0 to see the whole world again.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Whole world',
  markerGroup: (value, place) => `${members(value)} near ${place}`,
  unplaced: (value) =>
    value === 1
      ? '1 member without a place on the map is in the list.'
      : `${members(value)} without a place on the map are in the list.`,
} satisfies MembersMapMessages;
