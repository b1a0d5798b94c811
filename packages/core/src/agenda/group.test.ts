import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../summit/summit.schema.js';
import {
  type AgendaDay,
  groupWorkshopsByDay,
  listDays,
  listLanguages,
  listRooms,
  roomKey,
  workshopRoom,
} from './group.js';
import {
  LISTED_ROOMS,
  ZONES,
  makeSummit,
  makeWorkshop,
  workshopsArbitrary,
} from './testing/helpers.js';
import { calendarDateIn, dayOptionsOf, spanOf, wallClockMinutes } from './time.js';

const MONTREAL = 'America/Montreal';
const at = (id: string, start: string, end: string, fields: Partial<Workshop> = {}): Workshop =>
  makeWorkshop({ id, start, end, ...fields });

const ids = (workshops: readonly Workshop[]): string[] => workshops.map((w) => w.id);

describe('groupWorkshopsByDay', () => {
  const late = at('late', '2023-05-16T23:30:00-04:00', '2023-05-17T00:30:00-04:00');
  const morningB = at('morning-b', '2023-05-16T09:30:00-04:00', '2023-05-16T10:45:00-04:00');
  const morningA = at('morning-a', '2023-05-16T13:30:00Z', '2023-05-16T10:45:00-04:00');
  const opening = at('opening', '2023-05-16T09:00:00-04:00', '2023-05-16T09:30:00-04:00');
  const nextDay = at('next', '2023-05-17T09:00:00-04:00', '2023-05-17T12:00:00-04:00');
  const workshops = [late, nextDay, morningB, opening, morningA];

  it('groups by day, then by start, in the summit’s zone', () => {
    const days = groupWorkshopsByDay(workshops, { timeZone: MONTREAL });
    expect(days.map((day) => day.date)).toEqual(['2023-05-16', '2023-05-17']);
    const [first, second] = days;
    expect(first?.slots.map((slot) => ids(slot.workshops))).toEqual([
      ['opening'],
      ['morning-b', 'morning-a'],
      ['late'],
    ]);
    expect(second?.slots.map((slot) => ids(slot.workshops))).toEqual([['next']]);
  });

  it('keeps the common start and end of a slot', () => {
    const [day] = groupWorkshopsByDay(workshops, { timeZone: MONTREAL });
    expect(day?.slots[1]).toMatchObject({
      start: '2023-05-16T09:30:00-04:00',
      end: '2023-05-16T10:45:00-04:00',
    });
  });

  it('leaves out the end of a slot whose workshops end at different times', () => {
    const short = at('short', '2023-05-16T09:00:00-04:00', '2023-05-16T10:00:00-04:00');
    const long = at('long', '2023-05-16T09:00:00-04:00', '2023-05-16T12:00:00-04:00');
    const [day] = groupWorkshopsByDay([short, long, short], { timeZone: MONTREAL });
    expect(day?.slots).toHaveLength(1);
    expect(day?.slots[0]).not.toHaveProperty('end');
  });

  it('shifts a late Montréal workshop to the next day for a visitor in Paris', () => {
    const days = groupWorkshopsByDay(workshops, { timeZone: 'Europe/Paris' });
    expect(days.map((day) => [day.date, day.slots.flatMap((slot) => ids(slot.workshops))])).toEqual(
      [
        ['2023-05-16', ['opening', 'morning-b', 'morning-a']],
        ['2023-05-17', ['late', 'next']],
      ],
    );
  });

  it('keeps a workshop running past midnight on the day it starts', () => {
    const [day, ...rest] = groupWorkshopsByDay([late], { timeZone: MONTREAL });
    expect(day?.date).toBe('2023-05-16');
    expect(rest).toEqual([]);
  });

  it('separates the two 1:30 a.m. of the fall-back night, in time order', () => {
    const est = at('est', '2023-11-05T01:30:00-05:00', '2023-11-05T02:30:00-05:00');
    const edt = at('edt', '2023-11-05T01:30:00-04:00', '2023-11-05T02:30:00-05:00');
    const days = groupWorkshopsByDay([est, edt], { timeZone: MONTREAL });
    expect(days).toHaveLength(1);
    expect(days[0]?.slots.map((slot) => ids(slot.workshops))).toEqual([['edt'], ['est']]);
  });

  it('keeps the spring-forward day whole', () => {
    const before = at('before', '2023-03-12T01:30:00-05:00', '2023-03-12T03:30:00-04:00');
    const after = at('after', '2023-03-12T23:30:00-04:00', '2023-03-13T00:30:00-04:00');
    const days = groupWorkshopsByDay([after, before], { timeZone: MONTREAL });
    expect(days.map((day) => [day.date, day.slots.length])).toEqual([['2023-03-12', 2]]);
  });

  it('gives nothing for nothing', () => {
    expect(groupWorkshopsByDay([], { timeZone: MONTREAL })).toEqual([]);
  });

  it('partitions any workshops into sorted days and slots', () => {
    fc.assert(
      fc.property(workshopsArbitrary(), fc.constantFrom(...ZONES), (input, timeZone) => {
        const days = groupWorkshopsByDay(input, { timeZone });
        const seen = days.flatMap((day) => day.slots.flatMap((slot) => slot.workshops));
        // Every workshop exactly once (ids are distinct).
        expect(ids(seen).sort()).toEqual(ids(input).sort());
        for (let d = 0; d < days.length; d++) {
          const day = days[d]!;
          if (d > 0) expect(days[d - 1]!.date < day.date).toBe(true);
          let previous = -Infinity;
          for (const slot of day.slots) {
            const start = spanOf(slot.workshops[0]!).start;
            expect(start).toBeGreaterThan(previous);
            previous = start;
            const ends = new Set(slot.workshops.map((w) => spanOf(w).end));
            expect(slot.end !== undefined).toBe(ends.size === 1);
            for (const workshop of slot.workshops) {
              expect(spanOf(workshop).start).toBe(start);
              expect(calendarDateIn(workshop.start, timeZone)).toBe(day.date);
            }
            // Input order within the slot.
            const positions = slot.workshops.map((w) => input.indexOf(w));
            expect(positions).toEqual([...positions].sort((a, b) => a - b));
          }
        }
      }),
    );
  });
});

describe('listDays', () => {
  it('lists the distinct start days in a zone, sorted', () => {
    const workshops = [
      at('c', '2023-05-17T11:00:00-04:00', '2023-05-17T12:00:00-04:00'),
      at('a', '2023-05-16T23:30:00-04:00', '2023-05-17T00:30:00-04:00'),
      at('b', '2023-05-16T09:00:00-04:00', '2023-05-16T10:00:00-04:00'),
    ];
    expect(listDays(workshops, { timeZone: MONTREAL })).toEqual(['2023-05-16', '2023-05-17']);
    expect(listDays(workshops, { timeZone: 'Asia/Tokyo' })).toEqual([
      '2023-05-16',
      '2023-05-17',
      '2023-05-18',
    ]);
  });

  it('agrees with groupWorkshopsByDay', () => {
    fc.assert(
      fc.property(workshopsArbitrary(), fc.constantFrom(...ZONES), (input, timeZone) => {
        expect(listDays(input, { timeZone })).toEqual(
          groupWorkshopsByDay(input, { timeZone }).map((day) => day.date),
        );
      }),
    );
  });
});

describe('roomKey and listRooms', () => {
  const start = '2023-05-16T09:00:00-04:00';
  const end = '2023-05-16T10:00:00-04:00';
  const workshops = [
    at('a', start, end, { room: 'Salle 10' }),
    at('b', start, end, { room: { fr: 'Salle Desjardins', en: 'Desjardins Room' } }),
    at('c', start, end, { room: ' Salle 2 ' }),
    at('d', start, end),
    at('e', start, end, { room: { en: 'Agora' } }),
    at('f', start, end, { room: 'Salle 10' }),
  ];

  it('keys a room by its French name, else its English one', () => {
    expect(roomKey({ fr: 'Salle Desjardins', en: 'Desjardins Room' })).toBe('Salle Desjardins');
    expect(roomKey({ en: 'Agora' })).toBe('Agora');
    expect(roomKey(' Salle 2 ')).toBe('Salle 2');
    expect(roomKey(undefined)).toBe('');
  });

  it('lists distinct rooms by name, numbers in numeric order', () => {
    expect(listRooms(workshops, { lang: 'fr' }).map((room) => room.key)).toEqual([
      'Agora',
      'Salle 2',
      'Salle 10',
      'Salle Desjardins',
    ]);
    expect(listRooms(workshops, { lang: 'en' }).map((room) => room.key)).toEqual([
      'Agora',
      'Salle Desjardins',
      'Salle 2',
      'Salle 10',
    ]);
  });

  it('keeps each room’s names in both languages', () => {
    const room = listRooms(workshops, { lang: 'fr' }).find((r) => r.key === 'Salle Desjardins');
    expect(room?.name).toEqual({ fr: 'Salle Desjardins', en: 'Desjardins Room' });
  });
});

/** Sort every workshop by start, then walk them: the plainest grouping, as a reference. */
function plainGrouping(input: readonly Workshop[], timeZone: string): AgendaDay[] {
  const sorted = input
    .map((workshop, position) => ({ workshop, position, ...spanOf(workshop) }))
    .sort((a, b) => a.start - b.start || a.position - b.position);
  const days: AgendaDay[] = [];
  for (const { workshop, start } of sorted) {
    const date = calendarDateIn(start, timeZone);
    let day = days.find((d) => d.date === date);
    if (day === undefined) days.push((day = { date, slots: [] }));
    const slot = day.slots.find((s) => spanOf(s.workshops[0]!).start === start);
    if (slot === undefined) {
      day.slots.push({ start: workshop.start, end: workshop.end, workshops: [workshop] });
    } else {
      slot.workshops.push(workshop);
    }
  }
  for (const day of days) {
    for (const slot of day.slots) {
      const ends = new Set(slot.workshops.map((w) => spanOf(w).end));
      if (ends.size > 1) delete slot.end;
    }
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}

describe('groupWorkshopsByDay against a reference', () => {
  it('gives the same days, slots and order as sorting every workshop', () => {
    fc.assert(
      fc.property(workshopsArbitrary(60), fc.constantFrom(...ZONES), (input, timeZone) => {
        const actual = groupWorkshopsByDay(input, { timeZone });
        const expected = plainGrouping(input, timeZone);
        expect(actual).toStrictEqual(expected);
        // A slot whose ends differ has no `end` key at all, as before.
        for (const day of actual) {
          for (const slot of day.slots) {
            expect(Object.keys(slot)).toEqual(
              slot.end === undefined ? ['start', 'workshops'] : ['start', 'end', 'workshops'],
            );
          }
        }
      }),
    );
  });

  it('puts one instant written two ways in one slot, under the first text given', () => {
    const utc = at('utc', '2023-05-16T13:30:00Z', '2023-05-16T14:00:00Z');
    const local = at('local', '2023-05-16T09:30:00-04:00', '2023-05-16T10:00:00-04:00');
    const [day] = groupWorkshopsByDay([utc, local], { timeZone: MONTREAL });
    expect(day!.slots).toEqual([{ start: utc.start, end: utc.end, workshops: [utc, local] }]);
  });

  it('keeps each workshop with an unreadable start in a slot of its own, after the others', () => {
    const bad1 = at('bad1', 'soon', '2023-05-16T10:00:00-04:00');
    const bad2 = at('bad2', 'soon', '2023-05-16T10:00:00-04:00');
    const good = at('good', '2023-05-16T09:30:00-04:00', '2023-05-16T10:00:00-04:00');
    const days = groupWorkshopsByDay([bad1, good, bad2], { timeZone: MONTREAL });
    expect(days.map((day) => day.slots.map((slot) => ids(slot.workshops)))).toEqual([
      [['good']],
      [['bad1'], ['bad2']],
    ]);
  });
});

describe('conference days', () => {
  const BERLIN = 'Europe/Berlin';
  /** A congress from the 27th to the 30th whose evenings run to 02:00 the next morning. */
  const congress = ['27', '28', '29', '30'].flatMap((day) => {
    const next = String(Number(day) + 1);
    return [
      at(`talk-${day}`, `2023-12-${day}T11:00:00+01:00`, `2023-12-${day}T12:00:00+01:00`),
      at(`late-${day}`, `2023-12-${next}T01:30:00+01:00`, `2023-12-${next}T02:00:00+01:00`),
    ];
  });
  const summit = makeSummit(congress, [], {
    timeZone: BERLIN,
    dayChange: '06:00',
    startDate: '2023-12-27',
    endDate: '2023-12-30',
  });

  it('gives exactly the summit’s days when sessions run past midnight', () => {
    const days = ['2023-12-27', '2023-12-28', '2023-12-29', '2023-12-30'];
    expect(listDays(congress, dayOptionsOf(summit))).toEqual(days);
    const grouped = groupWorkshopsByDay(congress, dayOptionsOf(summit));
    expect(grouped.map((day) => day.date)).toEqual(days);
    // Each day ends with its night: the talk at 01:30 the next morning.
    expect(grouped.map((day) => day.slots.flatMap((slot) => ids(slot.workshops)))).toEqual(
      ['27', '28', '29', '30'].map((day) => [`talk-${day}`, `late-${day}`]),
    );
    // Calendar days would open a day after the last one.
    expect(listDays(congress, { timeZone: BERLIN })).toEqual([...days, '2023-12-31']);
  });

  it('changes day at midnight when the summit gives no day change', () => {
    const options = dayOptionsOf(makeSummit(congress, [], { timeZone: BERLIN }));
    expect(options).toEqual({ timeZone: BERLIN });
    expect(listDays(congress, options)).toEqual(listDays(congress, { timeZone: BERLIN }));
    // Then a visitor elsewhere has the calendar days of their own zone…
    const inTokyo = dayOptionsOf(makeSummit(congress, [], { timeZone: BERLIN }), 'Asia/Tokyo');
    expect(inTokyo).toEqual({ timeZone: 'Asia/Tokyo' });
    // …whereas a summit's own conference days are the same for everyone.
    expect(dayOptionsOf(summit, 'Asia/Tokyo')).toEqual({ timeZone: BERLIN, dayChange: '06:00' });
  });

  it('agrees with calendar days at midnight, and moves every wall clock back by the day change', () => {
    // The date of the wall-clock time six hours earlier: on the night clocks go back (5 November
    // 2023 in Montréal, within the generated window), 05:00 is still the 4th's programme.
    const sixHoursEarlier = (start: string, timeZone: string): string => {
      const midnight = Date.parse(`${calendarDateIn(start, timeZone)}T00:00:00Z`);
      const wall = midnight + (wallClockMinutes(start, timeZone) - 6 * 60) * 60_000;
      return new Date(wall).toISOString().slice(0, 10);
    };
    fc.assert(
      fc.property(workshopsArbitrary(), fc.constantFrom(...ZONES), (input, timeZone) => {
        expect(groupWorkshopsByDay(input, { timeZone, dayChange: '00:00' })).toEqual(
          groupWorkshopsByDay(input, { timeZone }),
        );
        expect(listDays(input, { timeZone, dayChange: '06:00' })).toEqual(
          [...new Set(input.map((w) => sixHoursEarlier(w.start, timeZone)))].sort(),
        );
      }),
      { numRuns: 300 },
    );
    const fallBack = at('fall-back', '2023-11-05T05:00:00-05:00', '2023-11-05T05:15:00-05:00');
    expect(listDays([fallBack], { timeZone: MONTREAL, dayChange: '06:00' })).toEqual([
      '2023-11-04',
    ]);
  });
});

describe('rooms the summit lists', () => {
  const start = '2023-05-16T09:00:00-04:00';
  const end = '2023-05-16T10:00:00-04:00';
  const workshops = [
    at('a', start, end, { room: 'Zèbre' }),
    at('b', start, end, { roomId: 'annexe' }),
    at('c', start, end, { room: ' Salle 2 ' }),
    at('d', start, end, { roomId: 'grande-salle', room: 'Ancien nom' }),
    at('e', start, end, { room: { fr: 'Agora', en: 'Agora' } }),
    at('f', start, end, { roomId: 'ailleurs' }),
    at('g', start, end, { room: 'Bureau 10' }),
    at('h', start, end, { room: 'Bureau 9' }),
  ];
  const summit = makeSummit(workshops, [], { rooms: LISTED_ROOMS });

  it('come first, in the organiser’s order, then rooms only named, by name', () => {
    expect(listRooms(workshops, { lang: 'fr', summit }).map((room) => room.key)).toEqual([
      'grande-salle',
      'salle-2',
      'annexe',
      'Agora',
      'Bureau 9',
      'Bureau 10',
      'Zèbre',
    ]);
    // Only the rooms of the workshops given: a day's columns.
    expect(listRooms(workshops.slice(0, 2), { lang: 'en', summit })).toEqual([
      { key: 'annexe', name: { en: 'Annex' } },
      { key: 'Zèbre', name: 'Zèbre' },
    ]);
  });

  it('name a workshop’s room by its roomId, else by its text', () => {
    const room = (id: string) =>
      workshopRoom(
        workshops.find((w) => w.id === id)!,
        summit,
      );
    expect(room('d')).toEqual({
      key: 'grande-salle',
      name: { fr: 'Grande salle', en: 'Main Hall' },
      capacity: 300,
    });
    // A room given as text with a listed room's name is that room.
    expect(room('c')?.key).toBe('salle-2');
    expect(room('a')).toEqual({ key: 'Zèbre', name: 'Zèbre' });
    // A roomId the summit does not list, and no text: no room.
    expect(room('f')).toBeUndefined();
    expect(workshopRoom(workshops[3]!)).toEqual({ key: 'Ancien nom', name: 'Ancien nom' });
  });

  it('keep hand-written files as they were: without listed rooms, rooms sort by name', () => {
    const plain = workshops.filter((w) => w.roomId === undefined);
    const handWritten = makeSummit(plain);
    expect(listRooms(plain, { lang: 'fr', summit: handWritten })).toEqual(
      listRooms(plain, { lang: 'fr' }),
    );
    expect(listRooms(plain, { lang: 'fr' }).map((room) => room.key)).toEqual([
      'Agora',
      'Bureau 9',
      'Bureau 10',
      'Salle 2',
      'Zèbre',
    ]);
  });
});

describe('listLanguages', () => {
  const start = '2023-05-16T09:00:00-04:00';
  const end = '2023-05-16T10:00:00-04:00';

  it('lists the distinct tags sorted, then bilingual', () => {
    const workshops = ['fr', 'bilingual', 'pt-BR', undefined, 'de', 'fr', 'en'].map((language, i) =>
      at(`w${i}`, start, end, language === undefined ? {} : { language }),
    );
    expect(listLanguages(workshops)).toEqual(['de', 'en', 'fr', 'pt-BR', 'bilingual']);
    expect(listLanguages([])).toEqual([]);
  });
});
