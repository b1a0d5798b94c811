/**
 * The agenda's filters: themes, formats, languages, days, rooms and free text, the text search
 * included. How they work: `filter-engine.ts`.
 */
import type { Summit, Workshop } from '../summit/summit.schema.js';
import {
  filterWorkshopPositionsWith,
  filterWorkshopsWith,
  type WorkshopCriteria,
} from './filter-engine.js';
import { WORKSHOP_TEXT_SEARCH } from './search-text.js';

export type { WorkshopCriteria } from './filter-engine.js';

/**
 * The workshops of a summit that meet every criterion, in summit order.
 *
 * @example filterWorkshops(summit, { themeIds: ['circular'], languages: ['fr'], query: 'coop' })
 */
export function filterWorkshops(summit: Summit, criteria: WorkshopCriteria): Workshop[];
/**
 * The given workshops that meet every criterion, in their order. Pass the summit they come from
 * so that speaker names are searched and `days` default to its zone.
 */
export function filterWorkshops(
  workshops: readonly Workshop[],
  criteria: WorkshopCriteria,
  summit?: Summit,
): Workshop[];
export function filterWorkshops(
  source: Summit | readonly Workshop[],
  criteria: WorkshopCriteria,
  context?: Summit,
): Workshop[] {
  return filterWorkshopsWith(WORKSHOP_TEXT_SEARCH, source, criteria, context);
}

/**
 * Where the workshops that meet every criterion are in `summit.workshops`, in ascending order:
 * what {@link filterWorkshops} answers, as positions rather than a new list of workshops.
 *
 * For callers that filter again and again and read only part of the answer each time, such as
 * a virtualised list that draws the visible rows (`summit.workshops[positions[row]]`) or a
 * count shown on each keystroke. Given `into`, the positions are written there and nothing is
 * allocated: the cost is that of the filtering alone, proportional to the number of workshops
 * even at 100,000 (a new list that large lands in fresh memory, which costs more than the
 * filtering on some machines; see BENCHMARKS.md).
 *
 * @param into Where to write the positions; at least `summit.workshops.length` long. Reuse it
 *   from call to call. Left out, the answer is a new array of just the matches.
 * @returns The positions: a view of the start of `into`, or the new array. A view's contents
 *   change with the next call given the same `into`.
 * @throws {RangeError} when `into` is shorter than the summit's list of workshops.
 * @example
 * const positions = new Uint32Array(summit.workshops.length);
 * const found = filterWorkshopPositions(summit, { query }, positions);
 * status.textContent = `${found.length} workshops`;
 * const firstRows = [...found.subarray(0, 20)].map((position) => summit.workshops[position]);
 */
export function filterWorkshopPositions(
  summit: Summit,
  criteria: WorkshopCriteria,
  into?: Uint32Array,
): Uint32Array {
  return filterWorkshopPositionsWith(WORKSHOP_TEXT_SEARCH, summit, criteria, into);
}
