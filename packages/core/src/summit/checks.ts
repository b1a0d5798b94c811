/**
 * The rules a summit's values follow, written once without zod: the zod schemas
 * (`summit.schema.ts`) and `parseSummit`'s reader (`reader.ts`) both use them, so a browser
 * that only parses summits never downloads zod.
 */
import { isWebUrl } from './web-url.js';

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
  'invalid_language',
  'invalid_day_change',
] as const;
export type SchemaMessage = (typeof SCHEMA_MESSAGES)[number];

/** What an `Id` looks like. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:~-]*$/;
/** What a `HexColor` looks like. */
export const HEX_COLOR_PATTERN = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
/** What a summit's `dayChange` looks like: a 24-hour wall-clock time, `HH:MM`. */
export const DAY_CHANGE_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
/**
 * What a workshop's `language` looks like before `Intl` checks it: a BCP 47 tag's shape
 * (`fr`, `pt-BR`, `zh-Hant`), or the word `bilingual`.
 */
export const LANGUAGE_PATTERN = /^(?:bilingual|[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/;
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
    const url = new URL(value);
    return isWebUrl(url) || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** What kind of session a workshop is; `other` when no kind fits (see `formatLabel`). */
export const WORKSHOP_FORMATS = [
  'workshop',
  'plenary',
  'keynote',
  'talk',
  'panel',
  'networking',
  'other',
] as const;
export type WorkshopFormat = (typeof WORKSHOP_FORMATS)[number];

/** Whether a workshop takes place; absent means `scheduled`. */
export const WORKSHOP_STATUSES = ['scheduled', 'cancelled'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

/**
 * The well-known values of a workshop's `language`, for documentation and stories: any BCP 47
 * tag is accepted, and `bilingual` means French and English.
 */
export const WORKSHOP_LANGUAGES = ['fr', 'en', 'bilingual'] as const;
/** A BCP 47 language tag in canonical case (`fr`, `pt-BR`, `zh-Hant`), or `bilingual`. */
export type WorkshopLanguage = string;

const canonicalLanguages = new Map<string, string | undefined>();

/**
 * `value` as a workshop's language in canonical case (`pt-br` → `pt-BR`, as
 * `Intl.getCanonicalLocales` writes it; `bilingual` as is), or `undefined` when it is neither a
 * BCP 47 tag `Intl` accepts nor `bilingual`.
 */
export function canonicalLanguage(value: string): string | undefined {
  if (canonicalLanguages.has(value)) return canonicalLanguages.get(value);
  let canonical: string | undefined;
  if (value === 'bilingual') canonical = value;
  else if (LANGUAGE_PATTERN.test(value)) {
    try {
      canonical = Intl.getCanonicalLocales(value)[0];
    } catch {
      // Shaped like a tag but not one (`en-a`, a singleton with nothing after it).
    }
  }
  canonicalLanguages.set(value, canonical);
  return canonical;
}

export const MEMBER_KINDS = ['cooperative', 'mutual', 'academic', 'individual', 'other'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/** Bounds of a summit's `year`. */
export const YEAR_RANGE = [2000, 2200] as const;
