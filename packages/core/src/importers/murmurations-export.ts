/**
 * A community's members → Murmurations profiles, so that a network can publish its members to
 * the Murmurations Index (each profile at its own address, registered with the Index).
 *
 * `toMurmurationsProfiles` writes one profile per member a directory may show
 * (`isListedMember`), valid against its schema:
 *
 * - **people** (`people_schema-v0.1.0`): a member of kind `individual`, or one that names the
 *   `organisation` it belongs to (only people belong to one) and is neither a co-operative nor a
 *   mutual. A person's profile is written only with `listed: true`, the person's own agreement:
 *   publishing a profile puts the person in every directory that reads the Index. The schema
 *   requires `primary_url` (the member's `url`, a web address) and at least one tag: a person
 *   without them is not exported.
 * - **organisations** (`organizations_schema-v1.0.0`): every other member with a kind. When
 *   neither its tags nor its name say it is a co-operative, a mutual or an academic body, its
 *   kind is added to its tags (`cooperative`…), so that reading the profile back gives the same
 *   kind. A member whose kind the data does not give, and who names no organisation, is not
 *   exported: nothing says whether it is a person.
 *
 * Texts: Murmurations has one text per field, so a bilingual `bio` and link titles are written in
 * `lang` (falling back on the other language). `knows_language` and `locality` are library
 * fields for groups as well as people, and organisation profiles carry them too. What a profile
 * cannot hold (a person's `organisation`, an address that is not a web address, a tag or city
 * too long for the schema) is left out with a note; so is every member not exported, with why.
 */
import { isListedMember } from '../community/listed.js';
import type { Language, LocalizedText } from '../summit/localized-text.js';
import { localize } from '../summit/localized-text.js';
import type { Member } from '../summit/summit.schema.js';
import { applyFrenchSpacing } from '../text/french-spacing.js';
import {
  isIsoCountry,
  KIND_TAGS,
  LIMITS,
  ORGANIZATIONS_SCHEMA,
  organisationKind,
  PEOPLE_SCHEMA,
  WEB_URL_PATTERN,
  type MurmurationsSchema,
} from './murmurations-fields.js';

/**
 * A profile as the schemas name its fields. Only the fields GICS members fill are written; the
 * schemas define more (`mission`, `telephone`…), which a publisher may add.
 */
export interface MurmurationsProfile {
  /** The schema the profile follows: the Index validates it against that schema. */
  linked_schemas: [MurmurationsSchema];
  /** The member's name. */
  name: string;
  /** The member's own site: its identifier for the Index. Required of people. */
  primary_url?: string;
  /** Keywords the Index searches. Required of people (at least one). */
  tags?: string[];
  /** The member's `bio` in the chosen language. */
  description?: string;
  /** A logo or photo. */
  image?: string;
  /** The member's `links`, each with its title in the chosen language as `name`. */
  urls?: Array<{ name?: string; url: string }>;
  /** The languages the member speaks, as BCP 47 tags. */
  knows_language?: string[];
  /** The member's city. */
  locality?: string;
  /** The member's country. */
  country_iso_3166?: string;
  /** The member's location. */
  geolocation?: { lat: number; lon: number };
}

/** One profile to publish, with the member it describes. */
export interface MurmurationsExportedProfile {
  /** The id of the member in the community. */
  memberId: string;
  /** Which of the two schemas the profile follows. */
  schema: MurmurationsSchema;
  profile: MurmurationsProfile;
}

export const MURMURATIONS_EXPORT_NOTE_CODES = [
  'not_listed',
  'person_without_consent',
  'person_without_url',
  'person_without_tags',
  'kind_unknown',
  'name_too_long',
  'value_left_out',
] as const;
/** Why a member was not exported (every code but `value_left_out`), or what was left out. */
export type MurmurationsExportNoteCode = (typeof MURMURATIONS_EXPORT_NOTE_CODES)[number];

/** A member not exported, or a value of an exported member left out, with why. */
export interface MurmurationsExportNote {
  code: MurmurationsExportNoteCode;
  /** The id of the member concerned. */
  memberId: string;
  /** The member's field concerned, for `value_left_out` (`organisation`, `links[2].url`…). */
  field?: string;
  /** What happened, in French and English. */
  message: { fr: string; en: string };
}

/** What `toMurmurationsProfiles` gives: the profiles, and what it could not write. */
export interface MurmurationsExport {
  profiles: MurmurationsExportedProfile[];
  notes: MurmurationsExportNote[];
}

export interface MurmurationsExportOptions {
  /** The language bilingual texts are written in. Default `en`. */
  lang?: Language;
}

/** Tag for French sentences: French spacing in the literal parts only. */
function fr(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce(
    (sentence, literal, index) =>
      sentence + applyFrenchSpacing(literal) + (index < values.length ? values[index] : ''),
    '',
  );
}

const NOTE_MESSAGES = {
  not_listed: (name) => ({
    fr: fr`${name} n’est pas exporté : il ne figure pas dans les annuaires (listed: false).`,
    en: `${name} is not exported: they are not listed in directories (listed: false).`,
  }),
  person_without_consent: (name) => ({
    fr: fr`${name} n’est pas exporté : le profil d’une personne n’est publié qu’avec son accord (listed: true).`,
    en: `${name} is not exported: a person’s profile is published only with their agreement (listed: true).`,
  }),
  person_without_url: (name) => ({
    fr: fr`${name} n’est pas exporté : le schéma des personnes exige une adresse web (url) qui les identifie.`,
    en: `${name} is not exported: the people schema requires a web address (url) that identifies them.`,
  }),
  person_without_tags: (name) => ({
    fr: fr`${name} n’est pas exporté : le schéma des personnes exige au moins un mot-clé (tags).`,
    en: `${name} is not exported: the people schema requires at least one keyword (tags).`,
  }),
  kind_unknown: (name) => ({
    fr: fr`${name} n’est pas exporté : rien ne dit s’il s’agit d’une personne ou d’une organisation (kind).`,
    en: `${name} is not exported: nothing says whether it is a person or an organisation (kind).`,
  }),
  name_too_long: (name) => ({
    fr: fr`${name} n’est pas exporté : les schémas limitent un nom à ${String(LIMITS.name)} caractères.`,
    en: `${name} is not exported: the schemas limit a name to ${String(LIMITS.name)} characters.`,
  }),
  value_left_out: (name, field) => ({
    fr: fr`Champ ${field} de ${name} non exporté : le profil Murmurations n’a pas de champ qui puisse le recevoir tel quel.`,
    en: `Field ${field} of ${name} left out: the Murmurations profile has no field that can hold it as it is.`,
  }),
} satisfies Record<
  MurmurationsExportNoteCode,
  (name: string, field: string) => { fr: string; en: string }
>;

/** What a member says of itself that the export needs. */
type ExportedMember = Pick<Member, 'id' | 'name'> & Partial<Member>;

class Exporter {
  readonly profiles: MurmurationsExportedProfile[] = [];
  readonly notes: MurmurationsExportNote[] = [];
  readonly #lang: Language;

  constructor(lang: Language) {
    this.#lang = lang;
  }

  #note(code: MurmurationsExportNoteCode, member: ExportedMember, field?: string): void {
    this.notes.push({
      code,
      memberId: member.id,
      ...(field === undefined ? {} : { field }),
      message: NOTE_MESSAGES[code](member.name, field ?? ''),
    });
  }

  /** `value` when the schemas take it as a URL, else `undefined` with a note naming `field`. */
  #webUrl(value: string | undefined, member: ExportedMember, field: string): string | undefined {
    if (value === undefined) return undefined;
    if (WEB_URL_PATTERN.test(value) && value.length <= LIMITS.url) return value;
    this.#note('value_left_out', member, field);
    return undefined;
  }

  export(member: ExportedMember): void {
    const schema = schemaFor(member);
    const person = schema === PEOPLE_SCHEMA;
    if (person && member.listed !== true) return this.#note('person_without_consent', member);
    if (!isListedMember(member)) return this.#note('not_listed', member);
    if (schema === undefined) return this.#note('kind_unknown', member);
    if (member.name.length > LIMITS.name) return this.#note('name_too_long', member);
    if (person && (member.url === undefined || !WEB_URL_PATTERN.test(member.url))) {
      return this.#note('person_without_url', member);
    }
    const tags = this.#tags(member, person);
    if (person && tags.length === 0) return this.#note('person_without_tags', member);

    const profile: MurmurationsProfile = { linked_schemas: [schema], name: member.name };
    const url = this.#webUrl(member.url, member, 'url');
    if (url !== undefined) profile.primary_url = url;
    if (tags.length > 0) profile.tags = tags;
    const description = this.#text(member.bio);
    if (description !== undefined) profile.description = description;
    const image = this.#webUrl(member.image, member, 'image');
    if (image !== undefined) profile.image = image;
    const urls = this.#urls(member);
    if (urls.length > 0) profile.urls = urls;
    const languages = knownLanguages(member.languages ?? []);
    if (languages.length > 0) profile.knows_language = languages;
    if (member.city !== undefined && member.city.trim() !== '') {
      if (member.city.length <= LIMITS.locality) profile.locality = member.city;
      else this.#note('value_left_out', member, 'city');
    }
    if (member.country !== undefined) {
      if (isIsoCountry(member.country)) profile.country_iso_3166 = member.country;
      else this.#note('value_left_out', member, 'country');
    }
    if (member.location !== undefined) {
      profile.geolocation = { lat: member.location.lat, lon: member.location.lon };
    }
    if (person && member.organisation !== undefined && member.organisation.trim() !== '') {
      this.#note('value_left_out', member, 'organisation');
    }
    this.profiles.push({ memberId: member.id, schema, profile });
  }

  #text(text: LocalizedText | undefined): string | undefined {
    const value = localize(text, this.#lang).trim();
    return value === '' ? undefined : value;
  }

  /**
   * The member's tags as the schema takes them: distinct, at most 100 of at most 100 characters
   * each. An organisation's kind is added when its tags and name do not tell it already.
   */
  #tags(member: ExportedMember, person: boolean): string[] {
    const tags: string[] = [];
    (member.tags ?? []).forEach((raw, index) => {
      const tag = raw.trim();
      if (tag === '' || tags.includes(tag)) return;
      if (tag.length > LIMITS.tag || tags.length === LIMITS.tags) {
        this.#note('value_left_out', member, `tags[${index}]`);
      } else tags.push(tag);
    });
    const kind = member.kind;
    if (
      !person &&
      (kind === 'cooperative' || kind === 'mutual' || kind === 'academic') &&
      organisationKind(tags, member.name) !== kind
    ) {
      if (tags.length === LIMITS.tags) tags.pop();
      tags.push(KIND_TAGS[kind]);
    }
    return tags;
  }

  #urls(member: ExportedMember): NonNullable<MurmurationsProfile['urls']> {
    const urls: NonNullable<MurmurationsProfile['urls']> = [];
    (member.links ?? []).forEach((link, index) => {
      const url = this.#webUrl(link.url, member, `links[${index}]`);
      if (url === undefined) return;
      const name = this.#text(link.title);
      // `urls` holds distinct items.
      if (urls.some((item) => item.url === url && item.name === name)) return;
      urls.push(name === undefined ? { url } : { name, url });
    });
    return urls;
  }
}

/**
 * Which schema describes `member`: people are `individual`s, or name the organisation they
 * belong to; `undefined` when nothing tells.
 */
function schemaFor(member: ExportedMember): MurmurationsSchema | undefined {
  const { kind } = member;
  if (kind === 'individual') return PEOPLE_SCHEMA;
  const belongs = member.organisation !== undefined && member.organisation.trim() !== '';
  if (belongs && kind !== 'cooperative' && kind !== 'mutual') return PEOPLE_SCHEMA;
  return kind === undefined ? undefined : ORGANIZATIONS_SCHEMA;
}

/** Languages as BCP 47 tags: `bilingual` (a session's word) stands for French and English. */
function knownLanguages(languages: readonly string[]): string[] {
  const tags: string[] = [];
  for (const language of languages) {
    for (const tag of language === 'bilingual' ? ['fr', 'en'] : [language]) {
      if (!tags.includes(tag)) tags.push(tag);
    }
  }
  return tags;
}

/**
 * One Murmurations profile per member a directory may show, valid against its schema
 * (`organizations_schema-v1.0.0` or `people_schema-v0.1.0`), and a note for each member left out
 * and each value a profile cannot hold. Works on a community or a summit (their `members`).
 *
 * @example
 * const { profiles, notes } = toMurmurationsProfiles(community, { lang: 'fr' });
 * for (const { memberId, profile } of profiles) publish(`${memberId}.json`, profile);
 */
export function toMurmurationsProfiles(
  community: { readonly members: readonly ExportedMember[] },
  options: MurmurationsExportOptions = {},
): MurmurationsExport {
  const exporter = new Exporter(options.lang === 'fr' ? 'fr' : 'en');
  for (const member of community.members) exporter.export(member);
  return { profiles: exporter.profiles, notes: exporter.notes };
}
