/**
 * Structured data for the community of practice: the practices library as a schema.org
 * `ItemList` of `CreativeWork`s, the member directory as an `ItemList` of `Person`s,
 * `Organization`s and `Cooperative`s, written as JSON-LD with `jsonLdText` (see `json-ld.ts`).
 *
 * Only what the elements show goes in: a directory lists only the members `isListedMember`
 * allows, and gives a person's city and country but never their coordinates.
 */
import type { Community } from '../community/community.schema.js';
import { isListedMember } from '../community/listed.js';
import type { Language } from '../summit/localized-text.js';
import { localize } from '../summit/localized-text.js';
import type { Member, Practice } from '../summit/summit.schema.js';
import { performer, plain, type JsonLd } from './json-ld.js';

/** Where the library or the directory is, and how it links to one entry. */
export interface ListStructuredDataOptions<Entry> {
  lang: Language;
  /** The page the element is on, as an absolute URL: entries link to their deep link there. */
  pageUrl?: string;
  /** An entry's own page (the element's `practice-href` or equivalent), as an absolute URL. */
  entryUrl?: (entry: Entry) => string | undefined;
}

function entryPage<Entry extends { id: string }>(
  entry: Entry,
  prefix: string,
  options: ListStructuredDataOptions<Entry>,
): string | undefined {
  const own = options.entryUrl?.(entry);
  if (own) return own;
  if (!options.pageUrl) return undefined;
  const page = new URL(options.pageUrl);
  page.hash = `${prefix}-${entry.id}`;
  return page.href;
}

function itemList(name: string, items: JsonLd[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: name || undefined,
    numberOfItems: items.length,
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item,
    })),
  };
}

function practiceWork(
  practice: Practice,
  community: Community,
  members: ReadonlyMap<string, Member>,
  options: ListStructuredDataOptions<Practice>,
): JsonLd {
  const { lang } = options;
  const themes = practice.themeIds
    .map((id) => community.themes.find((theme) => theme.id === id))
    .filter((theme) => theme !== undefined);
  const authors = practice.authorIds
    .map((id) => members.get(id))
    .filter((member): member is Member => member !== undefined);
  return {
    '@type': 'CreativeWork',
    name: localize(practice.title, lang),
    abstract: plain(localize(practice.summary, lang)),
    about: themes.length
      ? themes.map((theme) => ({ '@type': 'Thing', name: localize(theme.name, lang) }))
      : undefined,
    keywords: practice.tags.length ? practice.tags.join(', ') : undefined,
    inLanguage: practice.languages.length ? practice.languages : undefined,
    author: authors.length ? authors.map((member) => performer(member, lang)) : undefined,
    datePublished: practice.date,
    dateModified: practice.updated,
    url: entryPage(practice, 'practice', options),
    sameAs: practice.url,
  };
}

/**
 * The community's practices as a schema.org `ItemList` of `CreativeWork`s (title, summary as
 * `abstract`, themes as `about`, tags, languages, authors, dates, link), in the order given.
 */
export function practicesStructuredData(
  community: Community,
  options: ListStructuredDataOptions<Practice>,
  practices: readonly Practice[] = community.practices,
): JsonLd {
  const members = new Map(community.members.map((member) => [member.id, member]));
  return itemList(
    localize(community.name, options.lang),
    practices.map((practice) => practiceWork(practice, community, members, options)),
  );
}

/**
 * The community's listed members as a schema.org `ItemList` of `Person`s, `Organization`s and
 * `Cooperative`s (name, description, address, languages, link; an organisation's coordinates,
 * never a person's).
 */
export function membersStructuredData(
  community: Community,
  options: ListStructuredDataOptions<Member>,
): JsonLd {
  const { lang } = options;
  const listed = community.members.filter(isListedMember);
  return itemList(
    localize(community.name, lang),
    listed.map((member) => {
      const node = performer(member, lang);
      const person = node['@type'] === 'Person';
      const address =
        member.city || member.country
          ? {
              '@type': 'PostalAddress',
              addressLocality: member.city,
              addressCountry: member.country,
            }
          : undefined;
      return {
        ...node,
        ...(person ? { homeLocation: address && { '@type': 'Place', address } } : { address }),
        ...(!person && member.location
          ? {
              geo: {
                '@type': 'GeoCoordinates',
                latitude: member.location.lat,
                longitude: member.location.lon,
              },
            }
          : {}),
        knowsLanguage: member.languages.length ? member.languages : undefined,
        url: entryPage(member, 'member', options),
        sameAs: member.url,
      };
    }),
  );
}
