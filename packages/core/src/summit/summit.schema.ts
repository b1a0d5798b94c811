/**
 * The GICS data model as zod schemas. Each schema and its inferred type share one name, so a
 * field is described once: here. We use `zod/mini` (functional, tree-shakable) rather than the
 * full build, which would drag every zod locale and method into the widgets' bundles.
 *
 * Error messages are *codes* (see `SchemaMessage`), so no zod wording ever reaches a visitor.
 *
 * These schemas are the one hand-written description of the format. Two descriptions are
 * generated from them: the JSON Schema (`json-schema.ts`, written at build time) and the field
 * table of `parseSummit`'s zod-free reader (`fields.generated.ts`, written by
 * `scripts/write-reader-fields.ts`), so a browser that parses summits never downloads zod.
 * A schema may only use what that generator knows how to translate; it stops with the field's
 * path otherwise.
 */
import * as z from 'zod/mini';
import {
  canonicalLanguage,
  COUNTRY_PATTERN,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  DAY_CHANGE_PATTERN,
  HEX_COLOR_PATTERN,
  ID_PATTERN,
  isSafeUrl,
  MEMBER_KINDS,
  WORKSHOP_FORMATS,
  WORKSHOP_STATUSES,
  YEAR_RANGE,
} from './checks.js';
import { isValidTimeZone } from './time-zone.js';

// Zod compiles object parsers with `new Function` unless told not to, which a strict
// Content-Security-Policy (no 'unsafe-eval') reports as a violation.
z.config({ jitless: true });

export {
  canonicalLanguage,
  COUNTRY_PATTERN,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  DAY_CHANGE_PATTERN,
  HEX_COLOR_PATTERN,
  ID_PATTERN,
  isSafeUrl,
  LANGUAGE_PATTERN,
  MEMBER_KINDS,
  SCHEMA_MESSAGES,
  WORKSHOP_FORMATS,
  WORKSHOP_LANGUAGES,
  WORKSHOP_STATUSES,
} from './checks.js';
export type {
  MemberKind,
  SchemaMessage,
  WorkshopFormat,
  WorkshopLanguage,
  WorkshopStatus,
} from './checks.js';

/**
 * The check that makes a number a whole number in JavaScript's safe range, reported as `z.int()`
 * reports it (an `int` expected, or the safe bound exceeded). `z.int()` itself pulls zod's table
 * of number formats into every bundle that parses a summit. Every whole-number field carries this
 * one check, which is how `json-schema.ts` writes it as `"type": "integer"` and how the reader's
 * generator (`scripts/write-reader-fields.ts`) recognises it.
 */
export const WHOLE_NUMBER = z.check<number>((payload) => {
  const input = payload.value;
  const base = { input, origin: 'int' } as const;
  if (!Number.isInteger(input)) {
    payload.issues.push({ ...base, code: 'invalid_type', expected: 'int', continue: false });
  } else if (!Number.isSafeInteger(input)) {
    // Like zod, go on to the field's own bounds, whose message is the useful one.
    payload.issues.push(
      input > 0
        ? {
            ...base,
            code: 'too_big',
            maximum: Number.MAX_SAFE_INTEGER,
            inclusive: true,
            continue: true,
          }
        : {
            ...base,
            code: 'too_small',
            minimum: Number.MIN_SAFE_INTEGER,
            inclusive: true,
            continue: true,
          },
    );
  }
});

/** A whole number (see `WHOLE_NUMBER`); each field adds its own bounds. */
const wholeNumber = () => z.number().check(WHOLE_NUMBER);

/** A record identifier: letters, digits and `. _ : ~ -`, safe in URLs and fragment ids. */
export const Id = z.string().check(z.regex(ID_PATTERN, 'invalid_id'));
export type Id = z.infer<typeof Id>;

// Trimmed, then not empty: a refine rather than `z.minLength`, whose check class weighs more.
const NonEmptyString = z.string().check(
  z.trim(),
  z.refine((text) => text !== '', 'empty_text'),
);

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
export const DateTimeWithOffset = z
  .string('invalid_datetime')
  .check(z.regex(DATE_TIME_PATTERN, 'invalid_datetime'));

/** An ISO 8601 calendar date, e.g. `2023-05-16`. */
export const CalendarDate = z.string('invalid_date').check(z.regex(DATE_PATTERN, 'invalid_date'));

/** An IANA time zone, aliases included (`America/Montreal`). */
export const TimeZone = z
  .string()
  .check(z.refine(isValidTimeZone, { message: 'invalid_time_zone' }));

/**
 * A session's language: a BCP 47 tag (`fr`, `de`, `pt-BR`, `zh-Hant`), read in canonical case
 * (`pt-br` becomes `pt-BR`), or `bilingual` for French and English.
 */
export const LanguageTag = z.string().check(
  z.refine((tag) => canonicalLanguage(tag) !== undefined, 'invalid_language'),
  z.overwrite((tag) => canonicalLanguage(tag) ?? tag),
);

/** A wall-clock time of day, `HH:MM` on a 24-hour clock, e.g. `06:00`. */
export const TimeOfDay = z.string().check(z.regex(DAY_CHANGE_PATTERN, 'invalid_day_change'));

/** An ISO 3166-1 alpha-2 country code in capitals, e.g. `CA`, `FR`. */
export const CountryCode = z.string().check(z.regex(COUNTRY_PATTERN, 'invalid_country'));

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

/** A room of the summit's venue, referred to by workshops through `roomId`. */
export const Room = z.object({
  /** Stable identifier, unique among the summit's rooms. */
  id: Id,
  /** The room's name, e.g. "Salle Marie-Gérin-Lajoie / Main hall". */
  name: LocalizedText,
  /** Number of seats, when known. */
  capacity: z.optional(wholeNumber().check(z.positive())),
});
export type Room = z.infer<typeof Room>;

/** A link about a session, a member or a practice (slides, video, a guide…). */
export const Link = z.object({
  /** Where it leads. */
  url: SafeUrl,
  /** What it is, as the source names it. */
  title: z.optional(LocalizedText),
});
export type Link = z.infer<typeof Link>;

/** A session of the summit: a workshop, a plenary, a keynote… */
export const Workshop = z.object({
  /** Stable identifier, used in URLs (`#workshop-<id>`), favourites and calendar UIDs. */
  id: Id,
  /** Title as shown on cards. */
  title: LocalizedText,
  /** A second line under the title, when the source gives one. */
  subtitle: z.optional(LocalizedText),
  /**
   * One or two sentences shown on cards. Text with a safe Markdown subset (emphasis, inline
   * code, lists, links); cards show it without the marks.
   */
  summary: z.optional(LocalizedText),
  /**
   * The full description shown in the detail view, after the summary. Text with a safe Markdown
   * subset, rendered without ever going through HTML.
   */
  description: z.optional(LocalizedText),
  /** Ids of the themes the workshop belongs to (usually one). */
  themeIds: z._default(z.array(Id), []),
  /** Start, ISO 8601 with offset. */
  start: DateTimeWithOffset,
  /** End, ISO 8601 with offset; must be after `start`. */
  end: DateTimeWithOffset,
  /** Id of the room (in the summit's `rooms`) the session takes place in. */
  roomId: z.optional(Id),
  /**
   * Room or place name, for files that list no rooms. When `roomId` is set, the room it names
   * gives the name instead.
   */
  room: z.optional(LocalizedText),
  /** Kind of session. */
  format: z._default(z.enum(WORKSHOP_FORMATS), 'workshop'),
  /**
   * The source's own name for the kind of session ("Lightning talk", "Podiumsdiskussion"),
   * whatever `format` is; shown when `format` is `other`.
   */
  formatLabel: z.optional(LocalizedText),
  /** Language the session is held in: a BCP 47 tag, or `bilingual` (French and English). */
  language: z.optional(LanguageTag),
  /** Ids of the members who lead the session. */
  speakerIds: z._default(z.array(Id), []),
  /** Number of seats, when limited. */
  capacity: z.optional(wholeNumber().check(z.positive())),
  /** The session's own page: the source's page for it, else the first of its `links`. */
  url: z.optional(SafeUrl),
  /** Every link the source gives about the session, in the source's order. */
  links: z._default(z.array(Link), []),
  /** Free keywords, searched by the agenda's text filter. */
  tags: z._default(z.array(z.string()), []),
  /**
   * `cancelled` when the session will not take place (it stays in the programme, marked, so
   * nobody looks for it in vain); absent or `scheduled` otherwise.
   */
  status: z.optional(z.enum(WORKSHOP_STATUSES)),
});
export type Workshop = z.infer<typeof Workshop>;
export type WorkshopInput = z.input<typeof Workshop>;

/** A point on the Earth, in WGS 84 degrees (as GPS and web maps give it). */
export const GeoPoint = z.object({
  /** Latitude, from −90 (south pole) to 90 (north pole). */
  lat: z.number().check(z.gte(-90), z.lte(90)),
  /** Longitude, from −180 (west) to 180 (east) of Greenwich. */
  lon: z.number().check(z.gte(-180), z.lte(180)),
});
export type GeoPoint = z.infer<typeof GeoPoint>;

/**
 * A person or organisation of the community: speakers, practice authors, the members a directory
 * lists. Whether a directory shows one is `isListedMember`'s answer (see `listed`).
 */
export const Member = z.object({
  /** Stable identifier, referenced by workshops (`speakerIds`) and practices (`authorIds`). */
  id: Id,
  /** Display name of the person or organisation. */
  name: NonEmptyString,
  /** What kind of member this is; absent when the source does not say (nothing is shown). */
  kind: z.optional(z.enum(MEMBER_KINDS)),
  /** The organisation a person belongs to. */
  organisation: z.optional(z.string()),
  /** ISO 3166-1 alpha-2 country code. */
  country: z.optional(CountryCode),
  /** The city the member works from, as people write it. */
  city: z.optional(z.string()),
  /** Where the location sits on a map, when the member gives it. */
  location: z.optional(GeoPoint),
  /** The member's own site. */
  url: z.optional(SafeUrl),
  /** A short biography. Text with a safe Markdown subset, like a workshop's description. */
  bio: z.optional(LocalizedText),
  /** Languages the member speaks: BCP 47 tags, read in canonical case (`pt-br` → `pt-BR`). */
  languages: z._default(z.array(LanguageTag), []),
  /** Free keywords (fields of work, sectors), searched by the directory. */
  tags: z._default(z.array(z.string()), []),
  /**
   * A logo or photo. Widgets show it only when it comes from the page's own origin, unless the
   * host allows more, so a data file cannot make visitors' browsers call a third party.
   */
  image: z.optional(SafeUrl),
  /**
   * Whether the member agreed to appear in directories. A person (`kind: 'individual'`) appears
   * only with `listed: true`; any other member unless `listed: false`. See `isListedMember`.
   */
  listed: z.optional(z.boolean()),
  /** Links about the member (a co-op's annual report, a researcher's publications…). */
  links: z._default(z.array(Link), []),
});
export type Member = z.infer<typeof Member>;

/** A good practice shared in the GICS community of practice. */
export const Practice = z.object({
  /** Stable identifier, used in URLs (`#practice-<id>`). */
  id: Id,
  /** Title as shown on cards. */
  title: LocalizedText,
  /** One or two sentences shown on cards, with the safe Markdown subset (cards show it plain). */
  summary: z.optional(LocalizedText),
  /** The practice in full. Text with a safe Markdown subset, like a workshop's description. */
  body: z.optional(LocalizedText),
  /** Ids of the themes the practice belongs to. */
  themeIds: z._default(z.array(Id), []),
  /** Ids of the members (people or organisations) who shared it. */
  authorIds: z._default(z.array(Id), []),
  /** Free keywords, searched by the library. */
  tags: z._default(z.array(z.string()), []),
  /** The practice's own page elsewhere, when it has one. */
  url: z.optional(SafeUrl),
  /** When it was shared. */
  date: z.optional(CalendarDate),
  /** When it was last revised; the library's "newest" order uses it before `date`. */
  updated: z.optional(CalendarDate),
  /** Languages the practice is available in: BCP 47 tags, read in canonical case. */
  languages: z._default(z.array(LanguageTag), []),
  /** Links about the practice (a guide, a video, the co-op's own write-up), each with a title. */
  links: z._default(z.array(Link), []),
});
export type Practice = z.infer<typeof Practice>;

/** One edition of the summit with everything it holds. */
export const Summit = z.object({
  id: Id,
  /** e.g. "GICS Montréal 2023". */
  name: LocalizedText,
  /** Edition year, e.g. 2023. */
  year: wholeNumber().check(z.gte(YEAR_RANGE[0]), z.lte(YEAR_RANGE[1])),
  city: z.optional(z.string()),
  country: z.optional(CountryCode),
  /** IANA zone the summit takes place in; times are shown in it by default. */
  timeZone: TimeZone,
  /**
   * The wall-clock time, in `timeZone`, at which one conference day ends and the next begins
   * (`06:00`: a session at 01:30 belongs to the previous day). Absent means midnight.
   */
  dayChange: z.optional(TimeOfDay),
  /** First day, ISO date. */
  startDate: CalendarDate,
  /** Last day, ISO date (inclusive). */
  endDate: CalendarDate,
  venue: z.optional(LocalizedText),
  url: z.optional(SafeUrl),
  /** The venue's rooms in the organiser's order (main halls first); ids are unique. */
  rooms: z._default(z.array(Room), []),
  themes: z._default(z.array(Theme), []),
  workshops: z._default(z.array(Workshop), []),
  members: z._default(z.array(Member), []),
  practices: z._default(z.array(Practice), []),
});
export type Summit = z.infer<typeof Summit>;
/** What a data file may leave out (defaults fill the rest). */
export type SummitInput = z.input<typeof Summit>;
