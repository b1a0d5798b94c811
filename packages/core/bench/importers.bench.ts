/**
 * `npm run bench`: importing a congress-sized merged schedule — 1,400 sessions in 90 rooms from
 * four sub-conferences that reuse person and event ids, with days past midnight — as a frab
 * `schedule.json` and as the same programme in C3VOC schedule v2. The documents are generated
 * once from a fixed seed (`src/importers/testing/congress.ts`); each iteration is one whole import,
 * as `gics import` or `<gics-agenda src>` runs it on a parsed JSON document.
 */
import { bench, describe } from 'vitest';
import { fromC3vocV2 } from '../src/importers/c3voc-v2.js';
import { fromFrab } from '../src/importers/frab.js';
import { makeCongress } from '../src/importers/testing/congress.js';

const congress = makeCongress({ sessions: 1400, rooms: 90, subConferences: 4, days: 4, seed: 39 });

function mustImport(result: ReturnType<typeof fromFrab>): void {
  if (!result.ok || result.summit.workshops?.length !== 1400) {
    throw new Error('the generated congress did not import whole');
  }
}

describe('1,400-session merged schedule', () => {
  const options = { iterations: 20, warmupIterations: 3 };

  bench(
    'fromFrab (frab schedule.json, 1,400 sessions, 90 rooms)',
    () => {
      mustImport(fromFrab(congress.frab));
    },
    options,
  );

  bench(
    'fromC3vocV2 (C3VOC schedule v2, 1,400 sessions, 90 rooms)',
    () => {
      mustImport(fromC3vocV2(congress.v2));
    },
    options,
  );
});
