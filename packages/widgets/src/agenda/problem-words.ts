/**
 * The sentences of `parseSummit`'s problems, loaded on demand: the agenda parses every summit
 * without them (`parseSummitUnworded`) and words its problems only when there are some to report.
 */
export { wordProblems } from '@gics/core/summit';
