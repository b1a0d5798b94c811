/**
 * The `gics` command line, as a function: `runGics(args, io)` returns the exit code instead
 * of exiting, so tests drive it in-process with real files. `gics.ts` is the thin bin around it.
 *
 * Flow: parse the arguments → read the file (exit 2 if missing or not JSON) → detect or take
 * the format → import / validate → print problems in the chosen language (exit 1) or the
 * result. A user's bad file never produces a stack trace: every expected failure is a message.
 * Import notes are printed one line per kind unless `--verbose`, and advice names the flag
 * that fixes a problem (`--time-zone`, `--name`, `--id`), never an option of the library.
 * `import --from murmurations` reads Murmurations profiles into a community document, and
 * `export murmurations` writes a community's members back as profiles, one file each.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeICalendar } from '../calendar/index.js';
import { looksLikeCommunity, parseCommunity } from '../community/community.js';
import type { Community } from '../community/community.schema.js';
import { detectFormat, fromFrab, fromPretalx, fromSessionize } from '../importers/index.js';
import type { ImportNote, ImportOptions, ImportResult } from '../importers/index.js';
import { summarizeNotes } from '../importers/import-report.js';
import { fromMurmurations } from '../importers/murmurations.js';
import { toMurmurationsProfiles } from '../importers/murmurations-export.js';
import type {
  MurmurationsExportNote,
  MurmurationsExportNoteCode,
} from '../importers/murmurations-export.js';
import { ID_PATTERN } from '../summit/checks.js';
import { localize, type Language, type LocalizedText } from '../summit/localized-text.js';
import type { Problem } from '../summit/problem.js';
import { parseSummit } from '../summit/worded.js';
import type { Summit } from '../summit/summit.schema.js';
import { buildSummitJsonSchema } from '../summit/json-schema.js';
import { applyFrenchSpacing } from '../text/french-spacing.js';
import { cliMessages, type CliMessages, type ImportFormat } from './messages.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Imports an optional package the core does not depend on (`@gics/widgets/ssr` for
   * `render`); Node's `import()` by default.
   */
  importModule?: (specifier: string) => Promise<unknown>;
}

/** The importer of each format, fed the options the command line gathered. */
const IMPORTERS = {
  frab: (json, options) => fromFrab(json, options),
  pretalx: (json, options) => fromPretalx(json, options),
  // fromSessionize reports a missing zone itself (`missing_time_zone`), which the CLI words.
  sessionize: (json, options) =>
    fromSessionize(json, { ...options, timeZone: options.timeZone ?? '' }),
} satisfies Record<ImportFormat, (json: unknown, options: ImportOptions) => ImportResult>;

const IMPORT_FORMATS = Object.keys(IMPORTERS) as ImportFormat[];

function isImportFormat(value: string): value is ImportFormat {
  return Object.hasOwn(IMPORTERS, value);
}

/** Exit codes shared by every command. */
const EXIT = { ok: 0, invalid: 1, unreadable: 2 } as const;

/** A failure that ends the command with a message and an exit code, never a stack trace. */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

interface Context {
  io: CliIo;
  lang: Language;
  t: CliMessages;
  say: (text: string) => void;
  complain: (text: string) => void;
}

function pickLanguage(args: string[]): Language {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index === -1) return 'en';
  const arg = args[index]!;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
  return value === 'fr' ? 'fr' : 'en';
}

export async function runGics(args: string[], io: CliIo): Promise<number> {
  const lang = pickLanguage(args);
  const polish = lang === 'fr' ? applyFrenchSpacing : (text: string) => text;
  const context: Context = {
    io,
    lang,
    t: cliMessages[lang],
    say: (text) => io.stdout(`${polish(text)}\n`),
    complain: (text) => io.stderr(`${polish(text)}\n`),
  };
  try {
    return await dispatch(args, context);
  } catch (error) {
    if (error instanceof CliFailure) {
      // An empty message means the details were already printed (a list of problems).
      if (error.message !== '') context.complain(error.message);
      return error.exitCode;
    }
    const reason = error instanceof Error ? error.message : String(error);
    context.complain(context.t.unexpected(reason));
    return EXIT.invalid;
  }
}

async function dispatch(args: string[], context: Context): Promise<number> {
  const { t } = context;
  const [command, ...rest] = args;
  switch (command) {
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      context.say(t.usage);
      return command === undefined ? EXIT.invalid : EXIT.ok;
    case 'validate':
      return validateCommand(rest, context);
    case 'import':
      return importCommand(rest, context);
    case 'ics':
      return icsCommand(rest, context);
    case 'schema':
      return schemaCommand(rest, context);
    case 'export':
      return exportCommand(rest, context);
    case 'render':
      return renderCommand(rest, context);
    default:
      if (command.startsWith('--lang'))
        return dispatch(args.slice(command.includes('=') ? 1 : 2), context);
      throw new CliFailure(t.unknownCommand(command), EXIT.invalid);
  }
}

const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

interface ParsedCommand {
  /** The value of a string option, if given. */
  text: (name: string) => string | undefined;
  /** Whether a boolean option was given. */
  flag: (name: string) => boolean;
  positionals: string[];
}

function parseCommandArgs(args: string[], options: OptionSpec, context: Context): ParsedCommand {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    }) as { values: Record<string, string | boolean | undefined>; positionals: string[] });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliFailure(context.t.badArguments(detail), EXIT.invalid);
  }
  const lang = values.lang;
  if (typeof lang === 'string' && lang !== 'fr' && lang !== 'en') {
    throw new CliFailure(context.t.badLangValue(lang), EXIT.invalid);
  }
  return {
    text: (name) => (typeof values[name] === 'string' ? (values[name] as string) : undefined),
    flag: (name) => values[name] === true,
    positionals,
  };
}

async function readJsonFile(file: string | undefined, context: Context): Promise<unknown> {
  const { t } = context;
  if (file === undefined) throw new CliFailure(t.missingFile, EXIT.unreadable);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliFailure(t.fileNotFound(file), EXIT.unreadable);
    throw new CliFailure(t.fileUnreadable(file, code ?? String(error)), EXIT.unreadable);
  }
  try {
    // A byte-order mark is common in files saved by Windows editors; JSON.parse refuses it.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliFailure(t.notJson(file, (error as Error).message), EXIT.unreadable);
  }
}

function writeOutput(text: string, out: string | undefined, context: Context): void {
  if (out === undefined) {
    context.io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  writeFileWhole(out, (put) => put(Buffer.from(text, 'utf8')), context);
}

/**
 * Writes the file `out` from the octets `produce` hands to `put`. A regular file is written
 * beside its final name and renamed into place once complete, so a failure halfway (a full
 * disk, an export that stops) never leaves half a file, nor loses the file of that name the
 * user already had. Anything else (`/dev/stdout`, a named pipe) is written to directly.
 */
function writeFileWhole(
  out: string,
  produce: (put: (octets: Uint8Array) => void) => void,
  context: Context,
  announce = true,
): void {
  const direct = isSpecialFile(out);
  const target = direct
    ? out
    : path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.part`);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(target, direct ? 'w' : 'wx');
    const file = descriptor;
    produce((octets) => {
      // A write may take fewer octets than given (a pipe, a signal): go on until all are out.
      for (let done = 0; done < octets.length;) {
        done += writeSync(file, octets, done, octets.length - done);
      }
    });
    closeSync(descriptor);
    descriptor = undefined;
    if (!direct) renameSync(target, out);
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    if (!direct) rmSync(target, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    throw new CliFailure(context.t.cannotWrite(out, code), EXIT.unreadable);
  }
  if (announce) context.complain(context.t.wrote(out));
}

/** Whether `file` exists and is not a regular file (a device, a pipe, a directory). */
function isSpecialFile(file: string): boolean {
  try {
    const stats = statSync(file);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}

function printProblems(problems: readonly Problem[], context: Context): void {
  for (const problem of problems) {
    context.complain(`  - ${problem.where}: ${problem.message[context.lang]}`);
  }
}

/** Ends the command with exit 1 once `heading` and the list of `problems` are printed. */
function failWithProblems(heading: string, problems: readonly Problem[], context: Context): never {
  context.complain(heading);
  printProblems(problems, context);
  throw new CliFailure('', EXIT.invalid);
}

/** Lenient parsing's warnings, under a line that counts them; nothing when there are none. */
function printWarnings(warnings: readonly Problem[], context: Context): void {
  if (warnings.length === 0) return;
  context.complain(context.t.warnings(warnings.length));
  printProblems(warnings, context);
}

/**
 * `json` read as a community, leniently (what a bad record loses is printed as warnings), for the
 * commands that write a community's members; exit 1 when there is no community at all.
 */
function readCommunityLeniently(json: unknown, file: string, context: Context): Community {
  const parsed = parseCommunity(json, { mode: 'lenient' });
  if (!parsed.ok) {
    failWithProblems(
      context.t.invalidCommunity(file, parsed.problems.length),
      parsed.problems,
      context,
    );
  }
  printWarnings(parsed.warnings, context);
  return parsed.community;
}

async function validateCommand(args: string[], context: Context): Promise<number> {
  const command = parseCommandArgs(args, { lenient: { type: 'boolean' } }, context);
  if (command.flag('help')) {
    context.say(context.t.validateHelp);
    return EXIT.ok;
  }
  const file = command.positionals[0];
  const json = await readJsonFile(file, context);
  // A schedule exported by a conference tool fails every rule of a summit file: pointing to
  // the command that reads it helps more than the list of those failures.
  const format = detectFormat(json);
  if (isImportFormat(format)) {
    context.complain(context.t.isOtherSchedule(file!, format));
    return EXIT.invalid;
  }
  const mode = command.flag('lenient') ? 'lenient' : 'strict';
  if (looksLikeCommunity(json)) return validateCommunity(file!, json, mode, context);
  const result = parseSummit(json, { mode });
  if (!result.ok) {
    failWithProblems(context.t.invalid(file!, result.problems.length), result.problems, context);
  }
  const { summit, warnings } = result;
  context.say(
    context.t.valid(file!, summit.workshops.length, summit.themes.length, summit.members.length),
  );
  printWarnings(warnings, context);
  return EXIT.ok;
}

/** `gics validate` on a community document (themes, members, practices; no workshops). */
function validateCommunity(
  file: string,
  json: unknown,
  mode: 'strict' | 'lenient',
  context: Context,
): number {
  const result = parseCommunity(json, { mode });
  if (!result.ok) {
    const heading = context.t.invalidCommunity(file, result.problems.length);
    failWithProblems(heading, result.problems, context);
  }
  const { community, warnings } = result;
  const { practices, themes, members } = community;
  context.say(context.t.validCommunity(file, practices.length, themes.length, members.length));
  printWarnings(warnings, context);
  return EXIT.ok;
}

function chooseFormat(
  json: unknown,
  from: string | undefined,
  file: string,
  context: Context,
): ImportFormat | 'gics' {
  if (from !== undefined) {
    if (!isImportFormat(from)) {
      throw new CliFailure(
        context.t.badFromValue(from, [...IMPORT_FORMATS, MURMURATIONS]),
        EXIT.invalid,
      );
    }
    return from;
  }
  const detected = detectFormat(json);
  if (detected === 'unknown') throw new CliFailure(context.t.unknownFormat(file), EXIT.invalid);
  return detected;
}

/** What a command that reads a schedule was told on its command line. */
interface SourceRequest {
  command: 'import' | 'ics' | 'render agenda';
  file: string | undefined;
  from: string | undefined;
  timeZone: string | undefined;
  /** `--name`: the summit's name, replacing the file's. */
  name: string | undefined;
  /** `--id`: the summit's id, replacing the file's (checked against the `Id` pattern). */
  id: string | undefined;
  /** `--verbose`: every import note on its own line instead of one line per kind. */
  verbose: boolean;
}

/**
 * Problems and notes whose fix is a flag, in the words of the command line. The importers'
 * sentences serve every front end, so they cannot say which flag fixes what; for these codes
 * the CLI says it itself.
 */
const CLI_SENTENCES: Readonly<
  Record<string, (t: CliMessages, request: SourceRequest, format: ImportFormat) => string>
> = {
  missing_time_zone: (t, request, format) =>
    t.missingTimeZone(format, request.command, request.file!),
  summit_identity_missing: (t, request) => t.summitIdentityMissing(request.command, request.file!),
};

/** A problem or note as the command line says it. */
function cliSentence(
  entry: Problem | ImportNote,
  request: SourceRequest,
  format: ImportFormat,
  context: Context,
): string {
  const own = Object.hasOwn(CLI_SENTENCES, entry.code) ? CLI_SENTENCES[entry.code] : undefined;
  return own ? own(context.t, request, format) : entry.message[context.lang];
}

function printImportProblems(
  problems: readonly Problem[],
  request: SourceRequest,
  format: ImportFormat,
  context: Context,
): void {
  for (const problem of problems) {
    context.complain(`  - ${problem.where}: ${cliSentence(problem, request, format, context)}`);
  }
}

/**
 * The import notes: one line per kind with its count ("285 extra links left out"), or with
 * `--verbose` one line per note with where it is in the source. A congress schedule gives
 * hundreds of notes of a few kinds; listed one by one they bury everything else the command
 * says. A kind met once is shown in full, since its line is as short as its count would be.
 */
function printNotes(
  notes: readonly ImportNote[],
  request: SourceRequest,
  format: ImportFormat,
  context: Context,
): void {
  if (notes.length === 0) return;
  const { t } = context;
  context.complain(t.notesHeading(notes.length));
  const listNote = (note: ImportNote) =>
    context.complain(`  - ${note.where}: ${cliSentence(note, request, format, context)}`);
  if (request.verbose) {
    notes.forEach(listNote);
    return;
  }
  const kinds = summarizeNotes(notes);
  for (const kind of kinds) {
    const [first] = kind.notes;
    if (kind.notes.length === 1 || Object.hasOwn(CLI_SENTENCES, kind.code)) listNote(first!);
    else context.complain(`  - ${kind.message[context.lang]}`);
  }
  if (kinds.some((kind) => kind.notes.length > 1)) context.complain(t.verboseHint);
}

/**
 * Reads any supported file into a valid summit (lenient: one bad record must not stop an
 * import), printing what was dropped or changed on the way. Fails with exit 1 otherwise.
 * `--name` and `--id` win over what the file says.
 */
async function loadAnySummit(request: SourceRequest, context: Context): Promise<Summit> {
  const { t } = context;
  const { file, name, id } = request;
  if (id !== undefined && !ID_PATTERN.test(id)) {
    throw new CliFailure(t.badIdValue(id), EXIT.invalid);
  }
  if (name !== undefined && name.trim() === '') throw new CliFailure(t.emptyName, EXIT.invalid);
  const json = await readJsonFile(file, context);
  const format = chooseFormat(json, request.from, file!, context);
  let input: unknown = json;
  if (format !== 'gics') {
    const options: ImportOptions = {};
    if (request.timeZone !== undefined) options.timeZone = request.timeZone;
    if (name !== undefined) options.name = name.trim();
    if (id !== undefined) options.id = id;
    const imported = IMPORTERS[format](json, options);
    if (!imported.ok) {
      context.complain(t.importFailed(format));
      printImportProblems(imported.problems, request, format, context);
      throw new CliFailure('', EXIT.invalid);
    }
    printNotes(imported.notes, request, format, context);
    const noted = imported.notes.some((note) => note.code === 'summit_identity_missing');
    if (name === undefined && !noted && imported.madeUpName) {
      context.complain(t.summitIdentityMissing(request.command, file!));
    }
    input = imported.summit;
  }
  const parsed = parseSummit(input, { mode: 'lenient' });
  if (!parsed.ok) {
    failWithProblems(t.invalid(file!, parsed.problems.length), parsed.problems, context);
  }
  printWarnings(parsed.warnings, context);
  if (format !== 'gics') {
    context.complain(t.imported(format, parsed.summit.workshops.length, file!));
  }
  return {
    ...parsed.summit,
    ...(name === undefined ? {} : { name: name.trim() }),
    ...(id === undefined ? {} : { id }),
  };
}

/** Options of every command that reads a schedule in any supported format. */
const SOURCE_OPTIONS = {
  from: { type: 'string' },
  'time-zone': { type: 'string' },
  name: { type: 'string' },
  id: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  out: { type: 'string', short: 'o' },
} as const;

function loadCommandSummit(
  name: SourceRequest['command'],
  command: ParsedCommand,
  context: Context,
): Promise<Summit> {
  return loadAnySummit(
    {
      command: name,
      file: command.positionals[0],
      from: command.text('from'),
      timeZone: command.text('time-zone'),
      name: command.text('name'),
      id: command.text('id'),
      verbose: command.flag('verbose'),
    },
    context,
  );
}

async function importCommand(args: string[], context: Context): Promise<number> {
  const command = parseCommandArgs(args, SOURCE_OPTIONS, context);
  if (command.flag('help')) {
    context.say(context.t.importHelp);
    return EXIT.ok;
  }
  if (command.text('from') === MURMURATIONS) return importMurmurationsCommand(command, context);
  const summit = await loadCommandSummit('import', command, context);
  writeOutput(`${JSON.stringify(summit, null, 2)}\n`, command.text('out'), context);
  return EXIT.ok;
}

async function icsCommand(args: string[], context: Context): Promise<number> {
  const { t } = context;
  const command = parseCommandArgs(
    args,
    { ...SOURCE_OPTIONS, workshops: { type: 'string' } },
    context,
  );
  if (command.flag('help')) {
    context.say(t.icsHelp);
    return EXIT.ok;
  }
  const summit = await loadCommandSummit('ics', command, context);
  const out = command.text('out');
  const workshopIds = command
    .text('workshops')
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const known = new Set(summit.workshops.map((workshop) => workshop.id));
  const unknown = [...new Set(workshopIds)].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new CliFailure(t.unknownWorkshops(unknown, command.positionals[0]!), EXIT.invalid);
  }
  // RFC 5545 wants at least one component in a calendar: an empty one is never written.
  const eventCount =
    workshopIds === undefined ? summit.workshops.length : new Set(workshopIds).size;
  if (eventCount === 0) throw new CliFailure(t.emptyCalendar, EXIT.invalid);
  const options = { lang: context.lang, ...(workshopIds ? { workshopIds } : {}) };
  // The octets stream out as they are made: a programme of 100,000 workshops (a file of tens
  // of megabytes) is never held whole in memory. Pieces never end inside a character, so each
  // decodes on its own.
  if (out === undefined) {
    const decoder = new TextDecoder();
    writeICalendar(summit, options, (octets) => context.io.stdout(decoder.decode(octets)));
  } else {
    writeFileWhole(out, (put) => writeICalendar(summit, options, put), context);
  }
  return EXIT.ok;
}

// ── render: an element as HTML to paste into a page ───────────────────────────────────────

/** What `gics render` tells every renderer of `@gics/widgets/ssr` (each reads what it knows). */
interface RenderOptions {
  lang: Language;
  src?: string | undefined;
  refresh?: number | undefined;
  workshopHref?: string | undefined;
  practiceHref?: string | undefined;
  pageUrl?: string | undefined;
  stylesheet?: string | undefined;
  view?: string | undefined;
  colorScheme?: 'light' | 'dark' | undefined;
}

/** The elements `render` writes, and their renderer and style sheet in `@gics/widgets/ssr`. */
const RENDERED = {
  agenda: {
    render: 'renderAgenda',
    css: 'agendaCss',
    views: ['list', 'grid'],
    // The grid's style sheet holds where its workshops stand: one per render.
    withCss: 'renderAgendaWithCss',
  },
  practices: { render: 'renderPractices', css: 'practicesCss', views: ['list'] },
  members: { render: 'renderMembers', css: 'membersCss', views: ['list'] },
} as const;
type RenderedElement = keyof typeof RENDERED;
const RENDERED_ELEMENTS = Object.keys(RENDERED) as RenderedElement[];

/**
 * What `gics render` needs of `@gics/widgets/ssr`, written here because the core never imports
 * the widgets (they depend on it): the module is imported when the command runs.
 */
type SsrModule = Record<
  (typeof RENDERED)[RenderedElement]['render'],
  (input: unknown, options: RenderOptions) => Promise<string>
> &
  Record<(typeof RENDERED)[RenderedElement]['css'], () => string> &
  Record<
    (typeof RENDERED)['agenda']['withCss'],
    (input: unknown, options: RenderOptions) => Promise<{ html: string; css: string }>
  >;

const SSR_MODULE = '@gics/widgets/ssr';
/** Seconds between two refreshes, at least (the agenda's own floor). */
const MIN_REFRESH = 30;

/** The name a page titled after `json` (a summit or a community) takes, in `lang`. */
function documentName(json: unknown, lang: Language): string | undefined {
  const name = (json as { name?: unknown } | null)?.name;
  if (typeof name !== 'string' && (name === null || typeof name !== 'object')) return undefined;
  // The file may be a community read as it is: only a name that reads as text titles the page.
  const text: unknown = localize(name as LocalizedText, lang);
  return typeof text === 'string' && text !== '' ? text : undefined;
}

async function loadSsrModule(context: Context): Promise<SsrModule> {
  const importModule = context.io.importModule ?? ((specifier: string) => import(specifier));
  try {
    return (await importModule(SSR_MODULE)) as SsrModule;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new CliFailure(context.t.renderNeedsWidgets, EXIT.unreadable);
    }
    throw error;
  }
}

/** `value` for an HTML attribute between double quotes. */
function attributeText(value: string): string {
  return value.replace(/[&"<>]/g, (character) => `&#${character.charCodeAt(0)};`);
}

async function renderCommand(args: string[], context: Context): Promise<number> {
  const { t } = context;
  const command = parseCommandArgs(
    args,
    {
      ...SOURCE_OPTIONS,
      view: { type: 'string' },
      script: { type: 'string' },
      src: { type: 'string' },
      refresh: { type: 'string' },
      'workshop-href': { type: 'string' },
      'practice-href': { type: 'string' },
      'page-url': { type: 'string' },
      stylesheet: { type: 'string' },
      'color-scheme': { type: 'string' },
      'css-out': { type: 'string' },
      page: { type: 'boolean' },
    },
    context,
  );
  if (command.flag('help')) {
    context.say(t.renderHelp);
    return EXIT.ok;
  }
  const [element, ...files] = command.positionals;
  if (element === undefined || !Object.hasOwn(RENDERED, element)) {
    throw new CliFailure(t.renderUnknownElement(element ?? '', RENDERED_ELEMENTS), EXIT.invalid);
  }
  const rendered = RENDERED[element as RenderedElement];
  const view = command.text('view') ?? 'list';
  const views: readonly string[] = rendered.views;
  if (!views.includes(view)) throw new CliFailure(t.renderBadView(view, views), EXIT.invalid);
  const refreshText = command.text('refresh');
  const refresh = refreshText === undefined ? undefined : Number(refreshText);
  if (refresh !== undefined && !(Number.isInteger(refresh) && refresh >= MIN_REFRESH)) {
    throw new CliFailure(t.renderBadRefresh(refreshText!), EXIT.invalid);
  }
  const colorScheme = command.text('color-scheme');
  if (colorScheme !== undefined && colorScheme !== 'light' && colorScheme !== 'dark') {
    throw new CliFailure(t.renderBadColorScheme(colorScheme), EXIT.invalid);
  }
  // The agenda reads any schedule the import reads; the library and the directory read their
  // file themselves (a community, a summit, Murmurations profiles for the directory).
  const input =
    element === 'agenda'
      ? await loadCommandSummit('render agenda', { ...command, positionals: files }, context)
      : await readJsonFile(files[0], context);
  const ssr = await loadSsrModule(context);
  const cssOut = command.text('css-out');
  let html: string;
  let css: string | undefined;
  try {
    const options: RenderOptions = {
      lang: context.lang,
      src: command.text('src'),
      refresh,
      workshopHref: command.text('workshop-href'),
      practiceHref: command.text('practice-href'),
      pageUrl: command.text('page-url'),
      stylesheet: command.text('stylesheet'),
      view,
      colorScheme,
    };
    if (cssOut !== undefined && 'withCss' in rendered) {
      ({ html, css } = await ssr[rendered.withCss](input, options));
    } else {
      html = await ssr[rendered.render](input, options);
    }
  } catch (error) {
    const problems = (error as { problems?: unknown }).problems;
    if (Array.isArray(problems) && problems.length > 0) {
      failWithProblems(t.invalid(files[0]!, problems.length), problems as Problem[], context);
    }
    throw new CliFailure(
      t.renderFailed(error instanceof Error ? error.message : String(error)),
      EXIT.invalid,
    );
  }
  const script = command.text('script');
  if (script !== undefined) {
    html += `\n<script type="module" src="${attributeText(script)}"></script>`;
  }
  if (command.flag('page')) {
    const title = attributeText(documentName(input, context.lang) ?? element);
    html = `<!doctype html>\n<html lang="${context.lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n</head>\n<body>\n${html}\n</body>\n</html>`;
  }
  if (cssOut !== undefined) writeOutput(css ?? ssr[rendered.css](), cssOut, context);
  writeOutput(`${html}\n`, command.text('out'), context);
  return EXIT.ok;
}

async function schemaCommand(args: string[], context: Context): Promise<number> {
  const command = parseCommandArgs(args, { out: { type: 'string', short: 'o' } }, context);
  if (command.flag('help')) {
    context.say(context.t.schemaHelp);
    return EXIT.ok;
  }
  const schema = `${JSON.stringify(buildSummitJsonSchema(), null, 2)}\n`;
  writeOutput(schema, command.text('out'), context);
  return EXIT.ok;
}

// ── Murmurations: profiles in, profiles out ──────────────────────────────────────────────

/** The `--from` value and the `export` format of the Murmurations protocol. */
const MURMURATIONS = 'murmurations';

/** Notes of one kind: each note's line, and the one line that sums them up. */
interface NoteGroup {
  lines: string[];
  summary: string;
}

/**
 * Notes one line per kind (a kind met once in full), or every note with `--verbose`, as
 * `printNotes` does for schedules.
 */
function printNoteGroups(
  heading: string,
  groups: readonly NoteGroup[],
  verbose: boolean,
  context: Context,
): void {
  if (groups.length === 0) return;
  context.complain(heading);
  for (const group of groups) {
    const lines = verbose || group.lines.length === 1 ? group.lines : [group.summary];
    for (const line of lines) context.complain(`  - ${line}`);
  }
  if (!verbose && groups.some((group) => group.lines.length > 1)) {
    context.complain(context.t.verboseHint);
  }
}

/**
 * `gics import --from murmurations`: one profile, a list of profiles or an Index answer → a
 * community document of their members, checked like any community file before it is written.
 */
async function importMurmurationsCommand(
  command: ParsedCommand,
  context: Context,
): Promise<number> {
  const { t } = context;
  const file = command.positionals[0];
  const id = command.text('id');
  const name = command.text('name')?.trim();
  if (id !== undefined && !ID_PATTERN.test(id)) {
    throw new CliFailure(t.badIdValue(id), EXIT.invalid);
  }
  if (name === '') throw new CliFailure(t.emptyName, EXIT.invalid);
  const json = await readJsonFile(file, context);
  const imported = fromMurmurations(json, {
    ...(id === undefined ? {} : { id }),
    ...(name === undefined ? {} : { name }),
  });
  if (!imported.ok) failWithProblems(t.membersImportFailed, imported.problems, context);
  const groups = summarizeNotes(imported.notes).map((kind) => ({
    lines: kind.notes.map((note) => `${note.where}: ${note.message[context.lang]}`),
    summary: kind.message[context.lang],
  }));
  printNoteGroups(t.notesHeading(imported.notes.length), groups, command.flag('verbose'), context);
  const community = readCommunityLeniently(imported.community, file!, context);
  context.complain(t.importedMembers(community.members.length, file!));
  writeOutput(`${JSON.stringify(community, null, 2)}\n`, command.text('out'), context);
  return EXIT.ok;
}

/**
 * The file a member's profile is written to: its id, which holds only letters, digits and
 * `. _ : ~ -` and starts with a letter or digit; `:` (refused in Windows file names) is
 * percent-encoded, so two ids never share a file.
 */
function profileFileName(memberId: string): string {
  return `${memberId.replaceAll(':', '%3A')}.json`;
}

/**
 * `gics export murmurations <file> -o <folder>`: one profile file per member a directory may
 * show, from a community or a summit file. Each file is written whole or not at all.
 */
async function exportCommand(args: string[], context: Context): Promise<number> {
  const { t } = context;
  const command = parseCommandArgs(
    args,
    { out: { type: 'string', short: 'o' }, verbose: { type: 'boolean', short: 'v' } },
    context,
  );
  if (command.flag('help')) {
    context.say(t.exportHelp);
    return EXIT.ok;
  }
  const [format, file] = command.positionals;
  if (format === undefined) throw new CliFailure(t.exportHelp, EXIT.invalid);
  if (format !== MURMURATIONS) throw new CliFailure(t.badExportFormat(format), EXIT.invalid);
  const folder = command.text('out');
  if (folder === undefined) throw new CliFailure(t.exportNeedsOut, EXIT.invalid);
  const json = await readJsonFile(file, context);
  const community = readCommunityLeniently(json, file!, context);
  const { profiles, notes } = toMurmurationsProfiles(community, { lang: context.lang });
  const byCode = new Map<MurmurationsExportNoteCode, MurmurationsExportNote[]>();
  for (const note of notes) {
    const group = byCode.get(note.code);
    if (group) group.push(note);
    else byCode.set(note.code, [note]);
  }
  const groups = [...byCode].map(([code, group]) => ({
    lines: group.map((note) => `${note.memberId}: ${note.message[context.lang]}`),
    summary: t.exportNoteSummary[code](group.length),
  }));
  printNoteGroups(t.exportNotesHeading(notes.length), groups, command.flag('verbose'), context);
  if (profiles.length === 0) throw new CliFailure(t.noProfileToExport, EXIT.invalid);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliFailure(t.cannotWrite(folder, code), EXIT.unreadable);
  }
  for (const { memberId, profile } of profiles) {
    const text = `${JSON.stringify(profile, null, 2)}\n`;
    const out = path.join(folder, profileFileName(memberId));
    writeFileWhole(out, (put) => put(Buffer.from(text, 'utf8')), context, false);
  }
  context.complain(t.exportedProfiles(profiles.length, folder));
  return EXIT.ok;
}
