/**
 * Dates and times of the agenda as a French- or English-speaking Canadian reads them.
 *
 * Everything goes through `Intl.DateTimeFormat` with the `fr-CA` and `en-CA` locales: month and
 * day names, the order of fields, a.m./p.m., the dash between two times and its spacing all come
 * from the runtime's CLDR data. On top of that output, French gets two touches of its own
 * typography: whole hours drop their minutes (`9 h`, not `9 h 00`) and hours have no leading
 * zero; the first of a month is an ordinal (`mardi 1er juin`), which CLDR does not write. The
 * formatting is done on `formatToParts` output, never by rewriting a finished string.
 *
 * Times are shown in `timeZone`. When that is not the summit's own zone (`eventTimeZone`), the
 * zone's short name is added (`HAE`, `UTC+2`, `EDT`, `GMT+2`) so a visitor reading Paris times
 * cannot take them for Montréal ones.
 *
 * Building an `Intl.DateTimeFormat` costs far more than using one, so formatters are cached per
 * language, zone and pattern.
 */
import type { Language, LocalizedText } from '../summit/localized-text.js';
import { localize } from '../summit/localized-text.js';
import { type Instant, assertTimeZone, calendarDateIn, offsetMinutes, toEpoch } from './time.js';

/** Options of the formatting functions. */
export interface FormatOptions {
  /** Language of the text. */
  lang: Language;
  /** Zone the times are shown in: the summit's, or the visitor's. */
  timeZone: string;
  /** The summit's zone. When given and not the same as `timeZone`, the zone is named. */
  eventTimeZone?: string;
}

const LOCALES = { fr: 'fr-CA', en: 'en-CA' } as const satisfies Record<Language, string>;

const PATTERNS = {
  time: { hour: 'numeric', minute: '2-digit' },
  timeWithZone: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  dayTime: { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' },
  dayTimeWithZone: {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  },
  zoneName: { hour: 'numeric', timeZoneName: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
type Pattern = keyof typeof PATTERNS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, timeZone: string | undefined, pattern: Pattern) {
  const key = `${lang}|${timeZone ?? ''}|${pattern}`;
  let found = formatters.get(key);
  if (found === undefined) {
    if (timeZone !== undefined) assertTimeZone(timeZone);
    found = new Intl.DateTimeFormat(LOCALES[lang], { ...PATTERNS[pattern], timeZone });
    formatters.set(key, found);
  }
  return found;
}

// The spaces around the `h` of a French time (`10 h 30`): non-breaking, so a narrow column
// never leaves the `h` or the minutes on a line of their own.
const HOUR_MARK = /^\s*h\s*$/;

/**
 * Joins parts, applying French typography: times as `9 h`, `1 h 05`, never `09 h 00`; the first
 * of a month as `1er`.
 */
function join(parts: readonly Intl.DateTimeFormatPart[], lang: Language): string {
  if (lang !== 'fr') return parts.map((part) => part.value).join('');
  let text = '';
  for (const part of parts) {
    if (part.type === 'minute' && part.value === '00') text = text.trimEnd();
    else if (part.type === 'hour') text += String(Number(part.value));
    else if (part.type === 'day' && part.value === '1') text += '1er';
    else if (part.type === 'literal' && HOUR_MARK.test(part.value)) {
      text += part.value.replace(/\s/g, '\u00a0');
    } else text += part.value;
  }
  return text;
}

const separators = new Map<Language, string>();

/** Text `Intl` puts between range ends: `' – '` (thin spaces) in French, `'–'` in English. */
function rangeSeparator(lang: Language): string {
  let separator = separators.get(lang);
  if (separator === undefined) {
    const parts = formatter(lang, 'UTC', 'time').formatRangeToParts(
      Date.UTC(2000, 0, 1, 9),
      Date.UTC(2000, 0, 1, 10),
    );
    separator = parts.find((part) => part.source === 'shared' && part.type === 'literal')?.value;
    separator ??= ' – ';
    separators.set(lang, separator);
  }
  return separator;
}

const canonicalZones = new Map<string, string>();

/**
 * Whether two zone names denote the same zone, aliases included (`America/Montreal` is
 * `America/Toronto`), as far as the runtime's `Intl` resolves aliases.
 */
export function isSameTimeZone(a: string, b: string): boolean {
  if (a === b) return true;
  const canonical = (zone: string): string => {
    let found = canonicalZones.get(zone);
    if (found === undefined) {
      assertTimeZone(zone);
      found = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
      canonicalZones.set(zone, found);
    }
    return found;
  };
  return canonical(a) === canonical(b);
}

function namesZone(options: FormatOptions): boolean {
  return (
    options.eventTimeZone !== undefined && !isSameTimeZone(options.timeZone, options.eventTimeZone)
  );
}

/** Whether clocks change in `timeZone` between two instants (a workshop during a DST switch). */
function clocksChange(timeZone: string, from: number, to: number): boolean {
  return offsetMinutes(timeZone, from) !== offsetMinutes(timeZone, to);
}

/** Two ends formatted on their own and joined the way `Intl` joins a range. */
function joinEnds(
  first: Intl.DateTimeFormat,
  last: Intl.DateTimeFormat,
  from: number,
  to: number,
  lang: Language,
): string {
  const separator: Intl.DateTimeFormatPart = { type: 'literal', value: rangeSeparator(lang) };
  return join([...first.formatToParts(from), separator, ...last.formatToParts(to)], lang);
}

/**
 * The times of a workshop, without the day: `9 h 30 – 10 h 45`, `9 h – 10 h 45`;
 * `9:30–10:45 a.m.`, `11:30 a.m.–1:00 p.m.` (as `Intl` writes them for `en-CA`). A range that
 * runs past midnight shows the two times only: the day is the heading's job. When clocks change
 * during the workshop, each end names its zone (`1 h 30 HAE – 1 h 30 HNE`), since the wall
 * clock alone would be ambiguous.
 */
export function formatTimeRange(start: Instant, end: Instant, options: FormatOptions): string {
  // A programme shows each range many times (every card of a slot, its heading, every render
  // of the list), and `Intl` takes tens of microseconds a range: each is formatted once.
  const ends = `${typeof start === 'string' ? start : toEpoch(start)}|${typeof end === 'string' ? end : toEpoch(end)}`;
  const key = `${ends}|${options.lang}|${options.timeZone}|${options.eventTimeZone ?? ''}`;
  let text = formattedRanges.get(key);
  if (text === undefined) {
    if (formattedRanges.size >= REMEMBERED_RANGES) formattedRanges.clear();
    text = formatTimeRangeOnce(start, end, options);
    formattedRanges.set(key, text);
  }
  return text;
}

/** Ranges already formatted, by their ends, language and zones; forgotten past this many. */
const REMEMBERED_RANGES = 10_000;
const formattedRanges = new Map<string, string>();

function formatTimeRangeOnce(start: Instant, end: Instant, options: FormatOptions): string {
  const { lang, timeZone } = options;
  const from = toEpoch(start);
  const to = toEpoch(end);
  const change = clocksChange(timeZone, from, to);
  const last = formatter(lang, timeZone, change || namesZone(options) ? 'timeWithZone' : 'time');
  if (!change && calendarDateIn(from, timeZone) === calendarDateIn(to, timeZone)) {
    return join(last.formatRangeToParts(from, to), lang);
  }
  // Across midnight Intl would prefix each time with its full date, and across a clock change
  // it writes one zone name for both ends (or the same wall time once): format the ends apart.
  const first = change ? last : formatter(lang, timeZone, 'time');
  return joinEnds(first, last, from, to, lang);
}

/** A single time: `9 h 30`, `14 h`; `9:30 a.m.`. The zone is named as in `formatTimeRange`. */
export function formatTime(instant: Instant, options: FormatOptions): string {
  const pattern = namesZone(options) ? 'timeWithZone' : 'time';
  return join(
    formatter(options.lang, options.timeZone, pattern).formatToParts(toEpoch(instant)),
    options.lang,
  );
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A day heading: `mardi 16 mai`, `Tuesday, May 16`. `date` is either a calendar date
 * (`YYYY-MM-DD`, as in `AgendaDay.date`), shown as is, or an instant, shown on its day in
 * `timeZone` (the runtime's zone when absent).
 */
export function formatDayHeading(
  date: Instant,
  options: { lang: Language; timeZone?: string },
): string {
  const calendar = typeof date === 'string' ? CALENDAR_DATE.exec(date) : null;
  if (calendar !== null) {
    const [, year, month, day] = calendar.map(Number) as [number, number, number, number];
    const noon = Date.UTC(year, month - 1, day, 12);
    return join(formatter(options.lang, 'UTC', 'day').formatToParts(noon), options.lang);
  }
  const { lang, timeZone } = options;
  return join(formatter(lang, timeZone, 'day').formatToParts(toEpoch(date)), lang);
}

/**
 * Day and times together, for a workshop's detail or a card seen out of its day:
 * `mardi 16 mai, 9 h 30 – 10 h 45`; `Tuesday, May 16, 9:30–10:45 a.m.`. When the workshop runs
 * past midnight both days are written. In another zone than the summit's, the zone is named:
 * `mercredi 17 mai, 5 h 30 – 6 h 45 UTC+2`.
 */
export function formatDateTimeRange(start: Instant, end: Instant, options: FormatOptions): string {
  const { lang, timeZone } = options;
  const from = toEpoch(start);
  const to = toEpoch(end);
  const change = clocksChange(timeZone, from, to);
  const pattern = change || namesZone(options) ? 'dayTimeWithZone' : 'dayTime';
  const format = formatter(lang, timeZone, pattern);
  if (change) return joinEnds(format, format, from, to, lang);
  return join(format.formatRangeToParts(from, to), lang);
}

/** The zone's short name at `instant`, as `Intl` gives it: `HAE`, `UTC+2`; `EDT`, `GMT+2`. */
export function formatTimeZoneName(
  instant: Instant,
  options: { lang: Language; timeZone: string },
): string {
  const parts = formatter(options.lang, options.timeZone, 'zoneName').formatToParts(
    toEpoch(instant),
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? options.timeZone;
}

/** Zones whose city is not its IANA name with spaces: diacritics, or a name that differs. */
const CITY_NAMES = {
  'America/Montreal': 'Montréal',
  'America/St_Johns': { fr: 'Saint-Jean de Terre-Neuve', en: 'St. John’s' },
  'America/Mexico_City': { fr: 'Mexico', en: 'Mexico City' },
  'America/Bogota': 'Bogotá',
  'America/Sao_Paulo': 'São Paulo',
  'America/Asuncion': 'Asunción',
  'America/Cancun': 'Cancún',
  'America/Merida': 'Mérida',
  'America/Mazatlan': 'Mazatlán',
  'America/Ciudad_Juarez': 'Ciudad Juárez',
  'America/Curacao': 'Curaçao',
  'Atlantic/Reykjavik': 'Reykjavík',
  'Europe/Brussels': { fr: 'Bruxelles', en: 'Brussels' },
  'Europe/Lisbon': { fr: 'Lisbonne', en: 'Lisbon' },
  'Europe/London': { fr: 'Londres', en: 'London' },
  'Africa/Algiers': { fr: 'Alger', en: 'Algiers' },
  'Pacific/Noumea': 'Nouméa',
} as const satisfies Record<string, LocalizedText>;

/**
 * The city a zone is named after, in `lang`: `Montréal`, `Bruxelles`/`Brussels`, else the last
 * segment of the IANA name with `_` as spaces (`America/Port_of_Spain` → `Port of Spain`).
 * `undefined` for zones that are not named after a city (`UTC`, `Etc/GMT+5`).
 */
export function timeZoneCity(timeZone: string, lang: Language): string | undefined {
  if (Object.hasOwn(CITY_NAMES, timeZone)) {
    return localize(CITY_NAMES[timeZone as keyof typeof CITY_NAMES], lang);
  }
  const slash = timeZone.lastIndexOf('/');
  if (slash < 0 || timeZone.startsWith('Etc/')) return undefined;
  return timeZone.slice(slash + 1).replaceAll('_', ' ');
}

const STARTS_WITH_VOWEL = /^[aeiou]/i;

/**
 * The label of a "show times in…" toggle: « Heure de Montréal », « Heure d’Ottawa »,
 * "Montréal time". Zones not named after a city use their short name: « Heure UTC ».
 */
export function formatTimeZoneLabel(timeZone: string, lang: Language): string {
  const city = timeZoneCity(timeZone, lang);
  if (city === undefined) {
    const name = formatTimeZoneName(0, { lang, timeZone });
    return lang === 'fr' ? `Heure ${name}` : `${name} time`;
  }
  if (lang === 'en') return `${city} time`;
  const elided = STARTS_WITH_VOWEL.test(city.normalize('NFD'));
  return elided ? `Heure d’${city}` : `Heure de ${city}`;
}
