/**
 * What reads a document as a summit, on its own (`@gics/core/summit/parse`), for a bundle that
 * fetches it only when it reads one: `detectFormat` (a GICS summit, or which other tool's
 * schedule) and `parseSummitUnworded`. A page whose agenda hands its feed to a load worker
 * never reads one itself. The problems the parser finds carry no sentences; `wordProblems`
 * (`@gics/core/summit/worded`) words them.
 */
export { detectFormat } from '../importers/detect.js';
export { parseSummitUnworded } from './summit.js';
export type { ParseMode, ParseSummitOptions, ParseSummitResult } from './summit.js';
