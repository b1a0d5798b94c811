import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { isListedMember } from '../community/listed.js';
import { Member } from '../summit/summit.schema.js';
import { fromMurmurations, type MurmurationsCommunity } from './murmurations.js';
import { countryCode, organisationKind } from './murmurations-fields.js';
import {
  libraryFieldRules,
  organizationsSchemaRules,
  peopleSchemaRules,
} from './testing/murmurations-schemas.js';

type MemberInput = MurmurationsCommunity['members'][number];

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(here, 'fixtures', name), 'utf8'));

function imported(json: unknown) {
  const result = fromMurmurations(json);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join('\n'));
  return result;
}

function memberNamed(members: readonly MemberInput[], name: string): MemberInput {
  const member = members.find((candidate) => candidate.name === name);
  if (!member) throw new Error(`no member named ${name}`);
  return member;
}

const notesOf = (result: ReturnType<typeof imported>) =>
  result.notes.map((note) => `${note.code} @ ${note.where}`);

describe('the fixtures', () => {
  it('follow the Murmurations schemas they name', () => {
    const ajv = new Ajv({ allErrors: true });
    const organisation = ajv.compile(organizationsSchemaRules);
    const person = ajv.compile(peopleSchemaRules);
    for (const profile of fixture('murmurations-profiles.json') as Array<{
      linked_schemas: string[];
    }>) {
      const validate = profile.linked_schemas.includes('people_schema-v0.1.0')
        ? person
        : organisation;
      expect(validate(profile), ajv.errorsText(validate.errors)).toBe(true);
    }
  });
});

describe('fromMurmurations: profiles', () => {
  const result = imported(fixture('murmurations-profiles.json'));
  const { members } = result.community;

  it('makes one member per profile, each valid for the member schema', () => {
    expect(members).toHaveLength(7);
    for (const member of members) expect(Member.safeParse(member).success).toBe(true);
  });

  it('maps every field a member has a place for', () => {
    expect(memberNamed(members, 'Coopérative forestière du Haut-Lac')).toEqual({
      id: 'coop-haut-lac-example-fr',
      name: 'Coopérative forestière du Haut-Lac',
      kind: 'cooperative',
      country: 'CA',
      location: { lat: 46.8123, lon: -71.2145 },
      url: 'https://www.coop-haut-lac.example/fr',
      bio: 'Coopérative de travailleurs fictive qui gère des boisés privés et transforme le bois localement.',
      languages: [],
      tags: ['coopérative', 'foresterie', 'économie circulaire'],
      image: 'https://www.coop-haut-lac.example/logo.png',
      links: [
        { url: 'https://www.coop-haut-lac.example/rapport-2025.pdf', title: 'Rapport annuel' },
        { url: 'https://blogue.coop-haut-lac.example/', title: 'Blogue' },
      ],
    });
    expect(memberNamed(members, 'Noor Exemplaire')).toEqual({
      id: 'noor-exemplaire-example',
      name: 'Noor Exemplaire',
      kind: 'individual',
      country: 'SN',
      city: 'Dakar',
      location: { lat: 14.6928, lon: -17.4467 },
      url: 'https://noor-exemplaire.example/',
      bio: 'Personnage fictif. Facilitatrice auprès de coopératives d’habitation.',
      languages: ['fr', 'wo', 'en'],
      tags: ['facilitation', 'gouvernance coopérative'],
      image: 'https://noor-exemplaire.example/photo.jpg',
      listed: true,
      links: [{ url: 'https://social.example/@noor', title: 'Mastodon' }],
    });
  });

  it('tells a co-operative, a mutual and an academic body from their tags, else other', () => {
    expect(members.map((member) => [member.name, member.kind])).toEqual([
      ['Coopérative forestière du Haut-Lac', 'cooperative'],
      ['Mutuelle des artisans de Ndiaganiao', 'mutual'],
      ['Laboratoire fictif d’économie sociale de Valbrune', 'academic'],
      ['Westmoor Repair Circle', 'other'],
      ['Noor Exemplaire', 'individual'],
      ['Tomás Ficticio', 'individual'],
      ['Léa Modèle', 'individual'],
    ]);
  });

  it('lists the people it imports: a published profile is the agreement to be listed', () => {
    const people = members.filter((member) => member.kind === 'individual');
    expect(people.map((person) => person.listed)).toEqual([true, true, true]);
    expect(members.map((member) => Member.parse(member)).every(isListedMember)).toBe(true);
  });

  it('reads languages given as names, and a country as a code or a name in country_name', () => {
    expect(memberNamed(members, 'Tomás Ficticio')).toMatchObject({
      languages: ['es', 'en'],
      country: 'CL',
      city: 'Valparaíso',
    });
    expect(memberNamed(members, 'Léa Modèle')).toMatchObject({ languages: ['fr'], country: 'BE' });
  });

  it('notes the fields a member has no place for, one note per profile, never failing', () => {
    const leftOut = result.notes.filter((note) => note.code === 'fields_not_imported');
    expect(leftOut.map((note) => [note.where, note.params['value']])).toEqual([
      ['[0]', 'nickname, mission, status, full_address, relationships, starts_at'],
      ['[1]', 'telephone, contact_details'],
      ['[2]', 'geographic_scope'],
      ['[3]', 'rss'],
      ['[4]', 'region, contact_details'],
    ]);
    expect(leftOut[0]!.message.en).toContain('Coopérative forestière du Haut-Lac');
    expect(notesOf(result).filter((note) => !note.startsWith('fields_not_imported'))).toEqual([]);
  });
});

describe('fromMurmurations: an Index API answer', () => {
  const result = imported(fixture('murmurations-index.json'));
  const { members } = result.community;

  it('reads the nodes of data[], leaving out the ones the Index says are deleted', () => {
    expect(members.map((member) => member.name)).toEqual([
      'Boulangerie coopérative du Vieux-Port',
      'Inès Placeholder',
      'Marché d’échange fictif',
      'Nowhere Housing Co-op',
    ]);
    expect(notesOf(result)).toContain('deleted_profile_skipped @ data[2]');
  });

  it('maps the Index fields, reading a primary_url without its scheme as https', () => {
    expect(members[0]).toEqual({
      id: 'coop-boulangerie-example',
      name: 'Boulangerie coopérative du Vieux-Port',
      kind: 'cooperative',
      country: 'FR',
      city: 'Marseille',
      location: { lat: 43.2951, lon: 5.3745 },
      url: 'https://coop-boulangerie.example/',
      languages: [],
      tags: ['boulangerie', 'scop'],
      links: [],
    });
    expect(members[1]).toMatchObject({
      id: 'people-example-ines',
      kind: 'individual',
      url: 'https://people.example/ines',
      listed: true,
    });
    expect(notesOf(result)).toContain('url_scheme_assumed @ data[0].primary_url');
  });

  it('reads flat latitude/longitude, and notes another schema, 0, 0 and an unknown country', () => {
    expect(members[2]).toMatchObject({ kind: 'other', location: { lat: 45.5017, lon: -73.5673 } });
    const nowhere = members[3]!;
    expect(nowhere.location).toBeUndefined();
    expect(nowhere.country).toBeUndefined();
    // No primary_url: the id comes from where the profile is.
    expect(nowhere.id).toBe('nowhere-coop-example-profile-json');
    expect(nowhere.kind).toBe('cooperative');
    expect(notesOf(result)).toEqual([
      'fields_not_imported @ data[0]',
      'url_scheme_assumed @ data[0].primary_url',
      'url_scheme_assumed @ data[1].primary_url',
      'deleted_profile_skipped @ data[2]',
      'schema_not_recognised @ data[3]',
      'url_scheme_assumed @ data[3].primary_url',
      'unknown_fields @ data[4]',
      'unmapped_country @ data[4].country',
      'invalid_location @ data[4].geolocation',
    ]);
  });
});

describe('fromMurmurations: odd documents', () => {
  it('reads a single profile', () => {
    const result = imported({
      linked_schemas: ['organizations_schema-v1.0.0'],
      name: 'Coop solo',
      favourite_colour: 'green',
    });
    expect(result.community.members.map((member) => member.id)).toEqual(['coop-solo']);
    expect(result.notes.map((note) => [note.code, note.where, note.params['value']])).toEqual([
      ['unknown_fields', '(root)', 'favourite_colour'],
    ]);
  });

  it('skips what is not a profile, drops unsafe links and unknown languages, with notes', () => {
    const result = imported([
      'not a profile',
      { linked_schemas: ['people_schema-v0.1.0'], tags: ['x'] },
      {
        linked_schemas: ['people_schema-v0.1.0'],
        name: 'Sam Essai',
        primary_url: 'javascript:alert(1)',
        image: 'data:image/png;base64,AAAA',
        tags: ['x', 'x', 42, ''],
        knows_language: ['klingon-ish!', 'bilingue'],
        urls: [
          { url: 'javascript:alert(2)' },
          'https://loose.example',
          { name: 'Ok', url: 'https://ok.example/' },
        ],
        geolocation: { lat: 91, lon: 10 },
      },
    ]);
    const [sam] = result.community.members;
    expect(sam).toEqual({
      id: 'sam-essai',
      name: 'Sam Essai',
      kind: 'individual',
      languages: ['fr', 'en'],
      tags: ['x', '42'],
      listed: true,
      links: [{ url: 'https://ok.example/', title: 'Ok' }],
    });
    expect(notesOf(result)).toEqual([
      'entry_not_object @ [0]',
      'profile_without_name @ [1]',
      'unsafe_url_dropped @ [2].primary_url',
      'invalid_location @ [2].geolocation',
      'unmapped_language @ [2].knows_language[0]',
      'unsafe_url_dropped @ [2].image',
      'unsafe_url_dropped @ [2].urls[0].url',
      'entry_not_object @ [2].urls[1]',
    ]);
  });

  it('keeps ids unique when two profiles share an address, and says so', () => {
    const profile = { name: 'Twice', primary_url: 'https://same.example/' };
    const result = imported([profile, { ...profile, name: 'Twice again' }]);
    expect(result.community.members.map((member) => member.id)).toEqual([
      'same-example',
      'same-example-2',
    ]);
    expect(notesOf(result)).toEqual(['duplicate_id @ [1]']);
  });

  it('fails only on a document of none of the three shapes, and never throws', () => {
    for (const json of [null, 42, 'text', { profiles: [] }]) {
      const result = fromMurmurations(json);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(['not_murmurations']);
    }
    const hostile = Object.defineProperty({ data: [] }, 'data', {
      get() {
        throw new Error('boom');
      },
    });
    const result = fromMurmurations(hostile);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.code).toBe('import_failed');
  });

  it('takes the community id and name it is given', () => {
    const result = imported({ data: [] });
    expect(result.community).toMatchObject({ id: 'murmurations', members: [] });
    const named = fromMurmurations([], { id: 'reseau', name: { fr: 'Réseau', en: 'Network' } });
    expect(named.ok && named.community).toMatchObject({
      id: 'reseau',
      name: { fr: 'Réseau', en: 'Network' },
    });
  });

  it('writes library fields in an organisation profile by their definitions', () => {
    // `knows_language` and `locality` are read from organisations too.
    const result = imported({
      linked_schemas: ['organizations_schema-v1.0.0'],
      name: 'Groupe bilingue',
      knows_language: ['fr', 'en'],
      locality: 'Moncton',
    });
    expect(result.community.members[0]).toMatchObject({ languages: ['fr', 'en'], city: 'Moncton' });
    expect(result.notes).toEqual([]);
    expect(
      new Ajv().validate(libraryFieldRules, { knows_language: ['fr'], locality: 'Moncton' }),
    ).toBe(true);
  });
});

describe('Murmurations vocabulary', () => {
  it('reads country codes in any case and country names in English and French', () => {
    expect(countryCode('sn')).toBe('SN');
    expect(countryCode('Sénégal')).toBe('SN');
    expect(countryCode('Senegal')).toBe('SN');
    expect(countryCode('Belgique')).toBe('BE');
    expect(countryCode('United Kingdom')).toBe('GB');
    expect(countryCode('UK')).toBeUndefined();
    expect(countryCode('Atlantis')).toBeUndefined();
  });

  it('tells kinds from tags before the name, co-operatives first, mutual aid being no mutual', () => {
    expect(organisationKind(['Co-op'], 'X')).toBe('cooperative');
    expect(organisationKind(['co-operative housing'], 'X')).toBe('cooperative');
    expect(organisationKind(['mutual aid'], 'X')).toBeUndefined();
    expect(organisationKind(['Mutuelles'], 'X')).toBe('mutual');
    expect(organisationKind(['université', 'coopérative'], 'X')).toBe('cooperative');
    expect(organisationKind(['research'], 'Coop books')).toBe('academic');
    expect(organisationKind([], 'Université fictive')).toBe('academic');
    expect(organisationKind(['gardening'], 'Le jardin partagé')).toBeUndefined();
  });
});
