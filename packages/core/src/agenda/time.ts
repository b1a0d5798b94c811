/**
 * Instants and wall-clock dates for the agenda.
 *
 * A workshop's `start` and `end` are ISO 8601 strings with an offset, so each names one instant
 * whatever zone it was written in. The agenda needs two things from them, thousands of times per
 * render: the instant as a number (to sort and compare) and the calendar date it falls on in
 * some zone (to group by day). Both are cached:
 *
 * - parsed instants are remembered by their text: a summit's workshops share a few hundred
 *   start and end strings, so ten thousand workshops cost a few hundred parses;
 * - a zone's UTC offset comes from `tzOffset` (`@date-fns/tz`, which asks `Intl`) and is
 *   remembered per minute. Offsets change only at transitions, and transitions in the
 *   time-zone database fall on whole minutes (since 1972 at least), so every instant of a minute
 *   shares one offset. Workshops start on a few hundred distinct minutes; `Intl` is asked once
 *   for each instead of once per workshop.
 */
// The subpath, not the package root: the root also loads `TZDate` (about 1.5 KiB gzipped).
import { tzOffset } from '@date-fns/tz/tzOffset';
import { isValidTimeZone } from '../summit/time-zone.js';

/** A point in time: a `Date`, milliseconds since the epoch, or an ISO 8601 string with offset. */
export type Instant = Date | number | string;

/** The part of a workshop the time functions read. */
export interface TimedItem {
  /** Start, ISO 8601 with offset. */
  readonly start: string;
  /** End, ISO 8601 with offset. */
  readonly end: string;
}

const MAX_CACHED = 50_000;
const parsed = new Map<string, number>();

/**
 * Milliseconds since the epoch for an ISO 8601 string, `NaN` if unparsable. Workshops of one
 * slot share their start text, so results are remembered by text.
 */
export function instantOf(text: string): number {
  let epoch = parsed.get(text);
  if (epoch === undefined) {
    if (parsed.size >= MAX_CACHED) parsed.clear();
    epoch = Date.parse(text);
    parsed.set(text, epoch);
  }
  return epoch;
}

/** Milliseconds since the epoch for an instant. An unparsable string gives `NaN`. */
export function toEpoch(instant: Instant): number {
  if (typeof instant === 'number') return instant;
  if (typeof instant === 'string') return instantOf(instant);
  return instant.getTime();
}

/** A workshop's start and end in epoch milliseconds. */
export function spanOf(item: TimedItem): { start: number; end: number } {
  return { start: instantOf(item.start), end: instantOf(item.end) };
}

const MINUTE = 60_000;
const MAX_CACHED_MINUTES = 20_000;
const offsets = new Map<string, Map<number, number>>();

/** Throws a `RangeError` for a zone the runtime does not know, as `Intl` itself would. */
export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
}

/** The UTC offset of `timeZone` at `epoch`, in minutes (`-240` for Montréal in summer). */
export function offsetMinutes(timeZone: string, epoch: number): number {
  let zone = offsets.get(timeZone);
  if (zone === undefined) {
    assertTimeZone(timeZone);
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const minute = Math.floor(epoch / MINUTE);
  let offset = zone.get(minute);
  if (offset === undefined) {
    if (zone.size >= MAX_CACHED_MINUTES) zone.clear();
    offset = tzOffset(timeZone, new Date(minute * MINUTE));
    zone.set(minute, offset);
  }
  return offset;
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/**
 * The calendar date (`YYYY-MM-DD`) on the wall clocks of `timeZone` at `instant`.
 *
 * @example calendarDateIn('2023-05-16T23:30:00-04:00', 'Europe/Paris') // '2023-05-17'
 */
export function calendarDateIn(instant: Instant, timeZone: string): string {
  const epoch = toEpoch(instant);
  const local = new Date(epoch + offsetMinutes(timeZone, epoch) * MINUTE);
  return `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`;
}

/**
 * Minutes since midnight on the wall clocks of `timeZone` at `instant` (0–1439), for placing a
 * workshop on a grid's time axis. On the day clocks go back, two instants can share a value.
 */
export function wallClockMinutes(instant: Instant, timeZone: string): number {
  const epoch = toEpoch(instant);
  const local = new Date(epoch + offsetMinutes(timeZone, epoch) * MINUTE);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}
