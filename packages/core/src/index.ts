/**
 * @gics/core — the GICS data model, its validation, the agenda logic, calendar export and
 * schedule importers. Browser- and Node-safe: nothing here touches the DOM or Node built-ins
 * (the `gics` CLI is a separate entry).
 */
export { LANGUAGES, localize } from './summit/localized-text.js';
export type { Language, LocalizedText } from './summit/localized-text.js';
export * from './summit/summit.schema.js';
export { createProblem, formatPath } from './summit/problem.js';
export type { Problem } from './summit/problem.js';
export { isValidTimeZone } from './summit/time-zone.js';
export { applyFrenchSpacing } from './text/french-spacing.js';

export * from './agenda/index.js';
export * from './importers/index.js';
