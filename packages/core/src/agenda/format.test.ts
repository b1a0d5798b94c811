/**
 * Expected strings are what Node 20's ICU writes for fr-CA and en-CA. Invisible characters are
 * spelled out: THIN is U+2009 (around the French range dash) and NNBSP is U+202F (before
 * a.m./p.m.).
 */
import { describe, expect, it } from 'vitest';
import {
  formatDateTimeRange,
  formatDayHeading,
  formatTime,
  formatTimeRange,
  formatTimeZoneLabel,
  formatTimeZoneName,
  isSameTimeZone,
  timeZoneCity,
} from './format.js';

const THIN = '\u2009';
const NNBSP = '\u202f';
const MONTREAL = 'America/Montreal';
const PARIS = 'Europe/Paris';
const fr = { lang: 'fr', timeZone: MONTREAL } as const;
const en = { lang: 'en', timeZone: MONTREAL } as const;
const t = (time: string, offset = '-04:00'): string => `2023-05-16T${time}:00${offset}`;

describe('formatTimeRange', () => {
  it('writes French times the Quebec way', () => {
    expect(formatTimeRange(t('09:30'), t('10:45'), fr)).toBe(
      `9\u00a0h\u00a030${THIN}–${THIN}10\u00a0h\u00a045`,
    );
    expect(formatTimeRange(t('09:00'), t('10:45'), fr)).toBe(
      `9\u00a0h${THIN}–${THIN}10\u00a0h\u00a045`,
    );
    expect(formatTimeRange(t('09:00'), t('14:00'), fr)).toBe(`9\u00a0h${THIN}–${THIN}14\u00a0h`);
    expect(formatTimeRange(t('09:05'), t('09:05'), fr)).toBe('9\u00a0h\u00a005');
  });

  it('writes English times as Intl does for en-CA', () => {
    expect(formatTimeRange(t('09:30'), t('10:45'), en)).toBe(`9:30–10:45${NNBSP}a.m.`);
    expect(formatTimeRange(t('09:00'), t('14:00'), en)).toBe(`9:00${NNBSP}a.m.–2:00${NNBSP}p.m.`);
  });

  it('shows only the times of a range past midnight', () => {
    const start = t('23:30');
    const end = '2023-05-17T01:00:00-04:00';
    expect(formatTimeRange(start, end, fr)).toBe(`23\u00a0h\u00a030${THIN}–${THIN}1\u00a0h`);
    expect(formatTimeRange(start, end, en)).toBe(`11:30${NNBSP}p.m.–1:00${NNBSP}a.m.`);
  });

  it('names the zone when it is not the summit’s', () => {
    const paris = { timeZone: PARIS, eventTimeZone: MONTREAL } as const;
    expect(formatTimeRange(t('09:30'), t('10:45'), { lang: 'fr', ...paris })).toBe(
      `15\u00a0h\u00a030${THIN}–${THIN}16\u00a0h\u00a045 UTC+2`,
    );
    expect(formatTimeRange(t('09:30'), t('10:45'), { lang: 'en', ...paris })).toBe(
      `3:30–4:45${NNBSP}p.m. GMT+2`,
    );
    // 23:30 in Montréal is 5:30 the next morning in Paris: one day there, no midnight.
    expect(formatTimeRange(t('23:30'), '2023-05-17T01:00:00-04:00', { lang: 'fr', ...paris })).toBe(
      `5\u00a0h\u00a030${THIN}–${THIN}7\u00a0h UTC+2`,
    );
  });

  it('does not name the zone for the summit’s zone or an alias of it', () => {
    const options = { lang: 'fr', timeZone: 'America/Toronto', eventTimeZone: MONTREAL } as const;
    expect(formatTimeRange(t('09:30'), t('10:45'), options)).toBe(
      `9\u00a0h\u00a030${THIN}–${THIN}10\u00a0h\u00a045`,
    );
  });

  it('names each end’s zone when clocks go back during the workshop', () => {
    const start = '2023-11-05T01:30:00-04:00';
    const end = '2023-11-05T01:30:00-05:00';
    expect(formatTimeRange(start, end, fr)).toBe(
      `1\u00a0h\u00a030 HAE${THIN}–${THIN}1\u00a0h\u00a030 HNE`,
    );
    expect(formatTimeRange(start, end, en)).toBe(`1:30${NNBSP}a.m. EDT–1:30${NNBSP}a.m. EST`);
  });

  it('names each end’s zone when clocks go forward during the workshop', () => {
    const start = '2023-03-12T01:30:00-05:00';
    const end = '2023-03-12T03:30:00-04:00';
    expect(formatTimeRange(start, end, fr)).toBe(
      `1\u00a0h\u00a030 HNE${THIN}–${THIN}3\u00a0h\u00a030 HAE`,
    );
  });
});

describe('formatTime', () => {
  it('writes one time', () => {
    expect(formatTime(t('14:00'), fr)).toBe('14\u00a0h');
    expect(formatTime(t('00:15'), fr)).toBe('0\u00a0h\u00a015');
    expect(formatTime(t('14:00'), en)).toBe(`2:00${NNBSP}p.m.`);
    expect(formatTime(t('09:30'), { ...en, timeZone: 'Asia/Tokyo', eventTimeZone: MONTREAL })).toBe(
      `10:30${NNBSP}p.m. GMT+9`,
    );
  });
});

describe('formatDayHeading', () => {
  it('writes a calendar date in both languages', () => {
    expect(formatDayHeading('2023-05-16', { lang: 'fr' })).toBe('mardi 16 mai');
    expect(formatDayHeading('2023-05-16', { lang: 'en' })).toBe('Tuesday, May 16');
    expect(formatDayHeading('2024-02-29', { lang: 'fr' })).toBe('jeudi 29 février');
  });

  it('writes the first of a month as an ordinal in French only', () => {
    expect(formatDayHeading('2023-06-01', { lang: 'fr' })).toBe('jeudi 1er juin');
    expect(formatDayHeading('2023-06-01', { lang: 'en' })).toBe('Thursday, June 1');
    expect(formatDayHeading('2023-06-11', { lang: 'fr' })).toBe('dimanche 11 juin');
    expect(formatDayHeading('2023-05-31T23:30:00-04:00', { lang: 'fr', timeZone: PARIS })).toBe(
      'jeudi 1er juin',
    );
  });

  it('ignores the zone for a calendar date', () => {
    expect(formatDayHeading('2023-05-16', { lang: 'fr', timeZone: 'Pacific/Kiritimati' })).toBe(
      'mardi 16 mai',
    );
  });

  it('writes an instant on its day in the zone', () => {
    expect(formatDayHeading(t('23:30'), { lang: 'fr', timeZone: MONTREAL })).toBe('mardi 16 mai');
    expect(formatDayHeading(t('23:30'), { lang: 'fr', timeZone: PARIS })).toBe('mercredi 17 mai');
    expect(formatDayHeading(new Date(t('23:30')), { lang: 'en', timeZone: PARIS })).toBe(
      'Wednesday, May 17',
    );
  });
});

describe('formatDateTimeRange', () => {
  it('writes the day and the times', () => {
    expect(formatDateTimeRange(t('09:30'), t('10:45'), fr)).toBe(
      `mardi 16 mai, 9\u00a0h\u00a030${THIN}–${THIN}10\u00a0h\u00a045`,
    );
    expect(formatDateTimeRange(t('09:30'), t('10:45'), en)).toBe(
      `Tuesday, May 16, 9:30–10:45${NNBSP}a.m.`,
    );
  });

  it('writes the first of a month as an ordinal in French', () => {
    const start = '2023-06-01T09:30:00-04:00';
    const end = '2023-06-01T10:45:00-04:00';
    expect(formatDateTimeRange(start, end, fr)).toBe(
      `jeudi 1er juin, 9\u00a0h\u00a030${THIN}–${THIN}10\u00a0h\u00a045`,
    );
    expect(formatDateTimeRange(start, end, en)).toBe(`Thursday, June 1, 9:30–10:45${NNBSP}a.m.`);
  });

  it('writes both days of a workshop past midnight', () => {
    const end = '2023-05-17T01:00:00-04:00';
    expect(formatDateTimeRange(t('23:30'), end, fr)).toBe(
      `mardi 16 mai à 23\u00a0h\u00a030${THIN}–${THIN}mercredi 17 mai à 1\u00a0h`,
    );
    expect(formatDateTimeRange(t('23:30'), end, en)).toBe(
      `Tuesday, May 16 at 11:30${NNBSP}p.m.–Wednesday, May 17 at 1:00${NNBSP}a.m.`,
    );
  });

  it('moves the day and names the zone for a visitor elsewhere', () => {
    const options = { timeZone: PARIS, eventTimeZone: MONTREAL } as const;
    const end = '2023-05-17T00:45:00-04:00';
    expect(formatDateTimeRange(t('23:30'), end, { lang: 'fr', ...options })).toBe(
      `mercredi 17 mai, 5\u00a0h\u00a030${THIN}–${THIN}6\u00a0h\u00a045 UTC+2`,
    );
    expect(formatDateTimeRange(t('23:30'), end, { lang: 'en', ...options })).toBe(
      `Wednesday, May 17, 5:30–6:45${NNBSP}a.m. GMT+2`,
    );
  });

  it('names each end’s zone across a clock change', () => {
    expect(formatDateTimeRange('2023-11-05T01:30:00-04:00', '2023-11-05T01:30:00-05:00', fr)).toBe(
      `dimanche 5 novembre à 1\u00a0h\u00a030 HAE${THIN}–${THIN}dimanche 5 novembre à 1\u00a0h\u00a030 HNE`,
    );
  });
});

describe('time zones', () => {
  it('recognizes aliases as the same zone', () => {
    expect(isSameTimeZone(MONTREAL, MONTREAL)).toBe(true);
    expect(isSameTimeZone(MONTREAL, 'America/Toronto')).toBe(true);
    expect(isSameTimeZone(MONTREAL, PARIS)).toBe(false);
  });

  it('gives the short name in effect at an instant', () => {
    expect(formatTimeZoneName('2023-05-16T12:00:00Z', { lang: 'fr', timeZone: MONTREAL })).toBe(
      'HAE',
    );
    expect(formatTimeZoneName('2023-01-16T12:00:00Z', { lang: 'fr', timeZone: MONTREAL })).toBe(
      'HNE',
    );
    expect(formatTimeZoneName('2023-05-16T12:00:00Z', { lang: 'en', timeZone: MONTREAL })).toBe(
      'EDT',
    );
    expect(formatTimeZoneName('2023-05-16T12:00:00Z', { lang: 'fr', timeZone: PARIS })).toBe(
      'UTC+2',
    );
  });

  it('finds the city of a zone, with its diacritics and its French name', () => {
    expect(timeZoneCity(MONTREAL, 'en')).toBe('Montréal');
    expect(timeZoneCity('Europe/Brussels', 'fr')).toBe('Bruxelles');
    expect(timeZoneCity('Europe/Brussels', 'en')).toBe('Brussels');
    expect(timeZoneCity('America/Argentina/Buenos_Aires', 'fr')).toBe('Buenos Aires');
    expect(timeZoneCity('UTC', 'fr')).toBeUndefined();
    expect(timeZoneCity('Etc/GMT+5', 'fr')).toBeUndefined();
  });

  it('labels a zone toggle', () => {
    expect(formatTimeZoneLabel(MONTREAL, 'fr')).toBe('Heure de Montréal');
    expect(formatTimeZoneLabel(MONTREAL, 'en')).toBe('Montréal time');
    expect(formatTimeZoneLabel('America/Edmonton', 'fr')).toBe('Heure d’Edmonton');
    expect(formatTimeZoneLabel('America/Port_of_Spain', 'en')).toBe('Port of Spain time');
    expect(formatTimeZoneLabel('America/St_Johns', 'fr')).toBe(
      'Heure de Saint-Jean de Terre-Neuve',
    );
    expect(formatTimeZoneLabel('UTC', 'fr')).toBe('Heure UTC');
    expect(formatTimeZoneLabel('UTC', 'en')).toBe('UTC time');
  });

  it('refuses an unknown zone', () => {
    expect(() =>
      formatTimeRange(t('09:00'), t('10:00'), { lang: 'fr', timeZone: 'Nowhere' }),
    ).toThrow(RangeError);
  });
});
