/**
 * The GICS data model as zod schemas. Each schema and its inferred type share one name, so a
 * field is described once: here. We use `zod/mini` (functional, tree-shakable) rather than the
 * full build, which would drag every zod locale and method into the widgets' bundles.
 *
 * Error messages are *codes* (see `SchemaMessage`), so no zod wording ever reaches a visitor.
 * `parseSummit` does not run these schemas: its reader (`reader.ts`) applies the same rules,
 * from `checks.ts`, without zod, and `reader.test.ts` holds the two to the same answers.
 */
import * as z from 'zod/mini';
import {
  COUNTRY_PATTERN,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  HEX_COLOR_PATTERN,
  ID_PATTERN,
  isSafeUrl,
  MEMBER_KINDS,
  WORKSHOP_FORMATS,
  WORKSHOP_LANGUAGES,
  YEAR_RANGE,
} from './checks.js';
import { isValidTimeZone } from './time-zone.js';

// Zod compiles object parsers with `new Function` unless told not to, which a strict
// Content-Security-Policy (no 'unsafe-eval') reports as a violation.
z.config({ jitless: true });

export {
  COUNTRY_PATTERN,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  HEX_COLOR_PATTERN,
  ID_PATTERN,
  isSafeUrl,
  MEMBER_KINDS,
  SCHEMA_MESSAGES,
  WORKSHOP_FORMATS,
  WORKSHOP_LANGUAGES,
} from './checks.js';
export type { MemberKind, SchemaMessage, WorkshopFormat, WorkshopLanguage } from './checks.js';

/**
 * A whole number in JavaScript's safe range, reported as `z.int()` reports it (an `int` expected,
 * or the safe bound exceeded). `z.int()` itself pulls zod's table of number formats: 0.4 KiB more
 * in every bundle that parses a summit. `json-schema.ts` writes it as `"type": "integer"`.
 */
const wholeNumber = () =>
  z.number().check(
    z.check<number>((payload) => {
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
    }),
  );

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
  capacity: z.optional(wholeNumber().check(z.positive())),
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
  year: wholeNumber().check(z.gte(YEAR_RANGE[0]), z.lte(YEAR_RANGE[1])),
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
