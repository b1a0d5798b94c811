/**
 * The words of the member directory's dialog. They arrive with its module (`members/detail.ts`),
 * never in the first paint; the dialog reads them with the directory's own (`MembersMessages`).
 */
import type { Language } from '@gics/core';
import { membersDetailEn } from './members-detail.en.js';
import { membersDetailFr } from './members-detail.fr.js';

export interface MembersDetailMessages {
  close: string;
  website: string;
  links: string;
  workshops: string;
  practices: string;
  newTab: string;
}

export const membersDetailMessages = {
  fr: membersDetailFr,
  en: membersDetailEn,
} satisfies Record<Language, MembersDetailMessages>;
