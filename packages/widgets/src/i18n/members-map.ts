/**
 * The words of the member directory's map. They arrive with its module (`members/map-view.ts`),
 * never in the first paint; the words shown while it arrives are the directory's own
 * (`MembersMessages`).
 */
import type { Language } from '@gics/core';
import { membersMapEn } from './members-map.en.js';
import { membersMapFr } from './members-map.fr.js';

export interface MembersMapMessages {
  /** The map itself: its markers. */
  mapLabel: string;
  /** The zoom buttons above the map, named apart from it so the two groups are told apart. */
  controlsLabel: string;
  /** How to move about the map with keys, said once by screen readers and shown under it. */
  mapHelp: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  /** A marker that stands for several members near one place. */
  markerGroup: (count: number, place: string) => string;
  /** Members the map cannot place (no location, and a country without a centroid or none). */
  unplaced: (count: number) => string;
}

export const membersMapMessages = {
  fr: membersMapFr,
  en: membersMapEn,
} satisfies Record<Language, MembersMapMessages>;
