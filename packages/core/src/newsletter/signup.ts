/**
 * Newsletter signup: what a visitor may send and how we check it, as pure functions.
 *
 * The flow, owned by this file:
 *   form values (`SignupForm`, strings as typed)
 *     → `validateSignup` (trims, checks, gives every problem as a field + code)
 *     → `SignupFields` + `createConsentRecord` (what was shown, in which language, when, where)
 *     → `Signup`, the payload a provider receives (its zod schema is in `signup.schema.ts`).
 *
 * These functions carry no zod, so a browser bundle that only validates a form stays small;
 * the schema delegates to the same predicates, so the two can never disagree.
 */
import { LANGUAGES, type Language } from '../summit/localized-text.js';
import type { ConsentRecord, Signup } from './signup.schema.js';

/** How the widget treats the name field. Data minimisation makes `hidden` the default. */
export const NAME_FIELD_MODES = ['hidden', 'optional', 'required'] as const;
export type NameFieldMode = (typeof NAME_FIELD_MODES)[number];

/** The fields of a signup, in the order a form shows them (and an error summary lists them). */
export const SIGNUP_FIELDS = ['email', 'name', 'interests', 'language', 'consent'] as const;
export type SignupField = (typeof SIGNUP_FIELDS)[number];

/** Why a field was refused. Codes, not sentences: each language has its own wording. */
export const SIGNUP_ERROR_CODES = [
  'email_missing',
  'email_invalid',
  'email_too_long',
  'name_missing',
  'name_too_long',
  'interest_unknown',
  'language_invalid',
  'consent_missing',
] as const;
export type SignupErrorCode = (typeof SIGNUP_ERROR_CODES)[number];

/** One refused field. */
export interface SignupError {
  field: SignupField;
  code: SignupErrorCode;
}

/** The longest address SMTP can carry (RFC 5321 path limit minus the angle brackets). */
export const EMAIL_MAX_LENGTH = 254;
/** Long enough for any real name, short enough to refuse a pasted essay. */
export const NAME_MAX_LENGTH = 200;

/**
 * Deliberately lenient, as GOV.UK advises: something before one `@`, a domain with at least one
 * dot, no spaces. Letters outside ASCII are accepted (`josée@coop.québec`); the provider's own
 * confirmation email is the real test of an address.
 */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;

/** Whether `value` looks like an email address we can send to. */
export function isEmailAddress(value: string): boolean {
  return value.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(value);
}

/**
 * What is wrong with an address as typed (already trimmed), if anything: it is missing, longer
 * than SMTP carries, or not shaped like an address. Every form that asks for an address checks it
 * with this one rule.
 */
export function emailErrorCode(
  email: string,
): 'email_missing' | 'email_too_long' | 'email_invalid' | undefined {
  if (email === '') return 'email_missing';
  if (email.length > EMAIL_MAX_LENGTH) return 'email_too_long';
  if (!isEmailAddress(email)) return 'email_invalid';
  return undefined;
}

/** Whether `value` is one of `fr`, `en`. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The form as a person filled it in: raw strings, a checkbox state. */
export interface SignupForm {
  email: string;
  name?: string;
  language: string;
  interests?: readonly string[];
  consent: boolean;
}

export interface ValidateSignupOptions {
  /** Whether a name is asked for, and whether it must be given. Defaults to `hidden`. */
  nameField?: NameFieldMode;
  /** The interest ids the form offered; anything else is refused. Omit to accept none. */
  interests?: readonly string[];
}

/** A checked signup without its consent record (which `createConsentRecord` builds). */
export type SignupFields = Omit<Signup, 'consent'>;

export type SignupValidation =
  { ok: true; fields: SignupFields } | { ok: false; errors: SignupError[] };

/**
 * Checks a filled-in form. Values are trimmed; an empty optional name is dropped; interests
 * keep the order they were offered in, without duplicates. Errors come in form order.
 */
export function validateSignup(
  form: SignupForm,
  options: ValidateSignupOptions = {},
): SignupValidation {
  const errors: SignupError[] = [];
  const nameField = options.nameField ?? 'hidden';

  const email = form.email.trim();
  const emailError = emailErrorCode(email);
  if (emailError !== undefined) errors.push({ field: 'email', code: emailError });

  const name = nameField === 'hidden' ? '' : (form.name ?? '').trim();
  if (nameField === 'required' && name === '') errors.push({ field: 'name', code: 'name_missing' });
  else if (name.length > NAME_MAX_LENGTH) errors.push({ field: 'name', code: 'name_too_long' });

  const offered = options.interests ?? [];
  const chosen = new Set(form.interests ?? []);
  if ([...chosen].some((id) => !offered.includes(id))) {
    errors.push({ field: 'interests', code: 'interest_unknown' });
  }
  const interests = offered.filter((id) => chosen.has(id));

  if (!isLanguage(form.language)) errors.push({ field: 'language', code: 'language_invalid' });

  if (!form.consent) errors.push({ field: 'consent', code: 'consent_missing' });

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      email,
      ...(name ? { name } : {}),
      language: form.language as Language,
      interests,
    },
  };
}

/** What the visitor saw and where, at the moment they agreed. */
export interface ConsentContext {
  /** The consent text exactly as shown (label and statement), whitespace collapsed. */
  statement: string;
  /** The language the statement was shown in. */
  language: Language;
  /** The page the form was on. Query and fragment are dropped: they can carry personal data. */
  pageUrl: string;
  /** When consent was given; defaults to now. */
  at?: Date;
}

/** Builds the record a sender keeps to prove consent (CASL, GDPR). */
export function createConsentRecord(context: ConsentContext): ConsentRecord {
  return {
    statement: context.statement.replace(/\s+/g, ' ').trim(),
    language: context.language,
    timestamp: (context.at ?? new Date()).toISOString(),
    pageUrl: stripQuery(context.pageUrl),
  };
}

function stripQuery(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}
