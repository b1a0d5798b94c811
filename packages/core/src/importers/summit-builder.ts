/**
 * What the three importers share once they have read their source: a directory of people that
 * merges duplicates, a book of themes with colours, the workshop list, and the last step that
 * turns all that into a `SummitInput` (time zone, dates, year, id and name).
 *
 * Each importer reads its own format, hands normalized records to a `SummitBuilder`, and every
 * choice the builder makes on the way (a merged person, a replaced colour, a renamed id…) is
 * written down as an `ImportNote` with the path of the source record it came from.
 */
import type { Problem } from '../summit/problem.js';
import type {
  LocalizedText,
  Member,
  SummitInput,
  Theme,
  WorkshopFormat,
  WorkshopInput,
  WorkshopLanguage,
} from '../summit/summit.schema.js';
import { isValidTimeZone } from '../summit/time-zone.js';
import { normalizeHexColor, PaletteCursor } from './colors.js';
import {
  dateInZone,
  formatInZone,
  parseCalendarDate,
  parseDateTime,
  wallClockToInstant,
} from './datetime.js';
import { IdRegistry, slugify, type ClaimedId } from './ids.js';
import {
  createNote,
  importProblem,
  type ImportNote,
  type ImportOptions,
  type ImportResult,
} from './import-report.js';

type Path = ReadonlyArray<string | number>;

const DEFAULT_DURATION_MINUTES = 30;

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
  /** frab's integer `id`. */
  numericId?: string;
  /** pretalx's short `code`. */
  code?: string;
  /** A GUID (frab `guid`, Sessionize `id`). */
  guid?: string;
  name?: string;
  bio?: LocalizedText;
  url?: string;
}

interface PersonEntry {
  member: Member;
  keys: Map<'id' | 'code' | 'guid', string>;
}

function nameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

/**
 * Members met in the source, merged when they are the same person: same frab id, same pretalx
 * code, same GUID, or — when none of those contradicts it — the same name. frab repeats each
 * person in every event they speak at, sometimes frab-style (`id`, `public_name`) and sometimes
 * pretalx-style (`code`, `name`).
 */
export class PeopleDirectory {
  readonly members: Member[] = [];
  readonly #byKey = new Map<string, PersonEntry>();
  readonly #byName = new Map<string, PersonEntry>();
  readonly #ids = new IdRegistry('person');
  readonly #notes: ImportNote[];

  constructor(notes: ImportNote[]) {
    this.#notes = notes;
  }

  #strongKeys(person: SourcePerson): Array<['id' | 'code' | 'guid', string]> {
    const keys: Array<['id' | 'code' | 'guid', string]> = [];
    if (person.numericId) keys.push(['id', person.numericId]);
    if (person.code) keys.push(['code', person.code]);
    if (person.guid) keys.push(['guid', person.guid.toLowerCase()]);
    return keys;
  }

  /** Adds a person, or finds them if already met; returns their member id. */
  add(person: SourcePerson, path: Path): string | undefined {
    const strongKeys = this.#strongKeys(person);
    let entry = strongKeys
      .map(([kind, value]) => this.#byKey.get(`${kind}:${value}`))
      .find((found) => found !== undefined);
    if (!entry && person.name) {
      const candidate = this.#byName.get(nameKey(person.name));
      const contradicts = strongKeys.some(([kind, value]) => {
        const known = candidate?.keys.get(kind);
        return known !== undefined && known !== value;
      });
      if (candidate && !contradicts) entry = candidate;
    }
    if (!entry) {
      if (!person.name) {
        this.#notes.push(createNote('person_without_name', path));
        return undefined;
      }
      const sourceId = person.code ?? person.guid;
      const claimed = this.#ids.claim(
        sourceId,
        person.numericId ? `person-${person.numericId}` : person.name,
      );
      if (sourceId) noteIdChange(this.#notes, claimed, sourceId, path);
      const member: Member = { id: claimed.id, name: person.name, kind: 'individual' };
      entry = { member, keys: new Map() };
      this.members.push(member);
    }
    for (const [kind, value] of strongKeys) {
      if (!entry.keys.has(kind)) entry.keys.set(kind, value);
      this.#byKey.set(`${kind}:${value}`, entry);
    }
    if (person.name && !this.#byName.has(nameKey(person.name))) {
      this.#byName.set(nameKey(person.name), entry);
    }
    if (person.bio !== undefined && entry.member.bio === undefined) entry.member.bio = person.bio;
    if (person.url !== undefined && entry.member.url === undefined) entry.member.url = person.url;
    return entry.member.id;
  }

  /** The member id of a person already added under this code or GUID. */
  find(reference: { code?: string; guid?: string }): string | undefined {
    const entry =
      (reference.code ? this.#byKey.get(`code:${reference.code}`) : undefined) ??
      (reference.guid ? this.#byKey.get(`guid:${reference.guid.toLowerCase()}`) : undefined);
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

  get(key: string): string | undefined {
    return this.#byKey.get(key);
  }
}

/** A session once read from the source, before its id and times are settled. */
export interface SessionDraft {
  /** The source's own id (frab `id`, pretalx `code`, Sessionize `id`). */
  sourceId?: string;
  title: LocalizedText;
  /** Plain text used in notes to name the session. */
  label: string;
  startMs: number;
  /** `undefined` when the source gives no usable end: the default duration applies. */
  endMs?: number;
  summary?: LocalizedText;
  description?: LocalizedText;
  room?: LocalizedText;
  format: WorkshopFormat;
  language?: WorkshopLanguage;
  themeIds: string[];
  speakerIds: string[];
  url?: string;
  tags?: string[];
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
}

/** Collects everything an importer reads, then assembles the summit. */
export class SummitBuilder {
  readonly notes: ImportNote[] = [];
  readonly people = new PeopleDirectory(this.notes);
  readonly themes = new ThemeBook(this.notes);
  readonly workshops: WorkshopInput[] = [];
  readonly zone: string;
  readonly #workshopIds = new IdRegistry('session');
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
    const parsed = value === undefined ? undefined : parseDateTime(value);
    if (parsed === undefined || value === undefined) return undefined;
    if (parsed.kind === 'instant') return parsed.epochMs;
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

  /** Adds a session; gives it a unique id and an end after its start. */
  addSession(draft: SessionDraft, path: Path): void {
    const claimed = this.#workshopIds.claim(draft.sourceId, draft.label);
    if (draft.sourceId) noteIdChange(this.notes, claimed, draft.sourceId, [...path, 'id']);
    let endMs = draft.endMs;
    if (endMs === undefined || !(endMs > draft.startMs)) {
      endMs = draft.startMs + this.#defaultMinutes * 60_000;
      this.note('default_duration', path, { title: draft.label, minutes: this.#defaultMinutes });
    }
    const workshop: WorkshopInput = {
      id: claimed.id,
      title: draft.title,
      start: formatInZone(draft.startMs, this.zone),
      end: formatInZone(endMs, this.zone),
      format: draft.format,
      themeIds: [...new Set(draft.themeIds)],
      speakerIds: [...new Set(draft.speakerIds)],
      tags: draft.tags ?? [],
    };
    if (draft.summary !== undefined) workshop.summary = draft.summary;
    if (draft.description !== undefined) workshop.description = draft.description;
    if (draft.room !== undefined) workshop.room = draft.room;
    if (draft.language !== undefined) workshop.language = draft.language;
    if (draft.url !== undefined) workshop.url = draft.url;
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

  /** Assembles the summit, or explains why it cannot. */
  finish(draft: SummitDraft): ImportResult {
    const sessionDates = this.workshops.map((workshop) => workshop.start.slice(0, 10)).sort();
    let startDate = this.#calendarDate(draft.startDate) ?? sessionDates[0];
    let endDate = this.#calendarDate(draft.endDate) ?? sessionDates.at(-1) ?? startDate;
    if (startDate === undefined || endDate === undefined) {
      return { ok: false, problems: [importProblem('missing_dates')] };
    }
    if (endDate < startDate) [startDate, endDate] = [endDate, startDate];
    const year = Number(startDate.slice(0, 4));
    if (year < 2000 || year > 2200) {
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
    if (name === undefined) {
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
      workshops: this.workshops,
      members: this.people.members,
    };
    if (draft.url !== undefined) summit.url = draft.url;
    return { ok: true, summit, notes: this.notes };
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
 * invalid document zone with a valid fallback is noted; with none, it is a problem.
 */
export function resolveZone(
  documentZone: string | undefined,
  documentPath: Path,
  fallback: string | undefined,
  notes: ImportNote[],
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
  return { problem: importProblem('missing_time_zone', documentPath) };
}
