/**
 * Murmurations profiles → the members of a GICS community.
 *
 * Murmurations is the data-sharing protocol of co-operative and solidarity-economy networks: an
 * organisation or a person publishes a JSON profile at its own address, following a schema of
 * the Murmurations Library, and an Index keeps a few searchable fields of each. `fromMurmurations`
 * reads three shapes of document:
 *
 * - **one profile** (an object with `linked_schemas` or `name`);
 * - **a list of profiles**;
 * - **an Index API answer** (`GET /v2/nodes`: `{ data: [...], links, meta }`), whose nodes carry
 *   only the Index's fields (`name`, `primary_url`, `tags`, `geolocation`, `locality`,
 *   `country`…); nodes the Index marks `deleted` are left out.
 *
 * Each profile becomes one member (`docs/murmurations.md` has the table):
 *
 * - **kind**: a `people_schema` profile is an `individual`; an `organizations_schema` profile is
 *   a `cooperative`, `mutual` or `academic` body when its tags, else its name, say so
 *   (`murmurations-fields.ts`), else `other`. A profile of another schema is read as an
 *   organisation, with a note.
 * - **listed**: people are `listed: true`. Publishing a profile to Murmurations is publishing it
 *   for directories to show, which is the consent `listed` records; organisations are listed by
 *   default and keep no `listed` field.
 * - **id**: made from `primary_url` (the entity's own address, which the schemas call its
 *   identifier), else `profile_url`, else the name, so importing the same profiles again gives
 *   the same ids: `https://www.coop-exemple.org/fr` → `coop-exemple-org-fr`.
 * - `description` → `bio` (one text for every language: no Murmurations field is multilingual),
 *   `locality` → `city`, `country_iso_3166` (else `country_name` as a code or a country's name in
 *   English or French, else the Index's `country`) → `country`, `geolocation` (or flat
 *   `latitude`/`longitude`) → `location`, `knows_language` → `languages`, `tags` → `tags`,
 *   `image` → `image`, `primary_url` → `url`, `urls` → `links`.
 *
 * Nothing in a profile is fatal: a value GICS cannot use is left out with a note, and so are the
 * fields a member has no place for (`mission`, `telephone`…) and fields no schema defines, one
 * note per profile listing them. Only a document of none of the three shapes fails.
 */
import { canonicalLanguage } from '../summit/checks.js';
import type { Language } from '../summit/localized-text.js';
import type { Problem } from '../summit/problem.js';
import type { Link, LocalizedText, Member } from '../summit/summit.schema.js';
import type { z } from 'zod/mini';
import { IdRegistry, slugify } from './ids.js';
import {
  createNote,
  importProblem,
  neverThrow,
  type ImportNote,
  type NoteParams,
} from './import-report.js';
import type { ImportNoteCode } from './codes.js';
import {
  countryCode,
  INDEX_FIELDS,
  INDEX_METADATA_FIELDS,
  INDEX_UNMAPPED_FIELDS,
  isIsoCountry,
  MAPPED_FIELDS,
  ORGANIZATIONS_SCHEMA,
  organisationKind,
  PEOPLE_SCHEMA,
  UNMAPPED_FIELDS,
  type MurmurationsSchema,
} from './murmurations-fields.js';
import {
  field,
  isRecord,
  list,
  numberValue,
  text,
  textField,
  type Path,
  type SourceRecord,
} from './source-values.js';
import { safeLink } from './urls.js';
import { languageTag } from './vocabulary.js';

/** A member as the importer writes it: what a community file holds. */
type MemberInput = z.input<typeof Member>;

/** The community made of imported profiles: members only. */
export interface MurmurationsCommunity {
  id: string;
  name: LocalizedText;
  themes: [];
  members: MemberInput[];
  practices: [];
}

/** What a caller may choose about the community the profiles make. */
export interface MurmurationsImportOptions {
  /** The community's id. Default `murmurations`. */
  id?: string;
  /** The community's name. Default « Membres Murmurations » / "Murmurations members". */
  name?: LocalizedText;
}

/** What `fromMurmurations` hands back; like the schedule importers, it never throws. */
export type MurmurationsImportResult =
  | { ok: true; community: MurmurationsCommunity; notes: ImportNote[] }
  | { ok: false; problems: Problem[] };

const DEFAULT_NAME = {
  fr: 'Membres Murmurations',
  en: 'Murmurations members',
} satisfies Record<Language, string>;

/**
 * Reads Murmurations profiles (one, a list, or an Index API answer) into a community's members.
 * Never throws: a document of none of these shapes gives `ok: false` with a `not_murmurations`
 * problem, anything unexpected an `import_failed` one.
 */
export function fromMurmurations(
  json: unknown,
  options?: MurmurationsImportOptions,
): MurmurationsImportResult {
  return neverThrow(() => importMurmurations(json, readImportOptions(options)));
}

function readImportOptions(options: unknown): MurmurationsImportOptions {
  if (!isRecord(options)) return {};
  const read: MurmurationsImportOptions = {};
  const id = textField(options, 'id');
  if (id !== undefined) read.id = id;
  const name = field(options, 'name');
  if (typeof name === 'string' && name.trim() !== '') read.name = name.trim();
  else if (isRecord(name)) {
    const fr = textField(name, 'fr');
    const en = textField(name, 'en');
    if (fr !== undefined || en !== undefined) {
      read.name = { ...(fr === undefined ? {} : { fr }), ...(en === undefined ? {} : { en }) };
    }
  }
  return read;
}

/** Where the profiles of a document are, and whether they are Index nodes. */
interface Entries {
  entries: readonly unknown[];
  /** The path of `entries[0]` without its index: `['data']`, `[]`. */
  path: Path;
  fromIndex: boolean;
}

function entriesOf(json: unknown): Entries | undefined {
  if (Array.isArray(json)) return { entries: json, path: [], fromIndex: false };
  if (!isRecord(json)) return undefined;
  const data = field(json, 'data');
  if (Array.isArray(data)) return { entries: data, path: ['data'], fromIndex: true };
  if (field(json, 'linked_schemas') !== undefined || field(json, 'name') !== undefined) {
    return { entries: [json], path: [], fromIndex: false };
  }
  return undefined;
}

function importMurmurations(
  json: unknown,
  options: MurmurationsImportOptions,
): MurmurationsImportResult {
  const found = entriesOf(json);
  if (!found) return { ok: false, problems: [importProblem('not_murmurations')] };
  const reader = new ProfileReader();
  const single = !Array.isArray(json) && !found.fromIndex;
  found.entries.forEach((entry, index) => {
    reader.read(entry, single ? [] : [...found.path, index], found.fromIndex);
  });
  return {
    ok: true,
    community: {
      id: options.id ?? 'murmurations',
      name: options.name ?? { ...DEFAULT_NAME },
      themes: [],
      members: reader.members,
      practices: [],
    },
    notes: reader.notes,
  };
}

/** Which schema a profile follows, from its `linked_schemas`; `other` for neither of ours. */
function schemaOf(record: SourceRecord): MurmurationsSchema | 'other' {
  for (const name of list(field(record, 'linked_schemas'))) {
    if (typeof name !== 'string') continue;
    if (name.startsWith('people_schema-')) return PEOPLE_SCHEMA;
    if (name.startsWith('organizations_schema-')) return ORGANIZATIONS_SCHEMA;
  }
  return 'other';
}

const MAPPED: ReadonlySet<string> = new Set(MAPPED_FIELDS);

/** Whether a field holds something worth telling the user was left out. */
function hasValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return true;
}

/** The words of an address an id is made of: its host without `www.`, its path and query. */
function addressWords(address: string): string {
  try {
    const url = new URL(address);
    return `${url.hostname.replace(/^www\./, '')} ${url.pathname} ${url.search}`;
  } catch {
    return address;
  }
}

/** Reads profiles one by one into members, gathering notes and keeping ids unique. */
class ProfileReader {
  readonly members: MemberInput[] = [];
  readonly notes: ImportNote[] = [];
  readonly #ids = new IdRegistry('member');

  #note(code: ImportNoteCode, path: Path, params: NoteParams = {}): void {
    this.notes.push(createNote(code, path, params));
  }

  read(entry: unknown, path: Path, fromIndex: boolean): void {
    if (!isRecord(entry)) return this.#note('entry_not_object', path);
    const name = textField(entry, 'name');
    if (name === undefined) return this.#note('profile_without_name', path);
    if (fromIndex && textField(entry, 'status') === 'deleted') {
      return this.#note('deleted_profile_skipped', path, { name });
    }
    const schema = schemaOf(entry);
    const person = schema === PEOPLE_SCHEMA;
    // An Index node names its schemas too; a profile without any is read as an organisation.
    if (schema === 'other' && list(field(entry, 'linked_schemas')).length > 0) {
      const schemas = list(field(entry, 'linked_schemas')).filter((v) => typeof v === 'string');
      this.#note('schema_not_recognised', path, { name, value: schemas.join(', ') });
    }
    this.#noteLeftOutFields(entry, path, name, schema, fromIndex);

    const url = this.#primaryUrl(entry, path);
    const tags = this.#tags(entry);
    const member: MemberInput = {
      id: this.#claimId(entry, url, name, path),
      name,
      kind: person ? 'individual' : (organisationKind(tags, name) ?? 'other'),
    };
    const country = this.#country(entry, path, name);
    if (country !== undefined) member.country = country;
    const city = textField(entry, 'locality');
    if (city !== undefined) member.city = city;
    const location = this.#location(entry, path, name);
    if (location !== undefined) member.location = location;
    if (url !== undefined) member.url = url;
    const bio = textField(entry, 'description');
    if (bio !== undefined) member.bio = bio;
    member.languages = this.#languages(entry, path);
    member.tags = tags;
    const image = this.#link(field(entry, 'image'), [...path, 'image']);
    if (image !== undefined) member.image = image;
    if (person) member.listed = true;
    member.links = this.#links(entry, path);
    this.members.push(member);
  }

  #noteLeftOutFields(
    entry: SourceRecord,
    path: Path,
    name: string,
    schema: MurmurationsSchema | 'other',
    fromIndex: boolean,
  ): void {
    const leftOut: string[] = [];
    const unknown: string[] = [];
    for (const key of Object.keys(entry)) {
      if (!hasValue(entry[key])) continue;
      if (fromIndex) {
        if (INDEX_METADATA_FIELDS.has(key)) continue;
        if (INDEX_UNMAPPED_FIELDS.has(key)) leftOut.push(key);
        else if (!INDEX_FIELDS.has(key)) unknown.push(key);
      } else if (UNMAPPED_FIELDS[schema].has(key)) leftOut.push(key);
      else if (!MAPPED.has(key)) unknown.push(key);
    }
    if (leftOut.length > 0) {
      this.#note('fields_not_imported', path, { name, value: leftOut.join(', ') });
    }
    if (unknown.length > 0) this.#note('unknown_fields', path, { name, value: unknown.join(', ') });
  }

  /**
   * The profile's `primary_url` as a web address. The Index stores it without its scheme
   * (`somenode.org`): such a value is read as `https://`, with a note.
   */
  #primaryUrl(entry: SourceRecord, path: Path): string | undefined {
    const raw = textField(entry, 'primary_url');
    if (raw === undefined) return undefined;
    const where = [...path, 'primary_url'];
    if (
      !/^[a-z][a-z0-9+.-]*:/i.test(raw) &&
      /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#]|$)/u.test(raw)
    ) {
      const resolved = this.#link(`https://${raw}`, where);
      if (resolved !== undefined) this.#note('url_scheme_assumed', where, { url: raw, resolved });
      return resolved;
    }
    return this.#link(raw, where);
  }

  /** An http(s) URL, or `undefined` with a note when the value is another kind of address. */
  #link(value: unknown, path: Path): string | undefined {
    const raw = text(value);
    return raw === undefined ? undefined : safeLink(raw, undefined, path, this.notes);
  }

  /**
   * A stable id: from the entity's own address (`primary_url`), else where its profile is
   * (`profile_url`), else its name. Two profiles with one address get `-2`, `-3`…
   */
  #claimId(entry: SourceRecord, url: string | undefined, name: string, path: Path): string {
    const address = url ?? textField(entry, 'profile_url');
    const words = address === undefined ? name : addressWords(address);
    const wanted = slugify(words);
    const { id } = this.#ids.claim(undefined, words);
    if (wanted !== '' && id !== wanted) this.#note('duplicate_id', path, { from: wanted, to: id });
    return id;
  }

  #tags(entry: SourceRecord): string[] {
    const tags: string[] = [];
    for (const value of list(field(entry, 'tags'))) {
      const tag = text(value);
      if (tag !== undefined && !tags.includes(tag)) tags.push(tag);
    }
    return tags;
  }

  #country(entry: SourceRecord, path: Path, name: string): string | undefined {
    for (const key of ['country_iso_3166', 'country_name', 'country']) {
      const value = textField(entry, key);
      if (value === undefined) continue;
      const code = key === 'country_iso_3166' && isIsoCountry(value) ? value : countryCode(value);
      if (code !== undefined) return code;
      this.#note('unmapped_country', [...path, key], { name, value });
    }
    return undefined;
  }

  #location(entry: SourceRecord, path: Path, name: string): MemberInput['location'] {
    const geolocation = field(entry, 'geolocation');
    let lat: unknown;
    let lon: unknown;
    let where: Path;
    if (geolocation !== undefined && geolocation !== null) {
      where = [...path, 'geolocation'];
      if (isRecord(geolocation)) {
        lat = field(geolocation, 'lat');
        lon = field(geolocation, 'lon');
      }
    } else if (field(entry, 'latitude') !== undefined || field(entry, 'longitude') !== undefined) {
      where = [...path, 'latitude'];
      lat = field(entry, 'latitude');
      lon = field(entry, 'longitude');
    } else return undefined;
    const latitude = numberValue(lat);
    const longitude = numberValue(lon);
    // 0, 0 is a point in the Gulf of Guinea that data sets write when they know no location.
    if (
      latitude !== undefined &&
      longitude !== undefined &&
      Math.abs(latitude) <= 90 &&
      Math.abs(longitude) <= 180 &&
      (latitude !== 0 || longitude !== 0)
    ) {
      return { lat: latitude, lon: longitude };
    }
    const shown = (value: unknown) =>
      typeof value === 'number' || typeof value === 'string' ? String(value) : '?';
    this.#note('invalid_location', where, { name, value: `${shown(lat)}, ${shown(lon)}` });
    return undefined;
  }

  /** `knows_language` as BCP 47 tags: codes or names; a word meaning bilingual is fr and en. */
  #languages(entry: SourceRecord, path: Path): string[] {
    const languages: string[] = [];
    const add = (tag: string) => {
      if (!languages.includes(tag)) languages.push(tag);
    };
    list(field(entry, 'knows_language')).forEach((value, index) => {
      const raw = text(value);
      if (raw === undefined) return;
      const tag = languageTag(raw);
      if (tag === 'bilingual') {
        add('fr');
        add('en');
      } else if (tag !== undefined && canonicalLanguage(tag) !== undefined) add(tag);
      else this.#note('unmapped_language', [...path, 'knows_language', index], { language: raw });
    });
    return languages;
  }

  /** `urls` as links: each `{ name, url }` with an http(s) `url`. */
  #links(entry: SourceRecord, path: Path): Link[] {
    const links: Link[] = [];
    list(field(entry, 'urls')).forEach((item, index) => {
      const where = [...path, 'urls', index];
      if (!isRecord(item)) return this.#note('entry_not_object', where);
      const url = this.#link(field(item, 'url'), [...where, 'url']);
      if (url === undefined) return;
      const title = textField(item, 'name');
      if (links.some((link) => link.url === url && link.title === title)) return;
      links.push(title === undefined ? { url } : { url, title });
    });
    return links;
  }
}
