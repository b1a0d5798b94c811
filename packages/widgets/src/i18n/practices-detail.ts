/**
 * The words of the practices library's dialog. They arrive with its module
 * (`practices/detail.ts`), never in the first paint; the dialog reads them with the library's
 * own (`PracticesMessages`).
 */
import type { Language } from '@gics/core';
import { practicesDetailEn } from './practices-detail.en.js';
import { practicesDetailFr } from './practices-detail.fr.js';

export interface PracticesDetailMessages {
  themes: string;
  /** The terms of the dialog's dates, each followed by the date alone: when shared, when revised. */
  sharedOn: string;
  updatedOn: string;
  languages: string;
  tags: string;
  authors: string;
  links: string;
  related: string;
  close: string;
  copyLink: string;
  linkCopied: string;
  /** When the clipboard refuses: the link to copy by hand. */
  copyFailed: string;
  print: string;
  practicePage: string;
  newTab: string;
}

export const practicesDetailMessages = {
  fr: practicesDetailFr,
  en: practicesDetailEn,
} satisfies Record<Language, PracticesDetailMessages>;
