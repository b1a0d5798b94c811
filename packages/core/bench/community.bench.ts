/**
 * `npm run bench`: the practices library at 5,000 practices, as `<gics-practices>` uses it. The
 * budgets of issue 14: the first screen within 100 ms of the parsed data (building the index,
 * then the first unfiltered page: all practices, newest first, with every facet's counts), and a
 * search keystroke within one 16 ms frame (the matching practices and the facet counts) once the
 * search texts are prepared, which a page does while idle after its first screen.
 */
import { bench, describe } from 'vitest';
import { parseCommunity } from '../src/community/community.js';
import type { Community } from '../src/community/community.schema.js';
import {
  filterPractices,
  practiceFacets,
  practiceIndexOf,
  preparePracticeSearch,
  sortPractices,
} from '../src/community/practices.js';
import { makeSyntheticCommunity, PRACTICE_SESSION } from './synthetic-community.js';

const SIZE = 5_000;
const options = { iterations: 30, warmupIterations: 3 };

let data: { input: ReturnType<typeof makeSyntheticCommunity>; community: Community } | undefined;
function dataFor() {
  if (data) return data;
  const input = makeSyntheticCommunity(SIZE);
  const result = parseCommunity(input);
  if (!result.ok) throw new Error(`synthetic community of ${SIZE} is invalid`);
  // Keystrokes are measured on a loaded library: the index is built at load.
  preparePracticeSearch(result.community);
  data = { input, community: result.community };
  return data;
}

let step = 0;

describe(`${SIZE} practices`, () => {
  bench(
    'parseCommunity (strict)',
    () => {
      parseCommunity(dataFor().input);
    },
    options,
  );

  bench(
    'first screen: index built, all practices newest first, every facet counted',
    () => {
      // A new object each time, so the index is built as on a page's first load.
      const community = { ...dataFor().community };
      practiceIndexOf(community);
      sortPractices(filterPractices(community, {}), 'newest', 'fr');
      practiceFacets(community, {});
    },
    options,
  );

  bench(
    'preparePracticeSearch: every search text and their words, once per library (idle time)',
    () => {
      preparePracticeSearch({ ...dataFor().community });
    },
    { iterations: 10, warmupIterations: 2 },
  );

  bench(
    'a keystroke or click: filterPractices + practiceFacets (one step of a visitor’s session)',
    () => {
      const { community } = dataFor();
      const query = PRACTICE_SESSION[step++ % PRACTICE_SESSION.length]!;
      filterPractices(community, query);
      practiceFacets(community, query);
    },
    { iterations: PRACTICE_SESSION.length * 10, warmupIterations: PRACTICE_SESSION.length },
  );
});
