/**
 * The words of `<gics-practices>`, its filters and cards; those of its dialog arrive with it
 * (`practices-detail.ts`). Both languages implement `PracticesMessages`; the `Record<…>` tables
 * make the compiler refuse a language that misses an error kind, a filter, a sort or a member
 * kind, so adding one breaks the build until both languages say it.
 */
import type { Language, MemberKind, PracticeFilter, PracticeSort } from '@gics/core';
import type { LanguageWords } from '../internal/language-name.js';
import type { PracticesErrorKind } from '../practices/types.js';
import { practicesEn } from './practices.en.js';
import { practicesFr } from './practices.fr.js';
import type { CollectionMessages } from './collection.js';

export interface PracticesMessages extends LanguageWords, CollectionMessages<PracticesErrorKind> {
  sort: string;
  sorts: Record<PracticeSort, string>;
  filters: Record<PracticeFilter, string>;
  /** The panel's button on small screens: applies the values ticked, for `count` practices. */
  apply: (count: number) => string;
  /** A filter value's count, for screen readers after its name: "12 practices". */
  facetCount: (count: number) => string;
  memberKinds: Record<MemberKind, string>;
  /** A card's date, as a phrase: when the practice was shared. */
  shared: (date: string) => string;
  /** A card's date, as a phrase: when it was last revised. */
  updated: (date: string) => string;
  /** The languages a practice is available in, already joined: "In French and English". */
  availableIn: (names: string) => string;
  /** Before a card's authors, for screen readers and in the dialog. */
  by: string;
}

export const practicesMessages = { fr: practicesFr, en: practicesEn } satisfies Record<
  Language,
  PracticesMessages
>;
