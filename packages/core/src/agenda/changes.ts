/**
 * What changed in a programme between two versions of a summit, by workshop id: for an agenda
 * that refreshes its data during the event and tells its visitors what moved.
 */
import type { Summit, Workshop } from '../summit/summit.schema.js';
import { workshopRoom } from './group.js';

/** A workshop in both versions, with both. */
export interface WorkshopChange {
  readonly before: Workshop;
  readonly after: Workshop;
}

/** The differences between two versions of a programme. Each list is in the newer order. */
export interface ProgrammeChanges {
  /** Workshops new in the programme. */
  readonly added: readonly Workshop[];
  /** Workshops no longer in it (in the older version's order). */
  readonly removed: readonly Workshop[];
  /** Workshops now `cancelled` that were not. */
  readonly cancelled: readonly WorkshopChange[];
  /** Workshops at another time or in another room (and not cancelled). */
  readonly moved: readonly WorkshopChange[];
  /** Workshops changed otherwise (title, speakers, description…). */
  readonly edited: readonly WorkshopChange[];
}

const isCancelled = (workshop: Workshop) => workshop.status === 'cancelled';

/**
 * Whether `a` and `b` hold the same data besides their times (records from `parseSummit`, in
 * the same key order): the times are compared as instants, apart.
 */
function sameData(a: Workshop, b: Workshop): boolean {
  return JSON.stringify({ ...a, start: 0, end: 0 }) === JSON.stringify({ ...b, start: 0, end: 0 });
}

/**
 * What changed from `before` to `after`, workshop by workshop (matched by id). A workshop is
 * moved when its start, end or room changed: the room compared by what it is (its listed id,
 * else its name), so a renamed room is an edit of the summit, not a move.
 *
 * @example
 * const { moved, cancelled } = compareProgrammes(shown, fetched);
 * status.textContent = `${moved.length} moved, ${cancelled.length} cancelled`;
 */
export function compareProgrammes(before: Summit, after: Summit): ProgrammeChanges {
  const earlier = new Map(before.workshops.map((workshop) => [workshop.id, workshop]));
  const ids = new Set(after.workshops.map((workshop) => workshop.id));
  const added: Workshop[] = [];
  const cancelled: WorkshopChange[] = [];
  const moved: WorkshopChange[] = [];
  const edited: WorkshopChange[] = [];
  for (const workshop of after.workshops) {
    const previous = earlier.get(workshop.id);
    if (previous === undefined) {
      added.push(workshop);
      continue;
    }
    if (previous === workshop) continue;
    const change = { before: previous, after: workshop };
    if (isCancelled(workshop) && !isCancelled(previous)) {
      cancelled.push(change);
    } else if (
      Date.parse(previous.start) !== Date.parse(workshop.start) ||
      Date.parse(previous.end) !== Date.parse(workshop.end) ||
      workshopRoom(previous, before)?.key !== workshopRoom(workshop, after)?.key
    ) {
      moved.push(change);
    } else if (!sameData(previous, workshop)) {
      edited.push(change);
    }
  }
  const removed = before.workshops.filter((workshop) => !ids.has(workshop.id));
  return { added, removed, cancelled, moved, edited };
}

/** Whether `changes` holds any change at all. */
export function hasProgrammeChanges(changes: ProgrammeChanges): boolean {
  return (
    changes.added.length +
      changes.removed.length +
      changes.cancelled.length +
      changes.moved.length +
      changes.edited.length >
    0
  );
}
