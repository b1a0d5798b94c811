import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromPretalx } from './pretalx.js';
import {
  damaged,
  expectImported,
  expectValidSummit,
  expectWellWritten,
  fixture,
  noteList,
  workshop,
} from './test-support.js';

const named = { id: 'communs-2030', name: { fr: 'Rencontres fictives', en: 'Fictional meetup' } };

function talk(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: 'AAA111',
    title: 'Talk',
    start: '2030-10-26T10:00:00+02:00',
    end: '2030-10-26T11:00:00+02:00',
    speakers: [],
    ...extra,
  };
}

function doc(talks: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 't',
    timezone: 'Europe/Paris',
    talks,
    tracks: [],
    rooms: [],
    speakers: [],
    ...extra,
  };
}

describe('fromPretalx on the fixture', () => {
  const { summit, notes } = expectImported(fromPretalx(fixture('pretalx'), named));

  it('maps the event to the summit, with the name and id given as options', () => {
    expect(summit).toMatchObject({
      id: 'communs-2030',
      name: { fr: 'Rencontres fictives', en: 'Fictional meetup' },
      year: 2030,
      timeZone: 'Europe/Paris',
      startDate: '2030-10-26',
      endDate: '2030-10-27',
    });
  });

  it('turns i18n tracks into bilingual themes with fallback and colours', () => {
    expect(summit.themes).toEqual([
      {
        id: 'commons-data',
        name: { fr: 'Communs et données', en: 'Commons & data' },
        description: {
          fr: 'Thème fictif sur les données partagées.',
          en: 'Fictional track on shared data.',
        },
        color: '#7a3eb1',
      },
      // Only German: shown as is in both languages.
      { id: 'genossenschaftsrecht', name: 'Genossenschaftsrecht', color: '#1d4ed8' },
      // `fr-ca` serves French through the base-language fallback.
      {
        id: 'next-generation-of-co-ops',
        name: { fr: 'Relève coopérative', en: 'Next generation of co-ops' },
        color: '#0e7490',
      },
    ]);
  });

  it('maps talks and breaks, with times across the change back to standard time', () => {
    expect(summit.workshops.map((item) => [item.id, item.start, item.end])).toEqual([
      ['QWE123', '2030-10-26T10:00:00+02:00', '2030-10-26T10:45:00+02:00'],
      ['coffee-break', '2030-10-26T10:45:00+02:00', '2030-10-26T11:15:00+02:00'],
      ['RTY456', '2030-10-27T10:00:00+01:00', '2030-10-27T11:00:00+01:00'],
      // No `end`: start + `duration` minutes.
      ['UIO789', '2030-10-27T14:00:00+01:00', '2030-10-27T14:30:00+01:00'],
    ]);
    expect(Date.parse(workshop(summit, 'RTY456').start)).toBe(Date.UTC(2030, 9, 27, 9));
  });

  it('maps titles, rooms, themes, speakers, languages and formats', () => {
    expect(workshop(summit, 'QWE123')).toMatchObject({
      title: 'Des communs numériques pour les coopératives',
      summary: 'Une conférence fictive, samedi, heure d’été.',
      room: { fr: 'Grande salle', en: 'Main hall' },
      themeIds: ['commons-data'],
      speakerIds: ['AB12CD', 'LM56GH'],
      language: 'fr',
      format: 'workshop',
    });
    expect(workshop(summit, 'coffee-break')).toMatchObject({
      title: { fr: 'Pause café', en: 'Coffee break' },
      room: { fr: 'Grande salle', en: 'Main hall' },
      format: 'networking',
      speakerIds: [],
    });
    expect(workshop(summit, 'RTY456')).toMatchObject({
      room: 'Salle 2.07',
      themeIds: ['genossenschaftsrecht'],
      speakerIds: ['ZN34EF'],
      language: 'en',
    });
    const german = workshop(summit, 'UIO789');
    expect(german).toMatchObject({ themeIds: [], speakerIds: ['LM56GH'] });
    expect(german.room).toBeUndefined();
    expect(german.language).toBeUndefined();
  });

  it('turns speakers into members', () => {
    expect(summit.members).toEqual([
      { id: 'AB12CD', name: 'Émilie Côté', kind: 'individual', bio: 'Coopérante fictive.' },
      { id: 'ZN34EF', name: 'Zoë Ng', kind: 'individual' },
      { id: 'LM56GH', name: '李明', kind: 'individual' },
    ]);
  });

  it('notes everything it skipped, changed or guessed', () => {
    expect(noteList(notes)).toEqual([
      'invalid_color_replaced @ tracks[1].color',
      'person_without_name @ speakers[3]',
      'unknown_speaker @ talks[2].speakers[1]',
      'unknown_room @ talks[3].room',
      'unknown_track @ talks[3].track',
      'unmapped_language @ talks[3].content_locale',
      'missing_start @ talks[4]',
    ]);
    expectWellWritten(notes);
  });
});

describe('fromPretalx options and edge cases', () => {
  it('names the summit generically, with a note, when no name is given', () => {
    const { summit, notes } = expectImported(fromPretalx(fixture('pretalx')));
    expect(summit.id).toBe('summit-2030');
    expect(summit.name).toEqual({ fr: 'Événement importé 2030', en: 'Imported event 2030' });
    expect(noteList(notes)).toContain('summit_identity_missing @ (root)');
  });

  it('leaves breaks out with `breaks: "skip"`, with a note', () => {
    const { summit, notes } = expectImported(
      fromPretalx(fixture('pretalx'), { ...named, breaks: 'skip' }),
    );
    expect(summit.workshops.map((item) => item.format)).not.toContain('networking');
    expect(noteList(notes)).toContain('break_skipped @ talks[1]');
  });

  it('gives an untitled break a bilingual title', () => {
    const { summit } = expectImported(
      fromPretalx(doc([talk({ code: undefined, title: undefined, slot_type: 'break' })]), named),
    );
    expect(summit.workshops[0]).toMatchObject({ id: 'break', title: { fr: 'Pause', en: 'Break' } });
  });

  it('reads offset-less times in the zone, with a note', () => {
    const input = doc([talk({ start: '2030-10-27T02:30:00', end: '2030-10-27T03:30:00+01:00' })]);
    const { summit, notes } = expectImported(fromPretalx(input, named));
    // 02:30 happens twice that night in Paris; the first one (summer time) is taken.
    expect(summit.workshops[0]?.start).toBe('2030-10-27T02:30:00+02:00');
    expect(noteList(notes)).toEqual(['local_time_assumed @ talks[0].start']);
  });

  it('maps other slot types and speakers given as objects', () => {
    const input = doc(
      [
        talk({ slot_type: 'keynote', speakers: [{ code: 'S1' }] }),
        talk({ code: 'B', slot_type: 'blocker' }),
      ],
      { speakers: [{ code: 'S1', name: 'Sam' }] },
    );
    const { summit, notes } = expectImported(fromPretalx(input, named));
    expect(summit.workshops.map((item) => [item.format, item.speakerIds])).toEqual([
      ['keynote', ['S1']],
      ['other', []],
    ]);
    expect(noteList(notes)).toEqual(['unknown_format @ talks[1].slot_type']);
  });

  it('uses options.timeZone when `timezone` is missing, and fails without', () => {
    const input = doc([talk()], { timezone: undefined });
    expect(
      expectImported(fromPretalx(input, { timeZone: 'Europe/Brussels' })).summit.timeZone,
    ).toBe('Europe/Brussels');
    const failed = fromPretalx(input);
    expect(failed.ok ? [] : failed.problems.map((problem) => problem.code)).toEqual([
      'missing_time_zone',
    ]);
  });

  it('takes the dates from the talks when the event gives none', () => {
    const input = doc([talk(), talk({ code: 'B', start: '2030-10-28T09:00:00+01:00', end: null })]);
    const { summit, notes } = expectImported(fromPretalx(input, named));
    expect([summit.startDate, summit.endDate]).toEqual(['2030-10-26', '2030-10-28']);
    expect(noteList(notes)).toEqual(['default_duration @ talks[1]']);
  });
});

describe('fromPretalx on bad input', () => {
  it.each([
    ['null', null],
    ['an empty object', {}],
    ['a number', 12],
    ['talks that are not a list', { timezone: 'UTC', talks: {} }],
    ['a frab document', fixture('frab')],
    ['a Sessionize document', fixture('sessionize')],
  ])('refuses %s as not pretalx', (_label, input) => {
    const result = fromPretalx(input);
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual([
      'not_pretalx',
    ]);
    if (!result.ok) expectWellWritten(result.problems);
  });

  it('fails on a truncated document with no dates', () => {
    const result = fromPretalx({ timezone: 'Europe/Paris', talks: [] });
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual([
      'missing_dates',
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        const result = fromPretalx(input, options as never);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives a valid summit or problems when any part of the fixture is damaged', () => {
    fc.assert(
      fc.property(damaged(fixture('pretalx')), (input) => {
        const result = fromPretalx(input, named);
        if (result.ok) expectValidSummit(result.summit);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
