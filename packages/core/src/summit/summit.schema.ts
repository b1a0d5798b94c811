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

/** What an `Id` looks like. Shared with `parseSummit`'s fast path, like the two below. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:~-]*$/;
/** What a `HexColor` looks like. */
export const HEX_COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
/** What a `CountryCode` looks like. */
export const COUNTRY_PATTERN = /^[A-Z]{2}$/;

// A real calendar date, leap years included (the same rule as zod's `z.iso.date`). Written here
// rather than taken from `z.iso`, whose builders weigh more than the two patterns they produce.
const DATE =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8])))';
/** What a `CalendarDate` looks like: `YYYY-MM-DD`, a date that exists. */
export const DATE_PATTERN = /* @__PURE__ */ new RegExp(`^${DATE}$`);
/** What a `DateTimeWithOffset` looks like: seconds required, fraction optional, `Z` or `±hh:mm`. */
export const DATE_TIME_PATTERN = /* @__PURE__ */ new RegExp(
  `^${DATE}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`,
);

/** Whether `value` is an `http:`, `https:` or `mailto:` URL (the `SafeUrl` check). */
export function isSafeUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

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
  year: wholeNumber().check(z.gte(2000), z.lte(2200)),
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
