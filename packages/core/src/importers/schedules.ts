/**
 * `@gics/core/importers/schedules`: the schedule importers alone (pretalx, frab and C3VOC,
 * Sessionize), for a page that loads them on demand. A dynamic `import()` keeps every export of
 * the module it names, and `@gics/core/importers` also holds the Murmurations importer and
 * exporter and the CLI's report, which a page reading a schedule never uses.
 */
export { fromPretalx } from './pretalx.js';
export { fromFrab } from './frab.js';
export { fromSessionize } from './sessionize.js';
export { previewFeed } from './preview.js';
