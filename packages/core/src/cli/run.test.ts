import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { gicsCommunity } from '../samples/community.js';
import { montreal2023 } from '../samples/montreal-2023.js';
import { runGics } from './run.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'importers', 'fixtures');
let work: string;

async function gics(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runGics(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

function writeJson(name: string, value: unknown): string {
  const file = path.join(work, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'gics-cli-'));
});

describe('gics validate', () => {
  it('accepts the Montréal sample with exit 0 and a summary', async () => {
    const file = writeJson('montreal.json', montreal2023);
    const result = await gics('validate', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is a valid GICS summit: 12 workshops, 3 themes');
  });

  it('lists each problem with its path, exit 1, in English by default and in French on request', async () => {
    const broken = structuredClone(montreal2023) as { workshops: Array<Record<string, unknown>> };
    broken.workshops[2]!.end = 'tomorrow-ish';
    broken.workshops[5]!.themeIds = ['no-such-theme'];
    const file = writeJson('broken.json', broken);

    const english = await gics('validate', file);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('2 problems');
    expect(english.stderr).toContain('workshops[2].end');
    expect(english.stderr).toContain('workshops[5].themeIds[0]');

    const french = await gics('validate', file, '--lang', 'fr');
    expect(french.code).toBe(1);
    expect(french.stderr).toContain('n’est pas un sommet GICS valide\u00a0: 2 problèmes');
    expect(french.stderr).not.toMatch(/ [:;!?]/);
  });

  it('turns invalid records into warnings with --lenient', async () => {
    const broken = structuredClone(montreal2023) as { workshops: Array<Record<string, unknown>> };
    broken.workshops[0]!.start = 'not a date';
    const file = writeJson('lenient.json', broken);
    const result = await gics('validate', file, '--lenient');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('11 workshops');
    expect(result.stderr).toMatch(/warning/);
  });

  it('exits 2 without a stack trace for a missing file or a file that is not JSON', async () => {
    const missing = await gics('validate', path.join(work, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const notJson = await gics('validate', writeJson('bad.json', '{"id": '), '--lang', 'fr');
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('n’est pas du JSON valide');
    for (const output of [missing.stderr, notJson.stderr]) expect(output).not.toMatch(/\n\s+at /);
  });
});

describe('gics import', () => {
  it('detects a frab schedule and writes a valid GICS summit to a file', async () => {
    const out = path.join(work, 'from-frab.json');
    const result = await gics('import', path.join(fixtures, 'frab-schedule.json'), '-o', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Converted frab/C3VOC schedule');
    const validated = await gics('validate', out);
    expect(validated.code).toBe(0);
  });

  it('needs a time zone for Sessionize and says so in the chosen language', async () => {
    const file = path.join(fixtures, 'sessionize-all.json');
    const withoutZone = await gics('import', file, '--from', 'sessionize');
    expect(withoutZone.code).toBe(1);
    const withZone = await gics('import', file, '--time-zone', 'America/Montreal');
    expect(withZone.code).toBe(0);
    expect(JSON.parse(withZone.stdout).timeZone).toBe('America/Montreal');
  });

  it('refuses an unknown --from value and an unrecognisable document', async () => {
    const badFrom = await gics(
      'import',
      path.join(fixtures, 'frab-schedule.json'),
      '--from',
      'excel',
    );
    expect(badFrom.code).toBe(1);
    expect(badFrom.stderr).toContain('"excel" is not a format');
    const unknown = await gics('import', writeJson('junk.json', { hello: 'world' }));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Use --from');
  });
});

describe('gics ics', () => {
  it('exports the chosen workshops as iCalendar in French', async () => {
    const file = writeJson('montreal-ics.json', montreal2023);
    const [first, second] = montreal2023.workshops;
    const result = await gics(
      'ics',
      file,
      '--lang',
      'fr',
      '--workshops',
      `${first!.id},${second!.id}`,
    );
    expect(result.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    const title = first!.title as { fr: string };
    expect(events[0]!.getFirstPropertyValue('summary')).toBe(title.fr);
  });
});

describe('gics ics on a long programme', () => {
  it('prints the calendar piece by piece, never as one string', async () => {
    const [model] = montreal2023.workshops;
    const workshops = Array.from({ length: 400 }, (_, index) => ({
      ...model!,
      id: `atelier-${index}`,
      title: { fr: `Atelier ${index} : économie sociale`, en: `Workshop ${index}` },
    }));
    const file = writeJson('long-programme.json', { ...montreal2023, workshops });
    const pieces: string[] = [];
    const code = await runGics(['ics', file], {
      stdout: (text) => pieces.push(text),
      stderr: () => {},
    });
    expect(code).toBe(0);
    expect(pieces.length).toBeGreaterThan(1);
    const calendar = new ICAL.Component(ICAL.parse(pieces.join('')));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(400);
    expect(events[399]!.getFirstPropertyValue('summary')).toBe('Workshop 399');
  });
});

describe('gics ics -o', () => {
  it('writes the file the standard output would show, and says so', async () => {
    const file = writeJson('montreal-file.json', montreal2023);
    const out = path.join(work, 'agenda.ics');
    writeFileSync(out, 'an older export');
    const printed = await gics('ics', file, '--lang', 'fr');
    const written = await gics('ics', file, '--lang', 'fr', '-o', out);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`Fichier ${out} écrit`);
    const withoutStamps = (text: string) => text.replace(/DTSTAMP:\d+T\d+Z/g, 'DTSTAMP');
    expect(withoutStamps(readFileSync(out, 'utf8'))).toBe(withoutStamps(printed.stdout));
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(montreal2023.workshops.length);
  });

  it('explains a file it cannot write and leaves nothing behind', async () => {
    const file = writeJson('montreal-unwritable.json', montreal2023);
    const folder = path.join(work, 'unwritable');
    mkdirSync(folder);
    // A folder where the file should go: everything is written, then the rename is refused.
    const target = path.join(folder, 'agenda.ics');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep.txt'), 'mine');
    const english = await gics('ics', file, '-o', target);
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(
      new RegExp(`Could not write "${escapeRegExp(target)}" \\(E[A-Z]+\\)`),
    );
    expect(readdirSync(folder)).toEqual(['agenda.ics']);
    expect(readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('mine');

    const missing = path.join(work, 'no-such-folder', 'agenda.ics');
    const french = await gics('ics', file, '--lang', 'fr', '-o', missing);
    expect(french.code).toBe(2);
    expect(french.stderr).toContain(`Impossible d’écrire «\u202f${missing}\u202f» (ENOENT)`);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('gics schema and help', () => {
  it('prints a JSON Schema', async () => {
    const result = await gics('schema');
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'name', 'timeZone']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['workshops', 'themes']));
  });

  it('has --help for every command, in both languages', async () => {
    for (const command of ['validate', 'import', 'ics', 'schema']) {
      const english = await gics(command, '--help');
      expect(english.code).toBe(0);
      expect(english.stdout).toContain(`gics ${command}`);
      const french = await gics(command, '--help', '--lang', 'fr');
      expect(french.stdout).toContain('Utilisation');
    }
    const unknown = await gics('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown command');
  });
});

describe('the gics bin', () => {
  it('runs as a real process and reports a bad file without a stack trace', async () => {
    const bin = path.join(here, 'gics.ts');
    const tsx = path.resolve(here, '../../../../node_modules/.bin/tsx');
    const file = writeJson('proc.json', '[1, 2');
    const run = promisify(execFile);
    const failure = await run(tsx, [bin, 'validate', file]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect('code' in failure && failure.code).toBe(2);
    expect((failure as { stderr: string }).stderr).toContain('is not valid JSON');
    expect((failure as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('[1, 2');
    // Starting tsx and compiling the CLI takes seconds on a busy two-core machine.
  }, 30_000);
});

/** API option names that the command line's messages must never show: users type flags. */
const API_OPTION_NAMES =
  /timeZone|\boptions? (id|name)\b|\b(id|name) options?\b|options id|l’option/;

function readFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(fixtures, name), 'utf8').replace(/^\uFEFF/, ''));
}

describe('gics import --name and --id', () => {
  it('names the summit and its calendar UIDs, instead of a generic name', async () => {
    const file = path.join(fixtures, 'sessionize-all.json');
    const zone = ['--time-zone', 'America/Montreal'];
    const named = await gics(
      'import',
      file,
      ...zone,
      '--name',
      'Sommet des coopératives 2031',
      '--id',
      'coops-2031',
    );
    expect(named.code).toBe(0);
    const summit = JSON.parse(named.stdout);
    expect(summit.name).toBe('Sommet des coopératives 2031');
    expect(summit.id).toBe('coops-2031');
    expect(named.stderr).not.toContain('--name');

    const calendar = await gics('ics', file, ...zone, '--id', 'coops-2031');
    expect(calendar.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(calendar.stdout)).getAllSubcomponents('vevent');
    expect(events.length).toBe(summit.workshops.length);
    for (const event of events) {
      expect(String(event.getFirstPropertyValue('uid'))).toMatch(/@coops-2031\.gics$/);
    }
  });

  it('replaces the name and id a frab schedule gives', async () => {
    const result = await gics(
      'import',
      path.join(fixtures, 'frab-schedule.json'),
      '--name',
      'Renamed summit',
      '--id',
      'renamed.2030',
    );
    expect(result.code).toBe(0);
    const summit = JSON.parse(result.stdout);
    expect([summit.name, summit.id]).toEqual(['Renamed summit', 'renamed.2030']);
  });

  it('advises --name and --id when the file names no event, in both languages', async () => {
    const file = path.join(fixtures, 'sessionize-all.json');
    const english = await gics('import', file, '--time-zone', 'America/Montreal');
    expect(english.code).toBe(0);
    expect(english.stderr).toContain('Choose them with --name and --id');
    expect(english.stderr).toContain(`gics import ${file} --name "Summit 2026" --id summit-2026`);
    const french = await gics('import', file, '--time-zone', 'America/Montreal', '--lang', 'fr');
    expect(french.stderr).toContain('Choisissez-les avec --name et --id');
    const pretalx = await gics('import', path.join(fixtures, 'pretalx-widget.json'));
    expect(pretalx.code).toBe(0);
    expect(pretalx.stderr).toContain('Choose them with --name and --id');
    const named = await gics('import', path.join(fixtures, 'pretalx-widget.json'), '--name', 'X');
    expect(named.stderr).not.toContain('--name');
    for (const output of [english.stderr, french.stderr, pretalx.stderr]) {
      expect(output).not.toMatch(API_OPTION_NAMES);
    }
  });

  it('refuses an id the summit format does not allow, and an empty name, before reading', async () => {
    const file = path.join(fixtures, 'frab-schedule.json');
    const english = await gics('import', file, '--id', 'mon sommet');
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('"mon sommet" cannot be a summit id');
    expect(english.stdout).toBe('');
    const french = await gics('ics', file, '--id', 'sommet/2026', '--lang', 'fr');
    expect(french.code).toBe(1);
    expect(french.stderr).toContain(
      '«\u202fsommet/2026\u202f» ne peut pas servir d’identifiant de sommet',
    );
    const emptyName = await gics('import', path.join(work, 'nope.json'), '--name', ' ');
    expect(emptyName.code).toBe(1);
    expect(emptyName.stderr).toContain('Give --name a name');
  });
});

describe('gics import: a missing time zone', () => {
  it('names --time-zone with an example, never an API option, in both languages', async () => {
    const file = path.join(fixtures, 'sessionize-all.json');
    const english = await gics('import', file);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('Sessionize exports never say in which time zone');
    expect(english.stderr).toContain(`"gics import ${file} --time-zone Europe/Berlin"`);
    const french = await gics('ics', file, '--lang', 'fr');
    expect(french.code).toBe(1);
    expect(french.stderr).toContain('Indiquez le fuseau avec --time-zone');
    expect(french.stderr).toContain(`«\u202fgics ics ${file} --time-zone America/Montreal\u202f»`);
    for (const output of [english.stderr, french.stderr]) {
      expect(output).not.toMatch(API_OPTION_NAMES);
    }
  });

  it('says what a frab schedule without time_zone_name lacks', async () => {
    const schedule = readFixture('frab-schedule.json') as {
      schedule: { conference: Record<string, unknown> };
    };
    delete schedule.schedule.conference['time_zone_name'];
    const file = writeJson('frab-without-zone.json', schedule);
    const result = await gics('import', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('(it has no time_zone_name)');
    expect(result.stderr).toContain('--time-zone Europe/Berlin');
    const fixed = await gics('import', file, '--time-zone', 'America/Montreal');
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.stdout).timeZone).toBe('America/Montreal');
  });
});

describe('gics import notes', () => {
  /** A pretalx widget file whose every talk has no end and a room the file does not list. */
  function pretalxWithNotes(talks: number): string {
    const source = readFixture('pretalx-widget.json');
    source['talks'] = Array.from({ length: talks }, (_, index) => ({
      code: `T${String(index).padStart(4, '0')}`,
      title: `Atelier fictif ${index}`,
      speakers: [],
      start: `2030-10-26T${String(9 + (index % 8)).padStart(2, '0')}:00:00+02:00`,
      end: null,
      room: 404,
    }));
    return writeJson(`pretalx-${talks}-notes.json`, source);
  }

  it('prints one line per kind of note with its count, and every note with --verbose', async () => {
    const file = pretalxWithNotes(120);
    const brief = await gics('import', file, '--name', 'Notes', '--id', 'notes');
    expect(brief.code).toBe(0);
    const verbose = await gics('import', file, '--name', 'Notes', '--id', 'notes', '--verbose');
    expect(verbose.code).toBe(0);
    const lines = (text: string) => text.trimEnd().split('\n');
    // Every talk is noted twice (no end, unknown room): one line each with --verbose.
    const listed = lines(verbose.stderr).filter((line) => line.startsWith('  - talks['));
    expect(listed.length).toBeGreaterThanOrEqual(240);
    for (let index = 0; index < 120; index += 1) {
      expect(verbose.stderr).toContain(`  - talks[${index}]`);
    }
    expect(lines(brief.stderr).length).toBeLessThan(10);
    expect(brief.stderr).toMatch(/^ {2}- 120 /m);
    expect(brief.stderr).toContain('Add --verbose to list each one');
    expect(brief.stdout).toBe(verbose.stdout);

    const french = await gics('import', file, '--name', 'Notes', '--id', 'notes', '--lang', 'fr');
    expect(french.stderr).toContain('Ajoutez --verbose pour les lister');
    expect(french.stderr).toMatch(/^ {2}- 120 /m);
  });
});

describe('gics ics: what the calendar holds', () => {
  it('exits 1 naming every unknown workshop id, and writes nothing', async () => {
    const file = writeJson('montreal-unknown.json', montreal2023);
    const [first] = montreal2023.workshops;
    const out = path.join(work, 'never-written.ics');
    const english = await gics(
      'ics',
      file,
      '--workshops',
      `${first!.id},nope-1, nope-2,nope-1`,
      '-o',
      out,
    );
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('has no workshop with the ids "nope-1" and "nope-2"');
    expect(existsSync(out)).toBe(false);
    const french = await gics('ics', file, '--workshops', 'absent', '--lang', 'fr');
    expect(french.code).toBe(1);
    expect(french.stderr).toContain('n’a aucun atelier d’identifiant «\u202fabsent\u202f»');
    expect(french.stdout).toBe('');
  });

  it('refuses a calendar with no event (RFC 5545 needs one), in both languages', async () => {
    const empty = writeJson('no-workshops.json', { ...montreal2023, workshops: [] });
    const english = await gics('ics', empty);
    expect(english.code).toBe(1);
    expect(english.stdout).toBe('');
    expect(english.stderr).toContain('an iCalendar file needs at least one event');
    const french = await gics('ics', empty, '--lang', 'fr', '-o', path.join(work, 'empty.ics'));
    expect(french.code).toBe(1);
    expect(french.stderr).toContain('doit contenir au moins un événement');
    expect(existsSync(path.join(work, 'empty.ics'))).toBe(false);
    const file = writeJson('montreal-none.json', montreal2023);
    const noneChosen = await gics('ics', file, '--workshops', ',');
    expect(noneChosen.code).toBe(1);
    expect(noneChosen.stdout).toBe('');
  });
});

describe('gics validate on a conference tool export', () => {
  it.each([
    ['frab-schedule.json', 'frab/C3VOC', 'frab'],
    ['pretalx-widget.json', 'pretalx', 'pretalx'],
    ['sessionize-all.json', 'Sessionize', 'sessionize'],
  ])('says %s is a %s schedule and how to convert it', async (name, label, from) => {
    const file = path.join(fixtures, name);
    const english = await gics('validate', file);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain(`${file} is a ${label} schedule, not a GICS summit file`);
    expect(english.stderr).toContain(`"gics import ${file} --from ${from}`);
    expect(english.stderr).not.toContain('workshops');
    const french = await gics('validate', file, '--lang', 'fr');
    expect(french.code).toBe(1);
    expect(french.stderr).toContain(`est un horaire ${label}, pas un fichier de sommet GICS`);
    expect(french.stderr).toContain(`«\u202fgics import ${file} --from ${from}`);
  });

  it('says a C3VOC schedule v2 is one for gics import --from frab', async () => {
    const guid = '5f0c7a52-0000-4000-8000-00000000000a';
    const file = writeJson('c3voc-v2.json', {
      $schema: 'https://c3voc.de/schedule/schema.json',
      schedule: {
        version: 'fictive-1',
        conference: {
          acronym: 'fictive30',
          title: 'Fictive Congress',
          time_zone_name: 'Europe/Berlin',
          rooms: [{ name: 'Hall A', guid: '5f0c7a52-0000-4000-8000-0000000000aa' }],
          tracks: [],
          days: [{ index: 1, date: '2030-12-27', day_start: '2030-12-27T10:00:00+01:00' }],
        },
        events: [
          {
            guid,
            title: 'An invented talk',
            date: '2030-12-27T11:00:00+01:00',
            duration: '00:40',
            room: { name: 'Hall A' },
            participants: [],
          },
        ],
        persons: [],
      },
    });
    const result = await gics('validate', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is a frab/C3VOC schedule, not a GICS summit file');
    expect(result.stderr).toContain(`"gics import ${file} --from frab -o summit.json"`);
  });
});

describe('the bin npm links (bin/gics.js)', () => {
  const packageRoot = path.resolve(here, '../..');
  const shim = path.join(packageRoot, 'bin', 'gics.js');
  const run = promisify(execFile);

  /** A package folder holding only the bin, and the built CLI if `built` gives its source. */
  function packageCopy(name: string, built?: string): string {
    const root = path.join(work, name);
    mkdirSync(path.join(root, 'bin'), { recursive: true });
    copyFileSync(shim, path.join(root, 'bin', 'gics.js'));
    if (built !== undefined) {
      mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
      writeFileSync(path.join(root, 'dist', 'cli', 'gics.js'), built);
    }
    return path.join(root, 'bin', 'gics.js');
  }

  it('is the package’s bin, in git and executable, so npm links it before any build', () => {
    const manifest = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8'));
    expect(path.resolve(packageRoot, manifest.bin.gics)).toBe(shim);
    expect(manifest.files).toContain('bin');
    expect(statSync(shim).mode & 0o111).not.toBe(0);
    expect(readFileSync(shim, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('runs the built CLI with the arguments it was given', async () => {
    const bin = packageCopy(
      'built',
      'process.stdout.write(JSON.stringify(process.argv.slice(2)));\n',
    );
    const { stdout } = await run(process.execPath, [bin, 'ics', 'summit.json', '--lang', 'fr']);
    expect(JSON.parse(stdout)).toEqual(['ics', 'summit.json', '--lang', 'fr']);
  });

  it('says to run npm run build when the CLI is not built, in both languages', async () => {
    const bin = packageCopy('not-built');
    for (const [args, sentence] of [
      [['validate', 'summit.json'], 'gics is not built yet: run "npm run build"'],
      [
        ['validate', '--lang', 'fr'],
        'gics n’est pas encore construit\u00a0: lancez «\u202fnpm run build\u202f»',
      ],
      [['--lang=fr'], 'gics n’est pas encore construit'],
    ] as const) {
      const failure = await run(process.execPath, [bin, ...args]).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure.code).toBe(2);
      expect(failure.stderr).toContain(sentence);
      expect(failure.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('gics validate on a community of practice', () => {
  it('says the file is a community, with its counts, in English and French', async () => {
    const file = writeJson('community.json', gicsCommunity);
    const english = await gics('validate', file);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain(
      'is a valid GICS community of practice: 30 practices, 3 themes, 20 members.',
    );
    const french = await gics('validate', file, '--lang', 'fr');
    expect(french.stdout).toContain(
      'est une communauté de pratique GICS valide\u00a0: 30 pratiques, 3 thèmes, 20 membres.',
    );
  });

  it('lists a community’s problems with their paths, exit 1, or warns in lenient mode', async () => {
    const broken = structuredClone(gicsCommunity) as { practices: Array<Record<string, unknown>> };
    broken.practices[4]!.authorIds = ['nobody'];
    const file = writeJson('community-broken.json', broken);
    const strict = await gics('validate', file);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('is not a valid GICS community of practice: 1 problem.');
    expect(strict.stderr).toContain('practices[4].authorIds[0]: No member has the id “nobody”.');
    const lenient = await gics('validate', file, '--lenient');
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('30 practices');
    expect(lenient.stderr).toContain('practices[4].authorIds[0]');
  });
});

describe('gics import --from murmurations', () => {
  it('writes a community of the profiles’ members, which gics validate accepts', async () => {
    const source = path.join(fixtures, 'murmurations-index.json');
    const out = path.join(work, 'murmurations-community.json');
    const english = await gics(
      'import',
      source,
      '--from',
      'murmurations',
      '--name',
      'Réseau fictif',
      '--id',
      'reseau-fictif',
      '-o',
      out,
    );
    expect(english.code).toBe(0);
    expect(english.stderr).toContain(`Converted Murmurations profiles: 4 members from ${source}.`);
    // Each kind of note met once is shown whole, with where it is; repeated kinds are counted.
    expect(english.stderr).toContain('  - data[2]: Profile “Ancienne coopérative fictive” skipped');
    expect(english.stderr).toContain('  - 3 URLs without a scheme read as https');
    const community = JSON.parse(readFileSync(out, 'utf8'));
    expect(community).toMatchObject({ id: 'reseau-fictif', name: 'Réseau fictif' });
    expect(community.members.map((member: { id: string }) => member.id)).toEqual([
      'coop-boulangerie-example',
      'people-example-ines',
      'marche-fictif-example',
      'nowhere-coop-example-profile-json',
    ]);
    const validated = await gics('validate', out);
    expect(validated.code).toBe(0);

    const french = await gics('import', source, '--from', 'murmurations', '--lang', 'fr');
    expect(french.code).toBe(0);
    expect(french.stderr).toContain(
      `Profils Murmurations convertis\u00a0: 4 membres tirés de ${source}.`,
    );
    expect(JSON.parse(french.stdout).name).toEqual({
      fr: 'Membres Murmurations',
      en: 'Murmurations members',
    });
  });

  it('refuses a document that holds no profile, in both languages', async () => {
    const file = writeJson('not-murmurations.json', { profiles: [] });
    const english = await gics('import', file, '--from', 'murmurations');
    expect(english.code).toBe(1);
    expect(english.stderr).toContain('The Murmurations profiles could not be read:');
    expect(english.stderr).toContain('nor a Murmurations index answer');
    const french = await gics('import', file, '--from', 'murmurations', '--lang', 'fr');
    expect(french.stderr).toContain('Les profils Murmurations n’ont pas pu être lus\u00a0:');
  });

  it('names murmurations among the formats --from takes', async () => {
    const file = writeJson('anything.json', {});
    const result = await gics('import', file, '--from', 'mastodon');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('sessionize or murmurations');
  });
});

describe('gics export murmurations', () => {
  it('writes one valid profile file per listed member, whole, and sums up who was left out', async () => {
    const file = writeJson('montreal-for-murmurations.json', montreal2023);
    const folder = path.join(work, 'profiles-montreal', 'nested');
    const result = await gics('export', 'murmurations', file, '-o', folder, '--lang', 'fr');
    expect(result.code).toBe(0);
    const written = readdirSync(folder).sort();
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((name) => name.endsWith('.json') && !name.startsWith('.'))).toBe(true);
    expect(result.stderr).toContain(
      `${written.length} profils Murmurations écrits dans ${folder}.`,
    );
    const mutual = JSON.parse(
      readFileSync(path.join(folder, 'mutuelle-fictive-du-quebec.json'), 'utf8'),
    );
    expect(mutual).toMatchObject({
      linked_schemas: ['organizations_schema-v1.0.0'],
      name: 'Mutuelle Fictive du Québec',
      description: 'Mutuelle d’assurance imaginaire, propriété de ses membres assurés.',
    });
    // The sample's people say nothing of being listed: their profiles are not published.
    const people = montreal2023.members.filter((member) => member.kind === 'individual');
    for (const person of people) expect(written).not.toContain(`${person.id}.json`);
    expect(result.stderr).toMatch(/personnes? qui n’(?:a|ont) pas accepté de figurer/);
  });

  it('keeps every mapped field through gics import → gics export → gics import', async () => {
    const source = path.join(fixtures, 'murmurations-profiles.json');
    const first = path.join(work, 'round-trip-first.json');
    expect((await gics('import', source, '--from', 'murmurations', '-o', first)).code).toBe(0);
    const folder = path.join(work, 'round-trip-profiles');
    const exported = await gics('export', 'murmurations', first, '-o', folder);
    expect(exported.code).toBe(0);
    const profiles = readdirSync(folder)
      .sort()
      .map((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')));
    const again = writeJson('round-trip-profiles.json', profiles);
    const second = path.join(work, 'round-trip-second.json');
    expect((await gics('import', again, '--from', 'murmurations', '-o', second)).code).toBe(0);
    const membersOf = (file: string) =>
      (JSON.parse(readFileSync(file, 'utf8')).members as Array<{ id: string }>).sort((a, b) =>
        a.id.localeCompare(b.id),
      );
    expect(membersOf(second)).toEqual(membersOf(first));
  });

  it('needs a folder and a format it knows, and writes nothing when no member can be published', async () => {
    const file = writeJson('no-one-listed.json', {
      id: 'closed',
      name: 'Closed',
      members: [{ id: 'quiet', name: 'Quiet Person', kind: 'individual' }],
    });
    const noFolder = await gics('export', 'murmurations', file);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain('Name the folder to write the profiles to with -o');
    const badFormat = await gics('export', 'vcard', file, '-o', work, '--lang', 'fr');
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain('«\u202fvcard\u202f» n’est pas un format que gics exporte');
    const folder = path.join(work, 'never-made');
    const nobody = await gics('export', 'murmurations', file, '-o', folder);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('Quiet Person is not exported');
    expect(nobody.stderr).toContain('No member can be published as a Murmurations profile');
    expect(existsSync(folder)).toBe(false);
  });

  it('explains a folder it cannot write to', async () => {
    const file = writeJson('montreal-unwritable-profiles.json', montreal2023);
    const notAFolder = writeJson('a-file-not-a-folder', 'x');
    const result = await gics('export', 'murmurations', file, '-o', notAFolder);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Could not write ".*" \(E[A-Z]+\)/);
  });

  it('has --help in both languages', async () => {
    const english = await gics('export', '--help');
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('gics export murmurations <file> -o <folder>');
    const french = await gics('export', '--help', '--lang', 'fr');
    expect(french.stdout).toContain('Utilisation\u00a0: gics export murmurations <fichier>');
  });
});

describe('gics render', () => {
  /** Node's answer to an import of a package that is not installed. */
  const notInstalled = () =>
    Promise.reject(
      Object.assign(new Error("Cannot find package '@gics/widgets'"), {
        code: 'ERR_MODULE_NOT_FOUND',
      }),
    );

  async function render(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runGics(['render', ...args], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      importModule: notInstalled,
    });
    return { code, stdout, stderr };
  }

  it('names the package to install when @gics/widgets is missing, exit 2, in both languages', async () => {
    const file = writeJson('render-summit.json', montreal2023);
    const english = await render('agenda', file);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('npm install @gics/widgets');
    const french = await render('agenda', file, '--lang', 'fr');
    expect(french.code).toBe(2);
    expect(french.stderr).toContain(
      'Installez-le à côté de @gics/core\u00a0: npm install @gics/widgets',
    );
  });

  it('refuses an element, a view, a refresh or a colour scheme it cannot write, exit 1, before reading anything', async () => {
    const element = await render('calendar', 'missing.json');
    expect(element.code).toBe(1);
    expect(element.stderr).toContain(
      '"calendar" is not an element gics renders. Use agenda, practices or members.',
    );
    const view = await render('agenda', 'missing.json', '--view', 'timeline', '--lang', 'fr');
    expect(view.code).toBe(1);
    expect(view.stderr).toContain('«\u202ftimeline\u202f» n’est pas une vue que gics écrit');
    const refresh = await render('agenda', 'missing.json', '--refresh', '10');
    expect(refresh.code).toBe(1);
    expect(refresh.stderr).toContain('"10" is not a refresh interval');
    const scheme = await render('agenda', 'missing.json', '--color-scheme', 'dusk');
    expect(scheme.code).toBe(1);
    expect(scheme.stderr).toContain('"dusk" is not a colour scheme. Use light or dark.');
    const sombre = await render(
      'members',
      'missing.json',
      '--color-scheme',
      'sombre',
      '--lang',
      'fr',
    );
    expect(sombre.code).toBe(1);
    expect(sombre.stderr).toContain('«\u202fsombre\u202f» n’est pas un jeu de couleurs');
  });

  it('checks the schedule before it looks for the renderer', async () => {
    const result = await render('agenda', path.join(work, 'no-such-file.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('npm install');
  });

  it('explains its options', async () => {
    const result = await render('--help', '--lang', 'fr');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Utilisation\u00a0: gics render agenda|practices|members <fichier>',
    );
    expect(result.stdout).toContain('--script URL');
  });
});
