import type { MembersDetailMessages } from './members-detail.js';

export const membersDetailEn = {
  close: 'Close',
  website: 'Website',
  links: 'Links',
  workshops: 'Workshops led',
  practices: 'Practices shared',
  newTab: '(opens in a new tab)',
} satisfies MembersDetailMessages;
