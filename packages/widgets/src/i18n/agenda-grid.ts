/**
 * The words of the agenda's grid. They arrive with its module (`agenda/grid-view.ts`), never in
 * the first paint; the grid reads them with the agenda's own (`AgendaMessages`).
 */
import type { Language } from '@gics/core';
import { agendaGridEn } from './agenda-grid.en.js';
import { agendaGridFr } from './agenda-grid.fr.js';

export interface AgendaGridMessages {
  daysLabel: string;
  time: string;
  roomsShown: string;
  compact: string;
  noRoom: string;
}

export const agendaGridMessages = {
  fr: agendaGridFr,
  en: agendaGridEn,
} satisfies Record<Language, AgendaGridMessages>;
