/**
 * The words of "my agenda". They arrive with its module (`agenda/mine.ts`), never in the first
 * paint; my agenda reads them with the agenda's own (`AgendaMessages`).
 */
import type { Language } from '@gics/core';
import { agendaMineEn } from './agenda-mine.en.js';
import { agendaMineFr } from './agenda-mine.fr.js';

export interface AgendaMineMessages {
  downloadMine: string;
  /** A favourite that overlaps others, in words. */
  conflict: (titles: string[]) => string;
  conflictCount: (count: number) => string;
}

export const agendaMineMessages = {
  fr: agendaMineFr,
  en: agendaMineEn,
} satisfies Record<Language, AgendaMineMessages>;
