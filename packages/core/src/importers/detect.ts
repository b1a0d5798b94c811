/**
 * Which schedule format a JSON document is in, judged by its shape alone (a few property
 * lookups, no validation), so a host app or the CLI can pick the importer to run:
 *
 * - `frab`: `schedule.conference` with a `days` list (frab, C3VOC, pretalx's `schedule.json`), or
 *   a `schedule.events` list (C3VOC schedule v2, whose days hold no events); `fromFrab` reads both;
 * - `pretalx`: a `talks` list beside `timezone` or `event_start` (the pretalx widget JSON);
 * - `sessionize`: `sessions` and `speakers` lists beside `categories` or `rooms` (All Data);
 * - `gics`: our own summit file, with `timeZone` and `startDate` or a `workshops` list;
 * - `unknown`: anything else, including non-objects. Never throws.
 */
import type { SourceFormat } from './import-report.js';
import { field, isRecord } from './source-values.js';

/** The format of `json`, judged by its shape; `unknown` when it is none GICS Kit reads. */
export function detectFormat(json: unknown): SourceFormat {
  try {
    if (!isRecord(json)) return 'unknown';
    const schedule = field(json, 'schedule');
    const conference = isRecord(schedule) ? field(schedule, 'conference') : undefined;
    if (isRecord(conference) && Array.isArray(field(conference, 'days'))) return 'frab';
    if (isRecord(schedule) && Array.isArray(field(schedule, 'events'))) return 'frab';
    const has = (key: string) => Array.isArray(field(json, key));
    if (
      has('talks') &&
      (field(json, 'timezone') !== undefined || field(json, 'event_start') !== undefined)
    ) {
      return 'pretalx';
    }
    if (has('sessions') && has('speakers') && (has('categories') || has('rooms')))
      return 'sessionize';
    if (
      typeof field(json, 'timeZone') === 'string' &&
      (typeof field(json, 'startDate') === 'string' || has('workshops'))
    ) {
      return 'gics';
    }
    return 'unknown';
  } catch {
    return 'unknown';
  }
}
