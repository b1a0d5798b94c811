/**
 * The community document as a zod schema: what a community of practice keeps between summits
 * (its themes, members and practices), with no workshops and no dates. Its records are the
 * summit's own (`summit.schema.ts`), so a summit file's themes, members and practices read the
 * same way in both.
 *
 * Like the summit's schemas, this is the one hand-written description of the document: the field
 * table of `parseCommunity`'s zod-free reader (`fields.generated.ts`, written by
 * `scripts/write-reader-fields.ts`) and the JSON Schema (`community.schema.json`) are generated
 * from it.
 */
import * as z from 'zod/mini';
import { Id, LocalizedText, Member, Practice, SafeUrl, Theme } from '../summit/summit.schema.js';

export { COMMUNITY_COLLECTIONS, type CommunityCollection } from './collections.js';

/** A community of practice: the people and organisations in it, and the practices they share. */
export const Community = z.object({
  /** Stable identifier of the community, e.g. `gics-community`. */
  id: Id,
  /** The community's name, e.g. "Communauté de pratique GICS / GICS community of practice". */
  name: LocalizedText,
  /** A sentence or two on what the community is and who may join. */
  description: z.optional(LocalizedText),
  /** The community's own page. */
  url: z.optional(SafeUrl),
  /** The themes practices and members are filed under; ids are unique. */
  themes: z._default(z.array(Theme), []),
  /** People and organisations: practice authors and the directory's entries; ids are unique. */
  members: z._default(z.array(Member), []),
  /** The good practices shared; their `themeIds` and `authorIds` name the lists above. */
  practices: z._default(z.array(Practice), []),
});
export type Community = z.infer<typeof Community>;
/** What a community file may leave out (defaults fill the rest). */
export type CommunityInput = z.input<typeof Community>;
