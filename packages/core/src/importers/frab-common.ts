/**
 * What the frab `schedule.json` reader (`frab.ts`) and the C3VOC schedule v2 reader
 * (`c3voc-v2.ts`) read alike: the conference's tracks and rooms, a session's links, format,
 * language and texts, and the envelope (id, name, url, time zone).
 */
import type { Link, LocalizedText } from '../summit/summit.schema.js';
import { toLocalizedText } from './i18n.js';
import { slugify } from './ids.js';
import {
  field,
  isRecord,
  list,
  numberValue,
  text,
  textField,
  type SourceRecord,
} from './source-values.js';
import type { SessionDraft, SummitBuilder, SummitDraft } from './summit-builder.js';
import { safeLink } from './urls.js';
import { isBreakType, languageFrom, sessionFormat } from './vocabulary.js';

export type Path = ReadonlyArray<string | number>;

/**
 * Reads `conference.tracks` into themes, filed under their name and their slug (frab events
 * name their track, v2 events give its slug). The colour is `color`, else v2's `colors.light`
 * (the agenda draws themes on a light background), else `colors.dark`.
 */
export function readTracks(builder: SummitBuilder, tracks: unknown, path: Path): void {
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
export function readRooms(builder: SummitBuilder, rooms: unknown, path: Path): void {
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
export function readLinks(
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
export function readSessionPage(
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
export function readFormat(
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
export function readLanguage(
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
export function localizable(
  record: SourceRecord,
  key: string,
  language?: string,
): LocalizedText | undefined {
  return toLocalizedText(field(record, key), language === 'bilingual' ? [] : [language]);
}

/** The summit-level facts of a frab or v2 conference: id, name, url, dates. */
export function conferenceDraft(
  builder: SummitBuilder,
  conference: SourceRecord,
  baseUrl: URL | undefined,
  path: Path,
  dayDates: string[],
): SummitDraft {
  const draft: SummitDraft = { format: 'frab' };
  const acronym = textField(conference, 'acronym');
  if (acronym) draft.id = { value: acronym, path: [...path, 'acronym'] };
  const title = textField(conference, 'title');
  if (title) draft.name = title;
  const sorted = [...dayDates].sort();
  const startDate = sorted[0] ?? textField(conference, 'start');
  const endDate = sorted.at(-1) ?? textField(conference, 'end');
  if (startDate) draft.startDate = startDate;
  if (endDate) draft.endDate = endDate;
  const url = textField(conference, 'url');
  if (url) {
    const safe = safeLink(url, baseUrl, [...path, 'url'], builder.notes);
    if (safe) draft.url = safe;
  }
  return draft;
}
