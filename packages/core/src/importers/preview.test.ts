import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { montreal2023 } from '../samples/montreal-2023.js';
import { parseSummitUnworded } from '../summit/summit.js';
import type { Summit } from '../summit/summit.schema.js';
import { fromFrab } from './frab.js';
import type { ImportResult } from './import-report.js';
import { fromPretalx } from './pretalx.js';
import { previewFeed } from './preview.js';
import { fromSessionize } from './sessionize.js';
import { makeCongress } from './testing/congress.js';
import { fixture } from './testing/support.js';

type Format = 'pretalx' | 'gics';

/** What the agenda shows of a document: imported (unless GICS already) and leniently parsed. */
function summitOf(document: unknown, format: Format): Summit | undefined {
  let input: unknown = document;
  if (format === 'pretalx') {
    const imported: ImportResult = fromPretalx(document);
    if (!imported.ok) return undefined;
    input = imported.summit;
  }
  const parsed = parseSummitUnworded(input, { mode: 'lenient' });
  return parsed.ok ? parsed.summit : undefined;
}

/** A GICS summit document, as a feed holding one would (a JSON round trip). */
function asDocument(summit: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(summit)) as Record<string, unknown>;
}

/**
 * Checks the preview's promise for `document` cut at `count`: the preview's summit holds the
 * whole summit's workshops that start at or before the last of its own starts, deep-equal and
 * in the whole's order, and everything they refer to is equal. Returns the preview's summit;
 * `undefined` when there is none to show (no preview, or one without a valid workshop).
 */
function expectFaithfulPreview(
  document: unknown,
  format: Format,
  count: number,
): Summit | undefined {
  const whole = summitOf(document, format);
  const preview = previewFeed(document, format, count);
  if (preview === undefined) return undefined;
  expect(whole).toBeDefined();
  const part = summitOf(preview, format);
  // A preview whose every session is invalid gives no summit, or an empty one: nothing to show.
  if (!whole || !part || part.workshops.length === 0) return undefined;
  const cut = Math.max(...part.workshops.map((workshop) => Date.parse(workshop.start)));
  const expected = whole.workshops.filter((workshop) => Date.parse(workshop.start) <= cut);
  expect(part.workshops).toEqual(expected);
  // Everything the workshops refer to, and the summit itself, as the whole has them.
  const fieldsOf = (summit: Summit) =>
    Object.fromEntries(
      Object.entries(summit).filter(
        ([key]) => !['workshops', 'members', 'practices'].includes(key),
      ),
    );
  expect(fieldsOf(part)).toEqual(fieldsOf(whole));
  const named = new Set(part.workshops.flatMap((workshop) => workshop.speakerIds));
  for (const id of named) {
    expect(part.members.find((member) => member.id === id)).toEqual(
      whole.members.find((member) => member.id === id),
    );
  }
  return part;
}

/** Counts a cut is tried at: the first few, the first screen, and around the middle. */
function countsFor(total: number): number[] {
  return [...new Set([1, 2, 3, 5, 24, Math.floor(total / 2), total - 1])].filter(
    (count) => count >= 1 && count < total,
  );
}

/** A pretalx widget feed shaped as the page benchmark's: talks of 3 days × 6 rooms, interleaved. */
function benchFeed(count: number): Record<string, unknown> {
  const rooms = 6;
  const days = 3;
  const talks = Array.from({ length: count }, (_, index) => {
    const day = Math.floor(index / rooms) % days;
    const slot = Math.floor(index / (rooms * days));
    const start = Date.UTC(2030, 9, 26 + day, 6, 0) + slot * 25 * 60_000;
    return {
      code: `T${index.toString(36).toUpperCase().padStart(5, '0')}`,
      id: index + 1,
      title: `Atelier fictif ${index + 1}`,
      abstract: 'Une séance inventée.',
      speakers: [`S${index % 40}`],
      track: 1 + (index % 3),
      start: new Date(start).toISOString().replace('Z', '+00:00'),
      end: new Date(start + 20 * 60_000).toISOString().replace('Z', '+00:00'),
      room: 1 + (index % rooms),
      duration: 20,
    };
  });
  return {
    version: 'test',
    timezone: 'Europe/Paris',
    event_start: '2030-10-26',
    event_end: '2030-10-28',
    tracks: [1, 2, 3].map((id) => ({ id, name: { en: `Track ${id}` } })),
    rooms: Array.from({ length: rooms }, (_, index) => ({
      id: index + 1,
      name: `Room ${index + 1}`,
    })),
    speakers: Array.from({ length: 40 }, (_, index) => ({
      code: `S${index}`,
      name: `Intervenante ${index}`,
    })),
    talks,
  };
}

describe('previewFeed on pretalx widget feeds', () => {
  for (const name of ['pretalx', 'pretalx-es'] as const) {
    it(`keeps the ${name} fixture's earliest workshops exactly as the whole has them`, () => {
      const document = fixture(name);
      const talks = (document.talks as unknown[]).length;
      let previews = 0;
      for (const count of countsFor(talks)) {
        if (expectFaithfulPreview(document, 'pretalx', count)) previews += 1;
      }
      expect(previews).toBeGreaterThan(0);
    });
  }

  it('cuts a feed of the benchmark’s shape after the slot of its N-th earliest talk', () => {
    const document = benchFeed(300);
    const part = expectFaithfulPreview(document, 'pretalx', 24);
    // Six rooms start together: the 24th earliest talk ends the fourth slot of the first day.
    expect(part?.workshops).toHaveLength(24);
    const talks = (previewFeed(document, 'pretalx', 24) as { talks: unknown[] }).talks;
    expect(talks).toHaveLength(24);
    // Only the speakers those talks name.
    const speakers = (previewFeed(document, 'pretalx', 24) as { speakers: unknown[] }).speakers;
    expect(speakers.length).toBeLessThanOrEqual(24);
  });

  it('keeps every talk of the slot the cut falls in', () => {
    const document = benchFeed(300);
    const part = expectFaithfulPreview(document, 'pretalx', 22);
    expect(part?.workshops).toHaveLength(24);
  });

  it('names fall back on the whole event’s language, not on the preview’s talks', () => {
    const document = benchFeed(60);
    const talks = document.talks as Array<Record<string, unknown>>;
    // The first day's talks are Spanish, most of the others German: the event's language is German.
    talks.forEach((talk, index) => {
      talk.content_locale = index < 12 ? 'es' : 'de';
    });
    document.tracks = [1, 2, 3].map((id) => ({
      id,
      name: { de: `Spur ${id}`, es: `Pista ${id}` },
    }));
    const part = expectFaithfulPreview(document, 'pretalx', 6);
    expect(part?.themes[0]?.name).toBe('Spur 1');
  });

  it('gives no preview where a talk’s id would depend on the talks before it', () => {
    const reused = benchFeed(60);
    const talks = reused.talks as Array<Record<string, unknown>>;
    talks[59]!.code = talks[0]!.code;
    expect(previewFeed(reused, 'pretalx', 6)).toBeUndefined();

    const rewritten = benchFeed(60);
    (rewritten.talks as Array<Record<string, unknown>>)[3]!.code = 'A B';
    expect(previewFeed(rewritten, 'pretalx', 6)).toBeUndefined();

    // A code shaped like the id a break without code is given, beside such a break.
    const madeLike = benchFeed(60);
    const breakTalks = madeLike.talks as Array<Record<string, unknown>>;
    breakTalks[40]!.code = 'pause-1x4k9qz';
    breakTalks.push({ slot_type: 'break', title: { en: 'Break' }, start: breakTalks[0]!.start });
    expect(previewFeed(madeLike, 'pretalx', 6)).toBeUndefined();
  });

  it('gives no preview when the summit’s dates would come from every talk', () => {
    const document = benchFeed(60);
    delete document.event_end;
    expect(previewFeed(document, 'pretalx', 6)).toBeUndefined();
  });

  it('gives no preview for a start without an offset (its zone may come from an option)', () => {
    const document = benchFeed(60);
    (document.talks as Array<Record<string, unknown>>)[50]!.start = '2030-10-28T09:00:00';
    expect(previewFeed(document, 'pretalx', 6)).toBeUndefined();
  });

  it('keeps every speaker when their ids depend on one another, and stays faithful', () => {
    const document = benchFeed(60);
    const speakers = document.speakers as Array<Record<string, unknown>>;
    // A code reused for someone else, and a speaker without a code who shares a name.
    speakers.push({ code: 'S1', name: 'Quelqu’un d’autre' });
    speakers.push({ name: 'Intervenante 2' });
    const preview = previewFeed(document, 'pretalx', 6) as { speakers: unknown[] };
    expect(preview.speakers).toHaveLength(speakers.length);
    expectFaithfulPreview(document, 'pretalx', 6);
  });

  it('holds on generated feeds: breaks, reused speakers, unlisted references, ties', () => {
    const talkArbitrary = fc.record({
      coded: fc.boolean(),
      slot: fc.integer({ min: 0, max: 12 }),
      room: fc.integer({ min: 1, max: 4 }),
      speaker: fc.integer({ min: 0, max: 9 }),
      track: fc.integer({ min: 0, max: 4 }),
      title: fc.constantFrom('Atelier', 'Pause', 'Table ronde', ''),
      locale: fc.constantFrom('fr', 'en', 'de', undefined),
    });
    fc.assert(
      fc.property(
        fc.array(talkArbitrary, { minLength: 2, maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom('Ana', 'Bo', 'Cy')), {
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 30 }),
        (drafts, people, count) => {
          const document = {
            timezone: 'America/Montreal',
            event_start: '2031-05-01',
            event_end: '2031-05-02',
            tracks: [1, 2, 3].map((id) => ({ id, name: { fr: `Piste ${id}` } })),
            rooms: [1, 2, 3].map((id) => ({ id, name: `Salle ${id}` })),
            speakers: people.map(([code, name]) => ({ code: `P${code}`, name })),
            talks: drafts.map((draft, index) => {
              const start = Date.UTC(2031, 4, 1, 13) + draft.slot * 30 * 60_000;
              return {
                ...(draft.coded ? { code: `C${index}` } : { slot_type: 'break' }),
                title: draft.title === '' ? undefined : { fr: draft.title },
                start: new Date(start).toISOString(),
                end: new Date(start + 25 * 60_000).toISOString(),
                room: draft.room,
                track: draft.track,
                speakers: [`P${draft.speaker}`],
                ...(draft.locale ? { content_locale: draft.locale } : {}),
              };
            }),
          };
          expectFaithfulPreview(document, 'pretalx', count);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('previewFeed on GICS summits', () => {
  const summits: Array<[string, () => unknown]> = [
    ['the Montréal 2023 sample', () => montreal2023],
    [
      'the pretalx fixture, imported',
      () => (fromPretalx(fixture('pretalx')) as { summit: unknown }).summit,
    ],
    ['the frab fixture, imported', () => (fromFrab(fixture('frab')) as { summit: unknown }).summit],
    [
      'the Sessionize fixture, imported',
      () =>
        (
          fromSessionize(fixture('sessionize'), { timeZone: 'America/Toronto' }) as {
            summit: unknown;
          }
        ).summit,
    ],
    [
      'a merged congress that reuses ids, imported',
      () =>
        (
          fromFrab(
            makeCongress({ sessions: 400, rooms: 12, subConferences: 3, days: 4, seed: 7 }).frab,
          ) as { summit: unknown }
        ).summit,
    ],
  ];
  for (const [label, make] of summits) {
    it(`keeps the earliest workshops of ${label} exactly as the whole has them`, () => {
      const document = asDocument(make());
      const total = (document.workshops as unknown[]).length;
      let previews = 0;
      for (const count of countsFor(total)) {
        if (expectFaithfulPreview(document, 'gics', count)) previews += 1;
      }
      expect(previews).toBeGreaterThan(0);
    });
  }

  it('keeps only the members the preview’s workshops name, and no practice', () => {
    const document = asDocument(montreal2023);
    const preview = previewFeed(document, 'gics', 1) as {
      members: unknown[];
      practices: unknown[];
    };
    expect(preview.members.length).toBeLessThan((document.members as unknown[]).length);
    expect(preview.practices).toEqual([]);
  });

  it('gives no preview when a kept workshop’s id is used again (lenient parsing keeps the first valid one)', () => {
    const document = asDocument(montreal2023);
    const workshops = document.workshops as Array<Record<string, unknown>>;
    const earliestFirst = [...workshops].sort(
      (a, b) => Date.parse(a.start as string) - Date.parse(b.start as string),
    );
    workshops.push({ ...earliestFirst.at(-1)!, id: earliestFirst[0]!.id });
    expect(previewFeed(document, 'gics', 1)).toBeUndefined();
  });

  it('holds when records of the whole are invalid or reuse member ids', () => {
    const document = asDocument(montreal2023);
    const workshops = document.workshops as Array<Record<string, unknown>>;
    const members = document.members as Array<Record<string, unknown>>;
    workshops[0] = { ...workshops[0]!, end: workshops[0]!.start };
    members.unshift({ ...members[0]!, name: '' });
    members.push({ ...members[0]!, name: 'Un double' });
    for (const count of countsFor(workshops.length)) expectFaithfulPreview(document, 'gics', count);
  });
});

describe('previewFeed elsewhere', () => {
  it('gives no preview of frab, C3VOC v2 or Sessionize documents, nor of unknown ones', () => {
    const congress = makeCongress({ sessions: 200, rooms: 8, subConferences: 2, days: 3, seed: 3 });
    expect(previewFeed(congress.frab, 'frab', 5)).toBeUndefined();
    expect(previewFeed(congress.v2, 'frab', 5)).toBeUndefined();
    expect(previewFeed(fixture('sessionize'), 'sessionize', 2)).toBeUndefined();
    expect(previewFeed({ talks: 'none' }, 'pretalx', 2)).toBeUndefined();
    expect(previewFeed(null, 'gics', 2)).toBeUndefined();
  });

  it('gives no preview that would hold every session', () => {
    const document = benchFeed(12);
    expect(previewFeed(document, 'pretalx', 12)).toBeUndefined();
    expect(previewFeed(document, 'pretalx', 40)).toBeUndefined();
    expect(previewFeed(document, 'pretalx', 0)).toBeUndefined();
  });
});
