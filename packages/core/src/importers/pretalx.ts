/**
 * pretalx widget JSON (`{event}/schedule/widgets/schedule.json`) → GICS summit.
 *
 * The document lists `tracks`, `rooms` and `speakers` once, and `talks` refer to them by id
 * (tracks, rooms) or code (speakers):
 *
 * - **talks** become workshops, id = the talk's `code`; `start`/`end` are ISO with offset
 *   (`duration`, in minutes, stands in for a missing end); `content_locale` gives the language;
 *   `abstract` the summary. A reference to a track, room or speaker that is not listed is
 *   dropped with a note.
 * - **breaks** (`slot_type: "break"`, or no `code` and no `slot_type`; an i18n title) become
 *   `networking` sessions titled in French and English, so the agenda shows lunch and coffee;
 *   `breaks: 'skip'` leaves them out, with a note each.
 * - **tracks** become themes (id slugified from the English name, else the French, else the
 *   first; colour from `color` when it is a hex colour, else from the palette).
 * - **i18n names** (`{ en, fr, de… }`) become `{ fr, en }` with pretalx's fallback (`i18n.ts`).
 *
 * The widget JSON names neither the event nor its slug: pass `options.name` and `options.id`
 * (otherwise a generic name is used, with a note). The zone comes from `timezone`, else
 * `options.timeZone`; the dates from `event_start`/`event_end`, else the talks.
 */
import type { LocalizedText, WorkshopFormat, WorkshopLanguage } from '../summit/summit.schema.js';
import { plainText, resolveI18n, toLocalizedText } from './i18n.js';
import {
  failure,
  importProblem,
  neverThrow,
  readOptions,
  type ImportNote,
  type ImportOptions,
  type ImportResult,
} from './import-report.js';
import { field, isRecord, list, numberValue, text, textField } from './source-values.js';
import { resolveZone, SummitBuilder, type SummitDraft } from './summit-builder.js';
import { safeLink } from './urls.js';
import { formatFromType, languageFrom } from './vocabulary.js';

type Path = ReadonlyArray<string | number>;

const BREAK_TITLE: LocalizedText = { fr: 'Pause', en: 'Break' };

/**
 * Reads a pretalx widget schedule. Never throws: a document that is not one, or whose time zone
 * cannot be determined, gives `ok: false` with problems.
 */
export function fromPretalx(json: unknown, options?: ImportOptions): ImportResult {
  return neverThrow(() => importPretalx(json, readOptions(options)));
}

function importPretalx(json: unknown, options: ImportOptions): ImportResult {
  if (!isRecord(json) || !Array.isArray(field(json, 'talks'))) {
    return failure(importProblem('not_pretalx'));
  }
  const zoneNotes: ImportNote[] = [];
  const resolved = resolveZone(
    textField(json, 'timezone'),
    ['timezone'],
    options.timeZone,
    zoneNotes,
  );
  if ('problem' in resolved) return failure(resolved.problem);
  const builder = new SummitBuilder(resolved.zone, options);
  builder.notes.push(...zoneNotes);

  list(field(json, 'tracks')).forEach((track, index) => {
    const path = ['tracks', index];
    if (!isRecord(track)) return builder.note('entry_not_object', path);
    const name = toLocalizedText(field(track, 'name'));
    if (!name) return builder.note('unnamed_track', path);
    const id = text(field(track, 'id'));
    const color = textField(track, 'color');
    const description = toLocalizedText(field(track, 'description'));
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

  const rooms = new Map<string, LocalizedText>();
  list(field(json, 'rooms')).forEach((room, index) => {
    if (!isRecord(room)) return builder.note('entry_not_object', ['rooms', index]);
    const id = text(field(room, 'id'));
    const name = toLocalizedText(field(room, 'name'));
    if (id !== undefined && name !== undefined) rooms.set(id, name);
  });

  list(field(json, 'speakers')).forEach((speaker, index) => {
    const path = ['speakers', index];
    if (!isRecord(speaker)) return builder.note('entry_not_object', path);
    const code = textField(speaker, 'code');
    const name = textField(speaker, 'name');
    const bio = toLocalizedText(field(speaker, 'biography'));
    builder.people.add(
      { ...(code ? { code } : {}), ...(name ? { name } : {}), ...(bio ? { bio } : {}) },
      path,
    );
  });

  list(field(json, 'talks')).forEach((talk, index) => {
    readTalk(builder, talk, rooms, ['talks', index]);
  });

  const draft: SummitDraft = {};
  const start = textField(json, 'event_start');
  const end = textField(json, 'event_end');
  if (start) draft.startDate = start;
  if (end) draft.endDate = end;
  return builder.finish(draft);
}

function readTalk(
  builder: SummitBuilder,
  talk: unknown,
  rooms: ReadonlyMap<string, LocalizedText>,
  path: Path,
): void {
  if (!isRecord(talk)) return builder.note('entry_not_object', path);
  const code = textField(talk, 'code');
  const slotType = textField(talk, 'slot_type');
  const isBreak =
    slotType?.toLowerCase() === 'break' || (code === undefined && slotType === undefined);
  let title = toLocalizedText(field(talk, 'title'));
  if (!title) {
    if (!isBreak) return builder.note('missing_title', path);
    title = BREAK_TITLE;
  }
  const label = plainText(title);
  if (isBreak && builder.skipBreaks) return builder.note('break_skipped', path, { title: label });

  let format: WorkshopFormat = 'workshop';
  if (isBreak) format = 'networking';
  else if (slotType !== undefined && slotType.toLowerCase() !== 'talk') {
    const mapped = formatFromType(slotType);
    if (mapped === undefined)
      builder.note('unknown_format', [...path, 'slot_type'], { type: slotType });
    format = mapped ?? 'other';
  }

  const startMs = builder.readInstant(textField(talk, 'start'), [...path, 'start'], {
    noteAssumedZone: true,
  });
  if (startMs === undefined) return builder.note('missing_start', path, { title: label });
  let endMs = builder.readInstant(textField(talk, 'end'), [...path, 'end'], {
    noteAssumedZone: true,
  });
  const duration = numberValue(field(talk, 'duration'));
  if (endMs === undefined && duration !== undefined) endMs = startMs + duration * 60_000;

  let room: LocalizedText | undefined;
  const roomId = text(field(talk, 'room'));
  if (roomId !== undefined) {
    room = rooms.get(roomId);
    if (!room) builder.note('unknown_room', [...path, 'room'], { room: roomId });
  }

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

  let language: WorkshopLanguage | undefined;
  const locale = textField(talk, 'content_locale');
  if (locale) {
    language = languageFrom([locale]);
    if (!language)
      builder.note('unmapped_language', [...path, 'content_locale'], { language: locale });
  }

  const summary = toLocalizedText(field(talk, 'abstract'));
  const description = toLocalizedText(field(talk, 'description'));
  const rawUrl = textField(talk, 'url');
  const url = rawUrl ? safeLink(rawUrl, undefined, [...path, 'url'], builder.notes) : undefined;
  builder.addSession(
    {
      ...(code ? { sourceId: code } : {}),
      title,
      label,
      startMs,
      ...(endMs !== undefined ? { endMs } : {}),
      ...(summary ? { summary } : {}),
      ...(description ? { description } : {}),
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
