/**
 * The community document’s own fields, in the schema’s order, for `parseCommunity` (its themes,
 * members and practices are read with the summit’s tables). Generated from `community.schema.ts`
 * by `scripts/write-reader-fields.ts`: edit the schema, then run `npm run generate -w @gics/core`.
 * Do not edit by hand; a test fails while this file is not what the schema generates.
 */
import { ID_PATTERN, isSafeUrl } from '../summit/checks.js';
import { field, matching, optional, readText, stringThat } from '../summit/reader.js';
import type { Field } from '../summit/reader.js';

/** The fields of the community itself, in the schema’s order. */
export const COMMUNITY_FIELDS = [
  field('id', stringThat(matching(ID_PATTERN), 'invalid_id')),
  field('name', readText),
  optional('description', readText),
  optional('url', stringThat(isSafeUrl, 'invalid_url')),
] satisfies ReadonlyArray<Field>;
