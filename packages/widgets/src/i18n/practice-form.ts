/**
 * The practice form's words for its first paint. Both languages implement
 * `PracticeFormMessages`, and the `Record<…>` table of member kinds makes the compiler refuse a
 * language that misses one. What is only said after a submit (field errors, faults) is in
 * `practice-form-problems.ts`, which arrives with the submit module.
 */
import type { Language, MemberKind } from '@gics/core';
import { practiceFormEn } from './practice-form.en.js';
import { practiceFormFr } from './practice-form.fr.js';

export interface PracticeFormMessages {
  /** Legend of the practice's own fields. */
  practiceLegend: string;
  /** The language the visitor writes the texts in. */
  languageLegend: string;
  titleLabel: string;
  summaryLabel: string;
  summaryHint: string;
  bodyLabel: string;
  /** What the Markdown subset offers, in words a person who never heard of Markdown follows. */
  bodyHint: string;
  showPreview: string;
  hidePreview: string;
  /** Heading of the preview region. */
  previewTitle: string;
  previewEmpty: string;
  previewFailed: string;
  themesLegend: string;
  languagesLegend: string;
  linksLegend: string;
  linksHint: string;
  /** "Link 2", the name of one link row. */
  link: (position: number) => string;
  linkUrl: string;
  linkTitle: string;
  /** Legend of the author's fields, saying they are published. */
  authorLegend: string;
  authorNameLabel: string;
  organisationLabel: string;
  kindLegend: string;
  kinds: Record<MemberKind, string>;
  countryLabel: string;
  /** The country list's first, empty choice. */
  countryNone: string;
  /** Legend of the contact field, saying it is never published. */
  contactLegend: string;
  emailLabel: string;
  /** Next to the email field: it is never published, and who uses it for what. */
  emailHint: (moderator: string) => string;
  /** Appended to the label of an optional field. */
  optional: string;
  consentLabel: string;
  /** What becomes public, where, who moderates and how to reach them, and what stays private. */
  consentStatement: (moderator: string, contact: string) => string;
  /** Who moderates when the page does not say. */
  moderatorFallback: string;
  privacy: string;
  newTab: string;
  submit: string;
  sending: string;
  /** Title of the error summary (GOV.UK: "There is a problem"). */
  summaryTitle: string;
  /** Visually hidden prefix of an inline field error. */
  errorPrefix: string;
  /** Said when the code that sends the form could not be loaded: the network is the cause. */
  unavailable: string;
  /** Received, published after review. */
  success: (moderator: string) => string;
  retry: string;
  /** Label of the honeypot field, which only bots see. */
  honeypot: string;
}

export const practiceFormMessages = { fr: practiceFormFr, en: practiceFormEn } satisfies Record<
  Language,
  PracticeFormMessages
>;
