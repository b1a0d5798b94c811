/**
 * The words every visit of `<gics-agenda>` shows, with those of the workshop cards
 * (`WorkshopCardMessages`). The words of its parts that arrive on demand come with them
 * (`agenda-detail.ts`, `agenda-grid.ts`, `agenda-mine.ts`, `agenda-updates.ts`). Both languages
 * implement `AgendaMessages`; the `Record<…>` tables make the compiler refuse a language that
 * misses a format, a view or an error kind, so adding one to the core (or to the widget) breaks
 * the build until both languages say it.
 */
import type { Language } from '@gics/core';
import type { AgendaErrorKind, AgendaView } from '../agenda/types.js';
import type { WorkshopCardMessages } from './workshop-card.js';
import { agendaEn } from './agenda.en.js';
import { agendaFr } from './agenda.fr.js';
import type { CollectionMessages } from './collection.js';

export interface AgendaMessages extends WorkshopCardMessages, CollectionMessages<AgendaErrorKind> {
  themes: string;
  format: string;
  language: string;
  day: string;
  /**
   * First option of each select: no restriction, agreeing with the filter's noun in French
   * (« Tous » les formats, « Toutes » les langues).
   */
  any: Record<'format' | 'language' | 'day' | 'room', string>;
  viewsLabel: string;
  views: Record<AgendaView, string>;
  timeZoneLabel: string;
  /** The visitor's own zone in the time-zone toggle. */
  yourTime: string;
  storageUnavailable: string;
  mineEmpty: string;
  jumpToNow: string;
  /** In the dialog of a workshop a refresh took out of the programme. */
  removedFromProgramme: string;
  /** A refresh failed: the programme shown stays, and it tries again later. */
  refreshFailed: string;
  /** A calendar download failed, its module not arriving: shown where it was asked for. */
  downloadFailed: string;
}

export const agendaMessages = { fr: agendaFr, en: agendaEn } satisfies Record<
  Language,
  AgendaMessages
>;
