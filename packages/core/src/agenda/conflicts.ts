/**
 * Overlaps among a visitor's favourites, so the agenda can warn « vous ne pouvez pas être à deux
 * endroits à la fois ».
 *
 * Two workshops conflict when each starts before the other ends: [9:00, 10:00) and
 * [9:30, 11:00) do; [9:00, 10:00) and [10:00, 11:00) touch but do not.
 *
 * Sorting by start makes the search cheap: walking forward from a workshop, every later one that
 * starts before it ends overlaps it, and the first that does not ends the walk. The cost is
 * O(n log n) to sort plus one step per conflict found.
 */
import type { Summit, Workshop } from '../summit/summit.schema.js';
import { spanOf } from './time.js';

/** Two overlapping workshops; `first` starts no later than `second`. */
export interface WorkshopConflict {
  first: Workshop;
  second: Workshop;
}

interface Dated {
  workshop: Workshop;
  start: number;
  end: number;
}

/** The favourites as workshops, each once: ids are looked up in the summit, unknown ids ignored. */
function resolve(
  favourites: Iterable<Workshop | string>,
  summit: Pick<Summit, 'workshops'> | undefined,
): Workshop[] {
  const seen = new Set<string>();
  const ids = new Set<string>();
  const workshops: Workshop[] = [];
  const add = (workshop: Workshop): void => {
    if (seen.has(workshop.id)) return;
    seen.add(workshop.id);
    workshops.push(workshop);
  };
  for (const item of typeof favourites === 'string' ? [favourites] : favourites) {
    if (typeof item === 'string') ids.add(item);
    else add(item);
  }
  if (ids.size > 0 && summit !== undefined) {
    for (const workshop of summit.workshops) if (ids.has(workshop.id)) add(workshop);
  }
  return workshops;
}

/** Workshops with a duration, by start. One that does not end after it starts overlaps nothing. */
function sortedByStart(workshops: readonly Workshop[]): Dated[] {
  const dated: Dated[] = [];
  for (const workshop of workshops) {
    const { start, end } = spanOf(workshop);
    if (start < end) dated.push({ workshop, start, end });
  }
  return dated.sort((a, b) => a.start - b.start);
}

/**
 * Every pair of overlapping workshops among the favourites, ordered by the first's start, then
 * the second's. Give the workshops themselves, or their ids and the summit that holds them.
 * A workshop listed twice is counted once; one that does not end after it starts overlaps nothing.
 *
 * @example findConflicts(['w1', 'w7', 'w9'], summit) // [{ first: w1, second: w7 }]
 */
export function findConflicts(favourites: readonly Workshop[]): WorkshopConflict[];
export function findConflicts(
  ids: Iterable<string>,
  summit: Pick<Summit, 'workshops'>,
): WorkshopConflict[];
export function findConflicts(
  favourites: Iterable<Workshop | string>,
  summit?: Pick<Summit, 'workshops'>,
): WorkshopConflict[] {
  const sorted = sortedByStart(resolve(favourites, summit));
  const conflicts: WorkshopConflict[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      // a.start ≤ b.start < b.end, so they overlap exactly when b starts before a ends.
      if (b.start >= a.end) break;
      conflicts.push({ first: a.workshop, second: b.workshop });
    }
  }
  return conflicts;
}

/**
 * The favourites that overlap, gathered into groups: two workshops share a group when a chain
 * of overlaps links them. Workshops that overlap nothing are left out. Groups and their
 * workshops are in start order.
 */
export function findConflictGroups(favourites: readonly Workshop[]): Workshop[][];
export function findConflictGroups(
  ids: Iterable<string>,
  summit: Pick<Summit, 'workshops'>,
): Workshop[][];
export function findConflictGroups(
  favourites: Iterable<Workshop | string>,
  summit?: Pick<Summit, 'workshops'>,
): Workshop[][] {
  const groups: Workshop[][] = [];
  let group: Workshop[] = [];
  let groupEnd = -Infinity;
  const close = (): void => {
    if (group.length > 1) groups.push(group);
  };
  for (const { workshop, start, end } of sortedByStart(resolve(favourites, summit))) {
    if (start < groupEnd) {
      group.push(workshop);
      groupEnd = Math.max(groupEnd, end);
    } else {
      close();
      group = [workshop];
      groupEnd = end;
    }
  }
  close();
  return groups;
}
