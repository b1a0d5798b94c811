/**
 * What `<gics-practice-form>` and whoever sends its submissions agree on: the ways a submission
 * can fail, and what an outcome says.
 */
import type { PracticeSubmissionError } from '@gics/core/community';
import type { FaultKind } from '../newsletter/providers/types.js';

/**
 * Who sends a submission: `json` posts it to `action`; `event` leaves it to the host, which
 * handles `gics-practice-submit` and calls `reportOutcome()`.
 */
export const PRACTICE_PROVIDERS = ['json', 'event'] as const;
export type PracticeProvider = (typeof PRACTICE_PROVIDERS)[number];

/**
 * Why a submission did not go through: the newsletter's faults, less the JSONP script's
 * (`timeout`, `offline`, `network`, `cors`, `server`, `rate-limited`, `invalid-response`,
 * `rejected`, and `invalid` when the service refused some fields).
 */
export type PracticeFaultKind = Exclude<FaultKind, 'script'>;

/** The service took the submission; it waits for a moderator. */
export interface PracticeSubmitSuccess {
  ok: true;
  /** The service's answer as received (parsed JSON), for the host. */
  response?: unknown;
}

/** The submission did not go through. */
export interface PracticeSubmitFailure {
  ok: false;
  kind: PracticeFaultKind;
  /** HTTP status, when there was an HTTP answer. */
  status?: number;
  /** Seconds to wait before trying again, from `Retry-After`. */
  retryAfter?: number;
  /** The service's own explanation, shown as is after ours. */
  message?: string;
  /** Refused fields, for `invalid`: the core's codes, which the form words itself. */
  fields?: PracticeSubmissionError[];
  /** The service's answer as received, for the host. */
  response?: unknown;
}

export type PracticeSubmitOutcome = PracticeSubmitSuccess | PracticeSubmitFailure;
