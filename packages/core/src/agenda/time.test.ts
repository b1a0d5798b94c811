import { describe, expect, it } from 'vitest';
import { ZONES, makeWorkshop } from './testing/helpers.js';
import fc from 'fast-check';
import {
  calendarDateIn,
  conferenceDateIn,
  conferenceDayStart,
  dayChangeMinutes,
  instantOf,
  minutesIntoConferenceDay,
  offsetMinutes,
  spanOf,
  toEpoch,
  wallClockMinutes,
} from './time.js';

describe('toEpoch', () => {
  it('reads dates, numbers and ISO strings with an offset', () => {
    const epoch = Date.UTC(2023, 4, 16, 13, 30);
    expect(toEpoch(epoch)).toBe(epoch);
    expect(toEpoch(new Date(epoch))).toBe(epoch);
    expect(toEpoch('2023-05-16T09:30:00-04:00')).toBe(epoch);
    expect(toEpoch('2023-05-16T15:30:00+02:00')).toBe(epoch);
  });
});

describe('calendarDateIn', () => {
  it('moves a late Montréal evening to the next day in Paris', () => {
    const instant = '2023-05-16T23:30:00-04:00';
    expect(calendarDateIn(instant, 'America/Montreal')).toBe('2023-05-16');
    expect(calendarDateIn(instant, 'Europe/Paris')).toBe('2023-05-17');
    expect(calendarDateIn(instant, 'UTC')).toBe('2023-05-17');
  });

  it('moves an early Paris morning to the previous day in Montréal', () => {
    expect(calendarDateIn('2023-05-17T05:00:00+02:00', 'America/Montreal')).toBe('2023-05-16');
  });

  it('follows Montréal across the spring-forward night (12 March 2023)', () => {
    // 23:59 EST on the 11th, midnight EST on the 12th, 23:59 EDT on the 12th.
    expect(calendarDateIn('2023-03-12T04:59:00Z', 'America/Montreal')).toBe('2023-03-11');
    expect(calendarDateIn('2023-03-12T05:00:00Z', 'America/Montreal')).toBe('2023-03-12');
    expect(calendarDateIn('2023-03-13T03:59:00Z', 'America/Montreal')).toBe('2023-03-12');
    expect(calendarDateIn('2023-03-13T04:00:00Z', 'America/Montreal')).toBe('2023-03-13');
  });

  it('follows Montréal across the fall-back night (5 November 2023)', () => {
    expect(calendarDateIn('2023-11-05T03:59:00Z', 'America/Montreal')).toBe('2023-11-04');
    expect(calendarDateIn('2023-11-05T04:00:00Z', 'America/Montreal')).toBe('2023-11-05');
    expect(calendarDateIn('2023-11-06T04:59:00Z', 'America/Montreal')).toBe('2023-11-05');
    expect(calendarDateIn('2023-11-06T05:00:00Z', 'America/Montreal')).toBe('2023-11-06');
  });

  it('handles zones with quarter-hour offsets', () => {
    expect(calendarDateIn('2023-05-16T18:14:00Z', 'Asia/Kathmandu')).toBe('2023-05-16');
    expect(calendarDateIn('2023-05-16T18:15:00Z', 'Asia/Kathmandu')).toBe('2023-05-17');
  });

  it('refuses an unknown zone', () => {
    expect(() => calendarDateIn(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('offsetMinutes', () => {
  it('changes at the exact instant of a transition', () => {
    const switchAt = Date.parse('2023-11-05T06:00:00Z'); // 2:00 EDT becomes 1:00 EST
    expect(offsetMinutes('America/Montreal', switchAt - 1)).toBe(-240);
    expect(offsetMinutes('America/Montreal', switchAt)).toBe(-300);
  });

  it('is exact for a transition off the quarter hour (St. John’s, 00:01 local, 2008)', () => {
    const switchAt = Date.parse('2008-03-09T03:31:00Z');
    expect(offsetMinutes('America/St_Johns', switchAt - 1)).toBe(-210);
    expect(offsetMinutes('America/St_Johns', switchAt)).toBe(-150);
    expect(offsetMinutes('America/St_Johns', switchAt - 60_000)).toBe(-210);
  });

  it('agrees with Intl minute by minute around transitions, on and off the hour', () => {
    const intlOffset = (zone: string, epoch: number): number => {
      const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(epoch)
        .find((part) => part.type === 'timeZoneName')!.value; // `GMT-04:00`, or `GMT` for 0
      const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
      return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    };
    const days = [
      ['America/Montreal', '2023-11-05T03:00:00Z'], // 2:00 → 1:00, on the hour
      ['Australia/Lord_Howe', '2023-04-01T12:00:00Z'], // half an hour back, 2:00 → 1:30
      ['America/St_Johns', '2008-03-09T00:00:00Z'], // 00:01 local
      ['Asia/Kathmandu', '1985-12-31T16:00:00Z'], // +5:30 → +5:45 at midnight
      ['Europe/Paris', '2024-03-31T00:00:00Z'], // 2:00 → 3:00
    ] as const;
    for (const [zone, from] of days) {
      const start = Date.parse(from);
      for (let minute = 0; minute < 6 * 60; minute += 1) {
        const epoch = start + minute * 60_000 + 30_000;
        expect(offsetMinutes(zone, epoch), `${zone} at ${new Date(epoch).toISOString()}`).toBe(
          intlOffset(zone, epoch),
        );
      }
    }
  });
});

describe('wallClockMinutes', () => {
  it('gives minutes since local midnight', () => {
    expect(wallClockMinutes('2023-05-16T09:30:00-04:00', 'America/Montreal')).toBe(570);
    expect(wallClockMinutes('2023-05-16T09:30:00-04:00', 'Europe/Paris')).toBe(930);
  });

  it('repeats the hour clocks go back over', () => {
    expect(wallClockMinutes('2023-11-05T01:30:00-04:00', 'America/Montreal')).toBe(90);
    expect(wallClockMinutes('2023-11-05T01:30:00-05:00', 'America/Montreal')).toBe(90);
  });
});

describe('spanOf', () => {
  it('reads a workshop’s instants, following edits', () => {
    const workshop = makeWorkshop({
      id: 'w',
      start: '2023-05-16T09:00:00-04:00',
      end: '2023-05-16T10:00:00-04:00',
    });
    expect(spanOf(workshop)).toEqual({
      start: Date.parse('2023-05-16T13:00:00Z'),
      end: Date.parse('2023-05-16T14:00:00Z'),
    });
    workshop.end = '2023-05-16T11:00:00-04:00';
    expect(spanOf(workshop).end).toBe(Date.parse('2023-05-16T15:00:00Z'));
  });

  it('gives NaN for text that is not a date', () => {
    expect(instantOf('mardi')).toBeNaN();
  });
});

describe('conference days', () => {
  const BERLIN = 'Europe/Berlin';
  const night = { timeZone: BERLIN, dayChange: '06:00' };

  it('reads a day change as minutes', () => {
    expect(dayChangeMinutes('06:00')).toBe(360);
    expect(dayChangeMinutes('23:59')).toBe(1439);
    expect(dayChangeMinutes(undefined)).toBe(0);
  });

  it('puts a talk at 01:30 on the previous day’s programme, 19.5 hours into it', () => {
    expect(conferenceDateIn('2023-12-28T01:30:00+01:00', night)).toBe('2023-12-27');
    expect(minutesIntoConferenceDay('2023-12-28T01:30:00+01:00', night)).toBe(19.5 * 60);
    expect(conferenceDateIn('2023-12-28T05:59:00+01:00', night)).toBe('2023-12-27');
    expect(conferenceDateIn('2023-12-28T06:00:00+01:00', night)).toBe('2023-12-28');
    expect(minutesIntoConferenceDay('2023-12-28T06:00:00+01:00', night)).toBe(0);
    expect(conferenceDayStart('2023-12-27', night)).toBe(Date.parse('2023-12-27T06:00:00+01:00'));
  });

  it('is the calendar day and the wall-clock minutes at the default midnight', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 0, 1) }),
        fc.constantFrom(...ZONES),
        (epoch, timeZone) => {
          expect(conferenceDateIn(epoch, { timeZone })).toBe(calendarDateIn(epoch, timeZone));
          expect(minutesIntoConferenceDay(epoch, { timeZone })).toBe(
            wallClockMinutes(epoch, timeZone),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('follows the clocks across the night they go back (Berlin, 29 October 2023)', () => {
    // 03:00 summer time becomes 02:00 winter time: that conference day lasts 25 hours.
    const firstHalfPastTwo = '2023-10-29T02:30:00+02:00';
    const secondHalfPastTwo = '2023-10-29T02:30:00+01:00';
    for (const instant of [firstHalfPastTwo, secondHalfPastTwo, '2023-10-29T05:59:00+01:00']) {
      expect(conferenceDateIn(instant, night), instant).toBe('2023-10-28');
    }
    expect(conferenceDateIn('2023-10-29T06:00:00+01:00', night)).toBe('2023-10-29');
    const start = conferenceDayStart('2023-10-28', night);
    expect(start).toBe(Date.parse('2023-10-28T06:00:00+02:00'));
    expect(conferenceDayStart('2023-10-29', night) - start).toBe(25 * 3_600_000);
    // Rows follow the wall clock: both 02:30 share a row, and the night ends on the last row.
    expect(minutesIntoConferenceDay(firstHalfPastTwo, night)).toBe(20.5 * 60);
    expect(minutesIntoConferenceDay(secondHalfPastTwo, night)).toBe(20.5 * 60);
    expect(minutesIntoConferenceDay('2023-10-29T05:59:00+01:00', night)).toBe(1439);
    // A day change inside the repeated hour starts the day at its first occurrence.
    const repeated = { timeZone: BERLIN, dayChange: '02:30' };
    expect(conferenceDayStart('2023-10-29', repeated)).toBe(Date.parse(firstHalfPastTwo));
    expect(conferenceDateIn('2023-10-29T02:29:00+02:00', repeated)).toBe('2023-10-28');
  });

  it('follows the clocks across the night they skip an hour (Berlin, 31 March 2024)', () => {
    // 02:00 winter time becomes 03:00 summer time: that conference day lasts 23 hours.
    expect(conferenceDateIn('2024-03-31T01:59:00+01:00', night)).toBe('2024-03-30');
    expect(conferenceDateIn('2024-03-31T03:30:00+02:00', night)).toBe('2024-03-30');
    expect(minutesIntoConferenceDay('2024-03-31T01:59:00+01:00', night)).toBe(1199);
    expect(minutesIntoConferenceDay('2024-03-31T03:30:00+02:00', night)).toBe(1290);
    expect(conferenceDayStart('2024-03-31', night) - conferenceDayStart('2024-03-30', night)).toBe(
      23 * 3_600_000,
    );
    // A day change the clocks skip: the day starts when they jump past it.
    const skipped = { timeZone: BERLIN, dayChange: '02:30' };
    expect(conferenceDayStart('2024-03-31', skipped)).toBe(Date.parse('2024-03-31T03:00:00+02:00'));
    expect(conferenceDateIn('2024-03-31T01:59:00+01:00', skipped)).toBe('2024-03-30');
    expect(conferenceDateIn('2024-03-31T03:00:00+02:00', skipped)).toBe('2024-03-31');
    expect(minutesIntoConferenceDay('2024-03-31T03:00:00+02:00', skipped)).toBe(0);
  });

  it('counts minutes on the clocks of the zone shown', () => {
    // Berlin's 06:00 is Montréal's midnight: the 01:30 talk is at 19:30 there.
    const talk = '2023-12-28T01:30:00+01:00';
    expect(minutesIntoConferenceDay(talk, night, 'America/Montreal')).toBe(19.5 * 60);
    // Tokyo is eight hours ahead of Berlin: the day starts at 14:00 there.
    expect(wallClockMinutes(conferenceDayStart('2023-12-27', night), 'Asia/Tokyo')).toBe(14 * 60);
    expect(minutesIntoConferenceDay(talk, night, 'Asia/Tokyo')).toBe(19.5 * 60);
  });
});
