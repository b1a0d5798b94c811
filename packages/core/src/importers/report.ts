/**
 * What front ends need to report an import in their own words: the notes summed up by kind,
 * and whether a failure is a feed that does not say its time zone (the CLI then names
 * `--time-zone`, the agenda its `feed-time-zone` attribute).
 */
export { isMissingTimeZone, summarizeNotes } from './import-report.js';
export type { NoteSummary } from './import-report.js';
