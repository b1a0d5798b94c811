/**
 * What the fetch-based providers share: sending one request and turning whatever comes back
 * (or does not) into a `SubscribeOutcome`.
 *
 * A browser reports a refused connection, a dropped socket and a CORS refusal the same way
 * (`TypeError: Failed to fetch`). To tell the visitor something true, a failed request is
 * followed by one body-less `no-cors` HEAD probe to the same URL: if the service answers it,
 * it is up and refused us (CORS); if not, it is out of reach. The signup is never sent twice.
 */
import { SIGNUP_FIELDS, type SignupField } from '@gics/core/newsletter';
import type { FieldProblem, SubscribeFailure, SubscribeOutcome } from './types.js';

/** A body that is there but is not JSON. */
export const NOT_JSON = Symbol('not JSON');
export type Body = unknown;

const PROBE_TIMEOUT = 3000;

/** Why a request that got no HTTP answer failed. */
async function networkFailure(url: string, signal: AbortSignal): Promise<SubscribeFailure> {
  if (signal.aborted) return { ok: false, kind: 'timeout' };
  if (!navigator.onLine) return { ok: false, kind: 'offline' };
  try {
    await fetch(url, {
      method: 'HEAD',
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(PROBE_TIMEOUT),
    });
    return { ok: false, kind: 'cors' };
  } catch {
    return { ok: false, kind: 'network' };
  }
}

/**
 * Sends one request and reads its body. Resolves with the HTTP response and its body (parsed JSON,
 * `undefined` when empty, `NOT_JSON` otherwise), or with the failure when there was no answer.
 */
export async function send(
  url: string,
  init: { method: string; body: BodyInit; headers?: Record<string, string> },
  signal: AbortSignal,
): Promise<{ http: Response; body: Body } | SubscribeFailure> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      ...init,
      signal,
      credentials: 'omit',
      headers: { accept: 'application/json', ...init.headers },
    });
    text = await response.text();
  } catch {
    return networkFailure(url, signal);
  }
  let body: Body;
  try {
    body = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    body = NOT_JSON;
  }
  return { http: response, body };
}

/** `Retry-After` in seconds: delta-seconds or an HTTP date. Needs `Access-Control-Expose-Headers`. */
export function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
}

/** `value` as a plain object (not `null`, not an array), or `undefined`. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The service's `message`, if it gave a readable one. */
export function messageOf(body: Body): string | undefined {
  const message = record(body)?.message;
  return typeof message === 'string' && message.trim() ? message.trim() : undefined;
}

function isField(value: unknown): value is SignupField {
  return (SIGNUP_FIELDS as readonly unknown[]).includes(value);
}

/** `{ errors: [{ field, code?, message? }] }` → the problems that name one of our fields. */
function fieldProblems(body: Body): FieldProblem[] {
  const errors = record(body)?.errors;
  if (!Array.isArray(errors)) return [];
  const problems: FieldProblem[] = [];
  for (const error of errors as unknown[]) {
    const entry = record(error);
    if (!entry || !isField(entry.field)) continue;
    problems.push({
      field: entry.field,
      ...(typeof entry.code === 'string' ? { code: entry.code as FieldProblem['code'] } : {}),
      ...(typeof entry.message === 'string' ? { message: entry.message } : {}),
    });
  }
  return problems;
}

/** The answers every HTTP provider reads the same way: 429, 5xx, other 4xx. */
export function failureFromStatus(response: Response, body: Body): SubscribeFailure {
  const status = response.status;
  const answer = body === NOT_JSON ? undefined : body;
  const base = {
    ok: false as const,
    status,
    ...(answer === undefined ? {} : { response: answer }),
  };
  if (status === 429) {
    const wait = retryAfter(response);
    return { ...base, kind: 'rate-limited', ...(wait === undefined ? {} : { retryAfter: wait }) };
  }
  if (status >= 500) return { ...base, kind: 'server' };
  const message = messageOf(answer);
  return { ...base, kind: 'rejected', ...(message ? { message } : {}) };
}

/**
 * Our own JSON convention, used by `json` and `form`: 2xx = subscribed (`doubleOptIn`,
 * `alreadySubscribed` in the body when the service knows), 409 = already subscribed,
 * 400/422 with `errors` = refused fields.
 */
export function readJsonAnswer(response: Response, body: Body): SubscribeOutcome {
  if (response.status === 409) return { ok: true, alreadySubscribed: true };
  if (response.ok) {
    if (body === NOT_JSON) return { ok: false, kind: 'invalid-response', status: response.status };
    const answer = record(body);
    return {
      ok: true,
      ...(typeof answer?.doubleOptIn === 'boolean' ? { doubleOptIn: answer.doubleOptIn } : {}),
      ...(answer?.alreadySubscribed === true ? { alreadySubscribed: true } : {}),
      ...(body === undefined ? {} : { response: body }),
    };
  }
  if (response.status === 400 || response.status === 422) {
    const fields = fieldProblems(body);
    if (fields.length > 0) {
      return { ok: false, kind: 'invalid', status: response.status, fields, response: body };
    }
  }
  return failureFromStatus(response, body);
}
