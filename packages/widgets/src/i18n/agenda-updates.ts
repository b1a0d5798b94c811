/**
 * The words of the agenda's live updates (`refresh`). They arrive with the refresher's module
 * (`agenda/refresh.ts`), loaded only by agendas that refresh; the marks a refresh leaves on the
 * cards and its failure notice are the agenda's own words (`AgendaMessages`).
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
}

export const agendaUpdateMessages = {
  fr: agendaUpdatesFr,
  en: agendaUpdatesEn,
} satisfies Record<Language, AgendaUpdateMessages>;
