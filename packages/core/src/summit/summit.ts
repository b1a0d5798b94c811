/**
 * `parseSummit`: from untrusted data (a JSON file, a CMS export, a user's paste) to a `Summit`,
 * or to a list of problems a webmaster can act on. It never throws.
 *
 * The flow, once:
 *
 * 1. **The summit itself.** Its own fields (id, dates, time zone…) are read first; its four
 *    collections must be lists. A problem here is fatal in both modes: there is no summit to show.
 * 2. **Each record on its own** (rooms, themes, workshops, members, practices), read by `reader.ts`
 *    with the field table generated from the zod schemas (`fields.generated.ts`): their rules
 *    without zod, each problem with a path from the document's root (sentences in `messages.ts`).
 * 3. **Rules across records**: unique ids per collection, `end` after `start`, references to
 *    rooms, themes and members that exist, and the summit's last day not before its first.
 * 4. **The verdict.** `strict` (the default): any problem and the result is `{ ok: false }`.
 *    `lenient`: an invalid record is left out and reported as a `record_dropped` warning followed
 *    by its problems; a reference to a missing theme or member, or one that is not even a valid
 *    id (a theme's name given instead of its id, say), is removed from the workshop or practice
 *    (a `reference_dropped` warning), as is a workshop's `roomId` naming no room, and an optional field with an invalid value (a member's
 *    malformed `url`, a workshop's `capacity` of "forty") is left out of its record (a
 *    `field_dropped` warning), rather than losing the whole record. One bad record never blanks
 *    the agenda, and one bad detail never loses a record.
 *
 * Each record is validated once in either mode (twice only when lenient mode removes malformed
 * references from it); ids are looked up in `Map`s and `Set`s.
 */
import { ID_PATTERN } from './checks.js';
import { RECORD_COLLECTIONS, type RecordCollection } from './collections.js';
import type { ProblemCode } from './messages.js';
import { formatPath, problemOf, withWording } from './problem.js';
import type { Problem } from './problem.js';
import { FIELDS } from './fields.generated.js';
import { isObject, readRecord } from './reader.js';
import type { ReadResult } from './reader.js';
import type { Member, Practice, Room, Summit, Theme, Workshop } from './summit.schema.js';

/** `strict` refuses any problem; `lenient` drops invalid records and dangling references. */
export type ParseMode = 'strict' | 'lenient';

export interface ParseSummitOptions {
  /** Defaults to `strict`. */
  mode?: ParseMode;
}

/**
 * A usable summit with what was left out of it (always empty in `strict` mode), or the reasons
 * there is none.
 */
export type ParseSummitResult =
  { ok: true; summit: Summit; warnings: Problem[] } | { ok: false; problems: Problem[] };

type Path = ReadonlyArray<string | number>;
type Plain = Record<string, unknown>;

export interface RecordTypes {
  rooms: Room;
  themes: Theme;
  workshops: Workshop;
  members: Member;
  practices: Practice;
}

/** The summit's own fields: everything but its collections, which are read record by record. */
type SummitFields = Omit<Summit, RecordCollection>;

type ReferenceKey = 'themeIds' | 'speakerIds' | 'authorIds';

interface ReferenceRule {
  key: ReferenceKey;
  target: 'themes' | 'members';
}

/** The lists of ids that point at other records. */
const REFERENCES: Record<RecordCollection, ReadonlyArray<ReferenceRule>> = {
  rooms: [],
  themes: [],
  members: [],
  workshops: [
    { key: 'themeIds', target: 'themes' },
    { key: 'speakerIds', target: 'members' },
  ],
  practices: [
    { key: 'themeIds', target: 'themes' },
    { key: 'authorIds', target: 'members' },
  ],
};

/**
 * One record of a collection on its way through the checks. The checks below are exported for
 * `parseCommunity`, which reads a community's records as a summit's.
 */
export interface Entry<T> {
  index: number;
  raw: unknown;
  /** The parsed record, when its shape is valid. */
  value: T | undefined;
  /** Its id when that is a valid `Id`, valid record or not. */
  id: string | undefined;
  /** Whatever string the record gives as id, to name it in messages. */
  label: string | undefined;
  /** What is wrong with the record itself; any of these drops it in lenient mode. */
  problems: Problem[] | undefined;
  /** Lenient mode: references removed from it. */
  notes: Problem[] | undefined;
  /** Lenient mode: for a reference list shortened while reading, each kept id's original index. */
  kept: Partial<Record<ReferenceKey, number[]>> | undefined;
}

type Entries = { [C in RecordCollection]: Array<Entry<RecordTypes[C]>> };

function addProblem(entry: Entry<unknown>, problem: Problem): void {
  (entry.problems ??= []).push(problem);
}

function addNote(entry: Entry<unknown>, note: Problem): void {
  (entry.notes ??= []).push(note);
}

/** The problem of data that throws when read (a getter or proxy), at `path`. */
export function unreadable(path: Path): Problem {
  return problemOf('unreadable_input', path, {});
}

/** Whatever string a record gives as its id, to name it in messages; never throws. */
function labelOf(raw: unknown): string | undefined {
  try {
    const id = isObject(raw) ? raw.id : undefined;
    return typeof id === 'string' && id !== '' ? id : undefined;
  } catch {
    return undefined;
  }
}

function parseRecord<C extends RecordCollection>(
  collection: C,
  raw: unknown,
  index: number,
): ReadResult<RecordTypes[C]> {
  return readRecord<RecordTypes[C]>(FIELDS[collection], raw, [collection, index]);
}

/** The fields a record may go without, by collection: lenient mode leaves them out when bad. */
const OPTIONAL_FIELDS = Object.fromEntries(
  Object.entries(FIELDS).map(([kind, fields]) => [
    kind,
    new Set(fields.filter((field) => field.presence === 'optional').map((field) => field.key)),
  ]),
) as unknown as Record<RecordCollection, ReadonlySet<string>>;

function fieldDropped(
  collection: RecordCollection,
  entry: Entry<unknown>,
  field: string,
  path: Path = [collection, entry.index, field],
): Problem {
  const params = { collection, id: entry.label, field };
  return problemOf('field_dropped', path, params);
}

/**
 * Lenient mode: when a record's only problems are malformed ids in its reference lists, invalid
 * links or invalid values of optional fields, reads it again without them. Returns whether that
 * worked.
 */
function salvageRecord(
  collection: RecordCollection,
  entry: Entry<unknown>,
  problems: ReadonlyArray<Problem>,
): boolean {
  const raw = entry.raw;
  const rules = REFERENCES[collection];
  if (!isObject(raw)) return false;
  const badFields = new Set<string>();
  const bad = new Map<ReferenceKey, Set<number>>();
  const badLinks = new Set<number>();
  for (const problem of problems) {
    const [, , key, position] = problem.path;
    if (typeof key === 'string' && OPTIONAL_FIELDS[collection].has(key)) {
      badFields.add(key);
      continue;
    }
    if (key === 'links' && typeof position === 'number' && Array.isArray(raw.links)) {
      badLinks.add(position);
      continue;
    }
    const rule = rules.find((candidate) => candidate.key === key);
    const list = rule && raw[rule.key];
    if (problem.path.length !== 4 || !rule || typeof position !== 'number') return false;
    if (!Array.isArray(list) || typeof list[position] !== 'string') return false;
    if (!bad.has(rule.key)) bad.set(rule.key, new Set());
    bad.get(rule.key)!.add(position);
  }
  const copy: Plain = { ...raw };
  for (const key of badFields) delete copy[key];
  if (badLinks.size > 0) copy.links = (raw.links as unknown[]).filter((_, at) => !badLinks.has(at));
  const kept: Partial<Record<ReferenceKey, number[]>> = {};
  for (const [key, positions] of bad) {
    const list = raw[key] as unknown[];
    const indexes = list
      .map((_, position) => position)
      .filter((position) => !positions.has(position));
    copy[key] = indexes.map((position) => list[position]);
    kept[key] = indexes;
  }
  const result = parseRecord(collection, copy, entry.index);
  if (!result.ok) return false;
  entry.value = result.value;
  entry.kept = kept;
  const announced = new Set<string>();
  for (const problem of problems) {
    const [, , key, position] = problem.path as [string, number, string, number];
    if (badFields.has(key)) {
      if (!announced.has(key)) addNote(entry, fieldDropped(collection, entry, key));
      announced.add(key);
    } else if (key === 'links') {
      const link = `links[${position}]`;
      if (!announced.has(link)) {
        addNote(
          entry,
          fieldDropped(collection, entry, link, [collection, entry.index, key, position]),
        );
      }
      announced.add(link);
    } else {
      const rule = rules.find((candidate) => candidate.key === key)!;
      const id = (raw[key] as string[])[position]!;
      addNote(entry, referenceDropped(collection, entry, rule.target, id, 'unknown', problem.path));
    }
    addNote(entry, problem);
  }
  return true;
}

/**
 * Step 2: one record of `collection` read on its own, with its problems (in lenient mode, what
 * can be salvaged of it is kept, with notes). Never throws.
 */
function readEntry<C extends RecordCollection>(
  collection: C,
  raw: unknown,
  index: number,
  lenient: boolean,
): Entry<RecordTypes[C]> {
  const entry: Entry<RecordTypes[C]> = {
    index,
    raw,
    value: undefined,
    id: undefined,
    label: undefined,
    problems: undefined,
    notes: undefined,
    kept: undefined,
  };
  try {
    const result = parseRecord(collection, raw, index);
    if (result.ok) {
      entry.value = result.value;
      entry.id = entry.label = result.value.id;
      return entry;
    }
    entry.label = labelOf(raw);
    if (entry.label !== undefined && ID_PATTERN.test(entry.label)) entry.id = entry.label;
    const problems = result.problems;
    if (!lenient || !salvageRecord(collection, entry, problems)) entry.problems = problems;
  } catch {
    // A getter or proxy that throws: this record cannot be read, the others may still be.
    entry.label = labelOf(raw);
    entry.raw = entry.value = entry.notes = entry.kept = undefined;
    entry.problems = [unreadable([collection, index])];
  }
  return entry;
}

/** Flags every record whose id an earlier record already uses. */
export function checkDuplicates(
  collection: RecordCollection,
  entries: ReadonlyArray<Entry<unknown>>,
  lenient: boolean,
): void {
  const firstIndex = new Map<string, number>();
  for (const entry of entries) {
    // Lenient mode keeps the first *valid* record with an id; strict mode reports every reuse.
    if (entry.id === undefined || (lenient && (entry.value === undefined || entry.problems))) {
      continue;
    }
    const first = firstIndex.get(entry.id);
    if (first === undefined) {
      firstIndex.set(entry.id, entry.index);
      continue;
    }
    const params = { id: entry.id, firstWhere: formatPath([collection, first]) };
    addProblem(entry, problemOf('duplicate_id', [collection, entry.index, 'id'], params));
  }
}

/** The offset at the end of a valid `DateTimeWithOffset`: `Z` or `±hh:mm`. */
function offsetOf(dateTime: string): string {
  return dateTime.endsWith('Z') ? 'Z' : dateTime.slice(-6);
}

function endsAfterStart(start: string, end: string): boolean {
  // Same length and same offset: every field lines up, so the text sorts like the instants,
  // and this is the common case. Otherwise compare the instants.
  if (start.length === end.length && offsetOf(start) === offsetOf(end)) return end > start;
  const startTime = Date.parse(start);
  const endTime = Date.parse(end);
  return endTime > startTime || Number.isNaN(startTime) || Number.isNaN(endTime);
}

function checkTimes(entries: ReadonlyArray<Entry<Workshop>>, lenient: boolean): void {
  for (const entry of entries) {
    const workshop = entry.value;
    if (!workshop || (lenient && entry.problems)) continue;
    if (endsAfterStart(workshop.start, workshop.end)) continue;
    const params = { start: workshop.start, end: workshop.end, of: 'workshop' as const };
    addProblem(entry, problemOf('end_before_start', ['workshops', entry.index, 'end'], params));
  }
}

/** Ids of the records that will be in the result. */
function keptIds(entries: ReadonlyArray<Entry<unknown>>, lenient: boolean): Set<string> {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (entry.id === undefined) continue;
    if (lenient && (entry.value === undefined || entry.problems)) continue;
    ids.add(entry.id);
  }
  return ids;
}

/** Ids of all records that have a valid one, kept or not. */
function allIds(entries: ReadonlyArray<Entry<unknown>>): Set<string> {
  const ids = new Set<string>();
  for (const entry of entries) if (entry.id !== undefined) ids.add(entry.id);
  return ids;
}

type Target = 'themes' | 'members' | 'rooms';

const UNKNOWN = {
  themes: 'unknown_theme',
  members: 'unknown_member',
  rooms: 'unknown_room',
} as const satisfies Record<Target, ProblemCode>;

function unknownTarget(target: Target, id: string, path: Path): Problem {
  const code = UNKNOWN[target];
  return problemOf(code, path, { id });
}

/** Strict mode: a workshop's `roomId` must name a room of the summit. */
function checkRoomsStrict(
  entries: ReadonlyArray<Entry<Workshop>>,
  rooms: ReadonlySet<string>,
): void {
  for (const entry of entries) {
    const record = (entry.value ?? entry.raw) as Plain | undefined;
    const id = isObject(record) ? record.roomId : undefined;
    if (typeof id !== 'string' || rooms.has(id)) continue;
    if (entry.value === undefined && !ID_PATTERN.test(id)) continue;
    addProblem(entry, unknownTarget('rooms', id, ['workshops', entry.index, 'roomId']));
  }
}

/** Lenient mode: a `roomId` naming a missing or dropped room is removed, with a warning. */
function dropDanglingRooms(
  entries: ReadonlyArray<Entry<Workshop>>,
  kept: ReadonlySet<string>,
  seen: ReadonlySet<string>,
): void {
  for (const entry of entries) {
    const workshop = entry.value;
    const id = workshop?.roomId;
    if (!workshop || entry.problems || id === undefined || kept.has(id)) continue;
    delete workshop.roomId;
    const path = ['workshops', entry.index, 'roomId'];
    const reason = seen.has(id) ? 'dropped' : 'unknown';
    addNote(entry, referenceDropped('workshops', entry, 'rooms', id, reason, path));
    if (reason === 'unknown') addNote(entry, unknownTarget('rooms', id, path));
  }
}

/** Strict mode: every valid id in a reference list must name an existing record. */
function checkReferencesStrict(
  collection: 'workshops' | 'practices',
  entries: ReadonlyArray<Entry<Workshop | Practice>>,
  known: { themes: ReadonlySet<string>; members: ReadonlySet<string> },
): void {
  for (const entry of entries) {
    // A record with other problems still gets its references checked, from the raw lists;
    // ids that are not even valid were reported by the shape check.
    const record = (entry.value ?? entry.raw) as Plain | undefined;
    if (!isObject(record)) continue;
    const parsed = entry.value !== undefined;
    for (const { key, target } of REFERENCES[collection]) {
      const list = record[key];
      if (!Array.isArray(list)) continue;
      for (let index = 0; index < list.length; index++) {
        const id: unknown = list[index];
        if (typeof id !== 'string' || known[target].has(id)) continue;
        if (!parsed && !ID_PATTERN.test(id)) continue;
        addProblem(entry, unknownTarget(target, id, [collection, entry.index, key, index]));
      }
    }
  }
}

function referenceDropped(
  collection: RecordCollection,
  entry: Entry<unknown>,
  target: Target,
  id: string,
  reason: 'unknown' | 'dropped',
  path: Path,
): Problem {
  const owner = collection === 'practices' ? 'practices' : 'workshops';
  const params = { collection: owner, ownerId: entry.label ?? '', target, id, reason } as const;
  return problemOf('reference_dropped', path, params);
}

/** Lenient mode: references to missing or dropped records are removed, with a warning each. */
function dropDanglingReferences(
  collection: 'workshops' | 'practices',
  entries: ReadonlyArray<Entry<Workshop | Practice>>,
  kept: { themes: ReadonlySet<string>; members: ReadonlySet<string> },
  seen: { themes: ReadonlySet<string>; members: ReadonlySet<string> },
): void {
  for (const entry of entries) {
    const record = entry.value as (Plain & (Workshop | Practice)) | undefined;
    if (!record || entry.problems) continue;
    for (const { key, target } of REFERENCES[collection]) {
      const list = record[key];
      if (!Array.isArray(list) || list.every((id: string) => kept[target].has(id))) continue;
      const remaining: string[] = [];
      list.forEach((id: string, index: number) => {
        if (kept[target].has(id)) {
          remaining.push(id);
          return;
        }
        const path = [collection, entry.index, key, entry.kept?.[key]?.[index] ?? index];
        const reason = seen[target].has(id) ? 'dropped' : 'unknown';
        addNote(entry, referenceDropped(collection, entry, target, id, reason, path));
        if (reason === 'unknown') addNote(entry, unknownTarget(target, id, path));
      });
      record[key] = remaining;
    }
  }
}

function recordDropped(collection: RecordCollection, entry: Entry<unknown>): Problem {
  const params = { collection, id: entry.label };
  return problemOf('record_dropped', [collection, entry.index], params);
}

/**
 * Step 2 for a whole collection: each record of `list` read on its own (`readEntry`). A hole in
 * a sparse array (which JSON never makes, a program may) reads as a record that is not an object.
 */
export function readEntries<C extends RecordCollection>(
  collection: C,
  list: ReadonlyArray<unknown>,
  lenient: boolean,
): Array<Entry<RecordTypes[C]>> {
  const read: Array<Entry<RecordTypes[C]>> = new Array(list.length);
  for (let index = 0; index < list.length; index++) {
    read[index] = readEntry(collection, list[index], index, lenient);
  }
  return read;
}

/**
 * Step 1: the document's collections as lists, in `collections`' order. An absent collection is
 * empty; one that is not a list is read as empty and adds an `invalid_type` problem to `problems`.
 */
export function readCollectionLists<C extends RecordCollection>(
  input: Plain,
  collections: readonly C[],
  problems: Problem[],
): Record<C, ReadonlyArray<unknown>> {
  const lists = {} as Record<C, ReadonlyArray<unknown>>;
  for (const collection of collections) {
    const list = input[collection];
    if (list === undefined) {
      lists[collection] = [];
    } else if (Array.isArray(list)) {
      lists[collection] = list;
    } else {
      lists[collection] = [];
      const params = { expected: 'array', value: list };
      problems.push(problemOf('invalid_type', [collection], params));
    }
  }
  return lists;
}

/** The records `checkThemeAndMemberReferences` reads: workshops and practices when held. */
type ReferenceEntries = Pick<Entries, 'themes' | 'members'> &
  Partial<Pick<Entries, 'workshops' | 'practices'>>;

/**
 * Step 3, theme and member references: the `themeIds`, `speakerIds` and `authorIds` of the
 * workshops and practices the document holds. Strict mode flags every valid id naming no record;
 * lenient mode removes each reference to a missing or dropped record, with a warning.
 */
export function checkThemeAndMemberReferences(entries: ReferenceEntries, lenient: boolean): void {
  const { themes, members, workshops, practices } = entries;
  const seen = { themes: allIds(themes), members: allIds(members) };
  if (lenient) {
    const kept = { themes: keptIds(themes, true), members: keptIds(members, true) };
    if (workshops) dropDanglingReferences('workshops', workshops, kept, seen);
    if (practices) dropDanglingReferences('practices', practices, kept, seen);
  } else {
    if (workshops) checkReferencesStrict('workshops', workshops, seen);
    if (practices) checkReferencesStrict('practices', practices, seen);
  }
}

/** Step 4's outcome: the document's own fields and what was left out, or why there is none. */
export type Verdict<F> =
  { ok: true; fields: F; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Step 4, the verdict on a document read record by record. Strict mode refuses any problem: the
 * document's own (`ownProblems`, which it appends to) first, then each record's, collection by
 * collection. Lenient mode refuses only the document's own, and warns of each record left out (a
 * `record_dropped` warning, then its problems) and of what was removed from each record kept.
 */
export function verdictOf<F, C extends RecordCollection>(
  fields: ReadResult<F>,
  ownProblems: Problem[],
  collections: readonly C[],
  entries: { readonly [K in C]: ReadonlyArray<Entry<unknown>> },
  lenient: boolean,
): Verdict<F> {
  if (!lenient) {
    const problems = ownProblems;
    for (const collection of collections) {
      for (const entry of entries[collection]) if (entry.problems) problems.push(...entry.problems);
    }
    if (problems.length > 0 || !fields.ok) return { ok: false, problems };
    return { ok: true, fields: fields.value, warnings: [] };
  }
  if (!fields.ok) return { ok: false, problems: ownProblems };
  const warnings: Problem[] = [];
  for (const collection of collections) {
    for (const entry of entries[collection]) {
      if (entry.value === undefined || entry.problems) {
        warnings.push(recordDropped(collection, entry));
        if (entry.problems) warnings.push(...entry.problems);
      } else if (entry.notes) {
        warnings.push(...entry.notes);
      }
    }
  }
  return { ok: true, fields: fields.value, warnings };
}

function parse(input: unknown, requested: ParseMode): ParseSummitResult {
  // 1. The summit itself.
  const fields = readRecord<SummitFields>(FIELDS.summit, input, []);
  const summitProblems = fields.ok ? [] : fields.problems;
  if (!isObject(input)) return { ok: false, problems: summitProblems };
  const lists = readCollectionLists(input, RECORD_COLLECTIONS, summitProblems);
  if (fields.ok && fields.value.endDate < fields.value.startDate) {
    const { startDate: start, endDate: end } = fields.value;
    summitProblems.push(problemOf('end_before_start', ['endDate'], { start, end, of: 'summit' }));
  }
  // Without a summit there is nothing to be lenient about: report everything, as strict does.
  const lenient = requested === 'lenient' && summitProblems.length === 0;

  // 2. Each record on its own.
  const entries = {} as Entries;
  for (const collection of RECORD_COLLECTIONS) {
    (entries as Record<RecordCollection, Array<Entry<unknown>>>)[collection] = readEntries(
      collection,
      lists[collection],
      lenient,
    );
  }

  // 3. Rules across records.
  for (const collection of RECORD_COLLECTIONS) {
    checkDuplicates(collection, entries[collection], lenient);
  }
  checkTimes(entries.workshops, lenient);
  checkThemeAndMemberReferences(entries, lenient);
  if (lenient) {
    dropDanglingRooms(entries.workshops, keptIds(entries.rooms, true), allIds(entries.rooms));
  } else {
    checkRoomsStrict(entries.workshops, allIds(entries.rooms));
  }

  // 4. The verdict.
  const verdict = verdictOf(fields, summitProblems, RECORD_COLLECTIONS, entries, lenient);
  if (!verdict.ok) return verdict;
  return { ok: true, summit: assemble(verdict.fields, entries), warnings: verdict.warnings };
}

/** The records that go into the result: valid, with no problem, in their order. */
export function kept<T>(entries: ReadonlyArray<Entry<T>>): T[] {
  const values: T[] = [];
  for (const entry of entries) {
    if (entry.value !== undefined && !entry.problems) values.push(entry.value);
  }
  return values;
}

function assemble(fields: SummitFields, entries: Entries): Summit {
  return {
    ...fields,
    rooms: kept(entries.rooms),
    themes: kept(entries.themes),
    workshops: kept(entries.workshops),
    members: kept(entries.members),
    practices: kept(entries.practices),
  };
}

/**
 * `parseSummit` without its sentences: the same verdict, summit and problems, but each
 * problem's `message` holds its code until `wordProblems` words it. For bundles that parse
 * summits on every visit and show a problem only now and then (the agenda's first load): the
 * sentences in both languages then load with the first problem to show.
 *
 * @example
 * const result = parseSummitUnworded(json, { mode: 'lenient' });
 * if (result.ok && result.warnings.length > 0) {
 *   const { wordProblems } = await import('@gics/core/summit');
 *   console.warn(wordProblems(result.warnings).map((problem) => problem.message.en));
 * }
 */
export function parseSummitUnworded(
  input: unknown,
  options?: ParseSummitOptions,
): ParseSummitResult {
  return withWording(undefined, () => parseUnworded(input, options));
}

/** The parse itself; the caller says how problems are worded (`withWording`). */
export function parseUnworded(input: unknown, options?: ParseSummitOptions): ParseSummitResult {
  try {
    const mode: ParseMode = options?.mode === 'lenient' ? 'lenient' : 'strict';
    return parse(input, mode);
  } catch {
    // Reading the document itself failed (a throwing getter or proxy at the top level).
    return { ok: false, problems: [unreadable([])] };
  }
}
