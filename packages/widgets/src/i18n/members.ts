/**
 * The words every visit of `<gics-members>` shows; those of its dialog and its map arrive with
 * them (`members-detail.ts`, `members-map.ts`). Both languages implement `MembersMessages`; the
 * `Record<…>` tables make the compiler refuse a language that misses a member kind, a view or an
 * error kind.
 */
import type { Language, MemberFilter, MemberKind } from '@gics/core';
import type { MembersErrorKind, MembersView } from '../members/types.js';
import { membersEn } from './members.en.js';
import { membersFr } from './members.fr.js';
import type { CollectionMessages } from './collection.js';

export interface MembersMessages extends CollectionMessages<MembersErrorKind> {
  kind: string;
  country: string;
  /** Where a member is, in the dialog's facts. */
  place: string;
  theme: string;
  language: string;
  /**
   * First option of each select: no restriction, agreeing with the filter's noun in French
   * (« Tous » les pays, « Toutes » les langues).
   */
  any: Record<MemberFilter, string>;
  /** A filter's option with the number of members picking it would show. */
  option: (label: string, count: number) => string;
  memberKinds: Record<MemberKind, string>;
  viewsLabel: string;
  views: Record<MembersView, string>;
  /** The heading of the members whose country is not given. */
  noCountry: string;
  /** How many members a country group holds. */
  memberCount: (count: number) => string;
  /** A card's languages, labelled. */
  speaks: string;
  tags: string;
  mapLoading: string;
  /** Above the list once a group marker was chosen. */
  nearPlace: (count: number, place: string) => string;
  showAll: string;
}

/** Every language's words. */
export const membersMessages = { fr: membersFr, en: membersEn } satisfies Record<
  Language,
  MembersMessages
>;
