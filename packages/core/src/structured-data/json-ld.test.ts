import { describe, expect, it } from 'vitest';
import { montreal2023 } from '../samples/montreal-2023.js';
import { parseSummit } from '../summit/worded.js';
import type { Summit } from '../summit/summit.schema.js';
import { jsonLdText, summitStructuredData, type JsonLd } from './json-ld.js';

function summitOf(input: unknown): Summit {
  const result = parseSummit(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.summit;
}

const montreal = summitOf(montreal2023);

/** The properties Google's Event rich results require, checked on one event. */
function richResultProblems(event: JsonLd, where: string): string[] {
  const problems: string[] = [];
  if (typeof event.name !== 'string' || event.name === '') problems.push(`${where}: no name`);
  const start = event.startDate;
  if (typeof start !== 'string' || Number.isNaN(Date.parse(start))) {
    problems.push(`${where}: no valid startDate`);
  }
  const location = event.location as JsonLd | undefined;
  if (!location || location['@type'] !== 'Place' || !location.name) {
    problems.push(`${where}: no location Place with a name`);
  }
  const address = location?.address as JsonLd | undefined;
  if (!address || address['@type'] !== 'PostalAddress' || !address.addressLocality) {
    problems.push(`${where}: no location address`);
  }
  return problems;
}

describe('summitStructuredData', () => {
  const data = summitStructuredData(montreal, {
    lang: 'fr',
    pageUrl: 'https://coop.example/programme?jour=1',
  });
  const subEvents = data.subEvent as JsonLd[];

  it('describes the summit as an Event with every workshop as a sub-event, as Google requires', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Event');
    expect(subEvents).toHaveLength(montreal.workshops.length);
    const problems = [
      ...richResultProblems(data, 'summit'),
      ...subEvents.flatMap((event, index) => richResultProblems(event, `subEvent ${index}`)),
    ];
    expect(problems).toEqual([]);
  });

  it('writes times with their offset, places in the venue, languages, speakers and deep links', () => {
    const first = montreal.workshops[0]!;
    const event = subEvents[0]!;
    expect(event.startDate).toBe(first.start);
    expect(event.startDate).toMatch(/[+-]\d\d:\d\d$/);
    expect(event.name).toBe(typeof first.title === 'string' ? first.title : first.title.fr);
    expect(event.url).toBe(`https://coop.example/programme?jour=1#workshop-${first.id}`);
    expect(event.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    const location = event.location as JsonLd;
    expect((location.address as JsonLd).addressLocality).toBe('Montréal');
    expect((location.address as JsonLd).addressCountry).toBe('CA');
    expect(data.location).toMatchObject({ '@type': 'Place' });
    const withSpeaker = subEvents.find((each) => Array.isArray(each.performer));
    expect(withSpeaker, 'the sample has speakers').toBeDefined();
    for (const each of withSpeaker!.performer as JsonLd[]) {
      expect(['Person', 'Organization', 'Cooperative']).toContain(each['@type']);
      expect(typeof each.name).toBe('string');
    }
  });

  it('names co-operatives as Cooperative, other organisations as Organization, people as Person', () => {
    const summit = summitOf({
      id: 's',
      name: 'S',
      year: 2024,
      timeZone: 'Europe/Paris',
      startDate: '2024-06-01',
      endDate: '2024-06-01',
      city: 'Paris',
      country: 'FR',
      members: [
        { id: 'c', name: 'Coop A', kind: 'cooperative' },
        { id: 'm', name: 'Mutuelle B', kind: 'mutual' },
        { id: 'p', name: 'Ada', kind: 'individual', organisation: 'Coop A' },
        { id: 'u', name: 'Sans type' },
      ],
      workshops: [
        {
          id: 'w',
          title: 'T',
          start: '2024-06-01T10:00:00+02:00',
          end: '2024-06-01T11:00:00+02:00',
          speakerIds: ['c', 'm', 'p', 'u'],
          language: 'bilingual',
          url: 'https://coop.example/t',
        },
      ],
    });
    const event = (
      summitStructuredData(summit, {
        lang: 'en',
        workshopUrl: (workshop) => `https://coop.example/ateliers/${workshop.id}`,
      }).subEvent as JsonLd[]
    )[0]!;
    expect((event.performer as JsonLd[]).map((each) => each['@type'])).toEqual([
      'Cooperative',
      'Organization',
      'Person',
      'Person',
    ]);
    expect((event.performer as JsonLd[])[2]!.affiliation).toEqual({
      '@type': 'Organization',
      name: 'Coop A',
    });
    expect(event.inLanguage).toEqual(['fr', 'en']);
    expect(event.url).toBe('https://coop.example/ateliers/w');
    // Without a room, the workshop takes place at the summit's place.
    expect((event.location as JsonLd).name).toBe('Paris');
  });
});

describe('jsonLdText', () => {
  it('keeps a title that holds </script> or <!-- from ending or changing the block', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028';
    const data: JsonLd = { '@type': 'Event', name: hostile };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('reads back as the same data for a whole summit', () => {
    const data = summitStructuredData(montreal, { lang: 'en' });
    expect(JSON.parse(jsonLdText(data))).toEqual(JSON.parse(JSON.stringify(data)));
  });
});
