/**
 * The validation rules of the two Murmurations schemas GICS Kit writes, as JSON Schema (draft-07)
 * for `ajv`: which fields each requires, and each field's type, pattern, bounds and item rules,
 * as `organizations_schema-v1.0.0`, `people_schema-v0.1.0` and the field definitions they point
 * to (`fields/*.json` of MurmurationsNetwork/MurmurationsLibrary) set them. Rules only: titles,
 * descriptions and metadata are left out. Country codes are checked by shape here and by
 * `isIsoCountry` (the schemas' list of codes) in the tests.
 */

const webUrl = { type: 'string', maxLength: 2000, pattern: '^https?://.*' } as const;

const FIELD_RULES = {
  linked_schemas: {
    type: 'array',
    items: { type: 'string', pattern: '^[a-z][a-z0-9_]{7,97}-v[0-9]+\\.[0-9]+\\.[0-9]+$' },
    minItems: 1,
    uniqueItems: true,
  },
  name: { type: 'string', maxLength: 200 },
  nickname: { type: 'string' },
  primary_url: webUrl,
  tags: {
    type: 'array',
    items: { type: 'string', maxLength: 100 },
    uniqueItems: true,
    minItems: 1,
    maxItems: 100,
  },
  urls: {
    type: 'array',
    items: {
      type: 'object',
      properties: { name: { type: 'string' }, url: webUrl },
      required: ['url'],
    },
    uniqueItems: true,
  },
  description: { type: 'string' },
  image: webUrl,
  images: {
    type: 'array',
    items: {
      type: 'object',
      properties: { name: { type: 'string', maxLength: 100 }, url: webUrl },
      required: ['url'],
    },
  },
  knows_language: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
  locality: { type: 'string', maxLength: 100 },
  region: { type: 'string', maxLength: 100 },
  country_name: { type: 'string', maxLength: 100 },
  country_iso_3166: { type: 'string', pattern: '^[A-Z]{2}$' },
  geolocation: {
    type: 'object',
    properties: {
      lat: { type: 'number', minimum: -90, maximum: 90 },
      lon: { type: 'number', minimum: -180, maximum: 180 },
    },
    required: ['lat', 'lon'],
  },
  relationships: {
    type: 'array',
    items: {
      type: 'object',
      properties: { predicate_url: webUrl, object_url: webUrl },
      required: ['predicate_url', 'object_url'],
    },
    uniqueItems: true,
  },
  contact_details: {
    type: 'object',
    properties: {
      email: { type: 'string' },
      contact_form: { type: 'string', pattern: '^https?://.*' },
    },
  },
  telephone: { type: 'string' },
  street_address: { type: 'string' },
  postal_code: { type: 'string' },
  mission: { type: 'string' },
  status: { type: 'string', enum: ['active', 'completed', 'cancelled', 'on_hold', 'in_planning'] },
  full_address: { type: 'string' },
  header_image: webUrl,
  rss: webUrl,
  starts_at: { type: 'number' },
  ends_at: { type: 'number' },
} as const;

type FieldName = keyof typeof FIELD_RULES;

function schemaOf(fields: readonly FieldName[], required: readonly FieldName[]): object {
  return {
    type: 'object',
    properties: Object.fromEntries(fields.map((name) => [name, FIELD_RULES[name]])),
    required,
  };
}

/** `organizations_schema-v1.0.0`'s rules (the fields GICS writes and the others it defines). */
export const organizationsSchemaRules = schemaOf(
  [
    'linked_schemas',
    'name',
    'nickname',
    'primary_url',
    'tags',
    'urls',
    'description',
    'mission',
    'status',
    'full_address',
    'country_iso_3166',
    'geolocation',
    'image',
    'header_image',
    'images',
    'rss',
    'relationships',
    'contact_details',
    'telephone',
  ],
  ['linked_schemas', 'name'],
);

/** `people_schema-v0.1.0`'s rules. */
export const peopleSchemaRules = schemaOf(
  [
    'linked_schemas',
    'name',
    'nickname',
    'primary_url',
    'tags',
    'description',
    'image',
    'images',
    'urls',
    'knows_language',
    'contact_details',
    'telephone',
    'street_address',
    'locality',
    'region',
    'postal_code',
    'country_name',
    'country_iso_3166',
    'geolocation',
    'relationships',
  ],
  ['linked_schemas', 'name', 'primary_url', 'tags'],
);

/**
 * The library field definitions of fields a schema does not list (`knows_language` and
 * `locality` in an organisation's profile): a profile may carry any library field, and these
 * must then follow their definitions.
 */
export const libraryFieldRules = schemaOf(Object.keys(FIELD_RULES) as FieldName[], []);
