/**
 * Shared practices waiting for, or past, moderation, in the demo's SQLite file (the one the
 * subscribers live in; its schema migrations are `store.ts`'s).
 *
 *   POST /api/practices → `add`: one row, status `submitted`, committed before the server answers
 *   npm run moderate    → `decide`: `approved` or `rejected` (with its reason); every decision is
 *                         also a row of `practice_decisions`, so the history stays
 *   GET /community.json → `approved`: what is published, oldest decision first
 *
 * Nothing is ever deleted: a rejected practice keeps its text and its reason, and can still be
 * shown and approved later; an approved one can be rejected (withdrawn), with a reason.
 *
 * A submission's row keeps what the visitor sent, contact address and consent record included
 * (only moderators read them; `practiceFromSubmission` leaves both out of what is published).
 * Its `fingerprint` is the SHA-256 of that JSON: the same submission sent again (the form's "Try
 * again" after an answer lost on the way) finds its first row instead of making a second.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { PracticeSubmission } from '@gics/core/community';
import { DATABASE_FILE, SubscriberStore } from './store.js';

/** Where a submission stands. */
export const PRACTICE_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

/** One decision of a moderator, as kept. */
export interface StoredDecision {
  status: Exclude<PracticeStatus, 'submitted'>;
  reason?: string;
  decidedAt: string;
}

/** One submission as kept, with its history. */
export interface StoredPractice {
  /** The row's number: what the moderation command takes. */
  id: number;
  status: PracticeStatus;
  submission: PracticeSubmission;
  /** When the server received it, by its own clock (ISO 8601, UTC). */
  receivedAt: string;
  /** When the current status was decided. */
  decidedAt?: string;
  /** Why it was rejected, for a rejected one. */
  reason?: string;
  decisions: StoredDecision[];
}

/** What `add` did: a new row, or the row of the same submission received before. */
export interface AddOutcome {
  id: number;
  created: boolean;
}

interface SubmissionRow {
  id: number;
  status: PracticeStatus;
  submission: string;
  received_at: string;
  decided_at: string | null;
  reason: string | null;
}

interface DecisionRow {
  status: StoredDecision['status'];
  reason: string | null;
  decided_at: string;
}

export class PracticeStore {
  private readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  /**
   * Opens the store in `dataDir`. Opening the subscriber store first brings the shared file's
   * schema up to date; `readonly` opens an existing file without touching it, for a reader
   * running beside the server.
   */
  static open(dataDir: string, options: { readonly?: boolean } = {}): PracticeStore {
    const file = path.join(dataDir, DATABASE_FILE);
    if (!options.readonly) SubscriberStore.open(dataDir).close();
    const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) db.pragma('foreign_keys = ON');
    return new PracticeStore(db);
  }

  /** Keeps a checked submission as `submitted`; the same submission again finds its first row. */
  add(submission: PracticeSubmission, receivedAt: Date = new Date()): AddOutcome {
    const json = JSON.stringify(submission);
    const fingerprint = createHash('sha256').update(json).digest('hex');
    return this.db
      .transaction((): AddOutcome => {
        const inserted = this.db
          .prepare(
            `INSERT INTO practice_submissions (fingerprint, status, submission, received_at)
             VALUES (?, 'submitted', ?, ?)
             ON CONFLICT (fingerprint) DO NOTHING`,
          )
          .run(fingerprint, json, receivedAt.toISOString());
        if (inserted.changes === 1) return { id: Number(inserted.lastInsertRowid), created: true };
        const { id } = this.db
          .prepare('SELECT id FROM practice_submissions WHERE fingerprint = ?')
          .get(fingerprint) as { id: number };
        return { id, created: false };
      })
      .immediate();
  }

  /** The submission numbered `id`, with its history. */
  find(id: number): StoredPractice | undefined {
    const row = this.db.prepare('SELECT * FROM practice_submissions WHERE id = ?').get(id) as
      SubmissionRow | undefined;
    return row && this.withDecisions(row);
  }

  /** Every submission, oldest first; only those of `status` when given. */
  list(status?: PracticeStatus): StoredPractice[] {
    const rows = (
      status
        ? this.db
            .prepare('SELECT * FROM practice_submissions WHERE status = ? ORDER BY id')
            .all(status)
        : this.db.prepare('SELECT * FROM practice_submissions ORDER BY id').all()
    ) as SubmissionRow[];
    return rows.map((row) => this.withDecisions(row));
  }

  /** The approved submissions, in the order they were approved. */
  approved(): StoredPractice[] {
    const rows = this.db
      .prepare(
        "SELECT * FROM practice_submissions WHERE status = 'approved' ORDER BY decided_at, id",
      )
      .all() as SubmissionRow[];
    return rows.map((row) => this.withDecisions(row));
  }

  /**
   * Records a moderator's decision on submission `id`: the new status (and, for a rejection,
   * its reason) and a row of history. Returns the submission as it now stands, or `undefined`
   * when there is no such submission.
   */
  decide(
    id: number,
    status: StoredDecision['status'],
    reason?: string,
    at: Date = new Date(),
  ): StoredPractice | undefined {
    const decidedAt = at.toISOString();
    const kept = status === 'rejected' ? (reason ?? null) : null;
    const changed = this.db
      .transaction(() => {
        const updated = this.db
          .prepare(
            'UPDATE practice_submissions SET status = ?, decided_at = ?, reason = ? WHERE id = ?',
          )
          .run(status, decidedAt, kept, id);
        if (updated.changes === 0) return false;
        this.db
          .prepare(
            'INSERT INTO practice_decisions (submission_id, status, reason, decided_at) VALUES (?, ?, ?, ?)',
          )
          .run(id, status, reason ?? null, decidedAt);
        return true;
      })
      .immediate();
    return changed ? this.find(id) : undefined;
  }

  close(): void {
    this.db.close();
  }

  private withDecisions(row: SubmissionRow): StoredPractice {
    const decisions = this.db
      .prepare('SELECT * FROM practice_decisions WHERE submission_id = ? ORDER BY id')
      .all(row.id) as DecisionRow[];
    return {
      id: row.id,
      status: row.status,
      submission: JSON.parse(row.submission) as PracticeSubmission,
      receivedAt: row.received_at,
      ...(row.decided_at === null ? {} : { decidedAt: row.decided_at }),
      ...(row.reason === null ? {} : { reason: row.reason }),
      decisions: decisions.map((decision) => ({
        status: decision.status,
        ...(decision.reason === null ? {} : { reason: decision.reason }),
        decidedAt: decision.decided_at,
      })),
    };
  }
}
