/**
 * Summits read with their problems in words: `parseSummit`, and `wordProblems` for problems
 * found by `parseSummitUnworded`. Apart from `summit.ts` so that a bundle reading summits with
 * `parseSummitUnworded` (the agenda's first load) carries none of the sentences, which load
 * with this module the first time a problem is to be shown.
 */
import { problemWording } from './messages.js';
import { withWording, type Problem } from './problem.js';
import { parseUnworded, type ParseSummitOptions, type ParseSummitResult } from './summit.js';

/**
 * Validates summit data and returns the typed `Summit`, or the problems that prevent it, each
 * with a path into the data and a sentence in French and English. Never throws.
 *
 * @example
 * const result = parseSummit(JSON.parse(text), { mode: 'lenient' });
 * if (result.ok) render(result.summit);
 * for (const problem of result.ok ? result.warnings : result.problems) {
 *   console.warn(`${problem.where}: ${problem.message.en}`);
 * }
 */
export function parseSummit(input: unknown, options?: ParseSummitOptions): ParseSummitResult {
  return withWording(problemWording, () => parseUnworded(input, options));
}

/**
 * Problems from `parseSummitUnworded` with their sentences in French and English, as
 * `parseSummit` words them. Problems that carry no facts (from elsewhere) are returned as they
 * are.
 */
export function wordProblems(problems: readonly Problem[]): Problem[] {
  return problems.map((problem) =>
    problem.params
      ? { ...problem, message: problemWording(problem.code, problem.params) }
      : problem,
  );
}
