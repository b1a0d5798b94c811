/**
 * The words of a workshop card, wherever it shows: `<gics-workshop-card>` and the cards,
 * filters and dialog of `<gics-agenda>` (whose messages include these). Both languages
 * implement `WorkshopCardMessages`; the `Record<…>` table makes the compiler refuse a language
 * that misses a format, so adding one to the core breaks the build until both languages say it.
 */
import type { Language, WorkshopFormat } from '@gics/core';
import type { LanguageWords } from '../internal/language-name.js';
import { workshopCardEn } from './workshop-card.en.js';
import { workshopCardFr } from './workshop-card.fr.js';

/** `bilingual` and `inLanguage` (from `LanguageWords`) name a session's language. */
export interface WorkshopCardMessages extends LanguageWords {
  formats: Record<WorkshopFormat, string>;
  room: string;
  speakers: string;
  happeningNow: string;
  /** The tag of a workshop that will not take place. */
  cancelled: string;
  /** Accessible name of a star toggle; `aria-pressed` tells whether it is on. */
  favorite: (title: string) => string;
}

export const workshopCardMessages = { fr: workshopCardFr, en: workshopCardEn } satisfies Record<
  Language,
  WorkshopCardMessages
>;
