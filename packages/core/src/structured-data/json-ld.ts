/**
 * Structured data for search engines: a summit as a schema.org `Event` whose workshops are its
 * `subEvent`s, written as JSON-LD. Search engines read it from a `<script
 * type="application/ld+json">` in the page's light DOM (they do not read shadow roots); it is
 * data, never run, so a strict Content-Security-Policy needs no change for it.
 *
 * Each event carries what Google's Event rich results require (`name`, `startDate`,
 * `location`) and what they recommend when the summit says it (`endDate` with the zone's
 * offset, `eventStatus`, `eventAttendanceMode`, `description`, `performer`, `url`), plus
 * `inLanguage` and `keywords` (themes and tags). Speakers are a `Person`, or an `Organization`
 * or `Cooperative` (schema.org 29.1) when the member is one. Texts are plain text in the
 * language asked for; Markdown marks are dropped.
 */
import type { Language } from '../summit/localized-text.js';
import { localize } from '../summit/localized-text.js';
import type { Member, Summit, Workshop } from '../summit/summit.schema.js';
import { markdownToPlainText } from '../text/markdown.js';
import { workshopRoom } from '../agenda/group.js';

/** A JSON-LD node: plain data, as `JSON.stringify` writes it. */
export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[] | undefined;

export interface StructuredDataOptions {
  /** The language of the texts (`localize` picks the other one when a text lacks it). */
  lang: Language;
  /**
   * The page the agenda is on, as an absolute URL: a workshop's `url` is its deep link there
   * (`…#workshop-<id>`) unless `workshopUrl` says otherwise, and the summit's when it has none.
   */
  pageUrl?: string;
  /** A workshop's own page (e.g. the agenda's `workshop-href`), as an absolute URL. */
  workshopUrl?: (workshop: Workshop) => string | undefined;
}

const SCHEMA = 'https://schema.org/';

/** schema.org's type for a member of `kind`. */
function performerType(member: Member): string {
  switch (member.kind) {
    case 'cooperative':
      return 'Cooperative';
    case 'mutual':
    case 'academic':
    case 'other':
      return 'Organization';
    default:
      return 'Person';
  }
}

/** A member as schema.org sees it: a `Person`, `Organization` or `Cooperative`, by name. */
export function performer(member: Member, lang: Language): JsonLd {
  const type = performerType(member);
  return {
    '@type': type,
    name: member.name,
    url: member.url,
    ...(type === 'Person' && member.organisation
      ? { affiliation: { '@type': 'Organization', name: member.organisation } }
      : {}),
    ...(member.bio ? { description: plain(localize(member.bio, lang)) } : {}),
  };
}

/** Markdown text as plain text, or nothing for an empty one. */
export function plain(text: string): string | undefined {
  const result = markdownToPlainText(text).trim();
  return result === '' ? undefined : result;
}

/** The summit's place: its venue in its city and country. */
function venueOf(summit: Summit, lang: Language): JsonLd {
  const name = localize(summit.venue, lang) || summit.city || localize(summit.name, lang);
  return {
    '@type': 'Place',
    name,
    address: {
      '@type': 'PostalAddress',
      addressLocality: summit.city,
      addressCountry: summit.country,
    },
  };
}

/** A workshop's languages as schema.org wants them: BCP 47 tags. */
function languagesOf(workshop: Workshop): string | string[] | undefined {
  if (workshop.language === undefined) return undefined;
  return workshop.language === 'bilingual' ? ['fr', 'en'] : workshop.language;
}

/** The workshop's page: `workshopUrl`'s answer, else its deep link on `pageUrl`. */
function workshopPage(workshop: Workshop, options: StructuredDataOptions): string | undefined {
  const own = options.workshopUrl?.(workshop);
  if (own) return own;
  if (!options.pageUrl) return undefined;
  const page = new URL(options.pageUrl);
  page.hash = `workshop-${workshop.id}`;
  return page.href;
}

function workshopEvent(
  summit: Summit,
  workshop: Workshop,
  venue: JsonLd,
  members: ReadonlyMap<string, Member>,
  themes: ReadonlyMap<string, string>,
  options: StructuredDataOptions,
): JsonLd {
  const { lang } = options;
  const room = localize(workshopRoom(workshop, summit)?.name, lang);
  const speakers = workshop.speakerIds
    .map((id) => members.get(id))
    .filter((member): member is Member => member !== undefined);
  const keywords = [
    ...workshop.themeIds.map((id) => themes.get(id)).filter((name) => name !== undefined),
    ...workshop.tags,
  ];
  return {
    '@type': 'Event',
    name: localize(workshop.title, lang),
    description: plain(localize(workshop.summary, lang) || localize(workshop.description, lang)),
    startDate: workshop.start,
    endDate: workshop.end,
    eventStatus: `${SCHEMA}EventScheduled`,
    eventAttendanceMode: `${SCHEMA}OfflineEventAttendanceMode`,
    location: room
      ? { '@type': 'Place', name: room, address: venue.address, containedInPlace: venue }
      : venue,
    inLanguage: languagesOf(workshop),
    performer: speakers.length > 0 ? speakers.map((member) => performer(member, lang)) : undefined,
    keywords: keywords.length > 0 ? keywords.join(', ') : undefined,
    url: workshopPage(workshop, options),
  };
}

/**
 * The summit as a schema.org `Event` with its workshops as `subEvent`s, ready for
 * `jsonLdText`. The summit's dates are its first workshop's start and its last one's end (with
 * their offsets), else its `startDate` and `endDate`.
 *
 * @example
 * script.textContent = jsonLdText(summitStructuredData(summit, { lang: 'fr', pageUrl: location.href }));
 */
export function summitStructuredData(summit: Summit, options: StructuredDataOptions): JsonLd {
  const { lang } = options;
  const venue = venueOf(summit, lang);
  const members = new Map(summit.members.map((member) => [member.id, member]));
  const themes = new Map(summit.themes.map((theme) => [theme.id, localize(theme.name, lang)]));
  let first: Workshop | undefined;
  let last: Workshop | undefined;
  for (const workshop of summit.workshops) {
    if (!first || Date.parse(workshop.start) < Date.parse(first.start)) first = workshop;
    if (!last || Date.parse(workshop.end) > Date.parse(last.end)) last = workshop;
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: localize(summit.name, lang),
    startDate: first?.start ?? summit.startDate,
    endDate: last?.end ?? summit.endDate,
    eventStatus: `${SCHEMA}EventScheduled`,
    eventAttendanceMode: `${SCHEMA}OfflineEventAttendanceMode`,
    location: venue,
    inLanguage: lang,
    url: summit.url ?? options.pageUrl,
    subEvent: summit.workshops.map((workshop) =>
      workshopEvent(summit, workshop, venue, members, themes, options),
    ),
  };
}

/**
 * `value` as JSON for the text of an HTML `<script>` block (JSON-LD, or data a page reads back):
 * `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026` (the same JSON), so no text
 * (a title holding `</script>`, `<!--`) can end or change the block; U+2028 and U+2029 likewise.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** JSON-LD as the text of a `<script type="application/ld+json">` (see `scriptSafeJson`). */
export function jsonLdText(data: JsonLd): string {
  return scriptSafeJson(data);
}
