/**
 * `npm run bench`: the core operations the widgets and the CLI lean on, at 10,000 and 100,000
 * workshops. `scripts/report-bench.ts` turns the results into the tables of BENCHMARKS.md,
 * including the 100k/10k ratios that show whether cost grows linearly.
 *
 * Only one size's data exists at a time: `dataFor` builds it on first use (during the warm-up
 * iterations, which are not timed) and drops the other size's. Built up front, the
 * 100,000-workshop summit stayed alive during the 10,000 runs and every garbage collection there
 * walked it too, which made the small figures look large and the ratios small.
 */
import { openSync, writeSync } from 'node:fs';
import { devNull } from 'node:os';
import { bench, describe } from 'vitest';
import {
  filterWorkshopPositions,
  filterWorkshops,
  groupWorkshopsByDay,
} from '../src/agenda/index.js';
import { toICalendar, writeICalendar } from '../src/calendar/index.js';
import { parseSummit } from '../src/summit/worded.js';
import type { Summit, SummitInput } from '../src/summit/summit.schema.js';
import { FILTER_SESSION } from './filter-session.js';
import { makeSyntheticSummit } from './synthetic-summit.js';

const SIZES = [10_000, 100_000] as const;
const FIXED_NOW = new Date('2023-05-01T00:00:00Z');
// Where the streamed export goes: written out for real, like `gics ics -o`, minus the disk.
const nullDevice = openSync(devNull, 'w');

interface SizeData {
  size: number;
  input: SummitInput;
  summit: Summit;
  /** The positions array a virtualised list would keep from one keystroke to the next. */
  positions: Uint32Array;
}
let current: SizeData | undefined;

function dataFor(size: number): SizeData {
  if (current?.size === size) return current;
  current = undefined; // let the other size's data go before building this one
  const input = makeSyntheticSummit(size);
  const result = parseSummit(input, { mode: 'strict' });
  if (!result.ok) throw new Error(`synthetic summit of ${size} is invalid`);
  // Filtering is measured as a visitor's keystrokes: the search index is built at load.
  filterWorkshops(result.summit, { query: 'warm up' });
  current = {
    size,
    input,
    summit: result.summit,
    positions: new Uint32Array(result.summit.workshops.length),
  };
  return current;
}

for (const size of SIZES) {
  const options = { iterations: size > 10_000 ? 5 : 20, warmupIterations: 2 };

  describe(`${size} workshops`, () => {
    bench(
      'parseSummit (strict)',
      () => {
        parseSummit(dataFor(size).input, { mode: 'strict' });
      },
      options,
    );

    bench(
      'filterWorkshops (a visitor’s session of 20 filters: typing, chips, days, rooms)',
      () => {
        // The whole session each time, so both sizes are timed on the same mix of steps.
        const { summit } = dataFor(size);
        for (const criteria of FILTER_SESSION) filterWorkshops(summit, criteria);
      },
      options,
    );

    bench(
      'filterWorkshopPositions (the same session, into one reused Uint32Array)',
      () => {
        const { summit, positions } = dataFor(size);
        for (const criteria of FILTER_SESSION) filterWorkshopPositions(summit, criteria, positions);
      },
      options,
    );

    bench(
      'groupWorkshopsByDay',
      () => {
        const { summit } = dataFor(size);
        groupWorkshopsByDay(summit.workshops, { timeZone: summit.timeZone });
      },
      options,
    );

    bench(
      'reference: workshops.slice(), a copy of the list (no work of ours)',
      () => {
        dataFor(size).summit.workshops.slice();
      },
      options,
    );

    bench(
      'toICalendar (all workshops)',
      () => {
        toICalendar(dataFor(size).summit, { lang: 'fr', now: FIXED_NOW });
      },
      options,
    );

    bench(
      'writeICalendar (all workshops, streamed to the null device as `gics ics -o` streams to a file)',
      () => {
        writeICalendar(dataFor(size).summit, { lang: 'fr', now: FIXED_NOW }, (octets) => {
          writeSync(nullDevice, octets);
        });
      },
      options,
    );
  });
}
