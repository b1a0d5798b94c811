/**
 * frab / C3VOC `schedule.json` → GICS summit (pretalx exports the same format). A C3VOC
 * "schedule v2" document (`schedule.events[]` beside the conference) is handed to
 * `c3voc-v2.ts`, so `fromFrab` reads both.
 *
 * The envelope is `schedule.conference`, whose `days[].rooms` map each room *name* to its events.
 *
 * - **rooms**: `conference.rooms` in the organiser's order (main halls first), then any room
 *   only a day or an event names; workshops refer to them by `roomId`.
 * - **days**: each day's `day_start`/`day_end` and the sessions filed under it choose the
 *   summit's `dayChange` (a day from 11:00 to 06:00 the next morning changes at 06:00).
 * - **start**: the event's `date` (ISO with offset) is the true start. Without it, the day's
 *   `date` and the event's local `start` ("HH:MM") are combined in the conference's
 *   `time_zone_name`; a start earlier than the day's own start (`day_start`, or 05:00 when the
 *   day has none) belongs to the next calendar date, since frab days run past midnight. Noted.
 * - **end**: start + `duration` ("H:MM" or "HH:MM"), else the event's `end`, else the default
 *   duration (noted).
 * - **id**: the event's `guid`, else its `id`; merged schedules repeat numeric ids, never guids.
 *   A session with neither gets an id made from its start, room and title.
 * - **themes**: `conference.tracks` (id from `slug` or the name, colour from `color` when it is a
 *   hex colour, else from an accessible palette), plus any track name an event mentions.
 * - **speakers**: `persons`, frab style (`id`, `public_name`) or pretalx style (`code`, `name`),
 *   merged by the rules of `PeopleDirectory` (strongest key, never two different names).
 * - **format**, **formatLabel** and **language**: see `vocabulary.ts`; the type stays as the
 *   label. Breaks are kept as `networking` unless `breaks: 'skip'`.
 * - **subtitle**, **summary** (`abstract`), **description**: kept as given (Markdown).
 * - **links**: `links` then `attachments`, resolved against `base_url`, http(s) only; **url** is
 *   the event's own `url`, else its first link.
 *
 * The summit takes its id from `acronym`, its name from `title`, its zone from
 * `time_zone_name` (else `options.timeZone`; never guessed from offsets), its dates from the
 * days (else `start`/`end`).
 */
import { fromC3vocV2, isC3vocV2 } from './c3voc-v2.js';
import {
  addCalendarDays,
  formatInZone,
  minutesOfDayInZone,
  parseCalendarDate,
  parseDateTime,
  parseDuration,
  parseTimeOfDay,
  wallClockToInstant,
} from './datetime.js';
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
import {
  entries,
  field,
  isRecord,
  list,
  text,
  textField,
  type Path,
  type SourceRecord,
} from './source-values.js';
import type { SourceDay, SummitBuilder } from './summit-builder.js';
import { safeLink } from './urls.js';

/** When a day gives no `day_start`, events before this local time belong to the next date. */
const FALLBACK_DAY_START_MINUTES = 5 * 60;

/**
 * Reads a frab / C3VOC `schedule.json` (also exported by pretalx), or a C3VOC schedule v2
 * document. Never throws: a document that is not one, whose time zone cannot be determined, or
 * whose sessions all fail to import, gives `ok: false` with problems.
 */
export function fromFrab(json: unknown, options?: ImportOptions): ImportResult {
  return neverThrow(() =>
    isC3vocV2(json) ? fromC3vocV2(json, options) : importFrab(json, readOptions(options)),
  );
}

interface Day {
  date: { year: number; month: number; day: number } | undefined;
  startMinutes: number;
}

function importFrab(json: unknown, options: ImportOptions): ImportResult {
  const envelope = scheduleEnvelope(json);
  if (!envelope || !Array.isArray(field(envelope.conference, 'days'))) {
    return failure(importProblem('not_frab'));
  }
  const { conference } = envelope;
  const started = beginConference(envelope, options);
  if ('problem' in started) return failure(started.problem);
  const { builder, baseUrl } = started;

  const sourceDays: SourceDay[] = [];
  list(field(conference, 'days')).forEach((rawDay, dayIndex) => {
    const dayPath = [...CONFERENCE_PATH, 'days', dayIndex];
    if (!isRecord(rawDay)) return builder.note('entry_not_object', dayPath);
    const dateText = textField(rawDay, 'date');
    const date = dateText === undefined ? undefined : parseCalendarDate(dateText);
    const dayStart = parseDateTime(textField(rawDay, 'day_start') ?? '');
    const dayEnd = parseDateTime(textField(rawDay, 'day_end') ?? '');
    const day: Day = {
      date,
      startMinutes:
        dayStart?.kind === 'instant'
          ? minutesOfDayInZone(dayStart.epochMs, builder.zone)
          : dayStart?.kind === 'wall-clock'
            ? dayStart.wallClock.hour * 60 + dayStart.wallClock.minute
            : FALLBACK_DAY_START_MINUTES,
    };
    const sourceDay: SourceDay | undefined =
      date && dateText ? { date: dateText.slice(0, 10), sessionStartsMs: [] } : undefined;
    if (sourceDay) {
      if (dayStart?.kind === 'instant') sourceDay.startMs = dayStart.epochMs;
      if (dayEnd?.kind === 'instant') sourceDay.endMs = dayEnd.epochMs;
      sourceDays.push(sourceDay);
    }
    for (const [roomName, events] of entries(field(rawDay, 'rooms'))) {
      const roomKey = text(roomName);
      if (roomKey) roomFor(builder, roomKey, [...dayPath, 'rooms', roomName]);
      list(events).forEach((event, eventIndex) => {
        builder.sourceSessions += 1;
        const startMs = readEvent(builder, event, day, roomKey, baseUrl, [
          ...dayPath,
          'rooms',
          roomName,
          eventIndex,
        ]);
        if (startMs !== undefined) sourceDay?.sessionStartsMs?.push(startMs);
      });
    }
  });

  return finishConference(started, conference, sourceDays);
}

/** The event's start as an instant, with notes on how it was found; `undefined` if it has none. */
function eventStart(
  builder: SummitBuilder,
  event: SourceRecord,
  day: Day,
  label: string,
  path: Path,
): number | undefined {
  const dateText = textField(event, 'date');
  const parsed = dateText === undefined ? undefined : parseDateTime(dateText);
  if (parsed?.kind === 'instant') return parsed.epochMs;
  if (parsed?.kind === 'wall-clock' && dateText) {
    const placed = wallClockToInstant(parsed.wallClock, builder.zone);
    builder.note('local_time_assumed', [...path, 'date'], { value: dateText, zone: builder.zone });
    if (placed.shifted) {
      builder.note('nonexistent_local_time', [...path, 'date'], {
        value: dateText,
        zone: builder.zone,
        start: formatInZone(placed.epochMs, builder.zone),
      });
    }
    return placed.epochMs;
  }
  const startText = textField(event, 'start');
  const minutes = startText === undefined ? undefined : parseTimeOfDay(startText);
  if (minutes === undefined || day.date === undefined) return undefined;
  const date = minutes < day.startMinutes ? addCalendarDays(day.date, 1) : day.date;
  const placed = wallClockToInstant(
    { ...date, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 },
    builder.zone,
  );
  const start = formatInZone(placed.epochMs, builder.zone);
  builder.note('start_from_wall_clock', [...path, 'start'], { title: label, start });
  if (placed.shifted) {
    builder.note('nonexistent_local_time', [...path, 'start'], {
      value: startText ?? '',
      zone: builder.zone,
      start,
    });
  }
  return placed.epochMs;
}

/** Reads one event into a workshop; returns its start when it was imported. */
function readEvent(
  builder: SummitBuilder,
  source: unknown,
  day: Day,
  roomKey: string | undefined,
  baseUrl: URL | undefined,
  path: Path,
): number | undefined {
  const admitted = admitEvent(builder, source, path);
  if (!admitted) return undefined;
  const { record: event, title } = admitted;

  const startMs = eventStart(builder, event, day, title, path);
  if (startMs === undefined) return void builder.note('missing_start', path, { title });
  const duration = parseDuration(textField(event, 'duration') ?? '');
  let endMs: number | undefined;
  if (duration !== undefined) endMs = startMs + duration * 60_000;
  else {
    const end = parseDateTime(textField(event, 'end') ?? '');
    if (end?.kind === 'instant') endMs = end.epochMs;
    else if (end?.kind === 'wall-clock')
      endMs = wallClockToInstant(end.wallClock, builder.zone).epochMs;
  }

  const themeIds: string[] = [];
  const track = textField(event, 'track');
  if (track) {
    themeIds.push(
      builder.themes.get(track) ??
        builder.themes.add(track, { name: track, slugFrom: track }, [...path, 'track']),
    );
  }

  const speakerIds: string[] = [];
  list(field(event, 'persons')).forEach((person, index) => {
    const personPath = [...path, 'persons', index];
    if (!isRecord(person)) return builder.note('entry_not_object', personPath);
    const name =
      textField(person, 'public_name') ??
      textField(person, 'name') ??
      textField(person, 'full_public_name');
    const numericId = text(field(person, 'id'));
    const code = textField(person, 'code');
    const guid = textField(person, 'guid');
    const bio = textField(person, 'biography');
    const personUrl = textField(person, 'url');
    const url = personUrl
      ? safeLink(personUrl, baseUrl, [...personPath, 'url'], builder.notes)
      : undefined;
    const id = builder.people.add(
      {
        ...(name ? { name } : {}),
        ...(numericId ? { numericId } : {}),
        ...(code ? { code } : {}),
        ...(guid ? { guid } : {}),
        ...(bio ? { bio } : {}),
        ...(url ? { url } : {}),
      },
      personPath,
    );
    if (id) speakerIds.push(id);
  });

  const roomName = textField(event, 'room') ?? roomKey;
  const roomId = roomName ? roomFor(builder, roomName, [...path, 'room']) : undefined;
  const sourceId = textField(event, 'guid') ?? text(field(event, 'id'));
  addEventSession(
    builder,
    admitted,
    { sourceId, startMs, endMs, roomId, themeIds, speakerIds },
    baseUrl,
    path,
  );
  return startMs;
}
