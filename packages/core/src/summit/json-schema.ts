/**
 * Builds the JSON Schemas of a GICS summit data file and of a community document from the zod
 * schemas, so that editors can
 * complete and check `summit.json` files, and other languages can validate them.
 *
 * It describes the *input* (what a file may contain; defaults make fields optional). What JSON
 * Schema cannot say is left to `parseSummit`: unique ids, references between records, `end`
 * after `start`, and whether a time zone is known to the runtime. The few refinements the zod
 * schemas make in code are translated by hand below, each as close as JSON Schema allows and
 * never stricter than `parseSummit`.
 */
import * as z from 'zod/mini';
import { Community } from '../community/community.schema.js';
import {
  CalendarDate,
  CountryCode,
  DateTimeWithOffset,
  GeoPoint,
  HexColor,
  Id,
  LanguageTag,
  LANGUAGE_PATTERN,
  Link,
  LocalizedText,
  Member,
  Practice,
  Room,
  SafeUrl,
  Summit,
  Theme,
  TimeOfDay,
  TimeZone,
  WHOLE_NUMBER,
  Workshop,
} from './summit.schema.js';

/** Where the published schema can be fetched, also its identifier. */
export const SUMMIT_JSON_SCHEMA_ID = 'https://unpkg.com/@gics/core/dist/summit.schema.json';
/** Where the published community schema can be fetched, also its identifier. */
export const COMMUNITY_JSON_SCHEMA_ID = 'https://unpkg.com/@gics/core/dist/community.schema.json';

type JsonSchema = Record<string, unknown>;
interface Meta {
  id?: string;
  title?: string;
  description?: string;
  examples?: unknown[];
}

// The two branches of `LocalizedText`: a non-blank string, or `{ fr?, en? }` with one non-blank.
const [NonBlankText, TextByLanguage] = LocalizedText.def.options;

/** Any character that `String.prototype.trim` would keep: the text is not blank. */
const NOT_BLANK = '\\S';

function describeDefinitions(): z.core.$ZodRegistry<Meta> {
  const metadata = z.registry<Meta>();
  metadata.add(Room, {
    id: 'Room',
    description: 'A room of the venue, referred to by workshops through roomId.',
  });
  metadata.add(Link, {
    id: 'Link',
    description: 'A link about a session, a member or a practice, with its title.',
  });
  metadata.add(Theme, { id: 'Theme', description: 'One of the summit’s themes.' });
  metadata.add(Workshop, {
    id: 'Workshop',
    description: 'A session of the summit: a workshop, a plenary, a keynote…',
  });
  metadata.add(GeoPoint, {
    id: 'GeoPoint',
    description: 'A point on the Earth in WGS 84 degrees: latitude and longitude.',
    examples: [{ lat: 45.5017, lon: -73.5673 }],
  });
  metadata.add(Member, {
    id: 'Member',
    description: 'A person or organisation of the community: speakers, practice authors.',
  });
  metadata.add(Practice, {
    id: 'Practice',
    description: 'A good practice shared in the GICS community of practice.',
  });
  metadata.add(LocalizedText, {
    id: 'LocalizedText',
    description: 'Text shown to everyone, or per language: at least one of `fr` and `en`.',
    examples: ['Montréal', { fr: 'Économie circulaire', en: 'Circular economy' }],
  });
  metadata.add(Id, {
    id: 'Id',
    description:
      'An identifier: unaccented letters, digits and . _ : ~ -, starting with a letter or digit.',
  });
  metadata.add(SafeUrl, {
    id: 'SafeUrl',
    description: 'An http:, https: or mailto: URL.',
  });
  metadata.add(HexColor, { id: 'HexColor', description: 'A CSS hex colour, #rgb or #rrggbb.' });
  metadata.add(DateTimeWithOffset, {
    id: 'DateTimeWithOffset',
    description: 'An ISO 8601 date and time with seconds and a UTC offset.',
    examples: ['2023-05-16T09:30:00-04:00'],
  });
  metadata.add(CalendarDate, {
    id: 'CalendarDate',
    description: 'An ISO 8601 calendar date.',
    examples: ['2023-05-16'],
  });
  metadata.add(TimeZone, {
    id: 'TimeZone',
    description: 'An IANA time zone name, aliases included.',
    examples: ['America/Montreal', 'Europe/Paris'],
  });
  metadata.add(LanguageTag, {
    id: 'LanguageTag',
    description: 'A BCP 47 language tag, or bilingual for French and English.',
    examples: ['fr', 'de', 'pt-BR', 'bilingual'],
  });
  metadata.add(TimeOfDay, {
    id: 'TimeOfDay',
    description: 'A wall-clock time of day, HH:MM on a 24-hour clock.',
    examples: ['06:00'],
  });
  metadata.add(CountryCode, {
    id: 'CountryCode',
    description: 'An ISO 3166-1 alpha-2 country code, in capitals.',
    examples: ['CA', 'FR'],
  });
  return metadata;
}

/** Whether `zodSchema` is one of the schemas' whole numbers: a number with their `WHOLE_NUMBER` check. */
function isWholeNumber(zodSchema: unknown): boolean {
  const checks = (zodSchema as z.ZodMiniType | undefined)?._zod?.def.checks;
  return checks?.includes(WHOLE_NUMBER as z.core.$ZodCheck<never>) ?? false;
}

/** Adds what zod cannot derive from refinements written in code. */
function translateRefinements(zodSchema: unknown, json: JsonSchema): void {
  if (isWholeNumber(zodSchema)) {
    // What zod writes for `z.int()`: an integer, in the safe range unless bounded more tightly.
    json.type = 'integer';
    if (json.minimum === undefined && json.exclusiveMinimum === undefined) {
      json.minimum = Number.MIN_SAFE_INTEGER;
    }
    if (json.maximum === undefined && json.exclusiveMaximum === undefined) {
      json.maximum = Number.MAX_SAFE_INTEGER;
    }
  } else if (zodSchema === SafeUrl) {
    // `new URL` ignores leading spaces and control characters, and schemes are case-insensitive.
    json.format = 'uri';
    json.pattern = '^[\\u0000-\\u0020]*(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):';
  } else if (zodSchema === DateTimeWithOffset) {
    json.format = 'date-time';
  } else if (zodSchema === CalendarDate) {
    json.format = 'date';
  } else if (zodSchema === TimeZone) {
    // Which names are valid depends on the runtime's time-zone data; only emptiness is certain.
    json.minLength = 1;
  } else if (zodSchema === LanguageTag) {
    // The tag's shape; `Intl` then refuses the few shaped tags that are not tags (`en-a`).
    json.pattern = LANGUAGE_PATTERN.source;
  } else if (zodSchema === NonBlankText) {
    json.minLength = 1;
    json.pattern = NOT_BLANK;
  } else if (zodSchema === TextByLanguage) {
    json.anyOf = (['fr', 'en'] as const).map((language) => ({
      required: [language],
      properties: { [language]: { type: 'string', pattern: NOT_BLANK } },
    }));
  }
}

/** The JSON Schema (draft 2020-12) of `document`, with what `translateRefinements` adds. */
function buildJsonSchema(document: z.ZodMiniObject): JsonSchema {
  return z.toJSONSchema(document, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: describeDefinitions(),
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) =>
      translateRefinements(zodSchema, jsonSchema as JsonSchema),
  }) as JsonSchema;
}

/** The JSON Schema (draft 2020-12) of a summit data file. */
export function buildSummitJsonSchema(): JsonSchema {
  const { $schema, ...rest } = buildJsonSchema(Summit);
  return {
    $schema,
    $id: SUMMIT_JSON_SCHEMA_ID,
    title: 'GICS summit',
    description:
      'One edition of the Global Innovation Coop Summit: its rooms, themes, workshops, members and practices. Read by parseSummit from @gics/core, which also checks unique ids, references between records and that each workshop ends after it starts.',
    ...rest,
  };
}

/** The JSON Schema (draft 2020-12) of a community document: themes, members, practices. */
export function buildCommunityJsonSchema(): JsonSchema {
  const { $schema, ...rest } = buildJsonSchema(Community);
  return {
    $schema,
    $id: COMMUNITY_JSON_SCHEMA_ID,
    title: 'GICS community of practice',
    description:
      'What a GICS community of practice shares between summits: its themes, members and good practices. Read by parseCommunity from @gics/core, which also checks unique ids and that each practice names themes and members that exist.',
    ...rest,
  };
}
