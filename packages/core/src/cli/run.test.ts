import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
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
    expect(result.stderr).toContain('Converted frab schedule');
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
