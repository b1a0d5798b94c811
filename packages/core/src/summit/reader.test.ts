import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { generateReaderFields, READER_FIELDS_FILE } from '../../scripts/write-reader-fields.js';
import { montreal2023 } from '../samples/montreal-2023.js';
import { YEAR_RANGE } from './checks.js';
import { problemsFromIssues } from './issues.js';
import { problemWording, RECORD_COLLECTIONS } from './messages.js';
import { withWording } from './problem.js';
import { FIELDS } from './fields.generated.js';
import { readRecord } from './reader.js';
import type { FieldPresence } from './reader.js';
import { Member, Practice, Room, Summit, Theme, Workshop } from './summit.schema.js';

const summitShape: Record<string, z.ZodMiniType> = { ...Summit.shape };
for (const collection of RECORD_COLLECTIONS) delete summitShape[collection];
/** The summit's own fields, as `parseSummit` reads them before its collections. */
const SummitFields = z.object(summitShape);

const SCHEMAS = {
  summit: SummitFields,
  rooms: Room,
  themes: Theme,
  workshops: Workshop,
  members: Member,
  practices: Practice,
};
const KINDS = ['summit', ...RECORD_COLLECTIONS] as const;
type Kind = (typeof KINDS)[number];

/** Where a record of each kind sits in a document, so paths are compared in full. */
const PREFIX: Record<Kind, Array<string | number>> = {
  summit: [],
  rooms: ['rooms', 5],
  themes: ['themes', 2],
  workshops: ['workshops', 7],
  members: ['members', 0],
  practices: ['practices', 11],
};

/** What zod says of `input`, in our terms: the reference the reader is held to. */
function byZod(kind: Kind, input: unknown) {
  const result = z.safeParse(SCHEMAS[kind], input, { reportInput: true });
  return result.success
    ? { ok: true as const, value: result.data }
    : { ok: false as const, problems: problemsFromIssues(result.error.issues, PREFIX[kind]) };
}

/** The reader's answer, worded as `parseSummit` words it, without the facts zod does not give. */
function read(kind: Kind, input: unknown) {
  const result = withWording(problemWording, () => readRecord(FIELDS[kind], input, PREFIX[kind]));
  if (result.ok) return result;
  return { ...result, problems: result.problems.map(({ params: _facts, ...problem }) => problem) };
}

function presenceOf(schema: z.ZodMiniType): FieldPresence {
  const { type } = schema._zod.def;
  return type === 'optional' ? 'optional' : type === 'default' ? 'default' : 'required';
}

const junk = [null, undefined, 0, -1, 1.5, 2 ** 53, Number.NaN, Infinity, true, [], {}, 'x', ''];

const ids = ['a', 'w-1', 'A.b_c:d~e', '9', '', ' a', 'a b', '-a', 'é', 'constructor'];
const texts = [
  'Atelier',
  '  Atelier  ',
  '',
  '   ',
  { fr: 'Atelier' },
  { en: 'Workshop' },
  { fr: 'Atelier', en: 'Workshop' },
  { fr: '', en: 'Workshop' },
  { fr: ' ', en: '' },
  { fr: 3 },
  { fr: undefined, en: 'Workshop' },
  { fr: 'Atelier', extra: 1 },
  {},
];
const dateTimes = [
  '2023-05-16T09:00:00-04:00',
  '2023-05-16T09:00:00Z',
  '2023-05-16T09:00:00.5+05:30',
  '2023-05-16T09:00-04:00',
  '2023-02-30T09:00:00Z',
  '2023-05-16',
  '',
];

/** Values to try for each field name, valid and not; junk is added to every field. */
const POOLS: Record<string, fc.Arbitrary<unknown>> = {
  id: fc.constantFrom(...ids),
  text: fc.constantFrom(...texts),
  ids: fc.array(fc.constantFrom(...ids), { maxLength: 3 }),
  strings: fc.array(fc.oneof(fc.string(), fc.constantFrom(1, null)), { maxLength: 3 }),
  string: fc.oneof(fc.string(), fc.constantFrom('  ', ' Montréal ')),
  color: fc.constantFrom('#fff', '#1F5FA8', '#1f5fa8', 'red', '#12345', '1F5FA8'),
  start: fc.constantFrom(...dateTimes),
  format: fc.constantFrom('workshop', 'panel', 'keynote', 'talk', 'Workshop'),
  status: fc.constantFrom('scheduled', 'cancelled', 'Cancelled', 'postponed', 1),
  language: fc.constantFrom(
    'fr',
    'en',
    'bilingual',
    'de',
    'FR',
    'pt-br',
    'zh-Hant',
    'es-419',
    'iw',
    'en-a',
    'en-US-x',
    'Bilingual',
    'f',
    'français',
  ),
  dayChange: fc.constantFrom('06:00', '00:00', '23:59', '24:00', '6:00', '06:00:00', ''),
  links: fc.array(
    fc.oneof(
      fc.record(
        {
          url: fc.constantFrom('https://example.org/slides', 'javascript:alert(1)', 3),
          title: fc.constantFrom('Diapositives', { en: 'Video' }, '', 4),
          extra: fc.constantFrom(1),
        },
        { requiredKeys: [] },
      ),
      fc.constantFrom('https://example.org/slides', null),
    ),
    { maxLength: 3 },
  ),
  capacity: fc.constantFrom(1, 30, 0, -1, 1.5, 2 ** 53, '3', -0),
  url: fc.constantFrom(
    'https://example.org/a',
    'mailto:info@example.org',
    'javascript:alert(1)',
    'http://',
    'ftp://example.org',
    'not a url',
  ),
  kind: fc.constantFrom('cooperative', 'mutual', 'academic', 'company'),
  country: fc.constantFrom('CA', 'ca', 'CAN', ''),
  date: fc.constantFrom('2023-05-16', '2023-02-29', '2024-02-29', '2023-5-6'),
  year: fc.constantFrom(
    2023,
    ...YEAR_RANGE,
    YEAR_RANGE[0] - 1,
    YEAR_RANGE[1] + 1,
    2023.5,
    2 ** 53,
    -(2 ** 53),
    1e20,
    -1e20,
  ),
  timeZone: fc.constantFrom('America/Montreal', 'Europe/Paris', 'UTC', 'Mars/Olympus', ''),
  languages: fc.array(fc.constantFrom('fr', 'en', 'pt-br', 'zh-Hant', 'en-a', 'français', 3), {
    maxLength: 3,
  }),
  location: fc.oneof(
    fc.record(
      {
        lat: fc.oneof(
          fc.double({ min: -90, max: 90, noNaN: true }),
          fc.constantFrom(-90, 90, 90.0001, -91, Number.NaN, Infinity, '45.5', null),
        ),
        lon: fc.oneof(
          fc.double({ min: -180, max: 180, noNaN: true }),
          fc.constantFrom(-180, 180, 180.5, -181, -Infinity, '-73.6'),
        ),
        extra: fc.constantFrom(1),
      },
      { requiredKeys: [] },
    ),
    fc.constantFrom([45.5, -73.6], '45.5,-73.6'),
  ),
  listed: fc.constantFrom(true, false, 'true', 0, 1),
};

const POOL_OF_FIELD: Record<string, string> = {
  id: 'id',
  name: 'text',
  title: 'text',
  summary: 'text',
  description: 'text',
  body: 'text',
  room: 'text',
  roomId: 'id',
  subtitle: 'text',
  formatLabel: 'text',
  bio: 'text',
  themeIds: 'ids',
  speakerIds: 'ids',
  authorIds: 'ids',
  tags: 'strings',
  organisation: 'string',
  city: 'string',
  start: 'start',
  end: 'start',
  venue: 'text',
  startDate: 'date',
  endDate: 'date',
  updated: 'date',
  image: 'url',
};

function fieldArbitrary(key: string): fc.Arbitrary<unknown> {
  const pool = POOLS[POOL_OF_FIELD[key] ?? key];
  if (!pool) throw new Error(`No test values for the field ${key}`);
  return fc.oneof(
    { weight: 4, arbitrary: pool },
    { weight: 1, arbitrary: fc.constantFrom(...junk) },
  );
}

/** The least each kind of record needs. */
const MINIMAL = {
  rooms: { id: 'r', name: 'Salle' },
  themes: { id: 't', name: 'Thème' },
  workshops: {
    id: 'w',
    title: 'Atelier',
    start: '2023-05-16T09:00:00-04:00',
    end: '2023-05-16T10:00:00-04:00',
  },
  members: { id: 'm', name: 'Membre' },
  practices: { id: 'p', title: 'Pratique' },
  summit: {
    id: 's',
    name: 'Sommet',
    year: 2023,
    timeZone: 'America/Montreal',
    startDate: '2023-05-16',
    endDate: '2023-05-18',
  },
};

const SAMPLE = {
  ...montreal2023,
  rooms: [{ id: 'grande-salle', name: { fr: 'Grande salle', en: 'Main Hall' }, capacity: 300 }],
  summit: [montreal2023 as unknown as Record<string, unknown>],
};

describe('parseSummit’s reader', () => {
  it('reads with the field table the zod schemas generate (`npm run generate` rewrites it)', async () => {
    expect(readFileSync(READER_FIELDS_FILE, 'utf8')).toBe(await generateReaderFields());
  });

  it('has no field table for a schema it has no reader for, and names the field', async () => {
    const summitWith = (changes: Record<string, z.ZodMiniType>) =>
      generateReaderFields(z.object({ ...Summit.shape, ...changes }));
    await expect(summitWith({ year: z.number().check(z.multipleOf(5)) })).rejects.toThrow(
      'Summit.year: no reader for the number check multiple_of',
    );
    await expect(summitWith({ online: z.optional(z.bigint()) })).rejects.toThrow(
      'Summit.online: no reader for the schema type bigint',
    );
    await expect(
      summitWith({ workshops: z._default(z.array(Workshop.check(z.refine(() => true))), []) }),
    ).rejects.toThrow('Summit.workshops[]: no reader for a record with checks or a catch-all');
    await expect(
      summitWith({
        rooms: z._default(
          z.array(z.object({ ...Room.shape, id: z.string().check(z.minLength(1)) })),
          [],
        ),
      }),
    ).rejects.toThrow('Summit.rooms[].id: no reader for the string check min_length');
  });

  for (const collection of KINDS) {
    const schema = SCHEMAS[collection];
    const fields = FIELDS[collection];

    it(`${collection}: know exactly the schema's fields, in order, with the same presence`, () => {
      expect(fields.map((field) => field.key)).toEqual(Object.keys(schema.shape));
      for (const field of fields) {
        const fieldSchema = (schema.shape as Record<string, z.ZodMiniType>)[field.key]!;
        expect([field.key, field.presence]).toEqual([field.key, presenceOf(fieldSchema)]);
      }
    });

    it(`${collection}: accept what zod accepts, build the same record, report the same problems`, () => {
      const model = Object.fromEntries(fields.map(({ key }) => [key, fieldArbitrary(key)]));
      const keys = fields.map(({ key }) => key);
      // Valid records with one to three fields changed or removed: each check gets exercised
      // with every other field valid.
      const bases = [SAMPLE[collection][0]!, MINIMAL[collection]];
      const near = fc
        .tuple(
          fc.constantFrom(...bases),
          fc.subarray(keys, { minLength: 1, maxLength: 3 }),
          fc.record(model),
          fc.boolean(),
          fc.constantFrom(undefined, 'kept out'),
        )
        .map(([base, changed, values, remove, extra]) => {
          const record: Record<string, unknown> = { ...base, extra };
          for (const key of changed) {
            if (remove) delete record[key];
            else record[key] = values[key];
          }
          return record;
        });
      const anyRecord = fc.record({ ...model, extra: fc.constantFrom(1) }, { requiredKeys: [] });
      let accepted = 0;
      fc.assert(
        fc.property(fc.oneof({ weight: 8, arbitrary: near }, anyRecord, fc.anything()), (input) => {
          const ours = read(collection, input);
          const zods = byZod(collection, input);
          expect(ours).toStrictEqual(zods);
          if (ours.ok) accepted++;
        }),
        { numRuns: 2000 },
      );
      expect(accepted).toBeGreaterThan(200);
    });
  }

  it('reads every record of the sample as zod does', () => {
    for (const collection of KINDS) {
      for (const record of SAMPLE[collection]) {
        expect(read(collection, record)).toStrictEqual({
          ok: true,
          value: SCHEMAS[collection].parse(record),
        });
      }
    }
  });

  it('reports what zod reports for documents and records that are not objects', () => {
    for (const kind of KINDS) {
      for (const input of junk) expect(read(kind, input)).toStrictEqual(byZod(kind, input));
    }
  });

  it('never hands back the input’s own arrays or objects', () => {
    const input = montreal2023.workshops[0]!;
    const result = read('workshops', input);
    if (!result.ok) throw new Error('the sample workshop is valid');
    const parsed = result.value as typeof input;
    expect(parsed).not.toBe(input);
    expect(parsed.themeIds).not.toBe(input.themeIds);
    expect(parsed.title).not.toBe(input.title);
  });
});
