/** The kinds of records a summit holds, by their collection's name. */
export const RECORD_COLLECTIONS = ['rooms', 'themes', 'workshops', 'members', 'practices'] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];
