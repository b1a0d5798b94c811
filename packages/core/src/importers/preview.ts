/**
 * A feed's *preview*: the same document cut down to its earliest sessions, so a page can import
 * and show the first screen of a large programme before it has read the whole.
 *
 *   previewFeed(json, format, count)
 *     → the start of the `count`-th earliest session (the cut)
 *     → a document OF THE SAME FORMAT holding every session that starts at or before the cut, in
 *       the document's order (so each slot in it is complete), and what they refer to
 *     → read by the very same importer and lenient parse as the whole
 *
 * The promise (tested on every fixture, property-tested on generated feeds): the preview's
 * summit holds exactly the whole summit's workshops that start at or before the cut, each one
 * deep-equal to the whole's (id, times, zone, room, speakers, themes, texts), in the same order;
 * the members, themes and rooms they refer to are equal too, and so are the summit's id, name,
 * zone and dates. Wherever an importer derives something from the whole document, the preview
 * either carries what the whole gives or there is no preview (`undefined`):
 *
 * - **pretalx widget JSON**: every track and room is kept (their ids and palette colours follow
 *   their order); the event's language (which names fall back on) is the whole's, written as
 *   `content_locales`; talk codes must be valid ids used once each (a code used twice, or one
 *   shaped like an id made for a break, would take its id by position); the speakers kept are
 *   those the preview's talks name, with every entry of each code, when every named speaker has
 *   a code that is a valid id and one name per code, else every speaker is kept; `event_start`
 *   and `event_end` must be readable (else the summit's dates come from all the talks); a start
 *   without an offset gives no preview (its instant depends on a zone an option may give).
 * - **GICS summit JSON**: every room and theme is kept, the members the preview's workshops name
 *   (every entry of each id: lenient parsing keeps the first valid one), no practice; a
 *   workshop's id used by another workshop gives no preview (lenient parsing keeps the first
 *   valid one of them, which may be a later one).
 * - **frab, C3VOC and Sessionize**: no preview. frab's day change is chosen from every session of
 *   every day, persons are merged across the whole document, and Sessionize's theme category is
 *   guessed from all of them: a part could give other answers than the whole.
 *
 * Breaks in pretalx have no code: their ids are made from their start, room and title, and a
 * slot's breaks are kept or left out together. Two breaks of different starts that share a
 * title's slug and a 32-bit hash of start, room and title would take the second id by position;
 * such a pair, odds of one in billions, is not looked for.
 */
import type { SourceFormat } from './import-report.js';
import { isValidId } from './ids.js';
import { parseCalendarDate, parseDateTime } from './datetime.js';
import { eventLanguage } from './pretalx-language.js';
import { personNameKey } from './summit-builder.js';
import { field, isRecord, list, text, textField, type SourceRecord } from './source-values.js';

/** A session of a document with its instant, when it has a readable one. */
interface Timed {
  record: SourceRecord;
  startMs: number;
}

/**
 * A preview of `json`, a document in `format`: the same format holding every session that starts
 * at or before the start of its `count`-th earliest one. `undefined` when the format has no
 * preview, the document does not allow one (see the file's header), or it would hold every
 * session anyway.
 */
export function previewFeed(json: unknown, format: SourceFormat, count: number): unknown {
  try {
    if (format === 'pretalx') return previewPretalx(json, count);
    if (format === 'gics') return previewSummit(json, count);
    return undefined;
  } catch {
    return undefined;
  }
}

/** The instant of an ISO date-time with an offset (or `Z`); `undefined` for any other text. */
function instantOf(value: unknown): number | undefined {
  const raw = text(value);
  const parsed = raw === undefined ? undefined : parseDateTime(raw);
  return parsed?.kind === 'instant' ? parsed.epochMs : undefined;
}

/**
 * The sessions of `sessions` that start at or before the `count`-th earliest start, in their
 * order; `undefined` when that is all of them. `startOf` reads a session's instant: `undefined`
 * leaves it out (the importer and the parse leave it out too), `null` refuses the preview.
 */
function earliest(
  sessions: readonly unknown[],
  count: number,
  startOf: (record: SourceRecord) => number | undefined | null,
): Timed[] | undefined {
  const timed: Timed[] = [];
  for (const session of sessions) {
    if (!isRecord(session)) continue;
    const startMs = startOf(session);
    if (startMs === null) return undefined;
    if (startMs !== undefined) timed.push({ record: session, startMs });
  }
  if (!(count >= 1) || timed.length <= count) return undefined;
  const starts = Float64Array.from(timed, (session) => session.startMs).sort();
  const cut = starts[Math.floor(count) - 1]!;
  const kept = timed.filter((session) => session.startMs <= cut);
  return kept.length < timed.length ? kept : undefined;
}

/** Whether `value` names a calendar date the importer reads (a date, or a date-time). */
function readableDate(value: string | undefined): boolean {
  if (value === undefined) return false;
  return parseCalendarDate(value) !== undefined || parseDateTime(value)?.kind === 'instant';
}

/** Shaped like the id the importer makes for a session without a code (`pause-1x4k9qz`). */
const MADE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/** A pretalx widget document's preview (see the file's header). */
export function previewPretalx(json: unknown, count: number): unknown {
  if (!isRecord(json) || !Array.isArray(field(json, 'talks'))) return undefined;
  if (!readableDate(textField(json, 'event_start'))) return undefined;
  if (!readableDate(textField(json, 'event_end'))) return undefined;
  const talks = list(field(json, 'talks'));

  // Every talk's code, once each and as it is: then no id depends on the talks before it.
  const codes = new Set<string>();
  let codeless = false;
  for (const talk of talks) {
    if (!isRecord(talk)) continue;
    const code = textField(talk, 'code');
    if (code === undefined) {
      codeless = true;
      continue;
    }
    if (!isValidId(code) || codes.has(code)) return undefined;
    codes.add(code);
  }
  if (codeless && [...codes].some((code) => MADE_ID.test(code))) return undefined;

  // The talks of a slot share their start's text: each text is read once.
  const instants = new Map<string, number | undefined | null>();
  const kept = earliest(talks, count, (talk) => {
    const start = textField(talk, 'start');
    if (start === undefined) return undefined;
    if (instants.has(start)) return instants.get(start);
    const parsed = parseDateTime(start);
    const instant =
      parsed === undefined ? undefined : parsed.kind === 'instant' ? parsed.epochMs : null;
    instants.set(start, instant);
    return instant;
  });
  if (!kept) return undefined;

  const preview: Record<string, unknown> = {
    ...json,
    talks: kept.map((talk) => talk.record),
    speakers: speakersFor(list(field(json, 'speakers')), kept),
  };
  const language = eventLanguage(json);
  if (language !== undefined) preview.content_locales = [language];
  return preview;
}

/**
 * The speakers the `kept` talks name, every entry of each code in the document's order, when
 * every speaker with a name has a code that is a valid id and the same name wherever the code
 * comes back: their members' ids are then their codes, whatever else is listed. Otherwise all of
 * `speakers`, whose merging the preview then repeats exactly.
 */
function speakersFor(speakers: readonly unknown[], kept: readonly Timed[]): readonly unknown[] {
  const named = new Set<string>();
  for (const { record } of kept) {
    for (const speaker of list(field(record, 'speakers'))) {
      const code = isRecord(speaker) ? textField(speaker, 'code') : text(speaker);
      if (code !== undefined) named.add(code);
    }
  }
  const nameOfCode = new Map<string, string>();
  const chosen: unknown[] = [];
  for (const speaker of speakers) {
    if (!isRecord(speaker)) continue;
    const code = textField(speaker, 'code');
    const name = textField(speaker, 'name');
    // A speaker without a name makes no member, and no talk finds one through them.
    if (name === undefined) continue;
    if (code === undefined || !isValidId(code)) return speakers;
    const key = personNameKey(name);
    const known = nameOfCode.get(code);
    if (known !== undefined && known !== key) return speakers;
    nameOfCode.set(code, key);
    if (named.has(code)) chosen.push(speaker);
  }
  return chosen;
}

/** A GICS summit document's preview (see the file's header). */
export function previewSummit(json: unknown, count: number): unknown {
  if (!isRecord(json) || !Array.isArray(field(json, 'workshops'))) return undefined;
  const workshops = list(field(json, 'workshops'));
  const kept = earliest(workshops, count, (workshop) => instantOf(field(workshop, 'start')));
  if (!kept) return undefined;

  const uses = new Map<unknown, number>();
  for (const workshop of workshops) {
    if (!isRecord(workshop)) continue;
    const id = field(workshop, 'id');
    uses.set(id, (uses.get(id) ?? 0) + 1);
  }
  const named = new Set<unknown>();
  for (const { record } of kept) {
    if (uses.get(field(record, 'id'))! > 1) return undefined;
    for (const id of list(field(record, 'speakerIds'))) named.add(id);
  }
  const members = list(field(json, 'members')).filter(
    (member) => isRecord(member) && named.has(field(member, 'id')),
  );
  return {
    ...json,
    workshops: kept.map((workshop) => workshop.record),
    members,
    practices: [],
  };
}
