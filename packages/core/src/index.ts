/**
 * @gics/core — the GICS data model, its validation, the agenda logic, calendar export and
 * schedule importers. Browser- and Node-safe: nothing here touches the DOM or Node built-ins
 * (the `gics` CLI is a separate entry). Everything is a named export and tree-shakes.
 */
export * from './summit/index.js';
export {
  buildCommunityJsonSchema,
  buildSummitJsonSchema,
  COMMUNITY_JSON_SCHEMA_ID,
  SUMMIT_JSON_SCHEMA_ID,
} from './summit/json-schema.js';
export * from './community/index.js';
export { applyFrenchSpacing } from './text/french-spacing.js';
export {
  markdownToPlainText,
  parseMarkdown,
  type MarkdownBlock,
  type MarkdownInline,
} from './text/markdown.js';
export * from './agenda/index.js';
export * from './calendar/index.js';
export * from './importers/index.js';
// Also exported by both `./summit/index.js` and `./importers/index.js`: named once here so the
// two `export *` lines do not make the name ambiguous.
export { detectFormat } from './importers/detect.js';
export { Signup, ConsentRecord } from './newsletter/signup.schema.js';
