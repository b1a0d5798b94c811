/**
 * What the importers share once they have read their source: a directory of people that
 * merges duplicates (and only them), a book of themes with colours, the rooms in the organiser's
 * order, the workshop list with stable ids, and the last step that turns all that into a
 * `SummitInput` (time zone, dates, conference days, year, id and name).
 *
 * Each importer reads its own format, hands normalized records to a `SummitBuilder`, and every
 * choice the builder makes on the way (a merged person, a replaced colour, a renamed id…) is
 * written down as an `ImportNote` with the path of the source record it came from.
 */
import type { Problem } from '../summit/problem.js';
import type {
  Link,
  LocalizedText,
  Member,
  Room,
  SummitInput,
  Theme,
  WorkshopFormat,
  WorkshopInput,
} from '../summit/summit.schema.js';
import { YEAR_RANGE } from '../summit/checks.js';
import { isValidTimeZone } from '../summit/time-zone.js';
import { normalizeHexColor, PaletteCursor } from './colors.js';
import {
  dateInZone,
  formatInZone,
  minutesAfterDate,
  parseCalendarDate,
  parseDateTime,
  wallClockToInstant,
} from './datetime.js';
import { IdRegistry, shortHash, slugify, type ClaimedId } from './ids.js';
import {
  createNote,
  importProblem,
  type ImportNote,
  type ImportOptions,
  type ImportResult,
  type SourceFormat,
} from './import-report.js';
import type { Path } from './source-values.js';

const DEFAULT_DURATION_MINUTES = 30;
/**
 * The longest a session may last (31 days): an end further away is a damaged duration (pretalx
 * has sent minutes counts in the billions), and its instant may not even be writable as a date.
 */
const LONGEST_SESSION_MS = 31 * 24 * 60 * 60_000;

/** Writes the note matching how a claimed id differs from the source id. */
function noteIdChange(notes: ImportNote[], claimed: ClaimedId, from: string, path: Path): void {
  if (claimed.change === 'rewritten') {
    notes.push(createNote('id_rewritten', path, { from, to: claimed.id }));
  } else if (claimed.change === 'duplicate') {
    notes.push(createNote('duplicate_id', path, { from, to: claimed.id }));
  }
}

/** A person as a source describes them; any of the identifiers may be missing. */
export interface SourcePerson {
  /** frab's integer `id`; `0` (wiki-sourced persons of merged schedules) is no key. */
  numericId?: string;
  /** pretalx's short `code`. */
  code?: string;
  /** A GUID (frab and C3VOC `guid`, Sessionize `id`). */
  guid?: string;
  name?: string;
  bio?: LocalizedText;
  url?: string;
}

type PersonKeyKind = 'guid' | 'code' | 'id';

/** A person's keys, strongest first: `guid`, then `code`, then the numeric `id`. */
function personKeys(person: SourcePerson): Array<[PersonKeyKind, string]> {
  const keys: Array<[PersonKeyKind, string]> = [];
  const guid = person.guid?.trim().toLowerCase();
  if (guid) keys.push(['guid', guid]);
  const code = person.code?.trim();
  if (code) keys.push(['code', code]);
  const numericId = person.numericId?.trim();
  if (numericId && !/^0+$/.test(numericId)) keys.push(['id', numericId]);
  return keys;
}

interface PersonEntry {
  member: Member;
  /** The normalised name: two entries with different ones are never the same person. */
  nameKey: string;
  keys: Map<PersonKeyKind, string>;
}

/** A name as compared: Unicode-normalised, case-folded, spaces collapsed and trimmed. */
export function personNameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const found = map.get(key);
  if (found) {
    if (!found.includes(value)) found.push(value);
  } else map.set(key, [value]);
}

/**
 * Members met in the source, merged only when they are the same person. frab repeats each
 * person in every event they speak at, and merged schedules (a congress built from several
 * sub-conferences) give the same numeric id to different people, or `0` to everyone coming
 * from a wiki. So:
 *
 * - a person's identity is the strongest key the source gives: `guid`, else `code`, else a
 *   non-zero numeric `id`;
 * - two persons whose normalised names differ are never merged, whatever key they share
 *   (an `id` reused for someone else is noted, and both are kept);
 * - two persons with the same name are merged unless a key of the same kind tells them apart;
 *   when the name alone matches several different people, the person is kept on their own
 *   and the ambiguity is noted.
 */
export class PeopleDirectory {
  readonly members: Member[] = [];
  readonly #byKey = new Map<string, PersonEntry[]>();
  readonly #byName = new Map<string, PersonEntry[]>();
  readonly #noted = new Set<string>();
  readonly #ids = new IdRegistry('person');
  readonly #notes: ImportNote[];

  constructor(notes: ImportNote[]) {
    this.#notes = notes;
  }

  /** Whether a person with these keys and name can be `entry`: same name, no differing key. */
  #compatible(entry: PersonEntry, nameKey: string, keys: Array<[PersonKeyKind, string]>): boolean {
    if (entry.nameKey !== nameKey) return false;
    return keys.every(([kind, value]) => {
      const known = entry.keys.get(kind);
      return known === undefined || known === value;
    });
  }

  #noteOnce(
    key: string,
    code: 'person_key_reused' | 'person_name_ambiguous',
    path: Path,
    params: Record<string, string>,
  ): void {
    if (this.#noted.has(key)) return;
    this.#noted.add(key);
    this.#notes.push(createNote(code, path, params));
  }

  /** The entry this person is, if already met; notes the ambiguities met on the way. */
  #find(
    name: string,
    nameKey: string,
    keys: Array<[PersonKeyKind, string]>,
    path: Path,
  ): PersonEntry | undefined {
    for (const [kind, value] of keys) {
      const sharing = this.#byKey.get(`${kind}:${value}`);
      if (!sharing) continue;
      const same = sharing.find((entry) => this.#compatible(entry, nameKey, keys));
      if (same) return same;
      const other = sharing.find((entry) => entry.nameKey !== nameKey);
      if (other) {
        this.#noteOnce(`${kind}:${value}:${nameKey}`, 'person_key_reused', path, {
          key: `${kind} ${value}`,
          name,
          other: other.member.name,
        });
      }
    }
    const candidates = (this.#byName.get(nameKey) ?? []).filter((entry) =>
      this.#compatible(entry, nameKey, keys),
    );
    if (candidates.length <= 1) return candidates[0];
    // The name matches several people told apart by their keys. A person without keys who was
    // already kept apart for that reason is found again; anyone else stays on their own.
    const keyless =
      keys.length === 0 ? candidates.find((entry) => entry.keys.size === 0) : undefined;
    if (keyless) return keyless;
    this.#noteOnce(`name:${nameKey}`, 'person_name_ambiguous', path, {
      name,
      count: String(candidates.length),
    });
    return undefined;
  }

  /** Adds a person, or finds them if already met; returns their member id. */
  add(person: SourcePerson, path: Path): string | undefined {
    const keys = personKeys(person);
    const name = person.name?.trim();
    if (!name) {
      // Referenced by key only (a pretalx speaker code): the person met under that key, if one.
      const entry = keys
        .map(([kind, value]) => this.#byKey.get(`${kind}:${value}`)?.[0])
        .find((found) => found !== undefined);
      if (!entry) this.#notes.push(createNote('person_without_name', path));
      return entry?.member.id;
    }
    const nameKey = personNameKey(name);
    let entry = this.#find(name, nameKey, keys, path);
    if (!entry) {
      const sourceId = person.code ?? person.guid;
      const claimed = this.#ids.claim(sourceId, name);
      if (sourceId) noteIdChange(this.#notes, claimed, sourceId, path);
      const member: Member = { id: claimed.id, name, languages: [], tags: [], links: [] };
      entry = { member, nameKey, keys: new Map() };
      this.members.push(member);
      pushTo(this.#byName, nameKey, entry);
    }
    for (const [kind, value] of keys) {
      if (!entry.keys.has(kind)) entry.keys.set(kind, value);
      pushTo(this.#byKey, `${kind}:${value}`, entry);
    }
    if (person.bio !== undefined && entry.member.bio === undefined) entry.member.bio = person.bio;
    if (person.url !== undefined && entry.member.url === undefined) entry.member.url = person.url;
    return entry.member.id;
  }

  /** The member id of a person already added under this code or GUID. */
  find(reference: { code?: string; guid?: string }): string | undefined {
    const entry =
      (reference.code ? this.#byKey.get(`code:${reference.code.trim()}`)?.[0] : undefined) ??
      (reference.guid
        ? this.#byKey.get(`guid:${reference.guid.trim().toLowerCase()}`)?.[0]
        : undefined);
    return entry?.member.id;
  }
}

/** A theme as a source describes it. */
export interface SourceTheme {
  name: LocalizedText;
  /** Text the id is slugified from (a track name in one language). */
  slugFrom: string;
  /** An id the source gives (frab `slug`); checked and reported if changed. */
  sourceId?: string;
  color?: string;
  description?: LocalizedText;
}

/** Themes met in the source, found again by whatever key the source references them with. */
export class ThemeBook {
  readonly themes: Theme[] = [];
  readonly #byKey = new Map<string, string>();
  readonly #ids = new IdRegistry('theme');
  readonly #palette = new PaletteCursor();
  readonly #notes: ImportNote[];

  constructor(notes: ImportNote[]) {
    this.#notes = notes;
  }

  /** Adds a theme under `key` (a track name or id) unless one is already there; returns its id. */
  add(key: string, source: SourceTheme, path: Path): string {
    const existing = this.#byKey.get(key);
    if (existing) return existing;
    const claimed = this.#ids.claim(source.sourceId, source.slugFrom);
    if (source.sourceId) noteIdChange(this.#notes, claimed, source.sourceId, path);
    let color = source.color === undefined ? undefined : normalizeHexColor(source.color);
    if (color === undefined) {
      color = this.#palette.take();
      if (source.color !== undefined) {
        this.#notes.push(
          createNote('invalid_color_replaced', [...path, 'color'], {
            color: source.color,
            to: color,
          }),
        );
      }
    }
    const theme: Theme = { id: claimed.id, name: source.name, color };
    if (source.description !== undefined) theme.description = source.description;
    this.themes.push(theme);
    this.#byKey.set(key, theme.id);
    return theme.id;
  }

  /** Files the theme `id` under one more key (a track referred to by slug and by name). */
  alias(key: string, id: string): void {
    if (!this.#byKey.has(key)) this.#byKey.set(key, id);
  }

  get(key: string): string | undefined {
    return this.#byKey.get(key);
  }
}

/** A room as a source describes it. */
export interface SourceRoom {
  name: LocalizedText;
  /** Text the id is made from when the source gives no usable key (the name in one language). */
  slugFrom: string;
  /** The source's key for the room (C3VOC `slug`, frab `guid`, pretalx or Sessionize `id`). */
  sourceId?: string;
  capacity?: number;
}

/**
 * The rooms in the order the organiser lists them (main halls first), found again by whatever
 * key the source uses to refer to them (a name in frab, an id in pretalx and Sessionize).
 */
export class RoomList {
  readonly rooms: Room[] = [];
  readonly #byKey = new Map<string, string>();
  readonly #ids = new IdRegistry('room');
  readonly #notes: ImportNote[];

  constructor(notes: ImportNote[]) {
    this.#notes = notes;
  }

  /** Adds a room under `key` unless one is already there; returns its id. */
  add(key: string, source: SourceRoom, path: Path): string {
    const existing = this.#byKey.get(key);
    if (existing) return existing;
    const claimed = this.#ids.claim(source.sourceId, source.slugFrom);
    if (source.sourceId) noteIdChange(this.#notes, claimed, source.sourceId, path);
    const room: Room = { id: claimed.id, name: source.name };
    const capacity = source.capacity;
    if (capacity !== undefined && Number.isSafeInteger(capacity) && capacity > 0) {
      room.capacity = capacity;
    }
    this.rooms.push(room);
    this.#byKey.set(key, room.id);
    return room.id;
  }

  /** Files `id` under one more key (a room listed by guid and referred to by name). */
  alias(key: string, id: string): void {
    if (!this.#byKey.has(key)) this.#byKey.set(key, id);
  }

  get(key: string): string | undefined {
    return this.#byKey.get(key);
  }
}

/** A session once read from the source, before its id and times are settled. */
export interface SessionDraft {
  /**
   * The source's stable key for the session (frab/C3VOC `guid`, pretalx `code`, Sessionize
   * `id`). Without one, the id is made from the start, the room and the title, never from the
   * session's position, so that it survives a republication in another order.
   */
  sourceId?: string;
  title: LocalizedText;
  /** Plain text used in notes and derived ids to name the session. */
  label: string;
  subtitle?: LocalizedText;
  startMs: number;
  /** `undefined` when the source gives no usable end: the default duration applies. */
  endMs?: number;
  summary?: LocalizedText;
  description?: LocalizedText;
  /** A room of `builder.rooms`. */
  roomId?: string;
  /** A room name, for sources that list no rooms: filed in `builder.rooms` by that name. */
  room?: LocalizedText;
  format: WorkshopFormat;
  /** The source's own label for the kind of session. */
  formatLabel?: LocalizedText;
  /** A canonical BCP 47 tag, or `bilingual`. */
  language?: string;
  themeIds: string[];
  speakerIds: string[];
  /** The session's own page. Defaults to the first of `links`. */
  url?: string;
  /** Every link the source gives, in its order (checked already). */
  links?: Link[];
  tags?: string[];
}

/** One conference day as the source gives it, for choosing the summit's `dayChange`. */
export interface SourceDay {
  /** The day's date, `YYYY-MM-DD`. */
  date: string;
  /** When the day opens and closes (frab `day_start`/`day_end`, C3VOC v2 `start`/`end`). */
  startMs?: number;
  endMs?: number;
  /** Starts of the sessions the source files under this day. */
  sessionStartsMs?: number[];
}

/** The summit-level facts an importer found (or not) in its source. */
export interface SummitDraft {
  /** The source's own id for the event (frab `acronym`), with the path it came from. */
  id?: { value: string; path: Path };
  name?: LocalizedText;
  url?: string;
  /** First and last day, `YYYY-MM-DD` or an ISO date-time read in the zone. */
  startDate?: string;
  endDate?: string;
  /** The source's conference days, when it has any: they set `dayChange`. */
  days?: SourceDay[];
  /** The source's format, named in the problem when no session could be imported. */
  format?: SourceFormat;
  /**
   * `false` for formats that never name their event (pretalx widget JSON, Sessionize All
   * Data): the generic name is then what the format gives, not something to note.
   */
  namesEvent?: boolean;
}

const MINUTES_PER_DAY = 24 * 60;

/** What a day-change time must satisfy: `low <= t <= high`, in minutes after midnight. */
interface DayChangeBound {
  low: number;
  high: number;
}

/** `HH:MM` of minutes after midnight. */
function timeOfDay(minutes: number): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The wall-clock time at which one conference day gives way to the next: the time `t` such that
 * every day's opening, sessions and closing fall on that day's date once `t` is subtracted
 * (a day open from 11:00 to 06:00 the next morning needs a `t` from 06:00 to 11:00). Midnight
 * when it fits, else the earliest fitting full hour, else the earliest fitting minute. When no
 * time fits every day, the one that misplaces fewest, with `misplaced` > 0.
 */
export function chooseDayChange(
  days: readonly SourceDay[],
  zone: string,
): { minutes: number; misplaced: number } {
  const bounds: DayChangeBound[] = [];
  for (const day of days) {
    const date = parseCalendarDate(day.date);
    if (!date) continue;
    const after = (epochMs: number) => minutesAfterDate(epochMs, date, zone);
    if (day.startMs !== undefined) bounds.push({ low: -Infinity, high: after(day.startMs) });
    if (day.endMs !== undefined) {
      bounds.push({ low: after(day.endMs) - MINUTES_PER_DAY, high: Infinity });
    }
    for (const start of day.sessionStartsMs ?? []) {
      const minutes = after(start);
      bounds.push({ low: minutes - MINUTES_PER_DAY + 1, high: minutes });
    }
  }
  let low = 0;
  let high = MINUTES_PER_DAY - 1;
  for (const bound of bounds) {
    low = Math.max(low, bound.low);
    high = Math.min(high, bound.high);
  }
  if (low <= high) {
    const hour = Math.ceil(low / 60) * 60;
    return { minutes: hour <= high ? hour : low, misplaced: 0 };
  }
  // No time fits: try each bound's edge (and midnight) and keep the one breaking fewest.
  const candidates = new Set<number>([0]);
  for (const bound of bounds) {
    for (const edge of [bound.low, bound.high]) {
      if (edge >= 0 && edge < MINUTES_PER_DAY) candidates.add(edge);
    }
  }
  let best = { minutes: 0, misplaced: Infinity };
  for (const minutes of [...candidates].sort((a, b) => a - b)) {
    let misplaced = 0;
    for (const bound of bounds) if (minutes < bound.low || minutes > bound.high) misplaced += 1;
    if (misplaced < best.misplaced) best = { minutes, misplaced };
  }
  return best;
}

/** Collects everything an importer reads, then assembles the summit. */
export class SummitBuilder {
  readonly notes: ImportNote[] = [];
  readonly people = new PeopleDirectory(this.notes);
  readonly themes = new ThemeBook(this.notes);
  readonly rooms = new RoomList(this.notes);
  readonly workshops: WorkshopInput[] = [];
  readonly zone: string;
  /** Sessions met in the source, imported or not: a source with some must yield workshops. */
  sourceSessions = 0;
  readonly #workshopIds = new IdRegistry('session');
  /** Instants read from text with an offset, by text: the talks of one slot share theirs. */
  readonly #instants = new Map<string, number>();
  readonly #defaultMinutes: number;
  readonly #options: ImportOptions;

  constructor(zone: string, options: ImportOptions) {
    this.zone = zone;
    this.#options = options;
    const minutes = options.defaultDurationMinutes;
    this.#defaultMinutes =
      typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0
        ? minutes
        : DEFAULT_DURATION_MINUTES;
  }

  /** Whether breaks are to be left out (`breaks: 'skip'`). */
  get skipBreaks(): boolean {
    return this.#options.breaks === 'skip';
  }

  note(
    code: Parameters<typeof createNote>[0],
    path: Path,
    params?: Parameters<typeof createNote>[2],
  ): void {
    this.notes.push(createNote(code, path, params));
  }

  /**
   * A source date-time as an instant. Offsets and `Z` are taken as they are; a wall-clock time is
   * placed in the summit's zone, with a note when that was a guess (`noteAssumedZone`: pretalx
   * always writes offsets, Sessionize never means anything else) or when the time does not
   * exist there (a spring-forward gap).
   */
  readInstant(
    value: string | undefined,
    path: Path,
    { noteAssumedZone }: { noteAssumedZone: boolean },
  ): number | undefined {
    const known = value === undefined ? undefined : this.#instants.get(value);
    if (known !== undefined) return known;
    const parsed = value === undefined ? undefined : parseDateTime(value);
    if (parsed === undefined || value === undefined) return undefined;
    if (parsed.kind === 'instant') {
      this.#instants.set(value, parsed.epochMs);
      return parsed.epochMs;
    }
    const placed = wallClockToInstant(parsed.wallClock, this.zone);
    if (noteAssumedZone) this.note('local_time_assumed', path, { value, zone: this.zone });
    if (placed.shifted) {
      this.note('nonexistent_local_time', path, {
        value,
        zone: this.zone,
        start: formatInZone(placed.epochMs, this.zone),
      });
    }
    return placed.epochMs;
  }

  /**
   * The id a session without a source key gets: its title's slug and a hash of its start, room
   * and title, so the same break keeps its id wherever the source lists it.
   */
  #derivedId(draft: SessionDraft, roomId: string | undefined): string {
    const slug = slugify(draft.label).slice(0, 40).replace(/-+$/, '');
    const hash = shortHash(`${draft.startMs}|${roomId ?? ''}|${draft.label}`);
    return slug === '' ? `session-${hash}` : `${slug}-${hash}`;
  }

  /** Adds a session; gives it a stable, unique id and an end after its start. */
  addSession(draft: SessionDraft, path: Path): void {
    let roomId = draft.roomId;
    if (roomId === undefined && draft.room !== undefined) {
      const name = typeof draft.room === 'string' ? draft.room : (draft.room.en ?? draft.room.fr);
      if (name !== undefined && name.trim() !== '') {
        roomId = this.rooms.add(name, { name: draft.room, slugFrom: name }, path);
      }
    }
    const claimed = draft.sourceId
      ? this.#workshopIds.claim(draft.sourceId, draft.label)
      : this.#workshopIds.claim(undefined, this.#derivedId(draft, roomId));
    if (draft.sourceId) noteIdChange(this.notes, claimed, draft.sourceId, [...path, 'id']);
    let endMs = draft.endMs;
    if (
      endMs === undefined ||
      !(endMs > draft.startMs) ||
      endMs - draft.startMs > LONGEST_SESSION_MS
    ) {
      endMs = draft.startMs + this.#defaultMinutes * 60_000;
      this.note('default_duration', path, { title: draft.label, minutes: this.#defaultMinutes });
    }
    const links = draft.links ?? [];
    const workshop: WorkshopInput = {
      id: claimed.id,
      title: draft.title,
      start: formatInZone(draft.startMs, this.zone),
      end: formatInZone(endMs, this.zone),
      format: draft.format,
      themeIds: [...new Set(draft.themeIds)],
      speakerIds: [...new Set(draft.speakerIds)],
      links,
      tags: draft.tags ?? [],
    };
    if (draft.subtitle !== undefined) workshop.subtitle = draft.subtitle;
    if (draft.summary !== undefined) workshop.summary = draft.summary;
    if (draft.description !== undefined) workshop.description = draft.description;
    if (roomId !== undefined) workshop.roomId = roomId;
    if (draft.formatLabel !== undefined) workshop.formatLabel = draft.formatLabel;
    if (draft.language !== undefined) workshop.language = draft.language;
    const url = draft.url ?? links[0]?.url;
    if (url !== undefined) workshop.url = url;
    this.workshops.push(workshop);
  }

  /** Reads a date or date-time as a calendar date in the summit's zone. */
  #calendarDate(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const parsed = parseDateTime(value);
    if (parsed?.kind === 'instant') return dateInZone(parsed.epochMs, this.zone);
    const date = parseCalendarDate(value);
    return date ? value.trim().slice(0, 10) : undefined;
  }

  /** The summit's `dayChange` for the source's days, with a note when none fits them all. */
  #dayChange(days: readonly SourceDay[] | undefined): string | undefined {
    if (days === undefined || days.length === 0) return undefined;
    const { minutes, misplaced } = chooseDayChange(days, this.zone);
    const time = timeOfDay(minutes);
    if (misplaced > 0)
      this.note('day_change_approximate', [], { dayChange: time, count: misplaced });
    return minutes === 0 ? undefined : time;
  }

  /** Assembles the summit, or explains why it cannot. */
  finish(draft: SummitDraft): ImportResult {
    if (this.workshops.length === 0 && this.sourceSessions > 0) {
      return {
        ok: false,
        problems: [
          importProblem('no_workshops', [], {
            count: this.sourceSessions,
            format: draft.format ?? 'unknown',
          }),
        ],
      };
    }
    const sessionDates = this.workshops.map((workshop) => workshop.start.slice(0, 10)).sort();
    let startDate = this.#calendarDate(draft.startDate) ?? sessionDates[0];
    let endDate = this.#calendarDate(draft.endDate) ?? sessionDates.at(-1) ?? startDate;
    if (startDate === undefined || endDate === undefined) {
      return { ok: false, problems: [importProblem('missing_dates')] };
    }
    if (endDate < startDate) [startDate, endDate] = [endDate, startDate];
    const year = Number(startDate.slice(0, 4));
    if (year < YEAR_RANGE[0] || year > YEAR_RANGE[1]) {
      return {
        ok: false,
        problems: [importProblem('dates_out_of_range', [], { date: startDate })],
      };
    }

    const optionName = this.#options.name;
    const name: LocalizedText | undefined =
      draft.name ?? (isUsableText(optionName) ? optionName : undefined);
    const idRegistry = new IdRegistry('summit');
    let id: string | undefined;
    if (draft.id) {
      const claimed = idRegistry.claim(draft.id.value);
      noteIdChange(this.notes, claimed, draft.id.value, draft.id.path);
      id = claimed.id;
    } else if (this.#options.id) {
      const claimed = idRegistry.claim(this.#options.id);
      noteIdChange(this.notes, claimed, this.#options.id, []);
      id = claimed.id;
    } else if (name !== undefined) {
      const slug = slugify(typeof name === 'string' ? name : (name.en ?? name.fr ?? ''));
      if (slug !== '') id = slug;
    }
    const finalName: LocalizedText = name ?? {
      fr: `Événement importé ${year}`,
      en: `Imported event ${year}`,
    };
    const finalId = id ?? `summit-${year}`;
    if (name === undefined && draft.namesEvent !== false) {
      this.note('summit_identity_missing', [], {
        name: typeof finalName === 'string' ? finalName : (finalName.en ?? ''),
        id: finalId,
      });
    }

    const summit: SummitInput = {
      id: finalId,
      name: finalName,
      year,
      timeZone: this.zone,
      startDate,
      endDate,
      themes: this.themes.themes,
      rooms: this.rooms.rooms,
      workshops: this.workshops,
      members: this.people.members,
    };
    const dayChange = this.#dayChange(draft.days);
    if (dayChange !== undefined) summit.dayChange = dayChange;
    if (draft.url !== undefined) summit.url = draft.url;
    return { ok: true, summit, notes: this.notes, madeUpName: name === undefined };
  }
}

/** Whether a localized text has something to show. */
export function isUsableText(value: LocalizedText | undefined): value is LocalizedText {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return Boolean(value.fr?.trim() || value.en?.trim());
}

/**
 * The summit's zone: the document's when it names a valid one, else `options.timeZone`. An
 * invalid document zone with a valid fallback is noted; with none, it is a problem, which names
 * the source's `format` so that each front end can say how to give the zone. The zone is never
 * guessed from offsets: an offset holds for one instant, not for a place's rules.
 */
function resolveZone(
  documentZone: string | undefined,
  documentPath: Path,
  fallback: string | undefined,
  notes: ImportNote[],
  format?: SourceFormat,
): { zone: string } | { problem: Problem } {
  if (documentZone !== undefined && isValidTimeZone(documentZone)) return { zone: documentZone };
  if (fallback !== undefined && fallback !== '' && isValidTimeZone(fallback)) {
    if (documentZone !== undefined) {
      notes.push(
        createNote('invalid_time_zone_ignored', documentPath, { zone: documentZone, fallback }),
      );
    }
    return { zone: fallback };
  }
  if (fallback !== undefined && fallback !== '') {
    return {
      problem: importProblem('invalid_time_zone', ['(options)', 'timeZone'], { zone: fallback }),
    };
  }
  if (documentZone !== undefined) {
    return { problem: importProblem('invalid_time_zone', documentPath, { zone: documentZone }) };
  }
  return {
    problem: importProblem('missing_time_zone', documentPath, format ? { format } : {}),
  };
}

/**
 * A builder for a summit in the zone `resolveZone` settles on, its notes opening with the one an
 * ignored document zone leaves; or the problem that keeps the import from starting.
 */
export function startSummit(
  documentZone: string | undefined,
  documentPath: Path,
  options: ImportOptions,
  format: SourceFormat,
): { builder: SummitBuilder } | { problem: Problem } {
  const zoneNotes: ImportNote[] = [];
  const resolved = resolveZone(documentZone, documentPath, options.timeZone, zoneNotes, format);
  if ('problem' in resolved) return resolved;
  const builder = new SummitBuilder(resolved.zone, options);
  builder.notes.push(...zoneNotes);
  return { builder };
}
