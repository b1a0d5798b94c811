import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../community/community.js';
import { isListedMember } from '../community/listed.js';
import { gicsCommunity } from '../samples/community.js';
import type { JsonLd } from './json-ld.js';
import { jsonLdText } from './json-ld.js';
import { membersStructuredData, practicesStructuredData } from './community.js';

const parsed = parseCommunity(gicsCommunity);
if (!parsed.ok) throw new Error('the community sample must be valid');
const community = parsed.community;
const items = (list: JsonLd) =>
  (list.itemListElement as JsonLd[]).map((element) => element.item as JsonLd);

describe('practicesStructuredData', () => {
  const list = practicesStructuredData(community, {
    lang: 'fr',
    pageUrl: 'https://coop.example/pratiques',
  });

  it('lists every practice as a CreativeWork, in order, with its position', () => {
    expect(list['@type']).toBe('ItemList');
    expect(list.numberOfItems).toBe(community.practices.length);
    const positions = (list.itemListElement as JsonLd[]).map((element) => element.position);
    expect(positions).toEqual(community.practices.map((_, index) => index + 1));
    const first = items(list)[0]!;
    const practice = community.practices[0]!;
    expect(first['@type']).toBe('CreativeWork');
    expect(first.name).toBe(
      typeof practice.title === 'string' ? practice.title : practice.title.fr,
    );
    expect(first.url).toBe(`https://coop.example/pratiques#practice-${practice.id}`);
    expect(first.datePublished).toBe(practice.date);
  });

  it('names its authors and themes, and links to the host’s page when given one', () => {
    const withAuthors = items(
      practicesStructuredData(community, {
        lang: 'en',
        entryUrl: (practice) => `https://coop.example/practices/${practice.id}`,
      }),
    ).find((work) => Array.isArray(work.author))!;
    for (const author of withAuthors.author as JsonLd[]) {
      expect(['Person', 'Organization', 'Cooperative']).toContain(author['@type']);
    }
    expect((withAuthors.about as JsonLd[])[0]!['@type']).toBe('Thing');
    expect(withAuthors.url).toMatch(/^https:\/\/coop\.example\/practices\//);
  });
});

describe('membersStructuredData', () => {
  const list = membersStructuredData(community, { lang: 'en' });
  const listed = community.members.filter(isListedMember);

  it('lists only the members a directory may show', () => {
    expect(items(list).map((member) => member.name)).toEqual(listed.map((member) => member.name));
    expect(listed.length).toBeLessThan(community.members.length);
  });

  it('gives organisations their coordinates, never a person', () => {
    for (const [index, member] of items(list).entries()) {
      if (member['@type'] === 'Person') expect(member.geo).toBeUndefined();
      else if (listed[index]!.location)
        expect(member.geo).toMatchObject({ '@type': 'GeoCoordinates' });
    }
    expect(items(list).some((member) => member['@type'] === 'Cooperative')).toBe(true);
  });

  it('writes as safe JSON-LD text', () => {
    const text = jsonLdText(list);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(list)));
  });
});
