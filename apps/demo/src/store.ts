/**
 * The newsletter's subscribers, on disk in one SQLite file (better-sqlite3).
 *
 * Two tables:
 * - `subscribers`: one row per address. The first signup creates it and a later one never
 *   rewrites it, so what someone agreed to first is never lost;
 * - `consents`: one row per signup received, the proof of consent CASL and the GDPR ask a sender
 *   to keep: the statement exactly as shown and its fingerprint (the statement's "version"), the
 *   language it was shown in, when the visitor agreed (their clock) and when we received it (ours),
 *   the page the form was on, the topics chosen, and whether it created the subscription or found
 *   the address already subscribed.
 *
 * Each signup is one transaction, committed before the server answers, and the journal is WAL so
 * that a reader (`npm run subscribers`, a test) can open the file while the server writes to it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Language, Signup } from '@gics/core/newsletter';

/** The database's name inside the data directory. */
export const DATABASE_FILE = 'subscribers.sqlite';

/** What a signup did: created a subscription, or found the address already there. */
export type SignupOutcome = 'subscribed' | 'already-subscribed';

/** One consent record, as kept. */
export interface StoredConsent {
  /** The consent text exactly as the visitor saw it. */
  statement: string;
  /** SHA-256 of the statement: the same text always has the same version. */
  statementVersion: string;
  /** The language the statement was shown in. */
  language: Language;
  /** When the visitor agreed, by their browser's clock (ISO 8601, UTC). */
  consentedAt: string;
  /** When the server received the signup, by its own clock (ISO 8601, UTC). */
  receivedAt: string;
  /** The page the form was on, without query or fragment. */
  pageUrl: string;
  /** The topics chosen with this signup. */
  interests: string[];
  outcome: SignupOutcome;
}

/** One subscriber with every consent received for the address, oldest first. */
export interface StoredSubscriber {
  email: string;
  name?: string;
  language: Language;
  interests: string[];
  subscribedAt: string;
  consents: StoredConsent[];
}

interface SubscriberRow {
  id: number;
  email: string;
  name: string | null;
  language: Language;
  interests: string;
  subscribed_at: string;
}

interface ConsentRow {
  statement: string;
  statement_sha256: string;
  language: Language;
  consented_at: string;
  received_at: string;
  page_url: string;
  interests: string;
  outcome: SignupOutcome;
}

/**
 * Schema migrations, applied in order; `PRAGMA user_version` remembers how many ran, so a data
 * directory made by an older version of the demo is brought up to date instead of recreated.
 */
const MIGRATIONS = [
  `CREATE TABLE subscribers (
     id INTEGER PRIMARY KEY,
     email TEXT NOT NULL,
     email_key TEXT NOT NULL UNIQUE,
     name TEXT,
     language TEXT NOT NULL,
     interests TEXT NOT NULL,
     subscribed_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE consents (
     id INTEGER PRIMARY KEY,
     subscriber_id INTEGER NOT NULL REFERENCES subscribers (id),
     statement TEXT NOT NULL,
     statement_sha256 TEXT NOT NULL,
     language TEXT NOT NULL,
     consented_at TEXT NOT NULL,
     received_at TEXT NOT NULL,
     page_url TEXT NOT NULL,
     interests TEXT NOT NULL,
     outcome TEXT NOT NULL
   ) STRICT;
   CREATE INDEX consents_by_subscriber ON consents (subscriber_id);`,
  // Shared practices and what moderators decided about them (see `practice-store.ts`).
  `CREATE TABLE practice_submissions (
     id INTEGER PRIMARY KEY,
     fingerprint TEXT NOT NULL UNIQUE,
     status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected')),
     submission TEXT NOT NULL,
     received_at TEXT NOT NULL,
     decided_at TEXT,
     reason TEXT
   ) STRICT;
   CREATE TABLE practice_decisions (
     id INTEGER PRIMARY KEY,
     submission_id INTEGER NOT NULL REFERENCES practice_submissions (id),
     status TEXT NOT NULL,
     reason TEXT,
     decided_at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX decisions_by_submission ON practice_decisions (submission_id);`,
];

/**
 * The key that makes two spellings of one address the same subscriber. Strictly, the part
 * before `@` may be case-sensitive, but no mail service we know of treats it so, and
 * "Josee@Coop.example" signing up again should hear "already subscribed".
 */
export function emailKey(email: string): string {
  return email.normalize('NFC').toLowerCase();
}

export class SubscriberStore {
  readonly file: string;
  private readonly db: Database.Database;

  private constructor(file: string, db: Database.Database) {
    this.file = file;
    this.db = db;
  }

  /**
   * Opens (and creates, or migrates) the store in `dataDir`. `readonly` opens an existing file
   * without touching it, for a reader running beside the server.
   */
  static open(dataDir: string, options: { readonly?: boolean } = {}): SubscriberStore {
    const file = path.join(dataDir, DATABASE_FILE);
    if (options.readonly) {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      return new SubscriberStore(file, db);
    }
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // Other processes (a test, `npm run subscribers`) may hold the file for a moment.
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    db.transaction(() => {
      for (const migration of MIGRATIONS.slice(version)) db.exec(migration);
      db.pragma(`user_version = ${MIGRATIONS.length}`);
    })();
    return new SubscriberStore(file, db);
  }

  /** Records a valid signup and its consent; says whether the address was new. */
  add(signup: Signup, receivedAt: Date = new Date()): SignupOutcome {
    const received = receivedAt.toISOString();
    const interests = JSON.stringify(signup.interests);
    return this.db
      .transaction((): SignupOutcome => {
        const inserted = this.db
          .prepare(
            `INSERT INTO subscribers (email, email_key, name, language, interests, subscribed_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (email_key) DO NOTHING`,
          )
          .run(
            signup.email,
            emailKey(signup.email),
            signup.name ?? null,
            signup.language,
            interests,
            received,
          );
        const outcome: SignupOutcome = inserted.changes === 1 ? 'subscribed' : 'already-subscribed';
        const { id } = this.db
          .prepare('SELECT id FROM subscribers WHERE email_key = ?')
          .get(emailKey(signup.email)) as { id: number };
        const { consent } = signup;
        this.db
          .prepare(
            `INSERT INTO consents (subscriber_id, statement, statement_sha256, language,
             consented_at, received_at, page_url, interests, outcome)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            id,
            consent.statement,
            createHash('sha256').update(consent.statement).digest('hex'),
            consent.language,
            consent.timestamp,
            received,
            consent.pageUrl,
            interests,
            outcome,
          );
        return outcome;
      })
      .immediate();
  }

  /** The subscriber with this address (in any case), with every consent received. */
  find(email: string): StoredSubscriber | undefined {
    const row = this.db
      .prepare('SELECT * FROM subscribers WHERE email_key = ?')
      .get(emailKey(email)) as SubscriberRow | undefined;
    return row && this.withConsents(row);
  }

  /** Every subscriber, oldest first. */
  list(): StoredSubscriber[] {
    const rows = this.db.prepare('SELECT * FROM subscribers ORDER BY id').all() as SubscriberRow[];
    return rows.map((row) => this.withConsents(row));
  }

  close(): void {
    this.db.close();
  }

  private withConsents(row: SubscriberRow): StoredSubscriber {
    const consents = this.db
      .prepare('SELECT * FROM consents WHERE subscriber_id = ? ORDER BY id')
      .all(row.id) as ConsentRow[];
    return {
      email: row.email,
      ...(row.name === null ? {} : { name: row.name }),
      language: row.language,
      interests: JSON.parse(row.interests) as string[],
      subscribedAt: row.subscribed_at,
      consents: consents.map((consent) => ({
        statement: consent.statement,
        statementVersion: consent.statement_sha256,
        language: consent.language,
        consentedAt: consent.consented_at,
        receivedAt: consent.received_at,
        pageUrl: consent.page_url,
        interests: JSON.parse(consent.interests) as string[],
        outcome: consent.outcome,
      })),
    };
  }
}
