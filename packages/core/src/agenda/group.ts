/**
 * Grouping for the agenda's two views.
 *
 * The list view reads `groupWorkshopsByDay`: days in calendar order, each holding its time slots
 * (the workshops that start at the same instant) in time order. Days are the calendar dates of
 * the workshops' starts *in the zone being shown*, so the same summit groups differently for a
 * visitor in Paris than in Montréal: a workshop at 23:30 in Montréal starts the next day in
 * Paris. A workshop belongs to the day and slot where it starts, even when it runs past
 * midnight.
 *
 * The grid view (rooms × time) reads `listDays` for its tabs, `listRooms` for its columns and
 * `wallClockMinutes` (in `time.ts`) for its rows.
 *
 * Sorting is the only cost above linear: O(n log n) on numbers parsed once per workshop.
 */
import type { Workshop } from '../summit/summit.schema.js';
import type { Language, LocalizedText } from '../summit/localized-text.js';
import { localize } from '../summit/localized-text.js';
import { calendarDateIn, spanOf } from './time.js';

/** Workshops that start at the same instant. */
export interface AgendaSlot {
  /** The common start, as written in the first workshop of the slot. */
  start: string;
  /** The common end when every workshop of the slot ends at the same instant, else absent. */
  end?: string;
  /** The workshops, in the order they were given. */
  workshops: Workshop[];
}

/** One calendar day of the agenda in the zone it is shown in. */
export interface AgendaDay {
  /** `YYYY-MM-DD` in the zone passed to `groupWorkshopsByDay`. */
  date: string;
  /** Time slots in chronological order. */
  slots: AgendaSlot[];
}

/** Options shared by functions that place workshops on calendar days. */
export interface ZoneOptions {
  /** IANA zone whose calendar days are used, e.g. the summit's or the visitor's. */
  timeZone: string;
}

interface Dated {
  workshop: Workshop;
  start: number;
  end: number;
}

/** The workshops with their parsed instants, sorted by start (stable: ties keep input order). */
function byStart(workshops: readonly Workshop[]): Dated[] {
  const dated = workshops.map((workshop) => {
    const { start, end } = spanOf(workshop);
    return { workshop, start, end };
  });
  return dated.sort((a, b) => a.start - b.start);
}

/**
 * Groups workshops by calendar day in `timeZone`, then by start time. Every workshop appears in
 * exactly one slot; days and slots are sorted; workshops of a slot keep their input order.
 *
 * @example
 * groupWorkshopsByDay(summit.workshops, { timeZone: summit.timeZone })
 * // [{ date: '2023-05-16',
 * //    slots: [{ start: '2023-05-16T09:00:00-04:00', end: '…', workshops: […] }, …] }, …]
 */
export function groupWorkshopsByDay(
  workshops: readonly Workshop[],
  options: ZoneOptions,
): AgendaDay[] {
  const days = new Map<string, AgendaDay>();
  // The last slot opened on each day, with its start and first end as instants.
  const lastSlot = new Map<AgendaDay, { start: number; end: number; slot: AgendaSlot }>();

  let previousStart = NaN;
  let date = '';
  for (const { workshop, start, end } of byStart(workshops)) {
    // Workshops arrive by start, and those of a slot share their date: compute it once a slot.
    if (start !== previousStart) date = calendarDateIn(start, options.timeZone);
    previousStart = start;
    let day = days.get(date);
    if (day === undefined) {
      day = { date, slots: [] };
      days.set(date, day);
    }
    const last = lastSlot.get(day);
    if (last !== undefined && last.start === start) {
      last.slot.workshops.push(workshop);
      if (last.end !== end && last.slot.end !== undefined) delete last.slot.end;
    } else {
      const slot: AgendaSlot = { start: workshop.start, end: workshop.end, workshops: [workshop] };
      day.slots.push(slot);
      lastSlot.set(day, { start, end, slot });
    }
  }

  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The distinct calendar days (`YYYY-MM-DD`, sorted) on which workshops start in `timeZone`. */
export function listDays(workshops: readonly Workshop[], options: ZoneOptions): string[] {
  const dates = new Map<string, string>(); // by start text, which slots share
  for (const { start } of workshops) {
    if (!dates.has(start)) dates.set(start, calendarDateIn(start, options.timeZone));
  }
  return [...new Set(dates.values())].sort();
}

/** A room as the grid shows it: a stable key for filters and a name for each language. */
export interface AgendaRoom {
  /** The room's French name (its English one if it has no French), trimmed. */
  key: string;
  /** The name as written in the first workshop held there. */
  name: LocalizedText;
}

/**
 * The key identifying a room in filters and grid columns: its French name, else its English
 * one, trimmed. `''` for a workshop without a room.
 */
export function roomKey(room: LocalizedText | undefined): string {
  return localize(room, 'fr').trim();
}

const collators = new Map<Language, Intl.Collator>();
function collator(lang: Language): Intl.Collator {
  let found = collators.get(lang);
  if (found === undefined) {
    found = new Intl.Collator(lang === 'fr' ? 'fr-CA' : 'en-CA', { numeric: true });
    collators.set(lang, found);
  }
  return found;
}

/**
 * The distinct rooms of some workshops (pass a day's workshops for that day's columns), sorted
 * by name in `lang` with numbers compared as numbers (« Salle 2 » before « Salle 10 »).
 * Workshops without a room are left out.
 *
 * @example listRooms(day.slots.flatMap((slot) => slot.workshops), { lang: 'fr' })
 */
export function listRooms(
  workshops: readonly Workshop[],
  options: { lang: Language },
): AgendaRoom[] {
  const rooms = new Map<string, AgendaRoom>();
  for (const workshop of workshops) {
    const key = roomKey(workshop.room);
    if (key !== '' && workshop.room !== undefined && !rooms.has(key)) {
      rooms.set(key, { key, name: workshop.room });
    }
  }
  const compare = collator(options.lang);
  return [...rooms.values()].sort((a, b) =>
    compare.compare(localize(a.name, options.lang).trim(), localize(b.name, options.lang).trim()),
  );
}
