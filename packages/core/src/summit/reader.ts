/**
 * `parseSummit`'s reader: checks a record (or the summit's own fields) against the rules of
 * `summit.schema.ts` and builds the same output the zod schemas would, or says what is wrong.
 *
 * The zod schemas are the one description of the format; this file holds no field. It holds the
 * readers every kind of field is made of (ids, texts, URLs, whole numbers with bounds, lists,
 * nested records…), and `scripts/write-reader-fields.ts` walks the schemas to write
 * `fields.generated.ts`, the table of every record's fields built from these readers. A test
 * fails when that table is not what the schemas generate, and `reader.test.ts` holds the reader
 * to zod on generated and mutated records: the same records accepted, the same output, the same
 * problems.
 *
 * Why not zod at run time: the agenda downloads `parseSummit` within a tight size budget, and
 * zod/mini's core would be most of it; its issues would then need translating into our problems.
 * It is also slower: with `jitless` (no `new Function`, for strict CSPs) zod spends several
 * microseconds on each workshop. The zod schemas serve everything else: types, the JSON Schema,
 * validation on a server.
 *
 * Each reader runs in one of two modes. Without a problem list it answers as soon as it knows
 * (the common, valid case allocates nothing but the output); with one, it reads everything and
 * lists every problem with its path, as zod reports every issue. `readRecord` tries the first
 * and falls back to the second.
 */
import { canonicalLanguage } from './checks.js';
import type { SchemaMessage } from './checks.js';
import type { LocalizedText } from './localized-text.js';
import type { ProblemCode, ProblemParams } from './messages.js';
import { problemOf } from './problem.js';
import type { Problem } from './problem.js';

const FAIL: unique symbol = Symbol('fail');
/** What a reader returns for a value it refuses. */
export type Fail = typeof FAIL;
/** Where a value sits in the document, from its root. */
export type Path = ReadonlyArray<string | number>;
type Plain = Record<string, unknown>;
/** Problems found so far; `undefined` when only a yes or no is wanted. */
export type Out = Problem[] | undefined;
/**
 * Reads one value at `path`: the value as the schema outputs it, or `FAIL` after listing its
 * problems in `out` (when there is a list).
 */
export type Read<T> = (value: unknown, path: Path, out: Out) => T | Fail;

/** How a field behaves when absent: `required`, kept absent (`optional`), or filled in. */
export type FieldPresence = 'required' | 'optional' | 'default';

/** One field of a record: its key, its presence, how to read it and, if defaulted, its default. */
export interface Field {
  key: string;
  presence: FieldPresence;
  read: Read<unknown>;
  fallback?: () => unknown;
}

/**
 * Whether `value` is an object that can hold fields: not `null`, not an array (zod's object
 * schemas test the same). The summit and community parsers use it too.
 */
export function isObject(value: unknown): value is Plain {
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

/**
 * A string that passes `test`, else `code`; a value that is not a string is `typeCode` when the
 * schema gives one (`z.string('invalid_date')`), else `invalid_type`.
 */
export function stringThat(
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

/** The test of a string against `pattern`, for `stringThat`. */
export const matching = (pattern: RegExp) => (text: string) => pattern.test(text);

/** `LanguageTag`: a BCP 47 tag or `bilingual`, in canonical case. */
export const readLanguage: Read<string> = (value, path, out) => {
  if (typeof value !== 'string') return wrongType(out, path, value, 'string');
  return canonicalLanguage(value) ?? report(out, 'invalid_language', path, { value });
};

/** A string, any string. */
export const readString: Read<string> = (value, path, out) =>
  typeof value === 'string' ? value : wrongType(out, path, value, 'string');

/** A string trimmed, then not empty (a member's `name`). */
export const readNonEmptyString: Read<string> = (value, path, out) => {
  if (typeof value !== 'string') return wrongType(out, path, value, 'string');
  const trimmed = value.trim();
  return trimmed === '' ? report(out, 'empty_text', path, { value: trimmed }) : trimmed;
};

/**
 * `LocalizedText`: a non-empty string (trimmed), or `{ fr?, en? }` with a non-blank language
 * (kept as written). Anything else is neither, and said so in one problem.
 */
export const readText: Read<LocalizedText> = (value, path, out) => {
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

/** One of `values` (a `z.enum`). */
export function oneOf<const T extends string>(values: ReadonlyArray<T>): Read<T> {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return (value, path, out) =>
    allowed.has(value)
      ? (value as T)
      : report(out, 'invalid_value', path, { allowed: values, value });
}

/**
 * A whole number from `min` (excluded unless `inclusive`) to `max`, as a number with the schemas'
 * `WHOLE_NUMBER` check and these bounds reports it. The generator gives bounds within the safe
 * range (the safe range itself when the schema sets none), so an unsafe integer always breaks
 * one of them and zod's own safe-range issue is never the one shown.
 */
export function wholeNumber(min: number, inclusive: boolean, max: number): Read<number> {
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

/**
 * A finite number from `min` to `max` (each included when its flag says so), as `z.number()`
 * with `z.gte`/`z.gt` and `z.lte`/`z.lt` reports it; a latitude, say. Unbounded sides are
 * `-Infinity` and `Infinity`.
 */
export function numberWithin(
  min: number,
  minIncluded: boolean,
  max: number,
  maxIncluded: boolean,
): Read<number> {
  return (value, path, out) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return wrongType(out, path, value, 'number');
    }
    if (minIncluded ? value < min : value <= min) {
      return report(out, 'too_small', path, {
        origin: 'number',
        limit: min,
        inclusive: minIncluded,
      });
    }
    if (maxIncluded ? value > max : value >= max) {
      return report(out, 'too_big', path, { origin: 'number', limit: max, inclusive: maxIncluded });
    }
    return value;
  };
}

/** `true` or `false` (a `z.boolean`). */
export const readBoolean: Read<boolean> = (value, path, out) =>
  typeof value === 'boolean' ? value : wrongType(out, path, value, 'boolean');

/** A list of values each read by `read` (a `z.array`). */
export function arrayOf<T>(read: Read<T>): Read<T[]> {
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

/** The default of a list: a new empty one each time, as zod's `[]` default gives. */
export const emptyList = (): unknown[] => [];

/** A required field: absent, it is a problem. */
export const field = (
  key: string,
  read: Read<unknown>,
  presence: FieldPresence = 'required',
  fallback?: () => unknown,
): Field => ({ key, presence, read, fallback });

/** An optional field (`z.optional`): absent, it stays absent. */
export const optional = (key: string, read: Read<unknown>): Field => field(key, read, 'optional');

/** A field with a default (`z._default`): absent, `fallback()` fills it in. */
export const withDefault = (key: string, read: Read<unknown>, fallback: () => unknown): Field =>
  field(key, read, 'default', fallback);

/** A nested record (a `z.object` inside a record, as a workshop's links) read with `fields`. */
export const record =
  (fields: ReadonlyArray<Field>): Read<Plain> =>
  (value, path, out) =>
    readFields(fields, value, path, out);

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

/**
 * Reads one record (or the summit's own fields) with its `fields` from `fields.generated.ts`.
 * Never throws on bad data, but lets through what a throwing getter or proxy throws.
 */
export function readRecord<T>(
  fields: ReadonlyArray<Field>,
  input: unknown,
  path: Path,
): ReadResult<T> {
  const fast = readFields(fields, input, path, undefined);
  if (fast !== FAIL) return { ok: true, value: fast as T };
  const problems: Problem[] = [];
  readFields(fields, input, path, problems);
  return { ok: false, problems };
}
