/**
 * `npm run bench`: the core operations the widgets and the CLI lean on, at 10,000 and 100,000
 * workshops. `scripts/report-bench.ts` turns the results into the tables of BENCHMARKS.md,
 * including the 100k/10k ratios that show whether cost grows linearly.
 */
import { bench, describe } from 'vitest';
import { filterWorkshops, groupWorkshopsByDay } from '../src/agenda/index.js';
import { toICalendar } from '../src/calendar/index.js';
import { parseSummit } from '../src/summit/summit.js';
import type { Summit } from '../src/summit/summit.schema.js';
import { makeSyntheticSummit } from './synthetic-summit.js';

const SIZES = [10_000, 100_000] as const;
const FIXED_NOW = new Date('2023-05-01T00:00:00Z');

function parsed(size: number): Summit {
  const result = parseSummit(makeSyntheticSummit(size), { mode: 'strict' });
  if (!result.ok) throw new Error(`synthetic summit of ${size} is invalid`);
  return result.summit;
}

for (const size of SIZES) {
  const input = makeSyntheticSummit(size);
  const summit = parsed(size);
  // Filtering is measured as a visitor's keystroke: the search index is already built.
  filterWorkshops(summit, { query: 'warm up' });
  const options = { iterations: size > 10_000 ? 5 : 20, warmupIterations: 2 };

  describe(`${size} workshops`, () => {
    bench(
      'parseSummit (strict)',
      () => {
        parseSummit(input, { mode: 'strict' });
      },
      options,
    );

    bench(
      'filterWorkshops (theme + language + text query)',
      () => {
        filterWorkshops(summit, {
          themeIds: ['circular'],
          languages: ['fr'],
          query: 'économie sociale',
        });
      },
      options,
    );

    bench(
      'groupWorkshopsByDay',
      () => {
        groupWorkshopsByDay(summit.workshops, { timeZone: summit.timeZone });
      },
      options,
    );

    bench(
      'toICalendar (all workshops)',
      () => {
        toICalendar(summit, { lang: 'fr', now: FIXED_NOW });
      },
      options,
    );
  });
}
