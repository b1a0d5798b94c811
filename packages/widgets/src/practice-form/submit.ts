/**
 * What `<gics-practice-form>` needs once the visitor submits, loaded on demand (the form asks for
 * it as soon as the visitor starts filling it in, so it has arrived long before the submit): the
 * core's check and consent record, the words of field errors and faults, and the `json`
 * provider, which posts the `PracticeSubmission` to `action` as `application/json`, one request,
 * read with the newsletter's HTTP conventions:
 *
 *   2xx                      → received (a body that is not JSON: `invalid-response`)
 *   400/422 `{ errors: [{ field, code, index? }] }` naming our fields → `invalid`, per field
 *   429 (+ `Retry-After`), 5xx, other 4xx (+ `message`) → `rate-limited`, `server`, `rejected`
 *   no answer               → `timeout`, `offline`, `cors` or `network` (see `http.ts`)
 */
import {
  PRACTICE_SUBMISSION_ERROR_CODES,
  PRACTICE_SUBMISSION_FIELDS,
  type PracticeSubmission,
  type PracticeSubmissionError,
} from '@gics/core/community';
import {
  failureFromStatus,
  NOT_JSON,
  record,
  send,
  type Body,
} from '../newsletter/providers/http.js';
import type { PracticeFaultKind, PracticeSubmitFailure, PracticeSubmitOutcome } from './types.js';

export { validatePracticeSubmission } from '@gics/core/community';
export { createConsentRecord } from '@gics/core/newsletter';
export { practiceProblemMessages } from '../i18n/practice-form-problems.js';

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

/** `{ errors: [{ field, code, index? }] }` → the problems that name our fields with our codes. */
function fieldProblems(body: Body): PracticeSubmissionError[] {
  const errors = record(body)?.errors;
  if (!Array.isArray(errors)) return [];
  const problems: PracticeSubmissionError[] = [];
  for (const error of errors as unknown[]) {
    const entry = record(error);
    if (!entry || !isOneOf(PRACTICE_SUBMISSION_FIELDS, entry.field)) continue;
    if (!isOneOf(PRACTICE_SUBMISSION_ERROR_CODES, entry.code)) continue;
    problems.push({
      field: entry.field,
      code: entry.code,
      ...(Number.isInteger(entry.index) ? { index: entry.index as number } : {}),
    });
  }
  return problems;
}

/** The newsletter's failures are ours, less the JSONP script's, which a fetch never gives. */
function asPracticeFailure(failure: { kind: string } & object): PracticeSubmitFailure {
  return { ...failure, ok: false, kind: failure.kind as PracticeFaultKind };
}

/** Sends `submission` to `action` once; never throws for a fault of the network or the service. */
export async function sendSubmission(
  action: string,
  submission: PracticeSubmission,
  signal: AbortSignal,
): Promise<PracticeSubmitOutcome> {
  const sent = await send(
    action,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submission),
    },
    signal,
  );
  if (!('http' in sent)) return asPracticeFailure(sent);
  const { http: response, body } = sent;
  if (response.ok) {
    if (body === NOT_JSON) return { ok: false, kind: 'invalid-response', status: response.status };
    return { ok: true, ...(body === undefined ? {} : { response: body }) };
  }
  if (response.status === 400 || response.status === 422) {
    const fields = fieldProblems(body);
    if (fields.length > 0) {
      return { ok: false, kind: 'invalid', status: response.status, fields, response: body };
    }
  }
  return asPracticeFailure(failureFromStatus(response, body));
}
