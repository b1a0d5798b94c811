/**
 * The GICS data model as zod schemas. Each schema and its inferred type share one name, so a
 * field is described once: here. We use `zod/mini` (functional, tree-shakable) rather than the
 * full build, which would drag every zod locale and method into the widgets' bundles.
 *
 * Error messages are *codes* (see `SchemaMessage`); `parseSummit` turns each issue into a
 * French and an English sentence, so no zod wording ever reaches a visitor.
 */
import * as z from 'zod/mini';
import { isValidTimeZone } from './time-zone.js';

// Zod compiles object parsers with `new Function` unless told not to, which a strict
// Content-Security-Policy (no 'unsafe-eval') reports as a violation.
z.config({ jitless: true });

/** Codes used as messages by the checks below; `parseSummit` localizes them. */
export const SCHEMA_MESSAGES = [
  'empty_text',
  'invalid_id',
  'invalid_color',
  'invalid_url',
  'invalid_country',
  'invalid_time_zone',
  'invalid_datetime',
  'invalid_date',
] as const;
export type SchemaMessage = (typeof SCHEMA_MESSAGES)[number];

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:~-]*$/;
const HEX_COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const COUNTRY_PATTERN = /^[A-Z]{2}$/;

function isSafeUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** A record identifier: letters, digits and `. _ : ~ -`, safe in URLs and fragment ids. */
export const Id = z.string().check(z.regex(ID_PATTERN, 'invalid_id'));
export type Id = z.infer<typeof Id>;

const NonEmptyString = z.string().check(z.trim(), z.minLength(1, 'empty_text'));

/** Text in both languages, or one plain string shown to everyone. At least one language. */
export const LocalizedText = z.union([
  NonEmptyString,
  z.object({ fr: z.optional(z.string()), en: z.optional(z.string()) }).check(
    z.refine((text) => Boolean(text.fr?.trim() || text.en?.trim()), {
      message: 'empty_text',
    }),
  ),
]);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** An `http:`, `https:` or `mailto:` URL; other schemes (`javascript:`, `data:`…) are refused. */
export const SafeUrl = z.string().check(z.refine(isSafeUrl, { message: 'invalid_url' }));
export type SafeUrl = z.infer<typeof SafeUrl>;

/** A CSS hex colour, `#rgb` or `#rrggbb`. */
export const HexColor = z.string().check(z.regex(HEX_COLOR_PATTERN, 'invalid_color'));

/** An ISO 8601 date-time with an offset or `Z`, e.g. `2023-05-16T09:30:00-04:00`. */
export const DateTimeWithOffset = z.iso.datetime({ offset: true, message: 'invalid_datetime' });

/** An ISO 8601 calendar date, e.g. `2023-05-16`. */
export const CalendarDate = z.iso.date({ message: 'invalid_date' });

/** An IANA time zone, aliases included (`America/Montreal`). */
export const TimeZone = z
  .string()
  .check(z.refine(isValidTimeZone, { message: 'invalid_time_zone' }));

/** An ISO 3166-1 alpha-2 country code in capitals, e.g. `CA`, `FR`. */
export const CountryCode = z.string().check(z.regex(COUNTRY_PATTERN, 'invalid_country'));

export const WORKSHOP_FORMATS = [
  'workshop',
  'plenary',
  'keynote',
  'panel',
  'networking',
  'other',
] as const;
export type WorkshopFormat = (typeof WORKSHOP_FORMATS)[number];

export const WORKSHOP_LANGUAGES = ['fr', 'en', 'bilingual'] as const;
export type WorkshopLanguage = (typeof WORKSHOP_LANGUAGES)[number];

export const MEMBER_KINDS = ['cooperative', 'mutual', 'academic', 'individual', 'other'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** One of the summit's themes, e.g. "Économie circulaire / Circular economy". */
export const Theme = z.object({
  /** Stable identifier, referenced by workshops and practices. */
  id: Id,
  /** The theme's name. */
  name: LocalizedText,
  /** A sentence or two on what the theme covers. */
  description: z.optional(LocalizedText),
  /** Colour used next to the name (never alone) in badges and chips. */
  color: z.optional(HexColor),
});
export type Theme = z.infer<typeof Theme>;

/** A session of the summit: a workshop, a plenary, a keynote… */
export const Workshop = z.object({
  /** Stable identifier, used in URLs (`#workshop-<id>`), favourites and calendar UIDs. */
  id: Id,
  /** Title as shown on cards. */
  title: LocalizedText,
  /** One or two sentences shown on cards. */
  summary: z.optional(LocalizedText),
  /** The full description shown in the detail view. Plain text; never rendered as HTML. */
  description: z.optional(LocalizedText),
  /** Ids of the themes the workshop belongs to (usually one). */
  themeIds: z._default(z.array(Id), []),
  /** Start, ISO 8601 with offset. */
  start: DateTimeWithOffset,
  /** End, ISO 8601 with offset; must be after `start`. */
  end: DateTimeWithOffset,
  /** Room or place name. */
  room: z.optional(LocalizedText),
  /** Kind of session. */
  format: z._default(z.enum(WORKSHOP_FORMATS), 'workshop'),
  /** Language the session is held in. */
  language: z.optional(z.enum(WORKSHOP_LANGUAGES)),
  /** Ids of the members who lead the session. */
  speakerIds: z._default(z.array(Id), []),
  /** Number of seats, when limited. */
  capacity: z.optional(z.int().check(z.positive())),
  /** A page about the session on the organiser's site. */
  url: z.optional(SafeUrl),
  /** Free keywords, searched by the agenda's text filter. */
  tags: z._default(z.array(z.string()), []),
});
export type Workshop = z.infer<typeof Workshop>;
export type WorkshopInput = z.input<typeof Workshop>;

/** A person or organisation of the community: speakers, practice authors. */
export const Member = z.object({
  id: Id,
  /** Display name of the person or organisation. */
  name: NonEmptyString,
  /** What kind of member this is. */
  kind: z._default(z.enum(MEMBER_KINDS), 'individual'),
  /** The organisation a person belongs to. */
  organisation: z.optional(z.string()),
  /** ISO 3166-1 alpha-2 country code. */
  country: z.optional(CountryCode),
  city: z.optional(z.string()),
  url: z.optional(SafeUrl),
  /** A short biography. Plain text. */
  bio: z.optional(LocalizedText),
});
export type Member = z.infer<typeof Member>;

/** A good practice shared in the GICS community of practice. */
export const Practice = z.object({
  id: Id,
  title: LocalizedText,
  summary: z.optional(LocalizedText),
  /** The practice in full. Plain text. */
  body: z.optional(LocalizedText),
  themeIds: z._default(z.array(Id), []),
  /** Ids of the members who shared it. */
  authorIds: z._default(z.array(Id), []),
  tags: z._default(z.array(z.string()), []),
  url: z.optional(SafeUrl),
  /** When it was shared. */
  date: z.optional(CalendarDate),
});
export type Practice = z.infer<typeof Practice>;

/** One edition of the summit with everything it holds. */
export const Summit = z.object({
  id: Id,
  /** e.g. "GICS Montréal 2023". */
  name: LocalizedText,
  /** Edition year, e.g. 2023. */
  year: z.int().check(z.gte(2000), z.lte(2200)),
  city: z.optional(z.string()),
  country: z.optional(CountryCode),
  /** IANA zone the summit takes place in; times are shown in it by default. */
  timeZone: TimeZone,
  /** First day, ISO date. */
  startDate: CalendarDate,
  /** Last day, ISO date (inclusive). */
  endDate: CalendarDate,
  venue: z.optional(LocalizedText),
  url: z.optional(SafeUrl),
  themes: z._default(z.array(Theme), []),
  workshops: z._default(z.array(Workshop), []),
  members: z._default(z.array(Member), []),
  practices: z._default(z.array(Practice), []),
});
export type Summit = z.infer<typeof Summit>;
/** What a data file may leave out (defaults fill the rest). */
export type SummitInput = z.input<typeof Summit>;
