import type { PracticeFormMessages } from './practice-form.js';
import { memberKindNames } from './member-kinds.js';

export const practiceFormEn = {
  practiceLegend: 'Your practice',
  languageLegend: 'Language you are writing in',
  titleLabel: 'Title',
  summaryLabel: 'Summary',
  summaryHint: 'One or two sentences, shown on the practice’s card in the library.',
  bodyLabel: 'The practice in full',
  bodyHint:
    'What you do, how, and what others can take from it. Leave a blank line between paragraphs. ' +
    'You can write **bold**, *italics*, lists by starting each line with a dash and a space (“- ”), and links as [text](https://…).',
  showPreview: 'Preview',
  hidePreview: 'Hide the preview',
  previewTitle: 'Preview',
  previewEmpty: 'Nothing to preview yet: write the practice above.',
  previewFailed: 'The preview could not be loaded. Check your connection; your text is safe.',
  themesLegend: 'Themes',
  languagesLegend: 'Languages the practice is available in (optional)',
  linksLegend: 'Links (optional)',
  linksHint:
    'A guide, a video, your co-operative’s own write-up: web addresses starting with https://.',
  link: (position) => `Link ${position}`,
  linkUrl: 'Address',
  linkTitle: 'Title (optional)',
  authorLegend: 'About you (published with the practice)',
  authorNameLabel: 'Your name',
  organisationLabel: 'Organisation (optional)',
  kindLegend: 'Kind of member (optional)',
  kinds: memberKindNames.en,
  countryLabel: 'Country (optional)',
  countryNone: 'Not stated',
  contactLegend: 'Contact (never published)',
  emailLabel: 'Email address',
  emailHint: (moderator) =>
    `Never published. Only ${moderator} uses it, to write to you about this practice.`,
  optional: '(optional)',
  consentLabel: 'I agree to the publication of this practice.',
  consentStatement: (moderator, contact) =>
    `Once ${moderator} has reviewed it, the title, summary, text, themes, languages and links of the practice, ` +
    'with your name, organisation, kind of member and country, will be public on this site and in its community data file, which anyone may reuse. ' +
    'Your email address is never published.' +
    (contact ? ` To have the practice corrected or removed: ${contact}.` : ''),
  moderatorFallback: 'the moderators',
  privacy: 'Privacy policy',
  newTab: '(opens in a new tab)',
  submit: 'Share this practice',
  sending: 'Sending your practice…',
  summaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  unavailable:
    'The form could not be sent: check your connection, then try again. Your practice is still in the form.',
  success: (moderator) =>
    `Thank you! Your practice has been received. It will be published once ${moderator} has reviewed it.`,
  retry: 'Try again',
  honeypot: 'Leave this field empty',
} satisfies PracticeFormMessages;
