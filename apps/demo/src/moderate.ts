/**
 * `npm run moderate -- <command>`: what a moderator does with the practices visitors shared.
 * Reads `GICS_DEMO_DATA_DIR` like the server, and may run while the server runs.
 *
 *   list [submitted|approved|rejected]   one line per submission, oldest first
 *   show <id>                            everything kept: the texts, the author, the contact
 *                                        address, the consent record, the decisions
 *   approve <id>                         published: in /community.json from the next request
 *   reject <id> --reason "…"             not published; the reason is kept with it
 *
 * Nothing is deleted: a rejected practice stays, with its reason, and can be approved later; an
 * approved one can be rejected (withdrawn from the community file), with a reason.
 *
 * Exit codes: 0 done; 1 no such submission, or no database yet; 2 a command or argument this
 * does not understand (the usage is printed).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from './config.js';
import {
  PRACTICE_STATUSES,
  PracticeStore,
  type PracticeStatus,
  type StoredPractice,
} from './practice-store.js';
import { publishedRecords } from './practices.js';
import { DATABASE_FILE } from './store.js';

const USAGE = `Usage: npm run moderate -- <command>

  list [submitted|approved|rejected]   list submissions (all of them without a status)
  show <id>                            show one submission in full, contact and consent included
  approve <id>                         publish it in /community.json
  reject <id> --reason "…"             refuse it; the reason is kept with it`;

/** What went wrong, and the exit code that says so. */
class Failure extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

const usage = (problem: string) => new Failure(`${problem}\n\n${USAGE}`, 2);

function submissionId(value: string | undefined): number {
  if (value === undefined) throw usage('Which submission? Give its number (see `list`).');
  if (!/^\d+$/.test(value)) throw usage(`"${value}" is not a submission number.`);
  return Number(value);
}

function found(store: PracticeStore, id: number): StoredPractice {
  const stored = store.find(id);
  if (!stored) throw new Failure(`There is no submission #${id}.`, 1);
  return stored;
}

/** One line: number, status, date received, language, title, author. */
function line(stored: StoredPractice): string {
  const { submission } = stored;
  const author = [submission.author.name, submission.author.organisation]
    .filter(Boolean)
    .join(', ');
  return [
    `#${stored.id}`.padEnd(6),
    stored.status.padEnd(10),
    stored.receivedAt.slice(0, 10),
    submission.language,
    `${submission.title} (${author})`,
  ].join('  ');
}

function run(args: string[], dataDir: string, print: (text: string) => void): void {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { reason: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, argument, ...extra] = positionals;
  if (values.help || command === undefined) {
    if (command === undefined && !values.help) throw usage('Which command?');
    print(USAGE);
    return;
  }
  if (extra.length > 0) throw usage(`Unexpected: ${extra.join(' ')}`);
  if (values.reason !== undefined && command !== 'reject') {
    throw usage('--reason goes with reject only.');
  }
  if (!existsSync(path.join(dataDir, DATABASE_FILE))) {
    throw new Failure(
      `Nothing to moderate yet: ${path.join(dataDir, DATABASE_FILE)} does not exist.`,
      1,
    );
  }

  const readonly = command === 'list' || command === 'show';
  const store = PracticeStore.open(dataDir, { readonly });
  try {
    switch (command) {
      case 'list': {
        if (
          argument !== undefined &&
          !(PRACTICE_STATUSES as readonly string[]).includes(argument)
        ) {
          throw usage(`"${argument}" is not a status: submitted, approved or rejected.`);
        }
        const list = store.list(argument as PracticeStatus | undefined);
        print(list.length === 0 ? 'No submissions.' : list.map(line).join('\n'));
        return;
      }
      case 'show': {
        const stored = found(store, submissionId(argument));
        const published = stored.status === 'approved' ? publishedRecords(stored) : undefined;
        print(
          JSON.stringify(
            { ...stored, ...(published ? { publishedAs: published.practice.id } : {}) },
            null,
            2,
          ),
        );
        return;
      }
      case 'approve': {
        const id = submissionId(argument);
        const before = found(store, id);
        if (before.status === 'approved') {
          print(`#${id} is already approved.`);
          return;
        }
        const stored = store.decide(id, 'approved')!;
        print(
          `#${id} approved: "${stored.submission.title}" is published as ${publishedRecords(stored).practice.id} in /community.json.`,
        );
        return;
      }
      case 'reject': {
        const id = submissionId(argument);
        const reason = values.reason?.trim();
        if (!reason) throw usage('A rejection needs its reason: --reason "…".');
        found(store, id);
        const stored = store.decide(id, 'rejected', reason)!;
        print(`#${id} rejected, with its reason kept: ${stored.reason}`);
        return;
      }
      default:
        throw usage(`Unknown command: ${command}`);
    }
  } finally {
    store.close();
  }
}

try {
  run(process.argv.slice(2), readConfig(process.env).dataDir, (text) => console.log(text));
} catch (error) {
  if (error instanceof Failure) {
    console.error(error.message);
    process.exitCode = error.code;
  } else if (
    error instanceof TypeError &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
