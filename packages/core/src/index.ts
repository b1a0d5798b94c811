/**
 * @gics/core — the GICS data model, its validation, the agenda logic, calendar export and
 * schedule importers. Browser- and Node-safe: nothing here touches the DOM or Node built-ins
 * (the `gics` CLI is a separate entry). Everything is a named export and tree-shakes.
 */
export * from './summit/index.js';
export { isValidTimeZone } from './summit/time-zone.js';
export { buildSummitJsonSchema, SUMMIT_JSON_SCHEMA_ID } from './summit/json-schema.js';
export { applyFrenchSpacing } from './text/french-spacing.js';
export * from './agenda/index.js';
export * from './calendar/index.js';
export * from './importers/index.js';
export { Signup, ConsentRecord } from './newsletter/signup.schema.js';
