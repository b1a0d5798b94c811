import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  COMMUNITY_FIELDS_FILE,
  generateCommunityFields,
} from '../../scripts/write-reader-fields.js';
import { gicsCommunity } from '../samples/community.js';
import { montreal2023 } from '../samples/montreal-2023.js';
import { problemsFromIssues } from '../summit/issues.js';
import { buildCommunityJsonSchema, COMMUNITY_JSON_SCHEMA_ID } from '../summit/json-schema.js';
import { parseSummit, wordProblems } from '../summit/worded.js';
import { Member } from '../summit/summit.schema.js';
import { Community } from './community.schema.js';
import {
  communityOf,
  looksLikeCommunity,
  parseCommunity,
  parseCommunityUnworded,
} from './community.js';

const MINIMAL = { id: 'c', name: 'Communauté' };

/** The sample as plain JSON, to change freely. */
function sample(): {
  themes: Array<Record<string, unknown>>;
  members: Array<Record<string, unknown>>;
  practices: Array<Record<string, unknown>>;
} & Record<string, unknown> {
  return JSON.parse(JSON.stringify(gicsCommunity));
}

describe('parseCommunity', () => {
  it('reads the sample as the zod schema does, without a problem or warning in either mode', () => {
    const strict = parseCommunity(gicsCommunity);
    expect(strict).toEqual({ ok: true, community: Community.parse(gicsCommunity), warnings: [] });
    expect(parseCommunity(gicsCommunity, { mode: 'lenient' })).toEqual(strict);
  });

  it('needs only an id and a name, and fills the lists in', () => {
    expect(parseCommunity(MINIMAL)).toEqual({
      ok: true,
      community: { ...MINIMAL, themes: [], members: [], practices: [] },
      warnings: [],
    });
  });

  it('says what is wrong with the community itself, in French and English, with paths', () => {
    const result = parseCommunity({ name: '  ', url: 'javascript:alert(1)', practices: {} });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ code, where }) => `${code} @ ${where}`)).toEqual([
      'required @ id',
      'empty_text @ name',
      'invalid_url @ url',
      'invalid_type @ practices',
    ]);
    const url = result.problems[2]!;
    expect(url.message.en).toContain('javascript:alert(1)');
    expect(url.message.fr).toMatch(/«\u00a0javascript:alert\(1\)\u00a0»/);
  });

  it('refuses a practice naming a member or theme that does not exist, strictly', () => {
    const input = sample();
    input.practices[0]!.authorIds = ['nobody', 'habitat-rosemont'];
    input.practices[1]!.themeIds = ['gastronomy'];
    const result = parseCommunity(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ code, where }) => `${code} @ ${where}`)).toEqual([
      'unknown_member @ practices[0].authorIds[0]',
      'unknown_theme @ practices[1].themeIds[0]',
    ]);
    expect(result.problems[0]!.message).toEqual({
      fr: 'Aucun membre n’a l’identifiant «\u00a0nobody\u00a0».',
      en: 'No member has the id “nobody”.',
    });
  });

  it('leaves invalid records, fields and references out in lenient mode, each with a warning', () => {
    const input = sample();
    input.practices[0]!.authorIds = ['nobody', 'habitat-rosemont'];
    input.members[1]!.location = { lat: 145, lon: 5.7 };
    input.members.push({ id: 'habitat-rosemont', name: 'Doublon' });
    input.themes.push({ id: 'sans-nom' });
    const result = parseCommunity(input, { mode: 'lenient' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { community, warnings } = result;
    expect(warnings.map(({ code, where }) => `${code} @ ${where}`)).toEqual([
      'record_dropped @ themes[3]',
      'required @ themes[3].name',
      'field_dropped @ members[1].location',
      'too_big @ members[1].location.lat',
      'record_dropped @ members[20]',
      'duplicate_id @ members[20].id',
      'reference_dropped @ practices[0].authorIds[0]',
      'unknown_member @ practices[0].authorIds[0]',
    ]);
    expect(community.themes).toHaveLength(3);
    expect(community.members).toHaveLength(gicsCommunity.members.length);
    expect(community.members[1]!.location).toBeUndefined();
    expect(community.practices[0]!.authorIds).toEqual(['habitat-rosemont']);
  });

  it('reads a hole in a list a program gives (a sparse array) as a record left out, as the summit does', () => {
    const input = sample();
    const practices: unknown[] = [...input.practices];
    delete practices[1];
    const community = parseCommunity({ ...input, practices }, { mode: 'lenient' });
    const summit = parseSummit({ ...montreal2023, practices }, { mode: 'lenient' });
    for (const result of [community, summit]) {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const hole = result.warnings.filter(({ where }) => where === 'practices[1]');
      expect(hole.map(({ code }) => code)).toEqual(['record_dropped', 'required']);
    }
    if (!community.ok) return;
    expect(community.community.practices.map((practice) => practice.id)).toEqual(
      input.practices.filter((_, index) => index !== 1).map((practice) => practice.id),
    );
    expect(parseCommunity({ ...input, practices }).ok).toBe(false);
  });

  it('reads a summit file as a community: its workshops and dates are left out', () => {
    const result = parseCommunity(montreal2023);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const summit = parseSummit(montreal2023);
    if (!summit.ok) throw new Error('the Montréal sample is valid');
    expect(result.community).toEqual({
      id: summit.summit.id,
      name: summit.summit.name,
      url: summit.summit.url,
      themes: summit.summit.themes,
      members: summit.summit.members,
      practices: summit.summit.practices,
    });
    expect(result.community).not.toHaveProperty('workshops');
  });

  it('words problems only on request when unworded, as parseSummitUnworded does', () => {
    const result = parseCommunityUnworded({ id: 'c' });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'required', message: { fr: 'required', en: 'required' } }],
    });
    const worded = parseCommunity({ id: 'c' });
    if (result.ok || worded.ok) throw new Error('a community needs a name');
    expect(wordProblems(result.problems)).toEqual(worded.problems);
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(parseCommunity(hostile)).toMatchObject({
      ok: false,
      problems: [{ code: 'unreadable_input' }],
    });
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseCommunity(input);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('accepts what the zod schema accepts, with the same value, on mutated samples', () => {
    const base = sample();
    const mutations = fc.record({
      member: fc.nat(base.members.length - 1),
      key: fc.constantFrom('location', 'languages', 'listed', 'image', 'links', 'tags', 'kind'),
      value: fc.constantFrom(
        { lat: 0, lon: 0 },
        { lat: -90.5, lon: 0 },
        ['fr', 'pt-br'],
        ['français'],
        true,
        'yes',
        'https://example.org/logo.png',
        'javascript:alert(1)',
        [{ url: 'https://example.org/' }],
        [{ title: 'x' }],
        undefined,
      ),
    });
    fc.assert(
      fc.property(mutations, ({ member, key, value }) => {
        const input = sample();
        input.members[member]![key] = value;
        const ours = parseCommunity(input);
        const zods = z.safeParse(Community, input, { reportInput: true });
        expect(ours.ok).toBe(zods.success);
        if (ours.ok && zods.success) expect(ours.community).toEqual(zods.data);
        if (!ours.ok && !zods.success) {
          expect(ours.problems.map(({ code, where }) => ({ code, where }))).toEqual(
            problemsFromIssues(zods.error.issues, []).map(({ code, where }) => ({ code, where })),
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the community’s field table', () => {
  it('is what the schema generates (`npm run generate` rewrites it)', async () => {
    expect(readFileSync(COMMUNITY_FIELDS_FILE, 'utf8')).toBe(await generateCommunityFields());
  });

  it('is refused for a community whose lists are not the summit’s records', async () => {
    await expect(
      generateCommunityFields(
        z.object({
          ...Community.shape,
          members: z._default(z.array(z.object({ ...Member.shape })), []),
        }),
      ),
    ).rejects.toThrow("Community.members: expected a list of the summit's members with a default");
  });
});

describe('communityOf', () => {
  it('gives a summit’s themes, members and practices under its id, name and page', () => {
    const result = parseSummit(montreal2023);
    if (!result.ok) throw new Error('the Montréal sample is valid');
    const community = communityOf(result.summit);
    expect(community).toEqual({
      id: 'gics-montreal-2023',
      name: result.summit.name,
      url: result.summit.url,
      themes: result.summit.themes,
      members: result.summit.members,
      practices: result.summit.practices,
    });
    expect(Community.safeParse(community).success).toBe(true);
  });
});

describe('looksLikeCommunity', () => {
  it('tells a community document from a summit and from anything else', () => {
    expect(looksLikeCommunity(gicsCommunity)).toBe(true);
    expect(looksLikeCommunity({ id: 'c', practices: [] })).toBe(true);
    expect(looksLikeCommunity(montreal2023)).toBe(false);
    expect(looksLikeCommunity({ id: 'c', members: [], timeZone: 'UTC' })).toBe(false);
    expect(looksLikeCommunity({ id: 'c' })).toBe(false);
    expect(looksLikeCommunity([gicsCommunity])).toBe(false);
    expect(looksLikeCommunity(null)).toBe(false);
  });
});

describe('the community JSON Schema', () => {
  const schema = buildCommunityJsonSchema();
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);

  it('is a draft 2020-12 schema with its own id', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: COMMUNITY_JSON_SCHEMA_ID,
      title: 'GICS community of practice',
      type: 'object',
      required: ['id', 'name'],
    });
  });

  it('accepts the sample and refuses what the reader refuses on the new fields', () => {
    expect(validate(sample()), ajv.errorsText(validate.errors)).toBe(true);
    for (const [key, value] of [
      ['location', { lat: 91, lon: 0 }],
      ['location', { lat: 45 }],
      ['listed', 'yes'],
      ['image', 'javascript:alert(1)'],
      ['languages', ['fr', 3]],
    ] as const) {
      const input = sample();
      input.members[0]![key] = value;
      expect(validate(input), `${key}: ${JSON.stringify(value)}`).toBe(false);
      expect(parseCommunity(input).ok).toBe(false);
    }
  });
});
