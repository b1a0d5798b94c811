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
 * Sorting is the only cost above linear, and it sorts slots, not workshops.
 */
import type { Workshop } from '../summit/summit.schema.js';
import type { Language, LocalizedText } from '../summit/localized-text.js';
import { localize } from '../summit/localized-text.js';
import { calendarDateIn, instantOf } from './time.js';

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

/** Workshops that start at one instant, in input order, while they are being gathered. */
interface Gathered {
  start: number;
  /** The end of the first workshop, as an instant. */
  end: number;
  /** Whether the workshops end at different instants. */
  mixed: boolean;
  workshops: Workshop[];
}

/**
 * Groups workshops by calendar day in `timeZone`, then by start time. Every workshop appears in
 * exactly one slot; days and slots are sorted; workshops of a slot keep their input order.
 *
 * Workshops are gathered into slots in one pass, by start text and then by instant, so sorting
 * and the zone arithmetic apply to slots, of which a summit has a few hundred, and not to
 * workshops: the time grows with the number of workshops, no faster.
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
  // Start texts are shared by the workshops of a slot (whose strings keep their hash), and
  // different texts can name one instant (`-04:00` and `Z`): texts first, then instants.
  const byText = new Map<string, Gathered>();
  const byInstant = new Map<number, Gathered>();
  const gathered: Gathered[] = [];
  for (const workshop of workshops) {
    let slot = byText.get(workshop.start);
    if (slot === undefined) {
      const start = instantOf(workshop.start);
      if (Number.isNaN(start)) {
        // A start that is not a date-time makes a slot of its own each time.
        gathered.push({ start, end: NaN, mixed: false, workshops: [workshop] });
        continue;
      }
      slot = byInstant.get(start);
      if (slot === undefined) {
        slot = { start, end: instantOf(workshop.end), mixed: false, workshops: [] };
        gathered.push(slot);
        byInstant.set(start, slot);
      }
      byText.set(workshop.start, slot);
    }
    if (!slot.mixed && slot.workshops.length > 0 && instantOf(workshop.end) !== slot.end) {
      slot.mixed = true;
    }
    slot.workshops.push(workshop);
  }

  // Slots of unreadable starts go last, in input order (the sort is stable).
  gathered.sort((a, b) =>
    Number.isNaN(a.start) || Number.isNaN(b.start)
      ? Number(Number.isNaN(a.start)) - Number(Number.isNaN(b.start))
      : a.start - b.start,
  );
  const days = new Map<string, AgendaDay>();
  for (const { start, mixed, workshops: members } of gathered) {
    const date = calendarDateIn(start, options.timeZone);
    let day = days.get(date);
    if (day === undefined) {
      day = { date, slots: [] };
      days.set(date, day);
    }
    const first = members[0]!;
    day.slots.push(
      mixed
        ? { start: first.start, workshops: members }
        : { start: first.start, end: first.end, workshops: members },
    );
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
