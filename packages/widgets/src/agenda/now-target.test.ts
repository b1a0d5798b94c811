import { describe, expect, it } from 'vitest';
import { parseSummit, type Summit } from '@gics/core';
import { conferenceDayOf, dayForKey, gridDayFor, nowTarget } from './now-target.js';

const at = (iso: string) => Date.parse(iso);

/** Two days in Montréal, the second one's last talk past midnight (the day changes at 06:00). */
function summit(): Summit {
  const result = parseSummit({
    id: 'nuit',
    name: 'Nuit',
    year: 2023,
    timeZone: 'America/Montreal',
    dayChange: '06:00',
    startDate: '2023-05-16',
    endDate: '2023-05-17',
    workshops: [
      { id: 'a', title: 'A', start: '2023-05-16T09:00:00-04:00', end: '2023-05-16T10:00:00-04:00' },
      { id: 'b', title: 'B', start: '2023-05-16T11:00:00-04:00', end: '2023-05-16T12:00:00-04:00' },
      { id: 'c', title: 'C', start: '2023-05-18T01:00:00-04:00', end: '2023-05-18T02:00:00-04:00' },
    ],
  });
  if (!result.ok) throw new Error('the test summit is invalid');
  return result.summit;
}

describe('nowTarget', () => {
  it('is the workshop under way, else the next one, else none', () => {
    const { workshops } = summit();
    expect(nowTarget(workshops, at('2023-05-16T09:30:00-04:00'))?.id).toBe('a');
    expect(nowTarget(workshops, at('2023-05-16T10:30:00-04:00'))?.id).toBe('b');
    expect(nowTarget(workshops, at('2023-05-19T10:30:00-04:00'))).toBeUndefined();
  });
});

describe('gridDayFor', () => {
  const days = ['2023-05-16', '2023-05-17'];
  it('keeps the chosen day, else shows today during the summit, else the first day', () => {
    const s = summit();
    const zone = s.timeZone;
    expect(gridDayFor(s, days, zone, '2023-05-17', at('2023-05-16T09:30:00-04:00'))).toBe(
      '2023-05-17',
    );
    // 01:30 on the 18th belongs to the conference day of the 17th.
    expect(gridDayFor(s, days, zone, '', at('2023-05-18T01:30:00-04:00'))).toBe('2023-05-17');
    expect(gridDayFor(s, days, zone, '', at('2023-04-01T12:00:00-04:00'))).toBe('2023-05-16');
    expect(gridDayFor(s, [], zone, '', at('2023-05-16T09:30:00-04:00'))).toBe('');
  });

  it('names the conference day a workshop starts on in the zone shown', () => {
    const s = summit();
    const late = s.workshops.find((w) => w.id === 'c')!;
    expect(conferenceDayOf(s, late, s.timeZone)).toBe('2023-05-17');
  });
});

describe('dayForKey', () => {
  const days = ['d1', 'd2', 'd3'];
  it('moves with the arrows (wrapping around), Home and End; other keys move nothing', () => {
    expect(dayForKey('ArrowRight', days, 'd1')).toBe('d2');
    expect(dayForKey('ArrowRight', days, 'd3')).toBe('d1');
    expect(dayForKey('ArrowLeft', days, 'd1')).toBe('d3');
    expect(dayForKey('Home', days, 'd2')).toBe('d1');
    expect(dayForKey('End', days, 'd1')).toBe('d3');
    expect(dayForKey('Enter', days, 'd1')).toBeUndefined();
  });
});
