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
 * - a zone's UTC offset comes from `tzOffset` (`@date-fns/tz`, which asks `Intl`), asked once
 *   for the start of each hour (UTC) an instant falls in. When an hour starts and ends with the
 *   same offset, every instant in it has that offset: the time-zone database never changes a
 *   zone's clocks twice within an hour. Otherwise (the hour of a transition) the instant's own
 *   minute is asked: transitions fall on whole minutes (since 1972 at least). A three-day
 *   programme costs `Intl` some seventy questions, however many workshops it has.
 *
 * A *conference day* (see `DayOptions`) starts at a wall-clock time, the summit's `dayChange`,
 * rather than at midnight, so that a night programme stays on the day it belongs to: with
 * `06:00`, a talk at 01:30 on the 28th is on the 27th's programme. Its date is the calendar date
 * of the wall clock minus the day change, so it follows the zone's clocks across DST changes.
 */
// The subpath, not the package root: the root also loads `TZDate`, which nothing here uses.
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
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MAX_CACHED_HOURS = 20_000;
/** By zone, its offset at the start of each hour asked about (hours since the epoch). */
const hourStarts = new Map<string, Map<number, number>>();

/** Throws a `RangeError` for a zone the runtime does not know, as `Intl` itself would. */
export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
}

/** The UTC offset of `timeZone` at `epoch`, in minutes (`-240` for Montréal in summer). */
export function offsetMinutes(timeZone: string, epoch: number): number {
  let zone = hourStarts.get(timeZone);
  if (zone === undefined) {
    assertTimeZone(timeZone);
    zone = new Map();
    hourStarts.set(timeZone, zone);
  }
  const hour = Math.floor(epoch / HOUR);
  const offset = offsetAtHour(timeZone, zone, hour);
  if (offset === offsetAtHour(timeZone, zone, hour + 1)) return offset;
  return tzOffset(timeZone, new Date(Math.floor(epoch / MINUTE) * MINUTE));
}

/** `timeZone`'s offset at the start of `hour` (hours since the epoch), remembered in `zone`. */
function offsetAtHour(timeZone: string, zone: Map<number, number>, hour: number): number {
  let offset = zone.get(hour);
  if (offset === undefined) {
    if (zone.size >= MAX_CACHED_HOURS) zone.clear();
    offset = tzOffset(timeZone, new Date(hour * HOUR));
    zone.set(hour, offset);
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

/** How an agenda cuts time into days: calendar days of a zone, each starting at a set time. */
export interface DayOptions {
  /** IANA zone whose wall clocks the days follow, e.g. the summit's or the visitor's. */
  timeZone: string;
  /**
   * The wall-clock time (`HH:MM`) in `timeZone` at which one day ends and the next begins, as a
   * summit's `dayChange`. Absent: midnight.
   */
  dayChange?: string | undefined;
}

/** `HH:MM` as minutes since midnight; 0 when absent. */
export function dayChangeMinutes(dayChange: string | undefined): number {
  if (dayChange === undefined) return 0;
  return Number(dayChange.slice(0, 2)) * 60 + Number(dayChange.slice(3, 5));
}

/**
 * The days an agenda shown in `shownIn` (the summit's zone by default) is cut into. A summit
 * with a `dayChange` has conference days of its own, the organiser's, whatever zone its times
 * are shown in: its zone and its day change. Otherwise, the calendar days of `shownIn`, so that
 * 23:30 in Montréal is the next day for a visitor shown Paris times.
 *
 * @example groupWorkshopsByDay(summit.workshops, dayOptionsOf(summit, visitorZone))
 */
export function dayOptionsOf(
  summit: { readonly timeZone: string; readonly dayChange?: string | undefined },
  shownIn: string = summit.timeZone,
): DayOptions {
  return summit.dayChange === undefined
    ? { timeZone: shownIn }
    : { timeZone: summit.timeZone, dayChange: summit.dayChange };
}

/**
 * The conference day (`YYYY-MM-DD`) `instant` belongs to: the calendar date, in `timeZone`, of
 * its wall-clock time minus the day change. Without a day change, the calendar date.
 *
 * @example
 * conferenceDateIn('2023-12-28T01:30:00+01:00', { timeZone: 'Europe/Berlin', dayChange: '06:00' })
 * // '2023-12-27'
 */
export function conferenceDateIn(instant: Instant, options: DayOptions): string {
  const epoch = toEpoch(instant);
  const shift = dayChangeMinutes(options.dayChange);
  const local = new Date(epoch + (offsetMinutes(options.timeZone, epoch) - shift) * MINUTE);
  return `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`;
}

const MAX_CACHED_STARTS = 5_000;
const dayStarts = new Map<string, number>();

/**
 * The instant (epoch milliseconds) conference day `date` (`YYYY-MM-DD`) starts: its day change
 * on `date` in `timeZone`. When clocks go back across that time, the first of the two instants;
 * when they skip it, the first instant after the gap.
 */
export function conferenceDayStart(date: string, options: DayOptions): number {
  const { timeZone } = options;
  const key = `${timeZone} ${options.dayChange ?? ''} ${date}`;
  let start = dayStarts.get(key);
  if (start !== undefined) return start;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // The wall-clock time as if it were UTC; subtracting the offset in force gives the instant.
  const wall = Date.UTC(year, month - 1, day) + dayChangeMinutes(options.dayChange) * MINUTE;
  const before = offsetMinutes(timeZone, wall - DAY);
  const after = offsetMinutes(timeZone, wall + DAY);
  const fits = (offset: number) => offsetMinutes(timeZone, wall - offset * MINUTE) === offset;
  const candidates = [wall - before * MINUTE, wall - after * MINUTE].filter((epoch, index) =>
    fits(index === 0 ? before : after),
  );
  if (candidates.length > 0) {
    start = Math.min(...candidates);
  } else {
    // Clocks skip the day change: the day starts at the transition, the first instant whose
    // wall clock is past it. Transitions fall on whole minutes, between the two guesses.
    let low = Math.floor((wall - after * MINUTE) / MINUTE);
    let high = Math.ceil((wall - before * MINUTE) / MINUTE);
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetMinutes(timeZone, middle * MINUTE) === before) low = middle;
      else high = middle;
    }
    start = high * MINUTE;
  }
  if (dayStarts.size >= MAX_CACHED_STARTS) dayStarts.clear();
  dayStarts.set(key, start);
  return start;
}

/**
 * Minutes from the start of `instant`'s conference day to `instant`, on the wall clocks of
 * `shownIn` (the days' own zone by default), for placing a workshop on a grid whose rows run
 * past midnight: with a `06:00` day change, 01:30 the next morning is 1170 (19.5 hours).
 * Usually 0–1439; on a night whose clocks go back, two instants share a value, as they share a
 * wall-clock time, and a day whose zone and `shownIn` change clocks on different nights can
 * reach 1499. The row of minute `m` reads `wallClockMinutes(conferenceDayStart(…), shownIn) + m`.
 *
 * @example
 * minutesIntoConferenceDay('2023-12-28T01:30:00+01:00', { timeZone: 'Europe/Berlin', dayChange: '06:00' })
 * // 1170
 */
export function minutesIntoConferenceDay(
  instant: Instant,
  options: DayOptions,
  shownIn: string = options.timeZone,
): number {
  const epoch = toEpoch(instant);
  const start = conferenceDayStart(conferenceDateIn(epoch, options), options);
  const wallClockShift = offsetMinutes(shownIn, epoch) - offsetMinutes(shownIn, start);
  return Math.max(0, Math.floor((epoch - start) / MINUTE) + wallClockShift);
}
