/**
 * What each kind of member is called, shared by the agenda's dialog, the practices library, the
 * member directory and the practice form, so a co-operative is named the same everywhere: the
 * kind a contributor picks is the one the library's filter shows.
 */
import type { Language, MemberKind } from '@gics/core';

export const memberKindNames = {
  fr: {
    cooperative: 'Coopérative',
    mutual: 'Mutuelle',
    academic: 'Milieu universitaire',
    individual: 'Membre individuel',
    other: 'Autre',
  },
  en: {
    cooperative: 'Co-operative',
    mutual: 'Mutual',
    academic: 'Academic',
    individual: 'Individual member',
    other: 'Other',
  },
} satisfies Record<Language, Record<MemberKind, string>>;
