/**
 * Where "now" is in a summit: the card "jump to now" goes to, and the day the grid opens on.
 */
import { conferenceDateIn, dayOptionsOf, happeningNow, upNext } from '@gics/core/agenda';
import type { Summit, Workshop } from '@gics/core/summit';

/** The first workshop under way at `instant`, else the first of the next slot. */
export function nowTarget(workshops: readonly Workshop[], instant: number): Workshop | undefined {
  return happeningNow(workshops, instant)[0] ?? upNext(workshops, instant)[0];
}

/** The conference day `workshop` starts on, in `zone`. */
export function conferenceDayOf(summit: Summit, workshop: Workshop, zone: string): string {
  return conferenceDateIn(workshop.start, dayOptionsOf(summit, zone));
}

/**
 * The day the grid shows: `current` when it is one of `days`, else today during the summit,
 * else the first day ('' for a summit without days).
 */
export function gridDayFor(
  summit: Summit,
  days: readonly string[],
  zone: string,
  current: string,
  instant: number,
): string {
  if (days.length === 0 || days.includes(current)) return current;
  const live = nowTarget(summit.workshops, instant);
  const today = live ? conferenceDayOf(summit, live, zone) : '';
  return days.includes(today) ? today : days[0]!;
}

/** The day tab a key moves to from `current` (arrows wrap around, Home, End), if any. */
export function dayForKey(
  key: string,
  days: readonly string[],
  current: string,
): string | undefined {
  const index = days.indexOf(current);
  const moves: Record<string, number> = {
    ArrowRight: index + 1,
    ArrowLeft: index - 1,
    Home: 0,
    End: days.length - 1,
  };
  const next = moves[key];
  return next === undefined ? undefined : days[(next + days.length) % days.length];
}
