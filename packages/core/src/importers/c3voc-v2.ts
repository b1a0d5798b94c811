/**
 * C3VOC "schedule v2" → GICS summit. The v2 document keeps frab's envelope
 * (`schedule.conference` with `tracks`, `rooms` and `days`) but its days hold no events: the
 * sessions are one flat list, `schedule.events[]`, and the people one list, `schedule.persons[]`,
 * which events refer to through `participants[]` (`{ guid, name, role }`).
 *
 * - **start** and **end**: the event's own ISO date-times with offsets (`duration` when `end` is
 *   missing).
 * - **room**: `{ name, slug, guid }`, found in `conference.rooms` by guid, slug or name.
 * - **track**: `{ slug }` (or a name), found among `conference.tracks`, whose colour is
 *   `colors.light`.
 * - **speakers**: every participant, identified by guid; biography and page from `persons[]`.
 * - **id**: the event's `guid`, else its `code`.
 * - **days**: `conference.days[]` (`start`/`end`, no events) choose the summit's `dayChange`.
 *
 * Everything else (texts, links and attachments, type, language, the conference's tracks,
 * rooms, zone and dates) reads as in `frab.ts`, through `frab-common.ts`. `fromFrab` sends v2
 * documents here; `fromC3vocV2` reads them directly.
 */
import { parseDateTime, parseDuration } from './datetime.js';
import {
  addEventSession,
  admitEvent,
  beginConference,
  CONFERENCE_PATH,
  finishConference,
  roomFor,
  scheduleEnvelope,
} from './frab-common.js';
import {
  failure,
  importProblem,
  neverThrow,
  readOptions,
  type ImportOptions,
  type ImportResult,
} from './import-report.js';
import { field, isRecord, list, textField, type Path } from './source-values.js';
import type { SourceDay, SummitBuilder } from './summit-builder.js';
import { safeLink } from './urls.js';

/** Whether a document has the shape of a C3VOC schedule v2: a `schedule.events` list. */
export function isC3vocV2(json: unknown): boolean {
  const schedule = isRecord(json) ? field(json, 'schedule') : undefined;
  return isRecord(schedule) && Array.isArray(field(schedule, 'events'));
}

/**
 * Reads a C3VOC schedule v2 document. Never throws: a document that is not one, whose time zone
 * cannot be determined, or whose events all fail to import, gives `ok: false` with problems.
 */
export function fromC3vocV2(json: unknown, options?: ImportOptions): ImportResult {
  return neverThrow(() => importC3vocV2(json, readOptions(options)));
}

/** A person of `schedule.persons[]`, for the participants that refer to them. */
interface V2Person {
  name?: string;
  bio?: string;
  url?: string;
}

function importC3vocV2(json: unknown, options: ImportOptions): ImportResult {
  const envelope = scheduleEnvelope(json);
  if (!envelope || !isC3vocV2(json)) return failure(importProblem('not_frab'));
  const { schedule, conference } = envelope;
  const started = beginConference(envelope, options);
  if ('problem' in started) return failure(started.problem);
  const { builder, baseUrl } = started;

  const persons = new Map<string, V2Person>();
  list(field(schedule, 'persons')).forEach((person, index) => {
    if (!isRecord(person)) return;
    const guid = textField(person, 'guid');
    if (!guid) return;
    const name = textField(person, 'name') ?? textField(person, 'public_name');
    const bio = textField(person, 'biography');
    const rawUrl = textField(person, 'url');
    const url = rawUrl
      ? safeLink(rawUrl, baseUrl, ['schedule', 'persons', index, 'url'], builder.notes)
      : undefined;
    persons.set(guid.toLowerCase(), {
      ...(name ? { name } : {}),
      ...(bio ? { bio } : {}),
      ...(url ? { url } : {}),
    });
  });

  const sourceDays: SourceDay[] = [];
  list(field(conference, 'days')).forEach((rawDay, index) => {
    const dayPath = [...CONFERENCE_PATH, 'days', index];
    if (!isRecord(rawDay)) return builder.note('entry_not_object', dayPath);
    const date = textField(rawDay, 'date')?.slice(0, 10);
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    const day: SourceDay = { date };
    const start = parseDateTime(textField(rawDay, 'start') ?? '');
    const end = parseDateTime(textField(rawDay, 'end') ?? '');
    if (start?.kind === 'instant') day.startMs = start.epochMs;
    if (end?.kind === 'instant') day.endMs = end.epochMs;
    sourceDays.push(day);
  });

  list(field(schedule, 'events')).forEach((event, index) => {
    builder.sourceSessions += 1;
    readEvent(builder, event, persons, baseUrl, ['schedule', 'events', index]);
  });

  return finishConference(started, conference, sourceDays);
}

/** The room an event's `room` reference names, by guid, slug or name. */
function eventRoom(builder: SummitBuilder, room: unknown, path: Path): string | undefined {
  if (!isRecord(room)) {
    const name = typeof room === 'string' ? room.trim() : '';
    return name ? roomFor(builder, name, path) : undefined;
  }
  const guid = textField(room, 'guid');
  const slug = textField(room, 'slug');
  const name = textField(room, 'name');
  const known =
    (guid ? builder.rooms.get(`guid:${guid.toLowerCase()}`) : undefined) ??
    (slug ? builder.rooms.get(`slug:${slug}`) : undefined) ??
    (name ? builder.rooms.get(name) : undefined);
  if (known) return known;
  if (!name) return undefined;
  return builder.rooms.add(
    name,
    { name, slugFrom: name, ...(slug ? { sourceId: slug } : {}) },
    path,
  );
}

/** The theme an event's `track` reference names, by slug or name. */
function eventTheme(builder: SummitBuilder, track: unknown, path: Path): string | undefined {
  const slug = isRecord(track) ? textField(track, 'slug') : undefined;
  const name = isRecord(track)
    ? textField(track, 'name')
    : typeof track === 'string'
      ? track.trim()
      : undefined;
  const known =
    (slug ? builder.themes.get(`slug:${slug}`) : undefined) ??
    (name ? builder.themes.get(name) : undefined);
  if (known) return known;
  const label = name ?? slug;
  if (!label) return undefined;
  return builder.themes.add(
    label,
    { name: label, slugFrom: label, ...(slug ? { sourceId: slug } : {}) },
    path,
  );
}

function readEvent(
  builder: SummitBuilder,
  source: unknown,
  persons: ReadonlyMap<string, V2Person>,
  baseUrl: URL | undefined,
  path: Path,
): void {
  const admitted = admitEvent(builder, source, path);
  if (!admitted) return;
  const { record: event, title } = admitted;

  const startText = textField(event, 'start') ?? textField(event, 'date');
  const startMs = builder.readInstant(startText, [...path, 'start'], { noteAssumedZone: true });
  if (startMs === undefined) return builder.note('missing_start', path, { title });
  let endMs = builder.readInstant(textField(event, 'end'), [...path, 'end'], {
    noteAssumedZone: false,
  });
  if (endMs === undefined) {
    const duration = parseDuration(textField(event, 'duration') ?? '');
    if (duration !== undefined) endMs = startMs + duration * 60_000;
  }

  const speakerIds: string[] = [];
  list(field(event, 'participants') ?? field(event, 'persons')).forEach((participant, index) => {
    const personPath = [...path, 'participants', index];
    if (!isRecord(participant)) return builder.note('entry_not_object', personPath);
    const guid = textField(participant, 'guid');
    const known = guid ? persons.get(guid.toLowerCase()) : undefined;
    const name =
      textField(participant, 'name') ?? textField(participant, 'public_name') ?? known?.name;
    const id = builder.people.add(
      {
        ...(name ? { name } : {}),
        ...(guid ? { guid } : {}),
        ...(known?.bio ? { bio: known.bio } : {}),
        ...(known?.url ? { url: known.url } : {}),
      },
      personPath,
    );
    if (id) speakerIds.push(id);
  });

  const themeId = eventTheme(builder, field(event, 'track'), [...path, 'track']);
  const roomId = eventRoom(builder, field(event, 'room'), [...path, 'room']);
  const sourceId = textField(event, 'guid') ?? textField(event, 'code');
  addEventSession(
    builder,
    admitted,
    { sourceId, startMs, endMs, roomId, themeIds: themeId ? [themeId] : [], speakerIds },
    baseUrl,
    path,
  );
}
