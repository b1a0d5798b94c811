/**
 * The words of the agenda's workshop dialog. They arrive with its module (`agenda/detail.ts`),
 * never in the first paint; the dialog reads them with the agenda's own (`AgendaMessages`). The
 * `Record<…>` table makes the compiler refuse a language that misses a member kind.
 */
import type { Language, MemberKind } from '@gics/core';
import { agendaDetailEn } from './agenda-detail.en.js';
import { agendaDetailFr } from './agenda-detail.fr.js';

export interface AgendaDetailMessages {
  memberKinds: Record<MemberKind, string>;
  /** Visible label of the dialog's favourite toggle. */
  save: string;
  when: string;
  close: string;
  addToCalendar: string;
  downloadIcs: string;
  google: string;
  outlook: string;
  workshopPage: string;
  /** Heading of the dialog's list of a workshop's links (slides, video…). */
  links: string;
  newTab: string;
}

export const agendaDetailMessages = {
  fr: agendaDetailFr,
  en: agendaDetailEn,
} satisfies Record<Language, AgendaDetailMessages>;
