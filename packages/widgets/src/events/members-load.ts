import type { Community, ImportNote, Problem } from '@gics/core';
import type { MembersFormat } from '../members/types.js';

export interface GicsMembersLoadDetail {
  /** The community on show (a summit's themes, members and practices for a summit file). */
  community: Community;
  /** What `src` held: `community`, `summit` or `murmurations` (`community` for `.community`). */
  format: MembersFormat;
  /** How many members the directory may show (`isListedMember`). */
  listed: number;
  /** What was left out or changed: invalid records, and the Murmurations importer's notes. */
  warnings: Array<Problem | ImportNote>;
}

/** Fired by `<gics-members>` each time a directory is ready to show, from `src` or `.community`. */
export class GicsMembersLoadEvent extends CustomEvent<GicsMembersLoadDetail> {
  constructor(detail: GicsMembersLoadDetail) {
    super('gics-members-load', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-members-load': GicsMembersLoadEvent;
  }
}
