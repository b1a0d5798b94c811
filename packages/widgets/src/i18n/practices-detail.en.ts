import type { PracticesDetailMessages } from './practices-detail.js';

export const practicesDetailEn = {
  themes: 'Themes',
  sharedOn: 'Shared',
  updatedOn: 'Updated',
  languages: 'Languages',
  tags: 'Keywords',
  authors: 'Authors',
  links: 'Links',
  related: 'Related practices',
  close: 'Close',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyFailed: 'Copy this link:',
  print: 'Print',
  practicePage: 'Practice page',
  newTab: '(opens in a new tab)',
} satisfies PracticesDetailMessages;
