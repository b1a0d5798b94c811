/**
 * Shared by the importer tests (never imported by the library): the fixtures, a check that an
 * import produced a summit the schema accepts and whose references hold, and a fast-check
 * arbitrary that damages a document at one random place.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { Summit, type SummitInput } from '../../summit/summit.schema.js';
import frabFixture from '../fixtures/frab-schedule.json' with { type: 'json' };
import pretalxFixture from '../fixtures/pretalx-widget.json' with { type: 'json' };
import pretalxSpanishFixture from '../fixtures/pretalx-widget-es.json' with { type: 'json' };
import sessionizeFixture from '../fixtures/sessionize-all.json' with { type: 'json' };
import type { ImportNote, ImportResult } from '../import-report.js';

/** A fresh copy of a fixture, safe to modify. */
export function fixture(
  name: 'frab' | 'pretalx' | 'pretalx-es' | 'sessionize',
): Record<string, unknown> {
  const source = {
    frab: frabFixture,
    pretalx: pretalxFixture,
    'pretalx-es': pretalxSpanishFixture,
    sessionize: sessionizeFixture,
  }[name];
  return structuredClone(source) as Record<string, unknown>;
}

/** The name of the room a workshop refers to, in English (or its only name). */
export function roomName(
  summit: Summit,
  workshop: Summit['workshops'][number],
): string | undefined {
  const room = summit.rooms.find((item) => item.id === workshop.roomId);
  if (room === undefined) return undefined;
  return typeof room.name === 'string' ? room.name : (room.name.en ?? room.name.fr);
}

/** The names of a workshop's speakers, sorted. */
export function speakerNames(summit: Summit, workshop: Summit['workshops'][number]): string[] {
  return workshop.speakerIds
    .map((id) => summit.members.find((member) => member.id === id)?.name ?? `?${id}`)
    .sort();
}

/** Asserts the import succeeded and returns the summit and its notes. */
export function expectImported(result: ImportResult): { summit: Summit; notes: ImportNote[] } {
  if (!result.ok) {
    throw new Error(`Import failed: ${result.problems.map((p) => p.message.en).join(' / ')}`);
  }
  const summit = expectValidSummit(result.summit);
  return { summit, notes: result.notes };
}

/** Asserts the schema accepts `input` and that ids are unique and references resolve. */
export function expectValidSummit(input: SummitInput): Summit {
  const parsed = Summit.safeParse(input);
  if (!parsed.success) {
    throw new Error(`Summit rejected by the schema: ${JSON.stringify(parsed.error.issues)}`);
  }
  const summit = parsed.data;
  for (const list of [summit.themes, summit.rooms, summit.workshops, summit.members]) {
    const ids = list.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  }
  const themeIds = new Set(summit.themes.map((theme) => theme.id));
  const memberIds = new Set(summit.members.map((member) => member.id));
  const roomIds = new Set(summit.rooms.map((room) => room.id));
  for (const workshop of summit.workshops) {
    if (workshop.roomId !== undefined) expect(roomIds.has(workshop.roomId)).toBe(true);
    for (const id of workshop.themeIds) expect(themeIds.has(id)).toBe(true);
    for (const id of workshop.speakerIds) expect(memberIds.has(id)).toBe(true);
    expect(Date.parse(workshop.end)).toBeGreaterThan(Date.parse(workshop.start));
  }
  expect(summit.startDate <= summit.endDate).toBe(true);
  return summit;
}

/** Asserts every note (or problem) reads well in both languages. */
export function expectWellWritten(
  messages: ReadonlyArray<{ message: { fr: string; en: string } }>,
): void {
  for (const { message } of messages) {
    expect(message.fr.trim()).not.toBe('');
    expect(message.en.trim()).not.toBe('');
    // French typography: a narrow no-break space, never a plain one, before « : ; ! ? » and »,
    // and after «. (Quoted values may hold anything, so they are cut out first.)
    const prose = message.fr.replace(/«\u202f[^»]*\u202f»/g, '«\u202fx\u202f»');
    expect(prose).not.toMatch(/ [:;!?»]/);
    expect(prose).not.toMatch(/« /);
    expect(message.en).not.toMatch(/\u202f/);
  }
}

/** The workshop with this id (throws if there is none). */
export function workshop(summit: Summit, id: string): Summit['workshops'][number] {
  const found = summit.workshops.find((item) => item.id === id);
  if (!found) throw new Error(`No workshop ${id}`);
  return found;
}

/** `where`, `code` pairs, for comparing the notes of an import at a glance. */
export function noteList(notes: readonly ImportNote[]): string[] {
  return notes.map((note) => `${note.code} @ ${note.where}`);
}

type Json = unknown;

function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const found: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, index) => found.push(...paths(item, [...prefix, index])));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  }
  return found;
}

function replaceAt(value: Json, path: ReadonlyArray<string | number>, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  }
  if (typeof value === 'object' && value !== null && typeof head === 'string') {
    return {
      ...value,
      [head]: replaceAt((value as Record<string, Json>)[head], rest, replacement),
    };
  }
  return value;
}

/** `document` with the value at one random place (root excluded) replaced by anything. */
export function damaged(document: Json): fc.Arbitrary<Json> {
  const all = paths(document).filter((path) => path.length > 0);
  return fc
    .tuple(
      fc.constantFrom(...all),
      fc.anything({ withNullPrototype: true, withObjectString: true }),
    )
    .map(([path, replacement]) => replaceAt(document, path, replacement));
}
