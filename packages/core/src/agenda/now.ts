/**
 * "Happening now" and "up next" for a live agenda. Both take the instant to look from, so they
 * stay pure: the widget passes `Date.now()` on its own tick, and tests pass a fixed time.
 */
import type { Workshop } from '../summit/summit.schema.js';
import { type Instant, instantOf, spanOf, toEpoch } from './time.js';

/**
 * The workshops under way at `instant`: started at or before it and ending after it. Sorted by
 * start; workshops starting together keep their input order.
 */
export function happeningNow(workshops: readonly Workshop[], instant: Instant): Workshop[] {
  const now = toEpoch(instant);
  return workshops
    .filter((workshop) => {
      const { start, end } = spanOf(workshop);
      return start <= now && now < end;
    })
    .sort((a, b) => instantOf(a.start) - instantOf(b.start));
}

/**
 * The next time slot: every workshop sharing the earliest start strictly after `instant`, in
 * input order. Empty when nothing starts later. A workshop starting exactly at `instant` is
 * happening now, not next.
 */
export function upNext(workshops: readonly Workshop[], instant: Instant): Workshop[] {
  const now = toEpoch(instant);
  let next = Infinity;
  let slot: Workshop[] = [];
  for (const workshop of workshops) {
    const start = instantOf(workshop.start);
    if (start <= now || start > next) continue;
    if (start < next) {
      next = start;
      slot = [];
    }
    slot.push(workshop);
  }
  return slot;
}
