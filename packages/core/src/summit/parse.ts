/**
 * `parseSummitUnworded` on its own (`@gics/core/summit/parse`), for a bundle that fetches the
 * summit parser only when it reads a summit: a page whose agenda hands its feed to a load
 * worker never parses one itself. The problems it finds carry no sentences; `wordProblems`
 * (`@gics/core/summit/worded`) words them.
 */
export { parseSummitUnworded } from './summit.js';
export type { ParseMode, ParseSummitOptions, ParseSummitResult } from './summit.js';
