/**
 * pretalx widget JSON (`{event}/schedule/widgets/schedule.json`) → GICS summit.
 *
 * The document lists `tracks`, `rooms` and `speakers` once, and `talks` refer to them by id
 * (tracks, rooms) or code (speakers):
 *
 * - **talks** become workshops, id = the talk's `code` (stable when the organiser republishes
 *   the schedule in another order); `start`/`end` are ISO date-times, with an offset or in UTC
 *   (`Z`), each taken as the instant it names (`duration`, in minutes, stands in for a missing
 *   end); `content_locale` gives the language as a BCP 47 tag, whatever the language;
 *   `abstract` the summary and `description` the description, both Markdown, kept as given;
 *   `resources` the links. A reference to a track, room or speaker that is not listed is
 *   dropped with a note.
 * - **formats** come from the organiser's session type (`session_type`, often i18n, e.g.
 *   "Talk 30 min + 10min Q&A", "Podiumsdiskussion"), read by meaning (`vocabulary.ts`), and the
 *   type itself is kept as `formatLabel`; a talk with no type is a `talk`.
 * - **breaks** (`slot_type: "break"`, or no `code` and no `slot_type`; an i18n title) become
 *   `networking` sessions titled in French and English, so the agenda shows lunch and coffee;
 *   `breaks: 'skip'` leaves them out, with a note each. A break has no code: its id is made from
 *   its start, room and title, so it keeps it whatever its position.
 * - **rooms** are kept in the document's order (pretalx lists them by the organiser's position);
 *   **tracks** become themes (colour from `color` when it is a hex colour, else the palette).
 * - **i18n names** (`{ en, fr, de… }`) become `{ fr, en }` with pretalx's fallback (`i18n.ts`), so
 *   a name given only in German or Spanish is kept, shown to everyone; a talk's i18n title and
 *   texts fall back on the talk's own language first (`{ es, en }` → Spanish for French
 *   readers, English for English ones), other names on the event's language (its first
 *   `content_locales`, else its talks' most common one), so no language given is dropped for
 *   lack of French.
 *
 * pretalx's widget JSON names neither the event nor its slug: the summit takes `options.name`
 * and `options.id`, or a generic name, which is what the format gives and not noted. A document
 * that does carry an event (`event: { name, slug, url }`, or `name`/`slug` at the top, as some
 * proxies and exports add) is named by it. The zone comes from `timezone`, else
 * `options.timeZone`; the dates from `event_start`/`event_end`, else the talks.
 */
import type { Link, LocalizedText, WorkshopFormat } from '../summit/summit.schema.js';
import { plainText, resolveI18n, toLocalizedText } from './i18n.js';
import {
  failure,
  importProblem,
  neverThrow,
  readOptions,
  type ImportOptions,
  type ImportResult,
} from './import-report.js';
import { listedRoomKey, referencedRoom } from './listed-rooms.js';
import { eventLanguage } from './pretalx-language.js';
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
  type SummitBuilder,
  type SummitDraft,
} from './summit-builder.js';
import { safeLink } from './urls.js';
import { languageFrom, sessionFormat } from './vocabulary.js';

const BREAK_TITLE: LocalizedText = { fr: 'Pause', en: 'Break' };

/**
 * Reads a pretalx widget schedule. Never throws: a document that is not one, or whose time zone
 * cannot be determined (`missing_time_zone`), gives `ok: false` with problems.
 */
export function fromPretalx(json: unknown, options?: ImportOptions): ImportResult {
  return neverThrow(() => importPretalx(json, readOptions(options)));
}

function importPretalx(json: unknown, options: ImportOptions): ImportResult {
  if (!isRecord(json) || !Array.isArray(field(json, 'talks'))) {
    return failure(importProblem('not_pretalx'));
  }
  const started = startSummit(textField(json, 'timezone'), ['timezone'], options, 'pretalx');
  if ('problem' in started) return failure(started.problem);
  const { builder } = started;
  // The event's own language serves readers of a language a name is not given in.
  const eventLocale = eventLanguage(json);

  list(field(json, 'tracks')).forEach((track, index) => {
    const path = ['tracks', index];
    if (!isRecord(track)) return builder.note('entry_not_object', path);
    const name = toLocalizedText(field(track, 'name'), [eventLocale]);
    if (!name) return builder.note('unnamed_track', path);
    const id = text(field(track, 'id'));
    const color = textField(track, 'color');
    const description = toLocalizedText(field(track, 'description'), [eventLocale]);
    builder.themes.add(
      id === undefined ? `name:${plainText(name)}` : `id:${id}`,
      {
        name,
        slugFrom: resolveI18n(field(track, 'name'), 'en') ?? '',
        ...(color ? { color } : {}),
        ...(description ? { description } : {}),
      },
      path,
    );
  });

  list(field(json, 'rooms')).forEach((room, index) => {
    const path = ['rooms', index];
    if (!isRecord(room)) return builder.note('entry_not_object', path);
    const id = text(field(room, 'id'));
    const name = toLocalizedText(field(room, 'name'), [eventLocale]);
    if (id === undefined || name === undefined) return;
    const capacity = numberValue(field(room, 'capacity'));
    builder.rooms.add(
      listedRoomKey(id),
      {
        name,
        slugFrom: resolveI18n(field(room, 'name'), 'en') || `room-${id}`,
        ...(capacity !== undefined ? { capacity } : {}),
      },
      path,
    );
  });

  list(field(json, 'speakers')).forEach((speaker, index) => {
    const path = ['speakers', index];
    if (!isRecord(speaker)) return builder.note('entry_not_object', path);
    const code = textField(speaker, 'code');
    const name = textField(speaker, 'name');
    const bio = toLocalizedText(field(speaker, 'biography'), [eventLocale]);
    builder.people.add(
      { ...(code ? { code } : {}), ...(name ? { name } : {}), ...(bio ? { bio } : {}) },
      path,
    );
  });

  list(field(json, 'talks')).forEach((talk, index) => {
    builder.sourceSessions += 1;
    readTalk(builder, talk, eventLocale, ['talks', index]);
  });

  const draft: SummitDraft = { format: 'pretalx', ...eventIdentity(json) };
  const start = textField(json, 'event_start');
  const end = textField(json, 'event_end');
  if (start) draft.startDate = start;
  if (end) draft.endDate = end;
  return builder.finish(draft);
}

/**
 * The event's name, slug and page when the document carries them (`event: { name, slug, url }`
 * or the same at the top level); pretalx's own widget JSON has none, which is no problem.
 */
function eventIdentity(
  json: SourceRecord,
): Pick<SummitDraft, 'id' | 'name' | 'url' | 'namesEvent'> {
  const event = field(json, 'event');
  const [source, base]: [SourceRecord, string[]] = isRecord(event)
    ? [event, ['event']]
    : [json, []];
  const identity: Pick<SummitDraft, 'id' | 'name' | 'url' | 'namesEvent'> = {};
  const name = toLocalizedText(field(source, 'name'));
  if (name !== undefined) identity.name = name;
  else identity.namesEvent = false;
  const slug = textField(source, 'slug');
  if (slug !== undefined) identity.id = { value: slug, path: [...base, 'slug'] };
  const url = textField(source, 'url');
  if (url !== undefined && /^https?:\/\//i.test(url)) identity.url = url;
  return identity;
}

/** The organiser's label for a session type: an i18n object or a plain string. */
function typeLabels(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (!isRecord(value)) return [];
  const english = resolveI18n(value, 'en');
  const all = Object.values(value).filter(
    (label): label is string => typeof label === 'string' && label.trim() !== '',
  );
  return english === undefined ? all : [english, ...all.filter((label) => label !== english)];
}

/** A talk's `resources` (pretalx's files and links), each with its description as title. */
function readResources(builder: SummitBuilder, talk: SourceRecord, path: Path): Link[] {
  const links: Link[] = [];
  list(field(talk, 'resources')).forEach((resource, index) => {
    if (!isRecord(resource)) return;
    const raw = textField(resource, 'link') ?? textField(resource, 'resource');
    if (raw === undefined) return;
    const url = safeLink(raw, undefined, [...path, 'resources', index], builder.notes);
    if (url === undefined || links.some((link) => link.url === url)) return;
    const title = textField(resource, 'description');
    links.push({ url, ...(title ? { title } : {}) });
  });
  return links;
}

function readTalk(
  builder: SummitBuilder,
  talk: unknown,
  eventLocale: string | undefined,
  path: Path,
): void {
  if (!isRecord(talk)) return builder.note('entry_not_object', path);
  const code = textField(talk, 'code');
  const slotType = textField(talk, 'slot_type');
  const isBreak =
    slotType?.toLowerCase() === 'break' || (code === undefined && slotType === undefined);
  // The talk's own language serves readers of a language its texts are not given in.
  const locale = textField(talk, 'content_locale');
  let title = toLocalizedText(field(talk, 'title'), [locale, eventLocale]);
  if (!title) {
    if (!isBreak) return builder.note('missing_title', path);
    title = BREAK_TITLE;
  }
  const label = plainText(title);
  if (isBreak && builder.skipBreaks) return builder.note('break_skipped', path, { title: label });

  const sessionType = field(talk, 'session_type');
  const formatLabel =
    toLocalizedText(sessionType, [locale, eventLocale]) ??
    (slotType && !isBreak ? slotType : undefined);
  const { format } = isBreak
    ? { format: 'networking' as WorkshopFormat }
    : sessionFormat({ labels: [...typeLabels(sessionType), slotType], unlabelled: 'talk' });

  const startMs = builder.readInstant(textField(talk, 'start'), [...path, 'start'], {
    noteAssumedZone: true,
  });
  if (startMs === undefined) return builder.note('missing_start', path, { title: label });
  let endMs = builder.readInstant(textField(talk, 'end'), [...path, 'end'], {
    noteAssumedZone: true,
  });
  const duration = numberValue(field(talk, 'duration'));
  if (endMs === undefined && duration !== undefined) endMs = startMs + duration * 60_000;

  const roomId = referencedRoom(builder, talk, 'room', path);

  const themeIds: string[] = [];
  const trackId = text(field(talk, 'track'));
  if (trackId !== undefined) {
    const themeId = builder.themes.get(`id:${trackId}`);
    if (themeId) themeIds.push(themeId);
    else builder.note('unknown_track', [...path, 'track'], { track: trackId });
  }

  const speakerIds: string[] = [];
  list(field(talk, 'speakers')).forEach((speaker, index) => {
    const speakerCode = isRecord(speaker) ? textField(speaker, 'code') : text(speaker);
    if (speakerCode === undefined)
      return builder.note('entry_not_object', [...path, 'speakers', index]);
    const id = builder.people.find({ code: speakerCode });
    if (id) speakerIds.push(id);
    else builder.note('unknown_speaker', [...path, 'speakers', index], { speaker: speakerCode });
  });

  let language: string | undefined;
  if (locale) {
    language = languageFrom([locale]);
    if (!language)
      builder.note('unmapped_language', [...path, 'content_locale'], { language: locale });
  }

  const tags = list(field(talk, 'tags'))
    .map((tag) => (isRecord(tag) ? textField(tag, 'tag') : text(tag)))
    .filter((tag): tag is string => tag !== undefined);
  const summary = toLocalizedText(field(talk, 'abstract'), [locale, eventLocale]);
  const description = toLocalizedText(field(talk, 'description'), [locale, eventLocale]);
  const rawUrl = textField(talk, 'url');
  const url = rawUrl ? safeLink(rawUrl, undefined, [...path, 'url'], builder.notes) : undefined;
  const links = readResources(builder, talk, path);
  // Assigned field by field rather than spread: a feed of thousands of talks makes this object
  // thousands of times, and conditional spreads each build and copy objects of their own.
  const draft: SessionDraft = { title, label, startMs, format, themeIds, speakerIds, links };
  if (code) draft.sourceId = code;
  if (endMs !== undefined) draft.endMs = endMs;
  if (summary) draft.summary = summary;
  if (description) draft.description = description;
  if (roomId) draft.roomId = roomId;
  if (formatLabel) draft.formatLabel = formatLabel;
  if (language) draft.language = language;
  if (url) draft.url = url;
  draft.tags = [...new Set(tags)];
  builder.addSession(draft, path);
}
