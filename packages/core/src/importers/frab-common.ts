/**
 * What the frab `schedule.json` reader (`frab.ts`) and the C3VOC schedule v2 reader
 * (`c3voc-v2.ts`) read alike. Both run the same way:
 *
 * 1. `beginConference`: the zone, `base_url`, and the conference's tracks and rooms, which
 *    events then find by name, slug or guid;
 * 2. for each event, `admitEvent` (an object with a title, not a break left out), then the
 *    reader's own id, times, room, themes and speakers, then `addEventSession`, which reads the
 *    texts, language, page and links alike;
 * 3. `finishConference`: the summit's id, name, url and dates, and its days.
 */
import type { Problem } from '../summit/problem.js';
import type { Link, LocalizedText } from '../summit/summit.schema.js';
import { toLocalizedText } from './i18n.js';
import { slugify } from './ids.js';
import type { ImportOptions, ImportResult } from './import-report.js';
import {
  field,
  isRecord,
  list,
  numberValue,
  text,
  textField,
  type Path,
  type SourceRecord,
} from './source-values.js';
import {
  startSummit,
  type SessionDraft,
  type SourceDay,
  type SummitBuilder,
  type SummitDraft,
} from './summit-builder.js';
import { parseBaseUrl, safeLink } from './urls.js';
import { isBreakType, languageFrom, sessionFormat } from './vocabulary.js';

/** Where a frab or v2 document keeps its conference: the path of every conference-level note. */
export const CONFERENCE_PATH: Path = ['schedule', 'conference'];

/** A frab or v2 document's `schedule` and its `schedule.conference`. */
export interface ScheduleEnvelope {
  schedule: SourceRecord;
  conference: SourceRecord;
}

/** `schedule` and `schedule.conference` when both are objects, as every frab or v2 document has. */
export function scheduleEnvelope(json: unknown): ScheduleEnvelope | undefined {
  const schedule = isRecord(json) ? field(json, 'schedule') : undefined;
  const conference = isRecord(schedule) ? field(schedule, 'conference') : undefined;
  return isRecord(schedule) && isRecord(conference) ? { schedule, conference } : undefined;
}

/** A builder with the conference's tracks and rooms, and the URL relative links resolve against. */
export interface ConferenceStart {
  builder: SummitBuilder;
  baseUrl: URL | undefined;
}

/**
 * Begins reading a frab or v2 document: the summit's zone is the conference's `time_zone_name`
 * (else `options.timeZone`), relative links resolve against `schedule.base_url`, and the
 * conference's tracks and rooms are read before any event refers to them. A zone that cannot be
 * determined is the problem returned instead.
 */
export function beginConference(
  { schedule, conference }: ScheduleEnvelope,
  options: ImportOptions,
): ConferenceStart | { problem: Problem } {
  const started = startSummit(
    textField(conference, 'time_zone_name'),
    [...CONFERENCE_PATH, 'time_zone_name'],
    options,
    'frab',
  );
  if ('problem' in started) return started;
  const { builder } = started;
  const baseUrl = parseBaseUrl(textField(schedule, 'base_url'));
  readTracks(builder, field(conference, 'tracks'), [...CONFERENCE_PATH, 'tracks']);
  readRooms(builder, field(conference, 'rooms'), [...CONFERENCE_PATH, 'rooms']);
  return { builder, baseUrl };
}

/**
 * Finishes reading a frab or v2 document: the summit takes its id from `acronym`, its name from
 * `title`, its url from `url`, its dates from `days` (else the conference's `start`/`end`), and
 * its days, which choose its `dayChange`, from `days`.
 */
export function finishConference(
  { builder, baseUrl }: ConferenceStart,
  conference: SourceRecord,
  days: SourceDay[],
): ImportResult {
  const draft: SummitDraft = { format: 'frab' };
  const acronym = textField(conference, 'acronym');
  if (acronym) draft.id = { value: acronym, path: [...CONFERENCE_PATH, 'acronym'] };
  const title = textField(conference, 'title');
  if (title) draft.name = title;
  const sorted = days.map((day) => day.date).sort();
  const startDate = sorted[0] ?? textField(conference, 'start');
  const endDate = sorted.at(-1) ?? textField(conference, 'end');
  if (startDate) draft.startDate = startDate;
  if (endDate) draft.endDate = endDate;
  const url = textField(conference, 'url');
  if (url) {
    const safe = safeLink(url, baseUrl, [...CONFERENCE_PATH, 'url'], builder.notes);
    if (safe) draft.url = safe;
  }
  draft.days = days;
  return builder.finish(draft);
}

/** An event worth importing, and what its `type` says of its format. */
export interface AdmittedEvent {
  record: SourceRecord;
  title: string;
  format: Pick<SessionDraft, 'format' | 'formatLabel'>;
}

/**
 * A frab or v2 event that is an object with a `title` and not a break left out
 * (`breaks: 'skip'`), with its format; `undefined`, noted, for any other. A type the vocabulary
 * does not understand is noted and the event kept.
 */
export function admitEvent(
  builder: SummitBuilder,
  event: unknown,
  path: Path,
): AdmittedEvent | undefined {
  if (!isRecord(event)) return void builder.note('entry_not_object', path);
  const title = textField(event, 'title');
  if (!title) return void builder.note('missing_title', path);
  const type = textField(event, 'type');
  const { isBreak, matched, ...format } = readFormat(type);
  if (type !== undefined && !matched) builder.note('unknown_format', [...path, 'type'], { type });
  if (isBreak && builder.skipBreaks) return void builder.note('break_skipped', path, { title });
  return { record: event, title, format };
}

/** What frab and v2 events each read their own way: id, times, room, themes and speakers. */
export interface EventSpecifics {
  sourceId: string | undefined;
  startMs: number;
  endMs: number | undefined;
  roomId: string | undefined;
  themeIds: string[];
  speakerIds: string[];
}

/**
 * Adds an admitted event as a session: its id, times, room, themes and speakers as its reader
 * found them (`specifics`), its texts, language, own page and links read here, alike for frab
 * and v2. A `description` equal to the `abstract` is kept once, as the summary.
 */
export function addEventSession(
  builder: SummitBuilder,
  { record: event, title, format }: AdmittedEvent,
  { sourceId, startMs, endMs, roomId, themeIds, speakerIds }: EventSpecifics,
  baseUrl: URL | undefined,
  path: Path,
): void {
  const language = readLanguage(builder, textField(event, 'language'), [...path, 'language']);
  const url = readSessionPage(builder, event, baseUrl, path);
  const links = readLinks(builder, event, baseUrl, path);
  const subtitle = localizable(event, 'subtitle', language);
  const summary = localizable(event, 'abstract', language);
  const description = localizable(event, 'description', language);
  builder.addSession(
    {
      ...(sourceId ? { sourceId } : {}),
      title,
      label: title,
      ...(subtitle ? { subtitle } : {}),
      startMs,
      ...(endMs !== undefined ? { endMs } : {}),
      ...(summary ? { summary } : {}),
      ...(description && description !== summary ? { description } : {}),
      ...(roomId ? { roomId } : {}),
      ...format,
      ...(language ? { language } : {}),
      themeIds,
      speakerIds,
      ...(url ? { url } : {}),
      links,
    },
    path,
  );
}

/**
 * Reads `conference.tracks` into themes, filed under their name and their slug (frab events
 * name their track, v2 events give its slug). The colour is `color`, else v2's `colors.light`
 * (the agenda draws themes on a light background), else `colors.dark`.
 */
function readTracks(builder: SummitBuilder, tracks: unknown, path: Path): void {
  list(tracks).forEach((track, index) => {
    const trackPath = [...path, index];
    if (!isRecord(track)) return builder.note('entry_not_object', trackPath);
    const name = textField(track, 'name');
    if (!name) return builder.note('unnamed_track', trackPath);
    const colors = field(track, 'colors');
    const color =
      textField(track, 'color') ??
      (isRecord(colors) ? (textField(colors, 'light') ?? textField(colors, 'dark')) : undefined);
    const slug = textField(track, 'slug');
    const id = builder.themes.add(
      name,
      { name, slugFrom: name, ...(slug ? { sourceId: slug } : {}), ...(color ? { color } : {}) },
      trackPath,
    );
    if (slug) builder.themes.alias(`slug:${slug}`, id);
  });
}

/**
 * Reads `conference.rooms` into the summit's rooms, in the organiser's order. A room's id is its
 * `slug` (v2), else made from its name, else its `guid`; it is filed under its name and guid.
 */
function readRooms(builder: SummitBuilder, rooms: unknown, path: Path): void {
  list(rooms).forEach((room, index) => {
    const roomPath = [...path, index];
    if (!isRecord(room)) return builder.note('entry_not_object', roomPath);
    const name = textField(room, 'name');
    if (!name) return;
    const slug = textField(room, 'slug');
    const guid = textField(room, 'guid');
    const sourceId = slug ?? (slugify(name) === '' ? guid : undefined);
    const capacity = numberValue(field(room, 'capacity'));
    const id = builder.rooms.add(
      name,
      {
        name,
        slugFrom: name,
        ...(sourceId ? { sourceId } : {}),
        ...(capacity !== undefined ? { capacity } : {}),
      },
      roomPath,
    );
    if (guid) builder.rooms.alias(`guid:${guid.toLowerCase()}`, id);
    if (slug) builder.rooms.alias(`slug:${slug}`, id);
  });
}

/** The room id for a room name met in a day or an event, adding the room if it is new. */
export function roomFor(builder: SummitBuilder, name: string, path: Path): string {
  return builder.rooms.get(name) ?? builder.rooms.add(name, { name, slugFrom: name }, path);
}

/**
 * Every link of a session, in the source's order: `links`, then `attachments` (slides, papers),
 * resolved against `base_url`, http(s) only, each URL once.
 */
function readLinks(
  builder: SummitBuilder,
  event: SourceRecord,
  baseUrl: URL | undefined,
  path: Path,
): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const key of ['links', 'attachments']) {
    list(field(event, key)).forEach((entry, index) => {
      const linkPath = [...path, key, index];
      const raw = isRecord(entry) ? textField(entry, 'url') : text(entry);
      if (!raw) return;
      const url = safeLink(raw, baseUrl, [...linkPath, 'url'], builder.notes);
      if (url === undefined || seen.has(url)) return;
      seen.add(url);
      const title = isRecord(entry) ? textField(entry, 'title') : undefined;
      links.push(title ? { url, title } : { url });
    });
  }
  return links;
}

/** The session's own page (`url`), resolved against `base_url`. */
function readSessionPage(
  builder: SummitBuilder,
  event: SourceRecord,
  baseUrl: URL | undefined,
  path: Path,
): string | undefined {
  const raw = textField(event, 'url');
  return raw ? safeLink(raw, baseUrl, [...path, 'url'], builder.notes) : undefined;
}

/**
 * The format a session's `type` means, the type itself as the format's label, whether the
 * vocabulary understood it (`matched`), and whether it names a break.
 */
function readFormat(
  type: string | undefined,
): Pick<SessionDraft, 'format' | 'formatLabel'> & { isBreak: boolean; matched: boolean } {
  const { format, matched } = sessionFormat({ labels: [type] });
  return {
    format,
    ...(type ? { formatLabel: type } : {}),
    isBreak: type !== undefined && isBreakType(type),
    matched,
  };
}

/**
 * Language values already read: a schedule repeats a handful of them across its sessions, and
 * recognising one builds `Intl` display-name tables.
 */
const languageCache = new Map<string, string | undefined>();

/** The session's language as a canonical BCP 47 tag, with a note when it is not one. */
function readLanguage(
  builder: SummitBuilder,
  value: string | undefined,
  path: Path,
): string | undefined {
  if (!value) return undefined;
  let language: string | undefined;
  if (languageCache.has(value)) language = languageCache.get(value);
  else {
    language = languageFrom([value]);
    if (languageCache.size < 1000) languageCache.set(value, language);
  }
  if (!language) builder.note('unmapped_language', path, { language: value });
  return language;
}

/**
 * A text field that may be a plain string or `{ en: …, de: … }` (v2's localizable strings).
 * `language` is the session's own (a BCP 47 tag): a text given in it and in English keeps its
 * original for French readers instead of dropping it (`toLocalizedText`).
 */
function localizable(
  record: SourceRecord,
  key: string,
  language?: string,
): LocalizedText | undefined {
  return toLocalizedText(field(record, key), language === 'bilingual' ? [] : [language]);
}
