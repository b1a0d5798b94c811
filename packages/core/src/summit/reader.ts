/**
 * `parseSummit`'s reader: checks a record (or the summit's own fields) against the rules of
 * `summit.schema.ts` and builds the same output the zod schemas would, or says what is wrong.
 *
 * Why not zod at run time: the agenda downloads `parseSummit`, and zod/mini's core alone was
 * 6.2 KiB of the 17.1 KiB (min+gzip) that parsing plus the agenda logic cost, against a 14 KiB
 * budget; its issues then needed translating into our problems (0.5 KiB more). It was also the
 * slow part: with `jitless` (no `new Function`, for strict CSPs) zod spent several microseconds
 * on each workshop. The zod schemas remain the published description of the data (types,
 * JSON Schema, validation on a server); `reader.test.ts` holds this reader to them on generated
 * and mutated records: the same records accepted, the same output, the same problems.
 *
 * Each reader runs in one of two modes. Without a problem list it answers as soon as it knows
 * (the common, valid case allocates nothing but the output); with one, it reads everything and
 * lists every problem with its path, as zod reports every issue. `readRecord` tries the first
 * and falls back to the second.
 */
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
  YEAR_RANGE,
} from './checks.js';
import type { SchemaMessage } from './checks.js';
import type { LocalizedText } from './localized-text.js';
import type { ProblemCode, ProblemParams, RecordCollection } from './messages.js';
import { problemOf } from './problem.js';
import type { Problem } from './problem.js';
import { isValidTimeZone } from './time-zone.js';

const FAIL: unique symbol = Symbol('fail');
type Fail = typeof FAIL;
type Path = ReadonlyArray<string | number>;
type Plain = Record<string, unknown>;
/** Problems found so far; `undefined` when only a yes or no is wanted. */
type Out = Problem[] | undefined;
type Read<T> = (value: unknown, path: Path, out: Out) => T | Fail;

/** How a field behaves when absent: `required`, kept absent (`optional`), or filled in. */
export type FieldPresence = 'required' | 'optional' | 'default';

/** One field of a record: its key, its presence, how to read it and, if defaulted, its default. */
export interface Field {
  key: string;
  presence: FieldPresence;
  read: Read<unknown>;
  fallback?: () => unknown;
}

// Same test as zod's object schemas: any non-null object that is not an array.
function isObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function report<C extends ProblemCode>(
  out: Out,
  code: C,
  path: Path,
  params: ProblemParams[C],
): Fail {
  out?.push(problemOf(code, path, params));
  return FAIL;
}

/** `path` + `key`, built only when problems are being listed. */
const at = (path: Path, key: string | number, out: Out): Path => (out ? [...path, key] : path);

/**
 * A value of the wrong type. A missing one is `required`, except for the document itself; some
 * fields say it with their own code (`invalid_datetime`, `invalid_date`).
 */
function wrongType(
  out: Out,
  path: Path,
  value: unknown,
  expected: string,
  own?: SchemaMessage,
): Fail {
  if (value === undefined && path.length > 0) return report(out, 'required', path, {});
  return own
    ? report(out, own, path, { value })
    : report(out, 'invalid_type', path, { expected, value });
}

/** A string that passes `test`, else `code`. */
function stringThat(
  test: (text: string) => boolean,
  code: SchemaMessage,
  typeCode?: SchemaMessage,
): Read<string> {
  return (value, path, out) =>
    typeof value !== 'string'
      ? wrongType(out, path, value, 'string', typeCode)
      : test(value)
        ? value
        : report(out, code, path, { value });
}

const matching = (pattern: RegExp) => (text: string) => pattern.test(text);

const readId = stringThat(matching(ID_PATTERN), 'invalid_id');
const readColor = stringThat(matching(HEX_COLOR_PATTERN), 'invalid_color');
const readCountry = stringThat(matching(COUNTRY_PATTERN), 'invalid_country');
const readDateTime = stringThat(
  matching(DATE_TIME_PATTERN),
  'invalid_datetime',
  'invalid_datetime',
);
const readDate = stringThat(matching(DATE_PATTERN), 'invalid_date', 'invalid_date');
const readUrl = stringThat(isSafeUrl, 'invalid_url');
const readTimeZone = stringThat(isValidTimeZone, 'invalid_time_zone');
const readDayChange = stringThat(matching(DAY_CHANGE_PATTERN), 'invalid_day_change');

/** A BCP 47 tag or `bilingual`, in canonical case. */
const readLanguage: Read<string> = (value, path, out) => {
  if (typeof value !== 'string') return wrongType(out, path, value, 'string');
  return canonicalLanguage(value) ?? report(out, 'invalid_language', path, { value });
};

const readString: Read<string> = (value, path, out) =>
  typeof value === 'string' ? value : wrongType(out, path, value, 'string');

/** Trimmed, then not empty. */
const readNonEmptyString: Read<string> = (value, path, out) => {
  if (typeof value !== 'string') return wrongType(out, path, value, 'string');
  const trimmed = value.trim();
  return trimmed === '' ? report(out, 'empty_text', path, { value: trimmed }) : trimmed;
};

/**
 * `LocalizedText`: a non-empty string (trimmed), or `{ fr?, en? }` with a non-blank language
 * (kept as written). Anything else is neither, and said so in one problem.
 */
const readText: Read<LocalizedText> = (value, path, out) => {
  if (typeof value === 'string') return readNonEmptyString(value, path, out);
  if (!isObject(value)) return report(out, 'invalid_text', path, { value });
  const { fr, en } = value;
  const badFr = fr !== undefined && typeof fr !== 'string';
  const badEn = en !== undefined && typeof en !== 'string';
  if (badFr) wrongType(out, at(path, 'fr', out), fr, 'string');
  if (badEn) wrongType(out, at(path, 'en', out), en, 'string');
  if (badFr || badEn) return FAIL;
  if (!(fr?.trim() || en?.trim())) return report(out, 'empty_text', path, { value });
  // Like zod, keep a language given as `undefined`, and nothing else.
  if (fr !== undefined && en !== undefined) return { fr, en };
  const text: { fr?: string; en?: string } = {};
  if (fr !== undefined || 'fr' in value) text.fr = fr as string | undefined;
  if (en !== undefined || 'en' in value) text.en = en as string | undefined;
  return text;
};

function oneOf<const T extends string>(values: ReadonlyArray<T>): Read<T> {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return (value, path, out) =>
    allowed.has(value)
      ? (value as T)
      : report(out, 'invalid_value', path, { allowed: values, value });
}

/**
 * A whole number from `min` (excluded unless `inclusive`) to `max`, as the schemas' `wholeNumber`
 * with its bounds reports it. Every bound we use is within the safe range, so an unsafe integer
 * always breaks one of them and zod's own safe-range issue is never the one shown.
 */
function wholeNumber(min: number, inclusive: boolean, max: number): Read<number> {
  return (value, path, out) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return wrongType(out, path, value, 'number');
    }
    if (!Number.isInteger(value))
      return report(out, 'invalid_type', path, { expected: 'int', value });
    if (inclusive ? value < min : value <= min) {
      return report(out, 'too_small', path, { origin: 'number', limit: min, inclusive });
    }
    if (value > max)
      return report(out, 'too_big', path, { origin: 'number', limit: max, inclusive: true });
    return value;
  };
}

function arrayOf<T>(read: Read<T>): Read<T[]> {
  return (value, path, out) => {
    if (!Array.isArray(value)) return wrongType(out, path, value, 'array');
    const items: T[] = new Array<T>(value.length);
    let failed = false;
    for (let index = 0; index < value.length; index++) {
      const item = read(value[index], at(path, index, out), out);
      if (item === FAIL) {
        if (!out) return FAIL;
        failed = true;
      } else items[index] = item;
    }
    return failed ? FAIL : items;
  };
}

const readIds = arrayOf(readId);
const readStrings = arrayOf(readString);
const emptyList = (): unknown[] => [];

const field = (
  key: string,
  read: Read<unknown>,
  presence: FieldPresence = 'required',
  fallback?: () => unknown,
): Field => ({ key, presence, read, fallback });
const optional = (key: string, read: Read<unknown>): Field => field(key, read, 'optional');
const withDefault = (key: string, read: Read<unknown>, fallback: () => unknown): Field =>
  field(key, read, 'default', fallback);

/** The fields of a workshop's link; a record of its own in the schemas (`Link`). */
export const LINK_FIELDS: ReadonlyArray<Field> = [
  field('url', readUrl),
  optional('title', readText),
];

const readLinks = arrayOf((value, path, out) => readFields(LINK_FIELDS, value, path, out));

/** The fields of the summit itself and of each record, in the schemas' order. */
export const FIELDS = {
  summit: [
    field('id', readId),
    field('name', readText),
    field('year', wholeNumber(YEAR_RANGE[0], true, YEAR_RANGE[1])),
    optional('city', readString),
    optional('country', readCountry),
    field('timeZone', readTimeZone),
    optional('dayChange', readDayChange),
    field('startDate', readDate),
    field('endDate', readDate),
    optional('venue', readText),
    optional('url', readUrl),
  ],
  rooms: [
    field('id', readId),
    field('name', readText),
    optional('capacity', wholeNumber(0, false, Number.MAX_SAFE_INTEGER)),
  ],
  themes: [
    field('id', readId),
    field('name', readText),
    optional('description', readText),
    optional('color', readColor),
  ],
  workshops: [
    field('id', readId),
    field('title', readText),
    optional('subtitle', readText),
    optional('summary', readText),
    optional('description', readText),
    withDefault('themeIds', readIds, emptyList),
    field('start', readDateTime),
    field('end', readDateTime),
    optional('roomId', readId),
    optional('room', readText),
    withDefault('format', oneOf(WORKSHOP_FORMATS), () => 'workshop'),
    optional('formatLabel', readText),
    optional('language', readLanguage),
    withDefault('speakerIds', readIds, emptyList),
    optional('capacity', wholeNumber(0, false, Number.MAX_SAFE_INTEGER)),
    optional('url', readUrl),
    withDefault('links', readLinks, emptyList),
    withDefault('tags', readStrings, emptyList),
  ],
  members: [
    field('id', readId),
    field('name', readNonEmptyString),
    optional('kind', oneOf(MEMBER_KINDS)),
    optional('organisation', readString),
    optional('country', readCountry),
    optional('city', readString),
    optional('url', readUrl),
    optional('bio', readText),
  ],
  practices: [
    field('id', readId),
    field('title', readText),
    optional('summary', readText),
    optional('body', readText),
    withDefault('themeIds', readIds, emptyList),
    withDefault('authorIds', readIds, emptyList),
    withDefault('tags', readStrings, emptyList),
    optional('url', readUrl),
    optional('date', readDate),
  ],
} satisfies Record<RecordCollection | 'summit', ReadonlyArray<Field>>;

/**
 * Reads `input` with `fields` the way zod's object schema would: unknown keys dropped, an
 * optional key kept (even as `undefined`) only when present, defaults filled in for `undefined`.
 */
function readFields(
  fields: ReadonlyArray<Field>,
  input: unknown,
  path: Path,
  out: Out,
): Plain | Fail {
  if (!isObject(input)) return wrongType(out, path, input, 'object');
  const record: Plain = {};
  let failed = false;
  for (const { key, presence, read, fallback } of fields) {
    const value = input[key];
    let parsed: unknown;
    if (value !== undefined) {
      parsed = read(value, at(path, key, out), out);
    } else if (presence === 'required') {
      parsed = report(out, 'required', at(path, key, out), {});
    } else {
      if (presence === 'default') record[key] = fallback!();
      else if (key in input) record[key] = undefined;
      continue;
    }
    if (parsed === FAIL) {
      if (!out) return FAIL;
      failed = true;
    } else record[key] = parsed;
  }
  return failed ? FAIL : record;
}

/** The record read from `input`, or what is wrong with it (paths start at `path`). */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Reads one record of `collection`, or the summit's own fields (`summit`). Never throws on bad
 * data, but lets through what a throwing getter or proxy throws. */
export function readRecord<T>(
  kind: RecordCollection | 'summit',
  input: unknown,
  path: Path,
): ReadResult<T> {
  const fields = FIELDS[kind];
  const fast = readFields(fields, input, path, undefined);
  if (fast !== FAIL) return { ok: true, value: fast as T };
  const problems: Problem[] = [];
  readFields(fields, input, path, problems);
  return { ok: false, problems };
}
