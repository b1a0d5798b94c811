import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSummitJsonSchema } from '../../scripts/write-json-schema.js';
import { buildSummitJsonSchema, SUMMIT_JSON_SCHEMA_ID } from './json-schema.js';
import { montreal2023 } from '../samples/montreal-2023.js';
import { parseSummit } from './worded.js';

const schema = buildSummitJsonSchema();
// Strict mode rejects unknown keywords; formats are annotations here, the patterns do the checking.
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const validate = ajv.compile(schema);

/** The sample as plain JSON, with one value replaced (or removed, for `undefined`). */
function sampleWith(path: ReadonlyArray<string | number>, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(montreal2023)) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

describe('the summit JSON Schema', () => {
  it('is a draft 2020-12 schema with an id, a title and a description', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: SUMMIT_JSON_SCHEMA_ID,
      title: 'GICS summit',
      type: 'object',
    });
    expect(schema.description).toEqual(expect.stringContaining('parseSummit'));
  });

  it('accepts rooms, a day change, room ids, links and language tags', () => {
    const input = sampleWith(['rooms'], [{ id: 'salle-a', name: 'Salle A', capacity: 40 }]) as {
      workshops: Array<Record<string, unknown>>;
    } & Record<string, unknown>;
    input.dayChange = '06:00';
    Object.assign(input.workshops[0]!, {
      roomId: 'salle-a',
      language: 'pt-BR',
      subtitle: 'Sous-titre',
      formatLabel: 'Podiumsdiskussion',
      format: 'talk',
      links: [{ url: 'https://example.org/diapos', title: 'Diapositives' }],
    });
    expect(validate(input), ajv.errorsText(validate.errors)).toBe(true);
    expect(parseSummit(input).ok).toBe(true);
  });

  it('accepts the Montréal 2023 sample', () => {
    expect(
      validate(JSON.parse(JSON.stringify(montreal2023))),
      ajv.errorsText(validate.errors),
    ).toBe(true);
  });

  it.each([
    ['a summit without a time zone', ['timeZone'], undefined],
    ['a workshop without a start', ['workshops', 0, 'start'], undefined],
    ['an id with a space', ['workshops', 1, 'id'], 'atelier 2'],
    ['a time without seconds', ['workshops', 1, 'end'], '2023-05-16T12:00-04:00'],
    ['a javascript: URL', ['members', 0, 'url'], 'javascript:alert(1)'],
    ['blank text', ['themes', 0, 'name'], '   '],
    ['text with no language filled in', ['themes', 0, 'name'], { fr: ' ', en: '' }],
    ['an unknown format', ['workshops', 2, 'format'], 'lecture'],
    ['a language that is no tag', ['workshops', 2, 'language'], 'espagnol'],
    ['a day change past 23:59', ['dayChange'], '24:00'],
    ['a room without a name', ['rooms'], [{ id: 'salle-a' }]],
    ['a link without a URL', ['workshops', 2, 'links'], [{ title: 'Diapositives' }]],
    ['a colour name', ['themes', 1, 'color'], 'green'],
    ['a zero capacity', ['workshops', 1, 'capacity'], 0],
    ['a lowercase country', ['members', 0, 'country'], 'ca'],
    ['an impossible date', ['practices', 0, 'date'], '2023-02-29'],
  ])('refuses %s', (_, path, value) => {
    expect(validate(sampleWith(path, value))).toBe(false);
  });

  it('never refuses a document that parseSummit accepts', () => {
    const paths = [
      ['year'],
      ['venue'],
      ['url'],
      ['themes', 0, 'description'],
      ['workshops', 0, 'title'],
      ['workshops', 0, 'room'],
      ['workshops', 0, 'capacity'],
      ['workshops', 0, 'url'],
      ['workshops', 0, 'tags'],
      ['workshops', 0, 'language'],
      ['workshops', 0, 'links'],
      ['workshops', 0, 'subtitle'],
      ['dayChange'],
      ['members', 0, 'name'],
      ['members', 0, 'kind'],
      ['practices', 0, 'date'],
    ] as const;
    const values = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(
        ' https://example.org',
        'HTTPS://EXAMPLE.ORG',
        'mailto:info@example.org',
        { fr: 'Salle', en: ' ' },
        { en: 'Room' },
        '  Salle A  ',
        2200,
        'academic',
        'pt-br',
        'en-a',
        'bilingual',
        '06:00',
        [{ url: 'https://example.org/diapos', title: { en: 'Slides' } }],
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), values, (path, value) => {
        const input = sampleWith(path, value);
        if (parseSummit(input).ok)
          expect(validate(input), ajv.errorsText(validate.errors)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('write-json-schema', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gics-schema-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the schema as formatted JSON, creating the folder', () => {
    const outFile = join(folder, 'nested', 'summit.schema.json');
    writeSummitJsonSchema(outFile);
    const text = readFileSync(outFile, 'utf8');
    expect(JSON.parse(text)).toEqual(schema);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
