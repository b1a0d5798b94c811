import { describe, expect, it } from 'vitest';
import { makeWorkshop } from './test-helpers.js';
import {
  calendarDateIn,
  instantOf,
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
