/**
 * The lists of records a community document holds, in the order they are read. Kept apart from
 * the zod schema so that `parseCommunity` names them without loading zod.
 */
export const COMMUNITY_COLLECTIONS = ['themes', 'members', 'practices'] as const;
export type CommunityCollection = (typeof COMMUNITY_COLLECTIONS)[number];
