/**
 * The words of the agenda's live updates (`refresh`). They arrive with the refresher's module
 * (`agenda/refresh.ts`), loaded only by agendas that refresh, with the marks a refresh leaves on
 * the cards; its failure notice is the agenda's own words (`AgendaMessages`).
 */
import type { Language } from '@gics/core';
import { agendaUpdatesEn } from './agenda-updates.en.js';
import { agendaUpdatesFr } from './agenda-updates.fr.js';

/** How many workshops of each kind a refresh changed. */
export interface ProgrammeCounts {
  moved: number;
  cancelled: number;
  added: number;
  removed: number;
  edited: number;
}

export interface AgendaUpdateMessages {
  /**
   * The polite announcement of a refresh that changed the programme; `favorites` of the
   * changed workshops are the visitor's.
   */
  programmeUpdated: (changes: ProgrammeCounts, favorites: number) => string;
  /**
   * Marks on the cards of changed workshops, for a while after a refresh. A moved workshop's
   * card shows its new time and room already: its mark says where it was (`movedFrom`, with
   * the times, day or room that changed), or only that it moved.
   */
  moved: string;
  movedFrom: (where: string) => string;
  addedMark: string;
  editedMark: string;
}

export const agendaUpdateMessages = {
  fr: agendaUpdatesFr,
  en: agendaUpdatesEn,
} satisfies Record<Language, AgendaUpdateMessages>;
