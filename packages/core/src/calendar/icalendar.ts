/**
 * iCalendar export (RFC 5545): the summit's workshops, or a selection of them such as a
 * visitor's favourites, as the text of an `.ics` file.
 *
 * The flow, one workshop at a time:
 *   workshop + summit ──localize, lookups──▶ title, description, location, themes
 *     ──ContentLines (fold.ts)──▶ cleaned, escaped, folded UTF-8 octets in a 64 KiB buffer
 *     ──each time it fills──▶ the caller's sink (`writeICalendar`: a file, a stream, a Blob)
 *                         or decoded, the pieces joined at the end (`toICalendar`: a string)
 * `describeWorkshop` is shared with the Google and Outlook links (`links.ts`) so that every way
 * of adding a workshop to a calendar says the same thing.
 *
 * Times are written in UTC (`DTSTART:20230516T133000Z`) rather than as local times with a
 * TZID. Each workshop's start and end carry their offset, so they are exact instants and UTC
 * states them exactly; a TZID would oblige us to ship a VTIMEZONE describing that zone's
 * daylight-saving rules, which `Intl` does not expose, for no gain: we have no recurring events
 * (the one case where local time matters) and every client shows UTC times in the reader's own
 * zone. `X-WR-TIMEZONE` still names the summit's zone for the clients that display it.
 */
import { parseISO } from 'date-fns';
import { workshopRoom } from '../agenda/group.js';
import { parseWebUrl } from '../summit/web-url.js';
import { localize, type Language } from '../summit/localized-text.js';
import type { Member, Summit, Theme, Workshop } from '../summit/summit.schema.js';
import { markdownToPlainText } from '../text/markdown.js';
import { ContentLines } from './fold.js';

/** Options of {@link toICalendar} and {@link writeICalendar}. */
export interface ICalendarOptions {
  /** Language of the text: titles, descriptions, labels. */
  lang: Language;
  /**
   * Export only these workshops (e.g. a visitor's favourites). They keep the summit's order;
   * unknown ids are ignored. All workshops when left out.
   */
  workshopIds?: Iterable<string>;
  /** The `DTSTAMP` of every event; the current time when left out. */
  now?: Date;
}

/**
 * What a calendar entry for a workshop says, in one language. The text is as in the data:
 * whoever writes it out cleans it (`cleanText`, or `ContentLines` for iCalendar).
 */
export interface WorkshopEventText {
  /** The workshop's title. */
  title: string;
  /**
   * Summary and description as plain text (Markdown marks removed), speakers with their
   * organisation, and the workshop's page.
   */
  description: string;
  /** Room and venue, comma separated; empty when neither is known. */
  location: string;
  /** Names of the workshop's themes. */
  categories: string[];
  /** The workshop's page when it is an `http:` or `https:` URL. */
  url?: string;
}

/** The members and themes of a summit by id, built once per export. */
export interface SummitLookup {
  members: ReadonlyMap<string, Member>;
  themes: ReadonlyMap<string, Theme>;
  venue?: Summit['venue'];
  /** The listed rooms, which name the room of a workshop's `roomId`. */
  rooms?: Summit['rooms'];
}

const LABELS = {
  fr: { product: 'Agenda du sommet', speakers: 'Intervenants\u00a0: ' },
  en: { product: 'Summit agenda', speakers: 'Speakers: ' },
} as const satisfies Record<Language, { product: string; speakers: string }>;

// Letters NFKD leaves whole that have a usual spelling in ASCII.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

const EMPTY_LOOKUP: SummitLookup = { members: new Map(), themes: new Map() };

/** Indexes a summit's members and themes by id (an empty lookup without a summit). */
export function summitLookup(summit: Summit | undefined): SummitLookup {
  if (!summit) return EMPTY_LOOKUP;
  return {
    members: new Map(summit.members.map((member) => [member.id, member])),
    themes: new Map(summit.themes.map((theme) => [theme.id, theme])),
    venue: summit.venue,
    rooms: summit.rooms,
  };
}

/**
 * The text of a calendar entry for `workshop` in `lang`. Speakers and themes missing from
 * `lookup` are left out.
 */
export function describeWorkshop(
  workshop: Workshop,
  lang: Language,
  lookup: SummitLookup = EMPTY_LOOKUP,
): WorkshopEventText {
  const { title, paragraphs, places, categories, url } = eventParts(workshop, lang, lookup);
  return {
    title,
    description: paragraphs.join(PARAGRAPH_BREAK),
    location: places.join(PLACE_SEPARATOR),
    categories,
    ...(url === undefined ? {} : { url }),
  };
}

const PARAGRAPH_BREAK = '\n\n';
const PLACE_SEPARATOR = ', ';

// A member speaks at several workshops: label each once.
const speakerLabels = new WeakMap<Member, string>();

/** `Ana Silva (Coop Alpha)`, or the name alone. */
function speakerLabel(member: Member): string {
  let label = speakerLabels.get(member);
  if (label === undefined) {
    const organisation = member.organisation?.trim();
    label = organisation ? `${member.name} (${organisation})` : member.name;
    speakerLabels.set(member, label);
  }
  return label;
}

/** `WorkshopEventText` before the joins, which the iCalendar writer does as it goes. */
function eventParts(workshop: Workshop, lang: Language, lookup: SummitLookup) {
  const speakers: string[] = [];
  for (const id of workshop.speakerIds) {
    const member = lookup.members.get(id);
    if (member) speakers.push(speakerLabel(member));
  }
  const paragraphs = [
    markdownToPlainText(localize(workshop.summary, lang)),
    markdownToPlainText(localize(workshop.description, lang)),
    speakers.length > 0 ? LABELS[lang].speakers + speakers.join(', ') : '',
    workshop.url ?? '',
  ].filter(hasText);
  const places = [
    localize(workshopRoom(workshop, lookup)?.name, lang),
    localize(lookup.venue, lang),
  ].filter(hasText);
  const categories: string[] = [];
  for (const id of workshop.themeIds) {
    const theme = lookup.themes.get(id);
    if (theme) categories.push(localize(theme.name, lang));
  }
  return {
    title: localize(workshop.title, lang),
    paragraphs,
    places,
    categories,
    url: webUrl(workshop.url),
  };
}

/**
 * The summit's workshops (all, or those of `workshopIds`) as an iCalendar file: one VEVENT per
 * workshop, CRLF line endings, lines folded at 75 octets. Event UIDs are
 * `<workshop id>@<summit id>.gics`, so importing the file again updates the same events.
 *
 * With no workshop to export the calendar has no event, which RFC 5545 does not allow but
 * clients accept; offer the download only when there is something in it.
 *
 * @throws {RangeError} when a workshop's start or end is not a date-time.
 */
export function toICalendar(summit: Summit, options: ICalendarOptions): string {
  return writeEvents(summit, options, new ContentLines()).toString();
}

/**
 * The file {@link toICalendar} makes, as UTF-8 octets handed to `write` piece by piece, never
 * as one string. Pieces hold up to 64 KiB (more only around a single text of over 16,000
 * characters) and never end inside a character. This is the way to export a large
 * programme: the file is never held whole in memory, so the cost stays proportional to the
 * number of workshops (see BENCHMARKS.md) and the memory used stays flat.
 *
 * Each piece is a view of a buffer that is written over as soon as `write` returns: write it
 * out, or keep a copy (`octets.slice()`), before returning. An error thrown by `write` stops
 * the export and reaches the caller.
 *
 * @example
 * // Node: stream into a file (the `gics ics -o` command does this).
 * const file = openSync('agenda.ics', 'w');
 * writeICalendar(summit, { lang: 'fr' }, (octets) => writeSync(file, octets));
 * closeSync(file);
 * @example
 * // Browser: a download without building the text.
 * const parts: Uint8Array[] = [];
 * writeICalendar(summit, { lang: 'en' }, (octets) => parts.push(octets.slice()));
 * const blob = new Blob(parts, { type: 'text/calendar;charset=utf-8' });
 * @throws {RangeError} when a workshop's start or end is not a date-time.
 */
export function writeICalendar(
  summit: Summit,
  options: ICalendarOptions,
  write: (octets: Uint8Array) => void,
): void {
  writeEvents(summit, options, new ContentLines(write)).flush();
}

function writeEvents(summit: Summit, options: ICalendarOptions, out: ContentLines): ContentLines {
  const { lang } = options;
  const lookup = summitLookup(summit);
  const wanted = options.workshopIds === undefined ? undefined : new Set(options.workshopIds);
  const stamp = `DTSTAMP:${utcDateTime((options.now ?? new Date()).getTime(), 'now')}`;
  // Workshops share time slots: work out each DTSTART and DTEND line once per export, keyed by
  // the workshop's own strings (whose hash the engine keeps, unlike a key built per event).
  const timeLines = { DTSTART: new Map<string, string>(), DTEND: new Map<string, string>() };
  const timeLine = (name: 'DTSTART' | 'DTEND', value: string, workshopId: string): string => {
    let line = timeLines[name].get(value);
    if (line === undefined) {
      line = `${name}:${utcDateTime(instant(value, workshopId), workshopId)}`;
      timeLines[name].set(value, line);
    }
    return line;
  };

  out
    .literal('BEGIN:VCALENDAR')
    .literal(`PRODID:-//GICS Kit//${LABELS[lang].product}//${lang.toUpperCase()}`)
    .literal('VERSION:2.0')
    .literal('CALSCALE:GREGORIAN')
    .literal('METHOD:PUBLISH')
    .property('X-WR-CALNAME')
    .text(localize(summit.name, lang))
    .end()
    .property('X-WR-TIMEZONE')
    .text(summit.timeZone)
    .end();
  const uidEnd = `@${summit.id}`;
  const venue = localize(lookup.venue, lang);
  const hasVenue = hasText(venue);
  const speakersLabel = LABELS[lang].speakers;

  for (const workshop of summit.workshops) {
    if (wanted && !wanted.has(workshop.id)) continue;
    out
      .literal('BEGIN:VEVENT')
      .property('UID')
      .text(workshop.id)
      .text(uidEnd)
      .raw('.gics')
      .end()
      .literal(stamp)
      .literal(timeLine('DTSTART', workshop.start, workshop.id))
      .literal(timeLine('DTEND', workshop.end, workshop.id))
      .property('SUMMARY')
      .text(localize(workshop.title, lang))
      .end();

    // DESCRIPTION: summary and description as plain text (Markdown marks removed), speakers
    // and page, a blank line between each.
    let paragraphs = 0;
    const summary = markdownToPlainText(localize(workshop.summary, lang));
    if (hasText(summary)) startParagraph(out, paragraphs++).text(summary);
    const description = markdownToPlainText(localize(workshop.description, lang));
    if (hasText(description)) startParagraph(out, paragraphs++).text(description);
    let speakers = 0;
    for (const id of workshop.speakerIds) {
      const member = lookup.members.get(id);
      if (member === undefined) continue;
      if (speakers++ === 0) startParagraph(out, paragraphs++).text(speakersLabel);
      else out.text(', ');
      out.text(speakerLabel(member));
    }
    if (workshop.url !== undefined && hasText(workshop.url)) {
      startParagraph(out, paragraphs++).text(workshop.url);
    }
    if (paragraphs > 0) out.end();

    const room = localize(workshopRoom(workshop, lookup)?.name, lang);
    const hasRoom = hasText(room);
    if (hasRoom || hasVenue) {
      out.property('LOCATION');
      if (hasRoom) out.text(room);
      if (hasRoom && hasVenue) out.text(PLACE_SEPARATOR);
      if (hasVenue) out.text(venue);
      out.end();
    }

    const url = webUrl(workshop.url);
    // A URL is written unescaped (RFC 5545 URI), still cleaned and folded.
    if (url !== undefined) out.property('URL').raw(url).end();

    let categories = 0;
    for (const id of workshop.themeIds) {
      const theme = lookup.themes.get(id);
      if (theme === undefined) continue;
      // A list of TEXT values: escaped commas inside a name, bare commas between names.
      if (categories++ === 0) out.property('CATEGORIES');
      else out.raw(',');
      out.text(localize(theme.name, lang));
    }
    if (categories > 0) out.end();
    out.literal('END:VEVENT');
  }
  return out.literal('END:VCALENDAR');
}

/** Starts the DESCRIPTION line, or a new paragraph of it after the `written` ones. */
function startParagraph(out: ContentLines, written: number): ContentLines {
  return written === 0 ? out.property('DESCRIPTION') : out.text(PARAGRAPH_BREAK);
}

/**
 * A file name for the download, from the summit's name in `lang` without accents or
 * punctuation, e.g. `gics-montreal-2023.ics`; the summit id when nothing is left of the name.
 */
export function icsFileName(summit: Summit, lang: Language): string {
  const slug = localize(summit.name, lang)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || summit.id.replace(/[^A-Za-z0-9._-]+/g, '-')}.ics`;
}

/** Milliseconds since the epoch of an ISO 8601 date-time with offset. */
export function instant(value: string, workshopId: string): number {
  // Date.parse reads every form the schema accepts; date-fns covers the other ISO forms
  // (`+0200`, `+02`) that unvalidated data may hold.
  let time = Date.parse(value);
  if (Number.isNaN(time)) time = parseISO(value).getTime();
  if (Number.isNaN(time)) {
    throw new RangeError(`Workshop "${workshopId}": "${value}" is not an ISO 8601 date-time.`);
  }
  return time;
}

/** `time` as an iCalendar UTC date-time, e.g. `20230516T133000Z` (milliseconds dropped). */
export function utcDateTime(time: number, what: string): string {
  const iso = Number.isFinite(time) ? new Date(time).toISOString() : '';
  // `YYYY-MM-DDTHH:MM:SS.sssZ`; years outside 0000–9999, which iCalendar cannot write, are
  // longer.
  if (iso.length !== 24) throw new RangeError(`${what}: the date is out of range.`);
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

function hasText(text: string): boolean {
  return text.trim() !== '';
}

/** `value` normalised when it is an `http:` or `https:` URL. */
function webUrl(value: string | undefined): string | undefined {
  return value ? parseWebUrl(value)?.href : undefined;
}
