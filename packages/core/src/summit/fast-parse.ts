/**
 * Accept-only fast path for the four kinds of records, used by `parseSummit` before zod.
 *
 * Why: with `jitless` (no `new Function`, for strict CSPs), zod/mini spends several microseconds
 * on each workshop, most of it allocating per-field results and trying `LocalizedText`'s union
 * branches: 10,000 workshops took 55–120 ms on a loaded 2-core machine, 15–30 ms with this path.
 * These functions read a record once, build the same output zod would, and answer `undefined` at
 * the first thing they do not recognise as valid. They never reject and never explain: for
 * anything short of plainly valid, `parseSummit` asks zod, which stays the single authority on
 * what is wrong and how to say it.
 *
 * They reuse the schema's own patterns and checks, and `fast-parse.test.ts` holds them to zod's
 * output on generated and mutated records, and to the schemas' list of fields, so a field added
 * to `summit.schema.ts` without its twin here fails the tests rather than being dropped silently.
 */
import type { LocalizedText, Member, Practice, Theme, Workshop } from './summit.schema.js';
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
} from './summit.schema.js';

const FAIL: unique symbol = Symbol('fail');
type Fail = typeof FAIL;
type Read<T> = (value: unknown) => T | Fail;
type Plain = Record<string, unknown>;

/** How a field behaves when absent: `required`, kept absent (`optional`), or filled in. */
export type FieldPresence = 'required' | 'optional' | 'default';

/** One field of a record: its key, its presence, how to read it and, if defaulted, its default. */
export interface FastField {
  key: string;
  presence: FieldPresence;
  read: Read<unknown>;
  fallback?: () => unknown;
}

// Same test as zod's object schemas: any non-null object that is not an array.
function isObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matcher(pattern: RegExp | undefined): Read<string> {
  // A schema without a pattern we can read gets no fast path: zod handles every value.
  if (!pattern) return () => FAIL;
  return (value) => (typeof value === 'string' && pattern.test(value) ? value : FAIL);
}

const readId = matcher(ID_PATTERN);
const readColor = matcher(HEX_COLOR_PATTERN);
const readCountry = matcher(COUNTRY_PATTERN);
const readDateTime = matcher(DATE_TIME_PATTERN);
const readDate = matcher(DATE_PATTERN);

const readString: Read<string> = (value) => (typeof value === 'string' ? value : FAIL);

const readNonEmptyString: Read<string> = (value) => {
  if (typeof value !== 'string') return FAIL;
  const trimmed = value.trim();
  return trimmed === '' ? FAIL : trimmed;
};

const readUrl: Read<string> = (value) =>
  typeof value === 'string' && isSafeUrl(value) ? value : FAIL;

const readPositiveInt: Read<number> = (value) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : FAIL;

const readText: Read<LocalizedText> = (value) => {
  if (typeof value === 'string') return readNonEmptyString(value);
  if (!isObject(value)) return FAIL;
  const { fr, en } = value;
  if (fr !== undefined && typeof fr !== 'string') return FAIL;
  if (en !== undefined && typeof en !== 'string') return FAIL;
  if (!(fr?.trim() || en?.trim())) return FAIL;
  // Like zod, keep a language given as `undefined`, and nothing else.
  if (fr !== undefined && en !== undefined) return { fr, en };
  const text: { fr?: string; en?: string } = {};
  if (fr !== undefined || 'fr' in value) text.fr = fr;
  if (en !== undefined || 'en' in value) text.en = en;
  return text;
};

function oneOf<const T extends string>(values: ReadonlyArray<T>): Read<T> {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return (value) => (allowed.has(value) ? (value as T) : FAIL);
}

function arrayOf<T>(read: Read<T>): Read<T[]> {
  return (value) => {
    if (!Array.isArray(value)) return FAIL;
    const items: T[] = new Array<T>(value.length);
    for (let index = 0; index < value.length; index++) {
      const item = read(value[index]);
      if (item === FAIL) return FAIL;
      items[index] = item;
    }
    return items;
  };
}

const readIds = arrayOf(readId);
const readStrings = arrayOf(readString);
const emptyList = (): unknown[] => [];

const required = (key: string, read: Read<unknown>): FastField => ({
  key,
  presence: 'required',
  read,
});
const optional = (key: string, read: Read<unknown>): FastField => ({
  key,
  presence: 'optional',
  read,
});
const withDefault = (key: string, read: Read<unknown>, fallback: () => unknown): FastField => ({
  key,
  presence: 'default',
  read,
  fallback,
});

/** The fields of each record, in the schemas' order. */
export const FAST_FIELDS = {
  themes: [
    required('id', readId),
    required('name', readText),
    optional('description', readText),
    optional('color', readColor),
  ],
  workshops: [
    required('id', readId),
    required('title', readText),
    optional('summary', readText),
    optional('description', readText),
    withDefault('themeIds', readIds, emptyList),
    required('start', readDateTime),
    required('end', readDateTime),
    optional('room', readText),
    withDefault('format', oneOf(WORKSHOP_FORMATS), () => 'workshop'),
    optional('language', oneOf(WORKSHOP_LANGUAGES)),
    withDefault('speakerIds', readIds, emptyList),
    optional('capacity', readPositiveInt),
    optional('url', readUrl),
    withDefault('tags', readStrings, emptyList),
  ],
  members: [
    required('id', readId),
    required('name', readNonEmptyString),
    withDefault('kind', oneOf(MEMBER_KINDS), () => 'individual'),
    optional('organisation', readString),
    optional('country', readCountry),
    optional('city', readString),
    optional('url', readUrl),
    optional('bio', readText),
  ],
  practices: [
    required('id', readId),
    required('title', readText),
    optional('summary', readText),
    optional('body', readText),
    withDefault('themeIds', readIds, emptyList),
    withDefault('authorIds', readIds, emptyList),
    withDefault('tags', readStrings, emptyList),
    optional('url', readUrl),
    optional('date', readDate),
  ],
} satisfies Record<string, ReadonlyArray<FastField>>;

/**
 * Reads `input` with `fields` the way zod's object schema would: unknown keys dropped, an
 * optional key kept (even as `undefined`) only when present, defaults filled in for `undefined`.
 */
function readRecord(fields: ReadonlyArray<FastField>, input: unknown): Plain | undefined {
  if (!isObject(input)) return undefined;
  const record: Plain = {};
  for (const { key, presence, read, fallback } of fields) {
    const value = input[key];
    if (value === undefined) {
      if (presence === 'required') return undefined;
      if (presence === 'default') record[key] = fallback!();
      else if (key in input) record[key] = undefined;
      continue;
    }
    const parsed = read(value);
    if (parsed === FAIL) return undefined;
    record[key] = parsed;
  }
  return record;
}

/** Each record kind's fast path: the parsed record, or `undefined` to let zod decide. */
export const fastParse = {
  themes: (input: unknown) => readRecord(FAST_FIELDS.themes, input) as Theme | undefined,
  workshops: (input: unknown) => readRecord(FAST_FIELDS.workshops, input) as Workshop | undefined,
  members: (input: unknown) => readRecord(FAST_FIELDS.members, input) as Member | undefined,
  practices: (input: unknown) => readRecord(FAST_FIELDS.practices, input) as Practice | undefined,
};
