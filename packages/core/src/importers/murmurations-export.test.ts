import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { montreal2023 } from '../samples/montreal-2023.js';
import { Member } from '../summit/summit.schema.js';
import { fromMurmurations } from './murmurations.js';
import { toMurmurationsProfiles, type MurmurationsExportedProfile } from './murmurations-export.js';
import { isIsoCountry, PEOPLE_SCHEMA } from './murmurations-fields.js';
import {
  libraryFieldRules,
  organizationsSchemaRules,
  peopleSchemaRules,
} from './testing/murmurations-schemas.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(here, 'fixtures', name), 'utf8'));

const ajv = new Ajv({ allErrors: true });
const validators = {
  organisation: ajv.compile(organizationsSchemaRules),
  person: ajv.compile(peopleSchemaRules),
  library: ajv.compile(libraryFieldRules),
};

/** Fails with ajv's words when a profile breaks a rule of its schema or of a library field. */
function expectValid({ schema, profile }: MurmurationsExportedProfile): void {
  const validate = schema === PEOPLE_SCHEMA ? validators.person : validators.organisation;
  expect(validate(profile), ajv.errorsText(validate.errors)).toBe(true);
  expect(validators.library(profile), ajv.errorsText(validators.library.errors)).toBe(true);
  if (profile.country_iso_3166 !== undefined) {
    expect(isIsoCountry(profile.country_iso_3166)).toBe(true);
  }
}

function importedMembers(json: unknown) {
  const result = fromMurmurations(json);
  if (!result.ok) throw new Error('import failed');
  return result.community.members.map((member) => Member.parse(member));
}

const member = (fields: Partial<Member> & Pick<Member, 'id' | 'name'>): Member =>
  Member.parse(fields);

describe('toMurmurationsProfiles', () => {
  it('writes a valid profile per member, of the schema its kind says', () => {
    const members = importedMembers(fixture('murmurations-profiles.json'));
    const { profiles, notes } = toMurmurationsProfiles({ members });
    expect(profiles).toHaveLength(members.length);
    for (const exported of profiles) expectValid(exported);
    expect(profiles.map((exported) => exported.schema)).toEqual([
      'organizations_schema-v1.0.0',
      'organizations_schema-v1.0.0',
      'organizations_schema-v1.0.0',
      'organizations_schema-v1.0.0',
      'people_schema-v0.1.0',
      'people_schema-v0.1.0',
      'people_schema-v0.1.0',
    ]);
    expect(notes).toEqual([]);
    expect(profiles[4]).toEqual({
      memberId: 'noor-exemplaire-example',
      schema: 'people_schema-v0.1.0',
      profile: {
        linked_schemas: ['people_schema-v0.1.0'],
        name: 'Noor Exemplaire',
        primary_url: 'https://noor-exemplaire.example/',
        tags: ['facilitation', 'gouvernance coopérative'],
        description: 'Personnage fictif. Facilitatrice auprès de coopératives d’habitation.',
        image: 'https://noor-exemplaire.example/photo.jpg',
        urls: [{ name: 'Mastodon', url: 'https://social.example/@noor' }],
        knows_language: ['fr', 'wo', 'en'],
        locality: 'Dakar',
        country_iso_3166: 'SN',
        geolocation: { lat: 14.6928, lon: -17.4467 },
      },
    });
  });

  it('keeps every mapped field through import → export → import', () => {
    for (const name of ['murmurations-profiles.json', 'murmurations-index.json']) {
      const first = importedMembers(fixture(name));
      const exported = toMurmurationsProfiles({ members: first });
      const again = importedMembers(exported.profiles.map((item) => item.profile));
      // The id of a member without a primary_url comes from where its profile was published
      // (profile_url), which a profile does not say about itself: only that id changes.
      const withoutUrl = (members: Member[]) =>
        members.map(({ id, ...fields }) => (fields.url === undefined ? fields : { id, ...fields }));
      expect(withoutUrl(again)).toEqual(withoutUrl(first));
      expect(first.some((read) => read.url === undefined)).toBe(name === 'murmurations-index.json');
    }
  });

  it('exports the summit sample’s listed members, and says why the others are left out', () => {
    const { profiles, notes } = toMurmurationsProfiles(montreal2023, { lang: 'fr' });
    for (const exported of profiles) expectValid(exported);
    const exportedIds = new Set(profiles.map((exported) => exported.memberId));
    const notedIds = new Set(
      notes.filter((note) => note.code !== 'value_left_out').map((note) => note.memberId),
    );
    // Every member is either exported or named in a note saying why not.
    for (const { id } of montreal2023.members) {
      expect(exportedIds.has(id) !== notedIds.has(id), id).toBe(true);
    }
    const mutual = profiles.find((exported) => exported.memberId === 'mutuelle-fictive-du-quebec');
    expect(mutual?.profile).toMatchObject({
      linked_schemas: ['organizations_schema-v1.0.0'],
      description: 'Mutuelle d’assurance imaginaire, propriété de ses membres assurés.',
      locality: 'Québec',
      country_iso_3166: 'CA',
    });
    // The name says "mutuelle": no kind tag is needed.
    expect(mutual?.profile.tags).toBeUndefined();
    const english = toMurmurationsProfiles(montreal2023, { lang: 'en' }).profiles.find(
      (exported) => exported.memberId === 'mutuelle-fictive-du-quebec',
    );
    expect(english?.profile.description).toBe(
      'An imaginary insurance mutual, owned by its policyholders.',
    );
  });

  it('publishes a person only with listed: true, a web address and a tag', () => {
    const base = { kind: 'individual' as const, url: 'https://p.example/', tags: ['t'] };
    const { profiles, notes } = toMurmurationsProfiles({
      members: [
        member({ id: 'ok', name: 'Ok', ...base, listed: true }),
        member({ id: 'silent', name: 'Silent', ...base }),
        member({ id: 'declined', name: 'Declined', ...base, listed: false }),
        member({ id: 'mail', name: 'Mail', ...base, listed: true, url: 'mailto:m@p.example' }),
        member({ id: 'untagged', name: 'Untagged', ...base, listed: true, tags: [] }),
        // An academic who names an organisation is a person, listed or not by isListedMember.
        member({ id: 'prof', name: 'Prof', kind: 'academic', organisation: 'U', url: base.url }),
      ],
    });
    expect(profiles.map((exported) => exported.memberId)).toEqual(['ok']);
    expect(notes.map((note) => [note.memberId, note.code])).toEqual([
      ['silent', 'person_without_consent'],
      ['declined', 'person_without_consent'],
      ['mail', 'person_without_url'],
      ['untagged', 'person_without_tags'],
      ['prof', 'person_without_consent'],
    ]);
    expect(notes[0]!.message.fr).toContain('exporté\u00a0: le profil d’une personne');
    expect(notes[0]!.message.en).toContain('Silent');
  });

  it('leaves out unlisted organisations and members of no kind, each with a note', () => {
    const { profiles, notes } = toMurmurationsProfiles({
      members: [
        member({ id: 'gone', name: 'Gone Co-op', kind: 'cooperative', listed: false }),
        member({ id: 'who', name: 'Someone or something' }),
        member({ id: 'long', name: 'L'.repeat(201), kind: 'other' }),
      ],
    });
    expect(profiles).toEqual([]);
    expect(notes.map((note) => note.code)).toEqual(['not_listed', 'kind_unknown', 'name_too_long']);
  });

  it('adds the kind to the tags when neither tags nor name say it, so it comes back', () => {
    const members = [
      member({ id: 'a', name: 'Les Jardins du Coin', kind: 'cooperative', tags: ['jardins'] }),
      member({ id: 'b', name: 'Fonds Solidaire', kind: 'mutual' }),
      member({ id: 'c', name: 'Coop du Coin', kind: 'cooperative' }),
    ];
    const { profiles } = toMurmurationsProfiles({ members });
    expect(profiles.map((exported) => exported.profile.tags)).toEqual([
      ['jardins', 'cooperative'],
      ['mutual'],
      undefined,
    ]);
    const back = importedMembers(profiles.map((exported) => exported.profile));
    expect(back.map((read) => read.kind)).toEqual(['cooperative', 'mutual', 'cooperative']);
  });

  it('leaves out, with a note, values a profile cannot hold', () => {
    const { profiles, notes } = toMurmurationsProfiles({
      members: [
        member({
          id: 'x',
          name: 'X',
          kind: 'individual',
          listed: true,
          url: 'https://x.example/',
          organisation: 'Coop X',
          image: 'mailto:x@x.example',
          tags: ['ok', 'ok', 'y'.repeat(101)],
          links: [
            { url: 'mailto:x@x.example' },
            { url: 'https://x.example/a', title: { fr: 'A fr', en: 'A en' } },
          ],
          city: 'C'.repeat(101),
          country: 'XK',
          languages: ['bilingual', 'fr', 'de'],
        }),
      ],
    });
    expect(notes.map((note) => note.field)).toEqual([
      'tags[2]',
      'image',
      'links[0]',
      'city',
      'country',
      'organisation',
    ]);
    const [exported] = profiles;
    expectValid(exported!);
    expect(exported!.profile).toEqual({
      linked_schemas: ['people_schema-v0.1.0'],
      name: 'X',
      primary_url: 'https://x.example/',
      tags: ['ok'],
      urls: [{ name: 'A en', url: 'https://x.example/a' }],
      knows_language: ['fr', 'en', 'de'],
    });
  });
});
