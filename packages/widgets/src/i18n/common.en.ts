import type { CommonMessages } from './common.js';

export const commonEn = {
  retry: 'Try again',
  newTab: '(opens in a new tab)',
} satisfies CommonMessages;
