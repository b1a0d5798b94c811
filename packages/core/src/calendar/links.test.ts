import { describe, expect, it } from 'vitest';
import type { Summit, Workshop } from '../summit/summit.schema.js';
import { googleCalendarUrl, outlookCalendarUrl } from './links.js';

const WORKSHOP: Workshop = {
  id: 'w1',
  title: {
    fr: 'Finance solidaire ; «\u00a0pourquoi\u00a0» & comment ?',
    en: 'Fair finance & why?',
  },
  summary: { fr: 'Résumé, court.', en: 'Short summary.' },
  description: { fr: 'Ligne 1\r\nLigne 2 👩🏽‍🌾 合作社\u0007', en: 'Line 1\nLine 2' },
  themeIds: ['finance'],
  start: '2023-05-16T09:30:00-04:00',
  end: '2023-05-16T11:00:00-04:00',
  room: { fr: 'Salle 2A', en: 'Room 2A' },
  format: 'workshop',
  speakerIds: ['ana'],
  url: 'https://gics.example/2023/ateliers/w1?x=1&y=2',
  links: [],
  tags: [],
};

const SUMMIT: Summit = {
  id: 'gics-2023',
  name: 'GICS 2023',
  year: 2023,
  timeZone: 'America/Toronto',
  startDate: '2023-05-16',
  endDate: '2023-05-18',
  venue: { fr: 'Palais des congrès', en: 'Convention Centre' },
  rooms: [],
  themes: [{ id: 'finance', name: 'Finance' }],
  members: [
    {
      id: 'ana',
      name: 'Ana Silva',
      kind: 'individual',
      organisation: 'Coop Alpha',
      languages: [],
      tags: [],
      links: [],
    },
  ],
  practices: [],
  workshops: [WORKSHOP],
};

function params(link: string, base: string): Record<string, string> {
  const url = new URL(link);
  expect(`${url.origin}${url.pathname}`).toBe(base);
  const entries = [...url.searchParams];
  const result = Object.fromEntries(entries);
  expect(Object.keys(result)).toHaveLength(entries.length); // No repeated parameter.
  return result;
}

describe('googleCalendarUrl', () => {
  const base = 'https://calendar.google.com/calendar/render';

  it('fills in the event template in French', () => {
    expect(params(googleCalendarUrl(WORKSHOP, { lang: 'fr', summit: SUMMIT }), base)).toEqual({
      action: 'TEMPLATE',
      text: 'Finance solidaire ; «\u00a0pourquoi\u00a0» & comment ?',
      dates: '20230516T133000Z/20230516T150000Z',
      details:
        'Résumé, court.\n\nLigne 1\nLigne 2 👩🏽‍🌾 合作社\n\n' +
        'Intervenants\u00a0: Ana Silva (Coop Alpha)\n\n' +
        'https://gics.example/2023/ateliers/w1?x=1&y=2',
      location: 'Salle 2A, Palais des congrès',
    });
  });

  it('fills in the event template in English', () => {
    expect(params(googleCalendarUrl(WORKSHOP, { lang: 'en', summit: SUMMIT }), base)).toEqual({
      action: 'TEMPLATE',
      text: 'Fair finance & why?',
      dates: '20230516T133000Z/20230516T150000Z',
      details:
        'Short summary.\n\nLine 1\nLine 2\n\nSpeakers: Ana Silva (Coop Alpha)\n\n' +
        'https://gics.example/2023/ateliers/w1?x=1&y=2',
      location: 'Room 2A, Convention Centre',
    });
  });

  it('works without the summit and leaves out empty fields', () => {
    const bare: Workshop = {
      ...WORKSHOP,
      summary: undefined,
      description: undefined,
      room: undefined,
      url: undefined,
    };
    expect(params(googleCalendarUrl(bare, { lang: 'en' }), base)).toEqual({
      action: 'TEMPLATE',
      text: 'Fair finance & why?',
      dates: '20230516T133000Z/20230516T150000Z',
    });
  });
});

describe('outlookCalendarUrl', () => {
  const base = 'https://outlook.live.com/calendar/0/action/compose';

  it('fills in the compose form in French', () => {
    const link = outlookCalendarUrl(WORKSHOP, { lang: 'fr', summit: SUMMIT });
    expect(link).toContain('path=%2Fcalendar%2Faction%2Fcompose&rru=addevent');
    expect(params(link, base)).toEqual({
      subject: 'Finance solidaire ; «\u00a0pourquoi\u00a0» & comment ?',
      startdt: '2023-05-16T13:30:00Z',
      enddt: '2023-05-16T15:00:00Z',
      body:
        'Résumé, court.\n\nLigne 1\nLigne 2 👩🏽‍🌾 合作社\n\n' +
        'Intervenants\u00a0: Ana Silva (Coop Alpha)\n\n' +
        'https://gics.example/2023/ateliers/w1?x=1&y=2',
      location: 'Salle 2A, Palais des congrès',
      path: '/calendar/action/compose',
      rru: 'addevent',
    });
  });

  it('fills in the compose form in English', () => {
    const result = params(outlookCalendarUrl(WORKSHOP, { lang: 'en', summit: SUMMIT }), base);
    expect(result.subject).toBe('Fair finance & why?');
    expect(result.location).toBe('Room 2A, Convention Centre');
    expect(result.body).toContain('Speakers: Ana Silva (Coop Alpha)');
  });

  it('rejects a workshop without valid times', () => {
    expect(() => outlookCalendarUrl({ ...WORKSHOP, start: 'soon' }, { lang: 'fr' })).toThrow(
      RangeError,
    );
  });
});
