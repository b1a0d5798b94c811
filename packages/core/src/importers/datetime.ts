/**
 * Dates and times as the importers need them. Every source time goes through two steps:
 *
 * 1. `parseDateTime` reads the text into either an *instant* (it had `Z` or an offset) or a
 *    *wall-clock* reading (no offset, e.g. Sessionize's `2031-11-01T09:00:00`);
 * 2. `toInstant` turns a wall-clock reading into an instant in the event's IANA zone with
 *    `TZDate`, which knows each zone's daylight-saving rules; `formatInZone` then writes any
 *    instant as ISO 8601 with the offset the zone has *at that instant*
 *    (`2031-11-01T09:00:00-04:00`, then `2031-11-03T09:00:00-05:00` after the clocks fall back).
 *
 * Plain `Date` parsing is never used: it reads offset-less text in the machine's own zone.
 */
import { TZDate } from '@date-fns/tz';
import { offsetMinutes } from '../agenda/time.js';

/** A calendar date and time of day with no zone attached. */
export interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type ParsedDateTime =
  { kind: 'instant'; epochMs: number } | { kind: 'wall-clock'; wallClock: WallClock };

const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Years before 1900 are refused: they are typos, and `Date.UTC` misreads years below 100. */
function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Reads `YYYY-MM-DD` (also the date part of a date-time); `undefined` if it is not a real date. */
export function parseCalendarDate(
  text: string,
): { year: number; month: number; day: number } | undefined {
  const match = DATE_PATTERN.exec(text.trim().slice(0, 10));
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

/** Reads an ISO 8601 date-time, with or without an offset; `undefined` when it is not one. */
export function parseDateTime(text: string): ParsedDateTime | undefined {
  const match = DATE_TIME_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((index) => Number(match[index])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (!isValidCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const millis = match[7] === undefined ? 0 : Math.floor(Number(`0.${match[7]}`) * 1000);
  const zone = match[8];
  if (zone === undefined) {
    return { kind: 'wall-clock', wallClock: { year, month, day, hour, minute, second } };
  }
  let offsetFromUtc = 0;
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (hours > 23 || minutes > 59) return undefined;
    offsetFromUtc = sign * (hours * 60 + minutes);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  return { kind: 'instant', epochMs: utc - offsetFromUtc * 60_000 };
}

/** Reads a local time of day, `HH:MM` or `H:MM` (optionally `:SS`), as minutes after midnight. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = /^(\d{1,2}):([0-5]\d)(?::[0-5]\d)?$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  return hours > 23 ? undefined : hours * 60 + Number(match[2]);
}

/** Reads a frab duration, `H:MM`, `HH:MM` or `HH:MM:SS` (hours may exceed 23), as minutes. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]) + (match[3] ? Number(match[3]) / 60 : 0);
}

/** The result of placing a wall-clock reading in a zone. */
export interface ZonedInstant {
  epochMs: number;
  /**
   * True when the reading does not exist in the zone (it falls in the hour skipped when the
   * clocks spring forward) and was moved later by the zone's gap.
   */
  shifted: boolean;
}

function sameWallClock(date: TZDate, wallClock: WallClock): boolean {
  return (
    date.getFullYear() === wallClock.year &&
    date.getMonth() === wallClock.month - 1 &&
    date.getDate() === wallClock.day &&
    date.getHours() === wallClock.hour &&
    date.getMinutes() === wallClock.minute
  );
}

/**
 * Places a wall-clock reading in `zone`. A reading that happens twice (the hour repeated when
 * the clocks fall back) is given its *earlier* instant, whatever the machine's own zone; one
 * that never happens (the hour skipped in spring) is moved later by the gap, like RFC 5545 and
 * Temporal's `compatible` choice.
 */
export function wallClockToInstant(wallClock: WallClock, zone: string): ZonedInstant {
  const { year, month, day, hour, minute, second } = wallClock;
  const date = new TZDate(year, month - 1, day, hour, minute, second, zone);
  if (!sameWallClock(date, wallClock)) return { epochMs: date.getTime(), shifted: true };
  // Zones shift by an hour, or by half an hour (Lord Howe Island): try both, earliest first.
  for (const earlierBy of [60, 30]) {
    const earlier = new TZDate(date.getTime() - earlierBy * 60_000, zone);
    if (sameWallClock(earlier, wallClock)) return { epochMs: earlier.getTime(), shifted: false };
  }
  return { epochMs: date.getTime(), shifted: false };
}

/** Adds `days` to a calendar date (no zone involved). */
export function addCalendarDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number } {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The wall-clock reading of an instant in `zone`, as the UTC fields of a `Date`. */
function wallClockDate(epochMs: number, zone: string): Date {
  return new Date(epochMs + offsetMinutes(zone, epochMs) * 60_000);
}

/** `formatInZone`'s texts by zone and instant: the talks of one slot share their start and end. */
const formatted = new Map<string, Map<number, string>>();
const MAX_FORMATTED = 20_000;

/** Writes an instant as ISO 8601 with the offset `zone` has then: `2031-05-13T09:00:00-04:00`. */
export function formatInZone(epochMs: number, zone: string): string {
  let ofZone = formatted.get(zone);
  if (ofZone === undefined) formatted.set(zone, (ofZone = new Map()));
  let text = ofZone.get(epochMs);
  if (text === undefined) {
    if (ofZone.size >= MAX_FORMATTED) ofZone.clear();
    text = writeInZone(epochMs, zone);
    ofZone.set(epochMs, text);
  }
  return text;
}

function writeInZone(epochMs: number, zone: string): string {
  const offset = offsetMinutes(zone, epochMs);
  const local = new Date(epochMs + offset * 60_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return (
    `${String(local.getUTCFullYear()).padStart(4, '0')}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
  );
}

/** The calendar date of an instant in `zone`: `2031-05-13`. */
export function dateInZone(epochMs: number, zone: string): string {
  const date = new TZDate(epochMs, zone);
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Minutes after midnight of an instant's wall-clock time in `zone`. */
export function minutesOfDayInZone(epochMs: number, zone: string): number {
  const date = new TZDate(epochMs, zone);
  return date.getHours() * 60 + date.getMinutes();
}

/** Writes a calendar date as `YYYY-MM-DD`. */
export function formatCalendarDate(date: { year: number; month: number; day: number }): string {
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * Minutes from midnight at the start of `date` to the wall-clock time of an instant in `zone`,
 * counted on the wall clock: 01:30 the next morning is 1,530, 23:00 the evening before is −60.
 */
export function minutesAfterDate(
  epochMs: number,
  date: { year: number; month: number; day: number },
  zone: string,
): number {
  const wallMs = wallClockDate(epochMs, zone).getTime();
  return Math.floor((wallMs - Date.UTC(date.year, date.month - 1, date.day)) / 60_000);
}
