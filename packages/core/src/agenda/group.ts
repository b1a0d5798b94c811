/**
 * Grouping for the agenda's two views.
 *
 * The list view reads `groupWorkshopsByDay`: days in calendar order, each holding its time slots
 * (the workshops that start at the same instant) in time order. Days are the conference days
 * (`conferenceDateIn` in `time.ts`) of the workshops' starts in the zone and with the day change
 * given: with the summit's (`dayOptionsOf(summit)`), a talk at 01:30 after a `06:00` day change
 * stays on the previous day's programme. Without a day change, days are calendar dates in the
 * zone being shown, so the same summit groups differently for a visitor in Paris than in
 * Montréal: a workshop at 23:30 in Montréal starts the next day in Paris. A workshop belongs to
 * the day and slot where it starts, even when it runs past the day's end.
 *
 * The grid view (rooms × time) reads `listDays` for its tabs, `listRooms` for its columns (the
 * summit's rooms in the organiser's order, then rooms only named in workshops) and
 * `minutesIntoConferenceDay` (in `time.ts`) for its rows.
 *
 * Sorting is the only cost above linear, and it sorts slots, not workshops.
 */
import type { Room, Workshop } from '../summit/summit.schema.js';
import type { Language, LocalizedText } from '../summit/localized-text.js';
import { localize } from '../summit/localized-text.js';
import { conferenceDateIn, instantOf } from './time.js';
import type { DayOptions } from './time.js';

/** Workshops that start at the same instant. */
export interface AgendaSlot {
  /** The common start, as written in the first workshop of the slot. */
  start: string;
  /** The common end when every workshop of the slot ends at the same instant, else absent. */
  end?: string;
  /** The workshops, in the order they were given. */
  workshops: Workshop[];
}

/** One conference day of the agenda in the zone it is shown in. */
export interface AgendaDay {
  /** `YYYY-MM-DD`: the conference day in the zone passed to `groupWorkshopsByDay`. */
  date: string;
  /** Time slots in chronological order. */
  slots: AgendaSlot[];
}

/** Options shared by functions that place workshops on days: a zone and its day change. */
export type ZoneOptions = DayOptions;

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
 * Groups workshops by conference day in `timeZone` (calendar day when there is no
 * `dayChange`), then by start time. Every workshop appears in
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
    const date = conferenceDateIn(start, options);
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

/**
 * The distinct conference days (`YYYY-MM-DD`, sorted) on which workshops start in `timeZone`
 * with `dayChange`: calendar days when there is no day change.
 */
export function listDays(workshops: readonly Workshop[], options: ZoneOptions): string[] {
  const dates = new Map<string, string>(); // by start text, which slots share
  for (const { start } of workshops) {
    if (!dates.has(start)) dates.set(start, conferenceDateIn(start, options));
  }
  return [...new Set(dates.values())].sort();
}

/** A room as the grid shows it: a stable key for filters and a name for each language. */
export interface AgendaRoom {
  /**
   * What identifies the room in filters and grid columns: the id of a room the summit lists,
   * else the room's French name (its English one if it has no French), trimmed.
   */
  key: string;
  /** The listed room's name, else the name as written in the first workshop held there. */
  name: LocalizedText;
  /** Number of seats, when the summit lists the room with one. */
  capacity?: number;
}

/** Where a workshop's room is looked up: the summit's listed rooms, in the organiser's order. */
export interface RoomSource {
  readonly rooms?: readonly Room[] | undefined;
}

/**
 * The key identifying a room given as text in filters and grid columns: its French name, else
 * its English one, trimmed. `''` for a workshop without a room. A workshop's own key, listed
 * room or not, is `workshopRoom(workshop, summit)?.key`.
 */
export function roomKey(room: LocalizedText | undefined): string {
  return localize(room, 'fr').trim();
}

interface RoomLookup {
  /** Listed rooms by id, and by the key of their name for workshops that give it as text. */
  byId: Map<string, AgendaRoom>;
  byName: Map<string, AgendaRoom>;
  /** Position of each listed room, by key. */
  order: Map<string, number>;
}

const lookups = new WeakMap<readonly Room[], RoomLookup>();
const NO_ROOMS: readonly Room[] = [];

function lookupOf(rooms: readonly Room[]): RoomLookup {
  let lookup = lookups.get(rooms);
  if (lookup === undefined) {
    lookup = { byId: new Map(), byName: new Map(), order: new Map() };
    for (const { id, name, capacity } of rooms) {
      if (lookup.byId.has(id)) continue;
      const room: AgendaRoom =
        capacity === undefined ? { key: id, name } : { key: id, name, capacity };
      lookup.order.set(id, lookup.byId.size);
      lookup.byId.set(id, room);
      const nameKey = roomKey(name);
      if (!lookup.byName.has(nameKey)) lookup.byName.set(nameKey, room);
    }
    lookups.set(rooms, lookup);
  }
  return lookup;
}

/**
 * The room a workshop is held in: the summit's room its `roomId` names, else the room its
 * `room` text names (the listed room of that name, if there is one). `undefined` when it gives
 * neither, or only a `roomId` the summit does not list.
 *
 * @example localize(workshopRoom(workshop, summit)?.name, lang)
 */
export function workshopRoom(workshop: Workshop, summit?: RoomSource): AgendaRoom | undefined {
  const lookup = lookupOf(summit?.rooms ?? NO_ROOMS);
  if (workshop.roomId !== undefined) {
    const listed = lookup.byId.get(workshop.roomId);
    if (listed !== undefined) return listed;
  }
  const { room } = workshop;
  const key = roomKey(room);
  if (key === '') return undefined;
  return lookup.byName.get(key) ?? { key, name: room! };
}

/** Whether `room` (from `workshopRoom`) is one of the summit's listed rooms. Not exported. */
export function isListedRoom(room: AgendaRoom, summit?: RoomSource): boolean {
  return lookupOf(summit?.rooms ?? NO_ROOMS).byId.get(room.key) === room;
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
 * The distinct rooms of some workshops (pass a day's workshops for that day's columns): first
 * the summit's listed rooms in the organiser's order, then rooms only named in workshops,
 * sorted by name in `lang` with numbers compared as numbers (« Salle 2 » before « Salle 10 »).
 * Sorting those by name rather than by first appearance keeps a hand-written file's columns in
 * the order its readers look them up in, whatever order its workshops were typed in. Workshops
 * without a room are left out.
 *
 * @example listRooms(day.slots.flatMap((slot) => slot.workshops), { lang: 'fr', summit })
 */
export function listRooms(
  workshops: readonly Workshop[],
  options: { lang: Language; summit?: RoomSource },
): AgendaRoom[] {
  const { byId, order } = lookupOf(options.summit?.rooms ?? NO_ROOMS);
  const listed: AgendaRoom[] = [];
  const named: AgendaRoom[] = [];
  const seen = new Set<string>();
  for (const workshop of workshops) {
    const room = workshopRoom(workshop, options.summit);
    if (room === undefined || seen.has(room.key)) continue;
    seen.add(room.key);
    (byId.get(room.key) === room ? listed : named).push(room);
  }
  const compare = collator(options.lang);
  const nameOf = (room: AgendaRoom) => localize(room.name, options.lang).trim();
  listed.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  named.sort((a, b) => compare.compare(nameOf(a), nameOf(b)));
  return [...listed, ...named];
}

/**
 * The distinct languages the workshops are held in, for a language filter: BCP 47 tags sorted
 * by code point (`de`, `en`, `fr`, `pt-BR`…), then `bilingual` (French and English), which is
 * kept as a value of its own. Workshops without a language are left out.
 */
export function listLanguages(workshops: readonly Workshop[]): string[] {
  const tags = new Set<string>();
  for (const { language } of workshops) if (language !== undefined) tags.add(language);
  const bilingual = tags.delete('bilingual');
  const sorted = [...tags].sort();
  if (bilingual) sorted.push('bilingual');
  return sorted;
}
