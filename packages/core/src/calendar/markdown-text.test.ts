import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Summit, Workshop } from '../summit/summit.schema.js';
import { toICalendar } from './icalendar.js';
import { googleCalendarUrl } from './links.js';

const workshop: Workshop = {
  id: 'atelier',
  title: 'Les données ouvertes, en **pratique**',
  start: '2023-05-16T09:30:00-04:00',
  end: '2023-05-16T11:00:00-04:00',
  summary: 'Un atelier sur **la gouvernance** des données, _pas à pas_.',
  description:
    '## Au programme\n- les licences `CC BY`\n- [le guide](https://example.org/guide)\n\nVoir <https://example.org/faq>.',
  themeIds: [],
  speakerIds: [],
  format: 'workshop',
  links: [],
  tags: [],
};

const summit: Summit = {
  id: 'gics-2023',
  name: 'GICS 2023',
  year: 2023,
  city: 'Montréal',
  country: 'CA',
  timeZone: 'America/Toronto',
  startDate: '2023-05-16',
  endDate: '2023-05-16',
  rooms: [],
  themes: [],
  members: [],
  practices: [],
  workshops: [workshop],
};

const PLAIN_DESCRIPTION =
  'Un atelier sur la gouvernance des données, pas à pas.\n\n' +
  'Au programme\n\n• les licences CC BY\n• le guide\n\nVoir https://example.org/faq.';

describe('calendar text of Markdown summaries and descriptions', () => {
  it('writes them into DESCRIPTION as plain text, and leaves the title as written', () => {
    const ics = toICalendar(summit, { lang: 'fr', now: new Date('2023-05-01T12:00:00Z') });
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('description')).toBe(PLAIN_DESCRIPTION);
    expect(event.getFirstPropertyValue('summary')).toBe(workshop.title);
  });

  it('gives the calendar links the same plain text', () => {
    const url = new URL(googleCalendarUrl(workshop, { lang: 'fr', summit }));
    expect(url.searchParams.get('details')).toBe(PLAIN_DESCRIPTION);
  });
});
