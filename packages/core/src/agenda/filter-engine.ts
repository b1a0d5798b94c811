/**
 * The agenda's filters: themes, formats, languages, days, rooms and free text.
 *
 * Within one criterion the values are alternatives (themes A *or* B); across criteria they all
 * apply (theme A *and* in French). An absent or empty criterion restricts nothing, so empty
 * criteria return every workshop. The result keeps the input order and never holds a workshop
 * that was not given.
 *
 * A summit's own list is filtered through columns built once per summit (`FilterColumns`): each
 * workshop's theme, format, language, room and day as small integer codes, by position. A call
 * then turns the criteria into one table of yes/no per code and makes one pass over the
 * positions reading only those arrays. A text query then reads the few remaining texts, or,
 * when many remain, looks its words up in the summit's list of distinct words
 * (`markWorkshopsWithWords`). No object, array or set is made per workshop, and none per call
 * besides the tables and the result, so the time grows with the number of workshops and nothing
 * else. Any other list of workshops is read field by field, as the columns would be.
 *
 * Like the search index, the columns treat a summit as immutable: build a new summit object (as
 * `parseSummit` does) to filter new data.
 *
 * The text search comes in as a parameter (`WorkshopTextSearch`, the functions of
 * `search-text.ts`) rather than an import: `filter.ts` gives it for the public functions, and a
 * bundle that filters on every visit but searches only when a visitor types (the agenda's first
 * load) loads the search with `import('@gics/core/agenda/search')` when it is needed. This module
 * is `@gics/core/agenda/filter` too, for a bundle whose first screen filters nothing (the
 * agenda's, which shows every workshop) and loads the filtering once a filter is set.
 */
import type {
  Summit,
  Workshop,
  WorkshopFormat,
  WorkshopLanguage,
} from '../summit/summit.schema.js';
import { canonicalLanguage } from '../summit/checks.js';
import { isListedRoom, workshopRoom } from './group.js';
import type { AgendaRoom } from './group.js';
import type * as SearchText from './search-text.js';
import { isValidTimeZone } from '../summit/time-zone.js';
import { conferenceDateIn, dayChangeMinutes } from './time.js';

/** The text search a filter reads a query with: the functions of `search-text.ts`. */
export type WorkshopTextSearch = Pick<
  typeof SearchText,
  | 'containsAllWords'
  | 'createWorkshopSearchIndex'
  | 'markWorkshopsWithWords'
  | 'searchTextsAreOf'
  | 'searchWords'
  | 'summitSearchTexts'
>;

/** The words of a query; none without a query, which needs no search at all. */
function queryWords(query: string | undefined, search: WorkshopTextSearch | undefined): string[] {
  if (query === undefined || query.trim() === '') return [];
  if (search === undefined) {
    throw new TypeError('A query needs the text search (`@gics/core/agenda/search`).');
  }
  return search.searchWords(query);
}

/** What a visitor filters the agenda by. Every field is optional. */
export interface WorkshopCriteria {
  /** Workshops in any of these themes. */
  themeIds?: readonly string[];
  /** Workshops of any of these formats. */
  formats?: readonly WorkshopFormat[];
  /**
   * Workshops held in any of these languages, BCP 47 tags matched exactly whatever their case
   * (`pt-BR` is not `pt`). A bilingual workshop is open to French and to English speakers, so
   * it matches `'fr'` and `'en'` as well as `'bilingual'`; asking for `'bilingual'` alone gives
   * bilingual workshops only. Workshops with no language set match no language filter.
   */
  languages?: readonly WorkshopLanguage[];
  /**
   * Workshops starting on any of these conference days (`YYYY-MM-DD`, see `conferenceDateIn`)
   * in `timeZone`, else in the summit's zone, else on the date written in the workshop's own
   * `start`; each day starts at `dayChange`.
   */
  days?: readonly string[];
  /**
   * Workshops in any of these rooms, named by their key (a listed room's id, see
   * `workshopRoom`) or by either of their names.
   */
  rooms?: readonly string[];
  /** Free text; a workshop matches when it holds every word (see `normalizeSearchText`). */
  query?: string;
  /** Zone the `days` are conference days of. */
  timeZone?: string;
  /**
   * When the `days` start (`HH:MM` in `timeZone`). Defaults to the summit's `dayChange` when
   * the days are in the summit's zone, else midnight.
   */
  dayChange?: string;
}

const isEmpty = (values: readonly unknown[] | undefined): boolean =>
  values === undefined || values.length === 0;

/** Whether `criteria` let every workshop through, whatever the workshops. */
const restrictsNothing = (criteria: WorkshopCriteria): boolean =>
  isEmpty(criteria.themeIds) &&
  isEmpty(criteria.formats) &&
  isEmpty(criteria.languages) &&
  isEmpty(criteria.days) &&
  isEmpty(criteria.rooms) &&
  (criteria.query === undefined || criteria.query.trim() === '');

const toSet = <T>(values: readonly T[] | undefined): Set<T> | undefined =>
  isEmpty(values) ? undefined : new Set(values);

/** The wanted languages in canonical case, as `parseSummit` stores them. */
const languageSet = (values: readonly string[] | undefined): Set<string> | undefined =>
  toSet(values?.map((value) => canonicalLanguage(value) ?? value));

function languageMatches(
  language: WorkshopLanguage | undefined,
  wanted: Set<WorkshopLanguage>,
): boolean {
  if (language === undefined) return false;
  if (wanted.has(language)) return true;
  return language === 'bilingual' && (wanted.has('fr') || wanted.has('en'));
}

function roomMatches(room: AgendaRoom | undefined, wanted: Set<string>): boolean {
  if (room === undefined) return false;
  if (wanted.has(room.key)) return true;
  const { name } = room;
  if (typeof name === 'string') return wanted.has(name.trim());
  return (
    (name.fr !== undefined && wanted.has(name.fr.trim())) ||
    (name.en !== undefined && wanted.has(name.en.trim()))
  );
}

/** The zone and day change the `days` criterion counts in (see `WorkshopCriteria.dayChange`). */
function dayChangeFor(
  criteria: WorkshopCriteria,
  summit: Summit | undefined,
  timeZone: string | undefined,
): string | undefined {
  if (criteria.dayChange !== undefined) return criteria.dayChange;
  return summit !== undefined && timeZone === summit.timeZone ? summit.dayChange : undefined;
}

function isWorkshopList(source: Summit | readonly Workshop[]): source is readonly Workshop[] {
  return Array.isArray(source);
}

/**
 * `filterWorkshops` with the text search given (`undefined` when no criteria has a query): the
 * workshops of `source` that meet every criterion, in its order.
 */
export function filterWorkshopsWith(
  search: WorkshopTextSearch | undefined,
  source: Summit | readonly Workshop[],
  criteria: WorkshopCriteria,
  context?: Summit,
): Workshop[] {
  if (isWorkshopList(source)) {
    const accepts = workshopPredicate(
      search,
      criteria,
      context,
      criteria.timeZone ?? context?.timeZone,
    );
    const matches: Workshop[] = [];
    for (const workshop of source) if (accepts(workshop)) matches.push(workshop);
    return matches;
  }
  const { workshops } = source;
  // Nothing asked (an agenda's first screen): every workshop, and the columns wait for a filter.
  if (restrictsNothing(criteria)) return workshops.slice();
  const columns = columnsOf(source);
  const count = matchPositions(search, columns, criteria, columns.hits);
  if (count === workshops.length) return workshops.slice();
  // Sized once: at 100,000 workshops a list grown by `push` was copied several times over.
  const matches = new Array<Workshop>(count);
  for (let index = 0; index < count; index++) matches[index] = workshops[columns.hits[index]!]!;
  return matches;
}

/** `filterWorkshopPositions` with the text search given (see `filterWorkshopsWith`). */
export function filterWorkshopPositionsWith(
  search: WorkshopTextSearch | undefined,
  summit: Summit,
  criteria: WorkshopCriteria,
  into?: Uint32Array,
): Uint32Array {
  const count = summit.workshops.length;
  if (into !== undefined && into.length < count) {
    throw new RangeError(
      `filterWorkshopPositions: \`into\` holds ${into.length} positions; the summit has ${count} workshops.`,
    );
  }
  const columns = columnsOf(summit);
  if (into !== undefined) return into.subarray(0, matchPositions(search, columns, criteria, into));
  return columns.hits.slice(0, matchPositions(search, columns, criteria, columns.hits));
}

// ---------------------------------------------------------------------------------------------
// Columns of a summit

/** Distinct values of one field, each given a code (its position in `values`) on first sight. */
class Codes<T> {
  readonly values: T[] = [];
  readonly #codes = new Map<T, number>();

  codeOf(value: T): number {
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#codes.set(value, code);
    }
    return code;
  }

  /** The code of `value` if it was seen, else -1. */
  find(value: T): number {
    return this.#codes.get(value) ?? -1;
  }
}

/** The fields a filter reads, for every workshop of a summit, by position. */
interface FilterColumns {
  /** The list the columns describe; rebuilt if the summit is given another. */
  readonly workshops: readonly Workshop[];
  readonly summit: Summit;
  /** Theme codes of workshop `p` are `themeCodes[themeStart[p] … themeStart[p + 1] - 1]`. */
  readonly themeStart: Uint32Array;
  readonly themeCodes: Uint32Array;
  readonly themes: Codes<string>;
  readonly format: Uint32Array;
  readonly formats: Codes<string>;
  /** Code of the language, 0 for none (`languages.values[0]` is `undefined`). */
  readonly language: Uint32Array;
  readonly languages: Codes<WorkshopLanguage | undefined>;
  /** Code of the room; `roomSamples[code]` is a room with the same key and names (0: none). */
  readonly room: Uint32Array;
  readonly rooms: Codes<string>;
  readonly roomSamples: (AgendaRoom | undefined)[];
  /** Day columns, built on first use, by zone and day change (`''`: the date in the start). */
  readonly days: Map<string, DayColumn>;
  /** Scratch space of a call: positions of the matches, so a call grows no list. */
  readonly hits: Uint32Array;
  /** Scratch space of a call: how many words of the query each workshop's text holds. */
  readonly marks: Uint32Array;
}

interface DayColumn {
  readonly day: Uint32Array;
  readonly dates: string[];
}

/** Below one candidate in this many workshops, a query reads each candidate's text. */
const FEW_CANDIDATES = 16;

const columnCache = new WeakMap<Summit, FilterColumns>();

function columnsOf(summit: Summit): FilterColumns {
  const cached = columnCache.get(summit);
  if (cached !== undefined && cached.workshops === summit.workshops) return cached;
  const columns = buildColumns(summit);
  columnCache.set(summit, columns);
  return columns;
}

/**
 * Two rooms filter alike when they are the same listed room, or when their names are the same,
 * so they share a code. The key is unambiguous: a listed room's starts with `#` and its id, and
 * the lengths of both names (or -1 when a name is absent) come first in the others.
 */
function roomIdentity(room: AgendaRoom | undefined, summit: Summit): string {
  if (room === undefined) return '';
  if (isListedRoom(room, summit)) return `#${room.key}`;
  const { name } = room;
  if (typeof name === 'string') return `s${name}`;
  const { fr, en } = name;
  return `o${fr?.length ?? -1}:${en?.length ?? -1}:${fr ?? ''}${en ?? ''}`;
}

function buildColumns(summit: Summit): FilterColumns {
  const { workshops } = summit;
  const count = workshops.length;
  const themes = new Codes<string>();
  const formats = new Codes<string>();
  const languages = new Codes<WorkshopLanguage | undefined>();
  const rooms = new Codes<string>();
  languages.codeOf(undefined);
  rooms.codeOf('');
  const roomSamples: (AgendaRoom | undefined)[] = [undefined];
  const themeStart = new Uint32Array(count + 1);
  let themeTotal = 0;
  for (const workshop of workshops) themeTotal += workshop.themeIds.length;
  const themeCodes = new Uint32Array(themeTotal);
  const format = new Uint32Array(count);
  const language = new Uint32Array(count);
  const room = new Uint32Array(count);
  let next = 0;
  for (let position = 0; position < count; position++) {
    const workshop = workshops[position]!;
    themeStart[position] = next;
    for (const id of workshop.themeIds) themeCodes[next++] = themes.codeOf(id);
    format[position] = formats.codeOf(workshop.format);
    language[position] = languages.codeOf(workshop.language);
    const place = workshopRoom(workshop, summit);
    const roomCode = rooms.codeOf(roomIdentity(place, summit));
    if (roomCode === roomSamples.length) roomSamples.push(place);
    room[position] = roomCode;
  }
  themeStart[count] = next;
  return {
    workshops,
    summit,
    themeStart,
    themeCodes,
    themes,
    format,
    formats,
    language,
    languages,
    room,
    rooms,
    roomSamples,
    days: new Map(),
    hits: new Uint32Array(count),
    marks: new Uint32Array(count),
  };
}

function dayColumn(
  columns: FilterColumns,
  timeZone: string | undefined,
  dayChange: string | undefined,
): DayColumn {
  const key = `${timeZone ?? ''} ${dayChange ?? ''}`;
  let column = columns.days.get(key);
  if (column === undefined) {
    const { workshops } = columns;
    const dates = new Codes<string>();
    // Workshops of a slot share their start text: work its date out once per text.
    const byStart = new Map<string, number>();
    const day = new Uint32Array(workshops.length);
    for (let position = 0; position < workshops.length; position++) {
      const { start } = workshops[position]!;
      let code = byStart.get(start);
      if (code === undefined) {
        code = dates.codeOf(dayOf(start, timeZone, dayChange));
        byStart.set(start, code);
      }
      day[position] = code;
    }
    column = { day, dates: dates.values };
    columns.days.set(key, column);
  }
  return column;
}

function dayOf(start: string, timeZone: string | undefined, dayChange: string | undefined): string {
  if (timeZone !== undefined) return conferenceDateIn(start, { timeZone, dayChange });
  if (dayChange === undefined) return start.slice(0, 10);
  // No zone: the wall clock written in the start, read as if in UTC, minus the day change.
  const written = Date.parse(`${start.slice(0, 16)}Z`) - dayChangeMinutes(dayChange) * 60_000;
  return Number.isNaN(written) ? start.slice(0, 10) : new Date(written).toISOString().slice(0, 10);
}

/** For each code of `values`, 1 when `accepts` says so; undefined when nothing is asked. */
function wantedCodes<T>(
  values: readonly T[],
  criterion: readonly unknown[] | undefined,
  accepts: (value: T) => boolean,
): Uint8Array | undefined {
  if (isEmpty(criterion)) return undefined;
  const wanted = new Uint8Array(values.length);
  for (let code = 0; code < values.length; code++) wanted[code] = accepts(values[code]!) ? 1 : 0;
  return wanted;
}

/**
 * Writes the positions of the matching workshops of `columns` into `hits`, in ascending order,
 * and returns how many there are.
 */
function matchPositions(
  search: WorkshopTextSearch | undefined,
  columns: FilterColumns,
  criteria: WorkshopCriteria,
  hits: Uint32Array,
): number {
  const { workshops, summit } = columns;
  const timeZone = criteria.timeZone ?? summit.timeZone;
  // A zone the runtime does not know throws only once a workshop's day is asked for, which the
  // field-by-field reading does as late as it can: keep that, rather than fail up front.
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) {
    return matchListPositions(search, workshops, criteria, summit, timeZone, hits);
  }
  const { themeStart, themeCodes } = columns;
  const themeSet = toSet(criteria.themeIds);
  const themes =
    themeSet && wantedCodes(columns.themes.values, criteria.themeIds, (id) => themeSet.has(id));
  const formatSet = toSet<string>(criteria.formats);
  const formats =
    formatSet && wantedCodes(columns.formats.values, criteria.formats, (f) => formatSet.has(f));
  const wantedLanguages = languageSet(criteria.languages);
  const languages =
    wantedLanguages &&
    wantedCodes(columns.languages.values, criteria.languages, (language) =>
      languageMatches(language, wantedLanguages),
    );
  const roomSet = toSet(criteria.rooms?.map((room) => room.trim()));
  const rooms =
    roomSet &&
    wantedCodes(columns.roomSamples, criteria.rooms, (room) => roomMatches(room, roomSet));
  const daySet = toSet(criteria.days);
  const dayCodes = daySet && dayColumn(columns, timeZone, dayChangeFor(criteria, summit, timeZone));
  const days = dayCodes && wantedCodes(dayCodes.dates, criteria.days, (day) => daySet.has(day));
  const words = queryWords(criteria.query, search);
  const { format, language, room } = columns;
  const day = dayCodes?.day;
  let count = 0;
  for (let position = 0; position < workshops.length; position++) {
    if (formats !== undefined && formats[format[position]!] === 0) continue;
    if (languages !== undefined && languages[language[position]!] === 0) continue;
    if (rooms !== undefined && rooms[room[position]!] === 0) continue;
    if (days !== undefined && days[day![position]!] === 0) continue;
    if (themes !== undefined) {
      let found = false;
      const last = themeStart[position + 1]!;
      for (let at = themeStart[position]!; at < last && !found; at++) {
        found = themes[themeCodes[at]!] === 1;
      }
      if (!found) continue;
    }
    hits[count++] = position;
  }

  if (search !== undefined && words.length > 0 && count > 0) {
    // Texts indexed for another list than the summit's current one cannot be read by position.
    if (!search.searchTextsAreOf(summit, workshops)) {
      return matchListPositions(search, workshops, criteria, summit, timeZone, hits);
    }
    const texts = search.summitSearchTexts(summit);
    let kept = 0;
    if (count * FEW_CANDIDATES < workshops.length) {
      // The other criteria left few workshops: reading their texts beats a pass over all.
      for (let index = 0; index < count; index++) {
        const position = hits[index]!;
        if (search.containsAllWords(texts[position]!, words)) hits[kept++] = position;
      }
    } else {
      const { marks } = columns;
      search.markWorkshopsWithWords(summit, words, marks);
      for (let index = 0; index < count; index++) {
        const position = hits[index]!;
        if (marks[position] === words.length) hits[kept++] = position;
      }
    }
    count = kept;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Any list of workshops

/** `matchPositions` for a list read field by field. */
function matchListPositions(
  search: WorkshopTextSearch | undefined,
  workshops: readonly Workshop[],
  criteria: WorkshopCriteria,
  summit: Summit,
  timeZone: string | undefined,
  hits: Uint32Array,
): number {
  const accepts = workshopPredicate(search, criteria, summit, timeZone);
  let count = 0;
  for (let position = 0; position < workshops.length; position++) {
    if (accepts(workshops[position]!)) hits[count++] = position;
  }
  return count;
}

/** Whether a workshop meets every criterion, reading its fields. */
function workshopPredicate(
  search: WorkshopTextSearch | undefined,
  criteria: WorkshopCriteria,
  summit: Summit | undefined,
  timeZone: string | undefined,
): (workshop: Workshop) => boolean {
  const themes = toSet(criteria.themeIds);
  const formats = toSet(criteria.formats);
  const languages = languageSet(criteria.languages);
  const days = toSet(criteria.days);
  const dayChange = dayChangeFor(criteria, summit, timeZone);
  const rooms = toSet(criteria.rooms?.map((room) => room.trim()));
  const words = queryWords(criteria.query, search);
  const index =
    search !== undefined && words.length > 0 ? search.createWorkshopSearchIndex(summit) : undefined;

  // Workshops of a slot share their start text: work its date out once per text.
  const dates = new Map<string, string>();
  const dateOf = ({ start }: Workshop): string => {
    let date = dates.get(start);
    if (date === undefined) {
      date = dayOf(start, timeZone, dayChange);
      dates.set(start, date);
    }
    return date;
  };

  return (workshop) =>
    (themes === undefined || workshop.themeIds.some((id) => themes.has(id))) &&
    (formats === undefined || formats.has(workshop.format)) &&
    (languages === undefined || languageMatches(workshop.language, languages)) &&
    (rooms === undefined || roomMatches(workshopRoom(workshop, summit), rooms)) &&
    (days === undefined || days.has(dateOf(workshop))) &&
    (index === undefined || search!.containsAllWords(index.textOf(workshop), words));
}
