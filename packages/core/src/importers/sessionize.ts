/**
 * Sessionize "All Data" (`/api/v2/{id}/view/All`) → GICS summit.
 *
 * Sessionize says nothing about time zones, and writes `startsAt`/`endsAt` either without an
 * offset (wall-clock time at the venue) or in UTC with `Z`. So the caller must give the zone:
 * wall-clock times are placed in it with `TZDate` (daylight-saving changes included), `Z` and
 * offset times are taken as the instants they are, and every time is written back as ISO with
 * the offset the zone has at that instant.
 *
 * - **sessions** become workshops, id = the session `id`. `isServiceSession` (registration,
 *   lunch…) → `networking` (left out with `breaks: 'skip'`); then a format category item that
 *   names a format ("Keynote", "Panel", "Atelier"); then `isPlenumSession` → `plenary`; others
 *   → `workshop`. A null `endsAt` gets the default duration, with a note.
 * - **categories** are sorted by title: "Track", "Tracks", "Thème(s)", "Theme(s)", "Topic(s)",
 *   "Volet(s)" hold the themes; "Language", "Langue(s)" the session language (French and English
 *   items on one session make it bilingual); "Format", "Type" the format when an item names one;
 *   every other category item becomes a tag, which the agenda's text filter searches.
 * - **speakers** become members (id = the speaker's GUID, name = `fullName` or first + last
 *   name, the first http(s) link as their URL).
 * - **rooms** give each session's room by `roomId`.
 *
 * All Data names neither the event nor its slug: pass `options.name` and `options.id`.
 */
import type { WorkshopFormat } from '../summit/summit.schema.js';
import {
  failure,
  importProblem,
  neverThrow,
  readOptions,
  type ImportNote,
  type ImportOptions,
  type ImportResult,
  type SessionizeOptions,
} from './import-report.js';
import { field, isRecord, list, text, textField } from './source-values.js';
import { resolveZone, SummitBuilder } from './summit-builder.js';
import { safeLink } from './urls.js';
import { categoryKind, formatFromType, languageFrom, type CategoryKind } from './vocabulary.js';

type Path = ReadonlyArray<string | number>;

interface CategoryItem {
  kind: CategoryKind;
  name: string;
  themeId?: string;
}

/**
 * Reads a Sessionize "All Data" export. `options.timeZone` is required: Sessionize gives none.
 * Never throws: a document that is not one, or a missing or unknown zone, gives `ok: false`.
 */
export function fromSessionize(json: unknown, options: SessionizeOptions): ImportResult {
  return neverThrow(() => importSessionize(json, readOptions(options)));
}

function importSessionize(json: unknown, options: ImportOptions): ImportResult {
  if (
    !isRecord(json) ||
    !Array.isArray(field(json, 'sessions')) ||
    !Array.isArray(field(json, 'speakers'))
  ) {
    return failure(importProblem('not_sessionize'));
  }
  const zoneNotes: ImportNote[] = [];
  const resolved = resolveZone(undefined, [], options.timeZone, zoneNotes);
  if ('problem' in resolved) return failure(resolved.problem);
  const builder = new SummitBuilder(resolved.zone, options);

  const items = new Map<string, CategoryItem>();
  list(field(json, 'categories')).forEach((category, categoryIndex) => {
    const path = ['categories', categoryIndex];
    if (!isRecord(category)) return builder.note('entry_not_object', path);
    const kind = categoryKind(textField(category, 'title'));
    list(field(category, 'items')).forEach((item, itemIndex) => {
      const itemPath = [...path, 'items', itemIndex];
      if (!isRecord(item)) return builder.note('entry_not_object', itemPath);
      const id = text(field(item, 'id'));
      const name = textField(item, 'name');
      if (id === undefined || name === undefined) return builder.note('entry_not_object', itemPath);
      const entry: CategoryItem = { kind, name };
      if (kind === 'theme') {
        entry.themeId = builder.themes.add(`item:${id}`, { name, slugFrom: name }, itemPath);
      }
      items.set(id, entry);
    });
  });

  const rooms = new Map<string, string>();
  list(field(json, 'rooms')).forEach((room, index) => {
    if (!isRecord(room)) return builder.note('entry_not_object', ['rooms', index]);
    const id = text(field(room, 'id'));
    const name = textField(room, 'name');
    if (id !== undefined && name !== undefined) rooms.set(id, name);
  });

  list(field(json, 'speakers')).forEach((speaker, index) => {
    const path = ['speakers', index];
    if (!isRecord(speaker)) return builder.note('entry_not_object', path);
    const guid = text(field(speaker, 'id'));
    const fullName = textField(speaker, 'fullName');
    const parts = [textField(speaker, 'firstName'), textField(speaker, 'lastName')];
    const name = fullName ?? (parts.filter(Boolean).join(' ') || undefined);
    const bio = textField(speaker, 'bio');
    let url: string | undefined;
    list(field(speaker, 'links')).forEach((link, linkIndex) => {
      const raw = isRecord(link) ? textField(link, 'url') : undefined;
      if (raw && url === undefined) {
        url = safeLink(raw, undefined, [...path, 'links', linkIndex, 'url'], builder.notes);
      }
    });
    builder.people.add(
      {
        ...(guid ? { guid } : {}),
        ...(name ? { name } : {}),
        ...(bio ? { bio } : {}),
        ...(url ? { url } : {}),
      },
      path,
    );
  });

  list(field(json, 'sessions')).forEach((session, index) => {
    readSession(builder, session, items, rooms, ['sessions', index]);
  });

  return builder.finish({});
}

function readSession(
  builder: SummitBuilder,
  session: unknown,
  items: ReadonlyMap<string, CategoryItem>,
  rooms: ReadonlyMap<string, string>,
  path: Path,
): void {
  if (!isRecord(session)) return builder.note('entry_not_object', path);
  const title = textField(session, 'title');
  if (!title) return builder.note('missing_title', path);
  const isService = field(session, 'isServiceSession') === true;
  const isPlenum = field(session, 'isPlenumSession') === true;
  if (isService && builder.skipBreaks) return builder.note('break_skipped', path, { title });

  const startMs = builder.readInstant(textField(session, 'startsAt'), [...path, 'startsAt'], {
    noteAssumedZone: false,
  });
  if (startMs === undefined) return builder.note('missing_start', path, { title });
  const endMs = builder.readInstant(textField(session, 'endsAt'), [...path, 'endsAt'], {
    noteAssumedZone: false,
  });

  let room: string | undefined;
  const roomId = text(field(session, 'roomId'));
  if (roomId !== undefined) {
    room = rooms.get(roomId);
    if (!room) builder.note('unknown_room', [...path, 'roomId'], { room: roomId });
  }

  const themeIds: string[] = [];
  const languages: string[] = [];
  const tags: string[] = [];
  let categoryFormat: WorkshopFormat | undefined;
  list(field(session, 'categoryItems')).forEach((itemId, index) => {
    const itemPath = [...path, 'categoryItems', index];
    const key = isRecord(itemId) ? text(field(itemId, 'id')) : text(itemId);
    const item = key === undefined ? undefined : items.get(key);
    if (!item) return builder.note('unknown_category_item', itemPath, { item: key ?? '?' });
    if (item.kind === 'theme' && item.themeId) themeIds.push(item.themeId);
    else if (item.kind === 'language') languages.push(item.name);
    else if (item.kind === 'format' && formatFromType(item.name)) {
      categoryFormat ??= formatFromType(item.name);
    } else tags.push(item.name);
  });
  const language = languageFrom(languages);
  if (languages.length > 0 && !language) {
    builder.note('unmapped_language', [...path, 'categoryItems'], {
      language: languages.join(', '),
    });
  }

  const speakerIds: string[] = [];
  list(field(session, 'speakers')).forEach((speaker, index) => {
    const guid = isRecord(speaker) ? text(field(speaker, 'id')) : text(speaker);
    const id = guid === undefined ? undefined : builder.people.find({ guid });
    if (id) speakerIds.push(id);
    else builder.note('unknown_speaker', [...path, 'speakers', index], { speaker: guid ?? '?' });
  });

  const format: WorkshopFormat = isService
    ? 'networking'
    : (categoryFormat ?? (isPlenum ? 'plenary' : 'workshop'));
  const description = textField(session, 'description');
  const sourceId = text(field(session, 'id'));
  builder.addSession(
    {
      ...(sourceId ? { sourceId } : {}),
      title,
      label: title,
      startMs,
      ...(endMs !== undefined ? { endMs } : {}),
      ...(description ? { description } : {}),
      ...(room ? { room } : {}),
      format,
      ...(language ? { language } : {}),
      themeIds,
      speakerIds,
      tags: [...new Set(tags)],
    },
    path,
  );
}
