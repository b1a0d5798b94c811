/**
 * `@gics/core/structured-data`: schema.org JSON-LD for search engines (a summit as an `Event`
 * with its workshops as `subEvent`s, a practices library and a member directory as `ItemList`s),
 * and its safe text for a `<script type="application/ld+json">`.
 */
export { jsonLdText, scriptSafeJson, summitStructuredData } from './json-ld.js';
export type { JsonLd, StructuredDataOptions } from './json-ld.js';
export { membersStructuredData, practicesStructuredData } from './community.js';
export type { ListStructuredDataOptions } from './community.js';
