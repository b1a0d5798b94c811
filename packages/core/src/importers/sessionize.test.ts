import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSessionize } from './sessionize.js';
import { categoryKind } from './vocabulary.js';
import type { SessionizeOptions } from './import-report.js';
import {
  damaged,
  expectImported,
  expectValidSummit,
  expectWellWritten,
  fixture,
  noteList,
  workshop,
} from './test-support.js';

const options: SessionizeOptions = {
  timeZone: 'America/Toronto',
  id: 'coop-tech-2031',
  name: 'Coop Tech fictif 2031',
};

function session(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '1',
    title: 'Session',
    startsAt: '2031-11-01T09:00:00',
    endsAt: '2031-11-01T10:00:00',
    isServiceSession: false,
    isPlenumSession: false,
    speakers: [],
    categoryItems: [],
    roomId: null,
    ...extra,
  };
}

function doc(sessions: unknown[]): Record<string, unknown> {
  return { sessions, speakers: [], categories: [], rooms: [] };
}

function problemCodes(result: ReturnType<typeof fromSessionize>): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((problem) => problem.code);
}

describe('fromSessionize on the fixture', () => {
  const { summit, notes } = expectImported(fromSessionize(fixture('sessionize'), options));

  it('maps the event to the summit, dated by its sessions', () => {
    expect(summit).toMatchObject({
      id: 'coop-tech-2031',
      name: 'Coop Tech fictif 2031',
      year: 2031,
      timeZone: 'America/Toronto',
      startDate: '2031-11-01',
      endDate: '2031-11-03',
    });
  });

  it('reads offset-less times in the zone and Z times as UTC, across the DST change', () => {
    expect(summit.workshops.map((item) => [item.id, item.start, item.end])).toEqual([
      // endsAt null: the default 30 minutes.
      ['880001', '2031-11-01T08:00:00-04:00', '2031-11-01T08:30:00-04:00'],
      ['880002', '2031-11-01T09:00:00-04:00', '2031-11-01T10:00:00-04:00'],
      // 14:30Z is 10:30 in Toronto (summer time).
      ['880003', '2031-11-01T10:30:00-04:00', '2031-11-01T11:15:00-04:00'],
      // Monday, back on standard time.
      ['880004', '2031-11-03T09:00:00-05:00', '2031-11-03T10:30:00-05:00'],
      ['880005', '2031-11-03T11:00:00-05:00', '2031-11-03T11:30:00-05:00'],
    ]);
    expect(Date.parse(workshop(summit, '880004').start)).toBe(Date.UTC(2031, 10, 3, 14));
  });

  it('turns the track category into themes and the others into language and tags', () => {
    expect(summit.themes).toEqual([
      {
        id: 'travail-cooperatif-co-op-work',
        name: 'Travail coopératif / Co-op work',
        color: '#1d4ed8',
      },
      { id: 'gouvernance', name: 'Gouvernance', color: '#b45309' },
      { id: 'mouvement-cooperatif', name: 'Mouvement coopératif', color: '#047857' },
    ]);
    expect(workshop(summit, '880003')).toMatchObject({
      themeIds: ['travail-cooperatif-co-op-work', 'gouvernance'],
      language: 'en',
      tags: ['Débutant / Beginner'],
    });
    expect(workshop(summit, '880004')).toMatchObject({
      themeIds: ['gouvernance'],
      language: 'bilingual',
    });
    expect(workshop(summit, '880005')).toMatchObject({ language: 'fr', tags: ['Tous / All'] });
    expect(workshop(summit, '880002').language).toBeUndefined();
  });

  it('maps titles, rooms, formats and descriptions', () => {
    expect(workshop(summit, '880001')).toMatchObject({
      title: 'Accueil et inscription / Welcome and registration',
      room: 'Auditorium fictif',
      // A service session, even in plenum, is networking.
      format: 'networking',
    });
    expect(workshop(summit, '880002')).toMatchObject({
      title: 'Ouverture : le mouvement coopératif en 2031',
      description: 'Plénière fictive d’ouverture.',
      format: 'plenary',
    });
    expect(workshop(summit, '880003')).toMatchObject({
      room: 'Salle Zoë-Ng (fictive)',
      format: 'workshop',
    });
    expect(workshop(summit, '880004').room).toBeUndefined();
    expect(workshop(summit, '880005')).toMatchObject({ format: 'plenary' });
    expect(workshop(summit, '880005').description).toBeUndefined();
  });

  it('turns speakers into members, by full name or first and last name', () => {
    expect(summit.members).toEqual([
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        name: 'Émilie Côté',
        kind: 'individual',
        bio: 'Coopérante fictive.',
        // The javascript: link is dropped; the next one is used.
        url: 'https://emilie.example.org/',
      },
      { id: 'a1b2c3d4-0000-4000-8000-000000000002', name: 'Zoë Ng', kind: 'individual' },
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000003',
        name: '李明',
        kind: 'individual',
        bio: 'Chercheur fictif.',
      },
    ]);
    expect(workshop(summit, '880003').speakerIds).toEqual([
      'a1b2c3d4-0000-4000-8000-000000000002',
      'a1b2c3d4-0000-4000-8000-000000000003',
    ]);
    expect(workshop(summit, '880004').speakerIds).toEqual(['a1b2c3d4-0000-4000-8000-000000000003']);
  });

  it('notes everything it skipped, changed or guessed', () => {
    expect(noteList(notes)).toEqual([
      'unsafe_url_dropped @ speakers[0].links[0].url',
      'person_without_name @ speakers[3]',
      'default_duration @ sessions[0]',
      'unknown_room @ sessions[3].roomId',
      'unknown_category_item @ sessions[3].categoryItems[2]',
      'unknown_speaker @ sessions[3].speakers[1]',
      'missing_start @ sessions[5]',
    ]);
    expectWellWritten(notes);
  });
});

describe('fromSessionize options and edge cases', () => {
  it('requires a valid time zone', () => {
    const input = fixture('sessionize');
    expect(problemCodes(fromSessionize(input, { timeZone: '' }))).toEqual(['missing_time_zone']);
    expect(problemCodes(fromSessionize(input, {} as SessionizeOptions))).toEqual([
      'missing_time_zone',
    ]);
    const invalid = fromSessionize(input, { timeZone: 'Europe/Atlantis' });
    expect(problemCodes(invalid)).toEqual(['invalid_time_zone']);
    if (!invalid.ok) expectWellWritten(invalid.problems);
  });

  it('places the same sessions in another zone', () => {
    const { summit } = expectImported(
      fromSessionize(fixture('sessionize'), { ...options, timeZone: 'Europe/Paris' }),
    );
    // Local 09:00 stays 09:00 (Paris); 14:30Z is 15:30 in Paris (standard time by November).
    expect(workshop(summit, '880002').start).toBe('2031-11-01T09:00:00+01:00');
    expect(workshop(summit, '880003').start).toBe('2031-11-01T15:30:00+01:00');
  });

  it('leaves service sessions out with `breaks: "skip"`', () => {
    const { summit, notes } = expectImported(
      fromSessionize(fixture('sessionize'), { ...options, breaks: 'skip' }),
    );
    expect(summit.workshops.map((item) => item.id)).not.toContain('880001');
    expect(noteList(notes)).toContain('break_skipped @ sessions[0]');
  });

  it('moves a local time the clocks skip, with a note', () => {
    const input = doc([
      session({ startsAt: '2031-03-09T02:15:00', endsAt: '2031-03-09T04:00:00' }),
    ]);
    const { summit, notes } = expectImported(fromSessionize(input, options));
    expect(summit.workshops[0]?.start).toBe('2031-03-09T03:15:00-04:00');
    expect(noteList(notes)).toEqual(['nonexistent_local_time @ sessions[0].startsAt']);
  });

  it('reads a format category and reports unmapped languages', () => {
    const input = {
      ...doc([session({ isPlenumSession: true, categoryItems: [1, 2, 3] })]),
      categories: [
        {
          id: 9,
          title: 'Format',
          items: [
            { id: 1, name: 'Keynote' },
            { id: 3, name: 'Marathon' },
          ],
        },
        { id: 8, title: 'Langues', items: [{ id: 2, name: 'Español' }] },
      ],
    };
    const { summit, notes } = expectImported(fromSessionize(input, options));
    expect(summit.workshops[0]).toMatchObject({ format: 'keynote', tags: ['Marathon'] });
    expect(summit.workshops[0]?.language).toBeUndefined();
    expect(noteList(notes)).toEqual(['unmapped_language @ sessions[0].categoryItems']);
  });

  it('recognizes category titles in French and English', () => {
    expect(
      ['Track', 'Tracks', 'Thème', 'Thèmes', 'Theme', 'Topic', 'Thème / Track'].map(categoryKind),
    ).toEqual(Array(7).fill('theme'));
    expect(['Language', 'Langue', 'Langue / Language'].map(categoryKind)).toEqual(
      Array(3).fill('language'),
    );
    expect(['Session format', 'Type'].map(categoryKind)).toEqual(['format', 'format']);
    expect(['Level', 'Niveau', undefined].map(categoryKind)).toEqual(['tag', 'tag', 'tag']);
  });
});

describe('fromSessionize on bad input', () => {
  it.each([
    ['null', null],
    ['an empty object', {}],
    ['sessions without speakers', { sessions: [] }],
    ['the grouped Sessions endpoint', [{ groupId: null, groupName: 'All', sessions: [] }]],
    ['a pretalx document', fixture('pretalx')],
  ])('refuses %s as not Sessionize', (_label, input) => {
    expect(problemCodes(fromSessionize(input, options))).toEqual(['not_sessionize']);
  });

  it('fails when no session has a time', () => {
    expect(problemCodes(fromSessionize(doc([session({ startsAt: null })]), options))).toEqual([
      'missing_dates',
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, anyOptions) => {
        const result = fromSessionize(input, anyOptions as SessionizeOptions);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives a valid summit or problems when any part of the fixture is damaged', () => {
    fc.assert(
      fc.property(damaged(fixture('sessionize')), (input) => {
        const result = fromSessionize(input, options);
        if (result.ok) expectValidSummit(result.summit);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
