/**
 * What each kind of member is called, shared by the agenda's dialog, the practices library and
 * the member directory, so a co-operative is named the same everywhere.
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
