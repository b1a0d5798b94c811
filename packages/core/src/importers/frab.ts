/**
 * frab / C3VOC `schedule.json` → GICS summit (pretalx exports the same format).
 *
 * The envelope is `schedule.conference`, whose `days[].rooms` map each room *name* to its events.
 * For each event:
 *
 * - **start**: the event's `date` (ISO with offset) is the true start. Without it, the day's
 *   `date` and the event's local `start` ("HH:MM") are combined in the conference's
 *   `time_zone_name`; a start earlier than the day's own start (`day_start`, or 05:00 when the
 *   day has none) belongs to the next calendar date, since frab days run past midnight
 *   (a 01:30 event on a day that opened at 09:00 is on the following morning). Noted.
 * - **end**: start + `duration` ("H:MM" or "HH:MM"), else the event's `end`, else the default
 *   duration (noted).
 * - **room**: the event's `room`, else the name it is filed under.
 * - **themes**: `conference.tracks` (id from `slug` or the name, colour from `color` when it is a
 *   hex colour, else from an accessible palette), plus any track name an event mentions.
 * - **speakers**: `persons`, frab style (`id`, `public_name`) or pretalx style (`code`, `name`),
 *   merged across events by id, code, GUID or name.
 * - **format** and **language**: see `vocabulary.ts`. Breaks are kept as `networking` unless
 *   `breaks: 'skip'`.
 * - **url**: the event's `url`, else its first link; resolved against `base_url`, http(s) only.
 *
 * The summit takes its id from `acronym`, its name from `title`, its zone from
 * `time_zone_name` (else `options.timeZone`), its dates from the days (else `start`/`end`).
 */
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
  failure,
  importProblem,
  neverThrow,
  readOptions,
  type ImportNote,
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
  type SourceRecord,
} from './source-values.js';
import { resolveZone, SummitBuilder, type SummitDraft } from './summit-builder.js';
import { parseBaseUrl, safeLink } from './urls.js';
import { formatFromType, isBreakType, languageFrom } from './vocabulary.js';

type Path = ReadonlyArray<string | number>;

/** When a day gives no `day_start`, events before this local time belong to the next date. */
const FALLBACK_DAY_START_MINUTES = 5 * 60;

/**
 * Reads a frab / C3VOC `schedule.json` (also exported by pretalx). Never throws: a document
 * that is not one, or whose time zone cannot be determined, gives `ok: false` with problems.
 */
export function fromFrab(json: unknown, options?: ImportOptions): ImportResult {
  return neverThrow(() => importFrab(json, readOptions(options)));
}

interface Day {
  date: { year: number; month: number; day: number } | undefined;
  startMinutes: number;
}

function importFrab(json: unknown, options: ImportOptions): ImportResult {
  const schedule = isRecord(json) ? field(json, 'schedule') : undefined;
  const conference = isRecord(schedule) ? field(schedule, 'conference') : undefined;
  if (!isRecord(schedule) || !isRecord(conference) || !Array.isArray(field(conference, 'days'))) {
    return failure(importProblem('not_frab'));
  }
  const base: Path = ['schedule', 'conference'];
  const zoneNotes: ImportNote[] = [];
  const resolved = resolveZone(
    textField(conference, 'time_zone_name'),
    [...base, 'time_zone_name'],
    options.timeZone,
    zoneNotes,
  );
  if ('problem' in resolved) return failure(resolved.problem);
  const builder = new SummitBuilder(resolved.zone, options);
  builder.notes.push(...zoneNotes);
  const baseUrl = parseBaseUrl(textField(schedule, 'base_url'));

  list(field(conference, 'tracks')).forEach((track, index) => {
    const path = [...base, 'tracks', index];
    if (!isRecord(track)) return builder.note('entry_not_object', path);
    const name = textField(track, 'name');
    if (!name) return builder.note('unnamed_track', path);
    const color = textField(track, 'color');
    const slug = textField(track, 'slug');
    builder.themes.add(
      name,
      { name, slugFrom: name, ...(slug ? { sourceId: slug } : {}), ...(color ? { color } : {}) },
      path,
    );
  });

  const dayDates: string[] = [];
  list(field(conference, 'days')).forEach((rawDay, dayIndex) => {
    const dayPath = [...base, 'days', dayIndex];
    if (!isRecord(rawDay)) return builder.note('entry_not_object', dayPath);
    const dateText = textField(rawDay, 'date');
    const date = dateText === undefined ? undefined : parseCalendarDate(dateText);
    if (date && dateText) dayDates.push(dateText.slice(0, 10));
    const dayStart = parseDateTime(textField(rawDay, 'day_start') ?? '');
    const day: Day = {
      date,
      startMinutes:
        dayStart?.kind === 'instant'
          ? minutesOfDayInZone(dayStart.epochMs, builder.zone)
          : dayStart?.kind === 'wall-clock'
            ? dayStart.wallClock.hour * 60 + dayStart.wallClock.minute
            : FALLBACK_DAY_START_MINUTES,
    };
    for (const [roomName, events] of entries(field(rawDay, 'rooms'))) {
      list(events).forEach((event, eventIndex) => {
        readEvent(builder, event, day, roomName, baseUrl, [
          ...dayPath,
          'rooms',
          roomName,
          eventIndex,
        ]);
      });
    }
  });

  dayDates.sort();
  const draft: SummitDraft = {};
  const acronym = textField(conference, 'acronym');
  if (acronym) draft.id = { value: acronym, path: [...base, 'acronym'] };
  const title = textField(conference, 'title');
  if (title) draft.name = title;
  const startDate = dayDates[0] ?? textField(conference, 'start');
  const endDate = dayDates.at(-1) ?? textField(conference, 'end');
  if (startDate) draft.startDate = startDate;
  if (endDate) draft.endDate = endDate;
  const url = textField(conference, 'url');
  if (url) {
    const safe = safeLink(url, baseUrl, [...base, 'url'], builder.notes);
    if (safe) draft.url = safe;
  }
  return builder.finish(draft);
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

function readEvent(
  builder: SummitBuilder,
  event: unknown,
  day: Day,
  roomName: string,
  baseUrl: URL | undefined,
  path: Path,
): void {
  if (!isRecord(event)) return builder.note('entry_not_object', path);
  const title = textField(event, 'title');
  if (!title) return builder.note('missing_title', path);

  const type = textField(event, 'type');
  let format = type === undefined ? 'workshop' : formatFromType(type);
  if (format === undefined) {
    builder.note('unknown_format', [...path, 'type'], { type: type ?? '' });
    format = 'other';
  }
  if (type !== undefined && isBreakType(type) && builder.skipBreaks) {
    return builder.note('break_skipped', path, { title });
  }

  const startMs = eventStart(builder, event, day, title, path);
  if (startMs === undefined) return builder.note('missing_start', path, { title });
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
    themeIds.push(builder.themes.add(track, { name: track, slugFrom: track }, [...path, 'track']));
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

  let language;
  const languageText = textField(event, 'language');
  if (languageText) {
    language = languageFrom([languageText]);
    if (!language)
      builder.note('unmapped_language', [...path, 'language'], { language: languageText });
  }

  let url: string | undefined;
  const eventUrl = textField(event, 'url');
  if (eventUrl) url = safeLink(eventUrl, baseUrl, [...path, 'url'], builder.notes);
  let extraLinks = 0;
  list(field(event, 'links')).forEach((link, index) => {
    const linkUrl = isRecord(link) ? textField(link, 'url') : text(link);
    if (!linkUrl) return;
    if (url === undefined)
      url = safeLink(linkUrl, baseUrl, [...path, 'links', index, 'url'], builder.notes);
    else extraLinks += 1;
  });
  if (extraLinks > 0)
    builder.note('extra_links_dropped', [...path, 'links'], { count: extraLinks, title });

  const summary = textField(event, 'abstract') ?? textField(event, 'subtitle');
  const description = textField(event, 'description');
  const room = textField(event, 'room') ?? text(roomName);
  const sourceId = text(field(event, 'id')) ?? textField(event, 'guid');
  builder.addSession(
    {
      ...(sourceId ? { sourceId } : {}),
      title,
      label: title,
      startMs,
      ...(endMs !== undefined ? { endMs } : {}),
      ...(summary ? { summary } : {}),
      ...(description && description !== summary ? { description } : {}),
      ...(room ? { room } : {}),
      format,
      ...(language ? { language } : {}),
      themeIds,
      speakerIds,
      ...(url ? { url } : {}),
    },
    path,
  );
}
