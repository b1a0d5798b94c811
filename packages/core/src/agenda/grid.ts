/**
 * One conference day as a rooms × time grid: which rooms are columns, where the rows are cut,
 * and where each workshop sits. Pure: an agenda renders the result however it likes (the
 * widgets' grid uses CSS grid lines, a printed programme could use a table).
 *
 *   the day's workshops (conference days of `dayOptionsOf(summit, timeZone)`)
 *     → columns: `listRooms` of every workshop of the day (the summit's rooms in its order,
 *       then rooms only named in workshops), less the hidden ones, then one column for the
 *       workshops without a room when the day has some
 *     → rows: every distinct start and end, in minutes since the conference day's start on the
 *       wall clocks of `timeZone`, so a night past midnight stays at the bottom of its day
 *     → cells: the workshops shown, by start time, each with its rows and its column
 */
import type { Language } from '../summit/localized-text.js';
import type { Summit, Workshop } from '../summit/summit.schema.js';
import { listRooms, workshopRoom, type AgendaRoom } from './group.js';
import {
  conferenceDateIn,
  conferenceDayStart,
  dayOptionsOf,
  minutesIntoConferenceDay,
  toEpoch,
  wallClockMinutes,
} from './time.js';

/** The length of a conference day on the grid, in minutes. */
const DAY_MINUTES = 24 * 60;

/** A workshop's place on the grid. */
export interface GridCell {
  workshop: Workshop;
  /** Minutes since the conference day's start: where the workshop starts on the grid. */
  start: number;
  /** Minutes since the conference day's start where its cell ends (at most the day's end). */
  end: number;
  /** The index in `rows` of the row the cell starts at, and of the row it ends before. */
  rows: readonly [from: number, to: number];
  /** Its column: the index of its room in `rooms`, `rooms.length` for the roomless column. */
  column: number;
}

/** One conference day laid out as rooms × time. */
export interface DayGrid {
  /** The conference day (`YYYY-MM-DD`). */
  day: string;
  /** Every room of the day, hidden ones included (a room picker lists them all). */
  allRooms: readonly AgendaRoom[];
  /** The rooms shown, one column each, in the order of `allRooms`. */
  rooms: readonly AgendaRoom[];
  /** Whether some workshops of the day have no room: a last column holds them. */
  roomless: boolean;
  /** The number of columns: the rooms shown, and the roomless column. */
  columns: number;
  /** Row boundaries in minutes since the conference day's start, ascending. */
  rows: readonly number[];
  /**
   * The wall-clock minute (in the zone shown) the conference day starts at: row `i` reads
   * `firstMinute + rows[i]` minutes past midnight, which may run past 1440.
   */
  firstMinute: number;
  /** The workshops shown, by start time (ties in the order given): the order cells render in. */
  cells: readonly GridCell[];
}

/** What a day grid is laid out for. */
export interface DayGridOptions {
  /** The conference day to lay out (`YYYY-MM-DD`). */
  day: string;
  /** The zone whose wall clocks the rows read. */
  timeZone: string;
  /** The language room names are sorted in. */
  lang: Language;
  /** Keys of rooms not shown (`AgendaRoom.key`). */
  hiddenRooms?: ReadonlySet<string>;
}

/** What a day grid needs of a summit: its rooms and workshops, its zone and day change. */
export type GridSummit = Pick<Summit, 'workshops' | 'rooms' | 'timeZone' | 'dayChange'>;

/**
 * Lays out conference day `options.day` of `summit` as rooms × time, placing `workshops` (the
 * summit's, filtered or not; those of other days are left out). Columns and the roomless column
 * come from every workshop of the day, so filtering never moves a column.
 *
 * @example
 * const grid = layoutDayGrid(summit, shown, { day: '2023-05-16', timeZone, lang: 'fr' });
 * // grid.cells[0] → { workshop, start: 540, end: 600, rows: [0, 1], column: 0 }
 */
export function layoutDayGrid(
  summit: GridSummit,
  workshops: readonly Workshop[],
  options: DayGridOptions,
): DayGrid {
  const { day, timeZone, lang } = options;
  const hidden = options.hiddenRooms;
  const days = dayOptionsOf(summit, timeZone);
  const onDay = (workshop: Workshop) => conferenceDateIn(workshop.start, days) === day;
  const all = summit.workshops.filter(onDay);
  const allRooms = listRooms(all, { lang, summit });
  const rooms = hidden?.size ? allRooms.filter((room) => !hidden.has(room.key)) : allRooms;
  const columnOf = new Map(rooms.map((room, index) => [room.key, index]));
  const roomOf = (workshop: Workshop) => workshopRoom(workshop, summit)?.key ?? '';
  const roomless = all.some((workshop) => roomOf(workshop) === '');
  const placed: Array<Omit<GridCell, 'rows'>> = [];
  const bounds = new Set<number>();
  for (const workshop of workshops) {
    if (!onDay(workshop)) continue;
    const key = roomOf(workshop);
    const column = key === '' ? rooms.length : columnOf.get(key);
    if (column === undefined) continue;
    const start = minutesIntoConferenceDay(workshop.start, days, timeZone);
    const length = Math.round((toEpoch(workshop.end) - toEpoch(workshop.start)) / 60_000);
    // A workshop running past the day's end ends at the bottom of the day's grid.
    const end = Math.max(start + 1, Math.min(start + length, DAY_MINUTES));
    placed.push({ workshop, start, end, column });
    bounds.add(start);
    bounds.add(end);
  }
  // A stable sort keeps the given order within a time; a crowded day can then render a part at
  // a time, the top of the grid first.
  placed.sort((a, b) => a.start - b.start);
  const rows = [...bounds].sort((a, b) => a - b);
  const rowOf = new Map(rows.map((minute, index) => [minute, index]));
  const cells = placed.map((cell): GridCell => ({
    ...cell,
    rows: [rowOf.get(cell.start)!, rowOf.get(cell.end)!],
  }));
  return {
    day,
    allRooms,
    rooms,
    roomless,
    columns: rooms.length + (roomless ? 1 : 0),
    rows,
    // Row labels read wall-clock times: the day starts at its day change (midnight without
    // one) on the clocks of the zone shown.
    firstMinute: day ? wallClockMinutes(conferenceDayStart(day, days), timeZone) : 0,
    cells,
  };
}
