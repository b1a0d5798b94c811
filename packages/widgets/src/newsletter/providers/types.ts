/**
 * The one interface every newsletter provider implements. A provider is a function: it gets the
 * validated signup, its settings and an abort signal, sends exactly one request, and resolves
 * with what happened, in our own terms. It never throws for a fault a visitor can meet (network,
 * timeout, refusal…): those are outcomes, shown to the visitor and reported as events.
 *
 * Adding a provider is one file exporting a `Provider`, plus a line in `index.ts`.
 */
import type { Signup, SignupErrorCode, SignupField } from '@gics/core/newsletter';

export const PROVIDER_NAMES = ['json', 'form', 'listmonk', 'mailchimp'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/**
 * Every way a submission can fail, each with its own message:
 * - `timeout`: no answer within `timeout` ms (the request was aborted);
 * - `offline`: the browser says it has no network;
 * - `network`: the service could not be reached (connection refused or dropped, DNS failure);
 * - `cors`: the service is reachable but does not allow this site (CORS refusal);
 * - `server`: the service failed (5xx);
 * - `rate-limited`: too many attempts (429, or the provider said so); see `retryAfter`;
 * - `invalid-response`: the answer was not what the provider's format promises (HTML instead of JSON…);
 * - `script`: the JSONP script could not be loaded (blocked, offline, 4xx/5xx);
 * - `rejected`: the service refused the signup (4xx), with its own `message` when it gave one;
 * - `invalid`: the service refused some fields (`fields`).
 */
export const FAULT_KINDS = [
  'timeout',
  'offline',
  'network',
  'cors',
  'server',
  'rate-limited',
  'invalid-response',
  'script',
  'rejected',
  'invalid',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A field the service refused: with one of our codes (localized by us) or its own message. */
export interface FieldProblem {
  field: SignupField;
  code?: SignupErrorCode;
  message?: string;
}

/** The service took the signup. */
export interface SubscribeSuccess {
  ok: true;
  /** `true`: a confirmation email is on its way; `false`: subscribed now; absent: it did not say. */
  doubleOptIn?: boolean;
  /** The address was already on the list (shown as a friendly success). */
  alreadySubscribed?: boolean;
  /** The provider's answer as received (parsed JSON, JSONP argument), for the host. */
  response?: unknown;
}

/** The signup did not go through. */
export interface SubscribeFailure {
  ok: false;
  kind: FaultKind;
  /** HTTP status, when there was an HTTP answer. */
  status?: number;
  /** Seconds to wait before trying again, from `Retry-After`. */
  retryAfter?: number;
  /** The service's own explanation, shown as is after ours. */
  message?: string;
  /** Refused fields, for `invalid`. */
  fields?: FieldProblem[];
  /** The provider's answer as received, for the host. */
  response?: unknown;
}

export type SubscribeOutcome = SubscribeSuccess | SubscribeFailure;

/** Which form parameter carries which value, for the `form` provider. */
export const FORM_FIELD_KEYS = [
  'email',
  'name',
  'language',
  'interests',
  'consent',
  'consentStatement',
  'consentLanguage',
  'consentTimestamp',
  'consentPageUrl',
] as const;
export type FormFieldKey = (typeof FORM_FIELD_KEYS)[number];
/** Field names for the `form` provider; an empty name leaves that value out. */
export type FormFieldNames = Partial<Record<FormFieldKey, string>>;

export interface ProviderSettings {
  /** The endpoint (`json`, `form`), the instance's base URL (`listmonk`) or the embed form's URL (`mailchimp`). */
  action: string;
  /** Listmonk list UUIDs. */
  lists: readonly string[];
  /** Parameter names for the `form` provider. */
  fieldNames: FormFieldNames;
  /** Mailchimp interest group id: chosen interests go out as `group[<id>][<interest>]`. */
  mailchimpGroup?: string | undefined;
  /** Mailchimp marketing-permission id, sent as `gdpr[<id>]=Y` with the consent. */
  mailchimpPermission?: string | undefined;
}

export interface ProviderRequest {
  signup: Signup;
  settings: ProviderSettings;
  /** Aborted on timeout or when the element leaves the page. */
  signal: AbortSignal;
}

export type Provider = (request: ProviderRequest) => Promise<SubscribeOutcome>;
