import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromC3vocV2 } from './c3voc-v2.js';
import { fromFrab } from './frab.js';
import v2Fixture from './fixtures/c3voc-schedule-v2.json' with { type: 'json' };
import { makeCongress } from './testing/congress.js';
import {
  damaged,
  expectImported,
  expectValidSummit,
  expectWellWritten,
  noteList,
  workshop,
} from './testing/support.js';

const fixture = () => structuredClone(v2Fixture) as unknown as Record<string, unknown>;
const event = (number: number) => `c0000000-0000-4000-8000-00000000000${number}`;
const person = (number: number) => `d0000000-0000-4000-8000-00000000000${number}`;

describe('fromC3vocV2 on the fixture', () => {
  const { summit, notes } = expectImported(fromC3vocV2(fixture()));

  it('is what fromFrab gives for the same document', () => {
    expect(fromFrab(fixture())).toEqual(fromC3vocV2(fixture()));
  });

  it('maps the conference, its days past midnight and its rooms in order', () => {
    expect(summit).toMatchObject({
      id: 'kongress2031',
      name: 'Fiktiver Kongress 2031',
      timeZone: 'Europe/Berlin',
      // The days hold no events (the second has no session at all): the dates come from them.
      startDate: '2031-12-27',
      endDate: '2031-12-29',
      dayChange: '06:00',
      url: 'https://kongress.example.org/2031/',
    });
    expect(summit.rooms).toEqual([
      { id: 'saal-eins', name: 'Saal Eins', capacity: 2500 },
      { id: 'saal-zwei', name: 'Saal Zwei', capacity: 900 },
      { id: 'werkbank', name: 'Werkbank' },
    ]);
  });

  it('takes track colours from their light variant', () => {
    expect(summit.themes).toEqual([
      { id: 'kunst-klang', name: 'Kunst & Klang', color: '#7a2e8c' },
      { id: 'netze', name: 'Netze', color: '#1c6e4a' },
    ]);
  });

  it('imports every event, keyed by guid, with its room, track, people, texts and links', () => {
    expect(summit.workshops.map((item) => item.id)).toEqual([event(1), event(2), event(3)]);
    expect(workshop(summit, event(1))).toMatchObject({
      title: 'Eröffnung des Kongresses',
      start: '2031-12-27T11:00:00+01:00',
      end: '2031-12-27T11:40:00+01:00',
      roomId: 'saal-eins',
      themeIds: ['kunst-klang'],
      format: 'talk',
      formatLabel: 'TALK',
      language: 'de',
      summary: 'Ein *erfundener* Auftakt.',
      // A text given in several languages keeps the English one (GICS texts are fr/en).
      // Given in German, the session's language, and in English: both kept, the original for
      // French readers rather than dropped.
      description: { fr: 'Lange Beschreibung, erfunden.', en: 'Long description, made up.' },
      speakerIds: [person(1), person(2)],
      url: 'https://kongress.example.org/2031/hub/event/eroeffnung/',
      links: [
        { url: 'https://example.org/fictional', title: 'Hintergrund' },
        { url: 'https://kongress.example.org/2031/hub/talk/KQ7TRA/' },
        { url: 'https://files.example.org/kq7tra.pdf' },
      ],
    });
    // Found by room guid alone, and by room slug alone.
    expect(workshop(summit, event(2))).toMatchObject({
      roomId: 'werkbank',
      themeIds: ['netze'],
      start: '2031-12-28T02:00:00+01:00',
    });
    expect(workshop(summit, event(3))).toMatchObject({ roomId: 'saal-zwei', language: 'es' });
  });

  it('credits participants by guid, with their biography from persons', () => {
    expect(summit.members).toEqual([
      {
        id: person(1),
        name: 'Mirela Oyelaran',
        bio: 'Erfundene Biografie.',
        url: 'https://kongress.example.org/2031/hub/user/mirela/',
        languages: [],
        tags: [],
        links: [],
      },
      { id: person(2), name: 'Tove Lindqvist', languages: [], tags: [], links: [] },
      { id: person(3), name: 'Ilka Brandt', bio: 'Invented.', languages: [], tags: [], links: [] },
    ]);
    expect(noteList(notes)).toEqual(['relative_url_resolved @ schedule.events[0].links[1].url']);
  });
});

describe('fromC3vocV2 edge cases', () => {
  it('fails, naming the problem, when every event fails to import', () => {
    const doc = fixture();
    const schedule = doc['schedule'] as { events: Array<Record<string, unknown>> };
    for (const item of schedule.events) delete item['start'];
    const result = fromC3vocV2(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((problem) => problem.code)).toEqual(['no_workshops']);
      expect(result.problems[0]?.message.en).toContain('3 session(s)');
      expectWellWritten(result.problems);
    }
  });

  it('asks for the time zone without guessing it from offsets', () => {
    const doc = fixture();
    delete (doc['schedule'] as { conference: Record<string, unknown> }).conference[
      'time_zone_name'
    ];
    const result = fromC3vocV2(doc);
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual([
      'missing_time_zone',
    ]);
    if (!result.ok) {
      expect(result.problems[0]?.message.en).not.toMatch(/timeZone/);
      expectWellWritten(result.problems);
    }
    expectImported(fromC3vocV2(doc, { timeZone: 'Europe/Berlin' }));
  });

  it('refuses what is not a v2 document', () => {
    for (const input of [
      null,
      {},
      { schedule: { events: [] } },
      { schedule: { conference: {} } },
    ]) {
      const result = fromC3vocV2(input);
      expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual(['not_frab']);
    }
  });

  it('gives a valid summit or problems when any part of the fixture is damaged', () => {
    fc.assert(
      fc.property(damaged(fixture()), (input) => {
        const result = fromC3vocV2(input);
        if (result.ok) expectValidSummit(result.summit);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fromC3vocV2 on generated congresses', () => {
  it('gives every session one workshop with the same speakers, instants and room', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const congress = makeCongress({
          sessions: 150,
          rooms: 12,
          subConferences: 3,
          days: 4,
          seed,
        });
        const { summit } = expectImported(fromC3vocV2(congress.v2));
        expect(summit.workshops).toHaveLength(congress.sessions.length);
        const names = new Map(summit.members.map((member) => [member.id, member.name]));
        const rooms = new Map(summit.rooms.map((room) => [room.id, room.name]));
        for (const session of congress.sessions) {
          const imported = workshop(summit, session.guid);
          expect(imported.speakerIds.map((id) => names.get(id))).toEqual(session.speakers);
          expect(Date.parse(imported.start)).toBe(session.startMs);
          expect(Date.parse(imported.end)).toBe(session.endMs);
          expect(rooms.get(imported.roomId ?? '')).toBe(session.room);
        }
        expect(summit.rooms.map((room) => room.name)).toEqual(congress.rooms);
        expect(summit.dayChange).toBe('04:00');
      }),
      { numRuns: 8 },
    );
  });

  it('gives every session the same id when the events are republished in another order', () => {
    const congress = makeCongress({
      sessions: 200,
      rooms: 15,
      subConferences: 3,
      days: 4,
      seed: 7,
    });
    const ids = (input: Record<string, unknown>) => {
      const { summit } = expectImported(fromC3vocV2(input));
      return Object.fromEntries(
        summit.workshops.map((item) => [item.id, [item.title, item.start]]),
      );
    };
    const original = ids(congress.v2);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const doc = structuredClone(congress.v2);
        const events = (doc['schedule'] as { events: unknown[] }).events;
        let state = seed;
        for (let index = events.length - 1; index > 0; index -= 1) {
          state = (Math.imul(state, 48271) >>> 0) % 2147483647;
          const other = state % (index + 1);
          [events[index], events[other]] = [events[other], events[index]];
        }
        expect(ids(doc)).toEqual(original);
      }),
      { numRuns: 10 },
    );
  });
});
