/**
 * The signup endpoint's rules: what a JSON body must be, and what the `json` provider of
 * `<gics-newsletter-signup>` is told back.
 *
 *   body (already parsed JSON)
 *     → `validateSignup` from `@gics/core/newsletter` (same rules as the widget, same codes)
 *       + the consent record checked against the core `ConsentRecord` schema
 *     ✗ 422 `{ errors: [{ field, code, message }] }`: the widget shows its own text for `code`,
 *       `message` (in the signup's language) is for any other client
 *     ✓ a `Signup` to store; the server answers 201 (new) or 409 (already subscribed).
 *
 * Anything that is not a signup at all (not an object) is a 400 with a `message`, which the
 * widget shows as the service's own words.
 */
import { ConsentRecord, Signup } from '@gics/core';
import {
  isLanguage,
  validateSignup,
  type Language,
  type SignupError,
  type SignupErrorCode,
  type SignupField,
} from '@gics/core/newsletter';
import * as z from 'zod/mini';

/** What the server says for each way a request can fail; every signup error code has one. */
const fr = {
  email_missing: 'L’adresse courriel est obligatoire.',
  email_invalid: 'Cette adresse courriel n’est pas valide.',
  email_too_long: 'L’adresse courriel dépasse 254 caractères.',
  name_missing: 'Le nom est obligatoire.',
  name_too_long: 'Le nom dépasse 200 caractères.',
  interest_unknown: 'Un des sujets choisis ne fait pas partie de la liste proposée.',
  language_invalid: 'La langue de l’infolettre doit être le français ou l’anglais.',
  consent_missing: 'Le consentement à recevoir l’infolettre est manquant ou incomplet.',
  notJson: 'La demande n’est pas un JSON valide.',
  notSignup: 'La demande ne contient pas d’inscription.',
  contentType: 'La demande doit être envoyée en JSON (application/json).',
  tooLarge: 'La demande est trop volumineuse.',
  method: 'Cette adresse n’accepte que les inscriptions envoyées par POST.',
  rateLimited: 'Trop de tentatives d’inscription depuis votre connexion.',
  failed: 'L’inscription n’a pas pu être enregistrée.',
  subscribed: 'Inscription enregistrée.',
  already: 'Cette adresse est déjà inscrite.',
} satisfies Record<SignupErrorCode, string> & Record<string, string>;

export type MessageKey = keyof typeof fr;

/** The same keys in English: the compiler refuses a message missing from either language. */
const en: Record<MessageKey, string> = {
  email_missing: 'The email address is required.',
  email_invalid: 'This email address is not valid.',
  email_too_long: 'The email address is longer than 254 characters.',
  name_missing: 'The name is required.',
  name_too_long: 'The name is longer than 200 characters.',
  interest_unknown: 'One of the chosen topics is not in the list offered.',
  language_invalid: 'The newsletter language must be French or English.',
  consent_missing: 'Consent to receive the newsletter is missing or incomplete.',
  notJson: 'The request is not valid JSON.',
  notSignup: 'The request does not contain a signup.',
  contentType: 'The request must be sent as JSON (application/json).',
  tooLarge: 'The request is too large.',
  method: 'This address only accepts signups sent with POST.',
  rateLimited: 'Too many signup attempts from your connection.',
  failed: 'The signup could not be saved.',
  subscribed: 'Signup saved.',
  already: 'This address is already subscribed.',
};

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { fr, en };

/**
 * The language to answer in when the body does not say: the first of `fr`/`en` in
 * `Accept-Language` (quality values are rare enough from browsers to read in order), else French,
 * the co-op's own language.
 */
export function languageFromHeader(acceptLanguage: string | undefined): Language {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return 'fr';
}

export interface FieldErrorAnswer {
  field: SignupField;
  code: SignupErrorCode;
  message: string;
}

export type SignupCheck =
  | { ok: true; signup: Signup }
  | { ok: false; status: 400; language: Language; message: string }
  | { ok: false; status: 422; language: Language; errors: FieldErrorAnswer[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Checks a parsed JSON body against the signup rules. `offeredInterests` are the topic ids the
 * form offers (the summit's themes); `fallbackLanguage` is used for messages when the body names
 * no language we speak.
 */
export function checkSignup(
  body: unknown,
  offeredInterests: readonly string[],
  fallbackLanguage: Language,
): SignupCheck {
  if (!isRecord(body)) {
    return {
      ok: false,
      status: 400,
      language: fallbackLanguage,
      message: MESSAGES[fallbackLanguage].notSignup,
    };
  }
  const consent = z.safeParse(ConsentRecord, body.consent);
  const language = [body.language, consent.data?.language].find(
    (value): value is Language => typeof value === 'string' && isLanguage(value),
  );
  const messagesIn = language ?? fallbackLanguage;

  const interests = body.interests ?? [];
  const interestsAreText =
    Array.isArray(interests) && interests.every((id) => typeof id === 'string');
  const result = validateSignup(
    {
      email: text(body.email),
      ...(body.name === undefined ? {} : { name: text(body.name) }),
      language: text(body.language),
      interests: interestsAreText ? (interests as string[]) : [],
      consent: consent.success,
    },
    // The widget on these pages hides the name field, but a name sent by another form is kept.
    { nameField: 'optional', interests: offeredInterests },
  );

  const errors: SignupError[] = result.ok ? [] : [...result.errors];
  if (!interestsAreText) errors.push({ field: 'interests', code: 'interest_unknown' });
  if (body.name !== undefined && typeof body.name !== 'string') {
    errors.push({ field: 'name', code: 'name_missing' });
  }
  if (!result.ok || errors.length > 0) {
    return {
      ok: false,
      status: 422,
      language: messagesIn,
      errors: errors.map((error) => ({
        ...error,
        message: MESSAGES[messagesIn][error.code],
      })),
    };
  }

  const signup = { ...result.fields, consent: consent.data };
  // The core schema is the contract of the `json` provider: what passes the rules above must
  // pass it too, and nothing is stored that does not.
  const checked = z.safeParse(Signup, signup);
  if (!checked.success) {
    return {
      ok: false,
      status: 400,
      language: messagesIn,
      message: MESSAGES[messagesIn].notSignup,
    };
  }
  return { ok: true, signup: checked.data };
}
