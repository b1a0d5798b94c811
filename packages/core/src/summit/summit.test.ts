import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { montreal2023 } from '../samples/montreal-2023.js';
import { PROBLEM_CODES, problemMessage } from './messages.js';
import type { ProblemCode, ProblemParams } from './messages.js';
import type { Problem } from './problem.js';
import { parseSummitUnworded } from './summit.js';
import { parseSummit, wordProblems } from './worded.js';
import type { ParseSummitResult } from './summit.js';

type Path = ReadonlyArray<string | number>;
const REMOVE = Symbol('remove');

/** A copy of the sample with the given values set (or removed) at the given paths. */
function sampleWith(...edits: Array<[Path, unknown]>): Record<string, unknown> {
  const copy = structuredClone(montreal2023) as unknown as Record<string, unknown>;
  for (const [path, value] of edits) {
    let target = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  }
  return copy;
}

function problems(input: unknown): Problem[] {
  const result = parseSummit(input);
  if (result.ok) throw new Error('Expected problems, got a summit');
  return result.problems;
}

function lenient(input: unknown): Extract<ParseSummitResult, { ok: true }> {
  const result = parseSummit(input, { mode: 'lenient' });
  if (!result.ok) throw new Error(`Expected a summit, got ${JSON.stringify(result.problems)}`);
  return result;
}

/** Code and path of each problem: what most assertions are about. */
function brief(list: ReadonlyArray<Problem>): Array<[string, Path]> {
  return list.map((problem) => [problem.code, problem.path]);
}

const MINIMAL = {
  id: 'mini',
  name: 'Mini',
  year: 2023,
  timeZone: 'America/Montreal',
  startDate: '2023-05-16',
  endDate: '2023-05-16',
};

const workshopAt = (index: number) => montreal2023.workshops[index]!;

/** French typography: no ordinary space before `: ; ! ? »` or after `«`. */
function hasFrenchSpacing(text: string): boolean {
  return !/ [:;!?»]|« /.test(text);
}

function expectWellWritten(message: { fr: string; en: string }): void {
  expect(message.fr.trim()).not.toBe('');
  expect(message.en.trim()).not.toBe('');
  expect(message.fr).not.toBe(message.en);
  expect(hasFrenchSpacing(message.fr), message.fr).toBe(true);
  // Nothing of zod's own wording.
  for (const text of [message.fr, message.en])
    expect(text).not.toMatch(/Invalid input|Too (small|big)/);
}

describe('parseSummit in strict mode', () => {
  it('accepts the sample and returns it typed, without warnings', () => {
    const result = parseSummit(montreal2023);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) return;
    expect(result.summit.id).toBe('gics-montreal-2023');
    expect(result.summit.workshops).toHaveLength(12);
  });

  it('fills in defaults: empty collections and lists, workshop format; no member kind', () => {
    const result = parseSummit({
      ...MINIMAL,
      themes: [{ id: 't', name: 'Thème' }],
      workshops: [
        {
          id: 'w',
          title: ' Atelier ',
          themeIds: ['t'],
          start: '2023-05-16T09:00:00-04:00',
          end: '2023-05-16T10:00:00-04:00',
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summit.members).toEqual([]);
    expect(result.summit.practices).toEqual([]);
    expect(result.summit.rooms).toEqual([]);
    expect(result.summit).not.toHaveProperty('dayChange');
    expect(result.summit.workshops[0]).toMatchObject({
      title: 'Atelier',
      format: 'workshop',
      speakerIds: [],
      links: [],
      tags: [],
    });
    // A source that does not say what kind of member someone is leaves the kind out.
    const member = parseSummit({ ...MINIMAL, members: [{ id: 'm', name: 'Membre' }] });
    expect(member.ok && member.summit.members[0]).not.toHaveProperty('kind');
  });

  it('refuses anything that is not an object, at the root', () => {
    for (const input of [null, undefined, [], 'summit', 42, true]) {
      expect(brief(problems(input))).toEqual([['invalid_type', []]]);
    }
    expect(problems([])[0]!.message.en).toBe('Expected an object, got a list.');
  });

  it('says which summit fields are missing', () => {
    expect(brief(problems({ themes: [] }))).toEqual([
      ['required', ['id']],
      ['required', ['name']],
      ['required', ['year']],
      ['required', ['timeZone']],
      ['required', ['startDate']],
      ['required', ['endDate']],
    ]);
    const [first] = problems({});
    expect(first!.message).toEqual({
      fr: 'Ce champ est obligatoire.',
      en: 'This field is required.',
    });
    expect(first!.where).toBe('id');
  });

  it.each([
    ['invalid_id', ['id'], 'gics montréal'],
    ['invalid_time_zone', ['timeZone'], 'America/Montréal'],
    ['invalid_date', ['startDate'], '2023-02-30'],
    ['invalid_country', ['country'], 'ca'],
    ['invalid_url', ['url'], 'javascript:alert(1)'],
    ['empty_text', ['name'], '   '],
    ['empty_text', ['venue'], { fr: ' ', en: '' }],
    ['invalid_color', ['themes', 1, 'color'], 'green'],
    ['invalid_datetime', ['workshops', 2, 'start'], '2023-05-16T13:30-04:00'],
    ['invalid_url', ['members', 0, 'url'], 'ftp://example.org'],
    ['invalid_date', ['practices', 0, 'date'], '18/05/2023'],
  ] as const)('reports %s at %j', (code, path, value) => {
    const found = problems(sampleWith([path, value]));
    expect(brief(found)).toEqual([[code, path]]);
    expectWellWritten(found[0]!.message);
  });

  it('quotes the faulty value in both languages', () => {
    const [problem] = problems(sampleWith([['timeZone'], 'Mars/Olympus']));
    expect(problem!.message.fr).toContain('«\u00A0Mars/Olympus\u00A0»');
    expect(problem!.message.en).toContain('“Mars/Olympus”');
  });

  it('says what type was expected and what was found', () => {
    const [year] = problems(sampleWith([['year'], '2023']));
    expect(year).toMatchObject({ code: 'invalid_type', where: 'year' });
    expect(year!.message.en).toBe('Expected a number, got “2023”.');
    expect(year!.message.fr).toBe(
      'Valeur attendue\u00A0: un nombre\u202F; valeur reçue\u00A0: «\u00A02023\u00A0».',
    );
    const [decimal] = problems(sampleWith([['year'], 2023.5]));
    expect(decimal!.message.en).toBe('Expected a whole number, got 2023.5.');
    const [themeIds] = problems(sampleWith([['workshops', 0, 'themeIds'], 'numerisation']));
    expect(themeIds).toMatchObject({ code: 'invalid_type', where: 'workshops[0].themeIds' });
    expect(themeIds!.message.en).toBe('Expected a list, got “numerisation”.');
    const [title] = problems(sampleWith([['workshops', 0, 'title', 'fr'], 12]));
    expect(brief([title!])).toEqual([['invalid_type', ['workshops', 0, 'title', 'fr']]]);
  });

  it('explains what text may look like when it is neither a string nor { fr, en }', () => {
    const [problem] = problems(sampleWith([['workshops', 0, 'title'], 42]));
    expect(brief([problem!])).toEqual([['invalid_text', ['workshops', 0, 'title']]]);
    expect(problem!.message.en).toContain('“fr”, “en” or both');
  });

  it('lists the allowed values of an enumeration', () => {
    const [problem] = problems(sampleWith([['workshops', 4, 'format'], 'lecture']));
    expect(brief([problem!])).toEqual([['invalid_value', ['workshops', 4, 'format']]]);
    expect(problem!.message.en).toBe(
      'The value “lecture” is not allowed. Allowed values: “workshop”, “plenary”, “keynote”, “talk”, “panel”, “networking”, “other”.',
    );
    expect(problem!.message.fr).toContain('«\u00A0networking\u00A0»');
  });

  it('reports bounds once, with the limit that matters', () => {
    expect(problems(sampleWith([['year'], 1e300])).map((p) => p.message.en)).toEqual([
      'Must be at most 2200.',
    ]);
    expect(problems(sampleWith([['year'], 1999]))[0]!.message.fr).toBe(
      'La valeur doit être supérieure ou égale à 2000.',
    );
    const [capacity] = problems(sampleWith([['workshops', 1, 'capacity'], 0]));
    expect(brief([capacity!])).toEqual([['too_small', ['workshops', 1, 'capacity']]]);
    expect(capacity!.message.en).toBe('Must be greater than 0.');
  });

  it('requires each collection to be a list', () => {
    expect(brief(problems(sampleWith([['workshops'], { 0: workshopAt(0) }])))).toEqual([
      ['invalid_type', ['workshops']],
    ]);
  });

  it.each(['themes', 'workshops', 'members', 'practices'] as const)(
    'refuses two %s with the same id, pointing at the second',
    (collection) => {
      const first = montreal2023[collection][0]!;
      const found = problems(sampleWith([[collection, 2, 'id'], first.id]));
      expect(brief(found)).toContainEqual(['duplicate_id', [collection, 2, 'id']]);
      const duplicate = found.find((problem) => problem.code === 'duplicate_id')!;
      expect(duplicate.message.en).toBe(
        `The id “${first.id}” is already used by ${collection}[0].`,
      );
    },
  );

  it('refuses references to themes and members that do not exist', () => {
    const found = problems(
      sampleWith(
        [['workshops', 3, 'themeIds', 0], 'gouvernance'],
        [['workshops', 5, 'speakerIds', 1], 'personne-inconnue'],
        [['practices', 2, 'themeIds', 0], 'numerique'],
        [['practices', 4, 'authorIds', 1], 'autrice-inconnue'],
      ),
    );
    expect(brief(found)).toEqual([
      ['unknown_theme', ['workshops', 3, 'themeIds', 0]],
      ['unknown_member', ['workshops', 5, 'speakerIds', 1]],
      ['unknown_theme', ['practices', 2, 'themeIds', 0]],
      ['unknown_member', ['practices', 4, 'authorIds', 1]],
    ]);
    expect(found[0]!.where).toBe('workshops[3].themeIds[0]');
    expect(found[0]!.message.fr).toBe('Aucun thème n’a l’identifiant «\u00A0gouvernance\u00A0».');
    expect(found[1]!.message.en).toBe('No member has the id “personne-inconnue”.');
  });

  it('does not call a theme unknown because the theme itself has errors', () => {
    const found = problems(sampleWith([['themes', 0, 'name'], '']));
    expect(brief(found)).toEqual([['empty_text', ['themes', 0, 'name']]]);
  });

  it('still checks the references of a workshop with other errors', () => {
    const found = problems(
      sampleWith([['workshops', 0, 'start'], 'demain'], [['workshops', 0, 'themeIds', 0], 'x']),
    );
    expect(brief(found)).toEqual([
      ['invalid_datetime', ['workshops', 0, 'start']],
      ['unknown_theme', ['workshops', 0, 'themeIds', 0]],
    ]);
  });

  it('requires a workshop to end after it starts, comparing instants across offsets', () => {
    const start = workshopAt(2).start;
    expect(brief(problems(sampleWith([['workshops', 2, 'end'], start])))).toEqual([
      ['end_before_start', ['workshops', 2, 'end']],
    ]);
    const earlier = problems(sampleWith([['workshops', 2, 'end'], '2023-05-16T13:00:00-04:00']));
    expect(earlier[0]!.message.en).toBe(
      'The end (2023-05-16T13:00:00-04:00) must be after the start (2023-05-16T13:30:00-04:00).',
    );
    // 13:00 in UTC-5 is 14:00 in Montréal: after a 13:30 start.
    expect(parseSummit(sampleWith([['workshops', 2, 'end'], '2023-05-16T13:00:00-05:00'])).ok).toBe(
      true,
    );
  });

  it('orders start and end like the instants they name, whatever the offsets and precision', () => {
    const hour = Date.UTC(2023, 4, 16, 13);
    const instant = fc.oneof(
      fc.integer({ min: hour, max: hour + 2 * 3_600_000 }),
      fc.constantFrom(hour, hour + 1, hour + 100, hour + 60_000),
    );
    const written = fc
      .tuple(
        instant,
        fc.constantFrom(-300, -240, 0, 60, 330),
        fc.constantFrom(0, 1, 3),
        fc.boolean(),
      )
      .map(([time, offset, digits, zulu]) => {
        const local = new Date(time + offset * 60_000).toISOString();
        const fraction = digits === 0 ? '' : `.${local.slice(20, 20 + digits)}`;
        if (zulu && offset === 0) return `${local.slice(0, 19)}${fraction}Z`;
        const sign = offset < 0 ? '-' : '+';
        const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
        const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
        return `${local.slice(0, 19)}${fraction}${sign}${hours}:${minutes}`;
      });
    fc.assert(
      fc.property(written, written, (start, end) => {
        const input = sampleWith(
          [['workshops', 0, 'start'], start],
          [['workshops', 0, 'end'], end],
        );
        expect(parseSummit(input).ok).toBe(Date.parse(end) > Date.parse(start));
      }),
      { numRuns: 300 },
    );
  });

  it('requires the summit to end on or after its first day', () => {
    expect(brief(problems(sampleWith([['endDate'], '2023-05-15'])))).toEqual([
      ['end_before_start', ['endDate']],
    ]);
    expect(parseSummit(sampleWith([['endDate'], '2023-05-16'])).ok).toBe(true);
  });

  it('lists problems in document order, every one of them', () => {
    const found = problems(
      sampleWith(
        [['members', 1, 'country'], 'Canada'],
        [['year'], 'deux mille'],
        [['workshops', 9, 'language'], 'espagnol'],
        [['themes', 2, 'color'], 'violet'],
      ),
    );
    expect(found.map((problem) => problem.where)).toEqual([
      'year',
      'themes[2].color',
      'workshops[9].language',
      'members[1].country',
    ]);
  });

  it('does not modify its input', () => {
    const input = sampleWith([['workshops', 3, 'themeIds', 0], 'x'], [['members', 0, 'url'], 'x']);
    const before = structuredClone(input);
    parseSummit(input);
    parseSummit(input, { mode: 'lenient' });
    expect(input).toEqual(before);
  });
});

describe('parseSummit in lenient mode', () => {
  it('gives the same summit as strict mode when nothing is wrong', () => {
    const strict = parseSummit(montreal2023);
    expect(parseSummit(montreal2023, { mode: 'lenient' })).toEqual(strict);
  });

  it('drops an invalid workshop, keeps the others, and says why', () => {
    const input = sampleWith([['workshops', 3, 'start'], 'mardi matin']);
    expect(parseSummit(input).ok).toBe(false);
    const { summit, warnings } = lenient(input);
    expect(summit.workshops).toHaveLength(11);
    expect(summit.workshops.map((w) => w.id)).not.toContain(workshopAt(3).id);
    expect(brief(warnings)).toEqual([
      ['record_dropped', ['workshops', 3]],
      ['invalid_datetime', ['workshops', 3, 'start']],
    ]);
    expect(warnings[0]!.message).toEqual({
      fr: 'L’atelier «\u00A0assemblee-generale-participative\u00A0» a été ignoré, car il contient des erreurs.',
      en: 'Workshop “assemblee-generale-participative” was skipped because it has errors.',
    });
  });

  it('names a dropped record without a usable id by its position', () => {
    const { warnings } = lenient(sampleWith([['practices', 1, 'id'], REMOVE]));
    expect(warnings[0]).toMatchObject({ code: 'record_dropped', where: 'practices[1]' });
    expect(warnings[0]!.message.fr).toBe(
      'Une pratique sans identifiant valide a été ignorée, car elle contient des erreurs.',
    );
  });

  it('removes a reference to an unknown theme instead of dropping the workshop', () => {
    const input = sampleWith([
      ['workshops', 3, 'themeIds'],
      ['gouvernance', 'leadership-cooperatif'],
    ]);
    const { summit, warnings } = lenient(input);
    expect(summit.workshops).toHaveLength(12);
    expect(summit.workshops[3]!.themeIds).toEqual(['leadership-cooperatif']);
    expect(brief(warnings)).toEqual([
      ['reference_dropped', ['workshops', 3, 'themeIds', 0]],
      ['unknown_theme', ['workshops', 3, 'themeIds', 0]],
    ]);
    expect(warnings[0]!.message.en).toBe(
      'The unknown theme “gouvernance” was removed from workshop “assemblee-generale-participative”.',
    );
  });

  it('removes a reference that is not even an id, such as a theme’s name', () => {
    const input = sampleWith(
      [
        ['workshops', 1, 'themeIds'],
        ['Économie circulaire', 'inconnu', 'economie-circulaire'],
      ],
      [['practices', 2, 'authorIds', 0], 'Coopérative numérique Imaginaire'],
    );
    expect(brief(problems(input))).toEqual([
      ['invalid_id', ['workshops', 1, 'themeIds', 0]],
      ['unknown_theme', ['workshops', 1, 'themeIds', 1]],
      ['invalid_id', ['practices', 2, 'authorIds', 0]],
    ]);
    const { summit, warnings } = lenient(input);
    expect(summit.workshops[1]!.themeIds).toEqual(['economie-circulaire']);
    expect(summit.practices[2]!.authorIds).toEqual(['alex-placeholder']);
    // Paths point into the data as written, before anything was removed.
    expect(brief(warnings)).toEqual([
      ['reference_dropped', ['workshops', 1, 'themeIds', 0]],
      ['invalid_id', ['workshops', 1, 'themeIds', 0]],
      ['reference_dropped', ['workshops', 1, 'themeIds', 1]],
      ['unknown_theme', ['workshops', 1, 'themeIds', 1]],
      ['reference_dropped', ['practices', 2, 'authorIds', 0]],
      ['invalid_id', ['practices', 2, 'authorIds', 0]],
    ]);
    expect(warnings[0]!.message.fr).toBe(
      'Le thème «\u00A0Économie circulaire\u00A0», inconnu, a été retiré de l’atelier «\u00A0cartographier-flux-matieres\u00A0».',
    );
  });

  it('drops the whole record when a bad reference is not its only problem', () => {
    const input = sampleWith(
      [['workshops', 1, 'themeIds', 0], 'Économie circulaire'],
      [['workshops', 1, 'start'], 'mardi'],
      [['workshops', 2, 'themeIds', 0], 7],
    );
    const { summit, warnings } = lenient(input);
    expect(summit.workshops).toHaveLength(10);
    expect(brief(warnings)).toEqual([
      ['record_dropped', ['workshops', 1]],
      ['invalid_id', ['workshops', 1, 'themeIds', 0]],
      ['invalid_datetime', ['workshops', 1, 'start']],
      ['record_dropped', ['workshops', 2]],
      ['invalid_type', ['workshops', 2, 'themeIds', 0]],
    ]);
  });

  it('leaves out an optional field with an invalid value, and keeps the record', () => {
    const input = sampleWith(
      [['members', 2, 'url'], 'javascript:alert(1)'],
      [['members', 2, 'country'], 'France'],
      [['workshops', 1, 'capacity'], 'quarante'],
      [['workshops', 1, 'themeIds', 0], 'Économie circulaire'],
    );
    expect(parseSummit(input).ok).toBe(false);
    const { summit, warnings } = lenient(input);
    const member = summit.members[2]!;
    expect(member.id).toBe(montreal2023.members[2]!.id);
    expect(member).not.toHaveProperty('url');
    expect(member).not.toHaveProperty('country');
    expect(member.name).toBe(montreal2023.members[2]!.name);
    const workshop = summit.workshops[1]!;
    expect(workshop).not.toHaveProperty('capacity');
    expect(workshop.themeIds).toEqual(montreal2023.workshops[1]!.themeIds.slice(1));
    expect(summit.workshops).toHaveLength(12);
    expect(summit.members).toHaveLength(montreal2023.members.length);
    expect(brief(warnings)).toEqual([
      ['reference_dropped', ['workshops', 1, 'themeIds', 0]],
      ['invalid_id', ['workshops', 1, 'themeIds', 0]],
      ['field_dropped', ['workshops', 1, 'capacity']],
      ['invalid_type', ['workshops', 1, 'capacity']],
      ['field_dropped', ['members', 2, 'country']],
      ['invalid_country', ['members', 2, 'country']],
      ['field_dropped', ['members', 2, 'url']],
      ['invalid_url', ['members', 2, 'url']],
    ]);
    const urlDropped = warnings.find((w) => w.code === 'field_dropped' && w.where.endsWith('url'))!;
    expect(urlDropped.message).toEqual({
      fr: `Le champ «\u00A0url\u00A0» du membre «\u00A0${member.id}\u00A0» a été laissé de côté\u00A0: sa valeur n’est pas valide.`,
      en: `The “url” field of member “${member.id}” was left out: its value is not valid.`,
    });
  });

  it('removes references to a member it dropped, from workshops and practices alike', () => {
    const dropped = montreal2023.members[3]!; // jordan-fictif
    const { summit, warnings } = lenient(sampleWith([['members', 3, 'name'], '']));
    expect(summit.members.map((m) => m.id)).not.toContain(dropped.id);
    for (const record of [...summit.workshops, ...summit.practices]) {
      const ids = 'speakerIds' in record ? record.speakerIds : record.authorIds;
      expect(ids).not.toContain(dropped.id);
    }
    // Warnings come in document order: the member's own come after the workshops'.
    const own = warnings.findIndex((w) => w.code === 'record_dropped');
    expect(brief(warnings.slice(own, own + 2))).toEqual([
      ['record_dropped', ['members', 3]],
      ['empty_text', ['members', 3, 'name']],
    ]);
    // Dropped, not unknown: the reason is given once, with the member.
    expect(warnings.map((w) => w.code)).not.toContain('unknown_member');
    expect(warnings.filter((w) => w.code === 'reference_dropped').map((w) => w.where)).toEqual([
      'workshops[1].speakerIds[1]',
      'workshops[3].speakerIds[1]',
      'workshops[9].speakerIds[1]',
      'practices[4].authorIds[0]',
    ]);
    expect(warnings[0]!.message.fr).toContain('ignoré en raison d’erreurs');
  });

  it('keeps the first of two records with the same id, or the only valid one', () => {
    const first = montreal2023.themes[0]!;
    const twice = lenient(sampleWith([['themes', 2, 'id'], first.id]));
    expect(twice.summit.themes.map((t) => t.id)).toEqual([first.id, 'economie-circulaire']);
    expect(brief(twice.warnings.slice(0, 2))).toEqual([
      ['record_dropped', ['themes', 2]],
      ['duplicate_id', ['themes', 2, 'id']],
    ]);
    const firstInvalid = lenient(
      sampleWith([['themes', 0, 'name'], ''], [['themes', 2, 'id'], first.id]),
    );
    expect(firstInvalid.summit.themes.map((t) => t.id)).toEqual(['economie-circulaire', first.id]);
    expect(firstInvalid.summit.themes[1]!.color).toBe(montreal2023.themes[2]!.color);
  });

  it('drops a workshop that ends before it starts', () => {
    const { summit, warnings } = lenient(
      sampleWith([['workshops', 0, 'end'], '2023-05-16T08:00:00-04:00']),
    );
    expect(summit.workshops).toHaveLength(11);
    expect(brief(warnings)).toEqual([
      ['record_dropped', ['workshops', 0]],
      ['end_before_start', ['workshops', 0, 'end']],
    ]);
  });

  it('still refuses a summit whose own fields are wrong, reporting everything like strict mode', () => {
    const input = sampleWith(
      [['timeZone'], 'Montréal'],
      [['workshops', 3, 'themeIds', 0], 'gouvernance'],
    );
    const result = parseSummit(input, { mode: 'lenient' });
    expect(result).toEqual(parseSummit(input));
    expect(result.ok || brief(result.problems)).toEqual([
      ['invalid_time_zone', ['timeZone']],
      ['unknown_theme', ['workshops', 3, 'themeIds', 0]],
    ]);
    expect(parseSummit({ ...MINIMAL, id: undefined }, { mode: 'lenient' }).ok).toBe(false);
    expect(parseSummit({ ...MINIMAL, workshops: 'none' }, { mode: 'lenient' }).ok).toBe(false);
  });
});

describe('problem messages', () => {
  const examples: { [C in ProblemCode]: ProblemParams[C] } = {
    required: {},
    invalid_type: { expected: 'array', value: 'x' },
    invalid_value: { allowed: ['fr', 'en'], value: 'de' },
    invalid_text: { value: 3 },
    too_small: { origin: 'number', limit: 1, inclusive: true },
    too_big: { origin: 'array', limit: 3, inclusive: true },
    invalid_format: { format: 'email', value: 'x' },
    invalid_input: {},
    empty_text: { value: '' },
    invalid_id: { value: 'a b' },
    invalid_color: { value: 'red' },
    invalid_url: { value: 'javascript:void(0)' },
    invalid_country: { value: 'CAN' },
    invalid_time_zone: { value: 'Mars/Olympus' },
    invalid_datetime: { value: '2023-05-16' },
    invalid_date: { value: 16 },
    invalid_language: { value: 'espagnol' },
    invalid_day_change: { value: '24:00' },
    duplicate_id: { id: 'w1', firstWhere: 'workshops[0]' },
    unknown_theme: { id: 't9' },
    unknown_member: { id: 'm9' },
    unknown_room: { id: 'salle-9' },
    end_before_start: { start: '2023-05-16', end: '2023-05-15', of: 'summit' },
    record_dropped: { collection: 'practices', id: 'p1' },
    field_dropped: { collection: 'members', id: 'm1', field: 'url' },
    reference_dropped: {
      collection: 'practices',
      ownerId: 'p1',
      target: 'members',
      id: 'm9',
      reason: 'dropped',
    },
    unreadable_input: {},
  };

  it.each(PROBLEM_CODES)('%s has distinct French and English sentences', (code) => {
    expectWellWritten(problemMessage(code, examples[code] as never));
  });

  it('is well written for every problem of a badly broken summit, in both modes', () => {
    const input = sampleWith(
      [['id'], 'a b'],
      [['year'], Number.NaN],
      [['venue'], []],
      [['themes', 0], 'leadership'],
      [['themes', 1, 'name'], { fr: 1, en: null }],
      [['workshops', 0, 'capacity'], -3],
      [
        ['workshops', 1, 'themeIds'],
        [1, 'inconnu'],
      ],
      [['workshops', 2, 'tags'], 'tag'],
      [['workshops', 3, 'end'], REMOVE],
      [['members', 0, 'kind'], 'company'],
      [['members', 1], null],
      [['practices', 0, 'authorIds', 0], 'x'],
    );
    const found = problems(input);
    expect(found.length).toBeGreaterThan(10);
    for (const problem of found) expectWellWritten(problem.message);
    const withoutSummitErrors = { ...input, id: 'ok', year: 2023, venue: 'Montréal' };
    for (const warning of lenient(withoutSummitErrors).warnings) expectWellWritten(warning.message);
  });

  it('shortens long values and shows control characters', () => {
    const [problem] = problems(sampleWith([['timeZone'], `${'x'.repeat(10_000)}\n`]));
    expect(problem!.message.en.length).toBeLessThan(200);
    expect(problem!.message.en).toContain('…');
    const [emoji] = problems(sampleWith([['timeZone'], '🌍'.repeat(60)]));
    expect(emoji!.message.en).toContain(`“${'🌍'.repeat(48)}…”`);
    const [newline] = problems(sampleWith([['timeZone'], 'Europe/\nParis']));
    expect(newline!.message.en).toContain('“Europe/\\nParis”');
  });
});

describe('parseSummitUnworded and wordProblems', () => {
  const broken = {
    ...montreal2023,
    year: 'deux mille',
    workshops: [
      ...montreal2023.workshops,
      { id: 'sans-titre', start: '2023-05-16T09:00:00-04:00', end: '2023-05-16T08:00:00-04:00' },
      { ...montreal2023.workshops[0], themeIds: ['inconnu'], roomId: 'nulle-part' },
    ],
  };

  it('gives parseSummit’s verdict, summit and problems, each carrying its code until worded', () => {
    for (const mode of ['strict', 'lenient'] as const) {
      for (const input of [montreal2023, broken, { ...broken, year: 2023 }, null]) {
        const worded = parseSummit(input, { mode });
        const unworded = parseSummitUnworded(input, { mode });
        expect(unworded.ok).toBe(worded.ok);
        const found = unworded.ok ? unworded.warnings : unworded.problems;
        const expected = worded.ok ? worded.warnings : worded.problems;
        if (unworded.ok && worded.ok) expect(unworded.summit).toEqual(worded.summit);
        expect(found.map((problem) => problem.message)).toEqual(
          found.map((problem) => ({ fr: problem.code, en: problem.code })),
        );
        expect(wordProblems(found)).toEqual(expected);
      }
    }
  });

  it('leaves problems that carry no facts as they are', () => {
    const foreign: Problem = {
      code: 'missing_time_zone',
      path: [],
      where: '(root)',
      message: { fr: 'Fuseau manquant.', en: 'Missing zone.' },
    };
    expect(wordProblems([foreign])).toEqual([foreign]);
  });
});

describe('parseSummit never throws', () => {
  function expectWellFormed(result: ParseSummitResult): void {
    const list = result.ok ? result.warnings : result.problems;
    if (!result.ok) expect(list.length).toBeGreaterThan(0);
    for (const problem of list) {
      expect(typeof problem.code).toBe('string');
      expect(Array.isArray(problem.path)).toBe(true);
      expect(typeof problem.where).toBe('string');
      expect(problem.message.fr).not.toBe('');
      expect(problem.message.en).not.toBe('');
    }
  }

  it('on anything at all', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(
        anything,
        fc.constantFrom('strict' as const, 'lenient' as const),
        (input, mode) => {
          expectWellFormed(parseSummit(input, { mode }));
        },
      ),
      { numRuns: 500 },
    );
  });

  /** Every path in the sample, so that mutations can land anywhere. */
  function pathsOf(value: unknown, path: Path = []): Path[] {
    if (typeof value !== 'object' || value === null) return [path];
    const children = Object.entries(value).flatMap(([key, child]) =>
      pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]),
    );
    return [path, ...children];
  }
  const samplePaths = pathsOf(montreal2023).filter((path) => path.length > 0);

  const mutatedSample = fc
    .array(
      fc.tuple(
        fc.constantFrom(...samplePaths),
        fc.oneof(fc.anything(), fc.constant(REMOVE), fc.constantFrom('', 'x', 0, null, [])),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) => {
      try {
        return sampleWith(...edits);
      } catch {
        // An earlier edit removed or replaced the parent of a later one's path.
        return sampleWith(edits[0]!);
      }
    });

  it('on the sample with random parts changed, in both modes', () => {
    fc.assert(
      fc.property(mutatedSample, (input) => {
        const strict = parseSummit(input);
        const loose = parseSummit(input, { mode: 'lenient' });
        expectWellFormed(strict);
        expectWellFormed(loose);
        // Strict success implies lenient success with nothing dropped.
        if (strict.ok) expect(loose).toEqual(strict);
        // What lenient mode keeps is a summit strict mode accepts as is.
        if (loose.ok) {
          const again = parseSummit(loose.summit);
          expect(again.ok && again.summit).toEqual(loose.summit);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on a sample with rooms, room ids, links and a day change, random parts changed', () => {
    const base = sampleWith(
      [
        ['rooms'],
        [
          { id: 'grande-salle', name: 'Grande salle', capacity: 300 },
          { id: 'erable', name: { fr: 'Salle Érable', en: 'Maple Room' } },
        ],
      ],
      [['dayChange'], '06:00'],
      [['workshops', 0, 'roomId'], 'grande-salle'],
      [['workshops', 1, 'roomId'], 'erable'],
      [['workshops', 1, 'language'], 'pt-br'],
      [
        ['workshops', 2, 'links'],
        [
          { url: 'https://example.org/diapos', title: 'Diapositives' },
          { url: 'https://example.org/v' },
        ],
      ],
    );
    const paths = pathsOf(base).filter((path) =>
      ['rooms', 'dayChange', 'workshops'].includes(String(path[0])),
    );
    const edits = fc.array(
      fc.tuple(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.anything(),
          fc.constant(REMOVE),
          fc.constantFrom('', 'x', 'erable', 'grande-salle', 'de', 'en-a', '24:00', 0, null, []),
        ),
      ),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(edits, (changes) => {
        const input = structuredClone(base);
        for (const [path, value] of changes) {
          let target = input as Record<string | number, unknown>;
          for (const key of path.slice(0, -1)) {
            const next = target[key];
            if (typeof next !== 'object' || next === null) return;
            target = next as Record<string | number, unknown>;
          }
          if (value === REMOVE) delete target[path[path.length - 1]!];
          else target[path[path.length - 1]!] = value;
        }
        const strict = parseSummit(input);
        const loose = parseSummit(input, { mode: 'lenient' });
        expectWellFormed(strict);
        expectWellFormed(loose);
        if (strict.ok) expect(loose).toEqual(strict);
        if (loose.ok) {
          const again = parseSummit(loose.summit);
          expect(again.ok && again.summit).toEqual(loose.summit);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on cyclic data', () => {
    const summit: Record<string, unknown> = { ...montreal2023 };
    summit.self = summit;
    const title: Record<string, unknown> = { fr: 'Boucle' };
    title.en = title;
    const workshops: unknown[] = [{ ...workshopAt(0), title }];
    workshops.push(workshops);
    summit.workshops = workshops;
    expect(brief(problems(summit))).toEqual([
      ['invalid_type', ['workshops', 0, 'title', 'en']],
      ['invalid_type', ['workshops', 1]],
    ]);
    expect(lenient(summit).summit.workshops).toEqual([]);
  });

  it('on prototype-pollution keys, without polluting anything', () => {
    const text = JSON.stringify(montreal2023)
      .replace('{', '{"__proto__":{"polluted":"summit"},')
      .replace(
        '"workshops":[{',
        '"workshops":[{"__proto__":{"polluted":"workshop"},"constructor":{"x":1},',
      )
      .replace('"title":{', '"title":{"__proto__":{"polluted":"title"},');
    const input: unknown = JSON.parse(text);
    const result = parseSummit(input);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.summit)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.summit.workshops[0])).toBe(Object.prototype);
    expect(Object.hasOwn(result.summit.workshops[0]!, 'constructor')).toBe(false);
    expect(JSON.stringify(result.summit)).not.toContain('polluted');
  });

  it('with ids named like Object.prototype members', () => {
    const input = sampleWith(
      [['themes', 0, 'id'], 'constructor'],
      [
        ['workshops', 0, 'themeIds'],
        ['constructor', 'toString'],
      ],
    );
    expect(brief(problems(input))).toContainEqual([
      'unknown_theme',
      ['workshops', 0, 'themeIds', 1],
    ]);
    expect(brief(problems(input))).not.toContainEqual([
      'unknown_theme',
      ['workshops', 0, 'themeIds', 0],
    ]);
  });

  it('on huge and odd numbers', () => {
    for (const year of [Number.MAX_VALUE, -Infinity, Number.NaN, 10n ** 30n, -0]) {
      expectWellFormed(parseSummit(sampleWith([['year'], year])));
    }
    expect(brief(problems(sampleWith([['workshops', 0, 'capacity'], 2 ** 60])))).toEqual([
      ['too_big', ['workshops', 0, 'capacity']],
    ]);
  });

  it('on getters and proxies that throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        has() {
          throw new Error('no');
        },
      },
    );
    expect(brief(problems(hostile))).toEqual([['unreadable_input', []]]);
    const input = sampleWith();
    const workshops = input.workshops as unknown[];
    workshops[4] = Object.defineProperty({ ...workshopAt(4) }, 'title', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    workshops[6] = hostile;
    expect(brief(problems(input))).toEqual([
      ['unreadable_input', ['workshops', 4]],
      ['unreadable_input', ['workshops', 6]],
    ]);
    const { summit, warnings } = lenient(input);
    expect(summit.workshops).toHaveLength(10);
    expect(warnings.map((w) => w.code)).toEqual([
      'record_dropped',
      'unreadable_input',
      'record_dropped',
      'unreadable_input',
    ]);
    expect(warnings[0]!.message.en).toContain(workshopAt(4).id);
  });
});

describe('rooms, conference days, languages and links', () => {
  const ROOMS = [
    { id: 'grande-salle', name: { fr: 'Grande salle', en: 'Main Hall' }, capacity: 400 },
    { id: 'erable', name: { fr: 'Salle Érable', en: 'Maple Room' } },
  ];
  /** The sample with rooms, its first two workshops in them. */
  function withRooms(...edits: Array<[Path, unknown]>): Record<string, unknown> {
    return sampleWith(
      [['rooms'], structuredClone(ROOMS)],
      [['workshops', 0, 'roomId'], 'grande-salle'],
      [['workshops', 1, 'roomId'], 'erable'],
      ...edits,
    );
  }

  it('reads rooms in the order given and workshops that refer to them', () => {
    const result = parseSummit(withRooms());
    expect(result.ok && result.summit.rooms).toEqual(ROOMS);
    expect(result.ok && result.summit.workshops.map((w) => w.roomId).slice(0, 3)).toEqual([
      'grande-salle',
      'erable',
      undefined,
    ]);
  });

  it('refuses a roomId that names no room, as it refuses an unknown theme', () => {
    const input = withRooms([['workshops', 1, 'roomId'], 'bouleau']);
    const [problem, ...others] = problems(input);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ code: 'unknown_room', where: 'workshops[1].roomId' });
    expect(problem!.message).toEqual({
      fr: 'Aucune salle n’a l’identifiant «\u00A0bouleau\u00A0».',
      en: 'No room has the id “bouleau”.',
    });
    // Without any rooms listed, every roomId is unknown.
    expect(brief(problems(sampleWith([['workshops', 4, 'roomId'], 'erable'])))).toEqual([
      ['unknown_room', ['workshops', 4, 'roomId']],
    ]);
  });

  it('in lenient mode, removes an unknown roomId and keeps the workshop', () => {
    const input = withRooms([['workshops', 1, 'roomId'], 'bouleau']);
    const { summit, warnings } = lenient(input);
    expect(summit.workshops).toHaveLength(12);
    expect(summit.workshops[1]).not.toHaveProperty('roomId');
    expect(summit.workshops[1]!.room).toEqual(montreal2023.workshops[1]!.room);
    expect(brief(warnings)).toEqual([
      ['reference_dropped', ['workshops', 1, 'roomId']],
      ['unknown_room', ['workshops', 1, 'roomId']],
    ]);
    expect(warnings[0]!.message.fr).toBe(
      `La salle «\u00A0bouleau\u00A0», inconnue, a été retirée de l’atelier «\u00A0${workshopAt(1).id}\u00A0».`,
    );
  });

  it('reports a room id used twice; lenient mode keeps the first room', () => {
    const input = withRooms([['rooms', 1, 'id'], 'grande-salle']);
    expect(brief(problems(input))).toEqual([
      ['duplicate_id', ['rooms', 1, 'id']],
      ['unknown_room', ['workshops', 1, 'roomId']],
    ]);
    expect(problems(input)[0]!.message.en).toBe(
      'The id “grande-salle” is already used by rooms[0].',
    );
    const { summit, warnings } = lenient(input);
    expect(summit.rooms.map((room) => room.id)).toEqual(['grande-salle']);
    expect(brief(warnings)).toEqual([
      ['record_dropped', ['rooms', 1]],
      ['duplicate_id', ['rooms', 1, 'id']],
      ['reference_dropped', ['workshops', 1, 'roomId']],
      ['unknown_room', ['workshops', 1, 'roomId']],
    ]);
  });

  it('removes a roomId whose room was dropped for its errors, saying why', () => {
    const { summit, warnings } = lenient(withRooms([['rooms', 1, 'capacity'], 0]));
    expect(summit.rooms.map((room) => room.id)).toEqual(['grande-salle', 'erable']);
    const broken = lenient(withRooms([['rooms', 1, 'name'], ' ']));
    expect(broken.summit.rooms.map((room) => room.id)).toEqual(['grande-salle']);
    expect(broken.summit.workshops[1]).not.toHaveProperty('roomId');
    expect(brief(broken.warnings)).toEqual([
      ['record_dropped', ['rooms', 1]],
      ['empty_text', ['rooms', 1, 'name']],
      ['reference_dropped', ['workshops', 1, 'roomId']],
    ]);
    expect(broken.warnings[2]!.message.fr).toContain('ignorée en raison d’erreurs, a été retirée');
    // A bad capacity is an optional field left out; the room stays.
    expect(brief(warnings)).toEqual([
      ['field_dropped', ['rooms', 1, 'capacity']],
      ['too_small', ['rooms', 1, 'capacity']],
    ]);
  });

  it('accepts a day change as HH:MM on a 24-hour clock', () => {
    for (const dayChange of ['06:00', '00:00', '23:59']) {
      const result = parseSummit(sampleWith([['dayChange'], dayChange]));
      expect(result.ok && result.summit.dayChange).toBe(dayChange);
    }
    for (const dayChange of ['24:00', '6:00', '06:00:00', '06h00', '']) {
      const found = problems(sampleWith([['dayChange'], dayChange]));
      expect(brief(found)).toEqual([['invalid_day_change', ['dayChange']]]);
    }
    expect(problems(sampleWith([['dayChange'], '6h']))[0]!.message.en).toBe(
      'The day change time “6h” is not valid: give it as HH:MM on a 24-hour clock, e.g. 06:00.',
    );
  });

  it('accepts any BCP 47 language tag, in canonical case, and bilingual', () => {
    const cases = [
      ['de', 'de'],
      ['es', 'es'],
      ['pt-br', 'pt-BR'],
      ['ZH-hant', 'zh-Hant'],
      ['es-419', 'es-419'],
      ['bilingual', 'bilingual'],
    ];
    for (const [given, kept] of cases) {
      const result = parseSummit(sampleWith([['workshops', 0, 'language'], given]));
      expect(result.ok && result.summit.workshops[0]!.language, given).toBe(kept);
    }
    for (const wrong of ['espagnol', 'Bilingual', 'e', 'en-a', 'en_US', '']) {
      const found = problems(sampleWith([['workshops', 0, 'language'], wrong]));
      expect(brief(found), wrong).toEqual([['invalid_language', ['workshops', 0, 'language']]]);
    }
  });

  it('keeps a workshop’s links, subtitle and format label; lenient mode leaves out a bad link', () => {
    const links = [
      { url: 'https://example.org/diapos', title: 'Diapositives' },
      { url: 'javascript:alert(1)' },
      { url: 'https://example.org/video' },
    ];
    const input = sampleWith(
      [['workshops', 2, 'links'], links],
      [['workshops', 2, 'subtitle'], 'Un sous-titre'],
      [['workshops', 2, 'format'], 'talk'],
      [['workshops', 2, 'formatLabel'], 'Conférence éclair'],
    );
    expect(brief(problems(input))).toEqual([['invalid_url', ['workshops', 2, 'links', 1, 'url']]]);
    const { summit, warnings } = lenient(input);
    expect(summit.workshops[2]).toMatchObject({
      subtitle: 'Un sous-titre',
      format: 'talk',
      formatLabel: 'Conférence éclair',
      links: [links[0], links[2]],
    });
    expect(brief(warnings)).toEqual([
      ['field_dropped', ['workshops', 2, 'links', 1]],
      ['invalid_url', ['workshops', 2, 'links', 1, 'url']],
    ]);
    for (const warning of warnings) expectWellWritten(warning.message);
  });
});
