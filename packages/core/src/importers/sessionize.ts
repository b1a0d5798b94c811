/**
 * Sessionize "All Data" (`/api/v2/{id}/view/All`) → GICS summit.
 *
 * Sessionize says nothing about time zones, and writes `startsAt`/`endsAt` either without an
 * offset (wall-clock time at the venue) or in UTC with `Z`. So the caller must give the zone
 * (without one the import fails with `missing_time_zone`): wall-clock times are placed in it
 * with `TZDate` (daylight-saving changes included), `Z` and offset times are taken as the
 * instants they are, and every time is written back as ISO with the offset the zone has at
 * that instant.
 *
 * - **sessions** become workshops, id = the session `id` (sanitised to the id pattern, stable
 *   when the schedule is republished in another order). The format comes from the words of the
 *   session's format category items ("Keynote", "Taller", "Podiumsdiskussion"; items such as
 *   "45 minutes" name none and only stay as the label), else of a
 *   label the title starts with ("Keynote: …", "Atelier : …") or a title that is only a label
 *   ("Lunch"); only when the words say nothing do the flags decide: `isServiceSession` →
 *   `networking` (left out with `breaks: 'skip'`), `isPlenumSession` → `plenary`; else `talk`.
 *   So a keynote flagged as plenum or service stays a keynote. The format category items are
 *   kept as `formatLabel`. A null `endsAt` gets the default duration, with a note.
 * - **categories** are named by the organiser, so what each holds is a guess from its title,
 *   reported with a `category_guessed` note: "Track", "Thème", "Topic", "Volet"… hold the
 *   themes; "Language", "Langue", "Sprache", "Idioma"… the session language, kept as a BCP 47
 *   tag whatever the language ("Deutsch" → `de`; French and English items on one session make
 *   it bilingual); "Format", "Type" the format; every other category item becomes a tag, which
 *   the agenda's text filter searches.
 * - **speakers** become members (id = the speaker's GUID, name = `fullName` or first + last
 *   name, no kind: Sessionize does not say). Their website (`Company_Website` or `Blog` link),
 *   else their first http(s) link, is their URL; the other links are listed after their bio,
 *   so none is lost.
 * - **rooms** are kept in the organiser's order (`sort`, then the document's order), with
 *   their capacity when given.
 *
 * All Data names neither the event nor its slug: the summit takes `options.name` and
 * `options.id`, or a generic name, which is what the format gives and not noted.
 */
import type { LocalizedText } from '../summit/summit.schema.js';
import {
  failure,
  importProblem,
  neverThrow,
  readOptions,
  type ImportOptions,
  type ImportResult,
  type SessionizeOptions,
} from './import-report.js';
import { listedRoomKey, referencedRoom } from './listed-rooms.js';
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
import { startSummit, type SummitBuilder } from './summit-builder.js';
import { safeLink } from './urls.js';
import {
  categoryKind,
  formatFromType,
  languageFrom,
  sessionFormat,
  type CategoryKind,
} from './vocabulary.js';

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
  const started = startSummit(undefined, [], options, 'sessionize');
  if ('problem' in started) return failure(started.problem);
  const { builder } = started;

  const items = readCategories(builder, field(json, 'categories'));
  readRooms(builder, field(json, 'rooms'));

  list(field(json, 'speakers')).forEach((speaker, index) => {
    readSpeaker(builder, speaker, ['speakers', index]);
  });

  list(field(json, 'sessions')).forEach((session, index) => {
    builder.sourceSessions += 1;
    readSession(builder, session, items, ['sessions', index]);
  });

  return builder.finish({ format: 'sessionize', namesEvent: false });
}

/** The category items by id, with the themes they make; one note per category guessed. */
function readCategories(builder: SummitBuilder, categories: unknown): Map<string, CategoryItem> {
  const items = new Map<string, CategoryItem>();
  list(categories).forEach((category, categoryIndex) => {
    const path = ['categories', categoryIndex];
    if (!isRecord(category)) return builder.note('entry_not_object', path);
    const title = textField(category, 'title');
    const kind = categoryKind(title);
    if (kind !== 'tag') builder.note('category_guessed', path, { category: title ?? '', kind });
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
  return items;
}

/** The rooms in the organiser's order: by `sort`, then by their place in the document. */
function readRooms(builder: SummitBuilder, rooms: unknown): void {
  const listed: Array<{ room: SourceRecord; index: number; sort: number }> = [];
  list(rooms).forEach((room, index) => {
    if (!isRecord(room)) return builder.note('entry_not_object', ['rooms', index]);
    listed.push({ room, index, sort: numberValue(field(room, 'sort')) ?? Infinity });
  });
  listed.sort((a, b) => a.sort - b.sort || a.index - b.index);
  for (const { room, index } of listed) {
    const id = text(field(room, 'id'));
    const name = textField(room, 'name');
    if (id === undefined || name === undefined) continue;
    const capacity = numberValue(field(room, 'capacity'));
    builder.rooms.add(
      listedRoomKey(id),
      { name, slugFrom: name, ...(capacity !== undefined ? { capacity } : {}) },
      ['rooms', index],
    );
  }
}

/** A URL as a Markdown link destination: parentheses encoded so that none ends it early. */
function linkDestination(url: string): string {
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** Escapes the characters that would end a Markdown link text early. */
function linkText(value: string): string {
  return value.replace(/[\\[\]]/g, (mark) => `\\${mark}`);
}

function readSpeaker(builder: SummitBuilder, speaker: unknown, path: Path): void {
  if (!isRecord(speaker)) return builder.note('entry_not_object', path);
  const guid = text(field(speaker, 'id'));
  const fullName = textField(speaker, 'fullName');
  const parts = [textField(speaker, 'firstName'), textField(speaker, 'lastName')];
  const name = fullName ?? (parts.filter(Boolean).join(' ') || undefined);
  const links: Array<{ url: string; title?: string; website: boolean }> = [];
  list(field(speaker, 'links')).forEach((link, linkIndex) => {
    const raw = isRecord(link) ? textField(link, 'url') : undefined;
    if (!raw || !isRecord(link)) return;
    const url = safeLink(raw, undefined, [...path, 'links', linkIndex, 'url'], builder.notes);
    if (url === undefined || links.some((known) => known.url === url)) return;
    const title = textField(link, 'title') ?? textField(link, 'linkType');
    const website = /^(company_website|blog)$/i.test(textField(link, 'linkType') ?? '');
    links.push({ url, website, ...(title ? { title } : {}) });
  });
  // A member has one URL, their website when they give one, else their first link; the other
  // links follow the bio as a Markdown list, which the detail dialog renders as links.
  const first = links.find((link) => link.website) ?? links[0];
  const others = links.filter((link) => link !== first);
  const listing = others.map(
    (link) => `- [${linkText(link.title ?? link.url)}](${linkDestination(link.url)})`,
  );
  const bioText = textField(speaker, 'bio');
  const bio: LocalizedText | undefined =
    listing.length === 0
      ? bioText
      : [bioText, listing.join('\n')].filter((piece) => piece !== undefined).join('\n\n');
  builder.people.add(
    {
      ...(guid ? { guid } : {}),
      ...(name ? { name } : {}),
      ...(bio ? { bio } : {}),
      ...(first ? { url: first.url } : {}),
    },
    path,
  );
}

/**
 * A label the title gives: the words before a colon or dash ("Keynote: …", "Atelier : …"), or
 * the whole title when it is a few words only ("Lunch", "Coffee break"). Read only for its
 * meaning; a longer title's words say what it is about, not what kind of session it is.
 */
function titleLabel(title: string): string | undefined {
  const prefix = /^\s*([^:–—|]{2,40}?)\s*[:–—|]/u.exec(title)?.[1];
  if (prefix !== undefined) return prefix;
  return title.split(/\s+/).length <= 3 ? title : undefined;
}

function readSession(
  builder: SummitBuilder,
  session: unknown,
  items: ReadonlyMap<string, CategoryItem>,
  path: Path,
): void {
  if (!isRecord(session)) return builder.note('entry_not_object', path);
  const title = textField(session, 'title');
  if (!title) return builder.note('missing_title', path);
  const isService = field(session, 'isServiceSession') === true;
  const isPlenum = field(session, 'isPlenumSession') === true;

  const themeIds: string[] = [];
  const languages: string[] = [];
  const formatItems: string[] = [];
  const tags: string[] = [];
  list(field(session, 'categoryItems')).forEach((itemId, index) => {
    const itemPath = [...path, 'categoryItems', index];
    const key = isRecord(itemId) ? text(field(itemId, 'id')) : text(itemId);
    const item = key === undefined ? undefined : items.get(key);
    if (!item) return builder.note('unknown_category_item', itemPath, { item: key ?? '?' });
    if (item.kind === 'theme' && item.themeId) themeIds.push(item.themeId);
    else if (item.kind === 'language') languages.push(item.name);
    else if (item.kind === 'format') formatItems.push(item.name);
    else tags.push(item.name);
  });

  // Which category holds formats is a guess from its title, and real ones hold durations too
  // ("45 minutes"): only items whose words name a format decide it, like a title's label.
  const fromTitle = titleLabel(title);
  const { format } = sessionFormat({
    labels: [...formatItems, fromTitle].filter(
      (label): label is string => label !== undefined && formatFromType(label) !== undefined,
    ),
    isBreak: isService,
    isPlenum,
    unlabelled: 'talk',
  });
  // A format item that names no format is still worth finding with the text filter.
  for (const item of formatItems) if (!formatFromType(item)) tags.push(item);
  if (isService && format === 'networking' && builder.skipBreaks) {
    return builder.note('break_skipped', path, { title });
  }

  const startMs = builder.readInstant(textField(session, 'startsAt'), [...path, 'startsAt'], {
    noteAssumedZone: false,
  });
  if (startMs === undefined) return builder.note('missing_start', path, { title });
  const endMs = builder.readInstant(textField(session, 'endsAt'), [...path, 'endsAt'], {
    noteAssumedZone: false,
  });

  const roomId = referencedRoom(builder, session, 'roomId', path);

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

  const links: Array<{ url: string; title: LocalizedText }> = [];
  for (const [key, title] of [
    ['liveUrl', { fr: 'En direct', en: 'Live stream' }],
    ['recordingUrl', { fr: 'Enregistrement', en: 'Recording' }],
  ] as const) {
    const raw = textField(session, key);
    const url = raw ? safeLink(raw, undefined, [...path, key], builder.notes) : undefined;
    if (url) links.push({ url, title });
  }

  const description = textField(session, 'description');
  const sourceId = text(field(session, 'id'));
  const formatLabel = formatItems.length > 0 ? formatItems.join(', ') : undefined;
  builder.addSession(
    {
      ...(sourceId ? { sourceId } : {}),
      title,
      label: title,
      startMs,
      ...(endMs !== undefined ? { endMs } : {}),
      ...(description ? { description } : {}),
      ...(roomId ? { roomId } : {}),
      format,
      ...(formatLabel ? { formatLabel } : {}),
      ...(language ? { language } : {}),
      themeIds,
      speakerIds,
      links,
      tags: [...new Set(tags)],
    },
    path,
  );
}
