/**
 * What GICS Kit knows of the Murmurations protocol, shared by the importer
 * (`murmurations.ts`) and the exporter (`murmurations-export.ts`): the two schemas it reads and
 * writes, the fields each defines, the fields of an Index API answer, the ISO 3166-1 codes the
 * schemas accept, and the words that tell a co-operative, a mutual or an academic body apart in
 * a profile's tags or name (Murmurations has no field for the kind of organisation).
 *
 * The schemas are `organizations_schema-v1.0.0` and `people_schema-v0.1.0` of the Murmurations
 * Library; the Index answer is `GET /v2/nodes` of the Index API v2. `docs/murmurations.md` maps
 * their fields onto a GICS `Member`.
 */
import type { MemberKind } from '../summit/checks.js';

/** The schema of groups, projects and organisations. */
export const ORGANIZATIONS_SCHEMA = 'organizations_schema-v1.0.0';
/** The schema of individuals. */
export const PEOPLE_SCHEMA = 'people_schema-v0.1.0';
/** The Murmurations schemas GICS Kit reads and writes. */
export const MURMURATIONS_SCHEMAS = [ORGANIZATIONS_SCHEMA, PEOPLE_SCHEMA] as const;
export type MurmurationsSchema = (typeof MURMURATIONS_SCHEMAS)[number];

/**
 * The library fields a GICS member is made of. They are read from any profile, whichever of
 * the two schemas defines them: `knows_language` and `locality` are library fields for groups
 * too, so organisation profiles GICS Kit writes carry them (a schema allows fields it does not
 * list).
 */
export const MAPPED_FIELDS = [
  'linked_schemas',
  'name',
  'primary_url',
  'tags',
  'urls',
  'description',
  'image',
  'knows_language',
  'locality',
  'country_iso_3166',
  'country_name',
  'geolocation',
] as const;

/** Fields `organizations_schema-v1.0.0` defines that a GICS member has no place for. */
const ORGANIZATION_ONLY_FIELDS = [
  'nickname',
  'mission',
  'status',
  'full_address',
  'header_image',
  'images',
  'rss',
  'relationships',
  'starts_at',
  'ends_at',
  'contact_details',
  'telephone',
  'geographic_scope',
  'unique_id',
] as const;

/** Fields `people_schema-v0.1.0` defines that a GICS member has no place for. */
const PEOPLE_ONLY_FIELDS = [
  'nickname',
  'images',
  'contact_details',
  'telephone',
  'street_address',
  'region',
  'postal_code',
  'relationships',
] as const;

/**
 * Fields of a profile that the importer leaves out, by schema, so that it can tell them from
 * fields no schema defines. A profile of neither schema is checked against both.
 */
export const UNMAPPED_FIELDS: Readonly<Record<MurmurationsSchema | 'other', ReadonlySet<string>>> =
  {
    [ORGANIZATIONS_SCHEMA]: new Set(ORGANIZATION_ONLY_FIELDS),
    [PEOPLE_SCHEMA]: new Set(PEOPLE_ONLY_FIELDS),
    other: new Set([...ORGANIZATION_ONLY_FIELDS, ...PEOPLE_ONLY_FIELDS]),
  };

/**
 * What the Index says about a node besides its searchable fields: where the profile is, when the
 * Index read it, which schemas it follows, whether it is still posted. Never noted as left out.
 */
export const INDEX_METADATA_FIELDS: ReadonlySet<string> = new Set([
  'profile_url',
  'last_updated',
  'linked_schemas',
  'status',
  'expires',
]);

/**
 * The searchable fields an Index answer gives for each node. `latitude`/`longitude` are read too,
 * for answers that give coordinates flat rather than as `geolocation`.
 */
export const INDEX_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'primary_url',
  'tags',
  'geolocation',
  'latitude',
  'longitude',
  'locality',
  'region',
  'country',
]);

/** Index fields a GICS member has no place for. */
export const INDEX_UNMAPPED_FIELDS: ReadonlySet<string> = new Set(['region']);

/** Bounds the schemas set on strings and lists. */
export const LIMITS = {
  /** `name`: at most 200 characters. */
  name: 200,
  /** `primary_url`, `image`, `urls[].url`: at most 2,000 characters. */
  url: 2000,
  /** Each tag: at most 100 characters. */
  tag: 100,
  /** `tags`: at most 100 of them. */
  tags: 100,
  /** `locality`: at most 100 characters. */
  locality: 100,
} as const;

/** What every URL field of the schemas must look like (`^https?://`, case included). */
export const WEB_URL_PATTERN = /^https?:\/\//;

// ISO 3166-1 alpha-2: the officially assigned codes, which `country_iso_3166` enumerates.
const ISO_3166_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

let isoCodes: ReadonlySet<string> | undefined;

/** Whether `code` is an ISO 3166-1 alpha-2 code in capitals that `country_iso_3166` accepts. */
export function isIsoCountry(code: string): boolean {
  isoCodes ??= new Set(ISO_3166_CODES.split(' '));
  return isoCodes.has(code);
}

/** Lower case, no accents, punctuation and spaces made single spaces. */
function foldWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let codesByName: ReadonlyMap<string, string> | undefined;

/**
 * Country names in English and French, folded, to their codes: `country_name` is free text. Read
 * from `Intl.DisplayNames`, so no table of names ships.
 */
function countryNames(): ReadonlyMap<string, string> {
  if (codesByName) return codesByName;
  isIsoCountry('CA');
  const names = new Map<string, string>();
  for (const locale of ['en', 'fr']) {
    let display: Intl.DisplayNames;
    try {
      display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const code of isoCodes!) {
      const name = display.of(code);
      if (name) names.set(foldWords(name), code);
    }
  }
  codesByName = names;
  return names;
}

/**
 * The ISO 3166-1 code `value` stands for: a code in any case (`ca`, `FR`), as some data sets
 * write in `country_name`, or a country's name in English or French (`Canada`, `Sénégal`).
 * `undefined` when it is neither.
 */
export function countryCode(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return isIsoCountry(code) ? code : undefined;
  }
  const folded = foldWords(trimmed);
  return folded === '' ? undefined : countryNames().get(folded);
}

/** The kinds of organisation words can tell; any other organisation is `other`. */
export type OrganisationKind = Extract<MemberKind, 'cooperative' | 'mutual' | 'academic'>;

/**
 * Words that name a kind of organisation, once folded (`Coopérative` → `cooperative`, `co-op` →
 * `coop`), in the order they win when several kinds are named: a university's co-operative
 * bookshop is a co-operative. "Mutual aid" names no mutual society.
 */
const KIND_PATTERNS: ReadonlyArray<readonly [OrganisationKind, RegExp]> = [
  [
    'cooperative',
    /\b(?:coops?|cooperatives?|cooperativ[aeo]s?|cooperatie|genossenschaft(?:en)?|scop|scic)\b/,
  ],
  ['mutual', /\b(?:mutuals?(?! aid)|mutuelles?|mutualite|mutualiste|mutua|mutualidad)\b/],
  [
    'academic',
    /\b(?:academic|academique|universit(?:y|ies|e|es|a|at|ad|ade)|research|recherche)\b/,
  ],
];

/**
 * The word a profile's tags take to say its kind when neither its tags nor its name do
 * (`toMurmurationsProfiles`), so that reading the profile back gives the same kind.
 */
export const KIND_TAGS = {
  cooperative: 'cooperative',
  mutual: 'mutual',
  academic: 'academic',
} satisfies Record<OrganisationKind, string>;

/** The kind named by one text, by the order of `KIND_PATTERNS`. */
function kindNamedBy(text: string): OrganisationKind | undefined {
  // `co-op`, `co-operative`: the hyphen is part of the word.
  const folded = foldWords(text.replace(/\b(co)[-‐‑]/gi, '$1'));
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(folded)) return kind;
  return undefined;
}

/**
 * The kind of an organisation, from its tags first (a publisher files itself there), then its
 * name; `undefined` when neither names one.
 */
export function organisationKind(
  tags: readonly string[],
  name: string,
): OrganisationKind | undefined {
  for (const [kind] of KIND_PATTERNS) {
    if (tags.some((tag) => kindNamedBy(tag) === kind)) return kind;
  }
  return kindNamedBy(name);
}
