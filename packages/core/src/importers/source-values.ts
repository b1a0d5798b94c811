/**
 * Safe readers for JSON of unknown shape. Importers receive `unknown` and must never throw, so
 * they read every field through these: a wrong type reads as `undefined`, never as a crash.
 * Only own, plain data properties are read; `String()` is never called on an object (a
 * `toString` key in hostile input would make it throw).
 */

export type SourceRecord = Readonly<Record<string, unknown>>;

/** Where a value stands in the source document: the keys and indexes from its root. */
export type Path = ReadonlyArray<string | number>;

export function isRecord(value: unknown): value is SourceRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of `record`, or `undefined` (inherited ones such as `constructor` are ignored). */
export function field(record: SourceRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A trimmed, non-empty string; numbers are written out (ids are often integers). */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** `text(record[key])`. */
export function textField(record: SourceRecord, key: string): string | undefined {
  return text(field(record, key));
}

/** An array, or an empty one. */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A finite number (numeric strings accepted), or `undefined`. */
export function numberValue(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

/** The own enumerable entries of a record, as a list (for frab's `rooms: { [name]: events }`). */
export function entries(value: unknown): Array<[string, unknown]> {
  return isRecord(value) ? Object.entries(value) : [];
}
